"""A side of a town lies in the town: 'i västra Borlänge' puts the place 'västra Borlänge' in
Borlänge (ONTOLOGY.md: a district is LOCATED_IN the town named with it)."""

from __future__ import annotations

from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["town_sides"]

_CONFIDENCE = 0.7


def town_sides(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) of each side of a town in the town."""
    for i, found in enumerate(context.mentions):
        for side in found:
            if side.type is not E.PLACE or side.rule != "town_side":
                continue
            town = side.canonical.split(" ", 1)[1]
            whole = Mention(side.start, side.end, side.text, E.PLACE, town, rule="town_side")
            yield i, FoundRelation(side, whole, R.LOCATED_IN, _CONFIDENCE)
