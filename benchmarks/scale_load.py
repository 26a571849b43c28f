"""Bulk loading of the synthetic graph into an empty Neo4j, for the scale model's set-up.

The store's own upsert reads back what each document touches and merges it, which is right
for real documents and far too slow for setting up a million relations on a shared machine.
Here the synthetic graph (whose relation keys are all distinct, and whose actors have one
name each) is written straight in the store's layout, with the store's own row builders and
Cypher statements (graph.neo4j_store, graph.cypher), a chunk of documents per transaction:
their Document nodes, the actors first seen in them, their relations, their MENTIONED_IN
edges. What the API then reads is what `upsert` would have written; only the merging of
parts, which this graph does not need, is skipped.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from neo4j import ManagedTransaction

from benchmarks.synthetic_graph import document_parts
from graph import cypher
from graph.model import EntityType, RelationType
from graph.neo4j_store import (
    Neo4jStore,
    _actor_props,  # the store's own row builders: the layout stays the store's
    _document_props,
    _run_all,
    _run_rows,
    relation_row,
    split_documents,
)

DOCUMENTS_PER_TRANSACTION = 50


def bulk_load(
    store: Neo4jStore, relations: int, *, seed: int = 1, progress: bool = False
) -> dict[str, float | int]:
    """Write the synthetic graph of about `relations` relations into an empty store."""
    if store.stats().documents:
        raise RuntimeError("lagringen är inte tom; massinläsning görs bara i en tom lagring")
    seen: set[str] = set()
    chunk: list[Any] = []
    written = documents = 0
    start = time.perf_counter()

    def flush() -> None:
        nonlocal written, documents
        if not chunk:
            return
        rows = _rows(chunk, seen)
        store._write(_write_chunk, rows)
        written += sum(len(r) for r in rows["relations"].values())
        documents += len(chunk)
        chunk.clear()
        if progress:
            rate = written / (time.perf_counter() - start)
            print(f"  {written:,} relations ({rate:,.0f}/s)", flush=True)

    for part in document_parts(relations, seed=seed):
        chunk.extend(split_documents(part))
        if len(chunk) >= DOCUMENTS_PER_TRANSACTION:
            flush()
    flush()
    store._write(_run_all, [(cypher.BUMP_VERSION, {})])
    seconds = time.perf_counter() - start
    return {"documents": documents, "relations": written, "seconds": seconds, "rate": written / seconds}


def _rows(chunk: list[Any], seen: set[str]) -> dict[str, Any]:
    actors: dict[EntityType, list[dict[str, Any]]] = defaultdict(list)
    relations: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
    mentions = []
    documents = []
    for item in chunk:
        doc_id = item.document.id
        documents.append({"id": doc_id, **_document_props(item.document), "contribution": item.text})
        for entity in item.part.entities:
            if entity.id not in seen:  # its first document: the one it is written with
                seen.add(entity.id)
                actors[entity.type].append({"id": entity.id, **_actor_props(entity)})
            mentions.append(
                {
                    "actor": entity.id,
                    "document": doc_id,
                    "count": entity.mentions.get(doc_id, 1),
                    "type": entity.type.value,
                    "name": entity.name,
                    "aliases": list(entity.aliases),
                }
            )
        for relation in item.part.relations:
            relations[relation.type].append(relation_row(relation.key, {doc_id: relation}))
    return {"documents": documents, "actors": actors, "relations": relations, "mentions": mentions}


def _write_chunk(tx: ManagedTransaction, rows: dict[str, Any]) -> None:
    _run_rows(tx, cypher.WRITE_DOCUMENTS, rows["documents"])
    for type_, actor_rows in sorted(rows["actors"].items()):
        _run_rows(tx, cypher.write_actors(type_), actor_rows)
    for rel_type, relation_rows in sorted(rows["relations"].items()):
        _run_rows(tx, cypher.write_relations(rel_type), relation_rows)
    _run_rows(tx, cypher.WRITE_MENTIONS, rows["mentions"])
