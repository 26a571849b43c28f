"""An effort started because of events in a place is active there.

Police and municipal texts open with what prompted an operation: 'Efter skjutningarna i Norrby
inleder polisen en särskild insats', 'Med anledning av oroligheterna på Söderby i Åby har
kommunen beslutat om extra fältassistenter'. The places of the events ('i Norrby', 'i stadsdelen
Söderby i Åby': both) are where the one initiative of the sentence works. What is only wished
for or planned is active nowhere yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.places.presence import UNREALISED

__all__ = ["prompting_event_relations"]

_EVENTS = re.compile(
    r"\b(?:efter|till\s+följd\s+av|med\s+anledning\s+av|på\s+grund\s+av)\s+(?:[\wåäö-]+\s+){0,4}?"
    r"(?:händelse|händelserna|händelser|skjutning|skjutningen|skjutningar|skjutningarna|dödsskjutning\w*|mord|morden"
    r"|oroligheter|oroligheterna|bränder|bränderna|anlagda\s+bränder|explosion\w*|sprängning\w*|våldsdåd\w*"
    r"|upplopp\w*|stenkastning\w*|gängvåld\w*|konflikt\w*|bråk\w*)\s+(?:i|på)\s+(?:(?:stadsdelen|området|bostadsområdet)\s+)?",
    re.IGNORECASE,
)
# 'i Söderby i Åby', 'i Norrby och Västby': the places that go on the events' place.
_MORE = re.compile(r"\s*(?:,|och|samt)?\s*(?:i|på)?\s*", re.IGNORECASE)


def prompting_event_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives prompted by events in places."""
    for i, sentence in enumerate(context.sentences):
        events = _EVENTS.search(sentence.text)
        if events is None or UNREALISED.search(sentence.text):
            continue
        initiatives = {m.canonical: m for m in context.mentions[i] if m.type is E.INITIATIVE}
        if len(initiatives) != 1:
            continue
        (initiative,) = initiatives.values()
        position = sentence.start + events.end()
        for place in sorted((m for m in context.mentions[i] if m.type is E.PLACE), key=lambda m: m.start):
            if place.start < position:
                continue
            if not _MORE.fullmatch(
                context.sentences[i].text[position - sentence.start : place.start - sentence.start]
            ):
                break
            yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.45)
            position = place.end
