"""Premises a group owns, said of the premises: where they are is where the group is based.

- 'Bandidos MC:s klubbhus ligger i Tegnaby', 'Gängets lokal finns på Storgatan i Mora': the group's
  premises (its name in the genitive before them) lie in a place;
- 'Klubbstugan i Åby ägs av Outlaws MC', 'Gården utanför Byn tillhör klubben', 'Fastigheten i Åby
  används av Outlaws MC': premises in a place belong to, or are used by, the group.

A group that gets premises somewhere is ESTABLISHED_IN that place (ONTOLOGY.md, *Annotation
conventions*); the premises themselves are no place of their own. The places read are those of
the clause that names the premises, up to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.criminal.group_bases import municipality_place
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["owned_premises_relations"]

_PREMISES = r"(?:klubblokal|klubbhus|klubbstuga|lokal|lokaler|fastighet|gård|högkvarter|tillhåll|villa)(?:n|en|et|na|erna|arna)?"
# After the group's genitive: '(:s) (nya) klubbhus ligger (sedan 2019) i'.
_GENITIVE_PREMISES_LIE = re.compile(
    rf"\A(?::s|s)?\s+(?:[\wåäö-]+\s+)?{_PREMISES}\s+(?:ligger|låg|finns|fanns|är\s+belägen|är\s+belägna)"
    r"(?:\s+(?:sedan|numera|nu|fortfarande|också|även)(?:\s+\d{4})?)?\s+(?:i|på|utanför|vid)\s+\Z",
    re.IGNORECASE,
)
# Before the group: 'Klubbstugan i Åby (i Mora kommun) ägs av ', '... tillhör '.
_PREMISES_IN = re.compile(rf"(?:^|\s){_PREMISES}\s+(?:i|på|utanför|vid)\s+\Z", re.IGNORECASE)
_BELONGS = re.compile(
    r"\A(?:\s*(?:,|och|i|på)\s*(?:[\wåäö-]+\s+){0,2}?)?\s*(?:,\s*)?"
    r"(?:ägs|ägdes|används|användes|hyrs|hyrdes|disponeras|disponerades|tillhör|tillhörde)"
    r"(?:\s+(?:sedan|numera|nu|fortfarande)(?:\s+\d{4})?)?(?:\s+av)?\s+\Z",
    re.IGNORECASE,
)
_PLACES = frozenset([E.PLACE, E.MUNICIPALITY])


def owned_premises_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ESTABLISHED_IN) for the groups whose premises a sentence places."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        groups = [m for m in mentions if m.type == E.CRIMINAL_GROUP]
        if not groups or not any(m.type in _PLACES for m in mentions):
            continue
        text, base = sentence.text, sentence.start
        for group in groups:
            for place in [
                *_genitive_premises_places(text, base, mentions, group),
                *_owned_places(text, base, mentions, group),
            ]:
                # a municipality named with the place stands for its town ('i Åby i Mora kommun')
                where = municipality_place(context, place) if place.type == E.MUNICIPALITY else place
                if where is not None:
                    yield i, FoundRelation(group, where, R.ESTABLISHED_IN, 0.6)


def _genitive_premises_places(
    text: str, base: int, mentions: Sequence[Mention], group: Mention
) -> list[Mention]:
    """'G:s klubbhus ligger i P (i Q)': P and the places listed right after it."""
    after = [m for m in mentions if m.start >= group.end]
    places = [m for m in after if m.type in _PLACES]
    if not places or not _GENITIVE_PREMISES_LIE.match(text[group.end - base : places[0].start - base]):
        return []
    return _place_run(text, base, places)


def _owned_places(text: str, base: int, mentions: Sequence[Mention], group: Mention) -> list[Mention]:
    """'Klubbstugan i P (i Q) ägs av G': the places between the premises and the verb of owning."""
    before = [m for m in mentions if m.end <= group.start and m.type in _PLACES]
    if not before:
        return []
    run = _place_run(text, base, before[::-1], backwards=True)
    first, last = run[-1], run[0]
    if not _PREMISES_IN.search(text, 0, first.start - base):
        return []
    if not _BELONGS.match(text[last.end - base : group.start - base]):
        return []
    return run


def _place_run(text: str, base: int, places: Sequence[Mention], backwards: bool = False) -> list[Mention]:
    """The first place and those joined to it by 'i', 'utanför', ',' ('i Åby i Mora kommun')."""
    run = [places[0]]
    for m in places[1:]:
        left, right = (m, run[-1]) if backwards else (run[-1], m)
        if not re.fullmatch(
            r"\s*(?:,\s*)?(?:i|utanför|vid|och|,)?\s*", text[left.end - base : right.start - base]
        ):
            break
        run.append(m)
    return run
