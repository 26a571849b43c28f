"""Fixed positions for a map, computed on the server: seeded, repeatable, and fast at scale.

vis-network's physics in the browser grows with the square of the actors drawn; above a
few hundred actors (see graph.maps.SERVER_LAYOUT_ABOVE) the map arrives with positions
from here and physics off. The printed maps (graph.static_maps) always use these.

Each connected part of the graph is laid out on its own with a force-directed method
(Fruchterman-Reingold): exact below `EXACT_BELOW` actors; above it, repulsion is exact
between close actors and taken from the centres of a grid of cells for distant ones, so a
5,000-actor part takes seconds, not minutes. The parts are then packed in rows, the largest
first, so that small islands do not scatter over the page.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from graph.model import Graph

EXACT_BELOW = 300
# Distance between neighbouring actors, in the pixels of the page.
SPACING = 120.0
GRAVITY = 1.0  # a pull to the middle of each part keeps it round rather than stretched
MIN_GAP = 0.6  # closest two actors may be, in ideal distances
_NEAR = 2.5  # repulsion within this many ideal distances is exact
_GAP = 1.2  # space between packed parts, in ideal distances

Positions = dict[str, tuple[float, float]]


def layout_positions(graph: Graph, seed: int = 0, spacing: float = SPACING) -> Positions:
    """x, y of every actor in the graph; the same graph and seed give the same positions."""
    ids = sorted(e.id for e in graph.entities)
    known = set(ids)
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(
        sorted(
            (r.source, r.target)
            for r in graph.relations
            if r.source in known and r.target in known and r.source != r.target
        )
    )
    return layout_network(g, seed, spacing)


def layout_network(g: nx.Graph, seed: int = 0, spacing: float = SPACING) -> Positions:
    """x, y of every node of a networkx graph whose nodes are strings, as layout_positions."""
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed = [_layout_part(g, part, seed) for part in parts]
    return _pack(placed, spacing)


def _layout_part(g: nx.Graph, nodes: list[str], seed: int) -> tuple[list[str], np.ndarray]:
    n = len(nodes)
    if n == 1:
        return nodes, np.zeros((1, 2))
    if n == 2:
        return nodes, np.array([[-0.5, 0.0], [0.5, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array(sorted((index[a], index[b]) for a, b in g.subgraph(nodes).edges()), dtype=np.int64)
    return nodes, _landscape(force_layout(n, edges.reshape(-1, 2), seed=seed))


def _landscape(pos: np.ndarray) -> np.ndarray:
    """Turn a part so that its longest extent runs across the page, as screens and reports do."""
    centred = pos - pos.mean(0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    turned = centred @ axes.T
    # Fix the sign of each axis (SVD leaves it open) so that the result is repeatable.
    return turned * np.where(np.abs(turned.max(0)) >= np.abs(turned.min(0)), 1.0, -1.0)


def force_layout(n: int, edges: np.ndarray, seed: int = 0, iterations: int | None = None) -> np.ndarray:
    """Positions (n x 2, ideal edge length 1) of a connected graph given as index pairs."""
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, (n, 2))
    if iterations is None:
        iterations = 250 if n < EXACT_BELOW else 150
    temperature = side / 8
    cooling = (0.02 / temperature) ** (1 / iterations)
    src, dst = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        disp = _repulsion_exact(pos) if n < EXACT_BELOW else _repulsion_grid(pos)
        if len(src):
            d = pos[src] - pos[dst]
            f = d * np.sqrt((d * d).sum(1))[:, None]
            _accumulate(disp, dst, f)
            _accumulate(disp, src, -f)
        towards = pos - pos.mean(0)
        disp -= GRAVITY * towards / np.maximum(np.sqrt((towards * towards).sum(1)), 1.0)[:, None]
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    pos = _separate(pos)
    return pos - pos.mean(0)


def _separate(pos: np.ndarray, rounds: int = 30) -> np.ndarray:
    """Push apart actors closer than MIN_GAP so that no shape hides another."""
    for _ in range(rounds):
        pairs = cKDTree(pos).query_pairs(r=MIN_GAP, output_type="ndarray")
        if not len(pairs):
            break
        d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        dist = np.sqrt((d * d).sum(1))
        # Coincident actors part in a fixed direction, so the result stays repeatable.
        d[dist < 1e-9] = (1e-3, 0.0)
        dist = np.maximum(dist, 1e-3)
        shift = d * ((MIN_GAP - dist) / (2 * dist))[:, None]
        _accumulate(pos, pairs[:, 0], shift)
        _accumulate(pos, pairs[:, 1], -shift)
    return pos


def _accumulate(disp: np.ndarray, index: np.ndarray, force: np.ndarray) -> None:
    n = len(disp)
    disp[:, 0] += np.bincount(index, force[:, 0], n)
    disp[:, 1] += np.bincount(index, force[:, 1], n)


def _repulsion_exact(pos: np.ndarray) -> np.ndarray:
    dx = pos[:, 0][:, None] - pos[:, 0][None, :]
    dy = pos[:, 1][:, None] - pos[:, 1][None, :]
    w = 1.0 / np.maximum(dx * dx + dy * dy, 1e-4)
    np.fill_diagonal(w, 0.0)
    return np.stack([(dx * w).sum(1), (dy * w).sum(1)], axis=1)


def _repulsion_grid(pos: np.ndarray) -> np.ndarray:
    n = len(pos)
    disp = np.zeros_like(pos)
    pairs = cKDTree(pos).query_pairs(r=_NEAR, output_type="ndarray")
    if len(pairs):
        d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        f = d / np.maximum((d * d).sum(1), 1e-4)[:, None]
        _accumulate(disp, pairs[:, 0], f)
        _accumulate(disp, pairs[:, 1], -f)
    # Far field: every other cell pushes with its count from its centre.
    cells = int(min(40, max(4, math.sqrt(n / 2))))
    low = pos.min(0)
    span = np.maximum(pos.max(0) - low, 1e-9)
    cell = np.minimum(((pos - low) / span * cells).astype(np.int64), cells - 1)
    cell_id = cell[:, 0] * cells + cell[:, 1]
    count = np.bincount(cell_id, minlength=cells * cells).astype(float)
    used = np.flatnonzero(count)
    weight = count[used]
    cx = np.bincount(cell_id, pos[:, 0], cells * cells)[used] / weight
    cy = np.bincount(cell_id, pos[:, 1], cells * cells)[used] / weight
    dx = cx[:, None] - cx[None, :]
    dy = cy[:, None] - cy[None, :]
    w = weight[None, :] / np.maximum(dx * dx + dy * dy, _NEAR * _NEAR)
    np.fill_diagonal(w, 0.0)
    field = np.zeros((cells * cells, 2))
    field[used, 0] = (dx * w).sum(1)
    field[used, 1] = (dy * w).sum(1)
    return disp + field[cell_id]


def _pack(parts: list[tuple[list[str], np.ndarray]], spacing: float) -> Positions:
    """Parts in rows, largest first, so that the small islands line up below the main network."""
    boxes = []
    for nodes, pos in parts:
        low, high = pos.min(0), pos.max(0)
        boxes.append((nodes, pos - low, high - low + _GAP))
    area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    # Rows about half again as wide as the whole is high: the shape of a screen or a landscape page.
    row_width = max([math.sqrt(area * 1.5)] + [float(size[0]) for _, _, size in boxes])
    result: Positions = {}
    x = y = row_height = 0.0
    for nodes, pos, size in boxes:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, pos, strict=True):
            result[node] = (round((x + px) * spacing, 1), round((y + py) * spacing, 1))
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return result
