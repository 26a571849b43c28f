"""Local chapters of national associations named with their place: 'Brottsofferjouren Dalarna',
'Företagarna Mora', 'Fastighetsägarna Mitt'.

The chapter is the actor that takes part, under its most complete name (ONTOLOGY: names in their
most complete surface form); the place in its name is no place the text speaks of. Only
associations and business organisations the gazetteer knows are read so, and only with a place it
knows or a region of the country ('Mitt', 'Syd').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_local_chapters"]

_CHAPTER_KINDS = frozenset({"association", "business"})
_REGIONS = frozenset(
    {"Mitt", "Syd", "Nord", "Norr", "Väst", "Öst", "Sydost", "Nordost", "Nordväst", "Sydväst"}
)
_PLACE_AFTER = re.compile(
    rf"[ \t]+(?P<place>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[ \t]+län)?)(?![\w-])"
)


def _known_place(lexicon: Lexicon, name: str) -> bool:
    if name in _REGIONS:
        return True
    return any(e.type == "Place" for e in lexicon.gazetteer.lookup(name))


def find_local_chapters(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """An organisation candidate for each known association directly followed by its place."""
    text = scan.text
    for pos, word in scan.capital_words:
        if word.casefold() not in lexicon.trie:
            continue
        entries, end, _, _ = scan.known_at(lexicon, pos)
        chapter = [
            e
            for e in entries
            if e.type == EntityType.ORGANISATION.value and e.attribute("kind") in _CHAPTER_KINDS
        ]
        if not chapter or end < 0 or text[end - 1] == "s":
            continue  # 'Företagarnas Mora': a genitive owns what follows, no chapter name
        m = _PLACE_AFTER.match(text, end)
        if m is None or not _known_place(lexicon, m.group("place")):
            continue
        place = " ".join(m.group("place").split())
        yield Candidate(
            pos,
            m.end(),
            text[pos : m.end()],
            EntityType.ORGANISATION,
            f"{chapter[0].name} {place}",
            "local_chapter",
            priority=4,
        )
