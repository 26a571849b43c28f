"""Communities of a large map: actors tied closely together, drawn as one node until opened.

A map of thousands of actors is a hairball; grouped, it is a few dozen communities (Louvain,
seeded so the same graph gives the same groups), each drawn as one node named after its most
connected actor, which opens on a click (vis-network clustering, graph/templates/map.js).
The hubs (the most connected actors overall and in each community) keep their names at any
zoom; the others are named once zoomed in.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graph.layout import SPACING, Positions, layout_network
from graph.model import Entity, Relation

# Maps of more actors than this are drawn grouped (and their actors without relations hidden).
GROUP_ABOVE = 300
# A community of fewer actors is drawn as its actors.
MIN_GROUP = 5
# The most connected actors of the whole map that are named at any zoom.
NAMED_HUBS = 40


@dataclass(frozen=True)
class Community:
    id: int
    members: list[str]
    hub: str  # the most connected member, whose name the group carries


def find_communities(
    entities: Iterable[Entity], relations: Iterable[Relation], seed: int = 0
) -> list[Community]:
    """The communities of at least MIN_GROUP actors, the largest first; the same graph gives the same."""
    g = nx.Graph()
    g.add_nodes_from(sorted(e.id for e in entities))
    g.add_edges_from(sorted((r.source, r.target) for r in relations if r.source != r.target))
    if g.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(g, seed=seed)
    degree = dict(g.degree())
    found = [sorted(part) for part in parts if len(part) >= MIN_GROUP]
    found.sort(key=lambda members: (-len(members), members[0]))
    return [
        Community(id=i, members=members, hub=max(members, key=lambda m: (degree[m], m)))
        for i, members in enumerate(found)
    ]


def hubs(degree: Counter[str], communities: list[Community], top: int = NAMED_HUBS) -> set[str]:
    """The actors named at any zoom: the most connected overall and the hub of each community."""
    ranked = sorted((d, actor) for actor, d in degree.items() if d > 0)
    named = {actor for _, actor in ranked[-top:]} if top else set()
    return named | {c.hub for c in communities}


# Groups stand further apart than actors: they are drawn larger.
GROUP_SPACING = SPACING * 2.5
# An opened group's actors lie within about this many pixels per square root of their number.
MEMBER_REACH = 40.0


def grouped_positions(
    positions: Positions, communities: list[Community], relations: Iterable[Relation], seed: int = 0
) -> tuple[dict[int, tuple[float, float]], Positions]:
    """Where each group stands when the map opens grouped, and where its actors go when opened.

    The groups and the actors in no group are laid out together as one small network (a
    relation between two groups ties them); each group's actors keep their arrangement,
    drawn closer together around their group (as graph/templates/map.js releases them).
    """
    group_of = {m: f"grupp-{c.id}" for c in communities for m in c.members}
    g = nx.Graph()
    g.add_nodes_from(sorted({group_of.get(actor, actor) for actor in positions}))
    for rel in relations:
        a, b = group_of.get(rel.source, rel.source), group_of.get(rel.target, rel.target)
        if a != b and a in g and b in g:
            g.add_edge(a, b)
    placed = layout_network(g, seed=seed, spacing=GROUP_SPACING)
    result = {actor: placed[actor] for actor in positions if actor not in group_of}
    centres: dict[int, tuple[float, float]] = {}
    for c in communities:
        cx, cy = placed[f"grupp-{c.id}"]
        centres[c.id] = (cx, cy)
        own = [positions[m] for m in c.members if m in positions]
        if not own:
            continue
        mx, my = sum(p[0] for p in own) / len(own), sum(p[1] for p in own) / len(own)
        far = max([math.hypot(p[0] - mx, p[1] - my) for p in own] + [1.0])
        shrink = min(1.0, MEMBER_REACH * math.sqrt(len(own)) / far)
        for m in c.members:
            if m in positions:
                x, y = positions[m]
                result[m] = (round(cx + (x - mx) * shrink, 1), round(cy + (y - my) * shrink, 1))
    return centres, result
