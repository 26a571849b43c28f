"""Uploading a document in the explorer, in headless chromium over the real app: the job is shown
until it is done, and what the document says can then be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched
from tests.browser.test_explorer_judgements import KEY, Served, give_key
from tests.browser.test_explorer_judgements import served as served

pytestmark = pytest.mark.browser

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
    page.wait_for_function(
        "() => { const j = document.querySelector('#jobs li.job'); return j && j.dataset.state === 'done'; }",
        timeout=120_000,
    )
    text = job.text_content() or ""
    assert "protokoll.txt" in text and "klart" in text and "nytt dokument" in text
    assert served.store.stats().documents == before + 1
    page.screenshot(path=str(artifacts / "explorer-upload.png"))

    # The same file again: done at once, nothing changed.
    page.set_input_files("#upload-file", str(path))
    page.click("#upload-form button[type=submit]")
    page.wait_for_function(
        "() => document.querySelectorAll('#jobs li.job[data-state=done]').length === 2", timeout=60_000
    )
    assert "fanns redan" in (page.locator("#jobs li.job").first.text_content() or "")
    assert served.store.stats().documents == before + 1
    watched.assert_clean()
