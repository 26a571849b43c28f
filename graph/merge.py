"""The rules that merge per-document contributions into one actor or relation.

Both stores follow them (see graph.store), so they agree whatever the ingest order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from graph.model import Document, Entity, Graph, Relation, better_name


def merge_entity(parts: Mapping[str, Entity]) -> Entity:
    """One actor from what each document (the mapping's keys) says of it."""
    ordered = [parts[doc] for doc in sorted(parts)]
    name = ordered[0].name
    for part in ordered[1:]:
        name = better_name(name, part.name)
    surfaces = {s for part in ordered for s in (part.name, *part.aliases)}
    surfaces.discard(name)
    mentions = {doc: parts[doc].mentions.get(doc, 1) for doc in sorted(parts)}
    return Entity(
        id=ordered[0].id,
        type=ordered[0].type,
        name=name,
        aliases=sorted(surfaces),
        documents=sorted(parts),
        mentions=mentions,
    )


def add_entity_part(merged: Entity, document: str, part: Entity) -> Entity:
    """`merge_entity` of the parts behind `merged` plus one new document's part.

    Equal to merging every part again, without reading them: a hub actor named in thousands of
    documents would otherwise make each new document cost as much as all before it.
    """
    name = better_name(merged.name, part.name)
    # As in merge_entity, the earliest document's part decides the type where documents disagree.
    type_ = part.type if document < min(merged.mentions) else merged.type
    surfaces = {merged.name, *merged.aliases, part.name, *part.aliases}
    surfaces.discard(name)
    mentions = dict(sorted({**merged.mentions, document: part.mentions.get(document, 1)}.items()))
    return merged.model_copy(
        update={
            "type": type_,
            "name": name,
            "aliases": sorted(surfaces),
            "documents": list(mentions),
            "mentions": mentions,
        }
    )


def merge_properties(parts: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Properties of (document, properties) pairs; the earliest document id wins a conflict."""
    merged: dict[str, Any] = {}
    for _, props in sorted(parts, key=lambda p: p[0], reverse=True):
        merged.update(props)
    return merged


def merge_relation(parts: Mapping[str, Relation]) -> Relation:
    """One relation from what each document (the mapping's keys) says of it."""
    ordered = [parts[doc] for doc in sorted(parts)]
    first = ordered[0]
    source, _, target = first.key
    evidence = sorted(
        (ev for part in ordered for ev in part.evidence),
        key=lambda e: (e.document, e.start, e.end),
    )
    return Relation(
        source=source,
        target=target,
        type=first.type,
        properties=merge_properties((doc, parts[doc].properties) for doc in parts),
        confidence=max(p.confidence for p in ordered),
        evidence=evidence,
    )


def combine(graphs: Iterable[Graph]) -> Graph:
    """Many per-document graphs as one, by the same rules the stores follow."""
    documents: dict[str, Document] = {}
    entity_parts: dict[str, dict[str, Entity]] = {}
    relation_parts: dict[tuple[str, str, str], dict[str, Relation]] = {}
    for graph in graphs:
        for doc in graph.documents:
            documents[doc.id] = doc
            part = graph.for_document(doc.id)
            for ent in part.entities:
                entity_parts.setdefault(ent.id, {})[doc.id] = ent
            for rel in part.relations:
                relation_parts.setdefault(rel.key, {})[doc.id] = rel
    return Graph(
        documents=[documents[i] for i in sorted(documents)],
        entities=[merge_entity(entity_parts[i]) for i in sorted(entity_parts)],
        relations=[merge_relation(relation_parts[k]) for k in sorted(relation_parts)],
    )
