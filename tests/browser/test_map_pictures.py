"""Pictures from the browser: "Ladda ner bild" on a map page and in the explorer, and printing with the legend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths
from tests.browser.conftest import Watched
from tests.live_server import live_server

pytestmark = pytest.mark.browser

STABLE = "body[data-map-state=stable]"


@pytest.fixture(scope="module")
def base_url(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = EmbeddedStore(tmp_path_factory.mktemp("pictures") / "data")
    assert ingest_paths(store, expand_paths([corpus_dir])).ok
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url:
        yield url


def test_a_map_page_saves_its_picture_and_prints_its_legend(
    watched: Watched, base_url: str, artifacts: Path, tmp_path: Path
) -> None:
    page = watched.page
    page.goto(base_url + "/maps/graph?seed=1")
    page.wait_for_selector(STABLE, state="attached", timeout=60_000)
    with page.expect_download() as caught:
        page.click("#download-image")
    saved = tmp_path / "karta.png"
    caught.value.save_as(saved)
    assert saved.read_bytes().startswith(b"\x89PNG") and saved.stat().st_size > 10_000
    # The picture links for reports lead to the server's PNG, SVG and PDF of the same map.
    links = page.locator("a.picture-link")
    assert [links.nth(i).get_attribute("data-format") for i in range(links.count())] == ["png", "svg", "pdf"]
    pdf_url = base_url + str(links.nth(2).get_attribute("href"))
    assert "seed=1" in pdf_url and httpx.get(pdf_url, timeout=120).content.startswith(b"%PDF")
    # Printed, the legend stays and the controls go.
    page.evaluate("document.querySelector('#panel details').open = false")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#filters fieldset").first.is_visible()
    assert page.locator("#filters fieldset label.row").first.is_visible()
    assert not page.locator("#download-image").is_visible()
    assert not page.locator("#filters input[type=checkbox]").first.is_visible()
    page.pdf(path=str(artifacts / "map-printed.pdf"), format="A4", landscape=True)
    page.screenshot(path=str(artifacts / "map-print-view.png"))
    watched.assert_clean()


def test_the_explorer_offers_the_actors_picture(watched: Watched, base_url: str, artifacts: Path) -> None:
    page = watched.page
    page.goto(base_url + "/")
    page.fill("#q", "polisen")
    page.click("#search-form button[type=submit]")
    page.locator("#results button").first.click()
    link = page.locator("#image-link")
    page.locator("#image-link[href*='format=png']").wait_for(state="attached", timeout=30_000)
    assert link.inner_text() == "Ladda ner bild"
    href = str(link.get_attribute("href"))
    picture = httpx.get(base_url + href, timeout=120)
    assert picture.headers["content-type"] == "image/png"
    page.screenshot(path=str(artifacts / "explorer-picture-link.png"))
    watched.assert_clean()


def test_a_map_finds_an_actor_by_name(watched: Watched, base_url: str, artifacts: Path) -> None:
    page = watched.page
    page.goto(base_url + "/maps/graph")
    page.wait_for_selector(STABLE, state="attached", timeout=60_000)
    page.fill("#map-search", "kriminalvarden")
    page.press("#map-search", "Enter")
    assert page.locator("#map-search-status").inner_text() == "1 träff"
    selected = page.evaluate("network.getSelectedNodes()")
    assert len(selected) == 1
    assert page.evaluate("(id) => network.body.data.nodes.get(id).tip.name", selected[0]) == "Kriminalvården"
    page.fill("#map-search", "polisen")
    page.press("#map-search", "Enter")
    first = page.evaluate("network.getSelectedNodes()[0]")
    assert page.evaluate("(id) => network.body.data.nodes.get(id).tip.name", first) == "Polisen"
    page.screenshot(path=str(artifacts / "map-search.png"))
    watched.assert_clean()
