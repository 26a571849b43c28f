"""Who acts against a criminal group when the actor does not stand before the verb.

Swedish V2 order puts the subject after the verb when something else opens the clause ('I kampen
mot nätverken deltar Tullverket och Skatteverket'), and a passive names its agent last ('Gängen ska
bekämpas av polisen och kommunen'). The dependency parse (``loaders.syntax``) finds the subjects
and agents of the sentence, lists included, whatever their place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import EntityType as E
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.trees import first_conjunct, span_head, tree
from loaders.relations.triggers import ACTORS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_subjects"]

_ACTING = frozenset({"nsubj", "obl:agent"})


def clause_subjects(context: RelationContext, i: int, target: Mention) -> list[Mention]:
    """The actors of sentence ``i`` that are subjects or passive agents, the group acted on excepted."""
    candidates = [
        m
        for m in context.mentions[i]
        if m.type in ACTORS and m.type != E.GROUP and m.canonical != target.canonical
    ]
    if not candidates:
        return []
    doc = tree(context, i)
    offset = context.sentences[i].start
    acting = []
    for mention in candidates:
        token = span_head(doc, mention.start - offset, mention.end - offset)
        if token is not None and _acts(first_conjunct(token)):
            acting.append(mention)
    return acting


def _acts(token: Token) -> bool:
    """A subject, or the agent of a passive (which the parse may read as a plain 'av' oblique)."""
    if token.dep_ in _ACTING:
        return True
    verb = token.head
    return (
        token.dep_ == "obl"
        and any(c.dep_ == "case" and c.lower_ == "av" for c in token.children)
        and (verb.lower_.endswith("s") or any(c.dep_ == "nsubj:pass" for c in verb.children))
    )
