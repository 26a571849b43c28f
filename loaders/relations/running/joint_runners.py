"""Coordinated runners: 'Mora kommun och Polisen kommer att fortsätta det brottsförebyggande
arbetet' — whoever runs an initiative as one of a list of organisations ('A, B och C') runs it with
the others in the list (lists distribute, ONTOLOGY.md's conventions).

A rule that read one runner (a subject before its verb, the nearest actor) passes its relation on
to the organisations joined to that runner by commas and 'och' alone; a list that holds the
initiative itself is no list of runners.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from graph.model import RelationType as R
from loaders.language.words import is_finite_verb
from loaders.relations.collaboration.joint_sentences import coordinated
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["joint_runner_relations"]

# An organisation already tied to the initiative another way keeps that tie alone.
_TIES = frozenset([R.RUNS, R.PARTICIPATES_IN, R.FUNDS, R.PROPOSES])
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _own_clause(text: str, start: int, end: int) -> bool:
    """Whether the member begins a clause of its own: a finite verb follows it and another stands
    before the list ("drivs av A och B medverkar"), unlike a subject list ("A och B kommer att")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not is_finite_verb(m.group(1).lower()):
        return False
    return any(is_finite_verb(w.lower()) for w in re.findall(r"\w+", text[:start]))


def joint_runner_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) for the other members of each runner's list."""
    for i, rels in sorted(found.items()):
        runs = [r for r in rels if r.type is R.RUNS]
        if not runs:
            continue
        sentence = context.sentences[i]
        lists = coordinated(sentence.text, sentence.start, context.mentions[i])
        if not lists:
            continue
        stated = {(r.source.canonical, r.target.canonical) for r in rels if r.type in _TIES}
        for rel in runs:
            for members in lists:
                if not any(m.start == rel.source.start for m in members):
                    continue
                if any(m.start <= rel.target.start < m.end for m in members):
                    continue
                for other in members:
                    key = (other.canonical, rel.target.canonical)
                    if key not in stated and not _own_clause(
                        sentence.text, members[0].start - sentence.start, other.end - sentence.start
                    ):
                        stated.add(key)
                        yield i, FoundRelation(other, rel.target, R.RUNS, rel.confidence, rel.properties)
