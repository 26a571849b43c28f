"""Police units named together in the plural: 'lokalpolisområdena Eskilstuna och Katrineholm',
'polisområdena Dalarna och Gävleborg', 'polisregionerna Mitt och Bergslagen'. Each name of the
list is a unit of that level (lists distribute, ONTOLOGY.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_police_unit_lists"]

_NAME = rf"[{UPPER}][\w-]+(?:[ \t]+län)?"
_LIST = Gated(
    re.compile(
        rf"\b(?P<level>[Ll]okalpolisområdena|[Pp]olisområdena|[Pp]olisregionerna)[ \t]+"
        rf"(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]+(?:och|samt)[ \t]+{_NAME})"
    ),
    r"polisområdena|polisregionerna",
)
_MEMBER = re.compile(_NAME)
_LEVELS = {
    "lokalpolisområdena": "Lokalpolisområde",
    "polisområdena": "Polisområde",
    "polisregionerna": "Polisregion",
}


def find_police_unit_lists(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """A PoliceUnit candidate for each name of a plural list of police units."""
    for m in _LIST.finditer(scan):
        level = _LEVELS[m.group("level").lower()]
        for member in _MEMBER.finditer(m.group("list")):
            name = " ".join(member.group(0).split())
            known = [e for e in lexicon.gazetteer.lookup(f"{level} {name}") if e.type == "PoliceUnit"]
            if not known and level != "Lokalpolisområde":
                continue  # police areas and regions are few and known; local areas change names
            start = m.start("list") + member.start()
            yield Candidate(
                start,
                start + len(member.group(0)),
                member.group(0),
                EntityType.POLICE_UNIT,
                known[0].name if known else f"{level} {name}",
                "police_unit_list",
                priority=5,
            )
