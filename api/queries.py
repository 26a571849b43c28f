"""The questions asked of the graph: actors, neighbourhoods, paths, relations with their sources.

Each question may be narrowed to some documents (`DocumentFilter`: kinds and a date range);
the store answers it over the part the filter keeps (graph.filtering says which): the
embedded store over the filtered graph in memory, Neo4j in Cypher, without the whole graph
coming out of the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel

from api.cache import VersionCache
from graph.errors import SamverkanError
from graph.exchange import ExportFormat, export_bytes
from graph.filtering import filter_graph, overlaps, period_bound
from graph.model import (
    RELATION_LABELS_SV,
    Document,
    DocumentKind,
    Entity,
    EntityType,
    Graph,
    Relation,
    RelationType,
)
from graph.store import DocumentFilter, GraphStore, Path

__all__ = ["filter_graph", "overlaps", "period_bound"]

T = TypeVar("T")

_snapshots: VersionCache[Graph] = VersionCache(size=1)


# -- answers -----------------------------------------------------------------------


class EvidenceSource(BaseModel):
    """A sentence that states a relation, and the document it comes from."""

    document: str
    title: str = ""
    date: dt.date | None = None
    kind: DocumentKind | None = None
    start: int
    end: int
    text: str


class RelationView(BaseModel):
    """A relation with the names of its ends and the sources of each sentence."""

    source: str
    source_name: str
    target: str
    target_name: str
    type: RelationType
    label: str
    properties: dict
    confidence: float
    evidence: list[EvidenceSource]


class PathView(BaseModel):
    """A shortest path: its actors in order, the relation of each step, and the path in words."""

    length: int
    entities: list[Entity]
    relations: list[Relation]
    names: list[str] = []
    text: str = ""

    @classmethod
    def of(cls, path: Path) -> PathView:
        names = [e.name for e in path.entities]
        words = names[:1]
        for here, ahead, rel in zip(path.entities, path.entities[1:], path.relations, strict=False):
            label = RELATION_LABELS_SV[rel.type]
            words.append(f"–{label}→ {ahead.name}" if rel.source == here.id else f"←{label}– {ahead.name}")
        return cls(
            length=path.length,
            entities=path.entities,
            relations=path.relations,
            names=names,
            text=" ".join(words),
        )


# -- whole graphs ------------------------------------------------------------------


def snapshot(store: GraphStore) -> Graph:
    """The whole graph, kept until the store changes."""
    return _snapshots.get(store, "all", store.export)


def export_graph(store: GraphStore, flt: DocumentFilter | None = None) -> Graph:
    """The whole graph, or the part the filter keeps."""
    if flt is None or flt.is_empty():
        return snapshot(store)
    return store.filtered_export(flt)


def export(store: GraphStore, fmt: ExportFormat, flt: DocumentFilter | None = None) -> bytes:
    """The whole graph, or the part the filter keeps, in a format other tools read."""
    return export_bytes(export_graph(store, flt), fmt)


# -- questions ---------------------------------------------------------------------


def find_entities(
    store: GraphStore,
    type_: EntityType | None,
    q: str | None,
    flt: DocumentFilter,
    limit: int = 100,
    offset: int = 0,
) -> list[Entity]:
    """Actors by name, filtered by type and by a part of a name or alias; with `q`, best match first."""
    if flt.is_empty() and q and q.strip():
        from api.search import search

        # The same ranked, accent-forgiving search as /search: exact, alias, word, prefix, fuzzy.
        return [hit.entity for hit in search(store, q, type_, limit=limit, offset=offset)]
    if flt.is_empty():
        return store.entities(type_=type_, q=q, limit=limit, offset=offset)
    return store.filtered_entities(flt, type_=type_, q=q, limit=limit, offset=offset)


def neighbors(
    store: GraphStore,
    entity_id: str,
    depth: int,
    entity_types: list[EntityType] | None,
    relation_types: list[RelationType] | None,
    flt: DocumentFilter,
) -> Graph:
    """The actor and everything within `depth` steps (see GraphStore.neighbors)."""
    if flt.is_empty():
        return store.neighbors(
            entity_id, depth=depth, entity_types=entity_types, relation_types=relation_types
        )
    return store.filtered_neighbors(
        entity_id, flt, depth=depth, entity_types=entity_types, relation_types=relation_types
    )


def paths(
    store: GraphStore,
    source: str,
    target: str,
    max_length: int,
    flt: DocumentFilter,
    limit: int = 100,
    offset: int = 0,
) -> list[PathView]:
    """The shortest paths between two actors, at most `max_length` steps long."""
    if flt.is_empty():
        found = store.paths(source, target, max_length=max_length)
    else:
        found = store.filtered_paths(source, target, flt, max_length=max_length)
    return [PathView.of(p) for p in found[offset : offset + limit]]


def relations(
    store: GraphStore,
    type_: RelationType | None,
    source: str | None,
    target: str | None,
    document: str | None,
    flt: DocumentFilter,
    limit: int = 100,
    offset: int = 0,
) -> list[RelationView]:
    """Relations with their sources; an unknown actor or document is NotFound."""
    for entity_id in (source, target):
        if entity_id is not None:
            store.entity(entity_id)
    if document is not None:
        store.document(document)
    if flt.is_empty():
        found = store.relations(
            type_=type_, source=source, target=target, document=document, limit=limit, offset=offset
        )
        return with_sources(found, store.entity, store.document)
    found = store.filtered_relations(
        flt, type_=type_, source=source, target=target, document=document, limit=limit, offset=offset
    )
    return with_sources(found, store.entity, store.document)


def with_sources(
    found: list[Relation],
    entity: Callable[[str], Entity],
    document: Callable[[str], Document],
) -> list[RelationView]:
    """Relations with the names of their ends and the title, date and kind of each source."""
    names: dict[str, str] = {}
    docs: dict[str, Document | None] = {}

    def name_of(entity_id: str) -> str:
        if entity_id not in names:
            names[entity_id] = _or_none(lambda: entity(entity_id).name) or entity_id
        return names[entity_id]

    def doc_of(document_id: str) -> Document | None:
        if document_id not in docs:
            docs[document_id] = _or_none(lambda: document(document_id))
        return docs[document_id]

    result = []
    for rel in found:
        evidence = []
        for ev in rel.evidence:
            doc = doc_of(ev.document)
            evidence.append(
                EvidenceSource(
                    document=ev.document,
                    title=doc.title if doc else "",
                    date=doc.date if doc else None,
                    kind=doc.kind if doc else None,
                    start=ev.start,
                    end=ev.end,
                    text=ev.text,
                )
            )
        result.append(
            RelationView(
                source=rel.source,
                source_name=name_of(rel.source),
                target=rel.target,
                target_name=name_of(rel.target),
                type=rel.type,
                label=RELATION_LABELS_SV[rel.type],
                properties=rel.properties,
                confidence=rel.confidence,
                evidence=evidence,
            )
        )
    return result


def _or_none(get: Callable[[], T]) -> T | None:
    try:
        return get()
    except SamverkanError as exc:
        if exc.status == 404:
            return None
        raise
