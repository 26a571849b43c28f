"""Documents over HTTP, on both stores: listing, detail, upload (key, size, names), removal."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.ingest import extract_paths
from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore
from loaders.reading.read import read_document
from tests.api.served import API_KEY, sample_graph, served

KEY = {"X-API-Key": API_KEY}
TEXT = (
    "Polisen och Exempelby kommun samverkar i Norrdal.\n\n"
    "Kommunen finansierar trygghetsfonden, säger Karin Ågren.\n"
).encode()


@pytest.fixture
def client(store: GraphStore, tmp_path: Path) -> Iterator[httpx.Client]:
    store.upsert(sample_graph())
    with served(store, data_dir=tmp_path / "api", max_upload_bytes=5000) as client:
        yield client


def error_of(res: httpx.Response, status: int) -> dict:
    assert res.status_code == status, res.text
    assert res.headers["content-type"].startswith("application/json")
    return res.json()["error"]


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def finished(client: httpx.Client, res: httpx.Response, timeout: float = 60.0) -> dict:
    """The job an upload answered with, followed until it is done or failed."""
    assert res.status_code in (200, 202), res.text
    job = res.json()
    if res.status_code == 202:
        assert res.headers["location"] == f"/jobs/{job['id']}"
    deadline = time.monotonic() + timeout
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.get(f"/jobs/{job['id']}").json()
    return job


def uploaded(client: httpx.Client, name: str, data: bytes) -> dict:
    """The result of an upload that succeeded."""
    job = finished(client, client.post("/documents", files={"file": (name, data, "text/plain")}, headers=KEY))
    assert job["state"] == "done", job
    return job["result"]


def test_documents_list_filter_and_page(client: httpx.Client) -> None:
    docs = client.get("/documents").json()
    assert [d["id"] for d in docs] == ["doc-a", "doc-b", "doc-c"]
    assert [d["id"] for d in client.get("/documents", params={"kind": "protocol"}).json()] == ["doc-b"]
    dated = client.get("/documents", params={"date_from": "2022-01-01", "date_to": "2023-12-31"}).json()
    assert [d["id"] for d in dated] == ["doc-a", "doc-c"]
    assert [d["id"] for d in client.get("/documents", params={"limit": 1, "offset": 1}).json()] == ["doc-b"]
    error_of(client.get("/documents", params={"limit": 0}), 422)


def test_document_detail_lists_its_actors_and_relations(client: httpx.Client) -> None:
    detail = client.get("/documents/doc-c").json()
    assert detail["document"]["title"] == "Trygghetsvandring i Brännby"
    assert {e["id"] for e in detail["entities"]} == {"person", "town", "village", "townplace"}
    assert {r["type"] for r in detail["relations"]} == {"WORKS_FOR", "LOCATED_IN", "ACTIVE_IN"}
    for rel in detail["relations"]:
        assert {e["document"] for e in rel["evidence"]} == {"doc-c"}
        assert all(e["title"] == "Trygghetsvandring i Brännby" for e in rel["evidence"])
    error_of(client.get("/documents/nothing"), 404)


def test_upload_reads_stores_and_is_idempotent(client: httpx.Client, tmp_path: Path) -> None:
    before = client.get("/stats").json()
    first = client.post("/documents", files={"file": ("rapport.txt", TEXT, "text/plain")}, headers=KEY)
    assert first.status_code == 202, first.text
    assert first.json()["state"] in ("queued", "running", "done")
    job = finished(client, first)
    assert job["state"] == "done" and job["progress"] == 1.0 and job["error"] is None
    body = job["result"]
    assert body["status"] == "added"
    doc_id = body["document"]["id"]
    assert job["document"] == doc_id
    assert client.get(f"/documents/{doc_id}").status_code == 200
    assert client.get("/stats").json()["documents"] == before["documents"] + 1
    again = client.post("/documents", files={"file": ("rapport.txt", TEXT, "text/plain")}, headers=KEY)
    assert again.status_code == 200
    assert again.json()["state"] == "done"
    assert again.json()["result"]["status"] == "unchanged"
    assert again.json()["result"]["document"]["id"] == doc_id
    stored = files_under(tmp_path / "api" / "uploads")
    assert [p.name for p in stored] == [f"{body['document']['path']}"]
    assert {j["id"] for j in client.get("/jobs").json()} >= {job["id"], again.json()["id"]}
    assert error_of(client.get("/jobs/nothing"), 404)["code"] == "not_found"


def test_an_upload_is_answered_before_it_is_extracted(store: GraphStore, tmp_path: Path) -> None:
    # Long enough that extracting it takes far longer than answering.
    long_text = TEXT * 2000
    with served(store, data_dir=tmp_path / "api", max_upload_bytes=len(long_text) + 1) as client:
        res = client.post("/documents", files={"file": ("lang.txt", long_text, "text/plain")}, headers=KEY)
        assert res.status_code == 202, res.text
        assert res.json()["state"] in ("queued", "running")
        assert res.json()["result"] is None
        # The same file again while it is being read in is the same job.
        again = client.post("/documents", files={"file": ("lang.txt", long_text, "text/plain")}, headers=KEY)
        assert again.json()["id"] == res.json()["id"]
        job = finished(client, res, timeout=600)
    assert job["state"] == "done", job
    assert job["result"]["status"] == "added"


def test_a_failed_job_says_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    broken = EmbeddedStore(data)
    data.mkdir(parents=True)
    (data / "documents").write_text("inte en mapp")  # where the store must write its files
    with served(broken, data_dir=tmp_path / "api") as client:
        job = finished(client, client.post("/documents", files={"file": ("r.txt", TEXT)}, headers=KEY))
    assert job["state"] == "failed" and job["result"] is None
    assert job["error"]["status"] == 500 and job["error"]["code"] == "internal_error"
    assert "Error" in job["error"]["message"] and "\n" not in job["error"]["message"]
    assert not files_under(tmp_path / "api" / "uploads")  # the upload is forgotten again


def test_upload_uses_the_same_reader_as_the_command_line(
    store: GraphStore, tmp_path: Path, corpus_dir: Path
) -> None:
    path = sorted(p for p in corpus_dir.iterdir() if p.is_file())[0]
    expected = read_document(path).document
    extracted, failures = extract_paths([path])
    assert not failures
    with served(store, data_dir=tmp_path / "api") as client:
        body = uploaded(client, path.name, path.read_bytes())
    assert body["document"]["id"] == expected.id
    assert body["document"]["title"] == expected.title
    assert body["entities"] == len(extracted.entities)
    assert body["relations"] == len(extracted.relations)


@pytest.mark.parametrize(
    "name",
    [
        "../../../utanfor.txt",
        "..\\..\\utanfor.txt",
        "/etc/utanfor.txt",
        ".dold.txt",
        "a/../../b.txt",
        "..",
        "../",
    ],
)
def test_upload_names_cannot_leave_the_upload_folder(client: httpx.Client, tmp_path: Path, name: str) -> None:
    def outside() -> set[Path]:  # beside the API's folder and the embedded store's
        return files_under(tmp_path) - files_under(tmp_path / "api") - files_under(tmp_path / "data")

    outside_before = outside()
    res = client.post("/documents", files={"file": (name, TEXT, "text/plain")}, headers=KEY)
    if res.status_code == 202:
        finished(client, res)
    uploads = tmp_path / "api" / "uploads"
    if name.strip("./") == "":
        # Nothing is left of the name, so neither is a suffix to read the file by.
        assert error_of(res, 422)["code"] == "unsupported_format"
        assert not files_under(tmp_path / "api")
        return
    assert res.status_code in (200, 202), res.text
    (stored,) = files_under(uploads)
    assert stored.parent == uploads
    assert re.fullmatch(r"[0-9a-f]{16}-[\w .-]+", stored.name)
    assert not stored.name.split("-", 1)[1].startswith(".")
    assert outside() == outside_before
    assert not Path("/utanfor.txt").exists() and not Path("/etc/utanfor.txt").exists()


def test_upload_needs_the_api_key(client: httpx.Client, store: GraphStore, tmp_path: Path) -> None:
    files = {"file": ("rapport.txt", TEXT, "text/plain")}
    assert error_of(client.post("/documents", files=files), 401)["code"] == "unauthorized"
    assert error_of(client.post("/documents", files=files, headers={"X-API-Key": "fel"}), 403)
    with served(store, data_dir=tmp_path / "other", api_key=None) as keyless:
        error_of(keyless.post("/documents", files=files, headers=KEY), 403)
    assert client.get("/stats").json()["documents"] == 3


def test_upload_size_limit(client: httpx.Client) -> None:
    big = b"Polisen samverkar med kommunen. " * 200  # 6,400 bytes, over the limit of 5,000
    error = error_of(client.post("/documents", files={"file": ("stor.txt", big)}, headers=KEY), 413)
    assert "5 000" in error["message"]
    # A body far over the limit is refused before it is read, declared or streamed.
    huge = b"x" * 200_000
    error_of(client.post("/documents", content=huge, headers={**KEY, "Content-Type": "text/plain"}), 413)

    def multipart_chunks() -> Iterator[bytes]:
        yield (
            b"--grans\r\n"
            b'Content-Disposition: form-data; name="file"; filename="stor.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
        )
        for _ in range(20):
            yield b"y" * 10_000
        yield b"\r\n--grans--\r\n"

    streamed = client.post(
        "/documents",
        content=multipart_chunks(),
        headers={**KEY, "Content-Type": "multipart/form-data; boundary=grans"},
    )
    assert "Content-Length" not in streamed.request.headers
    error_of(streamed, 413)
    assert client.get("/stats").json()["documents"] == 3


def test_unreadable_uploads_are_422(client: httpx.Client, tmp_path: Path) -> None:
    unsupported = error_of(
        client.post("/documents", files={"file": ("program.exe", b"MZ\x90")}, headers=KEY), 422
    )
    assert unsupported["code"] == "unsupported_format"
    error_of(client.post("/documents", files={"file": ("tom.txt", b"   \n")}, headers=KEY), 422)
    error_of(client.post("/documents", files={"file": ("trasig.pdf", b"%PDF-1.7 trasig")}, headers=KEY), 422)
    error_of(client.post("/documents", headers=KEY), 422)
    assert not files_under(tmp_path / "api" / "uploads")


def test_delete_removes_the_document_its_relations_and_its_file(client: httpx.Client, tmp_path: Path) -> None:
    doc_id = uploaded(client, "r.txt", TEXT)["document"]["id"]
    error_of(client.delete(f"/documents/{doc_id}"), 401)
    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 204
    error_of(client.get(f"/documents/{doc_id}"), 404)
    error_of(client.get("/relations", params={"document": doc_id}), 404)
    assert not files_under(tmp_path / "api" / "uploads")
    error_of(client.delete(f"/documents/{doc_id}", headers=KEY), 404)
    # Removing a document removes what only it said; shared actors stay.
    assert client.delete("/documents/doc-c", headers=KEY).status_code == 204
    assert client.get("/entities/person").status_code == 404
    town = client.get("/entities/town").json()
    assert town["documents"] == ["doc-a", "doc-b"]
