"""A method or model used in a place is active there.

'Modellen kommer från Norge. Den används bland annat i Malmö och Umeå.', 'Metoden har prövats
under ett år i Åby': a sentence that opens with the method (a pronoun or a word for a method)
as the subject of a passive verb of use or trial puts the method named just before in the places
that follow ('i', 'på', lists distribute). Only use and trial count; a method only weighed or
wished for ('ska prövas', 'kan användas') is active nowhere yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.places.presence import UNREALISED

__all__ = ["method_place_relations"]

_USED = re.compile(
    r"^\s*(?:[–-]\s*)?(?:Den|Det|Metoden|Modellen|Arbetssättet|Arbetsmetoden|Konceptet|Programmet)\s+"
    r"(?:har\s+|hade\s+)?(?:(?:redan|också|även|sedan\s+länge|tidigare)\s+)?"
    r"(?:används|användes|använts|prövas|prövades|prövats|testas|testades|testats|tillämpas|tillämpades|tillämpats"
    r"|införs|infördes|införts|finns)\b",
    re.IGNORECASE,
)
_BEFORE_PLACE = re.compile(
    r"(?:\s+[\wåäö,-]+){0,6}?\s+(?:i|på)\s+\Z|\s*(?:,|och|samt)\s+(?:(?:i|på)\s+)?\Z", re.IGNORECASE
)
_WEIGHED = re.compile(r"\b(?:ska|skall|kan|kunde|skulle|bör|borde)\b", re.IGNORECASE)


def method_place_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the methods a sentence says are used in places."""
    for i, sentence in enumerate(context.sentences):
        match = _USED.match(sentence.text)
        if (
            match is None
            or UNREALISED.search(sentence.text)
            or _WEIGHED.search(sentence.text, 0, match.end())
        ):
            continue
        if any(m.type is E.INITIATIVE for m in context.mentions[i]):
            continue  # a method named in the sentence is read with it
        method = context.antecedent(i)
        if method is None:
            continue
        position = match.end()
        for place in sorted((m for m in context.mentions[i] if m.type is E.PLACE), key=lambda m: m.start):
            start = place.start - sentence.start
            if start < position:
                continue
            if not _BEFORE_PLACE.search(sentence.text[position:start]):
                break
            yield i, FoundRelation(method, place, R.ACTIVE_IN, 0.45)
            position = place.end - sentence.start
