"""A relation read from a sentence, before it becomes a graph edge with evidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.model import RelationType
from loaders.mentions.document import Mention


@dataclass(frozen=True)
class FoundRelation:
    source: Mention
    target: Mention
    type: RelationType
    confidence: float
    properties: dict[str, Any] = field(default_factory=dict)


def related_pairs(
    by_sentence: Mapping[int, Sequence[FoundRelation]], relation: RelationType
) -> set[tuple[str, str]]:
    """The (source, target) names of every relation of one type read so far."""
    return {
        (r.source.canonical, r.target.canonical)
        for found in by_sentence.values()
        for r in found
        if r.type is relation
    }
