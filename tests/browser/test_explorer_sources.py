"""The explorer in headless chromium: a source read from the web links to its original address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths
from tests.api.test_document_sources import ADDRESS, TEXT
from tests.browser.conftest import Watched
from tests.browser.test_explorer import search_and_choose
from tests.live_server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    folder = tmp_path_factory.mktemp("webbkalla")
    (folder / "trygghet.txt").write_text(TEXT, encoding="utf-8")
    (folder / "trygghet.url").write_text(ADDRESS + "\n", encoding="utf-8")
    graph_store = EmbeddedStore(folder / "data")
    assert ingest_paths(graph_store, expand_paths([folder])).ok
    return graph_store


@pytest.fixture(scope="module")
def base_url(store: EmbeddedStore) -> Iterator[str]:
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url:
        yield url


def test_evidence_and_document_page_link_to_the_original(
    watched: Watched, base_url: str, store: EmbeddedStore, artifacts: Path
) -> None:
    graph = store.export()
    relation = graph.relations[0]
    actor = next(e for e in graph.entities if e.id == relation.source)
    page = watched.page
    page.goto(base_url + "/")
    search_and_choose(page, actor.name, actor.id)
    page.wait_for_function("document.querySelectorAll('#evidence li').length > 0")
    original = page.locator("#evidence a.original").first
    assert original.get_attribute("href") == ADDRESS
    assert original.get_attribute("rel") == "noopener noreferrer"
    page.screenshot(path=str(artifacts / "explorer-original-address.png"))
    page.locator("#evidence a[href^='/explorer/document/']").first.click()
    page.wait_for_selector("#document-text")
    assert page.locator(f'a[href="{ADDRESS}"]').count() == 1
    assert page.locator("h1").inner_text() == "Trygghet i Exempelby centrum"
    page.screenshot(path=str(artifacts / "document-page-original-address.png"))
    assert "/explorer/document/" in page.url
    watched.assert_clean()
