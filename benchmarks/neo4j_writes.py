"""Writing relations to Neo4j: batched UNWIND against one query per relationship, in one run.

    python -m benchmarks.neo4j_writes [--relations 20000] [--per-row 2000]

Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE like the application,
and EMPTIES that database. Three figures, in relationships per second:

- upsert: `Neo4jStore.upsert` of a synthetic graph (benchmarks.synthetic_graph), 20
  documents per call, everything included: splitting, reading the parts, merging, writing
  documents, actors, mentions and relations in one transaction per batch of documents;
- batched UNWIND: the store's relationship statement alone, for the same relations, sent
  as the store sends them: transactions of `BATCH_RELATIONS` relations, statements of at
  most `ROWS_PER_STATEMENT` rows per relationship type; the relations are new, so the store
  creates them (`cypher.create_relations`; `--merge` sends the statement that updates stored
  ones, `cypher.write_relations`, as the store did before it told the two apart);
- one query per relationship: the same statement with one row, one transaction each, for
  the first `per_row` relations (the way a store without batching would write them).

No figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from itertools import islice
from typing import Any

from neo4j import GraphDatabase, ManagedTransaction

from benchmarks.measure import cpu_seconds
from benchmarks.synthetic_graph import document_parts
from graph import cypher
from graph.model import Graph, RelationType
from graph.neo4j_store import BATCH_RELATIONS, Neo4jStore, _run_rows, relation_row

DOCUMENTS_PER_UPSERT = 20


def _write(
    tx: ManagedTransaction, rows_by_type: dict[RelationType, list[dict[str, Any]]], merge: bool = False
) -> None:
    for type_, rows in rows_by_type.items():
        statement = cypher.write_relations(type_) if merge else cypher.create_relations(type_)
        _run_rows(tx, statement, rows)


def run(
    uri: str,
    auth: tuple[str, str] | None,
    database: str = "neo4j",
    relations: int = 20_000,
    per_row: int = 2_000,
    merge: bool = False,
    server_pid: int | None = None,
) -> dict[str, Any]:
    """Measure the three ways once, on an emptied database; the figures as a dict."""
    load_before = os.getloadavg()[0]
    store = Neo4jStore.connect(uri, auth=auth, database=database)
    driver = GraphDatabase.driver(uri, auth=auth)
    try:
        store.clear()
        parts = list(document_parts(relations))

        started = time.perf_counter()
        server_started = cpu_seconds(server_pid) if server_pid else 0.0
        client_started = time.process_time()
        for first in range(0, len(parts), DOCUMENTS_PER_UPSERT):
            store.upsert(Graph.batch(parts[first : first + DOCUMENTS_PER_UPSERT]))
        upsert_s = time.perf_counter() - started
        upsert_client_s = time.process_time() - client_started
        upsert_server_s = cpu_seconds(server_pid) - server_started if server_pid else 0.0
        stored = store.stats().relations

        rows = [
            (rel.type, relation_row(rel.key, {part.documents[0].id: rel}))
            for part in parts
            for rel in part.relations
        ]
        with driver.session(database=database) as session:
            session.run(cypher.CLEAR_RELATIONS).consume()
            started = time.perf_counter()
            server_started = cpu_seconds(server_pid) if server_pid else 0.0
            client_started = time.process_time()
            for first in range(0, len(rows), BATCH_RELATIONS):
                chunk: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
                for type_, row in rows[first : first + BATCH_RELATIONS]:
                    chunk[type_].append(row)
                session.execute_write(_write, chunk, merge)
            batched_s = time.perf_counter() - started
            batched_client_s = time.process_time() - client_started
            server_cpu_s = cpu_seconds(server_pid) - server_started if server_pid else 0.0

            session.run(cypher.CLEAR_RELATIONS).consume()
            single = list(islice(rows, per_row))
            started = time.perf_counter()
            for type_, row in single:
                session.execute_write(_write, {type_: [row]}, merge)
            per_row_s = time.perf_counter() - started
        store.clear()
    finally:
        driver.close()
        store.close()

    results: dict[str, Any] = {
        "load": (load_before, os.getloadavg()[0]),
        "relations": stored,
        "documents": len(parts),
        "upsert_s": upsert_s,
        "upsert_per_s": stored / upsert_s,
        "upsert_server_cpu_s": upsert_server_s,
        "upsert_client_cpu_s": upsert_client_s,
        "batched_relations": len(rows),
        "batched_s": batched_s,
        "batched_per_s": len(rows) / batched_s,
        "batched_server_cpu_s": server_cpu_s,
        "batched_client_cpu_s": batched_client_s,
        "per_row_relations": len(single),
        "per_row_s": per_row_s,
        "per_row_per_s": len(single) / per_row_s,
    }
    results["batched_speedup"] = results["batched_per_s"] / results["per_row_per_s"]
    results["upsert_speedup"] = results["upsert_per_s"] / results["per_row_per_s"]
    return results


def table(results: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| way of writing | relations | seconds | relations/s | × one per query |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| upsert, whole documents (batched UNWIND) | {results['relations']:,} | {results['upsert_s']:.2f} "
        f"| {results['upsert_per_s']:,.0f} | {results['upsert_speedup']:.1f} |",
        f"| relationships alone, batched UNWIND | {results['batched_relations']:,} | {results['batched_s']:.2f} "
        f"| {results['batched_per_s']:,.0f} | {results['batched_speedup']:.1f} |",
        f"| relationships alone, one query per relationship | {results['per_row_relations']:,} "
        f"| {results['per_row_s']:.2f} | {results['per_row_per_s']:,.0f} | 1.0 |",
    ]
    lines.append("")
    lines.append(
        f"load average (1 min) at the start and the end: {results['load'][0]:.1f}, {results['load'][1]:.1f}"
    )
    for way, label, count in (
        ("upsert", "upsert, whole documents", results["relations"]),
        ("batched", "relationships alone, batched UNWIND", results["batched_relations"]),
    ):
        server = results.get(f"{way}_server_cpu_s") or 0.0
        client = results[f"{way}_client_cpu_s"]
        per_server = (
            f"{server / count * 1e6:,.0f} ms ({count / server:,.0f} per CPU-second)"
            if server
            else "not measured"
        )
        lines.append(
            f"{label}: Neo4j's CPU per 1,000 relationships {per_server}; "
            f"this process's CPU per 1,000 {client / count * 1e6:,.0f} ms"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=20_000)
    parser.add_argument("--per-row", type=int, default=2_000)
    parser.add_argument("--merge", action="store_true", help="MERGE each relation instead of CREATE")
    parser.add_argument("--server-pid", type=int, help="a local Neo4j's process, to report the CPU it used")
    args = parser.parse_args()
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise SystemExit("Sätt NEO4J_URI (python scripts/neo4j_local.py start) först")
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    results = run(
        uri,
        auth,
        os.environ.get("NEO4J_DATABASE", "neo4j"),
        args.relations,
        args.per_row,
        args.merge,
        args.server_pid,
    )
    print(table(results))


if __name__ == "__main__":
    main()
