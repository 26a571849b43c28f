"""Nobody takes part in what is their own.

Whatever reading found it, an actor does not PARTICIPATE_IN an initiative named after its own
town ('Ås kommun' and 'Ås medborgarlöften', 'Åsmodellen'): a
municipality that signs its town's medborgarlöfte together with the police is one of its
parties, not a guest in it. A town's council is another matter: its own units are its members. A town's council is another matter: its own units are its members.
"""

from __future__ import annotations

from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.council_members import COUNCIL
from loaders.relations.partaking.partner_clauses import owns

__all__ = ["without_own_initiatives"]


def without_own_initiatives(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop (in place) each PARTICIPATES_IN whose actor owns the initiative."""
    for i, found in by_sentence.items():
        by_sentence[i] = [
            f
            for f in found
            if f.type is not R.PARTICIPATES_IN or f.target.rule == COUNCIL or not owns(f.source, f.target)
        ]
