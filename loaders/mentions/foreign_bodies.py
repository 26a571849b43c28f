"""Another country's police, customs or prosecutors: 'norska polisen', 'danska tullen', 'finsk
polis'. They are public bodies outside Sweden (Agency), never the Swedish Police Authority or
Tullverket that 'polisen' and 'tullen' alone stand for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_foreign_bodies"]

_NATIONALITY = (
    r"norsk|dansk|finsk|isländsk|estnisk|lettisk|litauisk|polsk|tysk|nederländsk|holländsk|belgisk|fransk"
    r"|spansk|italiensk|brittisk|irländsk|amerikansk|kanadensisk|turkisk|grekisk|österrikisk|schweizisk"
)
_FOREIGN = Gated(
    re.compile(
        rf"\b(?P<adj>(?i:{_NATIONALITY})a?)[ \t]+(?P<noun>polisen|polis|tullen|tull|tullmyndigheten"
        r"|kustbevakningen|åklagarmyndigheten|säkerhetspolisen|myndigheter(?:na)?)\b"
    ),
    r"polis|tull|kustbevakning|åklagar|myndighet",
)


def find_foreign_bodies(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Agency candidates for the police, customs and prosecutors of other countries."""
    del lexicon  # named from the text alone
    for m in _FOREIGN.finditer(scan):
        adj = m.group("adj").lower()
        adj = adj if adj.endswith("a") else adj + "a"
        noun = m.group("noun")
        noun = {"polis": "polisen", "tull": "tullen"}.get(noun, noun)
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            EntityType.AGENCY,
            f"{adj.capitalize()} {noun}",
            "foreign_body",
            priority=3,
        )
