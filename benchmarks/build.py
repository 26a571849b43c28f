"""Building the graph from a folder of documents: wall time and peak memory, per store and size.

    python -m benchmarks.build [--docs 1000 10000] [--stores embedded neo4j] [--repeats 3]

Each measurement is ``api.ingest.ingest_paths`` (read, extract, store in batches) of the
first N documents of a synthetic corpus into an empty store opened with
``api.store_factory.open_store``, in a process of its own so that its peak resident memory
is its own. The embedded store writes into a temporary folder. The Neo4j store writes into
the database that NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD name and empties it again
afterwards, so it refuses to start on a database that already holds a graph.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measure import BenchmarkError, emit, median, peak_rss_mb, rss_mb, run_child

STORES = ("embedded", "neo4j")


@dataclass
class BuildResult:
    store: str
    documents: int
    repeats: int
    seconds: float  # median wall time
    peak_mb: float  # median peak resident memory of the process
    base_mb: float  # resident memory after imports, before the build
    entities: int
    relations: int
    skipped: str | None = None
    failures: int = 0  # documents ingest reported as failed (they are not stored)
    first_failure: str = ""
    error: str = ""  # the measurement itself failed
    cleared: str = ""  # emptying Neo4j afterwards needed a second way

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds


def neo4j_configured() -> str | None:
    """Why the Neo4j parts cannot run, or None when NEO4J_URI is set."""
    if not os.environ.get("NEO4J_URI"):
        return "NEO4J_URI not set"
    return None


def _empty(store: Any) -> str:
    """Empty the Neo4j database again; what went wrong with the store's own clear(), if anything.

    A graph of many documents can exceed the server's transaction memory in clear(); the
    measurement stands, and the database is then emptied in small transactions so that the
    next part finds it empty.
    """
    from graph.errors import StoreUnavailable

    try:
        store.clear()
        return ""
    except StoreUnavailable as exc:
        from neo4j import GraphDatabase

        from api.settings import Settings

        settings = Settings()
        password = settings.neo4j_password.get_secret_value()
        auth = (settings.neo4j_username, password) if password else None
        with (
            GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver,
            driver.session(database=settings.neo4j_database) as session,
        ):
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 1000 ROWS").consume()
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()
        return f"store.clear() failed afterwards ({exc.message})"


def _measure(store_kind: str, corpus: Path, docs: int) -> dict[str, object]:
    """One build, in this process (the child)."""
    from api.ingest import ingest_paths
    from api.settings import Settings, StoreKind
    from api.store_factory import open_store
    from graph.errors import StoreUnavailable

    files = sorted(corpus.glob("*.txt"))[:docs]
    if len(files) < docs:
        raise BenchmarkError(f"{corpus} holds {len(files)} documents, {docs} needed")
    with tempfile.TemporaryDirectory(prefix="samverkan-build-") as tmp:
        try:
            store = open_store(Settings(store=StoreKind(store_kind), data_dir=Path(tmp) / "data"))
        except StoreUnavailable as exc:
            return {"skipped": f"Neo4j does not answer: {exc.message}"}
        try:
            if store.stats().documents:
                return {"skipped": "the database is not empty; builds are measured into an empty one only"}
            base = rss_mb()
            start = time.perf_counter()
            report = ingest_paths(store, files)
            seconds = time.perf_counter() - start
            stats = store.stats()
            cleared = _empty(store) if store_kind == "neo4j" else ""
        finally:
            store.close()
    return {
        "cleared": cleared,
        "seconds": seconds,
        "peak_mb": peak_rss_mb(),
        "base_mb": base,
        "entities": stats.entities,
        "relations": stats.relations,
        "failures": len(report.failures),
        "first_failure": report.failures[0].reason if report.failures else "",
    }


def run(
    corpus: Path, sizes: tuple[int, ...], stores: tuple[str, ...], *, repeats: int | dict[int, int]
) -> list[BuildResult]:
    """Each (store, size) measured `repeats` times (or `repeats[size]`), each time in a new process."""
    results: list[BuildResult] = []
    for store in stores:
        reason = neo4j_configured() if store == "neo4j" else None
        for docs in sizes:
            if reason:
                results.append(BuildResult(store, docs, 0, 0, 0, 0, 0, 0, skipped=reason))
                continue
            runs = []
            error = ""
            for _ in range(repeats if isinstance(repeats, int) else repeats[docs]):
                try:
                    found = run_child("benchmarks.build", ["--child", store, str(corpus), str(docs)])
                except BenchmarkError as exc:
                    error = exc.message
                    break
                if "skipped" in found:
                    reason = str(found["skipped"])
                    break
                runs.append(found)
            if not runs:
                results.append(BuildResult(store, docs, 0, 0, 0, 0, 0, 0, skipped=reason, error=error))
                continue
            results.append(
                BuildResult(
                    store=store,
                    documents=docs,
                    repeats=len(runs),
                    seconds=median([float(r["seconds"]) for r in runs]),
                    peak_mb=median([float(r["peak_mb"]) for r in runs]),
                    base_mb=median([float(r["base_mb"]) for r in runs]),
                    entities=int(runs[-1]["entities"]),
                    relations=int(runs[-1]["relations"]),
                    failures=int(runs[-1]["failures"]),
                    first_failure=str(runs[-1]["first_failure"]),
                    cleared=str(runs[-1]["cleared"]),
                )
            )
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.build", description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=3, metavar=("STORE", "CORPUS", "DOCS"), help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stores", nargs="+", choices=STORES, default=list(STORES))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if args.child:
        store, corpus, docs = args.child
        emit(_measure(store, Path(corpus), int(docs)))
        return
    from benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="samverkan-corpus-") as tmp:
        write_corpus(Path(tmp), max(args.docs))
        for r in run(Path(tmp), tuple(args.docs), tuple(args.stores), repeats=args.repeats):
            if r.skipped or r.error:
                print(f"{r.store} {r.documents:,}: {r.error or 'skipped: ' + str(r.skipped)}")
            else:
                print(
                    f"{r.store} {r.documents:,} documents: {r.seconds:.1f} s ({r.docs_per_s:.0f} documents/s), "
                    f"peak memory {r.peak_mb:.0f} MB ({r.base_mb:.0f} MB after imports), "
                    f"{r.entities:,} actors, {r.relations:,} relations"
                )


if __name__ == "__main__":
    main()
