"""A state agency named with an effort takes part in it.

In texts about local crime prevention, an agency (Skatteverket, Kronofogden, Tullverket,
Försäkringskassan, a länsstyrelse) is named beside a municipality's or the police's effort because
it lends its powers to it: 'Kontrollerna i centrum gjordes med Tullverket', 'Insatsen mot
fusket ledde till att Försäkringskassan stoppade utbetalningar'. Whatever the verb, an agency
that a sentence names with an initiative PARTICIPATES_IN the initiative named nearest before it
(else the first after it), unless

- it runs it, or already stands in another relation to an initiative of that sentence;
- it is a court, the government or a body that decides over the effort rather than works in it
  ('upphävdes av tingsrätten', 'i uppdrag av regeringen'), or a source ('enligt Brå');
- the initiative is its own ('Skatteverkets kontroller').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["agency_partners"]

# Those who decide over an effort rather than take part in it: courts, the government, the Riksdag.
_DECIDING = re.compile(
    r"regering|riksdag|departement|domstol|tingsrätt|hovrätt|förvaltningsrätt|kammarrätt|övervakningsnämnd"
    r"|justitieombudsman|\bJO\b|datainspektion|integritetsskydd",
    re.IGNORECASE,
)
# Who commissions ('i uppdrag av') or is a source ('enligt') is no partner.
_AGENT = re.compile(r"\b(?:uppdrag\s+av|enligt)\s+(?:[\wåäö-]+\s+){0,2}$", re.IGNORECASE)
_TIES = frozenset({R.RUNS, R.PARTICIPATES_IN, R.FUNDS, R.PROPOSES, R.PART_OF})


def agency_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN of each agency a sentence names with an initiative."""
    running = {
        (r.source.canonical, r.target.canonical) for f in by_sentence.values() for r in f if r.type is R.RUNS
    }
    for i, mentions in enumerate(context.mentions):
        initiatives = [m for m in mentions if m.type is E.INITIATIVE]
        if not initiatives:
            continue
        sentence = context.sentences[i]
        tied = {
            r.source.canonical
            for r in by_sentence.get(i, ())
            if r.type in _TIES and r.target.type is E.INITIATIVE
        }
        for agency in mentions:
            if agency.type is not E.AGENCY or agency.canonical in tied or _DECIDING.search(agency.canonical):
                continue
            if _AGENT.search(sentence.text, 0, agency.start - sentence.start):
                continue
            target = _nearest(initiatives, agency)
            if (agency.canonical, target.canonical) in running or _owns(
                sentence.text, sentence.start, agency, target
            ):
                continue
            yield i, FoundRelation(agency, target, R.PARTICIPATES_IN, 0.4)


def _nearest(initiatives: list[Mention], agency: Mention) -> Mention:
    before = [m for m in initiatives if m.end <= agency.start]
    if before:
        return before[-1]
    after = [m for m in initiatives if m.start >= agency.end]
    return after[0] if after else initiatives[0]


def _owns(text: str, base: int, agency: Mention, initiative: Mention) -> bool:
    """'Skatteverkets kontroller': a genitive agency right before the initiative owns it."""
    return agency.text.endswith("s") and not text[agency.end - base : initiative.start - base].strip()
