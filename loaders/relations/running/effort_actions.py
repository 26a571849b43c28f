"""Who acts during an effort carries it out: 'Under insatsen Svepet har polisen gripit 20 personer'.

A police press release tells an operation by what was done in it: 'Under insatsen har polisen
beslagtagit vapen', 'Polisen har under operationen kontrollerat 300 fordon'. The organisation that
acts in a clause whose time is the effort ('under insatsen X', or 'under insatsen' for the effort
named in the sentences just before) carries the effort out and RUNS it. A named effort counts,
and the definite nouns of efforts ('insatsen', 'operationen', 'satsningen', 'projektet',
'kampanjen') refer back to the effort named last in the three sentences before.

The actors are the organisations of the clause that no preposition governs ('tillsammans med
kommunen' is a partner, read elsewhere); a negated or merely wished clause states nothing.

Also: 'Rådets uppgift är att ta fram en handlingsplan', 'Nämndens uppdrag är att samordna X':
the organisation whose task it is runs the efforts the task names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS, PREPOSITIONS

__all__ = ["effort_action_relations"]

_EFFORT_NOUN = r"(?:insatsen|operationen|satsningen|projektet|kampanjen|aktionen|tillslaget)"
# Case-insensitive but for the capital that opens a name after the noun ('insatsen Svepet').
_DURING = re.compile(
    rf"\b(?i:under\s+(?:den\s+\w+\s+|hela\s+)?(?P<noun>{_EFFORT_NOUN}))(?P<named>\s+[A-ZÅÄÖ])?"
)
_NOT_DONE = re.compile(
    r"\b(?:inte|ej|aldrig|vill|ville|bör|borde|skulle|kan|kunde|planerar|föreslår|kräver)\b", re.IGNORECASE
)
_LOOK_BACK = 3  # sentences in which 'insatsen' finds the effort it refers to
# 'Rådets uppgift är att', 'Nämndens uppdrag är bland annat att'.
_TASK = re.compile(
    r"\A(?:s)?\s+(?:främsta\s+|huvudsakliga\s+|viktigaste\s+)?(?:uppgift|uppgifter|uppdrag)\s+(?:är|blir|var)\s+"
    r"(?:bland\s+annat\s+|främst\s+|framför\s+allt\s+)?att\s+",
    re.IGNORECASE,
)
_CONFIDENCE = 0.5


def effort_action_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) of the organisations acting during an effort, or whose task it is."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if not any(m.type in ORGANISATIONS for m in mentions):
            continue
        text, base = sentence.text, sentence.start
        yield from ((i, f) for f in _tasks(text, base, mentions))
        during = _DURING.search(text)
        if during is None or _NOT_DONE.search(text):
            continue
        effort = _effort(context, i, during)
        if effort is None:
            continue
        for actor in _acting(text, base, mentions, effort):
            yield i, FoundRelation(actor, effort, R.RUNS, _CONFIDENCE)


def _effort(context: RelationContext, i: int, during: re.Match[str]) -> Mention | None:
    """The effort 'under insatsen (X)' is about: the initiative named there, else the last one before."""
    base = context.sentences[i].start
    at, end = base + during.start("noun"), base + during.end()
    for m in context.mentions[i]:
        if m.type == E.INITIATIVE and m.start < end and m.end > at:
            return m
    if during.group("named"):
        return None  # a name the mentions did not read: not an effort told before
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        named = [m for m in context.mentions[j] if m.type == E.INITIATIVE]
        if named:
            return named[-1]
    return None


def _acting(text: str, base: int, mentions: Sequence[Mention], effort: Mention) -> list[Mention]:
    """The organisations of the sentence that no preposition governs, nor the list a preposition
    opens ('samverkar polisen med kommunen, Skatteverket och Tullverket')."""
    acting = []
    governed_until = -1  # where the last list a preposition governs ended
    for m in mentions:
        if m.type not in ORGANISATIONS or m.canonical == effort.canonical:
            continue
        words = text[: m.start - base].split()
        if (words and words[-1].lower() in PREPOSITIONS) or (
            governed_until >= 0 and _LIST_LINK.fullmatch(text, governed_until - base, m.start - base)
        ):
            governed_until = m.end
            continue
        governed_until = -1
        acting.append(m)
    return acting


_LIST_LINK = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+)")


def _tasks(text: str, base: int, mentions: Sequence[Mention]) -> list[FoundRelation]:
    """'Rådets uppgift är att ta fram X och Y': the organisation runs X and Y."""
    for n, m in enumerate(mentions):
        if m.type not in ORGANISATIONS or not m.text.endswith("s"):
            continue
        task = _TASK.match(text[m.end - base :])
        if task is None:
            continue
        start = m.end - base + task.end()
        return [
            FoundRelation(m, x, R.RUNS, _CONFIDENCE)
            for x in mentions[n + 1 :]
            if x.type == E.INITIATIVE and x.start - base >= start
        ]
    return []
