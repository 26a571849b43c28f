"""Where initiatives, police units and criminal groups are at work, read from the dependency parse.

An initiative is ACTIVE_IN the places where it happens, a police unit in the places where it
works, a criminal group where it acts. The parse (``loaders.syntax``) says which place a clause
puts them in, whatever the word order of a V2 clause:

- an initiative that is the subject or object of a verb whose oblique is a place in 'i', 'på',
  'inom' ('Insatsen skedde i Norrby och på Öster', 'I höstas genomfördes kontroller i Norrby');
- a police unit that is the subject of such a verb ('Polisen patrullerar i Norrby'), or of a
  verb whose object is a noun placed there ('Polisen ökar sin närvaro i Norrby', 'genomförde
  lokalpolisområdet en insats i Norrby');
- a criminal group that is the subject of such a verb, or of a relative clause ('gängen som
  härjar i Norrby'), unless the verb says it settles there (ESTABLISHED_IN,
  ``loaders.relations.criminal.criminal``);
- an initiative whose own noun governs the place ('Insats i Norrby', 'medborgarlöften för Åby').

'i området i Norrby' and 'i de centrala delarna av Åby' put the clause in the place named.

A list of places distributes ('i Norrby, Söderby och Öster'). What is only wished for, planned
or denied is active nowhere.
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
from loaders.relations.trees import first_conjunct, parsed, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["UNREALISED", "presence_relations"]

_IN = frozenset({"i", "på", "inom"})
_FOR = frozenset({"för"})  # the area a pact or plan is for
_AT_WORK = frozenset({E.POLICE_UNIT, E.CRIMINAL_GROUP})
# Where a group settles is ESTABLISHED_IN (loaders.relations.criminal.criminal), not ACTIVE_IN.
_SETTLING = ("etabler", "köp", "hyr", "flytt", "öppna", "bygg", "skaffa", "förvärv", "grunda", "bilda")
_SETTLING_PARTICLES = frozenset({"ner", "ned", "fäste"})  # 'slagit sig ner i', 'tagit fäste i'
_ACCORDING = re.compile(r"\benligt\s+\Z", re.IGNORECASE)
_BASES = ("bas", "lokal", "klubb", "fastighet", "gård", "högkvarter", "tillhåll")
# What a police unit perceives or thinks is no work of its own there: 'vi ser en skillnad i Norrby'.
_MINDING = (
    "ser",
    "såg",
    "sett",
    "märk",
    "uppleve",
    "upplev",
    "tror",
    "trodde",
    "tyck",
    "känn",
    "bedöm",
    "vet",
)
# Verbs of an effect: the place they name is where it is hoped for, not where the work is done.
_EFFECTS = frozenset({"ge", "ger", "gav", "gett", "givit"})
_EFFECT_STEMS = ("bidra", "öka", "minska", "skapa", "förbättra")
_WORK_STEMS = (
    "insats", "närvaro", "arbete", "verksamhet", "patrull", "kontroll", "tillslag", "satsning", "operation",
    "övervakning", "bevakning", "synlighet", "razzia",
)  # fmt: skip
_TAKING_PART = ("delta", "deltog", "ingå", "ingick", "medverka")
# Nouns that only say which part of a place: 'i området i Norrby', 'i de centrala delarna av Åby'.
_AREA_NOUNS = ("område", "stadsdel", "del", "bostadsområde", "kvarter", "centrum")
_ROLES = frozenset({"nsubj", "nsubj:pass", "obj"})
_HEDGES = {"allt": frozenset({"framför"}), "annat": frozenset({"bland"})}
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_WE = re.compile(r"\b[Vv]i\b")
_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "nmod", "iobj"})
_UNREALISED = re.compile(
    r"\b(?:vill|ville|önska\w*|kräv\w*|föreslå\w*|föreslog|yrka\w*|motion\w*|bör|borde|behöv\w*"
    r"|planera\w*|skulle|kan\s+komma|vore|om\s+\w+\s+(?:är|var)\s+\w+)\b"
    r"|\batt\s+(?:inrätta|införa|starta|skapa|bygga\s+upp|ta\s+fram|utreda|se\s+över|pröva|testa)\b",
    re.IGNORECASE,
)

UNREALISED = _UNREALISED  # what is only wished for, planned or weighed is nowhere yet


def presence_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives, police units and groups the parse places."""
    for i, doc in _parsed(context).items():
        if _UNREALISED.search(context.sentences[i].text):
            continue
        offset = context.sentences[i].start
        heads = [(m, _head(doc, offset, m)) for m in context.mentions[i]]
        places = [(m, t) for m, t in heads if t is not None and m.type == E.PLACE]
        named = [m for m in context.mentions[i] if m.type is E.INITIATIVE and m.rule != "anaphor"]
        for mention, token in [*heads, *_we(context, i, doc)]:
            if token is None or mention.type not in _AT_WORK | {E.INITIATIVE}:
                continue
            if _ACCORDING.search(context.sentences[i].text, 0, mention.start - offset):
                continue  # 'enligt polisen i Åby': the source of a statement, not its actor
            initiative = mention.type is E.INITIATIVE
            role, verb = _clause_role(token)
            if mention.type is E.CRIMINAL_GROUP:
                role, verb = _group_clause(token, role, verb)
            if not initiative and (role == "obl:agent" or _inverted_subject(token, role, verb)):
                role = "nsubj"  # 'insatser genomfördes av polisen i Norrby'
            in_clause = role in _ROLES and not _negated(verb)
            if not initiative and verb.lower_.startswith(_MINDING + _TAKING_PART):
                in_clause = False  # 'deltar i Borås avhopparprogram': 'i' takes what is joined
            if initiative and (verb.lower_ in _EFFECTS or verb.lower_.startswith(_EFFECT_STEMS)):
                in_clause = False  # 'planen ska ge ökad trygghet i Åby': where its effect is hoped for
            for place, ptok in places:
                if _genitive(place) or any(place.start < m.end and m.start <= place.end + 1 for m in named):
                    # the place is part of a name or owns it ('Trygg i Norrby', 'i Borås avhopparprogram')
                    continue
                first = _area_of(first_conjunct(ptok))
                if (initiative and _of_noun(first, token)) or (
                    in_clause and _placed(first, verb, token, initiative or role == "obj")
                ):
                    yield i, FoundRelation(mention, place, R.ACTIVE_IN, 0.5)


