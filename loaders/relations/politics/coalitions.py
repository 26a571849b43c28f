"""A coalition whose member parties the text names is no actor of its own: its members are.

'De tre allianspartierna Moderaterna, Liberalerna och Kristdemokraterna presenterade ...' and
'Alliansen (M, C, L, KD) vill ...' name the parties behind the coalition, right beside it. In such
a document every relation of the coalition is a relation of each member it names, and the
coalition itself is neither an actor nor a whole its members are PART_OF. Where the text names no
members, the coalition stays as it is: local alliances differ, so its members are not guessed.
"""

from __future__ import annotations

import re

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["dissolve_named_coalitions", "is_coalition", "named_coalitions"]

# Names of coalitions of parties: 'Allianspartierna', 'Alliansen', 'De rödgröna', 'Tidöpartierna'.
_COALITION = re.compile(r"(?:allians|rödgröna|tidöpartierna|samarbetspartierna|oppositionspartierna)", re.I)
# What may stand between the coalition and its first member, and between two members. A comma
# there may also just list the coalition beside other parties ('Alliansen, S och V röstade ...'):
# it opens the members only after a count that the list then fills ('De tre allianspartierna,
# Moderaterna, Liberalerna och Centerpartiet, ...').
_OPEN = re.compile(r"[ \t]*(?:\(|:|–|-)?[ \t]*")
_OPEN_COMMA = re.compile(r"[ \t]*,[ \t]*")
_COUNT = re.compile(r"\b(två|tre|fyra|fem|sex|sju|åtta)[ \t]+$", re.IGNORECASE)
_COUNTS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8}
_LINK = re.compile(r"[ \t]*(?:,|och|samt|&)?[ \t]*")
# Party letters in brackets after the coalition: 'Alliansen (M, C, L, KD)'.
_LETTERS = re.compile(
    r"[ \t]*\(((?:SD|KD|MP|S|M|C|V|L)(?:[ \t]*(?:,|och|samt|&)[ \t]*(?:SD|KD|MP|S|M|C|V|L))+)\)"
)
_LETTER = re.compile(r"SD|KD|MP|S|M|C|V|L")
_MIN_MEMBERS = 2


def is_coalition(m: Mention) -> bool:
    """Whether a party mention names a coalition of parties."""
    return m.type == E.POLITICAL_PARTY and _COALITION.search(m.canonical) is not None


def named_coalitions(context: RelationContext) -> dict[str, list[Mention]]:
    """Coalition canonical name -> the member parties the document names right beside it."""
    named: dict[str, list[Mention]] = {}
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        for k, coalition in enumerate(mentions):
            if not is_coalition(coalition) or coalition.canonical in named:
                continue
            members = _listed_after(sentence.text, sentence.start, coalition, mentions[k + 1 :])
            members = members or _letters_after(sentence.text, sentence.start, coalition, context)
            if len({m.canonical for m in members}) >= _MIN_MEMBERS:
                named[coalition.canonical] = list({m.canonical: m for m in members}.values())
    return named


def _listed_after(text: str, offset: int, coalition: Mention, after: list[Mention]) -> list[Mention]:
    """The parties listed right after the coalition: 'allianspartierna Moderaterna, C och KD'."""
    listed: list[Mention] = []
    pos = coalition.end - offset
    count = _COUNT.search(text, 0, coalition.start - offset)
    opened = False
    for m in after:
        at = m.start - offset
        if at < pos:
            continue  # a mention inside the one before it
        if m.type != E.POLITICAL_PARTY or is_coalition(m):
            break
        if listed:
            joined = _LINK.fullmatch(text, pos, at) is not None
        elif _OPEN.fullmatch(text, pos, at):
            joined = True
        else:
            opened = joined = count is not None and _OPEN_COMMA.fullmatch(text, pos, at) is not None
        if not joined:
            break
        listed.append(m)
        pos = m.end - offset
    if opened and count is not None and len({m.canonical for m in listed}) != _COUNTS[count.group(1).lower()]:
        return []
    return listed


def _letters_after(text: str, offset: int, coalition: Mention, context: RelationContext) -> list[Mention]:
    """The parties of the letters in brackets right after the coalition: 'Alliansen (M, C, L, KD)'."""
    match = _LETTERS.match(text, coalition.end - offset)
    if match is None:
        return []
    members: list[Mention] = []
    for letter in _LETTER.finditer(match.group(1)):
        party = context.gazetteer.party_by_letter(letter.group(0))
        if party is not None:
            start = offset + match.start(1) + letter.start()
            members.append(
                Mention(start, start + len(letter.group(0)), letter.group(0), E.POLITICAL_PARTY, party.name)
            )
    return members


def dissolve_named_coalitions(by_sentence: dict[int, list[FoundRelation]], context: RelationContext) -> None:
    """In place: each relation of a coalition whose members are named becomes one of each member;
    a member's PART_OF the coalition is dropped."""
    named = named_coalitions(context)
    if not named:
        return
    for i, found in by_sentence.items():
        if not any(f.source.canonical in named or f.target.canonical in named for f in found):
            continue
        kept: list[FoundRelation] = []
        for f in found:
            source_members = named.get(f.source.canonical)
            target_members = named.get(f.target.canonical)
            if source_members is None and target_members is None:
                kept.append(f)
                continue
            if f.type is R.PART_OF and target_members is not None and f.source.type == E.POLITICAL_PARTY:
                continue  # a member is the coalition, no part of an actor
            for source in source_members or [f.source]:
                for target in target_members or [f.target]:
                    if source.canonical != target.canonical:
                        kept.append(FoundRelation(source, target, f.type, f.confidence, f.properties))
        by_sentence[i] = kept
