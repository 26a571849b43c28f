"""Money put into a measure that no mention names: 'Vi lade extra pengar i budgeten inom
kommunstyrelsen för trygghetsskapande åtgärder', 'Nämnden avsätter 2 miljoner kronor till
förebyggande insatser'. The measure after 'för'/'till' is an ``Initiative``; whoever puts the money
(the subject, 'vi', the body the budget lies 'inom') FUNDS it, with the sum if one is given, as
``proposed`` where the sentence only proposes and ``decided`` otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.politics.amounts import find_amounts
from loaders.relations.triggers import ORGANISATIONS, PREPOSITIONS, PROPOSAL_CUES

__all__ = ["spent_on"]

_SPEND = re.compile(
    r"\b(?:lade|lägger|lagt|satsar|satsade|satsat|avsätter|avsatte|avsatt|skjuter\s+till|sköt\s+till|skjutit\s+till"
    r"|tillför|tillförde|tillfört|anslår|anslog|anslagit|beviljar|beviljade|beviljat|budgeterar|budgeterade"
    r"|budgeterat|investerar|investerade|investerat|bidrar\s+med|bidrog\s+med|bidragit\s+med"
    r"|(?:vill|ska)\s+(?:[\wåäö]+\s+)?(?P<have>ha))"
    r"\s+(?:[\wåäö,]+\s+){0,4}?"
    r"(?:pengar|medel|resurser|kronor|kr|mnkr|miljoner|miljarder)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(r"pengar|medel|resurser|kronor|kr\b|mnkr|miljon|miljard")
_PURPOSE = re.compile(
    r"\s+(?:[^.;:]{0,60}?\s)??(?:för|till)\s+(?:just\s+|bland\s+annat\s+)?(?P<what>[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,3})",
)
_WHAT_END = re.compile(
    r"\s+(?:och|som|där|när|i|på|inom|under|för|med|men|eftersom|säger|sa|sade)\b|[,.;:]", re.IGNORECASE
)
# 'brottsförebyggande och trygghetsskapande insatser': adjectives joined by 'och' are one phrase.
_ADJECTIVE_AND = re.compile(r"\b[\wåäö]+(?:nde|iga|ska)\s+och\s+[\wåäö]+(?:nde|iga|ska)\s+")
# 'varje år avsätter kommunen medel för ...': a standing arrangement, no funding of a measure.
_HABITUAL = re.compile(r"\b(?:varje|vart)\s+år\b|\bårligen\b|\blöpande\b", re.IGNORECASE)
_WITHIN = re.compile(r"\binom\s+$", re.IGNORECASE)
_WE = re.compile(r"\bvi\b", re.IGNORECASE)
_NOT_MEASURE = frozenset(
    {"att", "det", "den", "de", "detta", "dessa", "som", "oss", "sig", "år", "året", "perioden"}
)


def spent_on(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for money put into a measure named after it."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if not _MONEY_WORDS.search(text) or _HABITUAL.search(text):
            continue
        for spend in _SPEND.finditer(text):
            purpose = _PURPOSE.match(text, spend.end())
            if purpose is None:
                continue
            measure = _measure(context, i, purpose)
            if measure is None:
                continue
            # 'I budgeten vill Liberalerna ha 4 miljoner ...': the subject may stand before 'ha'.
            funders = _funders(context, i, spend.start("have") if spend.group("have") else spend.start())
            if not funders:
                continue
            properties: dict[str, object] = {
                "status": "proposed" if PROPOSAL_CUES.search(text) else "decided"
            }
            amounts = find_amounts(text[spend.start() : purpose.start("what")])
            if amounts:
                properties["amount_sek"] = amounts[0].sek
            for funder in funders:
                yield i, FoundRelation(funder, measure, R.FUNDS, 0.65, dict(properties))


def _measure(context: RelationContext, i: int, purpose: re.Match[str]) -> Mention | None:
    sentence = context.sentences[i]
    what = purpose.group("what")
    joined = _ADJECTIVE_AND.match(what)
    end = _WHAT_END.search(what, joined.end() if joined else 0)
    what = what[: end.start()] if end else what
    if not what or what.split()[0].lower() in _NOT_MEASURE:
        return None
    start = sentence.start + purpose.start("what")
    for m in context.mentions[i]:
        if start <= m.start < start + len(what) or m.start <= start < m.end:
            return m if m.type == E.INITIATIVE else None  # an actor is a recipient, read elsewhere
    # 'för projektet Trygg i X': the descriptor introduces the name after it, which is the measure.
    named = [m for m in context.mentions[i] if start + len(what) <= m.start <= start + len(what) + 1]
    if named and " " not in what:
        return named[0] if named[0].type == E.INITIATIVE else None
    return Mention(start, start + len(what), what, E.INITIATIVE, what, rule="spent_on")


def _funders(context: RelationContext, i: int, at: int) -> list[Mention]:
    """The subject before the verb, 'vi' (whose it is), and the body a budget lies within."""
    sentence = context.sentences[i]
    text = sentence.text
    out: list[Mention] = []
    for m in context.mentions[i]:
        rel = m.start - sentence.start
        if m.type not in ORGANISATIONS:
            continue
        words = text[:rel].split()
        before = words[-1].lower() if words else ""
        if rel < at and before not in PREPOSITIONS:
            out.append(m)
        elif _WITHIN.search(text, 0, rel):
            out.append(m)  # 'i budgeten inom kommunstyrelsen'
    if _WE.search(text, 0, at) and not any(m.start - sentence.start < at for m in out):
        we = context.we(i)
        if we is not None and we.type in ORGANISATIONS:
            out.append(we)
    return out
