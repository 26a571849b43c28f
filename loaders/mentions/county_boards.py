"""County boards named together: 'länsstyrelserna i Gävleborg och Dalarna' names Länsstyrelsen i
Gävleborgs län and Länsstyrelsen i Dalarnas län, each at its county's name in the list (lists
distribute, ONTOLOGY.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan, listed_candidates
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_county_board_lists"]

_COUNTY = rf"[{UPPER}][\w-]+(?:[ \t]+län)?"
_LIST = Gated(
    re.compile(
        rf"\b[Ll]änsstyrelserna[ \t]+i[ \t]+(?P<list>{_COUNTY}(?:[ \t]*,[ \t]*{_COUNTY})*"
        rf"[ \t]+(?:och|samt)[ \t]+{_COUNTY})"
    ),
    r"länsstyrelserna i ",
)
_MEMBER = re.compile(_COUNTY)


def find_county_board_lists(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """An Agency candidate for each county of a list after 'länsstyrelserna i'."""

    def known_as(county: str) -> str | None:
        name = " ".join(county.split())
        known = [e for e in lexicon.gazetteer.lookup(f"Länsstyrelsen i {name}") if e.type == "Agency"]
        return known[0].name if known else None

    return listed_candidates(scan, _LIST, _MEMBER, known_as, EntityType.AGENCY, "county_board_list")
