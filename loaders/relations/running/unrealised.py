"""What is only proposed is not yet run.

'Moderaterna vill starta en handlingsplan mot klotter' states that the party PROPOSES the plan; the
verb of carrying out inside the wish ('starta', 'ta fram', 'driva') does not make the party run
it. Where a sentence gives one actor both a proposal and the running of the same initiative, only
the proposal stands. And where the sentence only wishes the measure into being ('Vi vill att
kommunen tar fram en handlingsplan', 'Partierna föreslår att nämnden startar X'), nobody runs it yet:
whoever is wished to carry it out does not RUN it.
"""

from __future__ import annotations

import re

from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_proposed_runs"]

# A wish or demand that something be done: 'vill att', 'föreslår att', 'kräver att', 'yrkar på att'.
_WISH = re.compile(
    r"\b(?:vill|ville|föreslår|föreslog|kräver|krävde|yrkar|yrkade|önskar|motionerar)\s+(?:\w+\s+){0,2}?att\b",
    re.IGNORECASE,
)


def without_proposed_runs(
    found: list[FoundRelation], sentence: str = "", start: int = 0
) -> list[FoundRelation]:
    """The relations of one sentence, less the RUNS an actor has only proposed in it, and (given
    the ``sentence``'s text and where it ``start``s in the document) the RUNS of what the sentence
    only wishes for, and of whoever the wish would have act ('vill att kommunen anställer ...')."""
    if not any(f.type is R.RUNS for f in found):
        return found  # only RUNS are taken away: most sentences need no look for a wish
    proposed = {(f.source.canonical, f.target.canonical) for f in found if f.type is R.PROPOSES}
    wish = _WISH.search(sentence) if sentence else None
    if not proposed and wish is None:
        return found
    wished = {target for _, target in proposed} if wish is not None else set()
    after = start + wish.end() if wish is not None else None
    return [
        f
        for f in found
        if f.type is not R.RUNS
        or (
            (f.source.canonical, f.target.canonical) not in proposed
            and f.target.canonical not in wished
            and (after is None or f.source.start < after)
        )
    ]
