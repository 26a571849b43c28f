"""Joint efforts described by a noun phrase and placed in a named place: 'arbete mot organiserad
brottslighet i Kalix', 'vårt arbete mot narkotikahandeln i Mora',
'samarbete mellan fem myndigheter i region Nord'.

ONTOLOGY.md counts a described effort as an initiative even without a proper name. The phrase is
its head noun (arbete, samarbete, samverkan, satsning, insats, with a compound before it) with
the adjectives before it and the complement after it ('mot ...', 'med ...', 'för ...', 'kring ...',
'mellan ...'), up to a place it is in. It is ACTIVE_IN that place, and whoever owns it in the
genitive ('polisens arbete mot ...') RUNS it. Only a phrase that ends in a named place is read:
without one, 'arbetet mot brott' is mostly a topic, not an initiative of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["effort_relations"]

_HEAD = re.compile(
    r"(?<![\wåäö-])(?P<head>[\wåäö]*(?:arbete|arbetet|samarbete|samarbetet|samverkan|satsning|satsningen"
    r"|insats|insatsen|insatser|insatserna))[ \t]+(?P<prep>mot|med|för|kring|mellan)[ \t]+",
    re.IGNORECASE,
)
_HEAD_GATE = WordGate(_HEAD)  # most sentences hold none of its words
_ADJECTIVE = re.compile(
    r"(?<![\wåäö-])(?P<adj>[\wåäö]+(?:ad|at|ade|ig|igt|iga|isk|iskt|iska|sam|samt|samma|t))[ \t]+\Z"
)
_AND_ADJECTIVE = re.compile(r"(?<![\wåäö-])[\wåäö]+[ \t]+och[ \t]+\Z")
_OWNER = re.compile(r"(?<![\wåäö-])(?P<owner>[\wåäö]+s|vårt|vår)[ \t]+\Z", re.IGNORECASE)
_NOT_ADJECTIVE = frozenset(
    ["det", "ett", "att", "mot", "just", "samt", "inte", "fått", "gott", "sitt", "mitt"]
)
# A place the phrase is in: 'i Borås', 'i region Mitt', 'i centrum och på resecentrum'.
_IN = re.compile(r"[ \t]+(?:i|på|inom)[ \t]+\Z")
_CLAUSE_END = re.compile(r"[,.;:!?]|\b(?:som|och|är|har|ska|skall|kan|var|blev|genom|där)\b")
_MAX_GAP = 60  # characters from the preposition to the place


def _phrase_start(text: str, at: int) -> int:
    """The start of the adjectives before the head at ``at`` ('samordnat och systematiskt arbete')."""
    start = at
    for _ in range(3):
        m = _ADJECTIVE.search(text, max(0, start - 40), start)
        if m is None or m.group("adj").lower() in _NOT_ADJECTIVE:
            conj = _AND_ADJECTIVE.search(text, max(0, start - 40), start)
            if conj is None or start == at:
                break
            start = conj.start()
            continue
        start = m.start()
    return start


def effort_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for every effort phrase that ends in a named place."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if not _HEAD_GATE.may_match(text) or not _HEAD.search(text):
            continue
        places = [m for m in context.mentions[i] if m.type == E.PLACE]
        if not places:
            continue
        for m in _HEAD.finditer(text):
            yield from _effort(context, i, m, places)


def _effort(
    context: RelationContext, i: int, m: re.Match[str], places: list[Mention]
) -> Iterator[tuple[int, FoundRelation]]:
    sentence = context.sentences[i]
    text = sentence.text
    after = m.end()
    place = next(
        (
            p
            for p in places
            if after < p.start - sentence.start <= after + _MAX_GAP
            and _IN.search(text, after, p.start - sentence.start)
        ),
        None,
    )
    if place is None:
        return
    gap = text[after : place.start - sentence.start]
    core = _IN.sub("", gap)
    if (
        not core.strip()
        or _CLAUSE_END.search(core)
        or any(
            o.start - sentence.start < place.start - sentence.start and o.end - sentence.start > after
            for o in context.mentions[i]
            if o.type != E.PLACE and o.type != E.INITIATIVE
        )
    ):
        return
    start = _phrase_start(text, m.start())
    end = place.end - sentence.start
    name = text[start:end]
    if name[:1].isupper() and start > 0:
        name = name[0].lower() + name[1:]
    without_place = text[start : after + len(core)].strip()
    head_at = sentence.start + m.start("head")
    known = next(
        (o for o in context.mentions[i] if o.type == E.INITIATIVE and o.start <= head_at < o.end), None
    )
    if known is not None:  # the mention readers named it already: keep their name, add this one
        effort = Mention(
            known.start,
            known.end,
            known.text,
            E.INITIATIVE,
            known.canonical,
            head=known.head,
            rule="effort",
            aliases=(name, without_place),
        )
    else:
        effort = Mention(
            sentence.start + start,
            sentence.start + end,
            name,
            E.INITIATIVE,
            name,
            head=m.group("head").lower(),
            rule="effort",
            aliases=(without_place,),
        )
    yield i, FoundRelation(effort, place, R.ACTIVE_IN, 0.6)
    owner = _OWNER.search(text, max(0, start - 40), start)
    if owner is None:
        return
    word = owner.group("owner").lower()
    runner = None
    if word in ("vårt", "vår"):
        runner = context.we(i)
    else:
        for o in context.mentions[i]:
            if o.end - sentence.start == owner.end("owner") and o.type in (
                E.POLICE_UNIT,
                E.MUNICIPALITY,
                E.MUNICIPAL_BODY,
                E.AGENCY,
                E.ORGANISATION,
            ):
                runner = o
    if runner is not None:
        yield i, FoundRelation(runner, effort, R.RUNS, 0.6)
