"""'Polisens närvaro i Norrby', 'Röda Ligans narkotikahandel på Söderby': work owned by its doer.

A police unit or a criminal group in the genitive on a noun of work, presence or trade whose
phrase names a place in 'i', 'på' or 'inom' is at work in that place: it is ACTIVE_IN it,
whatever the clause goes on to say of the work ('har ökat', 'ger effekt'). The parse
(``loaders.syntax``) says which noun the genitive owns and which noun the place modifies. What
is only wished for is nowhere yet, and a base ('Röda Ligans lokal i Norrby') is ESTABLISHED_IN
(``loaders.relations.criminal.criminal``), not read here.
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

__all__ = ["owned_work_relations", "sentences_to_parse"]

_OWNERS = frozenset({E.POLICE_UNIT, E.CRIMINAL_GROUP})
_WORK_STEMS = (
    "insats", "närvaro", "arbete", "verksamhet", "patrull", "kontroll", "tillslag", "satsning", "operation",
    "övervakning", "bevakning", "synlighet", "razzia", "handel", "försäljning", "brottslighet",
)  # fmt: skip
_IN = frozenset({"i", "på", "inom"})
_GENITIVE = frozenset({"nmod:poss", "nmod"})
_CONFIDENCE = 0.5


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences with a police unit or group in the genitive and a place."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type in _OWNERS and m.text.endswith("s") for m in mentions)
        and any(m.type is E.PLACE for m in mentions)
        and not UNREALISED.search(context.sentences[i].text)
    ]


def owned_work_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the owners of work a sentence places."""
    wanted = sentences_to_parse(context)
    if not wanted:
        return
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        mentions = context.mentions[i]
        for owner in (m for m in mentions if m.type in _OWNERS and m.text.endswith("s")):
            token = mention_head(doc, offset, owner)
            if token is None or token.dep_ not in _GENITIVE or not token.lower_.endswith("s"):
                continue
            work = token.head
            if not any(stem in work.lower_ for stem in _WORK_STEMS):
                continue
            for place in mentions:
                if place.type is not E.PLACE:
                    continue
                ptok = mention_head(doc, offset, place)
                if ptok is not None and _modifies(first_conjunct(ptok), work):
                    yield i, FoundRelation(owner, place, R.ACTIVE_IN, _CONFIDENCE)


def _modifies(place: Token, noun: Token) -> bool:
    return (
        place.dep_ == "nmod"
        and place.head.i == noun.i
        and any(c.dep_ == "case" and c.lower_ in _IN for c in place.children)
    )
