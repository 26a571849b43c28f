"""What is only proposed is not yet run.

'Moderaterna vill starta en handlingsplan mot klotter' states that the party PROPOSES the plan; the
verb of carrying out inside the wish ('starta', 'ta fram', 'driva') does not make the party run
it. Where a sentence gives one actor both a proposal and the running of the same initiative, only
the proposal stands.
"""

from __future__ import annotations

from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_proposed_runs"]


def without_proposed_runs(found: list[FoundRelation]) -> list[FoundRelation]:
    """The relations of one sentence, less the RUNS an actor has only proposed in it."""
    proposed = {(f.source.canonical, f.target.canonical) for f in found if f.type is R.PROPOSES}
    if not proposed:
        return found
    return [
        f for f in found if f.type is not R.RUNS or (f.source.canonical, f.target.canonical) not in proposed
    ]
