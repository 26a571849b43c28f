"""The members a clause lists for a council, network or joint effort work with each other.

'I rådet ingår A, B, C och D', 'Nätverket består av A, B och C', 'A, B och C deltar i
arbetet': whatever the body is called, and whether or not it is itself recognised, the members
of one list are parties of the same joint work, so each COLLABORATES_WITH every other
(ONTOLOGY.md, "Annotation conventions": lists distribute, joint action makes a clique).
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
from loaders.relations.partaking.partner_clauses import listed_before, listed_from

__all__ = ["member_collaboration"]

_MEMBERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION})
_TAKE_PART = r"(?:ingår|ingick|deltar|deltog|medverkar|medverkade|sitter|satt|finns\s+med|är\s+med|var\s+med)"
_ADVERBS = r"(?:(?:även|också|dessutom|bland\s+(?:annat|andra)|numera|i\s+dag)\s+)*"
# 'I rådet ingår (även) A, B och C', 'Inom nätverket deltar A och B': a fronted body, its members after.
_FRONTED = re.compile(
    rf"^\s*[–•-]?\s*(?:i|inom)\s+(?:[\wåäö-]+\s+){{1,5}}?{_TAKE_PART}\s+{_ADVERBS}"
    r"(?:(?:representanter|företrädare)\s+(?:för|från)\s+)?",
    re.IGNORECASE,
)
# 'X består av A, B och C', 'X utgörs av A och B'.
_CONSISTS = re.compile(rf"\b(?:består|bestod|utgörs|utgjordes)\s+av\s+{_ADVERBS}", re.IGNORECASE)
# 'A, B och C (har) (även) deltar i ...'.
_SUBJECTS = re.compile(
    rf"\s+(?:(?:har|hade)\s+)?{_ADVERBS}(?:{_TAKE_PART}|deltagit|medverkat|ingått)\s+(?:{_ADVERBS})i\s",
    re.IGNORECASE,
)
_PARTIES = _MEMBERS | {E.GROUP}
# Where a list of the parties of joint work between them all begins: 'samverkan mellan',
# 'samverkansmöte mellan' ('samverkan med A och B' is the subject's work with each of them).
_JOINT_LIST = re.compile(
    r"\b[\wåäö-]*(?:samverkan|samarbete|samarbetet|samverkansmöte|samverkansmöten|samråd)"
    r"(?:[\s,]+(?:[\wåäö]+[\s,]+){0,3}?)?\s*mellan\s+",
    re.IGNORECASE,
)
_JOINT_LIST_GATE = WordGate(_JOINT_LIST)  # most sentences hold none of its words
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig)\b", re.IGNORECASE)
_ENUMERATION = 3  # organisations in a list that names parties without a word of joint work


def member_collaboration(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """COLLABORATES_WITH among the organisations each membership clause lists."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if _NEGATED.search(text):
            continue
        mentions = context.mentions[i]
        for members, kinds in _lists(text, sentence.start, mentions):
            named = {
                (m.type, m.canonical): m
                for m in members
                if m.type in kinds and (E.GROUP in kinds or not m.generic)
            }
            for a, b in itertools.combinations(named.values(), 2):
                if a.type == b.type == E.POLICE_UNIT:
                    continue  # a police unit and the authority it belongs to are one party
                yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.5)


def _lists(text: str, base: int, mentions: list[Mention]) -> Iterator[tuple[list[Mention], frozenset[E]]]:
    """Each list of members with the kinds of actor that count as its parties: organisations, and
    where a word of joint work opens the list, groups too ('samverkan mellan skolan, föräldrar
    och polisen')."""
    for members in _enumerations(text, base, mentions):
        yield members, _MEMBERS
    fronted = _FRONTED.match(text)
    if fronted is not None:
        yield listed_from(text, base, base + fronted.end(), mentions), _PARTIES
    for consists in _CONSISTS.finditer(text):
        yield listed_from(text, base, base + consists.end(), mentions), _PARTIES
    for verb in _SUBJECTS.finditer(text):
        yield listed_before(text, base, base + verb.start(), mentions), _PARTIES
    for cue in _JOINT_LIST.finditer(text) if _JOINT_LIST_GATE.may_match(text) else ():
        yield listed_from(text, base, base + cue.end(), mentions), _PARTIES


def _enumerations(text: str, base: int, mentions: list[Mention]) -> Iterator[list[Mention]]:
    """Lists of at least three organisations, whatever the clause around them: an enumeration of
    parties ('A, B, kommunerna i länet och C'), its members that are no known actor passed over."""
    taken = -1
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < taken or mention.type not in _MEMBERS:
            continue
        members = listed_from(text, base, mention.start, mentions)
        if members:
            taken = members[-1].end
        if sum(1 for m in members if m.type in _MEMBERS and not m.generic) >= _ENUMERATION:
            yield members
