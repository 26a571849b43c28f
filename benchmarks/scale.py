"""The scale model: a Neo4j graph of 1,000,000 relationships, and how the API answers over it.

    python -m benchmarks.scale                     1,000,000 relations, 32 clients
    python -m benchmarks.scale --quick             5,000 relations (under a minute)
    python -m benchmarks.scale --relations N --keep  reuse a graph of that size already stored
    python -m benchmarks.scale --import-into DIR [--gds --heap 2g --pagecache 1g]
                                                   load with neo4j-admin import into the server
                                                   of scripts/neo4j_local.py --dir DIR

The Neo4j of NEO4J_URI is emptied and filled with the synthetic graph
(`benchmarks.synthetic_graph`: 100 relations a document, one actor for every five relations,
a few hubs), bulk loaded in the store's own layout (`benchmarks.scale_load`): in
transactions, or with --import-into offline by neo4j-admin (the server is stopped, imported
into and started again on the same port); the rate is reported. With --keep a store that already holds that many relations is used as it is (and
kept afterwards).

The API (`samverkan serve --store neo4j`, one worker) then runs in a process of its own, and
is asked, by one client and then by `clients` concurrent clients (threads, each with its own
connection), for: a search by name, a neighbourhood two steps out, the paths between two
actors (at most 4 steps), and an interactive map of an actor's neighbourhood as it stood on
a date (`/maps/entity/ID?as_of=...`, a filtered map). Reported per question: p50 and p95
latency and requests per second; and the API process's resident memory (RSS) after the
single client and its peak after the clients. Last, the first answer of each analytics
question (computed over the whole graph; with Graph Data Science inside Neo4j).

No figure is asserted anywhere. BENCHMARKS.md turns the measured rates into the national
estimate (300 municipalities x 5,000 documents).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks.measure import ROOT
from benchmarks.scale_load import admin_import, bulk_load, finish_import, write_import_files
from graph.neo4j_store import Neo4jStore

QUESTIONS = ("search", "neighbors_depth2", "paths", "map_as_of")
ANALYTICS = (
    "/analytics/centrality?measure=degree&limit=10",
    "/analytics/centrality?measure=pagerank&limit=10",
    "/analytics/centrality?measure=betweenness&limit=10",
    "/analytics/communities?limit=10",
)
FULL_RELATIONS = 1_000_000
QUICK_RELATIONS = 5_000


def neo4j_store() -> Neo4jStore:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise SystemExit("NEO4J_URI is not set (python scripts/neo4j_local.py start --gds)")
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    return Neo4jStore.connect(uri, auth=auth, database=os.environ.get("NEO4J_DATABASE", "neo4j"))


def fill(store: Neo4jStore, relations: int, keep: bool, server: Server | None = None) -> dict[str, Any]:
    """The synthetic graph in the store (or the one already there, with keep); timings."""
    stats = store.stats()
    if keep and stats.relations >= relations * 0.99:
        return {"loaded": False, "relations": stats.relations, "entities": stats.entities}
    if server is not None:
        return imported(store, relations, server)
    store.clear()
    loaded = bulk_load(store, relations, progress=True)
    seconds, documents = float(loaded["seconds"]), int(loaded["documents"])
    stats = store.stats()
    return {
        "loaded": True,
        "relations": stats.relations,
        "entities": stats.entities,
        "documents": documents,
        "load_s": seconds,
        "load_rate": stats.relations / seconds,
    }


@dataclass(frozen=True)
class Server:
    """A server of scripts/neo4j_local.py to import into, and how to start it again."""

    home: Path
    start_args: tuple[str, ...]


def imported(store: Neo4jStore, relations: int, server: Server) -> dict[str, Any]:
    store.close()
    script = [sys.executable, str(ROOT / "scripts" / "neo4j_local.py")]
    port = os.environ["NEO4J_URI"].rsplit(":", 1)[1]
    start = time.perf_counter()
    folder = server.home / "import-csv"
    counts = write_import_files(folder, relations)
    written = time.perf_counter()
    subprocess.run([*script, "stop", "--dir", str(server.home)], check=True)
    admin_import(server.home, folder)
    imported_at = time.perf_counter()
    subprocess.run(
        [*script, "start", "--dir", str(server.home), "--port", port, *server.start_args],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    fresh = neo4j_store()
    try:
        finish_import(fresh)
        stats = fresh.stats()
    finally:
        fresh.close()
    seconds = time.perf_counter() - start
    return {
        "loaded": True,
        "relations": stats.relations,
        "entities": stats.entities,
        "documents": counts["documents"],
        "mentions": counts["mentions"],
        "load_s": seconds,
        "load_rate": stats.relations / seconds,
        "csv_s": written - start,
        "import_s": imported_at - written,
        "restart_and_indexes_s": time.perf_counter() - imported_at,
        "method": "neo4j-admin import",
    }


# -- the API in a process of its own -----------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def api_process() -> Iterator[tuple[str, int]]:
    """`samverkan serve --store neo4j` on a free port; yields its URL and process id."""
    port = _free_port()
    env = dict(os.environ, SAMVERKAN_STORE="neo4j", PYTHONPATH=str(ROOT))
    env.pop("SAMVERKAN_API_KEY", None)
    code = "from api.cli import main; main()"
    cmd = [sys.executable, "-c", code, "serve", "--store", "neo4j", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    # Its log (a line per request) goes to a file: a pipe nobody reads would stop it when full.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"API:t startade inte: {log.read().decode(errors='replace')[-2000:]}")
                try:
                    if httpx.get(url + "/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("API:t svarade inte inom 120 s")
                time.sleep(0.3)
            yield url, proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def memory_mb(pid: int) -> dict[str, float]:
    """Resident memory now and its peak (VmRSS, VmHWM) of a process, in MB."""
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) * 1024 / 1e6
    return {"rss_mb": out.get("VmRSS", 0.0), "peak_mb": out.get("VmHWM", 0.0)}


# -- the questions ---------------------------------------------------------------------------


def request(question: str, actors: list[int], rng: random.Random) -> tuple[str, dict[str, Any]]:
    """One question over the synthetic actors stored (`aN`, named 'Aktör N')."""
    if question == "neighbors_depth2":
        return f"/entities/a{rng.choice(actors)}/neighbors", {"depth": 2}
    if question == "paths":
        a, b = rng.sample(actors, 2)
        return "/paths", {"source": f"a{a}", "target": f"a{b}", "max_length": 4}
    if question == "map_as_of":
        day = f"{rng.randrange(2015, 2025)}-{rng.randrange(1, 13):02d}-15"
        return f"/maps/entity/a{rng.choice(actors)}", {"as_of": day}
    n = rng.choice(actors)
    return "/search", {"q": rng.choice([f"aktor {n}", f"Aktörs {n}", f"aktör {n}"])}


def stored_actors(store: Neo4jStore) -> list[int]:
    """The numbers N of the actors `aN` the store holds (the generator leaves a few unused)."""
    rows = store._query("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")
    return [int(row["id"][1:]) for row in rows]


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def ask(
    url: str, question: str, actors: list[int], clients: int, per_client: int, seed: int
) -> dict[str, Any]:
    """`clients` threads, each with its own connection, each sending `per_client` requests."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        rng = random.Random(f"{question}-{seed}-{number}")
        with httpx.Client(base_url=url, timeout=300) as http:
            for _ in range(per_client):
                path, params = request(question, actors, rng)
                start = time.perf_counter()
                try:
                    res = http.get(path, params=params)
                    ok = res.status_code < 300
                    why = f"{res.status_code} {path}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__} {path}"
                took = (time.perf_counter() - start) * 1000
                with lock:
                    (latencies.append(took) if ok else errors.append(why))

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "question": question,
        "clients": clients,
        "requests": len(latencies) + len(errors),
        "errors": len(errors),
        "error_examples": errors[:3],
        "p50_ms": percentile(ordered, 0.5),
        "p95_ms": percentile(ordered, 0.95),
        "rps": len(latencies) / wall if wall else 0.0,
    }


