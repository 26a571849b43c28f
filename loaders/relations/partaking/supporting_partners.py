"""Those who lend their people or help to an effort take part in it.

- support: 'Insatsen genomfördes med stöd av A och B', 'Polisen fick förstärkning från A under
  operationen', 'A och B bistod i insatsen': whoever reinforces, assists or supports the work of
  the sentence (an initiative named in it, or the work a noun such as 'insatsen' points back to)
  PARTICIPATES_IN it;
- the work with its partners: 'Arbetet sker i samverkan med A och B', 'Insatsen görs tillsammans
  med A': a sentence about the work itself names its partners, whoever runs it.

Money is funding, read by the funding rules ('stöd från A med två miljoner kronor'); whoever runs
the initiative is no participant in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation, related_pairs
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.partaking.partner_clauses import listed_before, listed_from, taking_part

__all__ = ["supporting_partners"]

# The help and who gives it after: 'med stöd av', 'förstärkning från', 'assisterades av'.
_SUPPORT_FROM = re.compile(
    r"\b(?:(?:med|efter)\s+(?:\w+\s+)?(?:stöd|hjälp|bistånd|assistans|förstärkning)\s+(?:av|från)"
    r"|(?:förstärkning|förstärkningar|förstärkts|förstärktes|förstärkt|stöd|stöttning|hjälp|assistans|bistånd)"
    r"\s+(?:\w+\s+)?(?:av|från)"
    r"|(?:biträddes|biträds|assisterades|assisteras|stöttades|stöttas|understöddes)\s+(?:\w+\s+)?av)\s+",
    re.IGNORECASE,
)
_SUPPORT_FROM_GATE = WordGate(_SUPPORT_FROM)  # most sentences hold none of its words
# The help with who gives it before: 'A och B bistod', 'A har stöttat insatsen'.
_SUPPORT_BY = re.compile(
    r"\s+(?:(?:har|hade)\s+)?(?:(?:också|även)\s+)?(?:bistod|bistått|biträdde|biträtt|assisterade|assisterat"
    r"|stöttade|stöttat|understödde|förstärkte)\b",
    re.IGNORECASE,
)
# Nouns for the work at hand: the initiative named just before.
_WORK = re.compile(
    r"\b(?:arbetet|insatsen|insatserna|satsningen|projektet|operationen|aktionen|tillslaget|razzian"
    r"|kontrollen|kontrollerna|samarbetet|verksamheten|initiativet|programmet|kampanjen)\b",
    re.IGNORECASE,
)
# A sentence about the work itself: 'Arbetet sker i samverkan med', 'Insatsen görs tillsammans med'.
_WORK_SUBJECT = re.compile(
    r"^\s*[–•-]?\s*(?:(?:hela|det|den)\s+)?(?:[\wåäö-]+\s+)?(?P<work>arbetet|insatsen|insatserna|satsningen"
    r"|projektet|operationen|verksamheten|initiativet|programmet|kampanjen|kontrollerna)\s+"
    r"(?:[\wåäö]+\s+){1,4}?(?:i\s+(?:nära\s+|bred\s+|tät\s+)?(?:samverkan|samarbete)|tillsammans)\s+med\s+",
    re.IGNORECASE,
)
_MONEY = re.compile(r"\b(?:kronor|kr|mnkr|tkr|miljoner|miljon|msek|bidrag|medel)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig|utan)\b", re.IGNORECASE)


def supporting_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the support an effort gets and the partners its work names."""
    running = related_pairs(by_sentence, R.RUNS)
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        if _NEGATED.search(text) or _MONEY.search(text):
            continue
        mentions = context.mentions[i]
        for partners, target in _readings(context, i, text, base, mentions):
            yield from taking_part(i, partners, target, running)


def _readings(
    context: RelationContext, i: int, text: str, base: int, mentions: list[Mention]
) -> Iterator[tuple[list[Mention], Mention]]:
    for cue in _SUPPORT_FROM.finditer(text) if _SUPPORT_FROM_GATE.may_match(text) else ():
        partners = listed_from(text, base, base + cue.end(), mentions)
        target = _target(context, i, text, base, partners)
        if partners and target is not None:
            yield partners, target
    for cue in _SUPPORT_BY.finditer(text):
        partners = listed_before(text, base, base + cue.start(), mentions)
        target = _target(context, i, text, base, partners)
        if partners and target is not None:
            yield partners, target
    work = _WORK_SUBJECT.match(text)
    if work is not None:
        partners = listed_from(text, base, base + work.end(), mentions)
        target = _target(context, i, text, base, partners)
        if partners and target is not None:
            yield partners, target


def _target(
    context: RelationContext, i: int, text: str, base: int, partners: list[Mention]
) -> Mention | None:
    """The initiative the help goes to: the one the sentence names nearest the helpers, else the
    one a noun for the work points back to."""
    if not partners:
        return None
    initiatives = [m for m in context.mentions[i] if m.type is E.INITIATIVE]
    before = [m for m in initiatives if m.end <= partners[0].start]
    if before:
        return before[-1]
    after = [m for m in initiatives if m.start >= partners[-1].end]
    if after:
        return after[0]
    work = _WORK.search(text)
    if work is None:
        return None
    return recent_initiative(context, i, base + work.start(), noun=work.group(0))
