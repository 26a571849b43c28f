"""A map file in headless chromium: offline, complete, escaped, filterable, still once laid out."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.ingest import ingest_paths
from benchmarks.maps import synthetic_graph
from graph.embedded_store import EmbeddedStore
from graph.maps import SERVER_LAYOUT_ABOVE, render_map
from graph.model import EntityType, Graph
from loaders.reading.read import expand_paths
from tests.browser.conftest import Watched
from tests.graph.sample import doc_a, doc_b
from tests.graph.test_maps import IMG, SCRIPT, hostile_graph

pytestmark = pytest.mark.browser

STABLE = "body[data-map-state=stable]"


def sample_graph(tmp_path: Path) -> Graph:
    store = EmbeddedStore(tmp_path / "sample")
    store.upsert(Graph.batch([doc_a(), doc_b()]))
    return store.export()


def open_map(watched: Watched, tmp_path: Path, page_html: str, name: str = "map.html"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(page_html, encoding="utf-8")
    page = watched.page
    page.context.set_offline(True)  # the network is off: the file must carry everything it needs
    page.goto(path.as_uri())
    page.wait_for_selector(STABLE, state="attached", timeout=60_000)
    return page


def hover(page, node_id: str) -> str:  # type: ignore[no-untyped-def]
    """Move the mouse onto an actor and return the tooltip's text."""
    x, y = page.evaluate(
        """(id) => { const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip.inner_text()


def test_map_loads_offline_without_errors(watched: Watched, tmp_path: Path, artifacts: Path) -> None:
    graph = sample_graph(tmp_path)
    page = open_map(watched, tmp_path, render_map(graph, "Exempelby"))
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    assert page.evaluate("network.body.data.edges.length") == len(graph.relations)
    # Physics stabilised the layout and then stopped.
    assert page.evaluate("network.physics.options.enabled") is False
    assert page.evaluate("samverkanMap.stableAfterMs") > 0
    assert page.title() == "Exempelby"
    tip = hover(page, "fund")
    assert "trygghetsfond" in tip and "Insats/initiativ" in tip and "trygghetsfonden" in tip
    page.screenshot(path=str(artifacts / "map-sample.png"))
    watched.assert_clean()


def test_nodes_drawn_equal_the_graph_with_server_positions(watched: Watched, tmp_path: Path) -> None:
    graph = synthetic_graph(SERVER_LAYOUT_ABOVE + 100)
    page = open_map(watched, tmp_path, render_map(graph, "Stor karta"))
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    assert page.evaluate("samverkanMap.edges.length") == len(graph.relations)
    assert page.evaluate("network.physics.options.enabled") is False
    # The map opens grouped; opened, every group shows its actors and the relations among them.
    page.evaluate(
        "network.body.nodeIndices.filter(id => network.isCluster(id)).forEach(id => samverkanMap.openGroup(id, true))"
    )
    assert page.evaluate("network.body.nodeIndices.length") == len(graph.entities)
    assert page.evaluate("network.body.data.edges.length") == len(graph.relations)
    # The positions drawn are the server's.
    first = graph.entities[0].id
    drawn = page.evaluate("(id) => network.getPosition(id)", first)
    sent = page.evaluate("(id) => samverkanMap.nodes.get(id)", first)
    assert abs(drawn["x"] - sent["x"]) <= 1 and abs(drawn["y"] - sent["y"]) <= 1
    watched.assert_clean()


def test_escaping_probe_does_not_run(watched: Watched, tmp_path: Path, artifacts: Path) -> None:
    page = open_map(watched, tmp_path, render_map(hostile_graph(), f"Karta {IMG}", subtitle=SCRIPT))
    assert page.locator("h1").inner_text() == f"Karta {IMG}"
    assert page.locator(".subtitle").inner_text() == SCRIPT
    tip = hover(page, "evil")
    assert IMG in tip and SCRIPT in tip
    assert page.locator("div.vis-tooltip img, div.vis-tooltip script, div.vis-tooltip a").count() == 0
    hover(page, "href")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.locator("body img").count() == 0
    page.screenshot(path=str(artifacts / "map-escaping.png"))
    watched.assert_clean()


def test_type_filters_hide_and_show(watched: Watched, tmp_path: Path) -> None:
    graph = sample_graph(tmp_path)
    page = open_map(watched, tmp_path, render_map(graph))
    places = sum(1 for e in graph.entities if e.type == EntityType.PLACE)
    page.locator(f'input[name=entity][value="{EntityType.PLACE.value}"]').uncheck()
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities) - places
    page.locator('input[name=relation][value="COLLABORATES_WITH"]').uncheck()
    assert page.evaluate("network.body.data.edges.get().some(e => e.rtype === 'COLLABORATES_WITH')") is False
    page.locator("#show-all").click()
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    watched.assert_clean()


def test_seeded_map_of_the_demo_corpus(
    watched: Watched, tmp_path: Path, artifacts: Path, corpus_dir: Path
) -> None:
    store = EmbeddedStore(tmp_path / "demo")
    report = ingest_paths(store, expand_paths([corpus_dir]))
    assert report.ok
    graph = store.export()
    page = open_map(watched, tmp_path, render_map(graph, "Samverkanskarta", seed=1))
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    page.screenshot(path=str(artifacts / "map-demo-corpus.png"))
    watched.assert_clean()
