"""The municipality a body's own words name: 'Hofors kommuns kommunstyrelse', 'Ljusdals
socialtjänst', 'socialnämnden i Ovanåkers kommun'.

A text about a county or a region names the bodies of several municipalities; each is the
body of the municipality named with it, not of the one the text names most.
"""

from __future__ import annotations

import re

from loaders.mentions.lexicon import Lexicon

__all__ = ["municipality_before", "municipality_named_with"]

_UP = "A-ZÅÄÖ"
_GENITIVE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<place>[{_UP}][\w-]+?)(?:s?[ \t]+(?:[Kk]ommuns|[Ss]tads)|s)[ \t]+\Z"
)
_IN_AFTER = re.compile(
    rf"\A[ \t]+i[ \t]+(?P<place>[{_UP}][\w-]+?)(?:s[ \t]+(?:kommun|stad)|[ \t]+(?:kommun|stad))?(?![\w-])"
)
_WINDOW = 40


def municipality_named_with(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The place of the municipality named right before (in the genitive) or right after ('i X')
    the words at ``start:end``, if it is a municipality's place."""
    for found in (
        _GENITIVE_BEFORE.search(text, max(0, start - _WINDOW), start),
        _IN_AFTER.match(text[end : end + _WINDOW]),
    ):
        if found is None:
            continue
        name = found.group("place")
        for candidate in (name, name + "s"):
            if _is_municipality_place(lexicon, candidate):
                return candidate
    return None


def _is_municipality_place(lexicon: Lexicon, name: str) -> bool:
    return any(
        e.type == "Place" and e.attribute("code") for e in lexicon.gazetteer.lookup(name, case_sensitive=True)
    )


def municipality_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The place of the municipality named in the genitive right before ``start`` ('Hofors kommuns ')."""
    found = _GENITIVE_BEFORE.search(text, max(0, start - _WINDOW), start)
    if found is None:
        return None
    name = found.group("place")
    return next((c for c in (name, name + "s") if _is_municipality_place(lexicon, c)), None)
