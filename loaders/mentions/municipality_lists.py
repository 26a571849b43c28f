"""Municipalities named by their places after 'kommunerna': 'kommunerna Enköping, Eskilstuna och
Nykvarn' names Enköpings kommun, Eskilstuna kommun and Nykvarns kommun, not the three places."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan
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
    gazetteer = lexicon.gazetteer
    for m in _LIST.finditer(scan):
        for name in _MEMBER.finditer(m.group("list")):
            found = gazetteer.children(EntityType.MUNICIPALITY.value, name.group(0))
            if not found:
                continue
            start = m.start("list") + name.start()
            yield Candidate(
                start,
                start + len(name.group(0)),
                name.group(0),
                EntityType.MUNICIPALITY,
                found[0].name,
                "municipality_list",
                priority=4,
            )
