"""Present participles that stand as adjectives before an effort noun.

Swedish coordinates a plain participle with an adjective of effort before one head:
"gränssättande och förtroendeskapande arbete", "uppsökande och brottsförebyggande insatser".
The participle qualifies the same effort as its partner, so the phrase is read whole. A few
participles are nouns of people ("boende", "studerande") and never qualify an effort.
"""

from __future__ import annotations

import re

__all__ = ["is_participle_adjective"]

_PARTICIPLE = re.compile(r"[a-zåäö]{3,}(?:ande|ende)\Z")
# Participles used as nouns of people or things: "boende och trygghetsskapande arbete" is no one phrase.
_NOUNS = frozenset(
    ["boende", "studerande", "sökande", "resande", "gående", "deltagande", "medverkande", "handlande",
     "anhörande", "tillhörande", "innevånande", "seende"]
)  # fmt: skip


def is_participle_adjective(word: str) -> bool:
    """Whether a lower-case ``word`` is a present participle that can qualify a noun:
    ``gränssättande``, ``uppsökande``; not ``boende``."""
    return bool(_PARTICIPLE.match(word)) and word not in _NOUNS
