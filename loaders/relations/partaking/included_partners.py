"""Who an initiative says it includes: 'Samarbetet inkluderar även A och B', 'Nätverket omfattar
A, B och C', 'Projektet involverar A', 'I arbetet involveras A och B', 'A och B omfattas av
samverkan'.

The initiative is the subject of 'inkludera', 'omfatta', 'involvera', 'innefatta' or 'samla'
(or, in the passive, its agent or the place 'i arbetet'); those the verb takes as its object,
with their conjuncts, take part in it. The initiative is a mention in the sentence, or the work
a noun such as 'samarbetet' or 'nätverket' points back to (the initiative named just before).
A municipality's initiative it is named after is its own, not one it joins.
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
from loaders.relations.partaking.partner_clauses import owns
from loaders.relations.trees import mention_head, parsed
from loaders.relations.triggers import allowed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["included_partners", "recent_initiative", "sentences_to_parse"]

_VERB = re.compile(
    r"\b(?:inklude|omfatta|involve|innefatta|samla[rdt]?\b)\w*",
    re.IGNORECASE,
)
_VERB_STEMS = ("inklude", "omfatta", "involve", "innefatta", "samla")
# Nouns that stand for the work the text is about ('Samarbetet inkluderar ...').
_WORK_NOUNS = frozenset(
    ["samarbetet", "samverkan", "samverkanen", "arbetet", "projektet", "satsningen", "insatsen", "nätverket",
     "gruppen", "arbetsgruppen", "styrgruppen", "rådet", "initiativet", "programmet", "verksamheten",
     "överenskommelsen", "avtalet", "forumet", "konstellationen"]
)  # fmt: skip
_PARTNERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP})
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_REACH = 3  # sentences back to the initiative a work noun points to
# Only an object without a preposition is included: 'samlar A kring en lägesbild' is no member.
_FREE_CASES = frozenset({"av"})


def sentences_to_parse(context: RelationContext) -> list[int]:
    """Sentences with a verb of including and a partner."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type in _PARTNERS for m in mentions) and _VERB.search(context.sentences[i].text)
    ]


def included_partners(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from those an initiative includes, each with its sentence."""
    wanted = sentences_to_parse(context)
    if not wanted:
        return
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        mentions = context.mentions[i]
        heads = [(m, mention_head(doc, offset, m)) for m in mentions]
        for verb in doc:
            if not verb.lower_.startswith(_VERB_STEMS) or verb.pos_ in ("NOUN", "PROPN", "ADJ"):
                continue
            if any(c.lower_ in _NEGATION for c in verb.children):
                continue
            passive = verb.lower_.endswith("s")
            initiative = _initiative(context, i, verb, heads, passive)
            if initiative is None:
                continue
            members = _members(verb, passive)
            for partner, tok in heads:
                if tok is None or tok.i not in members or partner.type not in _PARTNERS:
                    continue
                if owns(partner, initiative) or partner.canonical == initiative.canonical:
                    continue
                if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                    yield i, FoundRelation(partner, initiative, R.PARTICIPATES_IN, 0.55)


def _initiative(
    context: RelationContext, i: int, verb: Token, heads: list[tuple[Mention, Token | None]], passive: bool
) -> Mention | None:
    """The initiative that includes: the verb's subject (or, in the passive, its agent or 'i X')."""
    if passive:
        holders = [c for c in verb.children if c.dep_ in ("obl:agent", "obl")]
        holders = [c for c in holders if any(k.lower_ in ("av", "i") for k in c.children if k.dep_ == "case")]
    else:
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
    for holder in holders:
        for mention, tok in heads:
            if tok is not None and tok.i == holder.i and mention.type is E.INITIATIVE:
                return mention
        if holder.lower_ in _WORK_NOUNS:
            return recent_initiative(context, i, context.sentences[i].start + holder.idx, noun=holder.lower_)
    return None


def _members(verb: Token, passive: bool) -> set[int]:
    """The tokens the verb includes: its objects and their conjuncts (the passive's subject)."""
    deps = {"nsubj:pass", "nsubj"} if passive else {"obj", "iobj"}
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in deps or (child.dep_ == "obl" and not passive and not _has_case(child)):
            out |= _with_conjuncts(child)
        if passive and child.dep_ == "obl" and not _has_case(child):
            out |= _with_conjuncts(child)  # 'I arbetet involveras A och B': A read as an oblique
    # 'inkluderar även A och B': the parser may read the first member as an adverb of the verb
    for child in verb.children:
        if child.dep_ == "advmod" and any(c.dep_ == "conj" for c in child.children) and not passive:
            out |= _with_conjuncts(child)
    # 'omfattar A, B och C': the parser may hang the later members on the verb itself
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and out:
            out |= _with_conjuncts(child)
    return out


def _has_case(token: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ not in _FREE_CASES for c in token.children)


def _with_conjuncts(token: Token) -> set[int]:
    out = {token.i}
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            out |= _with_conjuncts(child)
    return out


# The head a definite noun for the work shares with the initiative it points back to.
_NOUN_HEADS = {
    "samarbetet": "samarbete", "samverkan": "samverkan", "projektet": "projekt", "satsningen": "satsning",
    "insatsen": "insats", "insatserna": "insats", "operationen": "operation", "kampanjen": "kampanj",
    "programmet": "program", "nätverket": "nätverk", "överenskommelsen": "överenskommelse", "avtalet": "avtal",
}  # fmt: skip
_NOUN_REACH = 20  # sentences back to an initiative named with the same head noun


def recent_initiative(
    context: RelationContext, i: int, position: int, after: int | None = None, noun: str | None = None
) -> Mention | None:
    """The initiative a work noun at ``position`` points to: one named in its sentence (an anaphor
    included), else one named shortly before with the noun's own head ('samarbetet' -> 'samarbete
    för ökad trygghet'), else the last one named in the sentences just before."""
    start = context.sentences[i].start if after is None else after
    head = _NOUN_HEADS.get((noun or "").lower())
    if head is not None:
        for j in range(i, max(-1, i - _NOUN_REACH - 1), -1):
            same = [
                m
                for m in context.mentions[j]
                if m.type is E.INITIATIVE
                and (head in m.text.lower() or head in m.canonical.lower())
                and (j < i or m.end <= position)
            ]
            if same:
                return same[-1]
    within = [
        m for m in context.mentions[i] if m.type is E.INITIATIVE and start <= m.start and m.end <= position
    ]
    if within:
        return within[-1]
    for j in range(i - 1, max(-1, i - _REACH - 1), -1):
        named = [m for m in context.mentions[j] if m.type is E.INITIATIVE]
        if named:
            return named[-1]
    return None
