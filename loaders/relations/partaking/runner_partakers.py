"""Who runs an initiative does not also take part in it.

ONTOLOGY.md: PARTICIPATES_IN is taking part in an initiative run by others. When one reading makes
an actor run an initiative ('samverkan mellan polisen och kommunen' is run by the parties its name
holds) and another says the same actor takes part in it, the actor runs it: the participation is
dropped, wherever in the document either was read. A partner after 'i samverkan med' is never read
as a runner (loaders.relations.running.undertakings), so partners keep their participation.
"""

from __future__ import annotations

from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_runner_partakers"]


def without_runner_partakers(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop (in place) each PARTICIPATES_IN of an actor found to run the initiative too."""
    running = {
        (f.source.canonical, f.target.canonical)
        for found in by_sentence.values()
        for f in found
        if f.type is R.RUNS
    }
    for i, found in by_sentence.items():
        by_sentence[i] = [
            f
            for f in found
            if f.type is not R.PARTICIPATES_IN or (f.source.canonical, f.target.canonical) not in running
        ]
