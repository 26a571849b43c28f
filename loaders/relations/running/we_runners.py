"""What 'vi' carries out, read from the parse: 'Under hösten har vi bland annat genomfört insatsen X'.

'vi' as the subject of a verb of carrying out whose object is an initiative runs it, as a named
subject would (``loaders.relations.syntactic``); who 'vi' is comes from the discourse: the quoted
speaker's organisation, else the organisation the document is about. Adverbials between the
auxiliary and the verb ('har bland annat genomfört') and a fronted adverbial before the verb do not
hide the subject from the parse as they hide it from word order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.syntactic import CARRYING_OUT, OBJECTS, clause_role, controls, negated
from loaders.relations.trees import mention_head, parsed
from loaders.relations.triggers import ORGANISATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["sentences_to_parse", "we_runner_relations"]

_WE = re.compile(r"(?<![\wåäö-])[Vv]i(?![\wåäö-])")
# Wishes, plans and promises say what is to be done, not what is done.
_UNREALISED = re.compile(
    r"\b(?:vill|ville|önska\w*|kräv\w*|föreslå\w*|föreslog|bör|borde|behöv\w*|planera\w*|skulle|vore"
    r"|ska|skall|kommer\s+att|lovar)\b",
    re.IGNORECASE,
)
_CONFIDENCE = 0.5
_AUXILIARIES = frozenset({"har", "hade"})


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences that hold 'vi' and an initiative and state what is done."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type == E.INITIATIVE for m in mentions)
        and _WE.search(context.sentences[i].text)
        and not _UNREALISED.search(context.sentences[i].text)
    ]


def we_runner_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from who 'vi' is to each initiative 'vi' carries out."""
    for i, doc in parsed(context, sentences_to_parse(context)).items():
        subjects = [t for t in doc if t.lower_ == "vi" and t.dep_ == "nsubj"]
        if not subjects:
            continue
        we = context.we(i)
        if we is None or we.type not in ORGANISATIONS:
            continue
        offset = context.sentences[i].start
        for initiative in context.mentions[i]:
            if initiative.type != E.INITIATIVE:
                continue
            token = mention_head(doc, offset, initiative)
            if token is None:
                continue
            role, verb = clause_role(token)
            if role not in OBJECTS or not verb.lower_.startswith(CARRYING_OUT) or negated(verb):
                continue
            if any(_governs(s.head, verb) for s in subjects):
                yield i, FoundRelation(we, initiative, R.RUNS, _CONFIDENCE)


def _governs(head: Token, verb: Token) -> bool:
    """Whether the verb is the subject's own: its head, an infinitive it controls, or the participle
    of a perfect the parse took for a clause of its own ('vi har bland annat genomfört')."""
    if head.i == verb.i or controls(head, verb):
        return True
    return head.lower_ in _AUXILIARIES and verb.head.i == head.i and verb.dep_ in {"advcl", "xcomp", "ccomp"}
