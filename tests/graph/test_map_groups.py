"""Large maps: communities to draw as one node each, hubs named at any zoom, isolated actors hidden."""

from __future__ import annotations

import datetime as dt

from benchmarks.maps import synthetic_graph
from graph.communities import GROUP_ABOVE, MIN_GROUP, find_communities
from graph.maps import map_data, render_map
from graph.model import Document, Entity, EntityType, Graph


def with_isolated(graph: Graph, count: int) -> Graph:
    doc = graph.documents[0].id
    alone = [
        Entity(id=f"ensam-{i}", type=EntityType.PERSON, name=f"Ensam {i}", documents=[doc])
        for i in range(count)
    ]
    return graph.model_copy(update={"entities": [*graph.entities, *alone]})


def test_a_large_map_is_grouped_into_communities() -> None:
    graph = synthetic_graph(GROUP_ABOVE + 200)
    data = map_data(graph)
    assert data.groups, "a map above GROUP_ABOVE actors comes grouped"
    members: dict[int, list[str]] = {}
    for node in data.nodes:
        if "community" in node:
            members.setdefault(node["community"], []).append(node["id"])
    assert sorted(members) == [g["id"] for g in data.groups]
    for group in data.groups:
        assert group["size"] == len(members[group["id"]]) >= MIN_GROUP
        assert group["hub"] in members[group["id"]]
        assert sum(n for _, n in group["kinds"]) <= group["size"]
    assert sum(g["size"] for g in data.groups) > len(graph.entities) * 0.8


def test_groups_are_the_same_for_the_same_graph() -> None:
    graph = synthetic_graph(GROUP_ABOVE + 100)
    assert find_communities(graph.entities, graph.relations) == find_communities(
        graph.entities, graph.relations
    )


def test_a_small_map_is_not_grouped_and_hides_nothing() -> None:
    data = map_data(with_isolated(synthetic_graph(50), 3))
    assert data.groups == [] and not data.hide_isolated
    assert not any("community" in n for n in data.nodes)


def test_hubs_keep_their_names_when_zoomed_out() -> None:
    graph = synthetic_graph(GROUP_ABOVE + 100)
    data = map_data(graph)
    hubs = [n for n in data.nodes if n.get("hub")]
    degree = {n["id"]: n["tip"]["degree"] for n in data.nodes}
    assert hubs and all(n["font"]["size"] > data.options["nodes"]["font"]["size"] for n in hubs)
    assert max(degree, key=lambda i: degree[i]) in {n["id"] for n in hubs}
    least_connected_hub = min(degree[n["id"]] for n in hubs)
    assert least_connected_hub > min(degree.values())
    # Every group's name is the name of a hub.
    assert {g["hub"] for g in data.groups} <= {n["id"] for n in hubs}


def test_a_large_map_hides_actors_without_relations_behind_a_switch() -> None:
    graph = with_isolated(synthetic_graph(GROUP_ABOVE + 10), 12)
    data = map_data(graph)
    assert data.hide_isolated and data.counts["isolated"]["actors"] == 12
    page = render_map(graph)
    assert 'name="isolated"' in page and "aktörer utan relationer" in page
    assert 'name="grouping"' in page


def test_the_center_of_an_ego_view_is_never_in_a_group() -> None:
    graph = synthetic_graph(GROUP_ABOVE + 100)
    hub = max(map_data(graph).nodes, key=lambda n: n["tip"]["degree"])["id"]
    data = map_data(graph, center=hub)
    assert not any(n["id"] == hub and "community" in n for n in data.nodes)


def test_grouping_can_be_asked_for_or_turned_off() -> None:
    graph = synthetic_graph(GROUP_ABOVE + 100)
    assert map_data(graph, grouped=False).groups == []
    small = Graph(
        documents=[Document(id="d", title="Rubrik", date=dt.date(2024, 1, 1))],
        entities=[],
        relations=[],
    )
    assert map_data(small, grouped=True).groups == []
