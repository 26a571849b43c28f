"""People who lead an operation or a project by title: 'insatsen leddes av insatsledare Eva Ek och
hennes biträdande insatsledare Per Lind', 'utsåg Anna Berg som kommenderingschef för den särskilda
händelsen', 'projektledare Sara Holm'.

A leader's title says the person runs the initiative it is about (ONTOLOGY: those who carry out an
effort run it when one leads). The initiative is the one the sentence names, else the one named
nearest before it in the sentence before (the title usually comes right after the operation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["leader_relations"]

_TITLE = (
    r"(?:biträdande\s+)?(?:insatsledare|insatschef|kommenderingschef|projektledare|projektansvarig"
    r"|förundersökningsledare|utredningsledare)(?:n|en)?"
)
# The title right before the name ('insatsledare Eva Ek', 'polisens insatschef, Eva Ek,') ...
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}\s*,?\s*\Z", re.IGNORECASE)
# ... or after it ('Eva Ek som kommenderingschef', 'Eva Ek, projektledare,').
_TITLE_AFTER = re.compile(rf"\A\s*(?:,\s*|\s+som\s+|\s+är\s+|\s+blir\s+){_TITLE}\b", re.IGNORECASE)


def leader_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from each titled leader to the initiative the title is about."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        for person in context.mentions[i]:
            if person.type != E.PERSON:
                continue
            start, end = person.start - sentence.start, person.end - sentence.start
            if not (_TITLE_BEFORE.search(text, max(0, start - 40), start) or _TITLE_AFTER.match(text[end:])):
                continue
            initiative = _led(context, i, person)
            if initiative is not None:
                yield i, FoundRelation(person, initiative, R.RUNS, 0.55)


def _led(context: RelationContext, i: int, person: Mention) -> Mention | None:
    """The one initiative of the sentence, else the last one of the sentence before."""
    here = {m.canonical: m for m in context.mentions[i] if m.type == E.INITIATIVE}
    if len(here) == 1:
        return next(iter(here.values()))
    if here or i == 0:
        return None  # several: which one the title is about is not said
    before = [m for m in context.mentions[i - 1] if m.type == E.INITIATIVE]
    return before[-1] if before else None
