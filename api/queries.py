"""The questions asked of the graph: actors, neighbourhoods, paths, relations with their sources.

Each question may be narrowed to some documents (`DocumentFilter`: kinds and a date range).
Without a filter the store answers; with one, the filtered graph (`filter_graph`, kept
per store version) answers, by the same rules.

What a filter keeps:

- a document when its kind is one asked for and its date lies in the range;
- a relation when some of its evidence comes from a kept document, with that evidence
  only; a relation dated by the text (`valid_from`/`valid_to`) is judged by its period
  instead of its documents' dates: it is kept when the period overlaps the range asked
  for (and some evidence comes from a document of a kind asked for);
- an actor when a document the filter accepts mentions it, or a kept relation joins it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel

from api.cache import VersionCache
from api.graph_view import GraphView
from graph.errors import SamverkanError
from graph.exchange import ExportFormat, export_bytes
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

T = TypeVar("T")

_snapshots: VersionCache[Graph] = VersionCache(size=1)
_views: VersionCache[GraphView] = VersionCache(size=4)


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


# -- filtering ---------------------------------------------------------------------

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def period_bound(value: object, *, end: bool) -> dt.date | None:
    """The first (or, with `end`, last) day of a date written as precisely as the text allows.

    '2021' -> 2021-01-01 (or 2021-12-31), '2021-06' -> 2021-06-01 (or 2021-06-30).
    """
    match = _PARTIAL_DATE.match(str(value)) if value else None
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day))
        if month:
            first = dt.date(int(year), int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
    except ValueError:
        return None


def overlaps(
    start: dt.date | None, end: dt.date | None, range_from: dt.date | None, range_to: dt.date | None
) -> bool:
    """Whether the period [start, end] meets [range_from, range_to]; a missing bound is open."""
    return (range_to is None or start is None or start <= range_to) and (
        range_from is None or end is None or end >= range_from
    )


def filter_graph(graph: Graph, flt: DocumentFilter) -> Graph:
    """The part of a graph that the filter keeps (see the module docstring)."""
    if flt.is_empty():
        return graph
    kind_ok = {d.id for d in graph.documents if not flt.kinds or d.kind in flt.kinds}
    accepted = {d.id for d in graph.documents if flt.accepts(d)}
    dated_query = flt.date_from is not None or flt.date_to is not None
    relations: list[Relation] = []
    for rel in graph.relations:
        start = period_bound(rel.valid_from, end=False)
        end = period_bound(rel.valid_to, end=True)
        if dated_query and (start or end):
            if not overlaps(start, end, flt.date_from, flt.date_to):
                continue
            allowed = kind_ok
        else:
            allowed = accepted
        evidence = [e for e in rel.evidence if e.document in allowed]
        if len(evidence) == len(rel.evidence):
            relations.append(rel)
        elif evidence:
            relations.append(rel.model_copy(update={"evidence": evidence}))
    kept_docs = accepted | {e.document for r in relations for e in r.evidence}
    ends = {r.source for r in relations} | {r.target for r in relations}
    entities: list[Entity] = []
    for ent in graph.entities:
        # A document kept only as the source of a dated relation does not bring all its actors.
        if ent.id not in ends and not any(d in accepted for d in ent.documents):
            continue
        docs = [d for d in ent.documents if d in kept_docs]
        if len(docs) == len(ent.documents):
            entities.append(ent)
        else:
            mentions = {d: n for d, n in ent.mentions.items() if d in kept_docs}
            entities.append(ent.model_copy(update={"documents": docs, "mentions": mentions}))
    return Graph(
        documents=[d for d in graph.documents if d.id in kept_docs],
        entities=entities,
        relations=relations,
    )


def snapshot(store: GraphStore) -> Graph:
    """The whole graph, kept until the store changes."""
    return _snapshots.get(store, "all", store.export)


def filtered_view(store: GraphStore, flt: DocumentFilter) -> GraphView:
    """The filtered graph, ready for queries, kept until the store changes."""
    key = flt.model_dump_json()
    return _views.get(store, key, lambda: GraphView(filter_graph(snapshot(store), flt)))


def export_graph(store: GraphStore, flt: DocumentFilter | None = None) -> Graph:
    """The whole graph, or the part the filter keeps."""
    if flt is None or flt.is_empty():
        return snapshot(store)
    return filtered_view(store, flt).graph


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
    return filtered_view(store, flt).find_entities(type_=type_, q=q, limit=limit, offset=offset)


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
    start = store.entity(entity_id)
    view = filtered_view(store, flt)
    if entity_id not in view.entities:
        return Graph(entities=[start])
    return view.neighbors(entity_id, depth=depth, entity_types=entity_types, relation_types=relation_types)


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
        store.entity(source)
        store.entity(target)
        view = filtered_view(store, flt)
        inside = source in view.entities and target in view.entities
        found = view.paths(source, target, max_length=max_length) if inside else []
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
    view = filtered_view(store, flt)
    found = view.find_relations(
        type_=type_, source=source, target=target, document=document, limit=limit, offset=offset
    )
    return with_sources(found, view.entity, store.document)


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
