"""Centrality and communities computed inside a real Neo4j: with Graph Data Science, and without it.

The GDS tests need the plugin (``python scripts/neo4j_local.py start --gds``) and are skipped,
with that reason, on a server without it; on CI the test server has it.
"""

from __future__ import annotations

import itertools
import os

import networkx as nx
import pytest

from graph import analytics
from graph.analytics import Measure
from graph.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelationType
from graph.neo4j_analytics import GdsAnalytics, count_links, has_gds, read_network
from graph.neo4j_store import Neo4jStore

pytestmark = pytest.mark.neo4j


def graph_of(edges: list[tuple[str, str, RelationType]], lone: tuple[str, ...] = ()) -> Graph:
    names = sorted({n for a, b, _ in edges for n in (a, b)} | set(lone))
    return Graph(
        documents=[Document(id="d", title="Samarbeten i kommunen")],
        entities=[Entity(id=n, type=EntityType.ORGANISATION, name=n.upper(), documents=["d"]) for n in names],
        relations=[
            Relation(
                source=a, target=b, type=t, evidence=[Evidence(document="d", start=i, end=i + 1, text=".")]
            )
            for i, (a, b, t) in enumerate(edges)
        ],
    )


def cliques_and_extras() -> Graph:
    """Two groups of five, each fully joined, one bridge a0-b0 between them, a pair joined twice
    (two types, both directions), and one actor without relations."""
    collab = RelationType.COLLABORATES_WITH
    left = [(a, b, collab) for a, b in itertools.combinations([f"a{i}" for i in range(5)], 2)]
    right = [(a, b, collab) for a, b in itertools.combinations([f"b{i}" for i in range(5)], 2)]
    extra = [
        ("a0", "b0", RelationType.FUNDS),
        ("a1", "a2", RelationType.FUNDS),
        ("a2", "a1", RelationType.FUNDS),
    ]
    return graph_of([*left, *right, *extra], lone=("solo",))


@pytest.fixture
def gds_store(neo4j: Neo4jStore) -> Neo4jStore:
    if not has_gds(neo4j.driver, neo4j.database):
        reason = "the Neo4j server has no Graph Data Science plugin (scripts/neo4j_local.py start --gds)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI starts it with the plugin")
        pytest.skip(reason)
    return neo4j


def test_gds_measures_agree_with_the_embedded_measures(gds_store: Neo4jStore) -> None:
    graph = cliques_and_extras()
    gds_store.upsert(graph)
    net = analytics.network(gds_store.export())
    gds = GdsAnalytics(gds_store.driver, gds_store.database)
    assert (gds.actors, gds.links) == (net.number_of_nodes(), net.number_of_edges()) == (11, 21)
    assert {i: gds.degree(i) for i in net} == dict(net.degree())
    assert gds.actor_map["a0"].name == "A0" and gds.actor_map["solo"].type is EntityType.ORGANISATION
    assert gds.centrality(Measure.DEGREE).scores == pytest.approx(nx.degree_centrality(net), abs=1e-12)
    betweenness = gds.centrality(Measure.BETWEENNESS)
    assert not betweenness.sampled
    assert betweenness.scores == pytest.approx(nx.betweenness_centrality(net), abs=1e-9)
    # PageRank agrees where every actor has a link; the lone actor only ranks last.
    pagerank = gds.centrality(Measure.PAGERANK).scores
    joined = net.subgraph(n for n in net if n != "solo")
    expected = nx.pagerank(joined)
    ratio = sum(pagerank[n] for n in joined) / sum(expected.values())
    assert {n: pagerank[n] / ratio for n in joined} == pytest.approx(expected, abs=1e-5)
    assert min(pagerank, key=pagerank.__getitem__) == "solo"
    assert sum(pagerank.values()) == pytest.approx(1.0)


def test_gds_communities_split_at_the_bridge(gds_store: Neo4jStore) -> None:
    gds_store.upsert(cliques_and_extras())
    gds = GdsAnalytics(gds_store.driver, gds_store.database)
    parts, score = gds.communities()
    assert [sorted(p) for p in parts] == [[f"a{i}" for i in range(5)], [f"b{i}" for i in range(5)]]
    net = analytics.network(gds_store.export())
    assert score == pytest.approx(analytics.modularity(net, parts), abs=1e-6)
    assert gds.communities() is gds.communities()
    again = GdsAnalytics(gds_store.driver, gds_store.database).communities()
    assert again[0] == parts  # the same graph, the same answer


