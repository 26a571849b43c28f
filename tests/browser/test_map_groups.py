"""Large maps in headless chromium: groups that open on a click, hub names, filters that lay out again."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.maps import synthetic_graph
from graph.communities import GROUP_ABOVE
from graph.maps import render_map
from graph.model import EntityType
from tests.browser.conftest import Watched
from tests.browser.test_map_page import STABLE, open_map, sample_graph
from tests.graph.test_map_groups import with_isolated

pytestmark = pytest.mark.browser

SHOWN = "network.body.nodeIndices.length"
GROUPS_SHOWN = "network.body.nodeIndices.filter(id => network.isCluster(id)).length"


def click_node(page, node_id: str) -> None:  # type: ignore[no-untyped-def]
    x, y = page.evaluate(
        """(id) => { const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )
    page.mouse.click(x, y)


def wait_laid_out(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(STABLE, state="attached", timeout=60_000)


def legend_count(page, name: str, value: str) -> int:  # type: ignore[no-untyped-def]
    row = page.locator(f'label.row:has(input[name={name}][value="{value}"]) .count')
    return int(row.inner_text())


def test_a_large_map_opens_grouped_and_a_click_opens_a_group(
    watched: Watched, tmp_path: Path, artifacts: Path
) -> None:
    graph = synthetic_graph(1000)
    page = open_map(watched, tmp_path, render_map(graph, "Tusen aktörer"))
    groups = page.evaluate(GROUPS_SHOWN)
    shown = page.evaluate(SHOWN)
    assert groups >= 5 and shown < len(graph.entities) / 5
    # Every actor is still in the map, inside its group.
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    assert page.evaluate("network.physics.options.enabled") is False
    page.screenshot(path=str(artifacts / "map-groups-closed.png"))
    largest = page.evaluate(
        "network.body.nodeIndices.filter(id => network.isCluster(id))"
        ".sort((a, b) => network.body.nodes[b].options.groupSize - network.body.nodes[a].options.groupSize)[0]"
    )
    size = page.evaluate("(id) => network.body.nodes[id].options.groupSize", largest)
    label = page.evaluate("(id) => network.body.nodes[id].options.label", largest)
    assert label.endswith(f"m.fl. ({size})")
    click_node(page, largest)
    page.wait_for_function(f"{GROUPS_SHOWN} === {groups - 1}", timeout=30_000)
    wait_laid_out(page)
    assert page.evaluate(SHOWN) == shown - 1 + size
    page.screenshot(path=str(artifacts / "map-groups-one-open.png"))
    watched.assert_clean()


def test_hubs_are_named_when_the_map_is_zoomed_out(watched: Watched, tmp_path: Path, artifacts: Path) -> None:
    graph = synthetic_graph(GROUP_ABOVE + 100)
    page = open_map(watched, tmp_path, render_map(graph, "Utan grupper", grouped=False))
    page.evaluate("network.moveTo({scale: 0.15})")
    # A name is drawn when its size on the screen reaches the actor's drawThreshold.
    drawn = page.evaluate(
        """(scale) => { const out = {hub: [], other: []};
        Object.values(network.body.nodes).forEach(n => (n.options.hub ? out.hub : out.other).push(
            n.options.font.size * scale >= n.options.scaling.label.drawThreshold));
        return out; }""",
        0.15,
    )
    assert drawn["hub"] and all(drawn["hub"])
    assert drawn["other"] and not any(drawn["other"])
    page.screenshot(path=str(artifacts / "map-hub-names.png"))
    watched.assert_clean()


def test_a_filter_lays_the_map_out_again_and_updates_the_counts(
    watched: Watched, tmp_path: Path, artifacts: Path
) -> None:
    graph = sample_graph(tmp_path)
    page = open_map(watched, tmp_path, render_map(graph, "Exempelby"))
    place = EntityType.PLACE.value
    places = sum(1 for e in graph.entities if e.type == EntityType.PLACE)
    kept = next(e.id for e in graph.entities if e.type != EntityType.PLACE)
    before = page.evaluate("(id) => network.getPosition(id)", kept)
    summary_before = page.locator("header .summary").inner_text()
    assert legend_count(page, "entity", place) == places
    relations_touching_places = {
        r.key
        for r in graph.relations
        for e in graph.entities
        if e.type == EntityType.PLACE and e.id in (r.source, r.target)
    }
    page.locator(f'input[name=entity][value="{place}"]').uncheck()
    page.wait_for_function("samverkanMap.layouts >= 1", timeout=60_000)
    wait_laid_out(page)
    assert legend_count(page, "entity", place) == 0
    shown_relations = sum(
        int(t) for t in page.locator("label.row:has(input[name=relation]) .count").all_inner_texts()
    )
    assert shown_relations == len(graph.relations) - len(relations_touching_places)
    summary = page.locator("header .summary").inner_text()
    assert summary != summary_before and summary.startswith(f"{len(graph.entities) - places} aktörer")
    after = page.evaluate("(id) => network.getPosition(id)", kept)
    assert (before["x"], before["y"]) != (after["x"], after["y"]), "the map was laid out again"
    assert page.evaluate("network.physics.options.enabled") is False
    page.screenshot(path=str(artifacts / "map-filtered-again.png"))
    watched.assert_clean()


def test_isolated_actors_wait_behind_their_switch(watched: Watched, tmp_path: Path) -> None:
    graph = with_isolated(synthetic_graph(GROUP_ABOVE + 10), 12)
    page = open_map(watched, tmp_path, render_map(graph, "Med ensamma aktörer"))
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities) - 12
    switch = page.locator("input[name=isolated]")
    assert not switch.is_checked()
    switch.check()
    page.wait_for_function("samverkanMap.layouts >= 1", timeout=60_000)
    wait_laid_out(page)
    assert page.evaluate("network.body.data.nodes.length") == len(graph.entities)
    watched.assert_clean()


def test_searching_opens_the_group_an_actor_is_in(watched: Watched, tmp_path: Path) -> None:
    graph = synthetic_graph(GROUP_ABOVE + 200)
    page = open_map(watched, tmp_path, render_map(graph, "Sök i grupper"))
    hidden = page.evaluate(
        "network.body.data.nodes.getIds().find(id => network.findNode(id).length > 1 && !network.body.nodes[id].options.hub)"
    )
    name = page.evaluate("(id) => samverkanMap.nodes.get(id).tip.name", hidden)
    page.fill("#map-search", name)
    page.press("#map-search", "Enter")
    assert page.evaluate("(id) => network.findNode(id).length", hidden) == 1
    assert hidden in page.evaluate("network.getSelectedNodes()")
    watched.assert_clean()
