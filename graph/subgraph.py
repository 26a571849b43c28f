"""The part of a graph a view asks for: actors of some types, relations of some types."""

from __future__ import annotations

from collections.abc import Collection

from graph.model import EntityType, Graph, RelationType


def select(
    graph: Graph,
    entity_types: Collection[EntityType] | None = None,
    relation_types: Collection[RelationType] | None = None,
    *,
    keep: str | None = None,
) -> Graph:
    """The actors of `entity_types` and the relations of `relation_types` between them.

    With relation types given, only actors that take part in such a relation remain (a
    map of who funds whom has no room for actors that fund nothing); `keep` names an actor
    that stays regardless, such as the centre of an ego view. Documents are those the
    remaining actors or relations come from.
    """
    entities = [e for e in graph.entities if not entity_types or e.type in entity_types or e.id == keep]
    ids = {e.id for e in entities}
    relations = [
        r
        for r in graph.relations
        if r.source in ids and r.target in ids and (not relation_types or r.type in relation_types)
    ]
    if relation_types:
        linked = {r.source for r in relations} | {r.target for r in relations}
        entities = [e for e in entities if e.id in linked or e.id == keep]
    used = {d for e in entities for d in e.documents} | {d for r in relations for d in r.documents}
    return Graph(
        documents=[d for d in graph.documents if d.id in used],
        entities=entities,
        relations=relations,
    )
