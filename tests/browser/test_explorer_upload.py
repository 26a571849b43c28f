"""Uploading a document in the explorer, in headless chromium over the real app: the job is shown
until it is done, and what the document says can then be found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from api.ingest import import_graph
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from tests.browser.conftest import Watched
from tests.browser.test_explorer_judgements import AUTHOR, KEY, Served, give_key
from tests.graph.sample import doc_a
from tests.live_server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """The sample graph behind a key that may upload (the admin role)."""
    store = EmbeddedStore(tmp_path / "data")
    import_graph(store, doc_a())
    settings = Settings(_env_file=None, api_keys=[{"name": AUTHOR, "key": KEY, "role": "admin"}])  # type: ignore[call-arg]
    with live_server(create_app(settings, store)) as url:
        yield Served(url, store)
    store.close()


TEXT = "Polisen och Uppladdningsby kommun samverkar i Norrdal.\n\nKommunen finansierar trygghetsfonden.\n"


def test_an_upload_is_followed_until_it_is_done(
    watched: Watched, served: Served, tmp_path: Path, artifacts: Path
) -> None:
    page = watched.page
    page.goto(served.url + "/")
    before = served.store.stats().documents
    page.click("#upload-button")
    path = tmp_path / "protokoll.txt"
    path.write_text(TEXT, encoding="utf-8")
    page.set_input_files("#upload-file", str(path))
    page.click("#upload-form button[type=submit]")
    # Without a key the explorer asks for it, then sends the file.
    give_key(page, KEY)
    job = page.locator("#jobs li.job").first
    # Locators, not evaluated expressions: the explorer's content policy allows no eval.
    page.locator("#jobs li.job[data-state=done]").first.wait_for(timeout=120_000)
    text = job.text_content() or ""
    assert "protokoll.txt" in text and "klart" in text and "nytt dokument" in text
    assert served.store.stats().documents == before + 1
    page.screenshot(path=str(artifacts / "explorer-upload.png"))

    # The same file again: done at once, nothing changed.
    page.set_input_files("#upload-file", str(path))
    page.click("#upload-form button[type=submit]")
    page.locator("#jobs li.job[data-state=done]").nth(1).wait_for(timeout=60_000)
    assert "fanns redan" in (page.locator("#jobs li.job").first.text_content() or "")
    assert served.store.stats().documents == before + 1
    watched.assert_clean()
