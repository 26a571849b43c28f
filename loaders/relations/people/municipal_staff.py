"""Offices only a municipality holds, named beside a person without the employer:
'säkerhetssamordnare Anna Ek', 'Anna Ek, trygghetssamordnare,', 'brottsförebyggande samordnaren
Anna Ek'.

In a text about one municipality, such an office is held in it (ONTOLOGY.md: a role with its
employer gives WORKS_FOR; here the text implies the employer). A person whose employer the
sentence names is read by the other rules first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.arguments import SentenceView
from loaders.relations.found_relation import FoundRelation

if TYPE_CHECKING:
    from loaders.relations.discourse import RelationContext

_STAFF = (
    r"(?:säkerhets|trygghets|brottsförebyggande\s+|folkhälso)samordnare(?:n)?"
    r"|(?:säkerhets|trygghets)strateg(?:en)?|(?:säkerhets|trygghets)chef(?:en)?"
    r"|fältassistent(?:en)?|fältsekreterare(?:n)?|socialsekreterare(?:n)?"
)
_BEFORE = re.compile(rf"(?:^|[\s,(])(?P<role>{_STAFF})\s+\Z", re.IGNORECASE)
# 'Anna Ek, fältassistent,' or 'Anna Ek, fältassistent i Mora,': the place must be the document's own.
_AFTER = re.compile(
    rf"\s*,\s*(?P<role>{_STAFF})(?:\s+(?:i|på|vid)\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+)(?:\s+(?:kommun|stad))?)?"
    r"\s*(?:[,.;)\n]|och\b|\Z)",
    re.IGNORECASE,
)
_NEAR = 60


def staff_office(view: SentenceView, p: int, before: str, context: RelationContext) -> FoundRelation | None:
    """WORKS_FOR the document's municipality for the person at slot ``p`` with a municipal staff office."""
    municipality = context.home_municipality
    if municipality is None:
        return None
    slot = view.slots[p]
    person = slot.mention
    if person is None:
        return None
    title = _BEFORE.search(before)
    if title is None:
        title = _AFTER.match(view.text[slot.end : slot.end + _NEAR])
        nxt = view.slots[p + 1] if p + 1 < len(view.slots) else None
        if (
            title is not None
            and nxt is not None
            and nxt.type == E.PERSON
            and nxt.start < slot.end + title.end() + 2
        ):
            title = None  # ', säkerhetssamordnare Per Holm': the next name's title
    if title is None:
        return None
    place = title.groupdict().get("place")
    if place and not _names(municipality.canonical, place):
        return None  # 'fältassistent i Orsa' in a text about Mora: another municipality's
    role = " ".join(title.group("role").lower().split())
    return FoundRelation(person, municipality, R.WORKS_FOR, 0.6, {"role": role})


def _names(municipality: str, place: str) -> bool:
    """Whether ``place`` ('Mora', 'Moras') is the town ``municipality`` ('Mora kommun') is named after."""
    town = municipality.split()[0].removesuffix("s").lower()
    return place.lower().removesuffix("s") == town
