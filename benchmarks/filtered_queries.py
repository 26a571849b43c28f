"""Filtered questions on Neo4j: the first answer after a new document is written.

Builds N synthetic documents into the Neo4j of NEO4J_URI (emptied first), then, several
times over: writes one more document and times the first filtered request of each kind
(through the service functions the API calls), and, for comparison, what the API did
before Neo4j filtered by itself (the whole graph read out and filtered in Python).

    python -m benchmarks.filtered_queries --docs 3000
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from api import queries
from api.ingest import ingest_paths
from api.maps import graph_view
from benchmarks.corpus import write_corpus
from benchmarks.parts import neo4j_env
from graph.filtering import filter_graph
from graph.model import DocumentKind
from graph.neo4j_store import Neo4jStore
from graph.store import DocumentFilter
from graph.subgraph import Period

TARGET_MS = 300.0


def _ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def run(docs: int, rounds: int, reuse: bool = False) -> dict[str, list[float]]:
    uri, auth, database = neo4j_env()
    store = Neo4jStore.connect(uri, auth=auth, database=database)
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_corpus(folder, docs + rounds * 10, seed=7).paths
        start = time.perf_counter()
        if not reuse or store.stats().documents < docs:
            store.clear()
            ingest_paths(store, files[:docs])
        print(f"built {docs} documents in {time.perf_counter() - start:.1f} s: {store.stats()}")
        hub = max(store.entities(limit=1000), key=lambda e: len(e.documents))
        other = store.entities(limit=1, offset=500)[0]
        flt = DocumentFilter(date_from=dt.date(2021, 1, 1), date_to=dt.date(2022, 12, 31))
        kinds = DocumentFilter(kinds=[DocumentKind.PROTOCOL], date_from=dt.date(2020, 1, 1))
        questions: dict[str, Callable[[], object]] = {
            "neighbours depth 2, dates": lambda: queries.neighbors(store, hub.id, 2, None, None, flt),
            "relations of an actor, kind + date": lambda: queries.relations(
                store, None, hub.id, None, None, kinds, limit=100
            ),
            "entities q=, dates": lambda: queries.find_entities(store, None, "polis", flt, limit=50),
            "paths, dates": lambda: queries.paths(store, hub.id, other.id, 4, flt),
            "map of a period (as_of)": lambda: graph_view(store, period=Period(as_of=dt.date(2022, 6, 30))),
            "before: export + filter in Python": lambda: filter_graph(store.export(), flt),
        }
        fresh = iter(files[docs:])
        for _ in range(rounds):
            for name, question in questions.items():
                # A new document before each question, so that no answer comes from a cache.
                ingest_paths(store, [next(fresh)])
                timings.setdefault(name, []).append(_ms(question))
    store.close()
    return timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.filtered_queries", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--reuse", action="store_true", help="keep a database already built by an earlier run"
    )
    args = parser.parse_args(argv)
    timings = run(args.docs, args.rounds, args.reuse)
    print(f"\n| first request after a new document ({args.docs:,} documents) | median ms | max ms |")
    print("|---|---:|---:|")
    for name, values in timings.items():
        print(f"| {name} | {statistics.median(values):.0f} | {max(values):.0f} |")


if __name__ == "__main__":
    main()
