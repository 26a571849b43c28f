"""Erasure over HTTP on both stores: nothing of a removed document or a forgotten person is left.

After each erasure the test reads everything stored, every file under the data folders
and every node and relationship property in Neo4j, and looks for the personal data.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from api.document_page import render_document_page
from api.erased_names import REGISTER_RECORDS, ErasureKeyError, register
from api.ingest import import_graph, use_settings
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from tests.api.served import API_KEY, sample_graph, served
from tests.api.test_cli import run

KEY = {"X-API-Key": API_KEY}
PHONE = "070-123 45 67"
EMAIL = "ebba.gronkvist@exempelby.se"
TEXT = (
    "Trygghet i Flemingsberg\n\n"
    f"Huddinge kommun och Polisen samverkar i Flemingsberg, säger Ebba Grönkvist, som nås på {PHONE} "
    f"eller {EMAIL}.\n\nEbba Grönkvist är kommunpolis i Huddinge.\n"
).encode()
PERSONAL = ("Grönkvist", "Gronkvist", "gronkvist", "123 45 67", "ebba.")


def stored_text(store: GraphStore, folder: Path) -> str:
    """Everything stored: the files under the folder, and in Neo4j every property of everything."""
    parts = [p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()]
    if isinstance(store, Neo4jStore):
        rows = store._query(
            "MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p"
        )
        parts += [json.dumps(row["p"], ensure_ascii=False, default=str) for row in rows]
    return "\n".join(parts)


def leftovers(store: GraphStore, folder: Path, needles: tuple[str, ...]) -> list[str]:
    text = stored_text(store, folder)
    return [n for n in needles if n.casefold() in text.casefold()]


@pytest.fixture
def client(store: GraphStore, tmp_path: Path) -> Iterator[httpx.Client]:
    import_graph(store, sample_graph())
    with served(store, data_dir=tmp_path / "api") as client:
        yield client


def upload(client: httpx.Client, name: str, data: bytes = TEXT) -> dict:
    """The result of an upload, its job followed until it is done."""
    res = client.post("/documents", files={"file": (name, data, "text/plain")}, headers=KEY)
    assert res.status_code in (200, 202), res.text
    job = res.json()
    deadline = time.monotonic() + 120
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.get(f"/jobs/{job['id']}", headers=KEY).json()
    assert job["state"] == "done", job
    return job["result"]


def test_removing_a_document_leaves_nothing_of_it(
    client: httpx.Client, store: GraphStore, tmp_path: Path
) -> None:
    first = upload(client, "rapport.txt")
    doc_id = first["document"]["id"]
    persons = client.get("/entities", params={"type": "Person", "q": "Grönkvist"}).json()
    assert [p["name"] for p in persons] == ["Ebba Grönkvist"]
    # The same bytes under another name replace the first copy instead of adding one.
    again = upload(client, "kopia av rapport.txt")
    assert again["document"]["id"] == doc_id
    uploads = [p.name for p in (tmp_path / "api" / "uploads").iterdir()]
    assert len(uploads) == 1 and uploads[0].endswith("kopia av rapport.txt")
    assert leftovers(store, tmp_path, PERSONAL)  # the original and the graph name her

    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 204
    assert leftovers(store, tmp_path, PERSONAL) == []
    assert not list((tmp_path / "api" / "uploads").iterdir())
    assert client.get(f"/documents/{doc_id}").status_code == 404
    # What other documents said stays.
    assert client.get("/entities/town").status_code == 200


def test_originals_are_not_kept_when_so_set(store: GraphStore, tmp_path: Path) -> None:
    with served(store, data_dir=tmp_path / "api", keep_originals=False) as client:
        body = upload(client, "rapport.txt")
        assert body["status"] == "added"
        assert not list((tmp_path / "api" / "uploads").iterdir())
        assert client.get(f"/documents/{body['document']['id']}").status_code == 200


def test_forgetting_a_person_erases_her_everywhere(
    client: httpx.Client, store: GraphStore, tmp_path: Path
) -> None:
    doc_id = upload(client, "rapport.txt")["document"]["id"]
    (person,) = client.get("/entities", params={"type": "Person", "q": "Grönkvist"}).json()
    # A judgement about her, with her name in its note.
    (rel,) = client.get("/relations", params={"source": "person"}).json()
    made = client.post(
        "/judgements",
        json={
            "kind": "confirm",
            "source": "person",
            "target": rel["target"],
            "relation_type": rel["type"],
            "reason": "Jonas Östlund bekräftade det själv",
        },
        headers=KEY,
    ).json()

    assert client.delete(f"/persons/{person['id']}").status_code == 401
    erased = client.delete(f"/persons/{person['id']}", headers=KEY)
    assert erased.status_code == 200, erased.text
    record = erased.json()
    assert record["by"] == "admin" and record["kind"] == "person" and record["originals"] == 1
    assert "Grönkvist" not in erased.text and person["id"] not in erased.text
    assert client.get(f"/entities/{person['id']}").status_code == 404
    assert leftovers(store, tmp_path, PERSONAL) == []
    # Her document stays, with her name replaced in its sentences.
    detail = client.get(f"/documents/{doc_id}").json()
    assert any("[namn]" in e["text"] for r in detail["relations"] for e in r["evidence"])

    # A person of a document without a kept original: the judgement about him is withdrawn
    # and keeps neither his id nor his name.
    assert client.delete("/persons/person", headers=KEY).status_code == 200
    assert leftovers(store, tmp_path, ("Östlund", "Ostlund")) == []
    (log,) = client.get("/judgements").json()
    assert log["id"] == made["id"]
    assert log["source"] == "raderad-person" and log["reason"] == "[namn] bekräftade det själv"
    assert log["withdrawn"]["by"] == "admin"
    records = client.get("/erasures").json()
    assert [r["kind"] for r in records] == ["person", "person"]
    # Only persons are erased this way, and only by an admin's key.
    assert client.delete("/persons/town", headers=KEY).status_code == 422
    assert client.delete("/persons/ingen", headers=KEY).status_code == 404


OTHER_TEXT = (
    "Nattvandring i Exempelby\n\n"
    "Exempelby kommun och Polisen ordnar nattvandringar. Ebba Grönkvists grupp leder dem, "
    "och Ebba Grönkvist samarbetar med Exempelby kommun.\n"
).encode()


def test_a_forgotten_person_does_not_come_back_when_read_again(
    client: httpx.Client, store: GraphStore, tmp_path: Path
) -> None:
    doc_id = upload(client, "rapport.txt")["document"]["id"]
    (person,) = client.get("/entities", params={"type": "Person", "q": "Grönkvist"}).json()
    assert client.delete(f"/persons/{person['id']}", headers=KEY).status_code == 200
    before = client.get(f"/documents/{doc_id}").json()
    # Nor does she come back by hand: an actor is not renamed after her.
    for name in ("Ebba Grönkvist", "ebba gronkvist"):
        renamed = client.post(
            "/judgements", json={"kind": "rename", "entity": "town", "name": name}, headers=KEY
        )
        assert renamed.status_code == 422, renamed.text
        assert "raderad" in renamed.json()["error"]["message"]
    assert leftovers(store, tmp_path, PERSONAL) == []

    # The same file, and another one naming her (in the genitive too), read in again.
    assert upload(client, "rapport.txt")["document"]["id"] == doc_id
    upload(client, "nattvandring.txt", OTHER_TEXT)
    assert client.get("/entities", params={"type": "Person", "q": "Grönkvist"}).json() == []
    assert "Grönkvist" not in client.get("/search", params={"q": "Grönkvist"}).text
    assert leftovers(store, tmp_path, PERSONAL) == []
    assert not list((tmp_path / "api" / "uploads").iterdir())  # originals naming her are not kept
    # Her documents stay, what else they say too, with her name replaced.
    assert client.get(f"/documents/{doc_id}").json()["relations"] == before["relations"]
    evidence = [e["text"] for r in client.get("/relations").json() for e in r["evidence"]]
    assert any("[namn]" in t for t in evidence)
    # The record says when and by which key, still without her name.
    (record,) = client.get("/erasures").json()
    assert record["by"] == "admin" and "Grönkvist" not in json.dumps(record, ensure_ascii=False)


def test_a_person_forgotten_on_the_command_line_stays_out_of_a_new_build(tmp_path: Path) -> None:
    docs, data = tmp_path / "dokument", tmp_path / "data"
    docs.mkdir()
    (docs / "rapport.txt").write_bytes(TEXT)
    (docs / "nattvandring.txt").write_bytes(OTHER_TEXT)
    assert run("build", docs, "--data-dir", data, "--workers", "1", cwd=tmp_path).returncode == 0
    forgot = run(
        "forget", "--person", "Ebba Grönkvist", "--yes", "--by", "DSO", "--data-dir", data, cwd=tmp_path
    )
    assert forgot.returncode == 0, forgot.stderr
    rebuilt = run("build", docs, "--data-dir", data, "--workers", "1", cwd=tmp_path)
    assert rebuilt.returncode == 0, rebuilt.stderr
    # Extracting without storing leaves her out too, where the settings name the store.
    out = tmp_path / "graf.json"
    extracted = run(
        "extract", docs, "-o", out, "--workers", "1", cwd=tmp_path, env={"SAMVERKAN_DATA_DIR": str(data)}
    )
    assert extracted.returncode == 0, extracted.stderr
    assert "Grönkvist" not in out.read_text(encoding="utf-8")
    stored = "".join(p.read_text(encoding="utf-8", errors="replace") for p in data.rglob("*") if p.is_file())
    assert "Grönkvist" not in stored and "Gronkvist" not in stored and "[namn]" in stored
    # The register holds keyed hashes, none of them the plain hash of a form of her name.
    store = EmbeddedStore(data)
    register = store.get_records(REGISTER_RECORDS)
    assert register and hashlib.sha256(b"ebba gronkvist").hexdigest() not in register
    # The explorer's page of a document, read again from its file, does not name her either.
    use_settings(Settings(_env_file=None, data_dir=data))  # type: ignore[call-arg]
    try:
        (document,) = [d for d in store.documents() if "Nattvandring" in (d.title or "")]
        page = render_document_page(store, document.id, None, redact=True)
    finally:
        use_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert "Grönkvist" not in page and "[namn]" in page


def test_documents_are_refused_when_the_register_has_another_secret(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "data")
    made = Settings(_env_file=None, data_dir=tmp_path / "data", erasure_key="en-hemlighet")  # type: ignore[call-arg]
    register(store, made, ["Ebba Grönkvist"], "post")
    use_settings(made.model_copy(update={"erasure_key": SecretStr("en-annan")}))
    try:
        with pytest.raises(ErasureKeyError):
            import_graph(store, sample_graph())
    finally:
        use_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert store.documents() == []
