"""Whoever has the responsibility for an effort runs it.

'Polisen i Mora har huvudansvaret för den riktade insatsen mot langning', 'Ansvaret för
handlingsplanen ligger hos socialförvaltningen', 'De trygghetsskapande åtgärderna har
lokalpolisområde Mora ansvar för': the organisation responsible RUNS each initiative the
responsibility is for, whatever the word order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["responsible_runs"]

_RESPONSIBILITY = (
    r"(?:huvud|samordnings|det\s+övergripande\s+|det\s+yttersta\s+|övergripande\s+|yttersta\s+)?ansvar(?:et)?"
)
# 'X har huvudansvaret för Y'
_HAS = re.compile(
    rf"\s+(?:(?:har|hade|får|fick|tar|tog)\s+(?:också|även|nu|fortsatt)?\s*){_RESPONSIBILITY}\s+för\b", re.I
)
# 'Ansvaret för Y ligger hos X'
_LIES_WITH = re.compile(
    rf"\b{_RESPONSIBILITY}\s+för\b(?P<what>[^.;]{{3,120}}?)\b(?:ligger|låg|vilar|vilade)\s+(?:\w+\s+)?(?:hos|på)\s+",
    re.I,
)
# 'Y har X ansvar för.'
_FRONTED = re.compile(
    rf"\s+(?:har|hade)\s+(?P<who>[^.;]{{3,60}}?)\s+{_RESPONSIBILITY}\s+för\s*[.!]?\s*\Z", re.I
)
_CLAUSE_END = re.compile(r";|,\s*(?:men|medan|och\s+(?:det|de|han|hon|vi))\s|\s(?:men|medan)\s", re.I)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|ingen|inget)\b", re.I)


def responsible_runs(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from the organisation responsible to each initiative it is responsible for."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if "ansvar" not in text.lower() or _NEGATION.search(text):
            continue
        mentions = context.mentions[i]
        off = sentence.start
        initiatives = [m for m in mentions if m.type == E.INITIATIVE]
        if not initiatives:
            continue
        for has in _HAS.finditer(text):
            subject = _subject(mentions, off + has.start())
            if subject is None or text[subject.end - off : has.start()].strip():
                continue
            end = _CLAUSE_END.search(text, has.end())
            stop = off + (end.start() if end else len(text))
            for m in initiatives:
                if off + has.end() <= m.start and m.end <= stop:
                    yield i, FoundRelation(subject, m, R.RUNS, 0.7)
        for lies in _LIES_WITH.finditer(text):
            runner = _first_organisation(mentions, off + lies.end())
            if runner is None:
                continue
            for m in initiatives:
                if off + lies.start("what") <= m.start and m.end <= off + lies.end("what"):
                    yield i, FoundRelation(runner, m, R.RUNS, 0.7)
        fronted = _FRONTED.search(text)
        if fronted is not None:
            who = [
                m
                for m in mentions
                if off + fronted.start("who") <= m.start and m.end <= off + fronted.end("who")
            ]
            who = [m for m in who if m.type in ORGANISATIONS]
            if len(who) == 1:
                for m in initiatives:
                    if m.end <= off + fronted.start():
                        yield i, FoundRelation(who[0], m, R.RUNS, 0.7)


def _subject(mentions: list[Mention], at: int) -> Mention | None:
    """The organisation named right before ``at`` (the widest mention ending there: 'Polisen i Mora',
    not the place inside it)."""
    before = [m for m in mentions if m.end <= at]
    if not before:
        return None
    last = max(m.end for m in before)
    organisations = [m for m in before if m.end == last and m.type in ORGANISATIONS]
    return min(organisations, key=lambda m: m.start) if organisations else None


def _first_organisation(mentions: list[Mention], at: int) -> Mention | None:
    found = next((m for m in mentions if m.start >= at), None)
    return found if found is not None and found.start - at <= 2 and found.type in ORGANISATIONS else None
