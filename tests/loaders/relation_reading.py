"""Reading relations from sentences written for the tests, with mentions built by hand.

Each sentence comes with its mentions (surface, type, canonical name), so a failing test points
at the relation patterns rather than at the entity side.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import split_sentences
from loaders.mentions.document import Mention
from loaders.relations.reader import FoundRelation, RelationContext, find_relations

Spec = tuple[str, E, str | None]


def mentions_of(text: str, specs: list[Spec]) -> list[Mention]:
    """Mentions for each surface in ``text`` (longest first, no overlaps)."""
    found = []
    for surface, type_, canonical in specs:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            found.append(Mention(m.start(), m.end(), surface, type_, canonical or surface))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def read(text: str, specs: list[Spec], date: dt.date | None = None) -> list[FoundRelation]:
    """Every relation of a small document, read with its discourse context."""
    return _read(text, specs, date=date)


def read_page(text: str, specs: list[Spec]) -> list[FoundRelation]:
    """``read`` with the document's text in the context, as extraction has it (line layout)."""
    return _read(text, specs, page=text)


def _read(text: str, specs: list[Spec], date: dt.date | None = None, page: str = "") -> list[FoundRelation]:
    sentences = split_sentences(text)
    mentions = mentions_of(text, specs)
    context = RelationContext(sentences, mentions, date=date, text=page)
    found = []
    for s in sentences:
        in_sentence = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        found += find_relations(s.text, s.start, in_sentence, context=context)
    return found


def edges(found: list[FoundRelation], type_: R | None = None) -> set[tuple[str, str, str]]:
    return {
        (f.type.value, f.source.canonical, f.target.canonical)
        for f in found
        if type_ is None or f.type is type_
    }


def edge(found: list[FoundRelation], type_: R, source: str, target: str) -> FoundRelation:
    for f in found:
        if f.type is type_ and f.source.canonical == source and f.target.canonical == target:
            return f
    raise AssertionError(f"no {type_.value} {source} -> {target} in {sorted(edges(found))}")


def no_edge(
    found: list[FoundRelation], type_: R, source: str | None = None, target: str | None = None
) -> None:
    for f in found:
        if f.type is type_ and source in (None, f.source.canonical) and target in (None, f.target.canonical):
            raise AssertionError(f"unexpected {type_.value} {f.source.canonical} -> {f.target.canonical}")


def partners(found: list[FoundRelation]) -> set[frozenset[str]]:
    return {
        frozenset((f.source.canonical, f.target.canonical)) for f in found if f.type is R.COLLABORATES_WITH
    }


__all__ = ["E", "R", "Spec", "edge", "edges", "mentions_of", "no_edge", "partners", "read"]
