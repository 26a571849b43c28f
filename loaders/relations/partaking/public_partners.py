"""A state agency or a municipality's working unit named with an effort takes part in it; so does a
municipality named with an effort that the police or another kind of actor runs.

In texts about local crime prevention, an agency (Skatteverket, Kronofogden, Tullverket,
Försäkringskassan, a länsstyrelse) or a working unit of the municipality (socialtjänsten, skolan,
räddningstjänsten, a förvaltning) is named beside an effort because it lends its powers to it:
'Kontrollerna i centrum gjordes med Tullverket', 'Insatsen mot fusket ledde till att
Försäkringskassan stoppade utbetalningar'. Whatever the verb, such an actor that a main clause
names with an initiative PARTICIPATES_IN the initiative named nearest before it in that clause
(else the first after it), unless

- the sentence denies something ('deltar inte längre');
- it runs it, or already stands in another relation to an initiative of that sentence;
- it is a court, the government or a body that decides over the effort rather than works in it
  ('upphävdes av tingsrätten', 'i uppdrag av regeringen'), or a source ('enligt Brå');
- the initiative is its own ('Skatteverkets kontroller');
- it is a municipality's political body or council, which decides or is the effort itself
  ('kommunstyrelsen', 'brottsförebyggande rådet'), or a genitive ('socialtjänstens personal');
- it is a municipality and no other kind of actor runs the effort (a municipality's efforts
  are mostly its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation, related_pairs

__all__ = ["public_partners"]

# Those who decide over an effort rather than take part in it: courts, the government, the Riksdag.
_DECIDING = re.compile(
    r"regering|riksdag|departement|domstol|tingsrätt|hovrätt|förvaltningsrätt|kammarrätt|övervakningsnämnd"
    r"|justitieombudsman|\bJO\b|datainspektion|integritetsskydd",
    re.IGNORECASE,
)
# Who commissions ('i uppdrag av') or is a source ('enligt') is no partner.
_AGENT = re.compile(r"\b(?:uppdrag\s+av|enligt)\s+(?:[\wåäö-]+\s+){0,2}$", re.IGNORECASE)
_WORKING_UNIT = re.compile(
    r"socialtjänst|förvaltning|skola|skolan|fritid|räddningstjänst|elevhälsa", re.IGNORECASE
)
# A genitive that modifies a noun ('socialtjänstens personal') names no partner of its own.
_POSSESSOR = re.compile(r"(?<=s)\s+[a-zåäö]")
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig|utan|icke)\b", re.IGNORECASE)
# Where one main clause ends and the next begins: 'X är aktiv, och A ingår i B'.
_CLAUSE_BREAK = re.compile(r",\s*(?:och|men|samt|medan)\s+|;\s*|:\s+")
_PARTNER_TYPES = frozenset({E.AGENCY, E.MUNICIPAL_BODY, E.MUNICIPALITY})
# A municipality's working units take part as the agencies do; its political bodies and councils
# decide or are the effort themselves ('socialtjänsten' takes part, 'kommunstyrelsen' decides).
_DECIDING_BODY = re.compile(
    r"(?:råd|rådet|nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|forum|grupp|gruppen)\b",
    re.IGNORECASE,
)
_TIES = frozenset({R.RUNS, R.PARTICIPATES_IN, R.FUNDS, R.PROPOSES, R.PART_OF})


def public_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN of each actor or working unit a sentence names with an initiative."""
    running = related_pairs(by_sentence, R.RUNS)
    runners = {
        (r.source.type, r.target.canonical) for f in by_sentence.values() for r in f if r.type is R.RUNS
    }
    for i, mentions in enumerate(context.mentions):
        initiatives = [m for m in mentions if m.type is E.INITIATIVE]
        sentence = context.sentences[i]
        if not initiatives or _NEGATED.search(sentence.text):
            continue
        tied = {
            r.source.canonical
            for r in by_sentence.get(i, ())
            if r.type in _TIES and r.target.type is E.INITIATIVE
        }
        for actor in mentions:
            if (
                actor.type not in _PARTNER_TYPES
                or actor.canonical in tied
                or _DECIDING.search(actor.canonical)
            ):
                continue
            if _AGENT.search(sentence.text, 0, actor.start - sentence.start):
                continue
            if actor.type is E.MUNICIPAL_BODY and (
                _DECIDING_BODY.search(actor.canonical)
                or not _WORKING_UNIT.search(actor.canonical)
                or _POSSESSOR.match(sentence.text, actor.end - sentence.start)
            ):
                continue
            target = _nearest(_same_clause(sentence.text, sentence.start, initiatives, actor), actor)
            if target is None:
                continue
            if actor.type is E.MUNICIPALITY and not any(
                t == target.canonical and kind is not E.MUNICIPALITY for kind, t in runners
            ):
                continue  # a municipality takes part only in what another kind of actor runs
            if (actor.canonical, target.canonical) in running or _owns(
                sentence.text, sentence.start, actor, target
            ):
                continue
            yield i, FoundRelation(actor, target, R.PARTICIPATES_IN, 0.4)


def _same_clause(text: str, base: int, initiatives: list[Mention], actor: Mention) -> list[Mention]:
    """The initiatives of the actor's own main clause."""
    starts = [base] + [base + b.end() for b in _CLAUSE_BREAK.finditer(text)]
    lo = max(s for s in starts if s <= actor.start)
    hi = min((s for s in starts if s > actor.start), default=base + len(text))
    return [m for m in initiatives if lo <= m.start and m.end <= hi]


def _nearest(initiatives: list[Mention], actor: Mention) -> Mention | None:
    before = [m for m in initiatives if m.end <= actor.start]
    if before:
        return before[-1]
    after = [m for m in initiatives if m.start >= actor.end]
    return after[0] if after else None


def _owns(text: str, base: int, actor: Mention, initiative: Mention) -> bool:
    """'Skatteverkets kontroller': a genitive actor right before the initiative owns it."""
    return actor.text.endswith("s") and not text[actor.end - base : initiative.start - base].strip()
