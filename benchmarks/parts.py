"""The parts of the benchmark run; each measures and returns its rows of the table.

A part raises Skipped when it cannot run here (no Neo4j, a module not present in this
checkout); a measurement that fails inside a part becomes an error row of its own, so
that the other figures of the part still count.
"""

from __future__ import annotations

import importlib
import inspect
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.config import Config
from benchmarks.measure import median
from benchmarks.report import Row, verdict

EXTRACTION_TARGET_MB_S = 1.0
NEO4J_BATCHED_TARGET = 20_000
NEO4J_SPEEDUP_TARGET = 20.0
API_P95_TARGET_MS = 50.0

PARTS = ("extraction", "build", "neo4j writes", "API latency", "load", "maps", "embedded store")


class Skipped(Exception):
    """A part that cannot run here; the reason goes into its row."""


def neo4j_env() -> tuple[str, tuple[str, str] | None, str]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise Skipped("skipped: NEO4J_URI not set (python scripts/neo4j_local.py start)")
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    return uri, auth, os.environ.get("NEO4J_DATABASE", "neo4j")


def optional_module(name: str) -> Any:
    """A benchmark module that may not be present in this checkout."""
    try:
        return importlib.import_module(f"benchmarks.{name}")
    except ModuleNotFoundError as exc:
        if exc.name in {f"benchmarks.{name}", "benchmarks"}:
            raise Skipped(f"skipped: benchmarks/{name}.py not present") from exc
        raise Skipped(f"skipped: benchmarks/{name}.py cannot be imported ({exc})") from exc
    except ImportError as exc:
        raise Skipped(f"skipped: benchmarks/{name}.py cannot be imported ({exc})") from exc