def first_answers(url: str) -> list[dict[str, Any]]:
    out = []
    with httpx.Client(base_url=url, timeout=3600) as http:
        for path in ANALYTICS:
            start = time.perf_counter()
            res = http.get(path)
            seconds = time.perf_counter() - start
            body = res.json() if res.headers.get("content-type", "").startswith("application/json") else {}
            out.append({"path": path, "status": res.status_code, "seconds": seconds} | _summary(body))
    return out


def _summary(body: dict[str, Any]) -> dict[str, Any]:
    keys = ("actors", "links", "sampled", "samples", "method", "modularity", "total")
    return {k: body[k] for k in keys if k in body}


def run(
    relations: int,
    clients: int,
    single: int,
    per_client: int,
    *,
    keep: bool,
    server: Server | None = None,
    seed: int = 1,
    analytics: bool = True,
) -> dict[str, Any]:
    """The graph stored (or kept), then the questions; `clients` 0 and `analytics` False leave
    out the concurrent clients and the analytics questions."""
    store = neo4j_store()
    try:
        result: dict[str, Any] = {"target_relations": relations} | fill(store, relations, keep, server)
    finally:
        store.close()
    store = neo4j_store()  # after an import, a new server on the same port
    try:
        actors = stored_actors(store)
    finally:
        store.close()
    with api_process() as (url, pid):
        result["api_after_start"] = memory_mb(pid)
        for question in QUESTIONS:  # warm up: plans, indexes, the first answer of each
            ask(url, question, actors, 1, 3, seed + 1)
        result["one_client"] = [ask(url, q, actors, 1, single, seed) for q in QUESTIONS]
        result["api_after_one_client"] = memory_mb(pid)
        result["many_clients"] = (
            [ask(url, q, actors, clients, per_client, seed) for q in QUESTIONS] if clients else []
        )
        result["api_after_clients"] = memory_mb(pid)
        result["analytics"] = first_answers(url) if analytics else []
        result["api_after_analytics"] = memory_mb(pid)
    result["load_average"] = os.getloadavg()
    result["cores"] = os.cpu_count()
    if not keep:
        store = neo4j_store()
        try:
            store.clear()
        finally:
            store.close()
    return result


