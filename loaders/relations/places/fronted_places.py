"""A place that opens a clause puts the initiative of that clause there.

Swedish V2 order puts the subject after the verb when an adverbial opens the clause: 'I Norrby
pågår sedan i våras ett projekt mot klotter', 'På Söderby och i Västby genomfördes flera
trygghetsvandringar', 'Inom Åby kommun startas nu en satsning på fältassistenter'. The initiative
that the verb of happening has as its subject is ACTIVE_IN each place the opening names (a list
distributes; a municipality stands for its place). Only verbs that say something takes place
count, and only the first initiative after the verb, in the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.criminal.group_bases import municipality_place
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["fronted_place_relations"]

_OPENING = re.compile(r"\s*(?:(?:även|också|nu|sedan\s+\d{4}|dessutom)\s+)?(?:i|på|inom)\s+", re.IGNORECASE)
_BETWEEN_PLACES = re.compile(r"\s*(?:,|och|samt)\s*(?:(?:i|på|inom)\s+)?", re.IGNORECASE)
_HAPPENING = re.compile(
    r"\s+(?:(?:har|hade|ska|skall|kommer\s+att|kan)\s+)?(?:(?:nu|även|också|sedan\s+länge|redan)\s+)?"
    r"(?:pågår|pågick|pågått|genomförs|genomfördes|genomförts|bedrivs|bedrevs|bedrivits|sker|skedde|skett"
    r"|startar|startade|startas|startades|startats|inleds|inleddes|inletts|drivs|drevs|drivits|införs|infördes"
    r"|införts|hålls|hölls|hållits|arrangeras|arrangerades|anordnas|anordnades|erbjuds|erbjöds|testas|testades"
    r"|prövas|prövades|pågå|genomföras|starta|införas)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:!?]|\.\s|,\s*(?:som|där|men|och\s+(?:det|de|den|han|hon))\b", re.IGNORECASE)
_REACH = 90  # characters from the verb to the initiative it has as subject


def fronted_place_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the initiatives of clauses that a place opens."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if not mentions or not _OPENING.match(sentence.text):
            continue
        places, at = _opening_places(context, i)
        if not places:
            continue
        verb = _HAPPENING.match(sentence.text, at)
        if verb is None:
            continue
        initiative = _subject_after(context, i, verb.end())
        if initiative is not None:
            for place in places:
                yield i, FoundRelation(initiative, place, R.ACTIVE_IN, 0.6)


def _opening_places(context: RelationContext, i: int) -> tuple[list[Mention], int]:
    """The places the opening adverbial names, and the offset in the sentence where it ends."""
    sentence = context.sentences[i]
    text = sentence.text
    opening = _OPENING.match(text)
    at = opening.end() if opening else 0
    places: list[Mention] = []
    for mention in context.mentions[i]:
        start = mention.start - sentence.start
        if start < at:
            continue
        gap = text[at:start]
        if start != at and not (places and _BETWEEN_PLACES.fullmatch(gap)):
            break
        place = _as_place(context, mention)
        if place is None:
            break
        places.append(place)
        at = mention.end - sentence.start
    return places, at


def _as_place(context: RelationContext, mention: Mention) -> Mention | None:
    if mention.type is E.PLACE:
        return mention
    if mention.type is E.MUNICIPALITY:
        return context.place_of(mention) or municipality_place(context, mention)
    return None


def _subject_after(context: RelationContext, i: int, at: int) -> Mention | None:
    """The first initiative after the verb, before the clause ends; none if an actor comes first
    (then the clause is about the actor, read by ``loaders.relations.places.presence``)."""
    sentence = context.sentences[i]
    stop = _CLAUSE_BREAK.search(sentence.text, at)
    end = min(stop.start() if stop else len(sentence.text), at + _REACH)
    for mention in context.mentions[i]:
        start = mention.start - sentence.start
        if start < at:
            continue
        if start >= end:
            return None
        return mention if mention.type is E.INITIATIVE and mention.rule != "anaphor" else None
    return None
