"""An unnamed criminal group is active where the text places it: 'kriminella gäng i Norrby'.

A gang without a name is known by where it is: 'polisen slår till mot kriminella nätverk i
Norrby och på Söderby', 'gängen i centrum bråkar'. The place right after the group's noun is
where the group acts (ONTOLOGY.md: a group that is present in a place is ACTIVE_IN it). A named
group ('Bandidos i Åby') is left to the readings of its clause: there 'i Åby' may as well tell
where the writer met it, or its chapter. What is only wished for or denied is active nowhere.
The evidence is the sentence that names the group with its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.places.presence import UNREALISED

__all__ = ["group_place_relations"]

_CONFIDENCE = 0.5
_FIRST = re.compile(r"\s+(?:i|på|inom)\s+")
# between two places of a list: 'i Norrby, Söderby och på Öster'
_NEXT = re.compile(r"\s*(?:,|och|samt)\s*(?:(?:och|samt)\s+)?(?:(?:i|på|inom)\s+)?")


def group_place_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of each unnamed criminal group named with its place."""
    for i, mentions in enumerate(context.mentions):
        sentence = context.sentences[i]
        # Most sentences name no unnamed group: that is asked before the pattern runs.
        if not any(m.type is E.CRIMINAL_GROUP and m.generic for m in mentions) or UNREALISED.search(
            sentence.text
        ):
            continue
        places = sorted((m for m in mentions if m.type is E.PLACE), key=lambda m: m.start)
        for group in mentions:
            if group.type is not E.CRIMINAL_GROUP or not group.generic:
                continue
            for place in _places_after(sentence.start, sentence.text, group, places):
                yield i, FoundRelation(group, place, R.ACTIVE_IN, _CONFIDENCE)


def _places_after(offset: int, sentence: str, group: Mention, places: list[Mention]) -> list[Mention]:
    """The places that follow ``group`` as 'i X', 'i X och på Y', 'i X, Y och Z'."""
    found: list[Mention] = []
    end = group.end
    pattern = _FIRST
    for place in places:
        if place.start < end:
            continue
        between = sentence[end - offset : place.start - offset]
        if not pattern.fullmatch(between):
            break
        found.append(place)
        end = place.end
        pattern = _NEXT
    return found
