"""Where an investigation is active: the place of the crime it investigates, not where it is led.

'Polisen i Åby leder utredningen av mordet i Norrby': the investigation is named after the crime
(loaders.mentions.investigations), and the police's own town in the same sentence is where its
investigators sit. An investigation is read as ACTIVE_IN only a place its name holds.
"""

from __future__ import annotations

from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["investigations_where_committed"]


def investigations_where_committed(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop, in place, each ACTIVE_IN of an investigation in a place its name does not hold."""
    for i, found in by_sentence.items():
        if any(_elsewhere(f) for f in found):
            by_sentence[i] = [f for f in found if not _elsewhere(f)]


def _elsewhere(f: FoundRelation) -> bool:
    if f.type is not R.ACTIVE_IN or f.source.rule != "investigation":
        return False
    return f.target.canonical.lower() not in f.source.canonical.lower()
