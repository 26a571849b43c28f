"""A relation read from a sentence, before it becomes a graph edge with evidence."""

from __future__ import annotations

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
