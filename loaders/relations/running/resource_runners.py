"""Who runs an effort by putting resources into it or keeping it in its own hands.

- 'Mora kommun lägger stora resurser på projektet X', '– Vi lägger mycket kraft och resurser på
  trygghetsskapande åtgärder, säger ...': the one who spends time and resources on an effort
  carries it out, and RUNS it ('vi' is the speaker's organisation, as elsewhere);
- 'Sala driver sin avhopparverksamhet i egen regi', 'kommunen driver X i egen regi': an effort kept
  'i egen regi' is run by the subject of its clause. A town named as the subject stands for its
  municipality (``loaders.relations.running.town_runners``).

The subject is the actor right before the verb (auxiliaries and adverbs between them allowed) or,
in a clause opened by an adverbial, right after it. A negated clause states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.running.town_runners import as_municipality
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["resource_runner_relations"]

_ADVERBS = r"(?:\s+(?:också|även|nu|redan|fortsatt|fortfarande|dessutom|sedan\s+länge|sedan\s+\d{4}))*"
_AUX = r"(?:\s+(?:har|hade|ska|skall|kommer\s+att|kan|vill))?"
# 'lägger (mycket|stora) (tid och) resurser på' with what it is spent on after 'på'.
_RESOURCES = re.compile(
    rf"\A{_AUX}{_ADVERBS}\s+(?:lägger|lade|lagt|satsar|satsade|satsat)\s+(?:[\wåäö]+\s+){{0,2}}?"
    r"(?:tid\s+och\s+)?(?:resurser|tid\s+och\s+pengar|pengar|kraft)\s+på\s+(?:[\wåäö-]+\s+){0,3}?\Z",
    re.IGNORECASE,
)
_WE_RESOURCES = re.compile(
    rf"\b(?:vi){_AUX}{_ADVERBS}\s+(?:lägger|lade|lagt)\s+(?:[\wåäö]+\s+){{0,2}}?(?:tid\s+och\s+)?"
    r"(?:resurser|pengar|kraft)\s+på\s+(?:[\wåäö-]+\s+){0,3}?\Z",
    re.IGNORECASE,
)
# 'A har (också) en X' / 'A driver X' before 'i egen regi'.
_HAS = re.compile(
    rf"\A{_AUX}{_ADVERBS}\s+(?:har|hade|driver|drev|bedriver|bedrev)(?:{_ADVERBS})\s+(?:en|ett|sin|sitt)?\s*\Z",
    re.I,
)
_OWN_REGI = re.compile(r"\A\s+i\s+egen\s+regi\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig)\b", re.IGNORECASE)


def resource_runner_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from those who spend resources on an effort or keep it in their own hands."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        text, base = sentence.text, sentence.start
        if not any(m.type == E.INITIATIVE for m in mentions) or _NEGATION.search(text):
            continue
        for n, initiative in enumerate(mentions):
            if initiative.type != E.INITIATIVE:
                continue
            runner = _resource_subject(context, i, mentions, n) or _own_regi_subject(text, base, mentions, n)
            if runner is not None:
                yield i, FoundRelation(runner, initiative, R.RUNS, 0.55)


def _subject_before(mentions: Sequence[Mention], n: int) -> Mention | None:
    """The actor (or a town, as its municipality) named last before the ``n``-th mention."""
    if n == 0:
        return None
    before = mentions[n - 1]
    if before.type in ORGANISATIONS:
        return before
    return as_municipality(before) if before.type == E.PLACE else None


def _resource_subject(
    context: RelationContext, i: int, mentions: Sequence[Mention], n: int
) -> Mention | None:
    sentence = context.sentences[i]
    text, base = sentence.text, sentence.start
    initiative = mentions[n]
    subject = _subject_before(mentions, n)
    if subject is not None and _RESOURCES.match(text[mentions[n - 1].end - base : initiative.start - base]):
        return subject
    lo = mentions[n - 1].end - base if n else 0
    if _WE_RESOURCES.search(text, lo, initiative.start - base):
        return context.we(i)
    return None


def _own_regi_subject(text: str, base: int, mentions: Sequence[Mention], n: int) -> Mention | None:
    initiative = mentions[n]
    subject = _subject_before(mentions, n)
    if subject is None or not _OWN_REGI.match(text[initiative.end - base :]):
        return None
    return subject if _HAS.match(text[mentions[n - 1].end - base : initiative.start - base]) else None
