"""Errors the HTTP layer itself answers: in Swedish, in the one JSON shape, as the schema says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.ingest import import_graph
from graph.embedded_store import EmbeddedStore
from tests.api.served import API_KEY, sample_graph, served


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder: Path = tmp_path_factory.mktemp("fel")
    store = EmbeddedStore(folder / "store")
    import_graph(store, sample_graph())
    with served(store, data_dir=folder / "api") as client:
        yield client


def test_a_method_not_allowed_lists_every_method_of_the_path(client: httpx.Client) -> None:
    # GET and POST /documents are two routes of one path: Allow names both.
    res = client.request("PUT", "/documents")
    assert res.status_code == 405
    assert res.headers["allow"] == "GET, POST"
    assert "tillåtna: GET, POST" in res.json()["error"]["message"]
    assert client.request("PATCH", "/documents/doc-a").headers["allow"] == "DELETE, GET"
    # A path written out is its own resource, not an id of the templated one beside it.
    assert client.request("OPTIONS", "/judgements/export").headers["allow"] == "GET"


def test_a_body_that_cannot_be_parsed_is_a_422_in_swedish(client: httpx.Client) -> None:
    res = client.post(
        "/judgements",
        content=b"\x80",  # not UTF-8: the body cannot even be parsed
        headers={"X-API-Key": API_KEY, "Content-Type": "application/json"},
    )
    assert res.status_code == 422
    assert res.json()["error"]["message"].startswith("Innehållet i begäran kunde inte läsas")


def test_an_unknown_address_is_a_swedish_404(client: httpx.Client) -> None:
    res = client.get("/finns-inte")
    assert (
        res.status_code == 404 and res.json()["error"]["message"] == "Det finns ingen sådan adress i API:et"
    )


@pytest.mark.parametrize("value", ["", " 2024-01-01", "0000-01-01", "２０２４-01-01"])
def test_a_date_is_a_date_or_nothing(client: httpx.Client, value: str) -> None:
    for path, name in (("/relations", "date_to"), ("/maps/graph", "as_of"), ("/reports/entity/town", "to")):
        res = client.get(path, params={name: value})
        assert res.status_code == 422, (path, value)
        assert "ÅÅÅÅ-MM-DD" in res.json()["error"]["message"]


def test_date_parameters_state_their_format_in_the_schema(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    for path, name in (
        ("/relations", "date_to"),
        ("/maps/graph", "as_of"),
        ("/reports/entity/{entity_id}", "to"),
    ):
        (param,) = [p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == name]
        found = param["schema"]  # format and pattern apply to its string, not to null
        assert found["format"] == "date" and found["pattern"].endswith("[0-9]{2}$"), found
