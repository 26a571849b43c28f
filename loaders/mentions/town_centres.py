"""A town's centre named without the town: 'gäng i centrum och på resecentrum' in a text about one
town is that town's centre and travel centre ('Mora centrum', 'Moras resecentrum').

'centrum' after a named centre refers back to it (loaders.mentions.resolution); one that refers to
none, after a place preposition in a document that names exactly one town, is that town's, and so
is a bare 'resecentrum' or 'stadskärnan'.
"""

from __future__ import annotations

import re

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Scan
from loaders.mentions.lexicon import Lexicon
from loaders.mentions.places import genitive

__all__ = ["centres_of_the_town"]

# 'i centrum', 'på resecentrum', but not 'i centrum för' (at the heart of something).
_BARE = re.compile(
    r"(?<![\w-])(?:i|på|vid|kring|runt|utanför|mot)[ \t]+(?P<word>centrum|resecentrum|stadskärnan)\b"
    r"(?![ \t]+(?:för|av)\b)"
)
_HEADS = {"centrum": "centrum", "resecentrum": "resecentrum", "stadskärnan": "stadskärna"}


def centres_of_the_town(cands: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """The candidates, with each centre that names no town read as the document's one town's."""
    towns = {
        c.canonical
        for c in cands
        if c.type == EntityType.PLACE
        and c.canonical
        and any(e.type == "Place" and e.attribute("code") for e in lexicon.gazetteer.by_name(c.canonical))
    }
    if len(towns) != 1:
        return cands
    town = next(iter(towns))
    taken = [(c.start, c.end) for c in cands]
    added = []
    for m in _BARE.finditer(scan.text):
        start, end = m.span("word")
        if scan.is_masked(start, end) or any(s < end and start < e for s, e in taken):
            continue
        added.append(
            Candidate(
                start,
                end,
                m.group("word"),
                EntityType.PLACE,
                _centre_name(town, _HEADS[m.group("word")]),
                "town_centre",
                sentence=scan.sentence_of(start),
            )
        )
    return sorted([*cands, *added], key=lambda c: c.start) if added else cands


def _centre_name(town: str, head: str) -> str:
    """'Mora centrum' as places.py names a centre: a town ending in a vowel keeps its name."""
    return f"{town} {head}" if town[-1] in "aeiouyåäö" else f"{genitive(town)} {head}"
