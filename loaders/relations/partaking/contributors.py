"""Those who contribute their work to an effort named just before take part in it.

'I länet pågår ett utvecklingsprojekt. Länsstyrelsen har bidragit med kunskap och
utbildning.': an actor that 'bidrar med' knowledge, staff or support, in a sentence that names no
initiative of its own, takes part in the initiative named last in the sentences just before.
Money given is funding ('bidrar med två miljoner kronor'), read by the funding rules, and what is
denied or only wished for is nobody's part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.partaking.partner_clauses import listed_before, owns
from loaders.relations.places.presence import UNREALISED
from loaders.relations.triggers import allowed

__all__ = ["contributors"]

_CONTRIBUTES = re.compile(
    r"\s+(?:har\s+|hade\s+)?(?:(?:också|även|dessutom)\s+)?(?:bidragit|bidrog|bidrar)\s+(?:(?:också|även)\s+)?med\s+",
    re.IGNORECASE,
)
_MONEY = re.compile(r"\b(?:kronor|kr|mnkr|tkr|miljoner|miljon|msek|medel|pengar|bidrag)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig)\b", re.IGNORECASE)


def contributors(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PARTICIPATES_IN) of the actors that contribute to the effort named before."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        verb = _CONTRIBUTES.search(text)
        if verb is None or _MONEY.search(text) or _NEGATION.search(text) or UNREALISED.search(text):
            continue
        if any(m.type is E.INITIATIVE for m in context.mentions[i]):
            continue  # an effort of its own sentence is read with the verbs of taking part
        partners = listed_before(text, sentence.start, sentence.start + verb.start(), context.mentions[i])
        if not partners or text[: partners[0].start - sentence.start].strip():
            continue  # only the subject that opens the sentence
        target = recent_initiative(context, i, sentence.start)
        if target is None:
            continue
        for partner in partners:
            if not owns(partner, target) and allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                yield i, FoundRelation(partner, target, R.PARTICIPATES_IN, 0.5)
