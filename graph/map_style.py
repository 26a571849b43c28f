"""How a map draws each entity and relationship type: colour, shape, Swedish label, arrows.

The interactive maps (graph.maps) and the printed ones (graph.static_maps) share these,
so a report's PNG and the browser show the same legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, SYMMETRIC_TYPES, EntityType, RelationType


@dataclass(frozen=True)
class EntityStyle:
    colour: str
    shape: str  # a vis-network shape with the label below it
    marker: str  # the matplotlib marker of the same shape
    label: str


@dataclass(frozen=True)
class RelationStyle:
    colour: str
    label: str
    directed: bool
    dashed: bool = False


# Public bodies are squares and hexagons, people dots, groups triangles, places inverted
# triangles, initiatives stars, parties diamonds; colour tells the types of a family apart.
_ENTITY: dict[EntityType, tuple[str, str, str]] = {
    EntityType.POLICE_UNIT: ("#1f4e9c", "square", "s"),
    EntityType.MUNICIPALITY: ("#1e7b48", "hexagon", "h"),
    EntityType.MUNICIPAL_BODY: ("#6cc08f", "hexagon", "h"),
    EntityType.AGENCY: ("#7b4fa0", "square", "s"),
    EntityType.POLITICAL_PARTY: ("#e67e22", "diamond", "D"),
    EntityType.CRIMINAL_GROUP: ("#c0392b", "triangle", "^"),
    EntityType.PERSON: ("#4d5d6e", "dot", "o"),
    EntityType.ORGANISATION: ("#9c7a4c", "square", "s"),
    EntityType.GROUP: ("#9fb3c8", "dot", "o"),
    EntityType.PLACE: ("#1aa6b7", "triangleDown", "v"),
    EntityType.INITIATIVE: ("#f1c40f", "star", "*"),
}

_RELATION: dict[RelationType, str] = {
    RelationType.COLLABORATES_WITH: "#2e8b57",
    RelationType.ESTABLISHED_IN: "#c0392b",
    RelationType.ACTIVE_IN: "#1aa6b7",
    RelationType.FUNDS: "#e67e22",
    RelationType.PROPOSES: "#c9a400",
    RelationType.RUNS: "#1f4e9c",
    RelationType.PARTICIPATES_IN: "#5b8bd9",
    RelationType.PART_OF: "#7f8c8d",
    RelationType.LOCATED_IN: "#a5b1b2",
    RelationType.MEMBER_OF: "#d35400",
    RelationType.WORKS_FOR: "#4d5d6e",
    RelationType.COUNTERS: "#8e44ad",
}
# Structural relations (hierarchy, geography) are dashed so that the working relations stand out.
_DASHED = frozenset({RelationType.PART_OF, RelationType.LOCATED_IN})

ENTITY_STYLES: dict[EntityType, EntityStyle] = {
    t: EntityStyle(colour=c, shape=s, marker=m, label=ENTITY_LABELS_SV[t]) for t, (c, s, m) in _ENTITY.items()
}
RELATION_STYLES: dict[RelationType, RelationStyle] = {
    t: RelationStyle(
        colour=c, label=RELATION_LABELS_SV[t], directed=t not in SYMMETRIC_TYPES, dashed=t in _DASHED
    )
    for t, c in _RELATION.items()
}

MIN_NODE_SIZE = 12.0
MAX_NODE_SIZE = 42.0


def node_size(degree: int) -> float:
    """The drawn radius of an actor with `degree` relations: grows with the square root, capped."""
    return min(MAX_NODE_SIZE, MIN_NODE_SIZE + 5.0 * math.sqrt(max(degree, 0)))
