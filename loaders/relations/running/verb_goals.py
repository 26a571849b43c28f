"""Goals written as verbs: 'kommunen ska arbeta mot narkotikahandeln', 'tanken är att samarbeta
kring särskilt brottsaktiva personer', 'parterna vill samverka för ökad trygghet i centrum'.

Annotators make such a goal an ``Initiative`` named by the verb's noun and its complement ('arbete
mot narkotikahandeln', 'samarbete kring särskilt brottsaktiva personer'). Those who are to do it
RUN it: the actors that stand before the verb as its subject, else the parties of an agreement
named in the sentence or the one before ('en överenskommelse mellan A, B och C'), else the
signatories of the document's pact. A goal nobody is named for is still an initiative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.pacts import pacts_and_signatories
from loaders.relations.triggers import ORGANISATIONS, PREPOSITIONS

__all__ = ["verb_goal_relations"]

# verb -> the noun an annotator names the goal by
_NOUNS = {"arbeta": "arbete", "samarbeta": "samarbete", "samverka": "samverkan"}
# A modal or infinitive marker, up to three adverbs ('på olika sätt', 'också', 'gemensamt'), the
# verb, then a preposition that opens the goal.
_GOAL = re.compile(
    r"(?:\b(?:att|ska|skall|vill|kommer\s+att|fortsätter\s+att)\s+(?:[a-zåäö]+\s+){0,3}?"
    r"(?P<verb>arbeta|samarbeta|samverka))\s+(?:(?:också|även|aktivt|gemensamt|tillsammans)\s+)?(?P<prep>för|mot|kring|med)\s+(?P<what>[^,;:.!?()]+)",
    re.IGNORECASE,
)
# The goal ends before a new clause or a second goal.
_END = re.compile(
    r"\s+(?:och\s+att|samt|genom|så\s+att|för\s+att|eftersom|men|när|där|som|skriver|säger|enligt)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 9
# 'arbeta för att ...' is a purpose clause, 'arbeta med det' a pronoun: no goal to name.
_NOT_GOAL = frozenset(
    {"att", "det", "den", "detta", "dessa", "de", "dem", "oss", "varandra", "sig", "er"}
    | {"för", "mot", "kring", "med", "i", "på", "om", "till", "av"}  # 'arbeta med för att ...': no object
)
_BETWEEN = re.compile(r"\bmellan\s+", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|och)\s*|\s*,\s*och\s*")
_AGREEMENT = re.compile(r"överenskommelse|avtal|medborgarlöfte", re.IGNORECASE)


def verb_goal_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from those who are to carry out each goal written as a verb."""
    seen: set[tuple[str, str]] = set()
    for i, sentence in enumerate(context.sentences):
        for match in _GOAL.finditer(sentence.text):
            goal = _goal(context, i, match)
            if goal is None:
                continue
            for runner in _runners(context, i, match.start("verb")):
                key = (runner.canonical, goal.canonical)
                if key not in seen:
                    seen.add(key)
                    yield i, FoundRelation(runner, goal, R.RUNS, 0.5)


def _goal(context: RelationContext, i: int, match: re.Match[str]) -> Mention | None:
    what = match.group("what")
    end = _END.search(what)
    words = (what[: end.start()] if end else what).split()
    if not words or words[0].lower() in _NOT_GOAL or len(words) > _MAX_WORDS:
        return None
    if match.group("prep").lower() == "med" and match.group("verb").lower() != "arbeta":
        return None  # 'samverka med lokalsamhället': a partner, not a goal
    sentence = context.sentences[i]
    start = sentence.start + match.start("verb")
    stop = sentence.start + match.start("what") + len(" ".join(words))
    # A goal whose object is an actor ('samarbeta med polisen') is a partnership, read elsewhere.
    if any(start <= m.start < stop and m.type in ORGANISATIONS for m in context.mentions[i]):
        return None
    noun = _NOUNS[match.group("verb").lower()]
    name = f"{noun} {match.group('prep').lower()} {' '.join(words)}"
    text = sentence.text[start - sentence.start : stop - sentence.start]
    return Mention(start, stop, text, E.INITIATIVE, name, head=noun, rule="verb_goal")


def _runners(context: RelationContext, i: int, at: int) -> list[Mention]:
    """The subject before the verb, else an agreement's parties, else the pact's signatories."""
    sentence = context.sentences[i]
    subject = []
    for m in context.mentions[i]:
        rel = m.start - sentence.start
        words = sentence.text[:rel].split()
        if rel < at and m.type in ORGANISATIONS and not (words and words[-1].lower() in PREPOSITIONS):
            subject.append(m)
    if subject:
        return subject
    for j in (i, i - 1):
        if j >= 0 and _AGREEMENT.search(context.sentences[j].text):
            parties = _parties(context, j)
            if parties:
                return parties
    return pacts_and_signatories(context)[1]


def _parties(context: RelationContext, j: int) -> list[Mention]:
    """The list of actors right after 'mellan' ('mellan Mora kommun, polisen och Kriminalvården')."""
    sentence = context.sentences[j]
    between = _BETWEEN.search(sentence.text)
    if between is None:
        return []
    at = sentence.start + between.end()
    parties: list[Mention] = []
    for m in sorted(context.mentions[j], key=lambda m: m.start):
        if m.end <= at:
            continue
        gap = sentence.text[at - sentence.start : m.start - sentence.start]
        if m.start != at and not _LIST_GAP.fullmatch(gap):
            break
        if m.type in ORGANISATIONS:
            parties.append(m)
        at = m.end
    return parties
