"""A bare effort noun names no initiative of its own.

'Arbetet leds av kommunens samordnare', 'Insatsen har gett resultat': a definite effort noun with
nothing to qualify it points back to an effort the text names elsewhere; read alone it is any
work at all. A relation whose initiative is only such a word ('arbetet', 'insatsen', 'projektet')
is dropped rather than giving the graph an initiative called 'arbetet'.
"""

from __future__ import annotations

import re

from graph.model import EntityType as E
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_bare_efforts"]

_BARE = re.compile(
    r"(?:arbete|arbetet|insats|insatsen|insatser|insatserna|projekt|projektet|satsning|satsningen|satsningar"
    r"|verksamhet|verksamheten|samarbete|samarbetet|samverkan|samverkan|åtgärd|åtgärden|åtgärder|åtgärderna"
    r"|plan|planen|strategi|strategin|program|programmet|uppdrag|uppdraget|initiativ|initiativet|det|detta)",
    re.IGNORECASE,
)


def _bare(f: FoundRelation) -> bool:
    return any(m.type == E.INITIATIVE and _BARE.fullmatch(m.canonical.strip()) for m in (f.source, f.target))


def without_bare_efforts(by_sentence: dict[int, list[FoundRelation]]) -> None:
    """Drop, in place, each relation with an initiative named by a bare effort noun."""
    for i, found in by_sentence.items():
        if any(_bare(f) for f in found):
            by_sentence[i] = [f for f in found if not _bare(f)]
