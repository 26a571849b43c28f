"""The members of a council, network or working group take part in it.

A body that actors join ('det brottsförebyggande rådet', 'samverkansgruppen', 'nätverket X')
is, for those who sit in it, a joint effort: 'I rådet ingår A, B och C', 'Rådet består av A och
B', 'A och B ingår i nätverket', 'Gruppen, där A och B ingår, ...'. Each member PARTICIPATES_IN
the body read as an initiative (ONTOLOGY.md, "Annotation conventions": the ones listed as taking
part in a council PARTICIPATE_IN it), beside the body's own reading as a municipal body or an
organisation. Lists distribute over their members.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.member_roles import with_member_roles
from loaders.relations.partaking.partner_clauses import listed_before, listed_from

__all__ = ["COUNCIL", "anaphoric_council_members", "body_named_in", "council_members"]

#: The rule of a body read as the joint effort its members take part in; a municipality's own
#: units are members of its council, so the council is no initiative they merely 'own'.
COUNCIL = "council"

# The last word of a body that actors are members of.
_BODY_HEAD = re.compile(
    r"(?:råd|rådet|grupp|gruppen|nätverk|nätverket|forum|forumet|brå)$",
    re.IGNORECASE,
)
# An agency too: 'Brottsförebyggande rådet' is also what a municipality calls its own council.
_BODY_TYPES = frozenset({E.MUNICIPAL_BODY, E.ORGANISATION, E.AGENCY})
_MEMBER_TYPES = frozenset(
    {E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP, E.PERSON}
)
_CLAUSE_END = re.compile(r"[.;:!?]|\s(?:som|där|och\s+(?:ska|skall|har|är|träffas|möts|leds))\s")
_ADVERBS = r"(?:(?:även|också|dessutom|bland\s+(?:annat|andra)|numera|i\s+dag|idag)\s+)*"
# A statute's modal ('Rådet ska bestå av', 'I rådet skall ingå') and its paragraph numbers ('§ 2', '3 §').
_MODAL = r"(?:(?:ska|skall|bör|kan)\s+" + _ADVERBS + r")?"
_PARAGRAPH = r"(?:§\s*\d+[a-z]?\s+|\d+[a-z]?\s*§\s+|\d{1,2}[.)]\s+)?"
# 'X består av', 'X omfattar', 'X samlar' right after the body.
_CONSISTS = re.compile(
    rf"\s*(?:,\s*)?{_MODAL}(?:består\s+av|bestod\s+av|bestå\s+av|utgörs\s+av|utgöras\s+av|omfattar|omfatta"
    rf"|samlar|samlade){_ADVERBS}\s*",
    re.IGNORECASE,
)
_PARTAKE = r"(?:ingår|ingick|sitter|satt|deltar|deltog|medverkar|medverkade|finns\s+med)"
# The same verbs after a statute's modal: 'I rådet ska även ingå'.
_PARTAKE_MODAL = (
    rf"(?:{_PARTAKE}|(?:ska|skall|bör|kan)\s+{_ADVERBS}(?:ingå|sitta|delta|medverka|finnas\s+med))"
)
# 'I rådet ingår (även)': before and after the body.
_FRONTED_BEFORE = re.compile(
    r"(?:^|[:;]\s*)\s*[–•-]?\s*(?:§\s*\d+[a-z]?\s+|\d+[a-z]?\s*§\s+)?(?:i|inom)\s+(?:[a-zåäö-]+\s+)?$",
    re.IGNORECASE,
)
# 'I rådet finns (representanter från) A och B': being in a body fronted by it is membership.
_IN_BODY = rf"(?:{_PARTAKE_MODAL}|finns|fanns|ska\s+finnas)"
_FRONTED_AFTER = re.compile(rf"\s*(?:,\s*)?{_IN_BODY}\s+{_ADVERBS}", re.IGNORECASE)
# 'A och B (har) ingår i rådet' before the body.
_SUBJECTS_BEFORE = re.compile(
    rf"\s+(?:har\s+|hade\s+)?{_ADVERBS}(?:{_PARTAKE}|ingått|deltagit|medverkat)\s+{_ADVERBS}(?:i|inom)\s+"
    r"(?:[a-zåäö-]+\s+)?$",
    re.IGNORECASE,
)
# 'Rådet, där A och B ingår': the list between 'där' and the verb.
_WHERE = re.compile(rf"\s*,?\s*där\s+{_ADVERBS}", re.IGNORECASE)
_WHERE_VERB = re.compile(rf"\s+{_ADVERBS}{_PARTAKE}\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig)\b", re.IGNORECASE)


def council_members(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the members each sentence lists for a council, network or group."""
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        if _NEGATED.search(text):
            continue
        mentions = with_member_roles(context, i, context.mentions[i])
        for body in mentions:
            if body.type not in _BODY_TYPES or not _BODY_HEAD.search(body.canonical.split()[-1]):
                continue
            as_effort = dataclasses.replace(body, type=E.INITIATIVE, rule=COUNCIL)
            for member in _members(text, base, body, mentions):
                if member.canonical != body.canonical:
                    yield i, FoundRelation(member, as_effort, R.PARTICIPATES_IN, 0.5)