def table(result: dict[str, Any]) -> str:
    lines = [
        f"{result['cores']} cores, load average {result['load_average'][1]:.1f} (5 min) at the end; "
        f"{result['relations']:,} relations, {result['entities']:,} actors"
        + (
            f"; loaded in {result['load_s']:.0f} s ({result['load_rate']:,.0f} relations/s)"
            if result.get("loaded")
            else " (already stored)"
        ),
        "",
        "| question | clients | p50 | p95 | requests/s | errors |",
        "|---|---|---|---|---|---|",
    ]
    for row in [*result["one_client"], *result["many_clients"]]:
        lines.append(
            f"| {row['question']} | {row['clients']} | {row['p50_ms']:.1f} ms | {row['p95_ms']:.1f} ms "
            f"| {row['rps']:.0f} | {row['errors']} of {row['requests']} |"
        )
    lines += ["", "| API process | RSS | peak |", "|---|---|---|"]
    for key in ("api_after_start", "api_after_one_client", "api_after_clients", "api_after_analytics"):
        lines.append(
            f"| {key.removeprefix('api_')} | {result[key]['rss_mb']:.0f} MB | {result[key]['peak_mb']:.0f} MB |"
        )
    lines += ["", "| analytics, first answer | status | seconds | network |", "|---|---|---|---|"]
    for row in result["analytics"]:
        extra = ", ".join(f"{k} {v}" for k, v in row.items() if k not in ("path", "status", "seconds"))
        lines.append(f"| `{row['path']}` | {row['status']} | {row['seconds']:.1f} | {extra} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_RELATIONS:,} relations, few requests")
    parser.add_argument("--relations", type=int, help=f"relations to store (default {FULL_RELATIONS:,})")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (0: one client only)")
    parser.add_argument("--no-analytics", action="store_true", help="leave out the analytics questions")
    parser.add_argument("--requests", type=int, help="requests of each question from the single client")
    parser.add_argument("--keep", action="store_true", help="reuse a stored graph of that size and keep it")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--import-into", type=Path, help="neo4j_local.py --dir of the server: neo4j-admin import"
    )
    parser.add_argument("--gds", action="store_true", help="with --import-into: restart it with --gds")
    parser.add_argument("--heap", default="512m", help="with --import-into: its heap")
    parser.add_argument("--pagecache", default="128m", help="with --import-into: its page cache")
    args = parser.parse_args(argv)
    server = None
    if args.import_into:
        extra = ("--gds",) if args.gds else ()
        server = Server(
            args.import_into.resolve(), (*extra, "--heap", args.heap, "--pagecache", args.pagecache)
        )
    relations = args.relations or (QUICK_RELATIONS if args.quick else FULL_RELATIONS)
    single = args.requests or (10 if args.quick else 100)
    per_client = 2 if args.quick else 5
    result = run(
        relations,
        args.clients,
        single,
        per_client,
        keep=args.keep,
        server=server,
        analytics=not args.no_analytics,
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(table(result))


if __name__ == "__main__":
    main()
