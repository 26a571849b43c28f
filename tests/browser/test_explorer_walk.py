"""Walking the explorer by clicking: the front page, click to open, double click to add neighbours, a document page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.maps import degrees
from loaders.reading.read import expand_paths
from tests.browser.conftest import Watched
from tests.live_server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("walk") / "data")
    assert ingest_paths(store, expand_paths([corpus_dir])).ok
    return store


@pytest.fixture(scope="module")
def base_url(demo_store: EmbeddedStore) -> Iterator[str]:
    app = create_app(Settings(_env_file=None), demo_store)  # type: ignore[call-arg]
    with live_server(app) as url:
        yield url


def map_frame(page):  # type: ignore[no-untyped-def]
    page.frame_locator("#map").locator("body[data-map-state=stable]").wait_for(
        state="attached", timeout=60_000
    )
    return next(f for f in page.frames if "/maps/entity/" in f.url)


def node_point(page, frame, node_id: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    x, y = frame.evaluate(
        """(id) => { const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )
    box = page.locator("#map").bounding_box()
    return box["x"] + x, box["y"] + y


def test_front_page_and_walking_the_map_by_clicks(
    watched: Watched, base_url: str, demo_store: EmbeddedStore, artifacts: Path
) -> None:
    graph = demo_store.export()
    degree = degrees(graph)
    page = watched.page
    page.goto(base_url + "/")
    page.locator("#home-hubs li").first.wait_for(timeout=30_000)  # the explorer's CSP forbids eval
    assert "Polis" in page.locator("#home-types").inner_text()
    assert page.locator("#home-documents li").count() == len(graph.documents)
    assert "granskningskön" in page.locator("#home-review").inner_text()
    hub = min(graph.entities, key=lambda e: (-degree[e.id], e.id))  # ties go to the first id, as on the page
    assert page.locator("#home-hubs li button").first.inner_text() == hub.name
    page.screenshot(path=str(artifacts / "explorer-front-page.png"))
    # A hub on the front page opens with one click.
    page.locator("#home-hubs li button").first.click()
    frame = map_frame(page)
    assert page.locator("#actor-name").inner_text() == hub.name and page.locator("#home").is_hidden()
    # A double click on a neighbour adds its neighbours to the map.
    around = demo_store.neighbors(hub.id, depth=1)
    neighbour = max((e for e in around.entities if e.id != hub.id), key=lambda e: (degree[e.id], e.id))
    before = frame.evaluate("network.body.data.nodes.length")
    x, y = node_point(page, frame, neighbour.id)
    page.mouse.dblclick(x, y)
    frame.wait_for_selector("body[data-added]", state="attached", timeout=15_000)
    added = int(frame.evaluate("document.body.getAttribute('data-added')"))
    expected = {e.id for e in demo_store.neighbors(neighbour.id, depth=1).entities} - {
        e.id for e in around.entities
    }
    assert added == len(expected) and frame.evaluate("network.body.data.nodes.length") == before + added
    assert page.locator("#actor-name").inner_text() == hub.name  # a double click does not open
    page.screenshot(path=str(artifacts / "explorer-double-click.png"))
    # A single click opens the actor.
    x, y = node_point(page, frame, neighbour.id)
    page.mouse.click(x, y)
    exact = re.compile("^" + re.escape(neighbour.name) + "$")
    page.locator("#actor-name", has_text=exact).wait_for(timeout=15_000)
    watched.assert_clean()


def test_a_document_page_marks_the_evidence_sentence(
    watched: Watched, base_url: str, demo_store: EmbeddedStore, artifacts: Path
) -> None:
    graph = demo_store.export()
    rel = next(r for r in graph.relations if r.evidence)
    ev = rel.evidence[0]
    page = watched.page
    page.goto(f"{base_url}/explorer/document/{quote(ev.document)}?mark={quote(ev.text)}#chosen")
    chosen = page.locator("mark#chosen")
    assert chosen.inner_text() == ev.text
    assert page.locator("#document-text mark").count() >= 1
    assert page.locator("h1").inner_text() == (demo_store.document(ev.document).title or ev.document)
    page.screenshot(path=str(artifacts / "explorer-document.png"))
    assert page.goto(base_url + "/explorer/document/nothing").status == 404
