"""A measure named again by the last part of its noun is placed where the echo says.

'Partierna vill ha fler ordningsvakter och fler kameror. – Vi vill se vakter både i Norrby
och Söderby.': 'vakter' is the 'ordningsvakter' of the sentence before, said shorter; the places
listed after it (``loaders.relations.places.trailing_places.places_after``) are where that measure is
ACTIVE_IN, with both sentences as evidence. The echo must be a word of at least five letters
that ends the head noun of exactly one initiative named in the two sentences before ('vakter' of
'fler ordningsvakter'), in a sentence that names no initiative of its own and does not deny it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.places.trailing_places import places_after

__all__ = ["measure_echo_relations"]

_WORD = re.compile(r"[a-zåäö]{5,}")
_REACH = 2  # sentences back to the measure
_DENIED = re.compile(r"\b(?:inte|ej|aldrig|utan)\b", re.IGNORECASE)
_CONFIDENCE = 0.5


def measure_echo_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the measures a sentence names again by their noun's end."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if any(m.type is E.INITIATIVE for m in mentions) or not any(m.type is E.PLACE for m in mentions):
            continue
        if _DENIED.search(sentence.text):
            continue
        heads = _measures_before(context, i)
        if not heads:
            continue
        for match in _WORD.finditer(sentence.text):
            if any(m.start <= sentence.start + match.start() < m.end for m in mentions):
                continue  # part of a name
            word = match.group(0)
            owners = {m.canonical: m for head, m in heads if head.endswith(word)}
            if len(owners) != 1:
                continue
            (measure,) = owners.values()
            echo = Mention(
                sentence.start + match.start(),
                sentence.start + match.end(),
                word,
                E.INITIATIVE,
                measure.canonical,
                rule="echo",
            )
            named = context.index_at(measure.start)
            for place in places_after(context, i, echo, first_list=True):
                found = FoundRelation(measure, place, R.ACTIVE_IN, _CONFIDENCE)
                if named is not None and named != i:
                    yield named, found  # the evidence is both sentences
                yield i, found


def _measures_before(context: RelationContext, i: int) -> list[tuple[str, Mention]]:
    """(head noun, initiative) of the initiatives the sentences before name."""
    found = []
    for j in range(max(0, i - _REACH), i):
        for mention in context.mentions[j]:
            if mention.type is E.INITIATIVE and mention.rule != "anaphor":
                words = re.findall(r"[\wåäö]+", mention.canonical.lower())
                if words:
                    found.append((words[-1], mention))
    return found
