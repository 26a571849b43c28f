"""Relations read from the dependency parse of a sentence, where word order alone says too little.

Swedish puts the finite verb second, so the subject of 'I höstas inledde polisen och kommunen
en gemensam insats mot narkotikahandeln' stands after the verb; 'I arbetet ingår Kronofogden,
Försäkringskassan och Länsstyrelsen' puts the initiative first and its participants last. The
parse (``loaders.syntax``) gives each mention its grammatical role whatever the order:

- an actor that is the subject (``nsubj``, or a conjunct of it) of a verb of carrying out,
  whose object or oblique is an initiative, RUNS it; the verbs of taking part take no object
  ('ingå ett avtal' is to enter into it), so only their oblique is read (below);
- an initiative that is the subject of a passive verb with the actor as its agent ('som
  genomförs av polisen') is RUN by that actor, and so is one whose verb an actor leads in a
  fronted phrase ('Under ledning av polisen genomfördes X', 'I regi av kommunen genomförs X');
- 'I X ingår/deltar A, B och C': the subjects of 'ingå'/'delta' with X in the oblique take part;
- an initiative whose noun governs a place in 'i'/'på' ('insatsen i Gränby') is ACTIVE_IN it.

Only sentences that hold an initiative and another actor are parsed, so the parse costs
little beside the rest of the extraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.words import is_finite_verb
from loaders.relations.collaboration.joint_sentences import coordinated
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.trees import first_conjunct, mention_head, parsed
from loaders.relations.triggers import ORGANISATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs by the stems of their forms ('genomför', 'genomförde', 'genomförs'): the tree is parsed
# without the lemmatizer, which would cost a third of the parse.
_CARRYING_OUT = (
    "genomför",
    "driv",
    "drev",
    "bedriv",
    "bedrev",
    "start",
    "inled",
    "leder",
    "ledde",
    "leds",
    "lett",
    "arranger",
    "anordna",
    "organiser",
    "ansvar",
    "inför",
    "anta",
    "antog",
    "utveckla",
    "teckna",
    "underteckn",
    "initier",
    "påbörja",
    "börja",
    "tillämpa",
    "fortsätt",
    "fortsatt",
    "satsa",
    "håller",
    "höll",
    "hålls",
    "lanser",
    "presenter",
    "beslut",
    "samordna",
    "etabler",
    "bygg",
    "skapa",
    "gör",
    "gjord",
    "gjort",
    "jobba",
    "arbeta",
    "haft",
    "hade",
)
_TAKING_PART = ("delta", "deltog", "medverka", "ingår", "ingick", "ingått", "bidra", "bidrog", "involver")
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# Nouns whose 'av A' names who leads what the verb they modify says is done.
_LEADING = frozenset({"regi", "ledning", "ledningen"})
_STANDS = frozenset({"står", "stod", "stått"})
_OBJECTS = frozenset({"obj", "obl", "iobj", "xcomp", "ccomp"})
_NEGATION = frozenset({"inte", "ej", "aldrig", "icke"})
_RUNNERS = ORGANISATIONS | {E.PERSON, E.GROUP}
# Wishes, demands and plans say what someone wants done, not what is done.
_UNREALISED = re.compile(
    r"\b(?:vill|ville|önska\w*|kräv\w*|föreslå\w*|föreslog|yrka\w*|motion\w*|bör|borde|behöv\w*"
    r"|planera\w*|skulle|kan\s+komma|vore)\b"
    r"|\batt\s+(?:inrätta|införa|starta|skapa|bygga\s+upp|ta\s+fram|utreda|se\s+över|pröva|testa)\b",
    re.IGNORECASE,
)


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences this reading needs parsed: those that hold an initiative and some other actor,
    and state more than a wish (the reading passes over what is only wished for)."""
    return [
        i
        for i, mentions in enumerate(context.mentions)
        if any(m.type == E.INITIATIVE for m in mentions)
        and any(m.type in _RUNNERS or m.type == E.PLACE for m in mentions)
        and not _UNREALISED.search(context.sentences[i].text)
    ]


def _parsed(context: RelationContext) -> dict[int, Doc]:
    return parsed(context, sentences_to_parse(context))


def _clause_role(token: Token, end: int | None = None) -> tuple[str, Token]:
    """The token's role in its clause and the verb, climbing coordination ('A, B och C').

    A conjunct followed by a verb of its own begins a new clause ('... drivs av A och B
    medverkar'), whatever the parse joined it to.
    """
    following = next((t for t in token.doc if end is not None and t.idx >= end), None)
    if (
        token.dep_ == "conj"
        and following is not None
        and (following.pos_ in {"VERB", "AUX"} or is_finite_verb(following.lower_))
    ):
        return token.dep_, token.head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_, token.head


def _negated(verb: Token) -> bool:
    return any(child.lower_ in _NEGATION for child in verb.children)


