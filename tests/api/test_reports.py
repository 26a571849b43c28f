"""The lägesbild over HTTP and from the command line, opened as Word and rendered as PDF pages."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import httpx
import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths
from tests.live_server import live_server

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "reports"


@pytest.fixture(scope="module")
def demo_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("reports") / "data")
    assert ingest_paths(store, expand_paths([corpus_dir])).ok
    return store


@pytest.fixture(scope="module")
def client(demo_store: EmbeddedStore) -> Iterator[httpx.Client]:
    app = create_app(Settings(_env_file=None), demo_store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as http:
        yield http


def entity_id(store: EmbeddedStore, name: str) -> str:
    return next(e.id for e in store.export().entities if e.name == name)


def test_word_briefing_has_picture_tables_and_quoted_sources(
    client: httpx.Client, demo_store: EmbeddedStore
) -> None:
    res = client.get(f"/reports/entity/{entity_id(demo_store, 'Huddinge kommun')}", params={"format": "docx"})
    assert res.status_code == 200 and "wordprocessingml" in res.headers["content-type"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "lagesbild-huddinge-kommun.docx").write_bytes(res.content)
    word = docx.Document(io.BytesIO(res.content))
    assert word.paragraphs[0].text == "Lägesbild: Huddinge kommun"
    assert len(word.inline_shapes) == 1 and word.inline_shapes[0].width.cm == pytest.approx(16, abs=0.1)
    assert word.tables and word.tables[0].rows[0].cells[1].text == "Motpart"
    partners = {row.cells[1].text for row in word.tables[0].rows[1:]}
    assert "Lokalpolisområde Huddinge" in partners
    quotes = [p.text for p in word.paragraphs if "»" in p.text and "Källa:" in p.text]
    assert len(quotes) >= 5
    assert any("2021-06-08" in q and "Huddinge kommun" in q for q in quotes)


def test_pdf_briefing_renders_with_picture_table_and_sources(
    client: httpx.Client, demo_store: EmbeddedStore, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils is missing (apt-get install -y poppler-utils)")
    police = entity_id(demo_store, "Lokalpolisområde Huddinge")
    res = client.get(f"/reports/entity/{police}", params={"format": "pdf", "from": "2021-01-01"})
    assert res.status_code == 200 and res.headers["content-type"] == "application/pdf"
    path = tmp_path / "lagesbild.pdf"
    path.write_bytes(res.content)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for heading in (
        "Lägesbild: Lokalpolisområde Huddinge",
        "Nätverket",
        "Samverkar med",
        "Källor",
        "Motpart",
    ):
        assert heading in text, heading
    assert text.count("»") >= 3 and "Källa:" in text and "2021-01-01" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) >= 3  # two lines of heading, then the network picture
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / "lagesbild-page")], check=True)
    assert (ARTIFACTS / "lagesbild-page-1.png").exists()


def test_report_errors_are_json(client: httpx.Client) -> None:
    missing = client.get("/reports/entity/nobody", params={"format": "pdf"})
    assert missing.status_code == 404 and "message" in missing.json()["error"]
    bad = client.get("/reports/entity/nobody", params={"format": "odt"})
    assert bad.status_code == 422
    bad_date = client.get("/reports/entity/nobody", params={"from": "igår"})
    assert bad_date.status_code == 422 and "ÅÅÅÅ-MM-DD" in bad_date.json()["error"]["message"]


def test_cli_writes_a_briefing_by_name(demo_store: EmbeddedStore, tmp_path: Path) -> None:
    env = {**os.environ, "SAMVERKAN_DATA_DIR": str(demo_store.data_dir), "SAMVERKAN_STORE": "embedded"}
    out = tmp_path / "polisen.docx"
    run = subprocess.run(
        [sys.executable, "-m", "api", "report", "--entity", "polisen", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Lägesbild över Polisen" in run.stdout
    assert docx.Document(str(out)).tables
    wrong = subprocess.run(
        [sys.executable, "-m", "api", "report", "--entity", "polisen", "-o", str(tmp_path / "x.odt")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert wrong.returncode != 0 and "docx eller pdf" in wrong.stderr and "Traceback" not in wrong.stderr
