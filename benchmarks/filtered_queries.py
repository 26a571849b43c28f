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
import gc
import os
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


def _server_cpu(pid: int | None) -> float:
    """The CPU time a process has used (user and system), in ms; 0 without a process id."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _no_more(name: str) -> Path:
    raise RuntimeError(f"no new document to write before '{name}'")


def run(docs: int, rounds: int, reuse: bool = False, server_pid: int | None = None) -> dict[str, list[float]]:
    uri, auth, database = neo4j_env()
    store = Neo4jStore.connect(uri, auth=auth, database=database)
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # A larger corpus begins with the smaller one: a store kept from an earlier run holds
        # its first documents, and the new ones written below come after them.
        stored = store.stats().documents if reuse else 0
        if stored < docs:
            stored = 0
        files = write_corpus(folder, max(docs, stored) + rounds * 10 + 200, seed=7).paths
        start = time.perf_counter()
        if not stored:
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
        fresh = iter(files[max(docs, stored) :])
        for _ in range(rounds):
            for name, question in questions.items():
                # A new document before each question, so that no answer comes from a cache.
                # (Documents an earlier run already wrote are passed over.)
                while not ingest_paths(store, [next(fresh, None) or _no_more(name)]).added:
                    pass
                # The garbage of the write and of the question before is not this question's.
                gc.collect()
                cpu = _server_cpu(server_pid)
                timings.setdefault(name, []).append(_ms(question))
                if server_pid:
                    timings.setdefault(f"{name}: Neo4j CPU", []).append(_server_cpu(server_pid) - cpu)
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
    parser.add_argument(
        "--server-pid", type=int, help="the Neo4j server's process id: also its CPU time per question"
    )
    args = parser.parse_args(argv)
    print(f"load average at the start: {os.getloadavg()}")
    timings = run(args.docs, args.rounds, args.reuse, args.server_pid)
    print(f"load average at the end: {os.getloadavg()}")
    print(
        f"\n| first request after a new document ({args.docs:,} documents) | median ms | max ms | each round ms |"
    )
    print("|---|---:|---:|---|")
    for name, values in timings.items():
        each = ", ".join(f"{v:.0f}" for v in values)
        print(f"| {name} | {statistics.median(values):.0f} | {max(values):.0f} | {each} |")


if __name__ == "__main__":
    main()
