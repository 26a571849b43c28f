"""The Police Authority counters the groups its units counter in a sentence that names 'polisen'.

'Lokalpolisområde Ekby har fått nog. – Vi ska störa nätverket, säger polisen.': in a local police
area's document 'vi' and 'polisen' are read as the area, yet the sentence speaks of the police as
such too; a reader annotates the authority it names as acting against the group (ONTOLOGY.md: whoever
works to stop, disrupt or drive out a group counters it; a unit and its parent both count where
both are named). So a COUNTERS from a police unit below Polisen, read from a sentence that names
Polisen, is Polisen's as well. A unit named on its own ('Polisen på Södertörn slår till') stays alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["police_counter_relations"]


def police_counter_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, COUNTERS) from Polisen for each group a unit below it counters."""
    for i in sorted(found):
        root = next(
            (m for m in context.mentions[i] if m.type is E.POLICE_UNIT and m.canonical == POLICE_ROOT), None
        )
        if root is None:
            continue
        for rel in found[i]:
            if (
                rel.type is R.COUNTERS
                and rel.source.type is E.POLICE_UNIT
                and rel.source.canonical != POLICE_ROOT
            ):
                yield i, FoundRelation(root, rel.target, R.COUNTERS, round(rel.confidence - 0.1, 2))
