"""The shortest-path search both stores use, against networkx on random graphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graph.shortest_paths import shortest_paths


def random_graph(seed: int) -> nx.Graph:
    rng = random.Random(seed)
    graph = nx.Graph()
    nodes = [f"n{i:02d}" for i in range(rng.randrange(5, 40))]
    graph.add_nodes_from(nodes)
    for _ in range(rng.randrange(3, 80)):
        graph.add_edge(rng.choice(nodes), rng.choice(nodes))
    return graph


def expander(graph: nx.Graph):  # type: ignore[no-untyped-def]
    return lambda ids: {n: set(graph.neighbors(n)) for n in ids}


@pytest.mark.parametrize("seed", range(40))
def test_same_paths_as_networkx_in_sorted_order(seed: int) -> None:
    graph = random_graph(seed)
    rng = random.Random(seed)
    nodes = sorted(graph.nodes)
    for _ in range(10):
        source, target = rng.choice(nodes), rng.choice(nodes)
        max_length = rng.randrange(0, 6)
        found = shortest_paths(expander(graph), source, target, max_length)
        try:
            expected = sorted(nx.all_shortest_paths(graph, source, target))
        except nx.NetworkXNoPath:
            expected = []
        expected = [p for p in expected if len(p) - 1 <= max_length or source == target]
        assert found == expected


def test_many_paths_are_cut_to_the_first_in_order() -> None:
    # Two layers of 20 between the ends: 400 shortest paths of length 3.
    graph = nx.Graph()
    for i in range(20):
        graph.add_edge("s", f"a{i:02d}")
        graph.add_edge(f"b{i:02d}", "t")
        for j in range(20):
            graph.add_edge(f"a{i:02d}", f"b{j:02d}")
    found = shortest_paths(expander(graph), "s", "t", 4, limit=100)
    assert found == sorted(nx.all_shortest_paths(graph, "s", "t"))[:100]