def median_dict(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each numeric figure the median of the runs; other values from the last run."""
    out = dict(runs[-1])
    for key, value in out.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = median([float(r[key]) for r in runs])
    return out


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def generic_rows(part: str, results: dict[str, Any], note: str) -> list[Row]:
    """A row per figure, for a result whose keys this runner does not know."""
    rows = [
        Row(part, key, _fmt(v), "", note) for key, v in results.items() if isinstance(v, int | float | str)
    ]
    return rows or [Row(part, "result", "(no figures)", "", note)]


# --------------------------------------------------------------------------- the parts

Details = list[tuple[str, str]]


@dataclass
class Run:
    config: Config
    workdir: Path
    details: Details
    errors: int = 0  # rows that report a failed measurement


def part_extraction(run: Run) -> list[Row]:
    from benchmarks.extraction import run as measure

    cfg = run.config
    r = measure(cfg.extraction_docs, repeats=cfg.extraction_repeats)
    size = f"{r.documents:,} documents, {r.megabytes:.2f} MB, one process; median of {r.repeats}"
    failed = f"; {r.failures:,} documents failed ({r.first_failure})" if r.failures else ""
    ents, rels = r.report.entities.overall, r.report.relations.overall
    met = r.mb_per_s >= EXTRACTION_TARGET_MB_S
    return [
        Row(
            "extraction",
            "read + extract, MB/s (documents/s)",
            f"{r.mb_per_s:.2f} MB/s ({r.docs_per_s:,.0f}/s)",
            f">= {EXTRACTION_TARGET_MB_S:g} MB/s per core",
            f"{verdict(met)}; {size}{failed}",
        ),
        Row(
            "extraction",
            "read + extract, MB per CPU-second",
            f"{r.mb_per_cpu_s:.3f} MB/s",
            f">= {EXTRACTION_TARGET_MB_S:g} MB/s per core",
            f"{verdict(r.mb_per_cpu_s >= EXTRACTION_TARGET_MB_S)}; the process's CPU time "
            f"({r.extract_cpu_s:.1f} s), which other work on the machine does not inflate",
        ),
        Row(
            "extraction",
            "tokenise alone, MB/s",
            f"{r.tokenize_mb_per_s:.1f} MB/s",
            "",
            f"extraction takes {r.slowdown:.1f}x as long as tokenising; "
            f"warming up a process (lexicons, matchers) took {r.warmup_s:.1f} s",
        ),
        Row(
            "extraction",
            "actors F1 (P, R)",
            f"{ents.f1:.3f} ({ents.precision:.2f}, {ents.recall:.2f})",
            "",
            f"against the corpus's true graph: {ents.gold:,} actors",
        ),
        Row(
            "extraction",
            "relations F1 (P, R)",
            f"{rels.f1:.3f} ({rels.precision:.2f}, {rels.recall:.2f})",
            "",
            f"{rels.gold:,} true relations, {rels.extracted:,} extracted",
        ),
    ]


def part_build(run: Run) -> list[Row]:
    from benchmarks.build import run as measure
    from benchmarks.corpus import write_corpus

    cfg = run.config
    corpus = run.workdir / "corpus"
    write_corpus(corpus, max(cfg.build_sizes))
    rows = []
    repeats = dict(zip(cfg.build_sizes, cfg.build_repeats, strict=True))
    for r in measure(corpus, cfg.build_sizes, ("embedded", "neo4j"), repeats=repeats):
        what = f"{r.documents:,} documents into {r.store}"
        if r.skipped:
            rows.append(Row("build", what, "-", "", f"skipped: {r.skipped}"))
            continue
        runs = f"median of {r.repeats}" if r.repeats > 1 else "one run"
        if r.failures:
            runs += f"; {r.failures:,} documents failed ({r.first_failure})"
        rows.append(
            Row(
                "build",
                f"{what}: wall time (documents/s)",
                f"{r.seconds:.1f} s ({r.docs_per_s:,.0f}/s)",
                "",
                f"ingest_paths, {r.entities:,} actors, {r.relations:,} relations stored; {runs}",
            )
        )
        rows.append(
            Row(
                "build",
                f"{what}: peak memory",
                f"{r.peak_mb:,.0f} MB",
                "",
                f"resident, whole process; {r.base_mb:,.0f} MB after imports",
            )
        )
    return rows


def part_neo4j_writes(run: Run) -> list[Row]:
    uri, auth, database = neo4j_env()
    module = optional_module("neo4j_writes")
    cfg = run.config
    runs = [
        module.run(uri, auth, database, relations=cfg.neo4j_relations, per_row=cfg.neo4j_per_row)
        for _ in range(cfg.neo4j_repeats)
    ]
    r = median_dict(runs)
    run.details.append(("Neo4j writes (last run)", module.table(runs[-1])))
    of = f"median of {len(runs)}" if len(runs) > 1 else "one run"
    if not {"batched_per_s", "per_row_per_s", "batched_speedup"} <= r.keys():
        return generic_rows("neo4j writes", r, of)
    batched_met = r["batched_per_s"] >= NEO4J_BATCHED_TARGET
    speedup_met = r["batched_speedup"] >= NEO4J_SPEEDUP_TARGET
    rows = [
        Row(
            "neo4j writes",
            "batched UNWIND, relationships/s",
            f"{r['batched_per_s']:,.0f}/s",
            f">= {NEO4J_BATCHED_TARGET:,}/s",
            f"{verdict(batched_met)}; {_fmt(r.get('batched_relations', ''))} relationships; {of}",
        ),
        Row(
            "neo4j writes",
            "one query per relationship, relationships/s",
            f"{r['per_row_per_s']:,.0f}/s",
            "",
            f"{_fmt(r.get('per_row_relations', ''))} relationships, one transaction each",
        ),
        Row(
            "neo4j writes",
            "batched / one per query",
            f"{r['batched_speedup']:.1f}x",
            f">= {NEO4J_SPEEDUP_TARGET:g}x",
            verdict(speedup_met),
        ),
    ]
    if "upsert_per_s" in r:
        rows.append(
            Row(
                "neo4j writes",
                "store upsert of whole documents, relationships/s",
                f"{r['upsert_per_s']:,.0f}/s",
                "",
                f"{r.get('upsert_speedup', 0):.1f}x one per query; merging and evidence included",
            )
        )
    return rows


def _store_factories(run: Run) -> list[tuple[str, Callable[[], Any]]]:
    from graph.embedded_store import EmbeddedStore

    factories: list[tuple[str, Callable[[], Any]]] = [
        ("embedded", lambda: EmbeddedStore(Path(tempfile.mkdtemp(dir=run.workdir, prefix="api-"))))
    ]
    try:
        uri, auth, database = neo4j_env()
    except Skipped:
        return factories

    def neo4j() -> Any:
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore.connect(uri, auth=auth, database=database)

    factories.append(("neo4j", neo4j))
    return factories


def _latency_rows(part: str, r: dict[str, Any]) -> list[Row]:
    """A row per query and number of clients, from a result of api_latency.run or load.run."""
    store = str(r.get("store", ""))
    if not isinstance(r.get("rows"), list):
        return generic_rows(part, r, store)
    on_neo4j = store == "neo4j"
    rows = []
    for q in r["rows"]:
        p95 = float(q["p95_ms"])
        rows.append(
            Row(
                part,
                f"{store}: {q.get('query', '')}, {q.get('clients', '?')} clients, p50 / p95",
                f"{float(q['p50_ms']):.1f} / {p95:.1f} ms",
                f"p95 < {API_P95_TARGET_MS:g} ms" if on_neo4j else "",
                (f"{verdict(p95 < API_P95_TARGET_MS)}; " if on_neo4j else "")
                + f"{float(q.get('rps', 0)):,.0f} requests/s; {_fmt(r.get('relations', ''))} relations; "
                f"first request {float(q.get('first_ms', 0)):,.0f} ms"
                + (f"; p99 {float(q['p99_ms']):,.0f} ms" if "p99_ms" in q else "")
                + (f"; {q['errors']:,} errors in {q['requests']:,} requests" if "errors" in q else ""),
            )
        )
    return rows


def part_api(run: Run) -> list[Row]:
    module = optional_module("api_latency")
    cfg = run.config
    rows: list[Row] = []
    for store, factory in _store_factories(run):
        try:
            r = module.run(
                factory,
                relations=cfg.api_relations,
                clients=cfg.api_clients,
                requests=cfg.api_requests,
                name=store,
            )
        except Exception as exc:  # the other store's figures still count
            run.errors += 1
            rows.append(Row("API latency", store, "error", "", f"{type(exc).__name__}: {exc}"))
            continue
        run.details.append((f"API latency, {store}", module.table(r)))
        rows += _latency_rows("API latency", r)
    if not os.environ.get("NEO4J_URI"):
        rows.append(Row("API latency", "neo4j", "-", "", "skipped: NEO4J_URI not set"))
    return rows


def part_load(run: Run) -> list[Row]:
    if not run.config.load_too:
        raise Skipped("skipped: full run only (32 clients for 60 s)")
    module = optional_module("load")
    rows: list[Row] = []
    for store, factory in _store_factories(run):
        accepted = inspect.signature(module.run).parameters
        try:
            r = module.run(factory, **({"name": store} if "name" in accepted else {}))
        except Exception as exc:  # the other store's figures still count
            run.errors += 1
            rows.append(Row("load", store, "error", "", f"{type(exc).__name__}: {exc}"))
            continue
        r.setdefault("store", store)
        run.details.append((f"Load, {store}", module.table(r)))
        rows += _latency_rows("load", r)
    return rows


def part_maps(run: Run) -> list[Row]:
    from benchmarks.maps import run as measure
    from graph.maps import MAX_MAP_NODES

    cfg = run.config
    runs = [measure(cfg.map_sizes, browser_too=False) for _ in range(cfg.map_repeats)]
    of = f"median of {len(runs)}" if len(runs) > 1 else "one run"
    rows = []
    for i, r in enumerate(runs[0]):
        layout = "browser physics" if r.layout.startswith("fysik") else "server layout"
        seconds = median([each[i].generate_s for each in runs])
        refused = f"; the API refuses maps above {MAX_MAP_NODES:,} actors" if r.actors > MAX_MAP_NODES else ""
        rows.append(
            Row(
                "maps",
                f"generate {r.actors:,} actors ({layout})",
                f"{seconds:.2f} s",
                "",
                f"{r.relations:,} relations, {r.megabytes:.1f} MB HTML; {of}{refused}",
            )
        )
    return rows


def part_embedded(run: Run) -> list[Row]:
    from benchmarks.embedded_load import run as measure

    cfg = run.config
    r = measure(cfg.store_relations, repeats=cfg.store_repeats)
    of = f"median of {r.repeats}" if r.repeats > 1 else "one run"
    what = f"{r.relations:,} relationships"
    return [
        Row(
            "embedded store",
            f"open {what}",
            f"{r.open_s:.2f} s",
            "",
            f"{r.entities:,} actors, {r.documents:,} documents, {r.disk_mb:.0f} MB on disk; {of}",
        ),
        Row(
            "embedded store",
            f"memory held for {what}",
            f"{r.memory_mb:,.0f} MB",
            "",
            f"{r.memory_mb * 1e6 / max(r.relations, 1):,.0f} bytes per relationship; peak {r.peak_mb:,.0f} MB",
        ),
        Row(
            "embedded store",
            f"write {what}",
            f"{r.write_s:.1f} s",
            "",
            "upsert in batches of 20 documents; once",
        ),
    ]


PART_FUNCTIONS: dict[str, Callable[[Run], list[Row]]] = {
    "extraction": part_extraction,
    "build": part_build,
    "neo4j writes": part_neo4j_writes,
    "API latency": part_api,
    "load": part_load,
    "maps": part_maps,
    "embedded store": part_embedded,
}
