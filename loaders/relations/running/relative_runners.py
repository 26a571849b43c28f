"""Who runs an initiative, said in a relative clause or in the words of its origin.

- 'projektet Trygg hamn, som Tullverket startade 2020,' and 'medborgarlöftet som kommunen och
  polisen har tagit fram': in a Swedish relative clause the subject comes before the finite verb
  (no V2 in subordinate clauses), so 'som' followed by actors and then a verb of carrying out
  makes 'som' the object: the initiative before it is what those actors run. People named there
  ('som A och B har undertecknat') act for their organisations, which other readings give the
  initiative; the annotation by other hands does not make the signers runners.
- 'Tullverket tog initiativ till projektet X', 'X är ett initiativ av/från Tullverket',
  'X, ett initiativ från Tullverket,': the one whose initiative it was runs it.

Both are read from the mentions around fixed words rather than from the parse: the shipped parser
often reads a relative clause after a name as a new main clause ('..., som A och B har tagit
fram' as a conjunct), while the word order itself is unambiguous. A negated or merely wished verb
('som A inte driver', 'som A vill starta') states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["relative_runner_relations"]

_RUNNERS = ORGANISATIONS | {E.PERSON}

# The finite verbs (and supines after 'har'/'hade') of setting an effort going or carrying it.
_VERB = (
    r"(?:driver|drev|drivit|bedriver|bedrev|bedrivit|genomför|genomförde|genomfört|startar|startade"
    r"|startat|inleder|inledde|inlett|leder|ledde|lett|arrangerar|arrangerade|arrangerat|anordnar"
    r"|anordnade|anordnat|organiserar|organiserade|organiserat|initierade|initierat|införde|infört"
    r"|skapade|skapat|utvecklade|utvecklat|tog\s+fram|tagit\s+fram|tar\s+fram|undertecknade"
    r"|undertecknat|tecknade|tecknat|signerade|signerat|antog|antagit|håller\s+i|höll\s+i|hållit\s+i"
    r"|ansvarar\s+för|ansvarade\s+för|står\s+bakom|stod\s+bakom|erbjuder|erbjöd)"
)
# What may stand between the relative clause's subject and its verb.
_BETWEEN = r"(?:\s+(?:har|hade|nu|också|även|själva|själv|tillsammans|gemensamt|redan|sedan|länge))*"
# After the initiative: ', som ' or ' som ' (the subject follows).
_SOM = re.compile(r"\A\s*,?\s*som\s+\Z", re.IGNORECASE)

# A list of actors: what may stand between two of them.
_LINK = r"(?:\s*,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)"
# A name the mentions missed, or the rest of one read only in part, may stand in the list
# ('A, Eva Ek och B'): capitalised words.
_UNREAD_NAME = r"(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})"
_JOIN = re.compile(rf"\A(?:\s+{_UNREAD_NAME})?{_LINK}(?:{_UNREAD_NAME}{_LINK})*\Z", re.IGNORECASE)
_VERB_AFTER = re.compile(
    rf"\A(?:\s+{_UNREAD_NAME})?(?:{_LINK}{_UNREAD_NAME})*{_BETWEEN}\s+{_VERB}(?![\wåäö])", re.IGNORECASE
)
# 'A tog (själv) initiativ(et) till X' / 'A har tagit initiativ till X'.
_TOOK_INITIATIVE = re.compile(
    r"\A\s+(?:(?:har|hade)\s+)?(?:tog|tagit|tar)\s+(?:\w+\s+)?initiativ(?:et)?\s+till\s+(?:\w+\s+){0,3}?\Z",
    re.IGNORECASE,
)
# 'X är ett initiativ av A', 'X, ett initiativ från A,'.
_AN_INITIATIVE_OF = re.compile(
    r"\A\s*(?:,\s*|\s+(?:är|var|blev)\s+)(?:ett\s+|det\s+)?(?:\w+\s+)?initiativ\s+(?:av|från)\s+\Z",
    re.IGNORECASE,
)


def relative_runner_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from the subjects of a relative clause or the authors of an initiative."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if not any(m.type == E.INITIATIVE for m in mentions) or not any(m.type in _RUNNERS for m in mentions):
            continue
        text, base = sentence.text, sentence.start
        for n, initiative in enumerate(mentions):
            if initiative.type != E.INITIATIVE:
                continue
            for runner in _relative_subjects(text, base, mentions[n + 1 :], initiative):
                yield i, FoundRelation(runner, initiative, R.RUNS, 0.55)
            for runner in _authors(text, base, mentions, n):
                yield i, FoundRelation(runner, initiative, R.RUNS, 0.55)


def _relative_subjects(text: str, base: int, after: Sequence[Mention], initiative: Mention) -> list[Mention]:
    """The actors of 'X, som A och B driver' right after the initiative ``X``."""
    if not after or not _SOM.match(text[initiative.end - base : after[0].start - base]):
        return []
    subjects = _actor_list(text, base, after)
    if not subjects or any(m.type == E.PERSON for m in subjects):
        # people who sign ('som A och B signerat') sign for their organisations, read elsewhere
        return []
    rest = text[subjects[-1].end - base :]
    return subjects if _VERB_AFTER.match(rest) else []


def _authors(text: str, base: int, mentions: Sequence[Mention], n: int) -> list[Mention]:
    """The actor whose initiative the ``n``-th mention is, by 'A tog initiativ till X' or 'X är ett
    initiativ av A'."""
    initiative = mentions[n]
    found: list[Mention] = []
    if n > 0 and mentions[n - 1].type in _RUNNERS:
        before = mentions[n - 1]
        if _TOOK_INITIATIVE.match(text[before.end - base : initiative.start - base]):
            found.append(before)
    if n + 1 < len(mentions) and mentions[n + 1].type in _RUNNERS:
        after = mentions[n + 1]
        if _AN_INITIATIVE_OF.match(text[initiative.end - base : after.start - base]):
            found += _actor_list(text, base, mentions[n + 1 :])
    return found


def _actor_list(text: str, base: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The actors at the head of ``mentions`` that form one list ('A, B och C')."""
    listed: list[Mention] = []
    for m in mentions:
        if m.type not in _RUNNERS:
            break
        if listed and not _JOIN.match(text[listed[-1].end - base : m.start - base]):
            break
        listed.append(m)
    return listed
