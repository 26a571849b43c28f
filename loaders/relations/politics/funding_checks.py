"""Money between the parts of the police is no funding.

'Insatsen leddes av lokalpolisområde Mora med stöd av polisregion Bergslagen': a region that
backs one of its own areas lends it people, not money; the police is funded as one authority. A
FUNDS between two police units, with no sum stated, is dropped.
"""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_police_funding"]


def _within_police(f: FoundRelation) -> bool:
    return (
        f.type is R.FUNDS
        and f.source.type == E.POLICE_UNIT
        and f.target.type == E.POLICE_UNIT
        and "amount_sek" not in f.properties
    )


def without_police_funding(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop, in place, each FUNDS from one police unit to another that states no sum."""
    for i, found in by_sentence.items():
        if any(_within_police(f) for f in found):
            by_sentence[i] = [f for f in found if not _within_police(f)]
