"""Centrality and communities over HTTP, on both stores: rankings, filters, and fresh answers after changes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import networkx as nx
import pytest

from api.queries import filter_graph
from graph import analytics
from graph.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelationType
from graph.store import DocumentFilter, GraphStore
from tests.api.served import sample_graph, served


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    store.upsert(sample_graph())
    with served(store) as client:
        yield client


def test_degree_centrality_ranks_the_whole_network(client: httpx.Client, store: GraphStore) -> None:
    result = client.get("/analytics/centrality").json()
    assert result["measure"] == "degree" and not result["sampled"]
    expected = nx.degree_centrality(analytics.network(store.export()))
    assert result["actors"] == len(expected) == result["total"] == 10
    assert {i["id"]: i["score"] for i in result["items"]} == pytest.approx(expected, abs=1e-6)
    assert [i["rank"] for i in result["items"]] == list(range(1, 11))
    assert result["items"][0]["id"] == "town" and result["items"][0]["degree"] == 4
    scores = [i["score"] for i in result["items"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("measure", ["betweenness", "pagerank"])
def test_other_measures(client: httpx.Client, store: GraphStore, measure: str) -> None:
    result = client.get("/analytics/centrality", params={"measure": measure}).json()
    assert result["measure"] == measure
    net = analytics.network(store.export())
    expected = nx.betweenness_centrality(net) if measure == "betweenness" else nx.pagerank(net)
    assert {i["id"]: i["score"] for i in result["items"]} == pytest.approx(expected, abs=1e-5)


def test_centrality_by_type_keeps_the_whole_network_ranks(client: httpx.Client) -> None:
    everyone = client.get("/analytics/centrality").json()["items"]
    places = client.get("/analytics/centrality", params={"type": "Place"}).json()
    assert {i["id"] for i in places["items"]} == {"district", "townplace", "village"}
    ranks = {i["id"]: i["rank"] for i in everyone}
    assert all(i["rank"] == ranks[i["id"]] for i in places["items"])
    page = client.get("/analytics/centrality", params={"limit": 3, "offset": 2}).json()
    assert page["items"] == everyone[2:5] and page["total"] == 10


def test_centrality_within_filters(client: httpx.Client, store: GraphStore) -> None:
    flt = DocumentFilter(kinds=["protocol"])
    protocol = client.get("/analytics/centrality", params={"kind": "protocol"}).json()
    expected = filter_graph(store.export(), flt)
    assert {i["id"] for i in protocol["items"]} == {e.id for e in expected.entities}
    assert protocol["links"] == analytics.network(expected).number_of_edges()
    collab = client.get("/analytics/centrality", params={"relation_types": "COLLABORATES_WITH"}).json()
    assert collab["links"] == 1
    assert {i["id"] for i in collab["items"] if i["score"] > 0} == {"police", "town"}


def test_answers_follow_changes_to_the_graph(client: httpx.Client, store: GraphStore) -> None:
    before = client.get("/analytics/centrality").json()
    assert before == client.get("/analytics/centrality").json()
    d = "doc-d"
    hub_links = [
        Relation(
            source="party",
            target=f"club{i}",
            type=RelationType.FUNDS,
            evidence=[Evidence(document=d, start=i * 10, end=i * 10 + 5, text="Stöd.")],
        )
        for i in range(6)
    ]
    store.upsert(
        Graph(
            documents=[Document(id=d, title="Bidrag till föreningar")],
            entities=[
                Entity(id="party", type=EntityType.POLITICAL_PARTY, name="Centerpartiet", documents=[d]),
                *(
                    Entity(id=f"club{i}", type=EntityType.ORGANISATION, name=f"Förening {i}", documents=[d])
                    for i in range(6)
                ),
            ],
            relations=hub_links,
        )
    )
    after = client.get("/analytics/centrality").json()
    assert after["actors"] == before["actors"] + 6
    assert after["items"][0]["id"] == "party"


def test_communities(client: httpx.Client, store: GraphStore) -> None:
    result = client.get("/analytics/communities", params={"members": 2}).json()
    assert result["method"] == "louvain"
    net = analytics.network(store.export())
    joined = {n for n, d in net.degree() if d > 0}
    assert sum(c["size"] for c in result["items"]) == len(joined) == 10
    assert result["total"] == len(result["items"]) >= 2
    sizes = [c["size"] for c in result["items"]]
    assert sizes == sorted(sizes, reverse=True)
    for community in result["items"]:
        assert sum(community["types"].values()) == community["size"]
        assert len(community["members"]) == min(2, community["size"])
        degrees = [m["degree"] for m in community["members"]]
        assert degrees == sorted(degrees, reverse=True)
    assert -0.5 <= result["modularity"] <= 1
    partners = client.get("/analytics/communities", params={"relation_types": "COLLABORATES_WITH"}).json()
    assert [sorted(m["id"] for m in c["members"]) for c in partners["items"]] == [["police", "town"]]


def test_bad_analytics_parameters(client: httpx.Client) -> None:
    for params in ({"measure": "closeness"}, {"type": "Nobody"}, {"members": 0}, {"limit": 5000}):
        path = "/analytics/communities" if "members" in params else "/analytics/centrality"
        res = client.get(path, params=params)
        assert res.status_code == 422, params
        assert res.json()["error"]["status"] == 422


@pytest.mark.neo4j
def test_neo4j_answers_the_same_with_or_without_graph_data_science(monkeypatch: pytest.MonkeyPatch) -> None:
    from api import analytics_service
    from api.cache import VersionCache
    from graph.analytics import Measure
    from graph.neo4j_analytics import has_gds
    from tests.conftest import _neo4j_store

    neo4j = _neo4j_store()
    if not has_gds(neo4j.driver, neo4j.database):
        neo4j.close()
        pytest.skip("the Neo4j server has no Graph Data Science plugin (scripts/neo4j_local.py start --gds)")
    neo4j.clear()
    try:
        neo4j.upsert(sample_graph())
        answers = {}
        for plugin in (True, False):  # False: as on a server without the plugin
            monkeypatch.setattr(analytics_service, "has_gds", lambda driver, database, on=plugin: on)
            monkeypatch.setattr(analytics_service, "_networks", VersionCache(size=8))
            answers[plugin] = (
                analytics_service.centrality(neo4j, Measure.BETWEENNESS, None, None, DocumentFilter()),
                analytics_service.communities(neo4j, None, DocumentFilter()),
            )
        (with_gds, with_gds_parts), (without, without_parts) = answers[True], answers[False]
        assert with_gds == without
        for parts in (with_gds_parts, without_parts):
            assert sorted(m.id for c in parts.items for m in c.members) == sorted(
                i.id for i in without.items if i.degree > 0
            )
    finally:
        neo4j.clear()
        neo4j.close()
