"""Relations between the mentions of one sentence, from Swedish trigger patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.model import RelationType
from loaders.mentions import Mention


@dataclass(frozen=True)
class FoundRelation:
    source: Mention
    target: Mention
    type: RelationType
    confidence: float
    properties: dict[str, Any] = field(default_factory=dict)


_COLLABORATION = re.compile(r"\b(samverka[nr]?|samarbete[t]?|tillsammans med)\b", re.IGNORECASE)


def find_relations(sentence: str, offset: int, mentions: list[Mention]) -> list[FoundRelation]:
    """Relations stated in one sentence (a first, minimal pass: collaboration cues)."""
    found: list[FoundRelation] = []
    if _COLLABORATION.search(sentence) and len(mentions) >= 2:
        first = mentions[0]
        for other in mentions[1:]:
            if other.canonical != first.canonical:
                found.append(FoundRelation(first, other, RelationType.COLLABORATES_WITH, 0.6))
    return found
