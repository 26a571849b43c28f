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

import csv
import os
import subprocess
import time
import uuid
from collections import defaultdict
from pathlib import Path
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


# -- offline: neo4j-admin database import ---------------------------------------------------------

ARRAY = "|"  # no value of the synthetic graph holds it
FIX_EMPTY_LISTS = [
    # neo4j-admin leaves an empty list out; the store writes it as []. Put them back.
    "MATCH (n:Actor) WHERE n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 20000 ROWS",
    "MATCH ()-[m:MENTIONED_IN]->() WHERE m.aliases IS NULL "
    "CALL (m) { SET m.aliases = [] } IN TRANSACTIONS OF 20000 ROWS",
]


def write_import_files(folder: Path, relations: int, *, seed: int = 1) -> dict[str, int]:
    """The synthetic graph as neo4j-admin import CSV files, in the store's layout."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "actors": 0, "relations": 0, "mentions": 0}
    seen: set[str] = set()
    with (
        (folder / "documents.csv").open("w", newline="", encoding="utf-8") as documents_file,
        (folder / "actors.csv").open("w", newline="", encoding="utf-8") as actors_file,
        (folder / "relations.csv").open("w", newline="", encoding="utf-8") as relations_file,
        (folder / "mentions.csv").open("w", newline="", encoding="utf-8") as mentions_file,
        (folder / "meta.csv").open("w", newline="", encoding="utf-8") as meta_file,
    ):
        documents = csv.writer(documents_file)
        documents.writerow(["id:ID(Document)", ":LABEL", *(f"{p}{_TYPES.get(p, '')}" for p in DOC_COLUMNS)])
        actors = csv.writer(actors_file)
        actors.writerow(["id:ID(Actor)", ":LABEL", *(f"{p}{_TYPES.get(p, '')}" for p in ACTOR_COLUMNS)])
        rels = csv.writer(relations_file)
        rels.writerow(
            [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", *(f"{p}{_TYPES.get(p, '')}" for p in REL_COLUMNS)]
        )
        mentions = csv.writer(mentions_file)
        mentions.writerow(
            [
                ":START_ID(Actor)",
                ":END_ID(Document)",
                ":TYPE",
                "count:int",
                "type",
                "name",
                "aliases:string[]",
            ]
        )
        meta = csv.writer(meta_file)
        meta.writerow([":LABEL", "name", "epoch", "value:long", "periods_read:boolean"])
        meta.writerow(["Meta", "version", str(uuid.uuid4()), "1", "true"])
        for part in document_parts(relations, seed=seed):
            rows = _rows(split_documents(part), seen)
            for row in rows["documents"]:
                documents.writerow([row["id"], "Document", *(_cell(row.get(p)) for p in DOC_COLUMNS)])
                counts["documents"] += 1
            for type_, actor_rows in rows["actors"].items():
                for row in actor_rows:
                    actors.writerow(
                        [row["id"], f"Actor{ARRAY}{type_.value}", *(_cell(row.get(p)) for p in ACTOR_COLUMNS)]
                    )
                    counts["actors"] += 1
            for type_, relation_rows in rows["relations"].items():
                for row in relation_rows:
                    rels.writerow(
                        [row["source"], row["target"], type_.value, *(_cell(row.get(p)) for p in REL_COLUMNS)]
                    )
                    counts["relations"] += 1
            for row in rows["mentions"]:
                mentions.writerow(
                    [
                        row["actor"],
                        row["document"],
                        cypher.MENTIONED_IN,
                        row["count"],
                        row["type"],
                        row["name"],
                        _cell(row["aliases"]),
                    ]
                )
                counts["mentions"] += 1
    return counts


DOC_COLUMNS = tuple(p for p in cypher.DOCUMENT_PROPERTIES)
ACTOR_COLUMNS = tuple(p for p in cypher.ACTOR_PROPERTIES)
REL_COLUMNS = tuple(p for p in cypher.RELATION_PROPERTIES)
_TYPES = {
    "date": ":date",
    "aliases": ":string[]",
    "forms": ":string[]",
    "folded": ":string[]",
    "confidence": ":double",
    "valid_start": ":date",
    "valid_end": ":date",
    "holds_since": ":date",
    "holds_until": ":date",
    "documents": ":string[]",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ARRAY.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def admin_import(home: Path, folder: Path) -> None:
    """neo4j-admin database import full into the (stopped) local server of `home`."""
    files = {
        name: str(folder / f"{name}.csv") for name in ("documents", "actors", "relations", "mentions", "meta")
    }
    cmd = [
        "java",
        "-cp",
        str(home / "lib") + os.sep + "*",
        "org.neo4j.cli.AdminTool",
        "database",
        "import",
        "full",
        "neo4j",  # first: the file options take several values each
        "--overwrite-destination=true",
        f"--array-delimiter={ARRAY}",
        f"--nodes={files['documents']}",
        f"--nodes={files['actors']}",
        f"--nodes={files['meta']}",
        f"--relationships={files['relations']}",
        f"--relationships={files['mentions']}",
    ]
    env = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    result = subprocess.run(cmd, env=env, cwd=home, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"neo4j-admin import misslyckades: {(result.stdout + result.stderr)[-3000:]}")


def finish_import(store: Neo4jStore) -> None:
    """Indexes online and empty lists back, after the server has started on the imported data."""
    store.ensure_schema()
    with store._driver.session(database=store.database) as session:
        session.run("CALL db.awaitIndexes(1800)").consume()
        for statement in FIX_EMPTY_LISTS:
            session.run(statement).consume()  # type: ignore[arg-type]
    store._write(_run_all, [(cypher.BUMP_VERSION, {})])
