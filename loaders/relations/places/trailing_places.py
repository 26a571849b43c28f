"""The places a sentence lists after its one initiative are where that initiative is active.

'Polisen har gjort en riktad insats mot langning i Norrby och på Västby torg', 'Kommunen ska
avge ett medborgarlöfte för ökad trygghet i de centrala delarna av Åby och Öby samt i
stadskärnan': the locative phrases after the initiative say where it works, whether they modify
its name or its purpose. Only a sentence with a single initiative is read (with two, which one a
place belongs to is not clear), only places after it, each opened by a locative preposition ('i',
'på', 'inom', 'i de centrala delarna av') or continuing a list of them ('A, B och C', 'samt i D').
A place in a clause that is no longer the initiative's (after ';', ':', 'som', 'än', 'där') is not
read, nor a sentence that denies or only weighs the initiative, nor the document's own town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["places_after", "trailing_place_relations"]

# A locative opening right before a place: 'i Norrby', 'på torget i', 'i de centrala delarna av'.
_LOCATIVE = re.compile(
    r"(?:\b(?:i|på|inom)\s+(?:(?:de|den|det|hela|centrala|centrum|södra|norra|västra|östra"
    r"|delarna|delen|området|områdena|stadsdelen|stadsdelarna|bostadsområdet)\s+){0,4}(?:av\s+)?)$",
    re.IGNORECASE,
)
# Between two places of one list: ', ', ' och ', ' samt i ', ' och på '.
_LIST_GAP = re.compile(r"\s*(?:,|och|samt|,\s*och)\s*(?:(?:i|på|inom)\s+)?", re.IGNORECASE)
# A new clause whose places are another event's: 'de gäng som slogs i Åby', 'lägre i Åby än ...'.
_CLAUSE_BREAK = re.compile(r"[;:!?]|\s[–-]\s|\b(?:som|än|där|när|men)\b", re.IGNORECASE)
# A sentence that denies or only weighs the initiative says nothing of where it works.
_UNSETTLED = re.compile(
    r"\b(?:inte|ej|aldrig|utreda|utreds|undersöka|överväga|pröva|skulle|vore|se\s+över)\b|\b(?:vill|föreslår|kräver|yrkar)\b",
    re.IGNORECASE,
)


def trailing_place_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of a sentence's one initiative and the places listed after it."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        initiatives = [m for m in mentions if m.type is E.INITIATIVE]
        if len({m.canonical for m in initiatives}) != 1 or initiatives[0].rule == "anaphor":
            continue
        initiative = initiatives[0]
        if _UNSETTLED.search(sentence.text):
            continue
        for place in places_after(context, i, initiative):
            yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.55)


def places_after(
    context: RelationContext, i: int, initiative: Mention, *, first_list: bool = False
) -> Iterator[Mention]:
    """The places sentence ``i`` lists after ``initiative`` in its clause, each opened by a
    locative preposition or continuing a list of them; with ``first_list``, only the first list
    ('vakter i A och B och nya områden i C': A and B)."""
    sentence = context.sentences[i]
    text = sentence.text
    begin, at = initiative.start - sentence.start, initiative.end - sentence.start
    stop = _CLAUSE_BREAK.search(text, at)
    end = stop.start() if stop else len(text)
    previous_end: int | None = None
    for mention in context.mentions[i]:
        start = mention.start - sentence.start
        if start < begin or start >= end:
            continue
        place = _as_place(context, mention)
        if place is None or mention is initiative:
            if mention is not initiative and start >= at:
                previous_end = None
            continue
        opened = _LOCATIVE.search(text[max(begin, start - 60) : start]) is not None
        listed = previous_end is not None and _LIST_GAP.fullmatch(text[previous_end:start]) is not None
        if first_list and previous_end is not None and not listed:
            return
        if opened or listed:
            yield place
            previous_end = mention.end - sentence.start
        else:
            previous_end = None


def _as_place(context: RelationContext, mention: Mention) -> Mention | None:
    """A named place other than the document's own town: 'trygghet i Åby' on Åby's own page is the
    goal of the whole municipality's work, not the site of one effort; a municipality after an
    initiative is mostly its owner ('arbetet inom Åby kommun')."""
    if mention.type is not E.PLACE:
        return None
    home = context.home_place
    return None if home is not None and home.canonical == mention.canonical else mention
