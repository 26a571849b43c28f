"""A district or village named with its municipality or its town lies in the municipality's place.

'i Lövby i Åby kommun', 'i Lövby inom Åby kommun', 'i Lövby, Åby kommun': the place is
LOCATED_IN Åby (the place the municipality is named after; places lie in places). A list before
the municipality distributes ('i Lövby, Norrby och Söderby i Åby kommun'). A village 'utanför' or
'norr om' a town is that town's ('en gård i Lövby utanför Åby'): a municipality bears its town's name. A town named before
another municipality ('Mora, Orsa kommun') is a list of towns, not a containment, and a district
the gazetteer puts in another municipality is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.criminal.group_bases import municipality_place
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["municipality_places"]

_WITHIN = re.compile(r"\s+(?:i|inom)\s+|\s*,\s*", re.IGNORECASE)
# A village by a town: 'Lövby utanför Mora', 'Lövby strax norr om Mora'.
_OUTSIDE = re.compile(
    r"\s+(?:(?:strax|precis|en\s+bit|några\s+mil|ett\s+par\s+mil)\s+)?(?:utanför|norr\s+om|söder\s+om|öster\s+om|väster\s+om)\s+",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*(?:,|och|samt)\s*(?:(?:i|på)\s+)?", re.IGNORECASE)
_CONFIDENCE = 0.65


def municipality_places(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) of the places each sentence names with their municipality."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        for k in range(1, len(mentions)):
            municipality = mentions[k]
            part = mentions[k - 1]
            between = sentence.text[part.end - sentence.start : municipality.start - sentence.start]
            if part.type is not E.PLACE:
                continue
            if (
                municipality.type is E.PLACE
                and _is_town(context, municipality)
                and _OUTSIDE.fullmatch(between)
            ):
                whole: Mention | None = municipality  # 'Lövby utanför Mora': a village of Mora's
            elif municipality.type is E.MUNICIPALITY and _WITHIN.fullmatch(between):
                whole = context.place_of(municipality) or municipality_place(context, municipality)
            else:
                continue
            if whole is None:
                continue
            for place in [*_listed_before(context, i, k - 1), part]:
                if place.canonical != whole.canonical and _may_lie_in(context, place, whole):
                    yield i, FoundRelation(place, whole, R.LOCATED_IN, _CONFIDENCE)


def _listed_before(context: RelationContext, i: int, k: int) -> list[Mention]:
    """The places listed right before mention ``k`` ('Lövby, Norrby och Söderby')."""
    sentence = context.sentences[i]
    mentions = context.mentions[i]
    listed: list[Mention] = []
    while k > 0:
        before, after = mentions[k - 1], mentions[k]
        gap = sentence.text[before.end - sentence.start : after.start - sentence.start]
        if before.type is not E.PLACE or not _LISTED.fullmatch(gap):
            break
        listed.append(before)
        k -= 1
    return listed


def _is_town(context: RelationContext, place: Mention) -> bool:
    return any(
        e.type == E.PLACE.value and e.attribute("code") for e in context.gazetteer.by_name(place.canonical)
    )


def _may_lie_in(context: RelationContext, place: Mention, whole: Mention) -> bool:
    """Not a town of its own, and not a district the gazetteer puts in another municipality."""
    entries = [e for e in context.gazetteer.by_name(place.canonical) if e.type == E.PLACE.value]
    if any(e.attribute("code") or e.attribute("kind") for e in entries):
        return False
    known = {e.attribute("municipality") for e in entries} - {None}
    return not known or whole.canonical in known