def syntactic_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """RUNS, PARTICIPATES_IN and ACTIVE_IN read from the parse of the sentences that need it.

    A list of the parties of an initiative ('mellan A, B och C') shares the relation of its first
    member: the parse does not always join the members as conjuncts, their commas and 'och' do.
    """
    for i, found, spread in _parse_relations(context):
        yield i, found
        if not spread:
            continue
        sentence = context.sentences[i]
        for run in coordinated(sentence.text, sentence.start, context.mentions[i]):
            if any(m.start == found.source.start for m in run):
                for other in run:
                    if other.start != found.source.start:
                        yield (
                            i,
                            FoundRelation(
                                other, found.target, found.type, found.confidence, found.properties
                            ),
                        )


def _parse_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation, bool]]:
    for i, doc in _parsed(context).items():
        offset = context.sentences[i].start
        heads = [(m, mention_head(doc, offset, m)) for m in context.mentions[i]]
        placed = [(m, t) for m, t in heads if t is not None]
        initiatives = [(m, t) for m, t in placed if m.type == E.INITIATIVE]
        actors = [(m, t) for m, t in placed if m.type in _RUNNERS]
        places = [(m, t) for m, t in placed if m.type == E.PLACE]
        for initiative, itok in initiatives:
            irole, iverb = _clause_role(itok)
            for actor, atok in actors:
                owned = _owner_relation(atok, itok)
                if owned is not None:
                    yield i, FoundRelation(actor, initiative, owned, 0.5), True
                    continue
                arole, averb = _clause_role(atok, actor.end - offset)
                leading = _leading_verb(atok)
                if leading is not None and leading.i == iverb.i and irole in _SUBJECTS | _OBJECTS:
                    # 'I regi av A genomförs X', 'Under ledning av A genomfördes X': A leads it
                    if leading.lower_.startswith(_CARRYING_OUT) and not _negated(leading):
                        yield i, FoundRelation(actor, initiative, R.RUNS, 0.5), True
                    continue
                if averb.i != iverb.i and arole == "nsubj" and _controls(averb, iverb):
                    averb = iverb  # 'A har beslutat att starta X': A is the one who starts it
                if averb.i != iverb.i or _negated(averb):
                    continue
                verb = averb.lower_
                if arole == "nsubj" and irole in _OBJECTS:
                    if verb.startswith(_CARRYING_OUT):
                        yield i, FoundRelation(actor, initiative, R.RUNS, 0.55), False
                elif arole == "obl:agent" and irole in _SUBJECTS and verb.startswith(_CARRYING_OUT):
                    yield i, FoundRelation(actor, initiative, R.RUNS, 0.5), False
                elif arole in _SUBJECTS and irole == "obl" and verb.startswith(_TAKING_PART):
                    yield i, FoundRelation(actor, initiative, R.PARTICIPATES_IN, 0.55), False
                elif (
                    arole in _SUBJECTS | {"obj"}
                    and irole == "obl"
                    and verb in _STANDS
                    and _case(itok) == "bakom"
                ):
                    # 'Bakom X står A och B': 'stå' takes no object, an inverted subject may be read as one
                    yield i, FoundRelation(actor, initiative, R.RUNS, 0.55), True

            for place, ptok in places:
                first = first_conjunct(ptok)
                if first.dep_ == "nmod" and first.head.i == itok.i and _case(first) in {"i", "på"}:
                    yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.5), False


def _controls(verb: Token, lower: Token) -> bool:
    """Whether ``lower`` is an infinitive under ``verb`` whose subject is ``verb``'s own: 'kommunen
    har beslutat att starta', 'polisen fortsätter att driva', 'de blir först ut att börja med'."""
    steps = 0
    while lower.dep_ == "xcomp" and lower.head.i != lower.i and steps < 3:
        lower = lower.head
        steps += 1
        if lower.i == verb.i:
            return True
    return False


def _leading_verb(actor: Token) -> Token | None:
    """The verb whose agent 'i regi av A', 'under ledning av A' names: what A leads is done there."""
    first = first_conjunct(actor)
    noun = first.head
    if first.dep_ != "nmod" or _case(first) != "av" or noun.lower_ not in _LEADING or noun.dep_ != "obl":
        return None
    return noun.head


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def _owner_relation(actor: Token, initiative: Token) -> R | None:
    """What an actor attached to an initiative's noun does with it.

    'samverkansöverenskommelsen mellan kommunen och polisen' and 'polisens insats': they run
    it; 'samverkansavtal med kommunerna': they take part in what another runs.
    """
    first = first_conjunct(actor)
    if first.head.i != initiative.i:
        return None
    if first.dep_ == "nmod:poss":
        return R.RUNS
    if first.dep_ != "nmod":
        return None
    case = _case(first)
    if case in {"mellan", "av"}:
        return R.RUNS
    if case in {"med", "tillsammans"}:
        return R.PARTICIPATES_IN
    return None


# The clause reading, for the readings that ask the same of other mentions (loaders.relations.running.town_runners).
CARRYING_OUT = _CARRYING_OUT
OBJECTS = _OBJECTS
clause_role = _clause_role
controls = _controls
negated = _negated
