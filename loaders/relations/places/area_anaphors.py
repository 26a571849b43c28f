"""'i respektive stadsdel', 'i områdena': places an initiative's sentence points back to.

A text that has listed its focus areas ('Ökad trygghet i Norrby, Söderby och Västby.') often
goes on with measures for them without naming them again: 'Trygghetsvandringar i respektive
stadsdel', 'Vi vill också ha kameror i områdena', 'insatser i de tre stadsdelarna'. A plural or
distributive area noun after 'i', 'på' or 'inom' stands for the places listed in the last
sentence, within a few before, that lists two or more (all its lists: 'i Norrby och Söderby och
nya områden i Västby och Öby' names four areas); the one initiative of its sentence is ACTIVE_IN
each of them. A singular 'i området' points to one place and is left to the readings of the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["area_anaphor_relations"]

_AREAS = re.compile(
    r"\b(?:i|på|inom)\s+(?:"
    r"(?:respektive|varje|vart\s+och\s+ett\s+av\s+(?:de|dessa)|var\s+och\s+en\s+av\s+(?:de|dessa))\s+"
    r"(?:område|områdena|stadsdel|stadsdelarna|bostadsområde|bostadsområdena)"
    r"|(?:(?:alla|samtliga|dessa|de|båda|bägge)\s+)?(?:(?:två|tre|fyra|fem|sex|utpekade|aktuella|berörda)\s+)?"
    r"(?:områdena|stadsdelarna|bostadsområdena)"
    r"|(?:dessa|samtliga|alla)\s+(?:områden|stadsdelar|bostadsområden)"
    r")\b",
    re.IGNORECASE,
)
# Between two places of one list: 'A, B och C', 'A/B', 'i A och på B', 'både i A och i B', 'A samt B'.
_LIST_GAP = re.compile(
    r"\s*(?:,|/|och|samt|eller)?\s*(?:,\s*)?(?:(?:och|samt)\s+)?(?:(?:i|på|inom)\s+)?", re.IGNORECASE
)
_REACH = 6  # sentences back to the list
_HEAD_PREFIX = 6  # enough of a head word to know it in another form ('trygghetsvandring(ar)')


def area_anaphor_relations(
    context: RelationContext, found: Mapping[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives placed in the areas a text listed before."""
    for i, sentence in enumerate(context.sentences):
        match = _AREAS.search(sentence.text)
        if match is None:
            continue
        initiative = _measure(context, i, found.get(i, []))
        if initiative is None:
            continue
        for place in _listed_before(context, i, sentence.start + match.start()):
            yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.5)


def _measure(context: RelationContext, i: int, found: list[FoundRelation]) -> Mention | None:
    """The measure of sentence ``i``: the item a pact's list makes of it, else its one initiative."""
    # the item is PART_OF the heading or pact it stands under
    items = {
        rel.source.canonical: rel.source
        for rel in found
        if rel.type is R.PART_OF and rel.source.type is E.INITIATIVE and rel.source.rule == "pact_item"
    }
    # a word pointing back ('dialogen') may point to another effort than the measure's own
    named = {m.canonical: m for m in context.mentions[i] if m.type is E.INITIATIVE and m.rule != "anaphor"}
    candidates = items or named
    if len(candidates) != 1:
        return None
    (measure,) = candidates.values()
    return measure if _named_here(measure, context.sentences[i].text) else None


def _named_here(measure: Mention, sentence: str) -> bool:
    """The measure's own head word stands in the sentence: 'Förbättra dialogen med ...' that the
    mentions resolved to the document's medborgardialoger is no mention of those dialogues."""
    words = re.findall(r"[\wåäö]+", measure.canonical.lower())
    return bool(words) and words[-1][:_HEAD_PREFIX] in sentence.lower()


def _listed_before(context: RelationContext, i: int, position: int) -> list[Mention]:
    """The places of the last sentence before ``position`` that lists two or more places: every
    list of it ('i Norrby och Söderby och nya områden i Västby och Öby' lists four)."""
    for j in range(i, max(-1, i - _REACH - 1), -1):
        sentence = context.sentences[j]
        places = [
            m
            for m in context.mentions[j]
            if m.type is E.PLACE and m.end <= position and _free(m, context.mentions[j])
        ]
        listed: list[Mention] = []
        run: list[Mention] = []
        for place in places:
            if run and _LIST_GAP.fullmatch(
                sentence.text[run[-1].end - sentence.start : place.start - sentence.start]
            ):
                run.append(place)
            else:
                run = [place]
            if len(run) == 2:
                listed += run
            elif len(run) > 2:
                listed.append(place)
        if listed:
            return listed
    return []


def _free(place: Mention, mentions: list[Mention]) -> bool:
    return not any(o is not place and o.start <= place.start and place.end <= o.end for o in mentions)
