"""Parties named by their letters alone in a list: 'MP och V vill ...', 'S, V och MP röstade nej'.

Political texts write the parties of a joint motion or vote by their Riksdag letters without
brackets. A lone capital letter is too common to read as a party, so the letters count only as a
list of two or more, joined by commas, 'och' or 'samt'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_party_lists"]

_LETTER = r"(?:SD|KD|MP|S|M|C|V|L)"
_LIST = Gated(
    re.compile(
        rf"(?<![\w(-]){_LETTER}(?:[ \t]*,[ \t]*{_LETTER})*[ \t]+(?:och|samt)[ \t]+{_LETTER}(?![\w)-])"
    ),
    r" (?:och|samt) ",
)
_ONE = re.compile(_LETTER)


def find_party_lists(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """A party candidate for each letter of a list of party letters."""
    for m in _LIST.finditer(scan):
        for letter in _ONE.finditer(m.group(0).replace("och", "   ").replace("samt", "    ")):
            entry = lexicon.gazetteer.party_by_letter(letter.group(0))
            if entry is None:
                continue
            start = m.start() + letter.start()
            end = m.start() + letter.end()
            yield Candidate(start, end, letter.group(0), EntityType.POLITICAL_PARTY, entry.name, "party_list")
