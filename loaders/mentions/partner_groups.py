"""Which unnamed groups can be partners in joint work.

Those who do the work ('fastighetsägare', 'föreningar', 'fältassistenter') are partners where a
sentence speaks of working together; an umbrella word ('aktörer', 'myndigheter') stands for the
members listed with it, and those the work is for ('medborgare', 'unga') are its target, not
partners in it.
"""

from __future__ import annotations

import functools

from graph.model import EntityType
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import read_list

__all__ = ["UMBRELLAS", "WORDS_FOR_PARTNERS", "is_partner_group"]

# Umbrellas that say only that there are partners ('i samverkan med andra aktörer'), not which
# kind ('kommuner', 'myndigheter' and 'organisationer' say that much): no partner of their own.
WORDS_FOR_PARTNERS = frozenset(
    {
        "aktörer",
        "andra aktörer",
        "samhällsaktörer",
        "samverkansparter",
        "samverkanspartner",
        "samarbetspartner",
        "samarbetsparter",
        "intressenter",
        "parter",
    }
)

# Group nouns that stand for the partners listed with them rather than for partners of their own.
UMBRELLAS = WORDS_FOR_PARTNERS | {"organisationer", "myndigheter", "kommuner"}


@functools.cache
def _population() -> frozenset[str]:
    return frozenset(read_list("population_nouns.txt"))


def is_partner_group(mention: Mention) -> bool:
    """Whether a mention is an unnamed group that can work with others."""
    if mention.type != EntityType.GROUP:
        return False
    name = mention.canonical.casefold()
    return name not in UMBRELLAS and name not in _population()
