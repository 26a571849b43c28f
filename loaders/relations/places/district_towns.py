"""A district named in a text about one town lies in that town.

'Polisen har ökat närvaron i Gränby.' in a text whose only town is Uppsala: a reader who knows
the town's districts places Gränby there (ONTOLOGY.md: a district is LOCATED_IN the town named
with it). Only districts the gazetteer puts in that town, or that the text names as districts
(in a list of them, after 'stadsdelen', as a part of a known place, as 'Östra stan', or listed
with a district of the town: 'i Gränby och på Kvarnbo'), and that no sentence already puts in
another place. A bare unknown name after 'i' may be a village of another
municipality, and streets and buildings lie in a district as often as in the town: for those the
text must say where they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["district_towns"]

_CONFIDENCE = 0.55
# A bare name after a place preposition ('på Kvarnbo') is a district when listed with one.
_LISTABLE_RULES = frozenset({"preposition_place"})
_LIST_GAP = re.compile(r"\s*(?:,|och|samt)\s*(?:(?:i|på)\s+)?", re.IGNORECASE)
_INSIDE_DISTRICTS = frozenset({"building", "street", "clubhouse", "centre", "town_side"})
# The rules that read a name as a district (not a bare capitalised word after 'i').
_DISTRICT_RULES = frozenset({"gazetteer", "listed_place", "kind_named_place", "place_part", "town_part"})


def district_towns(context: RelationContext, placed: set[str]) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) of each district of a one-town document not ``placed`` yet."""
    home = context.home_place
    if home is None or not _is_town(context, home.canonical):
        return
    towns = {
        m.canonical
        for found in context.mentions
        for m in found
        if m.type is E.PLACE and _is_town(context, m.canonical)
    }
    if towns != {home.canonical}:
        return  # a text about several towns does not say which one a district is in
    seen: set[str] = set()
    for i, found in enumerate(context.mentions):
        for mention in found:
            name = mention.canonical
            if mention.type is not E.PLACE or name in seen or name == home.canonical or name in placed:
                continue
            seen.add(name)
            if mention.rule in _INSIDE_DISTRICTS:
                continue
            if mention.rule in _DISTRICT_RULES:
                if not _may_be_district(context, name, home.canonical):
                    continue
            elif not _listed_with_district(context, i, mention, home.canonical):
                continue
            whole = next((t for t in found if t.canonical == home.canonical and t.type is E.PLACE), None)
            yield i, FoundRelation(mention, whole or home, R.LOCATED_IN, _CONFIDENCE)


def _listed_with_district(context: RelationContext, i: int, place: Mention, town: str) -> bool:
    """'i Norrby och på Kvarnbo': a name listed next to a district of the town is another one."""
    if place.rule not in _LISTABLE_RULES or context.gazetteer.lookup(place.canonical):
        return False
    text, offset = context.sentences[i].text, context.sentences[i].start
    found = context.mentions[i]
    at = found.index(place)
    pairs = [(found[at - 1], place)] if at > 0 else []
    pairs += [(place, found[at + 1])] if at + 1 < len(found) else []
    for before, after in pairs:
        other = after if before is place else before
        if (
            other.type is E.PLACE
            and other.rule in _DISTRICT_RULES
            and other.canonical != town
            and _known_in(context, other.canonical, town)
            and _LIST_GAP.fullmatch(text, before.end - offset, after.start - offset)
        ):
            return True
    return False


def _known_in(context: RelationContext, name: str, town: str) -> bool:
    """A district the gazetteer puts in ``town``, whatever other towns have one of that name."""
    entries = context.gazetteer.lookup(name)
    return not entries or any(
        e.type == E.PLACE.value and e.attribute("municipality") == town for e in entries
    )


def _is_town(context: RelationContext, name: str) -> bool:
    """A municipality's seat (the gazetteer gives it a municipality code)."""
    return any(e.type == E.PLACE.value and e.attribute("code") for e in context.gazetteer.by_name(name))


def _may_be_district(context: RelationContext, name: str, town: str) -> bool:
    """A place the gazetteer does not know, or knows only as a district of ``town``."""
    entries = context.gazetteer.lookup(name)
    return all(e.type == E.PLACE.value and e.attribute("municipality") == town for e in entries)
