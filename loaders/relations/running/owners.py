"""Whose initiative it is, from the genitive before it: 'polisens trygghetsundersökning',
'Socialnämndens handlingsplan', 'kommunens satsning', 'Luleå kommun och polisens arbete mot X',
or from 'i X:s regi' ('Projektet drivs i Länsstyrelsens regi').

A genitive owner RUNS the initiative it qualifies (ONTOLOGY: "X:s satsning"). The owner is either
a mention of its own right before the initiative (coordinated owners, 'A och B:s', each run it)
or, where the initiative reader took the genitive into the initiative's name ('kommunens
handlingsplan', 'Moras trygghetsfond'), the document's municipality that the genitive names.
A place's genitive names its municipality only when the document names that municipality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.descriptors import DESCRIPTOR
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["owner_relations"]

_OWNERS = frozenset([E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION])
# Nothing, or the kind of initiative the name is: 'polisens insats Vinterljus'.
_BETWEEN = re.compile(r"(?:[ \t]+" + DESCRIPTOR + r"|[ \t]*)\Z")
_AND = re.compile(r"[ \t]*(?:,|och|samt)[ \t]*\Z")
_MUNICIPAL_GENITIVE = frozenset(["kommunens", "stadens"])
_REGI_AFTER = re.compile(r"[ \t]+(?:egen[ \t]+)?regi\b")
_IN_BEFORE = re.compile(r"(?<![\w-])i[ \t]+\Z")


def owner_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) for every initiative with an owner in the genitive."""
    for i, mentions in enumerate(context.mentions):
        regi = _regi_owners(context, mentions) if "regi" in context.sentences[i].text else []
        for k, mention in enumerate(mentions):
            if mention.type != E.INITIATIVE:
                continue
            for owner in _owners_before(context, mentions[:k], mention) or _owner_in_name(context, mention):
                yield i, FoundRelation(owner, mention, R.RUNS, 0.6)
            for owner in regi:
                yield i, FoundRelation(owner, mention, R.RUNS, 0.6)


def _regi_owners(context: RelationContext, mentions: list[Mention]) -> list[Mention]:
    """The actors of 'i X:s regi' in a sentence: they run what the sentence's initiatives are."""
    text = context.text
    return [
        m
        for m in mentions
        if m.type in _OWNERS
        and text[m.start : m.end].endswith("s")
        and _REGI_AFTER.match(text, m.end)
        and _IN_BEFORE.search(text, max(0, m.start - 4), m.start)
    ]


def _owners_before(context: RelationContext, before: list[Mention], initiative: Mention) -> list[Mention]:
    """The genitive mention right before the initiative, and those coordinated with it."""
    text = context.text
    if not before:
        return []
    last = before[-1]
    if (
        last.type not in _OWNERS
        or not text[last.start : last.end].endswith("s")
        or not _BETWEEN.match(text[last.end : initiative.start])
    ):
        return []
    owners = [last]
    for earlier in reversed(before[:-1]):
        if earlier.type not in _OWNERS or not _AND.match(text[earlier.end : owners[0].start]):
            break
        owners.insert(0, earlier)
    return owners


def _owner_in_name(context: RelationContext, initiative: Mention) -> list[Mention]:
    """The municipality a genitive at the start of the initiative's own text names."""
    first = initiative.text.split(maxsplit=1)[0] if initiative.text.strip() else ""
    if not first.endswith("s") or " " not in initiative.text.strip():
        return []
    municipality = context.municipality
    if municipality is None:
        return []
    if first.lower() in _MUNICIPAL_GENITIVE:
        return [municipality]
    place = first[:-1]
    if first[:1].isupper() and municipality.canonical.startswith((f"{place} ", f"{first} ")):
        return [municipality]
    return []
