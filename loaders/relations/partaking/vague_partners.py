"""'Andra aktörer' and 'samverkanspartner' take part in nothing a reader can name.

A text that says the police work 'med samverkanspartner och andra aktörer' tells who the work
needs, not who takes part: the collective names no one, and annotators keep no participation
for it. A collective the text describes ('aktörer som erbjuder boende') is kept.
"""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_vague_participants"]

# The bare words for 'whoever else takes part' (loaders/data/partner_nouns.txt holds more
# collectives, which name a kind of partner: 'kvinnojourer', 'fastighetsägare').
_VAGUE = frozenset(
    ["aktörer", "aktörerna", "andra aktörer", "samhällsaktörer", "intressenter", "andra intressenter", "parter",
     "parterna", "samverkansparter", "samverkansparterna", "samverkanspartner", "samverkanspartners",
     "samverkanspartnerna", "samarbetspartner", "samarbetspartners", "samarbetsparter", "samarbetsparterna"]
)  # fmt: skip


def is_vague(source_type: E, canonical: str) -> bool:
    """Whether an unnamed group is only 'the others' of the work."""
    return source_type is E.GROUP and canonical.casefold() in _VAGUE


def without_vague_participants(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop (in place) each PARTICIPATES_IN whose actor is a vague collective."""
    for i, found in by_sentence.items():
        by_sentence[i] = [
            f
            for f in found
            if f.type is not R.PARTICIPATES_IN or not is_vague(f.source.type, f.source.canonical)
        ]
