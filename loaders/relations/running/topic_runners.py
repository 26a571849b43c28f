"""Who runs the effort a document is about: the organisation the document is told from.

A police press release headed 'Insatsen Vinterljus avslutad' or a municipal page headed
'Trygghetsvandringar i Norrby' is about one effort, and the organisation that the text keeps
naming as the one who acts is the one that carries it out: the annotation conventions read an
effort's runner from the document as a whole as well as from a sentence. Where the title names
an initiative that no sentence ties to a runner, the organisation named most often in the
document (at least twice, and more often than any other) RUNS it, with the title as evidence. The title is the document's opening: its first three sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["topic_runner_relations"]

_RUNNERS = frozenset([E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION])
_TIED = frozenset([R.RUNS, R.FUNDS, R.PROPOSES, R.PARTICIPATES_IN])
_TITLE = 3  # sentences: the title, a date line and the lead


def topic_runner_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(title sentence, RUNS) from the document's leading organisation to its title's initiative."""
    titled = [
        (i, m)
        for i in range(min(_TITLE, len(context.sentences)))
        for m in context.mentions[i]
        if m.type == E.INITIATIVE
    ]
    if not titled:
        return
    tied = {rel.target.canonical for rels in found.values() for rel in rels if rel.type in _TIED}
    counts = Counter(m.canonical for _, m in context.all_mentions() if m.type in _RUNNERS)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    leader = next(m for _, m in context.all_mentions() if m.canonical == ranked[0][0] and m.type in _RUNNERS)
    seen: set[str] = set()
    for i, initiative in titled:
        if initiative.canonical in tied or initiative.canonical in seen:
            continue
        seen.add(initiative.canonical)
        yield i, FoundRelation(leader, initiative, R.RUNS, 0.4)
