"""Pairs that are no partners, whatever sentence put them side by side.

A word that only says there are partners ('i samverkan med andra aktörer', 'våra
samverkanspartner') names no partner of its own: the relation would join an actor to no one.

A committee or office and its own municipality are one party: they do not work together, the one
is part of the other ('kommunens politiska ledning och kommunen samverkar' says the municipality
works with others). The document's own PART_OF relations say which body is whose. A company the
municipality owns is a partner of its own (a housing company works with the municipality that
owns it), and so is a police team of the local police area it belongs to (a unit called in for
an operation works with the area that runs it).

A political council (fullmäktige, kommunstyrelsen, a nämnd or its utskott) decides on joint work
and commissions it; it is no partner in it: the municipality or the office that does the work is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.partner_groups import WORDS_FOR_PARTNERS
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_false_partners"]

_UNITS = frozenset({E.MUNICIPAL_BODY})


def _unit_and_whole(found: Iterable[FoundRelation]) -> set[frozenset[str]]:
    return {
        frozenset((rel.source.canonical, rel.target.canonical))
        for rel in found
        if rel.type is R.PART_OF and rel.source.type in _UNITS
    }


# The name of a council that decides: 'Kommunfullmäktige', 'Kommunstyrelsens arbetsutskott', 'Socialnämnden'.
_COUNCIL = re.compile(r"fullmäktige|styrelse|utskott|nämnd", re.IGNORECASE)


def _nobody(mention: Mention) -> bool:
    if mention.type == E.MUNICIPAL_BODY and _COUNCIL.search(mention.canonical):
        return True
    return mention.type == E.GROUP and mention.canonical.casefold() in WORDS_FOR_PARTNERS


def without_false_partners(
    found: Mapping[int, Sequence[FoundRelation]],
) -> dict[int, list[FoundRelation]]:
    """The document's relations by sentence, without the COLLABORATES_WITH of a body with its
    municipality or with a mere word for partners."""
    pairs = _unit_and_whole(rel for rels in found.values() for rel in rels)
    return {
        i: [
            rel
            for rel in rels
            if rel.type is not R.COLLABORATES_WITH
            or (
                frozenset((rel.source.canonical, rel.target.canonical)) not in pairs
                and not _nobody(rel.source)
                and not _nobody(rel.target)
            )
        ]
        for i, rels in found.items()
    }
