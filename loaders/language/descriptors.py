"""The nouns that introduce an initiative's name: 'insatsen Vinterljus', 'kommunens projekt Trygg Stad'.

Between a genitive owner or a frame ('en del i regionens ...') and the name it qualifies, Swedish
often puts the kind of initiative the name is: a descriptor noun, maybe with an adjective before it
('polisens nya insats Vinterljus'). The readings of owners and wholes read past it.
"""

from __future__ import annotations

__all__ = ["DESCRIPTOR"]

_NOUNS = (
    r"(?:insats|projekt|satsning|program|arbete|metod|kampanj|operation|initiativ|samarbete|modell|koncept"
    r"|handlingsplan|plan|strategi|verksamhet|aktion)(?:en|et|n|t)?"
)
# Optional adjective, then the descriptor noun, then the space before the name; matched at the end.
DESCRIPTOR = r"(?:[a-zåäö-]+(?:a|e)[ \t]+)?" + _NOUNS + r"[ \t]+[\"”»']?"
