"""A document read from the web keeps its address: the document page and the lägesbild link to it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import httpx
import pytest
from pypdf import PdfReader

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths
from tests.live_server import live_server

ADDRESS = "https://exempelby.example/nyheter/trygghet-i-centrum"
TEXT = """Trygghet i Exempelby centrum

Publicerad 4 maj 2023

Polisen i Exempelby samverkar med Exempelby kommun mot klotter i centrum.

Lokalpolisområde Exempelby och Exempelby kommun har tecknat ett medborgarlöfte.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    folder = tmp_path_factory.mktemp("webb")
    (folder / "trygghet.txt").write_text(TEXT, encoding="utf-8")
    (folder / "trygghet.txt.meta.json").write_text(
        json.dumps({"url": ADDRESS, "publisher": "Exempelby kommun"}), encoding="utf-8"
    )
    graph_store = EmbeddedStore(folder / "data")
    assert ingest_paths(graph_store, expand_paths([folder])).ok
    return graph_store


@pytest.fixture(scope="module")
def client(store: EmbeddedStore) -> Iterator[httpx.Client]:
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as http:
        yield http


def test_the_document_keeps_its_address_title_and_date(client: httpx.Client, store: EmbeddedStore) -> None:
    (document,) = store.documents()
    answer = client.get(f"/documents/{document.id}").json()
    found = answer.get("document", answer)
    assert found["source_url"] == ADDRESS
    assert found["title"] == "Trygghet i Exempelby centrum"
    assert found["date"] == "2023-05-04"
    assert found["publisher"] == "Exempelby kommun"


def test_the_document_page_links_to_the_original(client: httpx.Client, store: EmbeddedStore) -> None:
    (document,) = store.documents()
    page = client.get(f"/explorer/document/{document.id}")
    assert page.status_code == 200
    assert f'<a href="{ADDRESS}" rel="noopener noreferrer">' in page.text
    assert "2023-05-04 · Exempelby kommun" in page.text


def actor_id(store: EmbeddedStore) -> str:
    graph = store.export()
    assert graph.relations, "the made-up text states at least one relation"
    return graph.relations[0].source


def test_the_word_lagesbild_links_each_source_to_its_address(
    client: httpx.Client, store: EmbeddedStore
) -> None:
    res = client.get(f"/reports/entity/{actor_id(store)}", params={"format": "docx"})
    assert res.status_code == 200
    word = docx.Document(io.BytesIO(res.content))
    links = [
        r.target_ref for r in word.part.rels.values() if r.is_external and r.reltype.endswith("/hyperlink")
    ]
    assert links and set(links) == {ADDRESS}
    sources = [p.text for p in word.paragraphs if "Källa:" in p.text]
    assert sources and all(p.endswith(f"Exempelby kommun, {ADDRESS}.") for p in sources)


def test_the_pdf_lagesbild_links_each_source_to_its_address(
    client: httpx.Client, store: EmbeddedStore
) -> None:
    res = client.get(f"/reports/entity/{actor_id(store)}", params={"format": "pdf"})
    assert res.status_code == 200
    reader = PdfReader(io.BytesIO(res.content))
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    }
    assert uris == {ADDRESS}
    assert ADDRESS in "".join(page.extract_text() for page in reader.pages).replace("\n", "")


def test_a_web_page_uploaded_keeps_its_canonical_address(tmp_path: Path) -> None:
    from api.ingest import ingest_bytes

    graph_store = EmbeddedStore(tmp_path / "data")
    page = f"""<html><head><link rel="canonical" href="{ADDRESS}"></head>
    <body><main><h1>Trygghet i Exempelby centrum</h1><p>{TEXT.splitlines()[4]}</p></main></body></html>"""
    document, _ = ingest_bytes(graph_store, page.encode(), "sida.html")
    assert graph_store.document(document.id).source_url == ADDRESS
