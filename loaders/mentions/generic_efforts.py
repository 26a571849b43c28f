"""Work of a kind that someone conducts, which names no one effort: 'bedriva brottsförebyggande arbete'.

Swedish 'bedriva' takes a bare noun of activity ('bedriva förebyggande arbete', 'bedriver
trygghetsskapande verksamhet'): the phrase says what kind of work an actor does, as 'bedriva
handel' does, not which effort. With a determiner ('bedriva ett gemensamt arbete'), a complement
('bedriva arbete mot langning') or a definite form the text points at one effort, which is
read as usual.

Nor does a bare effort noun after a noun of worth or need name one effort: 'vikten av samarbete
kring tryggheten', 'behov av samverkan mot narkotika' speak of collaboration as such; nor one
that a sentence judges as a kind ('samverkan kring åtgärder för trygghet är en grundförutsättning',
'förebyggande arbete är avgörande').
"""

from __future__ import annotations

import re

__all__ = ["is_conducted_activity", "is_judged_in_general", "is_valued_in_general"]

_CONDUCT_BEFORE = re.compile(r"(?<![\w-])bedr(?:iva|iver|ivs|evs|ev|ivit|ivet|ivits)[ \t]+\Z", re.IGNORECASE)


def is_conducted_activity(text: str, start: int, *, definite: bool, complement: str) -> bool:
    """Whether the bare phrase at ``start`` is the object of 'bedriva' with no complement."""
    if definite or complement:
        return False
    return bool(_CONDUCT_BEFORE.search(text, max(0, start - 16), start))


_WORTH_BEFORE = re.compile(
    r"(?<![\w-])(?:vikten|betydelsen|behovet|behov|värdet|nyttan|nödvändigheten|effekt|effekten)[ \t]+av[ \t]+\Z",
    re.IGNORECASE,
)


def is_valued_in_general(text: str, start: int, *, definite: bool) -> bool:
    """Whether the bare phrase at ``start`` follows 'vikten av', 'behov av' and the like."""
    return not definite and bool(_WORTH_BEFORE.search(text, max(0, start - 24), start))


_JUDGED_AFTER = re.compile(
    r"[ \t]+(?:är|blir|var)[ \t]+(?:också[ \t]+|alltid[ \t]+|därför[ \t]+)?(?:en[ \t]+|ett[ \t]+)?"
    r"(?:[a-zåäö]+[ \t]+)?(?:grundförutsättning|förutsättning|framgångsfaktor|nyckel|viktig|viktigt|"
    r"avgörande|nödvändig|nödvändigt|centralt|central|grundläggande|lönsamt|lönsam)(?![\w-])",
    re.IGNORECASE,
)


def is_judged_in_general(text: str, end: int, *, definite: bool) -> bool:
    """Whether the bare phrase ending at ``end`` is the subject of a judgement of its kind:
    'samverkan kring trygghet är en grundförutsättning', 'förebyggande arbete är avgörande'."""
    return not definite and bool(_JUDGED_AFTER.match(text, end))
