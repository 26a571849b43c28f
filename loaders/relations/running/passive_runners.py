"""Passives whose runner is said around them: 'Den leds av X', 'Under helgen genomfördes en insats'.

- 'Insatsen Stålhatt inleddes i mars. Den leds av lokalpolisområde Eskilstuna.': a pronoun subject
  ('Den', 'Det', 'De', 'Denna', 'Detta', 'Dessa') of a passive verb of running stands for the
  initiative named last in the sentence before; the agents after 'av' run it.
- 'Lokalpolisområde Borlänge har arbetat intensivt i området. Under helgen genomfördes en insats i
  Tjärna Ängar.': an initiative carried out in a passive with no agent and no other actor in its
  sentence was carried out by the organisation that acts in, or opens, one of the two sentences
  before (police press releases tell their operations so).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ACTORS, ORGANISATIONS

__all__ = ["passive_runner_relations"]

_PASSIVE = (
    r"(?:leds|leddes|har\s+letts|drivs|drevs|har\s+drivits|genomförs|genomfördes|har\s+genomförts"
    r"|inleds|inleddes|har\s+inletts|startas|startades|har\s+startats|påbörjades|har\s+påbörjats"
    r"|samordnas|samordnades|bedrivs|bedrevs|har\s+bedrivits|arrangeras|arrangerades|anordnas|anordnades)"
)
_PRONOUN_PASSIVE = re.compile(
    rf"\A\s*(?:Den|Det|De|Denna|Detta|Dessa)\s+(?:\w+\s+)?{_PASSIVE}\s+(?:\w+\s+){{0,2}}?av\s+\Z"
)
_AGENTLESS = re.compile(rf"\b{_PASSIVE}\b", re.IGNORECASE)
_AGENTLESS_GATE = WordGate(_AGENTLESS)  # most sentences hold none of its words
_AGENT = re.compile(rf"\b{_PASSIVE}\s+(?:[\wåäö-]+\s+){{0,3}}?av\b", re.IGNORECASE)
_AGENT_GATE = WordGate(_AGENT)  # most sentences hold none of its words
_NOT_DONE = re.compile(r"\b(?:inte|ej|aldrig|ska|skall|kommer\s+att|planeras|bör|borde|kan)\b", re.IGNORECASE)
_JOIN = re.compile(r"\A\s*(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)\Z", re.IGNORECASE)
_CONFIDENCE = 0.5
_TIED = frozenset([R.RUNS, R.PARTICIPATES_IN, R.FUNDS, R.PROPOSES])


def passive_runner_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from the agents of 'Den leds av ...' and the actors around an agentless
    passive; an initiative the document ties to someone already (``found``) keeps only them."""
    tied = {f.target.canonical for rels in found.values() for f in rels if f.type in _TIED}
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        mentions = context.mentions[i]
        if (
            i == 0
            or not (_AGENTLESS_GATE.may_match(text) and _AGENTLESS.search(text))
            or _NOT_DONE.search(text)
        ):
            continue
        runners = [m for m in mentions if m.type in ACTORS]
        if runners and _PRONOUN_PASSIVE.match(text[: runners[0].start - base]):
            initiative = context.antecedent(i)
            if initiative is not None and not any(m.type == E.INITIATIVE for m in mentions):
                for runner in _listed(text, base, runners):
                    yield i, FoundRelation(runner, initiative, R.RUNS, _CONFIDENCE)
            continue
        initiatives = [m for m in mentions if m.type == E.INITIATIVE]
        if (
            len(initiatives) != 1
            or runners
            or (_AGENT_GATE.may_match(text) and _AGENT.search(text))
            or initiatives[0].canonical in tied
        ):
            continue
        runner = context.topic(i)
        if runner is not None and runner.type in ORGANISATIONS:
            yield i, FoundRelation(runner, initiatives[0], R.RUNS, _CONFIDENCE)


def _listed(text: str, base: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The actors at the head of ``mentions`` that form one list ('A, B och C')."""
    listed: list[Mention] = []
    for m in mentions:
        if listed and not _JOIN.match(text[listed[-1].end - base : m.start - base]):
            break
        listed.append(m)
    return listed