# A body named by its head noun ('Rådet består av', 'I styrgruppen ingår', 'A ingår i nätverket'),
# which points back to the body named before or, as a compound, names one of its own.
_HEAD_WORD = r"(?P<word>[\wåäö-]*(?P<head>råd|grupp|nätverk|forum)(?:et|en)?)"
_ANAPHORIC = (
    re.compile(
        rf"^\s*[–•-]?\s*{_PARAGRAPH}{_HEAD_WORD}\s*(?:,\s*)?{_MODAL}(?:består\s+av|bestod\s+av|bestå\s+av|utgörs\s+av"
        rf"|utgöras\s+av|omfattar|samlar){_ADVERBS}\s*",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*[–•-]?\s*{_PARAGRAPH}(?:i|inom)\s+{_HEAD_WORD}\s+{_IN_BODY}\s+{_ADVERBS}", re.IGNORECASE
    ),
)
_ANAPHOR_REACH = 6  # sentences back to the body a head noun points to
_BARE_HEADS = frozenset({"rådet", "gruppen", "nätverket", "forumet", "forum"})


def anaphoric_council_members(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """'Rådet består av A och B', 'I styrgruppen ingår A och B': the members of the body the
    head noun points to."""
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        if _NEGATED.search(text):
            continue
        for pattern in _ANAPHORIC:
            cue = pattern.match(text)
            if cue is None:
                continue
            body = _antecedent(context, i, cue.group("head").lower()) or _named_by(cue, base)
            if body is None:
                break
            for member in _to_clause_end(
                text, base, cue.end(), with_member_roles(context, i, context.mentions[i])
            ):
                if member.canonical != body.canonical:
                    yield i, FoundRelation(member, body, R.PARTICIPATES_IN, 0.5)
            break


_HEAD_IN_LINE = re.compile(rf"(?<![\wåäö-]){_HEAD_WORD}(?![\wåäö-])", re.IGNORECASE)


def body_named_in(context: RelationContext, i: int) -> Mention | None:
    """The council, network or group sentence ``i`` names, read as the joint effort it is: a
    body among its mentions, else one its head noun points back to or, as a compound, names."""
    for m in context.mentions[i]:
        if m.type in _BODY_TYPES and _BODY_HEAD.search(m.canonical.split()[-1]):
            return dataclasses.replace(m, type=E.INITIATIVE, rule=COUNCIL)
    cue = _HEAD_IN_LINE.search(context.sentences[i].text)
    if cue is None:
        return None
    return _antecedent(context, i, cue.group("head").lower()) or _named_by(cue, context.sentences[i].start)


def _antecedent(context: RelationContext, i: int, head: str) -> Mention | None:
    """The body with this head noun named last in the sentences before."""
    for j in range(i - 1, max(-1, i - _ANAPHOR_REACH - 1), -1):
        for m in reversed(context.mentions[j]):
            if m.type in _BODY_TYPES | {E.INITIATIVE} and re.search(
                rf"{head}(?:et|en)?\b", m.canonical.lower()
            ):
                return dataclasses.replace(m, type=E.INITIATIVE, rule=COUNCIL)
    return None


def _named_by(cue: re.Match[str], base: int) -> Mention | None:
    """A compound head ('samverkansrådet', 'EST-gruppen') names a body of its own."""
    word = cue.group("word")
    if word.lower() in _BARE_HEADS:
        return None
    name = word[:1].upper() + word[1:] if word[:1].isupper() else word.lower()
    return Mention(base + cue.start("word"), base + cue.end("word"), word, E.INITIATIVE, name, rule=COUNCIL)


def _members(text: str, base: int, body: Mention, mentions: list[Mention]) -> list[Mention]:
    after, before = body.end - base, body.start - base
    others = [m for m in mentions if m is not body]
    consists = _CONSISTS.match(text, after)
    if consists is not None:
        return _to_clause_end(text, base, consists.end(), others)
    fronted = _FRONTED_AFTER.match(text, after)
    if fronted is not None and _FRONTED_BEFORE.search(text, 0, before):
        return _to_clause_end(text, base, fronted.end(), others)
    subjects = _SUBJECTS_BEFORE.search(text, 0, before)
    if subjects is not None:
        return listed_before(text, base, base + subjects.start(), others)
    where = _WHERE.match(text, after)
    if where is not None:
        verb = _WHERE_VERB.search(text, where.end())
        if verb is not None:
            return [
                m for m in listed_from(text, base, base + where.end(), others) if m.end <= base + verb.start()
            ]
    return []


def _to_clause_end(text: str, base: int, start: int, mentions: list[Mention]) -> list[Mention]:
    """The actors from ``start`` to the end of the clause: a list of members names them among
    offices and representatives ('kommunstyrelsens ordförande, socialchefen och en representant
    för Polisen'), whose organisations are the members."""
    end = _CLAUSE_END.search(text, start)
    stop = base + (end.start() if end else len(text))
    return [m for m in mentions if m.type in _MEMBER_TYPES and base + start <= m.start and m.end <= stop]