def _genitive(place: Mention) -> bool:
    """'Norrbys avhopparprogram': a place named as an owner is no place where anything is."""
    return place.text.endswith("s") and not place.canonical.endswith("s")


def _we(context: RelationContext, i: int, doc: Doc) -> list[tuple[Mention, Token]]:
    """'Vi patrullerar i Norrby' in a police unit's text or words: the unit, at the pronoun."""
    pronouns = [t for t in doc if t.lower_ == "vi" and t.dep_.startswith("nsubj")]
    we = context.we(i) if pronouns else None
    if we is None or we.type not in _AT_WORK:
        return []
    return [(we, t) for t in pronouns]


def _inverted_subject(token: Token, role: str, verb: Token) -> bool:
    """'I går genomförde polisen en insats': a verb read with two objects and no subject has
    its subject after it, parsed as the first object."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    return (
        role == "obj"
        and len(objects) >= 2
        and objects[0].i == first_conjunct(token).i
        and not any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
    )


def _group_clause(token: Token, role: str, verb: Token) -> tuple[str, Token]:
    """A criminal group's clause: 'gängen som slogs i Norrby' (the relative clause's verb), and
    none where the verb says the group settles there."""
    relative = next((c for c in first_conjunct(token).children if c.dep_ == "acl:relcl"), None)
    if relative is not None and any(
        c.lower_ == "som" and c.dep_.startswith("nsubj") for c in relative.children
    ):
        role, verb = "nsubj", relative
    if (
        verb.lower_.startswith(_SETTLING)
        or any(c.lower_.startswith(_SETTLING) or c.lower_ in _SETTLING_PARTICLES for c in verb.children)
        or verb.lower_.startswith(_BASES)
        or any(c.dep_ == "obj" and c.lower_.startswith(_BASES) for c in verb.children)
    ):
        return "", verb  # 'har sin bas i Norrby', 'har köpt en gård i Norrby'
    return role, verb


def _area_of(place: Token) -> Token:
    """'i området i Norrby', 'i de centrala delarna av Åby': the area noun stands for the place
    in the clause."""
    head = place.head
    if (
        place.dep_ == "nmod"
        and _case(place) in _IN | {"av"}
        and head.lower_.startswith(_AREA_NOUNS)
        and _case(head) in _IN
    ):
        return head
    return place


def _of_noun(place: Token, noun: Token) -> bool:
    """'Insats i Norrby' (a heading), 'medborgarlöften för Åby kommun', 'arbetet mot narkotikan
    i Norrby': the initiative's noun governs the place, or the noun of its goal does."""
    case = _case(place)
    if place.head.i == noun.i:
        # 'för Åby', not 'för ett tryggare Åby' (a goal, no area)
        return case in _IN or (case in _FOR and not any(c.dep_ in {"det", "amod"} for c in place.children))
    goal = place.head
    return case in _IN and place.dep_ == "nmod" and goal.dep_ == "nmod" and goal.head.i == noun.i


def _placed(place: Token, verb: Token, actor: Token, initiative: bool) -> bool:
    """Whether the clause of ``verb`` puts the one whose head is ``actor`` in ``place`` (the first
    of a list of places)."""
    hedge = _hedge(place)
    if hedge is not None:
        return hedge.dep_ == "obl" and hedge.head.i == verb.i
    if _case(place) not in _IN:
        return False
    if place.dep_ == "obl" and place.head.i == verb.i:
        return True
    # 'genomförde X en insats i Y': the place of the verb's object, when that is work done there,
    # is the subject's too ('utreder skjutningen i Y' is no work in Y)
    holder = place.head
    return (
        not initiative
        and place.dep_ == "nmod"
        and holder.dep_ == "obj"
        and holder.head.i == verb.i
        and holder.i != actor.i
        and _work(holder)
    )


def _hedge(place: Token) -> Token | None:
    """'framför allt i Norrby', 'bland annat i Norrby': the parser hangs the place on the hedge's
    word, which stands in the clause where the place would."""
    head = place.head
    if (
        place.dep_ == "nmod"
        and _case(place) in _IN
        and head.lower_ in _HEDGES
        and _case(head) in _HEDGES[head.lower_]
    ):
        return head
    return None


def _work(noun: Token) -> bool:
    """A noun of work or presence, possibly compounded ('insats', 'narkotikakontroller')."""
    word = noun.lower_
    return any(stem in word for stem in _WORK_STEMS)


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences this reading needs parsed: those that hold a place and an initiative, a police unit or 'vi'."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(_free_place(m, mentions) for m in mentions)
        and not _UNREALISED.search(context.sentences[i].text)  # what is only wished for is nowhere
        and (
            any(m.type in _AT_WORK or m.type == E.INITIATIVE for m in mentions)
            or _WE.search(context.sentences[i].text)
        )
    ]


def _parsed(context: RelationContext) -> dict[int, Doc]:
    return parsed(context, sentences_to_parse(context))


def _free_place(place: Mention, mentions: list[Mention]) -> bool:
    """A place that is not part of another mention's name ('Polisen i Norrby' places no one)."""
    return place.type == E.PLACE and not any(
        other is not place and other.start <= place.start and place.end <= other.end for other in mentions
    )


def _head(doc: Doc, offset: int, mention: Mention) -> Token | None:
    """The token of the mention whose head lies outside it; of several ('lokalpolisområde
    Norrby' parsed as two words of the verb), the one with a role in the clause."""
    start, end = mention.start - offset, mention.end - offset
    tokens = span_tokens(doc, start, end)
    outside = [t for t in tokens if not start <= t.head.idx < end or t.head.i == t.i]
    core = [t for t in outside if t.dep_ in _CORE]
    if core or outside:
        return (core or outside)[0]
    return tokens[-1] if tokens else None


def _clause_role(token: Token) -> tuple[str, Token]:
    """The role of a mention in its clause, and the clause's verb (through coordination)."""
    first = first_conjunct(token)
    return first.dep_, first.head


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def _negated(verb: Token) -> bool:
    return any(child.lower_ in _NEGATION for child in verb.children)
