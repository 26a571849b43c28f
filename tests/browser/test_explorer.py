"""The explorer in headless chromium, over the real app serving the demo corpus: search leads to a map."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.maps import degrees
from loaders.reading.read import expand_paths
from tests.browser.conftest import Watched
from tests.graph.test_maps import IMG, SCRIPT, hostile_graph
from tests.live_server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("explorer") / "data")
    assert ingest_paths(store, expand_paths([corpus_dir])).ok
    store.upsert(hostile_graph())
    return store


@pytest.fixture(scope="module")
def base_url(demo_store: EmbeddedStore) -> Iterator[str]:
    app = create_app(Settings(_env_file=None), demo_store)  # type: ignore[call-arg]
    with live_server(app) as url:
        yield url


def search_and_choose(page, query: str, entity_id: str):  # type: ignore[no-untyped-def]
    """Search, click the actor among the results and wait for its map to be still; returns the map frame."""
    page.fill("#q", query)
    page.click("#search-form button[type=submit]")
    page.locator(f'#results button[data-id="{entity_id}"]').click()
    page.wait_for_function(
        "(id) => document.getElementById('map').src.includes('/maps/entity/' + encodeURIComponent(id))",
        arg=entity_id,
    )
    frame = page.frame_locator("#map").locator("body[data-map-state=stable]")
    frame.wait_for(state="attached", timeout=60_000)
    return next(f for f in page.frames if re.search(r"/maps/entity/", f.url))


def test_search_leads_to_the_actors_map_and_evidence(
    watched: Watched, base_url: str, demo_store: EmbeddedStore, artifacts: Path
) -> None:
    graph = demo_store.export()
    degree = degrees(graph)
    actor = max(
        (e for e in graph.entities if e.id not in {"evil", "href"}), key=lambda e: (degree[e.id], e.id)
    )
    query = actor.name.split()[0].lower()
    page = watched.page
    page.goto(base_url + "/")
    frame = search_and_choose(page, query, actor.id)
    around = demo_store.neighbors(actor.id, depth=1)
    assert frame.evaluate("network.body.data.nodes.length") == len(around.entities)
    assert page.locator("#actor-name").inner_text() == actor.name
    page.wait_for_function("document.querySelectorAll('#evidence li').length > 0")
    own = [r for r in around.relations if actor.id in (r.source, r.target)]
    items = page.locator("#evidence li")
    assert items.count() == max(1, len(own))
    if own:
        assert page.locator("#evidence a[href^='/explorer/document/']").count() >= 1
    # A deeper view is one choice away, and the address keeps the view.
    with page.expect_event("framenavigated", predicate=lambda f: "depth=2" in f.url) as navigation:
        page.select_option("#depth", "2")
    navigation.value.wait_for_selector("body[data-map-state=stable]", state="attached", timeout=60_000)
    assert "djup=2" in page.url
    page.screenshot(path=str(artifacts / "explorer.png"))
    watched.assert_clean()


def test_hostile_names_are_shown_as_text_in_the_explorer(
    watched: Watched, base_url: str, artifacts: Path
) -> None:
    page = watched.page
    page.goto(base_url + "/")
    frame = search_and_choose(page, "onerror", "evil")
    assert page.locator('#results button[data-id="evil"] .result-name').inner_text() == IMG
    assert page.locator("#actor-name").inner_text() == IMG
    page.wait_for_function("document.querySelectorAll('#evidence li').length > 0")
    assert SCRIPT in page.locator("#evidence").inner_text()
    assert page.locator("#results img, #actor img, #evidence script, #evidence img").count() == 0
    assert frame.evaluate("network.body.data.nodes.length") == 2
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert frame.evaluate("window.__xss") is None
    page.screenshot(path=str(artifacts / "explorer-escaping.png"))
    watched.assert_clean()
