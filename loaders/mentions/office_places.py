"""A town named as the seat of a municipal office is the municipality, not a place:
'kommunalråd i Hedemora', 'kommunstyrelsens ordförande (S) i Hedemora'.

What a reader sees there is the organisation the person holds office in; a place is annotated
only where the text speaks of the place itself, and other mentions of the town stay places.
"""

from __future__ import annotations

import re

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["municipalities_of_offices"]

_OFFICE_IN = re.compile(
    r"\b(?:(?:kommunal|oppositions)råd(?:et)?|kommundirektör(?:en)?|kommunchef(?:en)?|stadsdirektör(?:en)?"
    r"|kommunstyrelseordförande(?:n)?|kommunstyrelsens\s+ordförande|kommunfullmäktiges\s+ordförande"
    r"|kommunstyrelsens\s+vice\s+ordförande)"
    r"\s*(?:\([^)\n]{1,4}\)\s*)?,?\s+i\s+\Z",
    re.IGNORECASE,
)
_WINDOW = 60


def municipalities_of_offices(cands: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """The candidates, with each town named as an office's seat read as its municipality."""
    text = scan.text
    for c in cands:
        if c.type != EntityType.PLACE or not c.canonical:
            continue
        if not _OFFICE_IN.search(text, max(0, c.start - _WINDOW), c.start):
            continue
        orgs = lexicon.gazetteer.children(EntityType.MUNICIPALITY.value, c.canonical)
        if orgs:
            c.type = EntityType.MUNICIPALITY
            c.canonical = orgs[0].name
    return cands
