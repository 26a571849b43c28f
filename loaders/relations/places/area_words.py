"""'i länet', 'i hela kommunen': an initiative's place named by a word for the document's area.

A county's or municipality's own text says 'medborgardialoger i samtliga kommuner i länet',
'Metoden införs nu i hela kommunen': the area word stands for the county the document names (the
one county it names) or for the document's own town. The one initiative of the sentence, named
before the area word, is ACTIVE_IN that place. 'kommunen' alone is the municipality as an
organisation, so only 'hela kommunen' is read as a place.
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

__all__ = ["area_word_relations"]

_COUNTY_WORD = re.compile(
    r"\b(?:i|inom|över)\s+(?:hela\s+|(?:samtliga|alla)\s+(?:kommuner|delar)\s+(?:i|av)\s+)?länet\b",
    re.IGNORECASE,
)
_TOWN_WORD = re.compile(r"\b(?:i|inom|för)\s+hela\s+kommunen\b", re.IGNORECASE)


def area_word_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives placed in the document's county or town."""
    county = _county(context)
    town = context.home_place
    for i, sentence in enumerate(context.sentences):
        initiatives = {m.canonical: m for m in context.mentions[i] if m.type is E.INITIATIVE}
        if len(initiatives) != 1 or UNREALISED.search(sentence.text):  # the pattern last: it costs most
            continue
        (initiative,) = initiatives.values()
        for pattern, place in ((_COUNTY_WORD, county), (_TOWN_WORD, town)):
            match = pattern.search(sentence.text, initiative.end - sentence.start)
            if match is not None and place is not None:
                yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.45)


def _county(context: RelationContext) -> Mention | None:
    """The one county the document names."""
    counties = {
        m.canonical: m
        for _, m in context.all_mentions()
        if m.type is E.PLACE and m.canonical.endswith(" län")
    }
    return next(iter(counties.values())) if len(counties) == 1 else None
