"""A town named as the seat of a municipal office is the municipality, not a place:
'kommunalråd i Hedemora', 'kommunstyrelsens ordförande (S) i Hedemora'. The area of a police
office ('regionpolischef i Mitt', 'lokalpolisområdeschef i Dalarna') names the unit, not a place,
unless it is a district of a town.

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
# A police office's area: 'regionpolischef i Mitt', 'lokalpolisområdeschef i X' name the unit, not a place.
_POLICE_OFFICE_IN = re.compile(
    r"\b(?:regionpolis|lokalpolisområdes?|lokalpolisområds|polisområdes?|polis)chef(?:en)?"
    r"(?:[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?)?\s*,?\s+i\s+\Z",
    re.IGNORECASE,
)
_WINDOW = 60


def _district(lexicon: Lexicon, name: str) -> bool:
    """A district of a town ('lokalpolisområdeschef i Norrby'): a place of its own as well."""
    return any(
        e.type == EntityType.PLACE.value and e.attribute("municipality")
        for e in lexicon.gazetteer.lookup(name)
    )


def municipalities_of_offices(cands: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """The candidates, with each town named as an office's seat read as its municipality."""
    text = scan.text
    for c in cands:
        if c.type != EntityType.PLACE or not c.canonical:
            continue
        if _POLICE_OFFICE_IN.search(text, max(0, c.start - _WINDOW), c.start):
            if not _district(lexicon, c.canonical):
                c.canonical = (
                    None  # the office's unit is read with the person (loaders.relations.people.affiliations)
                )
            continue
        if not _OFFICE_IN.search(text, max(0, c.start - _WINDOW), c.start):
            continue
        orgs = lexicon.gazetteer.children(EntityType.MUNICIPALITY.value, c.canonical)
        if orgs:
            c.type = EntityType.MUNICIPALITY
            c.canonical = orgs[0].name
    return cands
