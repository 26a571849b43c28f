"""A place an effort is said to cover: 'Även Norrby omfattas', 'Söderby berörs av satsningen'.

A text that says which areas an initiative covers makes the place the subject of a passive
'omfattas' (or 'berörs'): 'Även stadskärnan omfattas av medborgarlöftet', 'Sedan i år omfattas
också Norrby och Söderby'. The initiative is the agent ('av X'), else the initiative named last
before, in the sentence or just before it (ONTOLOGY.md: an initiative is ACTIVE_IN the places
where it happens). The parse finds the subject whatever the word order; lists of places
distribute, and a denied clause covers nothing. Towns that 'ingår i' an effort are its parties
(their municipalities, ``loaders.relations.partaking.partner_clauses``), not places it covers.
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
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.trees import first_conjunct, mention_head, parsed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["covered_place_relations"]

_VERB = re.compile(r"\b(?:omfattas|omfattades|omfattats|berörs|berördes)\b", re.IGNORECASE)
_PASSIVES = ("omfatta", "berör")
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})


def covered_place_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives the places of a clause are covered by."""
    wanted = [
        i
        for i, mentions in enumerate(context.mentions)
        if _VERB.search(context.sentences[i].text) and any(m.type is E.PLACE for m in mentions)
    ]
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        mentions = context.mentions[i]
        heads = {m: mention_head(doc, offset, m) for m in mentions}
        for place, token in heads.items():
            if place.type is not E.PLACE or token is None:
                continue
            subject = first_conjunct(token)
            verb = subject.head
            if not _subject_of(subject, verb) or any(c.lower_ in _NEGATION for c in verb.children):
                continue
            word = verb.lower_
            if not (word.startswith(_PASSIVES) and word.endswith(("s", "des", "ts"))):
                continue
            initiative = _named_by(verb, subject, heads) or recent_initiative(context, i, place.start)
            if initiative is not None:
                yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.5)


def _subject_of(token: Token, verb: Token) -> bool:
    """The subject, or an object of a verb without one: these verbs take no object, so one after a
    fronted adverbial ('Sedan i år omfattas Norrby') is a subject the parser misread."""
    if token.dep_.startswith("nsubj"):
        return True
    return token.dep_ == "obj" and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _named_by(verb: Token, subject: Token, heads: dict[Mention, Token | None]) -> Mention | None:
    """The initiative that is the verb's agent ('av X'); an agent after a list of places is often
    parsed as the last place's modifier ('A och B av X')."""
    places = {subject.i, *(t.i for t in subject.subtree if t.dep_ == "conj" and t.head.i == subject.i)}
    for mention, token in heads.items():
        if mention.type is not E.INITIATIVE or token is None:
            continue
        if token.head.i == verb.i and token.dep_ in {"obl:agent", "obl"}:
            return mention
        case = {c.lower_ for c in token.children if c.dep_ == "case"}
        if token.dep_ == "nmod" and token.head.i in places and "av" in case:
            return mention
    return None
