"""A district inside a part of a town lies in the town too.

'Tallbacken i Norrby' and 'Norrby i Åby': the text puts Tallbacken in Norrby and Norrby in Åby,
so Tallbacken lies in Åby as well (ONTOLOGY.md: a district is LOCATED_IN the town it is in). The
chain runs over areas only: premises, streets and buildings lie in the place the text names for
them ('Klubbhuset i Norrby' is not said to be in Åby), and a county is no town (what lies in a
municipality that lies in a county is left to the county's own sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["place_chain_relations"]

# Places named as premises, buildings or streets (loaders.mentions.places).
_PREMISES = frozenset({"building", "clubhouse", "street"})
_COUNTY = re.compile(r"(?:\blän|^[Rr]egion\b|^[Rr]egionen\b)", re.IGNORECASE)
_CONFIDENCE = 0.5


def place_chain_relations(
    context: RelationContext, found: Mapping[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) of each area in an area that lies in a town; the evidence is
    both sentences of the chain."""
    outer: dict[str, list[tuple[int, FoundRelation]]] = {}
    for j, relations in found.items():
        for rel in relations:
            if rel.type is R.LOCATED_IN:
                outer.setdefault(rel.source.canonical, []).append((j, rel))
    for i, relations in sorted(found.items()):
        for rel in relations:
            if rel.type is not R.LOCATED_IN or rel.source.rule in _PREMISES:
                continue
            for j, up in outer.get(rel.target.canonical, ()):
                town = up.target
                if town.canonical != rel.source.canonical and not _COUNTY.search(town.canonical):
                    chained = FoundRelation(rel.source, town, R.LOCATED_IN, _CONFIDENCE)
                    for k in sorted({i, j}):
                        yield k, chained
