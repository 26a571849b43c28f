"""Loose groups of people take part in initiatives; they do not run them.

'Förvaltningar och bolag ska tillsammans förstärka det brottsförebyggande arbetet', 'fältassistenter
genomför trygghetsvandringar': a Group (an unnamed collective, ONTOLOGY.md) carries an effort out on
behalf of whoever leads it. Read as the subject of a verb of running, it PARTICIPATES_IN the
initiative instead.
"""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["groups_take_part"]


def groups_take_part(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Turn, in place, each RUNS from a Group into its PARTICIPATES_IN."""
    for i, found in by_sentence.items():
        if not any(f.type is R.RUNS and f.source.type == E.GROUP for f in found):
            continue
        by_sentence[i] = [
            FoundRelation(f.source, f.target, R.PARTICIPATES_IN, f.confidence, f.properties)
            if f.type is R.RUNS and f.source.type == E.GROUP
            else f
            for f in found
        ]
