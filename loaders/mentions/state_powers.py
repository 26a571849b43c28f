"""The parliament and the government named together without their articles: 'riksdag och
regering', 'regering och riksdag'. Each alone in its bare form is a common noun ('en regering'),
the pair is the two state powers (the definite forms are in the gazetteer)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_state_powers"]

_PAIR = Gated(
    re.compile(
        r"\b(?:(?P<r1>[Rr]iksdag(?:en)?)[ \t]+(?:och|&)[ \t]+(?P<g1>regering(?:en)?)"
        r"|(?P<g2>[Rr]egering(?:en)?)[ \t]+(?:och|&)[ \t]+(?P<r2>riksdag(?:en)?))\b"
    ),
    r"riksdag",
)
_NAMES = {"r": "Riksdagen", "g": "Regeringen"}


def find_state_powers(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """The parliament and the government where the text names the pair."""
    for m in _PAIR.finditer(scan):
        for group in ("r1", "g1", "g2", "r2"):
            if m.group(group) is None:
                continue
            start, end = m.span(group)
            yield Candidate(
                start, end, m.group(group), EntityType.AGENCY, _NAMES[group[0]], "state_powers", priority=1
            )
