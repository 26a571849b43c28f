"""A municipal unit placed inside a named body by a preposition or a relative clause.

'Fältgruppen inom socialtjänsten', 'trygghetsenheten på kommunledningsförvaltningen',
'Fritidsgårdarna, som tillhör kultur- och fritidsförvaltningen, ...', 'Fältgruppen, en del av
socialtjänsten, ...', and fronted: 'Inom socialförvaltningen finns fältgruppen och
ungdomsmottagningen': the unit is PART_OF the body the text puts it in (ONTOLOGY.md, "Units": a unit is PART_OF its parent when the text names
it). A municipal body inside its municipality, and police units inside each other, are read from
public facts elsewhere (``hierarchy``); this reads the step between two bodies the text names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["units_inside"]

# What may stand between a unit and the body that holds it.
_INSIDE = re.compile(
    r"^\s*(?:,\s*(?:en\s+(?:\w+\s+)?(?:del|enhet|avdelning)\s+(?:av|inom|i|under)|ett\s+(?:\w+\s+)?organ\s+(?:inom|under))"
    r"|,\s*som\s+(?:(?:är|var)\s+(?:en\s+(?:\w+\s+)?del\s+av|placerad\s+(?:på|inom|vid|under))"
    r"|tillhör|tillhörde|hör\s+till|hörde\s+till|ligger\s+under|låg\s+under|lyder\s+under|ingår\s+i)"
    r"|inom|på|vid|under)\s+(?:den\s+|det\s+)?\Z",
    re.IGNORECASE,
)
_GATE = WordGate(
    re.compile(r"\b(?:inom|på|vid|under|tillhör|tillhörde|hör|hörde|ligger|låg|lyder|ingår|del)\b")
)
# The kinds of part, each with the kinds of whole it sits inside.
_WHOLES = {E.MUNICIPAL_BODY: frozenset({E.MUNICIPAL_BODY})}
_CONFIDENCE = 0.6
# 'Inom förvaltningen finns (även) A och B': a fronted whole, the verb, then its units.
_FRONTED = re.compile(r"^\W*(?:inom|under|på|i)\s+(?:den\s+|det\s+)?\Z", re.IGNORECASE)
_HOLDS = re.compile(
    r"^\s*(?:finns|fanns|ryms|rymdes|ingår|ingick|arbetar)\s+(?:(?:även|också|bland\s+annat|i\s+dag)\s+)*\Z",
    re.IGNORECASE,
)
_TOWNS = frozenset({E.MUNICIPALITY, E.PLACE})
_OWN_TOWN = re.compile(r"^\s*i\s+\Z", re.IGNORECASE)
_LINK = re.compile(r"^\s*(?:,|och|samt|,\s*och)\s*(?:den\s+|det\s+)?\Z", re.IGNORECASE)


def units_inside(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """PART_OF between a unit and the named body a preposition or relative clause puts it in."""
    for i, sentence in enumerate(context.sentences):
        if not _GATE.may_match(sentence.text):
            continue
        mentions = sorted(context.mentions[i], key=lambda m: m.start)
        for part, whole in itertools.pairwise(mentions):
            if _inside(sentence.text, sentence.start, part, whole):
                yield i, FoundRelation(part, whole, R.PART_OF, _CONFIDENCE)
        for part, whole in _fronted(sentence.text, sentence.start, mentions):
            yield i, FoundRelation(part, whole, R.PART_OF, _CONFIDENCE)


def _fronted(text: str, offset: int, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """(unit, whole) of a sentence opened by 'Inom <body> finns A, B och C'."""
    if len(mentions) < 2 or mentions[0].type is not E.MUNICIPAL_BODY:
        return
    whole = mentions[0]
    if not _FRONTED.match(text[: whole.start - offset]):
        return
    rest = [m for m in mentions[1:] if not _within(m, whole)]
    before = whole
    if rest and rest[0].type in _TOWNS and _OWN_TOWN.match(text[whole.end - offset : rest[0].start - offset]):
        before = rest.pop(0)  # 'Inom förvaltningen i Sala': the body's own town
    gap = _HOLDS
    for part in rest:
        if part.type is not E.MUNICIPAL_BODY or not gap.match(
            text[before.end - offset : part.start - offset]
        ):
            return
        if part.canonical != whole.canonical:
            yield part, whole
        gap, before = _LINK, part


def _within(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _inside(text: str, offset: int, part: Mention, whole: Mention) -> bool:
    if whole.type not in _WHOLES.get(part.type, ()) or part.canonical == whole.canonical:
        return False
    if whole.generic and whole.type is not E.MUNICIPAL_BODY:
        return False
    between = text[part.end - offset : whole.start - offset]
    return _INSIDE.match(between) is not None
