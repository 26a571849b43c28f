"""Search ranked by relevance everywhere, accents optional; /paths by names, answered with names."""

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
from tests.live_server import live_server


@pytest.fixture(scope="module")
def client(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    store = EmbeddedStore(tmp_path_factory.mktemp("ranking") / "data")
    assert ingest_paths(store, expand_paths([corpus_dir])).ok
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def test_the_actor_named_comes_first_in_search_and_in_lists(client: httpx.Client) -> None:
    hits = client.get("/search", params={"q": "polisen"}).json()
    assert hits[0]["entity"]["name"] == "Polisen" and hits[0]["score"] == 1.0
    listed = client.get("/entities", params={"q": "polisen"}).json()
    assert listed[0]["name"] == "Polisen"
    assert client.get("/entities", params={"q": "kriminalvarden"}).json()[0]["name"] == "Kriminalvården"
    assert client.get("/search", params={"q": "huddinge"}).json()[0]["entity"]["name"] == "Huddinge"


def test_equal_matches_put_the_most_connected_first(client: httpx.Client) -> None:
    hits = client.get("/search", params={"q": "huddinge", "limit": 50}).json()
    part = [h for h in hits if h["score"] == hits[1]["score"]]
    degrees = [client.get(f"/entities/{h['entity']['id']}").json()["degree"] for h in part]
    assert degrees == sorted(degrees, reverse=True)


def test_paths_take_names_and_answer_with_names(client: httpx.Client) -> None:
    res = client.get("/paths", params={"source": "polisen", "target": "bandidos mc", "max_length": 6})
    assert res.status_code == 200
    paths = res.json()
    assert paths and paths[0]["names"][0] == "Polisen" and paths[0]["names"][-1] == "Bandidos MC"
    assert paths[0]["text"].startswith("Polisen ") and "Bandidos MC" in paths[0]["text"]
    unknown = client.get("/paths", params={"source": "Polisstyrelsen", "target": "polisen"})
    assert unknown.status_code == 404
    message = unknown.json()["error"]["message"]
    assert "Polisstyrelsen" in message and "Menade du" in message
