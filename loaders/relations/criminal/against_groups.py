"""Whoever acts 'mot' a criminal group counters it, whatever the verb, read from the parse.

'Polisen och kommunen jobbar tillsammans mot gängen', 'Kommunen agerar kraftfullt mot
nätverket', 'I Norrby kämpar Polisen mot de kriminella grupperna': the group hangs from the verb
with 'mot', and the subjects of the verb (a list distributes; Swedish V2 order may put them after
it) counter it. 'arbetet mot gängen leds av Polisen' gives the passive's agent. What is only
wished for, denied or done by the group itself is no counter-effort: a group that is the subject
('Gänget riktade hot mot polisen') counters nothing, and a sentence that only asks for the work
('Vi vill att polisen agerar mot gängen') is left to the readings of proposals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.trees import first_conjunct, parsed, span_head
from loaders.relations.triggers import ACTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["against_group_relations"]

_MOT = re.compile(r"\bmot\b", re.IGNORECASE)
_UNREALISED = re.compile(
    r"\b(?:vill|ville|önska\w*|kräv\w*|föreslå\w*|föreslog|yrka\w*|bör|borde|behöv\w*|skulle)\b",
    re.IGNORECASE,
)
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_ACTING = frozenset({"nsubj", "obl:agent"})
# Verbs whose 'mot' says what one is protected from or hit by, not what one acts against.
_UNDERGOING = ("skydd", "värn", "hot", "våld", "vittn", "säkr")
_NOMINAL = frozenset({"obj", "obl", "nmod", "nsubj", "nsubj:pass", "appos", "conj"})
_STEPS = 3  # from a noun of work ('insatsen mot gängen') up to the verb of its clause


def against_group_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, COUNTERS) of the actors that act 'mot' a criminal group in their clause."""
    wanted = [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type is E.CRIMINAL_GROUP for m in mentions)
        and any(m.type in ACTORS and m.type is not E.GROUP for m in mentions)
        and _MOT.search(context.sentences[i].text)
        and not _UNREALISED.search(context.sentences[i].text)
    ]
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        groups = [m for m in context.mentions[i] if m.type is E.CRIMINAL_GROUP]
        actors = [m for m in context.mentions[i] if m.type in ACTORS and m.type is not E.GROUP]
        for group in groups:
            token = span_head(doc, group.start - offset, group.end - offset)
            verb = _verb_against(token) if token is not None else None
            if verb is None:
                continue
            for actor in _acting(doc, offset, actors, verb):
                if actor.canonical != group.canonical:
                    yield i, FoundRelation(actor, group, R.COUNTERS, 0.6)


def _verb_against(token: Token) -> Token | None:
    """The verb a group hangs from with 'mot', directly or through the noun of an effort."""
    first = first_conjunct(token)
    if not any(c.dep_ == "case" and c.lower_ == "mot" for c in first.children):
        return None
    head = first.head
    for _ in range(_STEPS):
        if head.dep_ not in _NOMINAL:
            break
        if head.lower_.startswith(_UNDERGOING):
            return None
        head = head.head
    if head.lower_.startswith(_UNDERGOING) or any(c.lower_ in _NEGATION for c in head.children):
        return None
    return head


def _acting(doc: Doc, offset: int, actors: list[Mention], verb: Token) -> list[Mention]:
    """The actors that are subjects or agents of ``verb`` (lists included)."""
    found = []
    for actor in actors:
        token = span_head(doc, actor.start - offset, actor.end - offset)
        if token is None:
            continue
        first = first_conjunct(token)
        if first.dep_ in _ACTING and first.head.i == verb.i:
            found.append(actor)
    return found