def test_gds_over_some_relation_types_and_on_an_empty_graph(gds_store: Neo4jStore) -> None:
    gds = GdsAnalytics(gds_store.driver, gds_store.database)
    assert (gds.actors, gds.links, gds.communities()) == (0, 0, ([], None))
    assert gds.centrality(Measure.BETWEENNESS).scores == {}
    gds_store.upsert(cliques_and_extras())
    funds = GdsAnalytics(gds_store.driver, gds_store.database, [RelationType.FUNDS])
    assert funds.links == 2 and funds.actors == 11
    assert {i for i, d in funds.centrality(Measure.DEGREE).scores.items() if d} == {"a0", "b0", "a1", "a2"}
    assert sorted(sorted(p) for p in funds.communities()[0]) == [["a0", "b0"], ["a1", "a2"]]


def test_gds_betweenness_is_sampled_above_the_budget(
    gds_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analytics, "BETWEENNESS_BUDGET", 1_000)
    ba = nx.barabasi_albert_graph(120, 2, seed=4)
    gds_store.upsert(
        graph_of([(f"n{a:03d}", f"n{b:03d}", RelationType.COLLABORATES_WITH) for a, b in ba.edges])
    )
    gds = GdsAnalytics(gds_store.driver, gds_store.database)
    result = gds.centrality(Measure.BETWEENNESS)
    assert result.sampled and result.samples == analytics.MIN_SAMPLES
    exact = nx.betweenness_centrality(analytics.network(gds_store.export()))
    hub = max(exact, key=exact.__getitem__)
    assert sorted(result.scores, key=lambda n: -result.scores[n]).index(hub) < 10
    again = GdsAnalytics(gds_store.driver, gds_store.database).centrality(Measure.BETWEENNESS)
    assert again.scores == pytest.approx(result.scores)  # fixed seed


def test_without_gds_the_network_is_read_as_pairs(neo4j: Neo4jStore) -> None:
    neo4j.upsert(cliques_and_extras())
    net, actors = read_network(neo4j.driver, neo4j.database, None)
    expected = analytics.network(neo4j.export())
    assert set(net.nodes) == set(expected.nodes)
    assert {frozenset(e) for e in net.edges} == {frozenset(e) for e in expected.edges}
    assert actors["b3"].name == "B3"
    assert count_links(neo4j.driver, neo4j.database, None) == 23
    assert count_links(neo4j.driver, neo4j.database, [RelationType.FUNDS]) == 3
    funds, _ = read_network(neo4j.driver, neo4j.database, [RelationType.FUNDS])
    assert funds.number_of_edges() == 2 and funds.number_of_nodes() == 11


def _projections(store: Neo4jStore) -> list[str]:
    records, _, _ = store.driver.execute_query(
        "CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH 'samverkan-' RETURN graphName",
        database_=store.database,
    )
    return [r["graphName"] for r in records]


def test_gds_keeps_one_projection_per_version_of_the_graph(gds_store: Neo4jStore) -> None:
    gds_store.upsert(cliques_and_extras())
    first = GdsAnalytics(gds_store.driver, gds_store.database)
    pagerank = first.centrality(Measure.PAGERANK).scores
    assert first.projected and _projections(gds_store) == [first.name]
    # Another question on the same version (here as another API process would ask it) reuses it.
    again = GdsAnalytics(gds_store.driver, gds_store.database)
    assert not again.projected and again.name == first.name
    assert (again.actors, again.links) == (first.actors, first.links) == (11, 21)
    assert again.centrality(Measure.PAGERANK).scores == pytest.approx(pagerank)
    assert again.communities() == first.communities()
    assert _projections(gds_store) == [first.name]

    # A write makes a new version: its first question projects again and drops the old one.
    added = graph_of([("solo", "a3", RelationType.FUNDS)])
    gds_store.upsert(
        Graph(
            documents=[Document(id="e", title="Ett nytt bidrag")],
            entities=[e.model_copy(update={"documents": ["e"]}) for e in added.entities],
            relations=[
                r.model_copy(
                    update={"evidence": [ev.model_copy(update={"document": "e"}) for ev in r.evidence]}
                )
                for r in added.relations
            ],
        )
    )
    changed = GdsAnalytics(gds_store.driver, gds_store.database)
    assert changed.projected and changed.name != first.name
    assert changed.links == 22 and _projections(gds_store) == [changed.name]

    # Another set of relation types replaces it; a question on a dropped projection makes it again.
    funds = GdsAnalytics(gds_store.driver, gds_store.database, [RelationType.FUNDS])
    assert _projections(gds_store) == [funds.name]
    assert changed.centrality(Measure.BETWEENNESS).scores["a0"] > 0
    assert _projections(gds_store) == [changed.name]
    changed.drop()
    assert _projections(gds_store) == []
