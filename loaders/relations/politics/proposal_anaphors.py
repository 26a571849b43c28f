"""Proposals whose measure is named in the sentence before, or in a noun of proposing.

- 'Kommunen bör införa metoden X. Det föreslår Miljöpartiet och Vänsterpartiet i en motion.':
  a fronted 'Det' (or 'Detta', 'Så') before a verb of proposing is the object of the verb and
  stands for what the sentence before asked for; the subjects after the verb propose each
  initiative that sentence names.
- 'Förslaget från Miljöpartiet är att införa metoden X', 'Vänsterpartiets förslag är att ...':
  the proposal's author proposes the initiatives that the clause after 'är'/'går ut på' names.

Proposers are parties, politicians, councils and other organisations (ONTOLOGY.md: a party,
politician or committee proposes). A negated verb ('Det föreslår inte ...') proposes nothing.
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

__all__ = ["proposal_anaphor_relations"]

_PROPOSERS = ORGANISATIONS | {E.PERSON, E.POLITICAL_PARTY}
_CONFIDENCE = 0.5
# 'Det föreslår', 'Detta kräver nu', 'Så vill ...' at the head of the sentence (after a dash of a quote).
_FRONTED = re.compile(
    r"\A\s*[–—-]?\s*(?:det|detta|så)\s+(?:föreslår|föreslog|kräver|krävde|yrkar|yrkade|vill|ville"
    r"|motionerar|skriver)(?:\s+(?:nu|också|även|därför))?\s+(?!inte\b|ej\b|aldrig\b)",
    re.IGNORECASE,
)
# Writing is a proposal only where the writing is one: 'Det skriver X i en motion'.
_WRITTEN_PROPOSAL = re.compile(
    r"\b(?:motion\w*|förslag\w*|budget\w*|debattartikel|skrivelse)\b", re.IGNORECASE
)
# 'Förslaget från A är att', 'A:s förslag är att', 'Motionen från A går ut på att'.
_PROPOSAL_NOUN = re.compile(
    r"\b(?:förslaget|förslag|motionen|kravet|yrkandet)\s+(?:från|av)\s+\Z", re.IGNORECASE
)
_POSSESSED_NOUN = re.compile(r"\A\s+(?:förslag|motion|krav|yrkande)\b", re.IGNORECASE)
_CONTENT = re.compile(r"\A\s+(?:är|var|går\s+ut\s+på|handlar\s+om|gäller)\s+(?:att\s+)?", re.IGNORECASE)
_JOIN = re.compile(r"\A\s*(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)\Z", re.IGNORECASE)


def proposal_anaphor_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PROPOSES) for fronted 'Det föreslår A' and for 'Förslaget från A är att X'."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if not any(m.type in _PROPOSERS for m in mentions):
            continue
        text, base = sentence.text, sentence.start
        fronted = _FRONTED.match(text)
        if (
            fronted
            and i > 0
            and (not fronted.group(0).lower().rstrip().endswith("skriver") or _WRITTEN_PROPOSAL.search(text))
        ):
            proposers = _listed(text, base, [m for m in mentions if m.start - base >= fronted.end()])
            for initiative in _initiatives(context.mentions[i - 1]):
                for proposer in proposers:
                    yield i, FoundRelation(proposer, initiative, R.PROPOSES, _CONFIDENCE)
        yield from ((i, f) for f in _proposal_contents(text, base, mentions))


def _proposal_contents(text: str, base: int, mentions: Sequence[Mention]) -> Iterator[FoundRelation]:
    """'Förslaget från A och B är att införa X': A and B propose X (and the other initiatives after)."""
    for n, m in enumerate(mentions):
        if m.type not in _PROPOSERS:
            continue
        proposers: list[Mention] = []
        rest = 0
        if _PROPOSAL_NOUN.search(text, 0, m.start - base):
            proposers = _listed(text, base, mentions[n:])
            after = proposers[-1].end - base
            content = _CONTENT.match(text[after:])
            rest = after + content.end() if content else -1
        elif m.text.endswith("s") and (noun := _POSSESSED_NOUN.match(text[m.end - base :])):
            proposers = [m]
            content = _CONTENT.match(text[m.end - base + noun.end() :])
            rest = m.end - base + noun.end() + content.end() if content else -1
        if not proposers or rest < 0:
            continue
        for initiative in _initiatives(mentions):
            if initiative.start - base >= rest:
                for proposer in proposers:
                    yield FoundRelation(proposer, initiative, R.PROPOSES, _CONFIDENCE)
        return


def _initiatives(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type == E.INITIATIVE]


def _listed(text: str, base: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The proposers at the head of ``mentions`` that form one list ('A, B och C')."""
    listed: list[Mention] = []
    for m in mentions:
        if m.type not in _PROPOSERS:
            break
        if listed and not _JOIN.match(text[listed[-1].end - base : m.start - base]):
            break
        listed.append(m)
    return listed
