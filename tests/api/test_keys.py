"""Named keys with roles over HTTP: who may read, correct, upload and erase, and in whose name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.keys import KeyConfigError
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore
from tests.api.served import sample_graph, served

KEYS = [
    {"name": "Läsaren", "key": "las-nyckel-1", "role": "reader"},
    {"name": "Samordnare Svensson", "key": "red-nyckel-1", "role": "editor"},
    {"name": "Förvaltaren", "key": "adm-nyckel-1", "role": "admin"},
]
READER, EDITOR, ADMIN = ({"X-API-Key": k["key"]} for k in KEYS)
MERGE = {"kind": "merge", "entity": "townplace", "other": "district", "reason": "samma plats"}


@pytest.fixture
def embedded(tmp_path: Path) -> GraphStore:
    store = EmbeddedStore(tmp_path / "data")
    store.upsert(sample_graph())
    return store


@pytest.fixture
def client(embedded: GraphStore, tmp_path: Path) -> Iterator[httpx.Client]:
    with served(embedded, data_dir=tmp_path / "api", api_key=None, api_keys=KEYS) as client:
        yield client


def status(res: httpx.Response) -> int:
    if res.status_code >= 400:
        assert res.json()["error"]["message"], res.text
    return res.status_code


def test_each_role_does_what_it_may(client: httpx.Client) -> None:
    assert client.get("/keys/me", headers=EDITOR).json() == {"name": "Samordnare Svensson", "role": "editor"}
    assert status(client.get("/keys/me")) == 401
    assert status(client.get("/keys/me", headers={"X-API-Key": "okand"})) == 403
    # Reading is open by default.
    assert status(client.get("/entities")) == 200
    # A reader may not judge; an editor may, and is the author whatever the body says.
    refused = client.post("/judgements", json=MERGE, headers=READER)
    assert status(refused) == 403 and "läsare" in refused.json()["error"]["message"]
    made = client.post("/judgements", json={**MERGE, "author": "Någon annan"}, headers=EDITOR)
    assert status(made) == 201
    assert made.json()["author"] == "Samordnare Svensson"
    withdrawn = client.delete(f"/judgements/{made.json()['id']}", params={"reason": "fel"}, headers=EDITOR)
    assert withdrawn.json()["withdrawn"]["by"] == "Samordnare Svensson"
    # Only an admin uploads, removes documents and erases persons.
    files = {"file": ("r.txt", b"Polisen samverkar med Huddinge kommun.", "text/plain")}
    assert status(client.post("/documents", files=files, headers=EDITOR)) == 403
    assert status(client.delete("/documents/doc-c", headers=EDITOR)) == 403
    assert status(client.delete("/persons/person", headers=EDITOR)) == 403
    assert status(client.delete("/documents/doc-c", headers=ADMIN)) == 204


def test_reading_may_need_a_key(embedded: GraphStore, tmp_path: Path) -> None:
    with served(embedded, data_dir=tmp_path / "api", api_keys=KEYS, read_requires_key=True) as client:
        assert status(client.get("/entities")) == 401
        assert status(client.get("/entities", headers={"X-API-Key": "okand"})) == 403
        assert status(client.get("/entities", headers=READER)) == 200
        assert status(client.get("/maps/entity/town", headers=READER)) == 200
        assert status(client.get("/judgements", headers=READER)) == 200
        for path in ("/stats", "/explorer/review.json", "/explorer/actor/town/relations"):
            assert status(client.get(path)) == 401
            assert status(client.get(path, headers=READER)) == 200
        # The health check, the explorer page and the API description stay open.
        assert status(client.get("/health")) == 200
        assert status(client.get("/")) == 200
        assert status(client.get("/openapi.json")) == 200
        # The explorer's cookie lets its map frames read, and never writes.
        client.cookies.set("samverkan_key", KEYS[2]["key"])
        assert status(client.get("/maps/entity/town")) == 200
        assert status(client.post("/judgements", json=MERGE)) == 401


def test_keys_from_a_file_and_the_single_key(embedded: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "nycklar.json"
    path.write_text(json.dumps(KEYS[1:2]), encoding="utf-8")
    with served(embedded, data_dir=tmp_path / "api", api_key="ensam-nyckel", api_keys_file=path) as client:
        assert client.get("/keys/me", headers=EDITOR).json()["name"] == "Samordnare Svensson"
        assert client.get("/keys/me", headers={"X-API-Key": "ensam-nyckel"}).json() == {
            "name": "admin",
            "role": "admin",
        }


@pytest.mark.parametrize(
    "options",
    [
        {"api_keys": [{"name": "a", "key": "x", "role": "kung"}]},
        {"api_keys": [{"name": "a", "key": "med mellanslag", "role": "admin"}]},
        {"api_keys": [KEYS[0], {**KEYS[1], "name": KEYS[0]["name"]}]},
        {"api_keys": [KEYS[0], {**KEYS[1], "key": KEYS[0]["key"]}]},
        {"api_keys_file": Path("/finns/inte.json")},
    ],
)
def test_unusable_keys_stop_the_service(options: dict) -> None:
    with pytest.raises(KeyConfigError):
        create_app(Settings(_env_file=None, **options))  # type: ignore[arg-type]


# Values for the parameters the read routes require, from the sample graph.
REQUIRED = {
    "entity_id": "town",
    "document_id": "doc-c",
    "job_id": "ingen-sadan",
    "q": "Exempelby",
    "source": "town",
    "target": "village",
    "from": "2020-01-01",
    "to": "2024-12-31",
}
# Read routes the explorer uses that the API description leaves out.
EXPLORER_READS = (
    "/explorer/overview.json",
    "/explorer/review.json",
    "/explorer/actor/town/relations",
    "/explorer/document/doc-c",
)
OPEN = {"/health"}


def read_routes(client: httpx.Client) -> list[tuple[str, dict[str, str]]]:
    """Every GET of the API description that shows the graph, with its required parameters filled."""
    found = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        if "get" not in operations or path in OPEN or path == "/keys/me":
            continue
        url, query = path, {}
        for parameter in operations["get"].get("parameters", []):
            if not parameter.get("required"):
                continue
            value = REQUIRED[parameter["name"]]
            if parameter["in"] == "path":
                url = url.replace("{" + parameter["name"] + "}", value)
            else:
                query[parameter["name"]] = value
        found.append((url, query))
    return found + [(path, {}) for path in EXPLORER_READS]


def test_every_read_route_needs_a_key_when_so_set(embedded: GraphStore, tmp_path: Path) -> None:
    with served(embedded, data_dir=tmp_path / "open", api_keys=KEYS) as client:
        routes = read_routes(client)
        assert len(routes) >= 20
        # By default reading is open: every route answers without a key.
        for url, query in routes:
            assert status(client.get(url, params=query)) not in (401, 403), url
    with served(embedded, data_dir=tmp_path / "closed", api_keys=KEYS, read_requires_key=True) as client:
        for url, query in routes:
            assert status(client.get(url, params=query)) == 401, url
            assert status(client.get(url, params=query, headers={"X-API-Key": "okand"})) == 403, url
            answered = client.get(url, params=query, headers=READER)
            # A job that does not exist is the only read with nothing to show.
            assert status(answered) == (404 if url.startswith("/jobs/") else 200), (url, answered.text[:300])
        for url in OPEN | {"/", "/openapi.json", "/docs"}:
            assert status(client.get(url)) == 200, url
