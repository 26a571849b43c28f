"""Where a criminal group acts through what it holds or through its members, read from the parse.

``loaders.relations.places.presence`` places a group that is the subject of a verb with a place. Two
more shapes say the same of a group:

- the place modifies the object of the group's verb: 'Nätverken har stort inflytande i Norrby',
  'Röda Ligan har tagit över narkotikahandeln i Norrby', 'Gänget säljer narkotika i Norrby';
- the subject is the group's members: 'Medlemmar i Röda Ligan har setts i Norrby', 'Röda Ligans
  medlemmar säljer narkotika på Söderby', 'Personer med koppling till Röda Ligan har skjutit i
  Norrby'.

Either way the group is ACTIVE_IN the place. A group that settles there ('har sin bas i', 'har
köpt en gård i') is ESTABLISHED_IN it instead (``loaders.relations.criminal.criminal``); what is denied or
only wished for is nowhere; members who are seized or sought are the object of someone else's
work, not acting themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.places.presence import UNREALISED
from loaders.relations.trees import first_conjunct, mention_head, parsed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["group_presence_relations", "sentences_to_parse"]

_IN = frozenset({"i", "på", "inom"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
# Nouns of a group's members or people tied to it: 'medlemmar i', 'personer med koppling till'.
_MEMBERS = ("medlem", "person", "individ", "företrädare", "anhängare", "ledare", "ledar")
# What a group holds in a place is its base (ESTABLISHED_IN), not its activity.
_BASES = ("bas", "lokal", "klubb", "fastighet", "gård", "högkvarter", "tillhåll", "fäste", "hus", "villa")
_SETTLING = ("etabler", "köp", "hyr", "flytt", "öppna", "bygg", "skaffa", "förvärv", "grunda", "bilda")
_CONFIDENCE = 0.5


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences that name a criminal group and a place."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type is E.CRIMINAL_GROUP for m in mentions)
        and any(m.type is E.PLACE for m in mentions)
        and not UNREALISED.search(context.sentences[i].text)
    ]


def group_presence_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the groups whose holdings or members a clause places."""
    wanted = sentences_to_parse(context)
    if not wanted:
        return
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        mentions = context.mentions[i]
        places = [
            (m, t) for m in mentions if m.type is E.PLACE if (t := mention_head(doc, offset, m)) is not None
        ]
        for group in (m for m in mentions if m.type is E.CRIMINAL_GROUP):
            token = mention_head(doc, offset, group)
            subject = _acting_subject(token) if token is not None else None
            if subject is None:
                continue
            verb = subject.head
            if _negated(verb) or verb.lower_.startswith(_SETTLING):
                continue
            for place, ptok in places:
                if any(place.start < m.end and m.start < place.end for m in mentions if m is not place):
                    continue  # part of another name
                if _held_there(first_conjunct(ptok), verb) or (subject.i != token.i and _on_verb(ptok, verb)):
                    yield i, FoundRelation(group, place, R.ACTIVE_IN, _CONFIDENCE)


def _acting_subject(token: Token) -> Token | None:
    """The subject the group acts as: itself, or the members noun it modifies."""
    first = first_conjunct(token)
    if first.dep_ in _SUBJECTS:
        return first
    members = first.head
    if first.dep_ == "nmod" and members.dep_ == "nmod":
        members = members.head  # 'personer med koppling till X'
    if first.dep_ in {"nmod", "nmod:poss", "amod"} and members.lower_.startswith(_MEMBERS):
        members = first_conjunct(members)
        return members if members.dep_ in _SUBJECTS else None
    return None


def _held_there(place: Token, verb: Token) -> bool:
    """'har stort inflytande i Norrby': the place modifies the verb's object, which is no base."""
    holder = place.head
    return (
        place.dep_ == "nmod"
        and _case(place) in _IN
        and holder.dep_ == "obj"
        and holder.head.i == verb.i
        and not holder.lower_.startswith(_BASES)
    )


def _on_verb(place: Token, verb: Token) -> bool:
    return place.dep_ == "obl" and place.head.i == verb.i and _case(place) in _IN


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def _negated(verb: Token) -> bool:
    return any(child.lower_ in _NEGATION for child in verb.children)
