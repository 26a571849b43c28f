"""Network analytics: the network, the measures, sampling on large graphs, communities."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from graph import analytics
from graph.analytics import Analytics, CommunityMethod, Measure
from graph.model import Entity, EntityType, Evidence, Graph, Relation, RelationType


def graph_of(edges: list[tuple[str, str]], type_: RelationType = RelationType.COLLABORATES_WITH) -> Graph:
    names = sorted({n for e in edges for n in e})
    return Graph(
        entities=[Entity(id=n, type=EntityType.ORGANISATION, name=n.upper(), documents=["d"]) for n in names],
        relations=[
            Relation(
                source=a, target=b, type=type_, evidence=[Evidence(document="d", start=0, end=1, text=".")]
            )
            for a, b in edges
        ],
    )


def two_cliques() -> Graph:
    """Two groups of five, each fully joined, with one bridge b0-a0 between them."""
    left = list(itertools.combinations([f"a{i}" for i in range(5)], 2))
    right = list(itertools.combinations([f"b{i}" for i in range(5)], 2))
    return graph_of([*left, *right, ("b0", "a0")])


def test_network_is_simple_and_undirected() -> None:
    graph = graph_of([("a", "b"), ("b", "a"), ("a", "c")])
    graph.relations.append(graph.relations[0].model_copy(update={"type": RelationType.FUNDS}))
    graph.relations.append(graph.relations[0].model_copy(update={"target": "a"}))  # a loop
    graph.entities.append(Entity(id="alone", type=EntityType.PLACE, name="Alone"))
    net = analytics.network(graph)
    assert set(net.nodes) == {"a", "b", "c", "alone"}
    assert {frozenset(e) for e in net.edges} == {frozenset("ab"), frozenset("ac")}
    funds_only = analytics.network(graph, [RelationType.FUNDS])
    assert {frozenset(e) for e in funds_only.edges} == {frozenset("ab")}


def test_bridge_actors_rank_highest_on_betweenness() -> None:
    result = Analytics(two_cliques()).centrality(Measure.BETWEENNESS)
    assert not result.sampled and result.samples is None
    top_two = sorted(result.scores, key=lambda n: -result.scores[n])[:2]
    assert set(top_two) == {"a0", "b0"}
    assert result.scores == pytest.approx(nx.betweenness_centrality(analytics.network(two_cliques())))


def test_degree_and_pagerank_agree_with_networkx() -> None:
    graph = two_cliques()
    net = analytics.network(graph)
    calc = Analytics(graph)
    assert calc.centrality(Measure.DEGREE).scores == pytest.approx(nx.degree_centrality(net))
    pagerank = calc.centrality(Measure.PAGERANK).scores
    assert sum(pagerank.values()) == pytest.approx(1.0)
    assert max(pagerank, key=pagerank.__getitem__) in {"a0", "b0"}
    assert analytics.centrality(nx.Graph(), Measure.PAGERANK).scores == {}


def test_betweenness_is_exact_within_the_budget_and_sampled_above() -> None:
    assert analytics.betweenness_samples(100, 200) is None
    nodes, edges = 20_000, 100_000
    k = analytics.betweenness_samples(nodes, edges)
    assert k is not None and analytics.MIN_SAMPLES <= k < nodes
    assert k * (nodes + edges) <= analytics.BETWEENNESS_BUDGET
    assert analytics.betweenness_samples(10**6, 10**7) == analytics.MIN_SAMPLES


@pytest.mark.parametrize(
    "net",
    [
        nx.barabasi_albert_graph(300, 2, seed=1),
        nx.karate_club_graph(),
        nx.path_graph(5),
        nx.disjoint_union(nx.cycle_graph(7), nx.star_graph(4)),  # two components
    ],
)
def test_betweenness_equals_networkx(net: nx.Graph) -> None:
    named = nx.Graph()
    named.add_nodes_from(f"n{i:04d}" for i in sorted(net))
    named.add_edges_from((f"n{a:04d}", f"n{b:04d}") for a, b in net.edges)
    assert analytics.betweenness(named) == pytest.approx(nx.betweenness_centrality(named), abs=1e-12)
    # With the same sampled sources (networkx draws them from the nodes in order, by the seed).
    k = min(20, len(named) - 1)
    sampled = nx.betweenness_centrality(named, k=k, seed=analytics.SEED)
    assert analytics.betweenness(named, k) == pytest.approx(sampled, abs=1e-12)


def test_sampled_betweenness_on_a_large_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    # Lower the budget so that a small graph takes the sampled path.
    monkeypatch.setattr(analytics, "BETWEENNESS_BUDGET", 10_000)
    net = nx.barabasi_albert_graph(400, 2, seed=3)
    net = nx.relabel_nodes(net, {n: f"n{n}" for n in net})
    first = analytics.centrality(net, Measure.BETWEENNESS)
    second = analytics.centrality(net, Measure.BETWEENNESS)
    assert first.sampled and first.samples == analytics.MIN_SAMPLES
    assert first.scores == second.scores  # fixed seed
    exact = nx.betweenness_centrality(net)
    hub = max(exact, key=exact.__getitem__)
    assert sorted(first.scores, key=lambda n: -first.scores[n]).index(hub) < 10


def test_communities_split_at_the_bridge() -> None:
    calc = Analytics(two_cliques())
    parts, score = calc.communities()
    assert [sorted(p) for p in parts] == [[f"a{i}" for i in range(5)], [f"b{i}" for i in range(5)]]
    assert score is not None and 0.3 < score <= 1
    assert score == pytest.approx(nx.community.modularity(analytics.network(two_cliques()), parts))
    assert calc.communities() is calc.communities()  # computed once


def test_communities_leave_out_lone_actors_and_handle_no_edges() -> None:
    graph = graph_of([("a", "b")])
    graph.entities.append(Entity(id="alone", type=EntityType.PLACE, name="Alone"))
    assert analytics.communities(analytics.network(graph)) == [{"a", "b"}]
    empty = Graph(entities=[Entity(id="x", type=EntityType.PLACE, name="X")])
    assert Analytics(empty).communities() == ([], None)


def test_label_propagation_above_the_louvain_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analytics, "LOUVAIN_EDGE_LIMIT", 5)
    assert analytics.community_method(21) is CommunityMethod.LABEL_PROPAGATION
    parts = analytics.communities(analytics.network(two_cliques()))
    assert set().union(*parts) == {f"a{i}" for i in range(5)} | {f"b{i}" for i in range(5)}
    assert sum(len(p) for p in parts) == 10  # a partition
    assert parts == analytics.communities(analytics.network(two_cliques()))
    net = nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=2), str)
    found = analytics.communities(net)
    assert analytics.modularity(net, found) == pytest.approx(nx.community.modularity(net, found))
