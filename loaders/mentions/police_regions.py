"""'regionen' in a text about a police region: 'polisregion Bergslagen har beslutat ... Till stöd
finns hela regionens resurser' speaks of the police region, not of the county's regional council.

Where the text has named a police region before and names no regional council ('Region Örebro
län') at all, a bare 'regionen' refers back to the police region; otherwise resolution reads it
as the regional council of the document's county (loaders.mentions.resolution).
"""

from __future__ import annotations

from graph.model import EntityType
from loaders.mentions.candidates import Candidate

__all__ = ["police_region_references"]

_POLICE_REGION = "Polisregion "


def police_region_references(cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with each bare 'regionen' after a named police region read as that region."""
    if any(c.type == EntityType.MUNICIPALITY and (c.canonical or "").startswith("Region ") for c in cands):
        return cands  # the text names a regional council: 'regionen' may well be it
    last: str | None = None
    for c in sorted(cands, key=lambda c: c.start):
        if c.type == EntityType.POLICE_UNIT and (c.canonical or "").startswith(_POLICE_REGION):
            last = c.canonical
        elif c.ref == "region" and last is not None:
            c.type, c.canonical, c.ref = EntityType.POLICE_UNIT, last, None
    return cands
