"""'där' stands for the place just named: who acts in its clause acts there.

'Norrby är ett utsatt område där kriminella nätverk har stort inflytande', 'Insatsen pågick i
Norrby, där polisen patrullerade dygnet runt', 'Polisen har flyttat fram sina positioner i
Söderby. Där har tre insatser genomförts under hösten.': the adverb 'där' takes the place named
right before it (a place, or an area noun whose subject is a place: 'Norrby är ett område där'),
or, opening a sentence, the one place of the sentence before. A criminal group, a police unit or
an initiative that is the subject of the verb 'där' modifies (an initiative also its object) is
ACTIVE_IN that place (a group that settles or has its base there is ESTABLISHED_IN it instead,
``loaders.relations.criminal.criminal``); when 'Där' opens a sentence, the evidence is both sentences.
The parse (``loaders.syntax``) says which verb 'där' belongs to; which place it stands for is
read from the text, since the parser attaches such clauses loosely. What is only wished for or
denied is active nowhere.
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
from loaders.relations.places.presence import UNREALISED
from loaders.relations.trees import first_conjunct, mention_head, parsed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["sentences_to_parse", "where_clause_relations"]

_WHERE = re.compile(r"\bdär\b", re.IGNORECASE)
# Right after a place: 'i Norrby där', 'i Norrby, där'.
_AFTER_PLACE = re.compile(r"\s*,?\s*$")
# An area noun standing for a place named as the clause's subject: 'Norrby är ett utsatt område där'.
_AREA_BEFORE = re.compile(
    r"\b(?:område|området|stadsdel|stadsdelen|bostadsområde|bostadsområdet|förort|förorten|plats|platsen)\s*,?\s*$",
    re.IGNORECASE,
)
_ACTORS = frozenset({E.CRIMINAL_GROUP, E.POLICE_UNIT, E.INITIATIVE})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_AUXILIARIES = frozenset({"aux", "aux:pass", "cop"})
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_SETTLING = ("etabler", "köp", "hyr", "flytt", "öppna", "bygg", "skaffa", "förvärv", "grunda", "bilda")
_BASES = ("bas", "lokal", "klubb", "fastighet", "gård", "högkvarter", "tillhåll", "fäste")
_CONFIDENCE = 0.5


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences with 'där' that hold an actor and a place 'där' may stand for."""
    return [i for i in range(len(context.sentences)) if _where_place(context, i) is not None]


def where_clause_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the actors of clauses that 'där' puts in a place."""
    wanted = sentences_to_parse(context)
    if not wanted:
        return
    for i, doc in parsed(context, wanted).items():
        text = context.sentences[i].text
        offset = context.sentences[i].start
        for where in (t for t in doc if t.lower_ == "där" and t.dep_ == "advmod"):
            place = _named_before(context, i, where.idx, text)
            if place is None:
                continue
            verb = _clause(where.head)
            if any(c.lower_ in _NEGATION for c in verb.children):
                continue
            for mention in context.mentions[i]:
                if (
                    mention.type not in _ACTORS
                    or mention.rule == "anaphor"
                    or mention.start - offset < where.idx
                ):
                    continue
                head = mention_head(doc, offset, mention)
                if mention.type is E.CRIMINAL_GROUP and _settles(verb):
                    continue  # 'där gänget har sin bas': ESTABLISHED_IN (loaders.relations.criminal.criminal)
                if head is not None and _acts_in(head, verb, mention.type is E.INITIATIVE):
                    found = FoundRelation(mention, place, R.ACTIVE_IN, _CONFIDENCE)
                    named = context.index_at(place.start)
                    if named is not None and named != i:
                        yield named, found  # 'Där' opening a sentence: the evidence is both
                    yield i, found


def _acts_in(token: Token, verb: Token, initiative: bool) -> bool:
    first = first_conjunct(token)
    roles = _SUBJECTS | {"obj"} if initiative else _SUBJECTS
    return _clause(first.head).i == verb.i and first.dep_ in roles


def _settles(verb: Token) -> bool:
    """A verb of settling, or one whose object is a base ('har sin bas', 'har haft sitt fäste')."""
    return verb.lower_.startswith(_SETTLING) or any(
        c.dep_ == "obj" and c.lower_.startswith(_BASES) for c in verb.children
    )


def _clause(token: Token) -> Token:
    """The main verb of a clause whose auxiliary the parser took for its head ('Där har X ...')."""
    while token.dep_ in _AUXILIARIES and token.head.i != token.i:
        token = token.head
    return token


def _where_place(context: RelationContext, i: int) -> Mention | None:
    """Some place a 'där' of sentence ``i`` may stand for, if it has one and an actor after it."""
    text = context.sentences[i].text
    if not _WHERE.search(text) or UNREALISED.search(text):
        return None
    offset = context.sentences[i].start
    for match in _WHERE.finditer(text):
        if not any(m.type in _ACTORS and m.start - offset > match.start() for m in context.mentions[i]):
            continue
        place = _named_before(context, i, match.start(), text)
        if place is not None:
            return place
    return None


def _named_before(context: RelationContext, i: int, at: int, text: str) -> Mention | None:
    """The place 'där' at ``at`` stands for."""
    offset = context.sentences[i].start
    if not text[:at].strip():  # 'Där har ...' opens the sentence
        return _one_place(context.mentions[i - 1]) if i > 0 else None
    before = [m for m in context.mentions[i] if m.end - offset <= at]
    if before and before[-1].type is E.PLACE and _AFTER_PLACE.fullmatch(text, before[-1].end - offset, at):
        return before[-1]
    if _AREA_BEFORE.search(text, 0, at):
        return _one_place(before)
    return None


def _one_place(mentions: list[Mention]) -> Mention | None:
    places = {m.canonical: m for m in mentions if m.type is E.PLACE}
    return next(iter(places.values())) if len(places) == 1 else None
