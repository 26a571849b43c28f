"""Who takes part, read from the subject of a verb of taking part in the parse.

'X, där framför allt A och B men även C ingår, startade i fjol', 'I X deltar representanter från
A och B', 'A och B bidrar till X': the subject of 'ingå', 'delta', 'medverka', 'samarbeta',
'bidra' (with anything but money, which is funding) may stand far from the verb,
in a relative clause, or be people from an organisation. The parse (``loaders.syntax``) finds
the subject and its conjuncts whatever the word order; each organisation that is the subject,
a conjunct of it, or what its people are from, takes part in the initiative the sentence names.
Only sentences with such a verb, an initiative and another actor are parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.partaking.partner_clauses import owns
from loaders.relations.trees import mention_head, parsed
from loaders.relations.triggers import allowed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["partaking_subjects"]

_VERB = re.compile(
    r"\b(?:ingår|ingick|ingått|ingå|deltar|deltog|deltagit|delta|medverkar|medverkade|medverkat|medverka"
    r"|samarbetar|samverkar|samarbetade|samverkade|samarbeta|samverka"
    r"|bidrar|bidrog|bidragit|bidra)\b",
    re.IGNORECASE,
)
_VERB_GATE = WordGate(_VERB)  # most sentences hold none of its words
_VERB_STEMS = ("ingå", "ingick", "delta", "deltog", "medverka", "samarbeta", "samverka", "bidra", "bidrog")
# Money given is funding, read by the funding rules: 'bidrar med två miljoner kronor till X'.
_MONEY = re.compile(r"\b(?:kronor|kr|mnkr|tkr|miljoner|miljon|msek)\b", re.IGNORECASE)
_PARTNERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP})
# These verbs take no object: an 'obj' of a verb without subject is a subject after the verb the
# parser misread ('I X deltar representanter från A').
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_FROM = frozenset({"från", "för", "vid", "inom", "hos", "ur"})


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences this reading needs parsed: an initiative, a partner and a verb of taking part."""
    return [i for i in _candidates(context) if any(m.type is E.INITIATIVE for m in context.mentions[i])]


def _candidates(context: RelationContext) -> list[int]:
    """The sentences with a partner and a verb of taking part (money given is funding)."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if _VERB_GATE.may_match(context.sentences[i].text)
        and _VERB.search(context.sentences[i].text)
        and any(m.type in _PARTNERS for m in mentions)
        and not (_MONEY.search(context.sentences[i].text) and "bidr" in context.sentences[i].text.lower())
    ]


def partaking_subjects(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the subjects of the verbs of taking part of each sentence; a sentence
    without an initiative of its own is read where another reading had it parsed anyway."""
    wanted = sentences_to_parse(context)
    wanted += [i for i in _candidates(context) if i in context.trees and i not in wanted]
    if not wanted:
        return
    trees = parsed(context, sorted(wanted))  # most were parsed for loaders.relations.syntactic
    for i, doc in trees.items():
        offset = context.sentences[i].start
        mentions = context.mentions[i]
        initiatives = [m for m in mentions if m.type is E.INITIATIVE]
        heads = [(m, mention_head(doc, offset, m)) for m in mentions if m.type in _PARTNERS]
        # 'Tullverket ingår i Polisen': the oblique of the verb is an organisation, not an initiative
        organisations = {tok.i for m, tok in heads if tok is not None and m.type is not E.GROUP}
        for verb in doc:
            if not verb.lower_.startswith(_VERB_STEMS) or any(c.lower_ in _NEGATION for c in verb.children):
                continue
            if any(c.dep_ == "obl" and c.i in organisations for c in verb.children):
                continue
            if verb.lower_.startswith(("samarbet", "samverk")) and _with_someone(verb):
                continue  # 'A samarbetar med B': who works with whom, read by the collaboration rules
            if verb.lower_.startswith(("ingå", "ingick")) and _enters_into(verb):
                continue  # 'A har ingått en överenskommelse med B': A is a party to it, not a member
            subjects = [c for c in verb.children if c.dep_ in _SUBJECT] or [
                c for c in verb.children if c.dep_ == "obj"
            ]
            if not subjects:
                continue
            taking_part = {t.i for s in subjects for t in _with_conjuncts(s)}
            partners = [m for m, tok in heads if tok is not None and _takes_part(tok, taking_part)]
            if not partners:
                continue
            target = _initiative_for(initiatives, partners) or _work_at_hand(context, i, verb)
            if target is None:
                continue
            for partner in partners:
                if owns(partner, target) or partner.canonical == target.canonical:
                    continue  # what is named after a town is the town's own
                if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                    yield i, FoundRelation(partner, target, R.PARTICIPATES_IN, 0.5)


def _enters_into(verb: Token) -> bool:
    """'ingå ett avtal': with a subject and an object, 'ingå' is to enter into, not to be part of."""
    children = [c.dep_ for c in verb.children]
    return "obj" in children and any(dep.startswith("nsubj") for dep in children)


def _with_someone(verb: Token) -> bool:
    """'samarbetar med B', 'som A samarbetar med': the verb has a partner after 'med'."""
    for child in verb.children:
        if child.lower_ == "med" or any(c.dep_ == "case" and c.lower_ == "med" for c in child.children):
            return True
    return False


def _with_conjuncts(token: Token) -> list[Token]:
    """The token and its conjuncts; the middle of a list of names is often parsed as an apposition
    of its first member ('A, B och C'), so appositions count as members too."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            out += _with_conjuncts(child)
    return out


def _takes_part(token: Token, taking_part: set[int]) -> bool:
    """The token is a subject of taking part, a conjunct of one, or what the subject's people are
    from ('representanter från A')."""
    if token.i in taking_part:
        return True
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if token.i in taking_part:
            return True
    case = next((c.lower_ for c in token.children if c.dep_ == "case"), "")
    return token.dep_ == "nmod" and case in _FROM and token.head.i in taking_part


def _initiative_for(initiatives: list[Mention], partners: list[Mention]) -> Mention | None:
    """The initiative named nearest before the partners, else the first after them."""
    first = min(p.start for p in partners)
    before = [m for m in initiatives if m.end <= first]
    if before:
        return before[-1]
    last = max(p.end for p in partners)
    return next((m for m in initiatives if m.start >= last), None)


# What the work at hand is called when its sentence does not name it: 'I arbetet deltar även A'.
_WORK_NOUNS = frozenset(
    ["arbetet", "insatsen", "insatserna", "satsningen", "projektet", "operationen", "samarbetet",
     "samverkan", "verksamheten", "initiativet", "programmet", "kampanjen", "kontrollen", "kontrollerna"]
)  # fmt: skip


def _work_at_hand(context: RelationContext, i: int, verb: Token) -> Mention | None:
    """'A och B deltog också', 'I arbetet medverkar A': with no initiative in its sentence, a verb
    of taking part whose only place of taking part is a noun for the work (or none) joins the
    initiative named in the sentences just before. 'ingå' without an object is no taking part."""
    if verb.lower_.startswith(("ingå", "ingick", "samarbet", "samverk", "bidra", "bidrog")):
        return None
    noun = None
    for child in verb.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
        if child.dep_ in ("obl", "nmod") and case in ("i", "vid", "under"):
            if child.lower_ not in _WORK_NOUNS:
                return None
            noun = child.lower_
    return recent_initiative(context, i, context.sentences[i].start, noun=noun)
