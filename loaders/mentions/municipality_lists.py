"""Municipalities named by their places after 'kommunerna': 'kommunerna Enköping, Eskilstuna och
Nykvarn' names Enköpings kommun, Eskilstuna kommun and Nykvarns kommun, not the three places."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan, listed_candidates
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_municipality_lists"]

_NAME = rf"[{UPPER}][\w-]+(?:[ \t][{UPPER}][\w-]+)?"
_LIST = Gated(
    re.compile(
        rf"\b(?:[Kk]ommunerna|[Gg]rannkommunerna|[Kk]ranskommunerna)[ \t]+(?P<list>{_NAME}"
        rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+){_NAME})*)"
    ),
    r"kommunerna",
)
_MEMBER = re.compile(_NAME)


def find_municipality_lists(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """A Municipality candidate for each place of a list after 'kommunerna' that names one."""

    def known_as(name: str) -> str | None:
        found = lexicon.gazetteer.children(EntityType.MUNICIPALITY.value, name)
        return found[0].name if found else None

    return listed_candidates(scan, _LIST, _MEMBER, known_as, EntityType.MUNICIPALITY, "municipality_list")
