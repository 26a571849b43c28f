"""Members and partners listed as items under a line that announces them.

Protocols, regulations and medborgarlöfte pages list who takes part line by line:

    Rådet består av följande ledamöter:
    • kommunstyrelsens ordförande
    • en representant för Polisen

    I arbetet deltar:
    – Tullverket
    – fältassistenter

The announcing line ends with a colon and names what is joined: a council, network or group
(named, or pointed back to by its head noun), else an initiative (named, or the work the
sentences before speak of). The actors of the item lines that follow, up to the first line that
is no item, take part in it; an office names its organisation ('kommunstyrelsens ordförande').
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import Sentence
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.council_members import COUNCIL, body_named_in
from loaders.relations.partaking.member_roles import with_member_roles
from loaders.relations.partaking.partner_clauses import owns
from loaders.relations.triggers import allowed

__all__ = ["item_list_members"]

# An announcing line: a verb or noun of membership or taking part, then a colon at its end.
_ANNOUNCES = re.compile(
    r"\b(?:består\s+av|bestod\s+av|utgörs\s+av|omfattar|ingår|ingick|deltar|deltog|medverkar|medverkade"
    r"|sitter|representerade|representeras|(?:samarbets|samverkans)(?:partner|partners|parter)|deltagare"
    r"|medverkande|ledamöter)\b[^:]*:\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[ \t]*(?:[•·▪◦*–—-]|\d{1,2}[.)])[ \t]*$")
_ITEM_WORDS = 12  # an unbulleted item line is short and has no final full stop
_MAX_ITEMS = 40
_REACH = 4  # sentences back to the initiative a line about 'the work' continues
_MEMBERS = frozenset(
    {E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP, E.PERSON}
)


def item_list_members(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the actors of the item lines under each announcing line."""
    text = context.text
    if text is None:
        return
    for i, sentence in enumerate(context.sentences):
        if not sentence.text.rstrip().endswith(":") or not _ANNOUNCES.search(sentence.text):
            continue
        target = _joined(context, i)
        if target is None:
            continue
        for j in range(i + 1, min(len(context.sentences), i + 1 + _MAX_ITEMS)):
            if not _is_item(text, context.sentences[j]):
                break
            for member in with_member_roles(context, j, context.mentions[j], listed=True):
                if (
                    member.type in _MEMBERS
                    and member.canonical != target.canonical
                    and (target.rule == COUNCIL or not owns(member, target))
                    and allowed(R.PARTICIPATES_IN, member.type, E.INITIATIVE)
                ):
                    yield j, FoundRelation(member, target, R.PARTICIPATES_IN, 0.5)


def _joined(context: RelationContext, i: int) -> Mention | None:
    """What the announcing line says is joined: a body, else an initiative named in the line or
    just before it."""
    body = body_named_in(context, i)
    if body is not None:
        return body
    named = [m for m in context.mentions[i] if m.type is E.INITIATIVE]
    if named:
        return named[-1]
    for j in range(i - 1, max(-1, i - _REACH - 1), -1):
        earlier = [m for m in context.mentions[j] if m.type is E.INITIATIVE]
        if earlier:
            return dataclasses.replace(earlier[-1])
    return None


def _is_item(text: str, sentence: Sentence) -> bool:
    """A bulleted line, or a short line without a full stop."""
    start, body = sentence.start, sentence.text
    line_start = text.rfind("\n", 0, start) + 1
    if _BULLET.fullmatch(text, line_start, start):
        return True
    return line_start == start and not body.rstrip().endswith(".") and len(body.split()) <= _ITEM_WORDS
