"""Network analytics of a graph (networkx): who are the brokers, which actors cluster together.

The network is undirected and simple: one node per actor, one edge per pair of actors
that some relation joins (whatever its type or direction).

Measures:

- `degree`: degree centrality (share of the other actors an actor is joined to);
- `betweenness`: how often an actor lies on the shortest paths between others (the
  brokers). Exact betweenness costs O(nodes x edges); when that product exceeds
  `EXACT_BETWEENNESS_LIMIT` it is estimated from `k` sampled source actors, with `k`
  chosen so that about `SAMPLED_BETWEENNESS_BUDGET` node and edge visits are made in all
  (at least `MIN_SAMPLES`), and a fixed seed so that the same graph gives the same answer;
- `pagerank`: PageRank of the undirected network.

Communities are found with the Louvain method (fixed seed) up to `LOUVAIN_EDGE_LIMIT`
edges, and above it with fast label propagation, which is linear in the edges but
coarser. `Analytics` computes each measure once and keeps it: build one per graph
version and reuse it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

from graph.model import Graph, RelationType

EXACT_BETWEENNESS_LIMIT = 20_000_000
SAMPLED_BETWEENNESS_BUDGET = 2_000_000
MIN_SAMPLES = 8
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
    if nodes * edges <= EXACT_BETWEENNESS_LIMIT:
        return None
    k = max(MIN_SAMPLES, SAMPLED_BETWEENNESS_BUDGET // max(1, nodes + edges))
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
    scores = nx.betweenness_centrality(net, k=k, seed=SEED if k is not None else None)
    return Centrality(measure=measure, scores=scores, sampled=k is not None, samples=k)


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
    joined = net.subgraph([n for n, d in net.degree() if d > 0])
    if joined.number_of_edges() == 0:
        return []
    if community_method(joined.number_of_edges()) is CommunityMethod.LOUVAIN:
        found = nx.community.louvain_communities(joined, seed=SEED)
    else:
        found = list(nx.community.fast_label_propagation_communities(joined, seed=SEED))
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def modularity(net: nx.Graph, parts: list[set[str]]) -> float | None:
    """How well the communities separate the network (-0.5..1); None without edges."""
    joined = net.subgraph(set().union(*parts)) if parts else net
    if joined.number_of_edges() == 0:
        return None
    return float(nx.community.modularity(joined, parts))


class Analytics:
    """The measures of one graph, each computed on first use and then kept."""

    def __init__(self, graph: Graph, relation_types: Iterable[RelationType] | None = None) -> None:
        self.net = network(graph, relation_types)
        self._lock = threading.Lock()
        self._centrality: dict[Measure, Centrality] = {}
        self._communities: tuple[list[set[str]], float | None] | None = None

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
