"""Network analytics of a graph (networkx): who are the brokers, which actors cluster together.

The network is undirected and simple: one node per actor, one edge per pair of actors
that some relation joins (whatever its type or direction).

Measures:

- `degree`: degree centrality (share of the other actors an actor is joined to);
- `betweenness`: how often an actor lies on the shortest paths between others (the
  brokers), normalised as networkx does. It is Brandes' algorithm with the breadth-first
  searches of many source actors run at once as sparse matrix products (scipy), which is
  what makes it answer in seconds on large graphs. Its cost is the number of source
  actors times (actors + links); with every actor a source that is `nodes x (nodes +
  edges)`. Up to `BETWEENNESS_BUDGET` it is exact; above, it is estimated from
  `k = BETWEENNESS_BUDGET // (nodes + edges)` sampled sources (at least `MIN_SAMPLES`),
  drawn with a fixed seed so that the same graph gives the same answer. At 100,000
  relations (about 20,000 actors) that is about 80 sources, a few seconds;
- `pagerank`: PageRank of the undirected network.

Communities are found with the Louvain method (fixed seed) up to `LOUVAIN_EDGE_LIMIT`
edges (about half a minute at 100,000), and above it with semi-synchronous label
propagation, which is deterministic and linear in the edges but coarser. `Analytics` computes each measure once and keeps it: build one per graph
version and reuse it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx
import numpy as np
from scipy import sparse

from graph.model import Graph, RelationType

BETWEENNESS_BUDGET = 10_000_000
MIN_SAMPLES = 32
# Sources searched together: the dense matrices of one batch hold nodes x batch numbers.
BATCH_SOURCES = 64
BATCH_CELLS = 4_000_000
LOUVAIN_EDGE_LIMIT = 25_000
SEED = 0


class Measure(StrEnum):
    DEGREE = "degree"
    BETWEENNESS = "betweenness"
    PAGERANK = "pagerank"


@dataclass(frozen=True)
class Centrality:
    """Scores of one measure for every actor, and how they were computed."""

    measure: Measure
    scores: dict[str, float]
    sampled: bool = False
    samples: int | None = None


def network(graph: Graph, relation_types: Iterable[RelationType] | None = None) -> nx.Graph:
    """The undirected actor network of a graph, optionally over some relation types only."""
    allowed = set(relation_types or [])
    out = nx.Graph()
    out.add_nodes_from(e.id for e in graph.entities)
    out.add_edges_from(
        (r.source, r.target)
        for r in graph.relations
        if r.source != r.target and (not allowed or r.type in allowed)
    )
    return out


def betweenness_samples(nodes: int, edges: int) -> int | None:
    """Number of sampled sources for betweenness, or None when the exact measure is cheap enough."""
    if nodes * (nodes + edges) <= BETWEENNESS_BUDGET:
        return None
    k = max(MIN_SAMPLES, BETWEENNESS_BUDGET // max(1, nodes + edges))
    return None if k >= nodes else k


def centrality(net: nx.Graph, measure: Measure) -> Centrality:
    """One measure over the whole network."""
    if net.number_of_nodes() == 0:
        return Centrality(measure=measure, scores={})
    if measure is Measure.DEGREE:
        return Centrality(measure=measure, scores=nx.degree_centrality(net))
    if measure is Measure.PAGERANK:
        return Centrality(measure=measure, scores=_pagerank(net))
    k = betweenness_samples(net.number_of_nodes(), net.number_of_edges())
    return Centrality(measure=measure, scores=betweenness(net, k), sampled=k is not None, samples=k)


def betweenness(net: nx.Graph, k: int | None = None) -> dict[str, float]:
    """Normalised betweenness, as `nx.betweenness_centrality(net, k)` gives it.

    Exact with `k` None; otherwise from `k` sources drawn with the fixed seed, scaled as
    networkx scales a sample.
    """
    nodes = sorted(net)
    n = len(nodes)
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    adjacency = nx.to_scipy_sparse_array(net, nodelist=nodes, weight=None, format="csr", dtype=float)
    sources = np.arange(n) if k is None else np.array(sorted(random.Random(SEED).sample(range(n), k)))
    batch = max(1, min(BATCH_SOURCES, BATCH_CELLS // n))
    totals = np.zeros(n)
    for first in range(0, len(sources), batch):
        totals += _dependencies(adjacency, sources[first : first + batch])
    if k is None:
        scale = np.full(n, 1 / ((n - 1) * (n - 2)))
    else:
        scale = np.full(n, 1 / (k * (n - 2)))
        scale[sources] = 1 / ((k - 1) * (n - 2)) if k > 1 else 0.0
    return dict(zip(nodes, (totals * scale).tolist(), strict=True))


def _dependencies(adjacency: sparse.csr_array, sources: np.ndarray) -> np.ndarray:
    """Brandes' dependencies of every node, summed over `sources`, all searched at once.

    Column j follows a breadth-first search from sources[j]: `sigma` counts the shortest
    paths to each node, `level` is its distance (-1 before it is reached). The way back
    accumulates delta[v] = sum over the next level's neighbours w of
    sigma[v] / sigma[w] * (1 + delta[w]).
    """
    n, b = adjacency.shape[0], len(sources)
    columns = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[sources, columns] = 1.0
    level = np.full((n, b), -1, dtype=np.int32)
    level[sources, columns] = 0
    frontier = sigma.copy()
    depth = 0
    while True:
        reached = adjacency @ frontier
        reached[level >= 0] = 0.0
        new = reached > 0
        if not new.any():
            break
        depth += 1
        level[new] = depth
        sigma[new] = reached[new]
        frontier = reached
    delta = np.zeros((n, b))
    for d in range(depth, 0, -1):
        here = level == d
        share = np.where(here, (1.0 + delta) / np.where(here, sigma, 1.0), 0.0)
        before = level == d - 1
        delta += np.where(before, sigma * (adjacency @ share), 0.0)
    delta[sources, columns] = 0.0
    return delta.sum(axis=1)


def _pagerank(net: nx.Graph) -> dict[str, float]:
    try:
        return nx.pagerank(net)
    except nx.PowerIterationFailedConvergence:
        return nx.pagerank(net, max_iter=1000, tol=1e-4)


class CommunityMethod(StrEnum):
    LOUVAIN = "louvain"
    LABEL_PROPAGATION = "label_propagation"


def community_method(edges: int) -> CommunityMethod:
    return CommunityMethod.LOUVAIN if edges <= LOUVAIN_EDGE_LIMIT else CommunityMethod.LABEL_PROPAGATION


def communities(net: nx.Graph) -> list[set[str]]:
    """Clusters of actors more joined to each other than to the rest, largest first.

    Actors without any relation are left out.
    """
    joined = nx.Graph(net.edges())  # the actors with a relation (a subgraph view is slow to walk)
    if joined.number_of_edges() == 0:
        return []
    if community_method(joined.number_of_edges()) is CommunityMethod.LOUVAIN:
        found = nx.community.louvain_communities(joined, seed=SEED)
    else:
        found = list(nx.community.label_propagation_communities(joined))
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def modularity(net: nx.Graph, parts: list[set[str]]) -> float | None:
    """How well the communities separate the network (-0.5..1); None without edges.

    Newman's modularity, as `nx.community.modularity` gives it, in one pass over the
    edges: for each community, its share of the edges less the square of its share of
    the edge ends. The communities hold every actor that has a relation.
    """
    edges = net.number_of_edges()
    if not parts or edges == 0:
        return None
    where = {n: c for c, part in enumerate(parts) for n in part}
    inside = [0] * len(parts)
    for a, b in net.edges():
        if where[a] == where[b]:
            inside[where[a]] += 1
    ends = [sum(net.degree(n) for n in part) for part in parts]
    return sum(inside[c] / edges - (ends[c] / (2 * edges)) ** 2 for c in range(len(parts)))


class Analytics:
    """The measures of one graph, each computed on first use and then kept."""

    def __init__(self, graph: Graph, relation_types: Iterable[RelationType] | None = None) -> None:
        self.net = network(graph, relation_types)
        self._lock = threading.Lock()
        self._centrality: dict[Measure, Centrality] = {}
        self._communities: tuple[list[set[str]], float | None] | None = None

    @classmethod
    def of_network(cls, net: nx.Graph) -> Analytics:
        """The measures of a network already drawn (undirected, simple)."""
        out = cls(Graph())
        out.net = net
        return out

    @property
    def actors(self) -> int:
        return int(self.net.number_of_nodes())

    @property
    def links(self) -> int:
        return int(self.net.number_of_edges())

    @property
    def method(self) -> CommunityMethod:
        return community_method(self.links)

    def degree(self, actor_id: str) -> int:
        return int(self.net.degree(actor_id))

    def centrality(self, measure: Measure) -> Centrality:
        with self._lock:
            if measure not in self._centrality:
                self._centrality[measure] = centrality(self.net, measure)
            return self._centrality[measure]

    def communities(self) -> tuple[list[set[str]], float | None]:
        """The communities and their modularity."""
        with self._lock:
            if self._communities is None:
                parts = communities(self.net)
                self._communities = (parts, modularity(self.net, parts))
            return self._communities
