"""County boards named together: 'länsstyrelserna i Gävleborg och Dalarna' names Länsstyrelsen i
Gävleborgs län and Länsstyrelsen i Dalarnas län, each at its county's name in the list (lists
distribute, ONTOLOGY.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan
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
    for m in _LIST.finditer(scan):
        for county in _MEMBER.finditer(m.group("list")):
            name = " ".join(county.group(0).split())
            known = [e for e in lexicon.gazetteer.lookup(f"Länsstyrelsen i {name}") if e.type == "Agency"]
            if not known:
                continue
            start = m.start("list") + county.start()
            yield Candidate(
                start,
                start + len(county.group(0)),
                county.group(0),
                EntityType.AGENCY,
                known[0].name,
                "county_board_list",
                priority=4,
            )
