"""What a plan is drawn up from is no part of the plan.

'Följande processer ligger till grund för medborgarlöftet: 1. Medborgardialog 2. Enkäter': the
items listed after such a line are the groundwork the plan rests on (dialogues, surveys,
statistics), not initiatives of it: no relation is read of them, and they are no actors
(``loaders.extract`` leaves them out).
"""

from __future__ import annotations

import re

from graph.model import EntityType as E
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["basis_items", "without_basis_parts"]

_BASIS = re.compile(r"\b(?:ligger|låg|legat)\s+till\s+grund\s+för\b|\bunderlag\s+för\s+framtagning", re.I)
# A line of a list: a number, a letter or a bullet before its text.
_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[•●▪◦*–-])[ \t]+", re.MULTILINE)
_MAX_ITEMS = 12


def basis_items(context: RelationContext) -> set[str]:
    """The initiatives named in the list right after a line saying what a plan rests on."""
    items: set[str] = set()
    for i, sentence in enumerate(context.sentences):
        if not _BASIS.search(sentence.text):
            continue
        for j in range(i + 1, min(i + 1 + _MAX_ITEMS, len(context.sentences))):
            line_start = context.text.rfind("\n", 0, context.sentences[j].start) + 1
            if not context.text or not _ITEM.match(context.text, line_start, context.sentences[j].end):
                break
            items.update(m.canonical for m in context.mentions[j] if m.type == E.INITIATIVE)
    return items


def without_basis_parts(by_sentence: dict[int, list[FoundRelation]], context: RelationContext) -> None:
    """In place: no relation of an item the text lists as the groundwork of a plan."""
    items = basis_items(context)
    if not items:
        return
    for i, found in by_sentence.items():
        by_sentence[i] = [f for f in found if not items & {f.source.canonical, f.target.canonical}]
