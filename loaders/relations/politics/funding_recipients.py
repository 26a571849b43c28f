"""Money whose giver is said elsewhere: an agentless passive, or a recipient in the next sentence.

- 'I budgeten avsätts 3 miljoner kronor till projektet X': a sum set aside with no giver named
  comes from the organisation the document is about, its municipality (a municipal budget is
  the usual frame); without one, nothing is read.
- 'Länsstyrelsen har beviljat 14 kommuner medel. Projektet X i Ystad fick 300 000 kronor.': a
  recipient that 'fick'/'får' a sum with no giver named gets it from the one who funded in the
  sentence before.

The sum goes with the relation as ``amount_sek``; a proposed sum is read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.politics.amounts import find_amounts

__all__ = ["funding_recipient_relations"]

_SET_ASIDE = re.compile(
    r"\b(?:avsätts|avsattes|anslås|anslogs|satsas|satsades|tillförs|tillfördes|budgeteras|budgeterades)\b",
    re.IGNORECASE,
)
_RECEIVES = re.compile(
    r"\b(?:fick|får|har\s+fått|hade\s+fått|tilldelades|tilldelas|beviljades|beviljas)\b", re.I
)
_GIVER = re.compile(r"\b(?:från|av|ur)\b", re.IGNORECASE)
_UNREALISED = re.compile(r"\b(?:föreslås|föreslår|vill|kan|skulle|bör|borde|ska|skall)\b", re.IGNORECASE)
_CONFIDENCE = 0.55


def funding_recipient_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, FUNDS) for sums whose giver the sentence does not name."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        initiatives = [m for m in mentions if m.type == E.INITIATIVE]
        text = sentence.text
        if not initiatives or _UNREALISED.search(text) or any(f.type is R.FUNDS for f in found.get(i, ())):
            continue
        amounts = find_amounts(text)
        if not amounts:
            continue
        properties = {"amount_sek": amounts[0].sek}
        if _SET_ASIDE.search(text) and not any(m.type != E.INITIATIVE for m in mentions):
            giver = context.home_municipality
        elif (received := _RECEIVES.search(text)) and not _GIVER.search(text, received.end()):
            giver = _funder_before(found, i)
        else:
            continue
        if giver is None:
            continue
        for initiative in initiatives:
            yield i, FoundRelation(giver, initiative, R.FUNDS, _CONFIDENCE, dict(properties))


def _funder_before(found: Mapping[int, Sequence[FoundRelation]], i: int) -> Mention | None:
    """The one who funded something in the sentence before ``i``."""
    funders = [f.source for f in found.get(i - 1, ()) if f.type is R.FUNDS]
    return funders[0] if funders else None
