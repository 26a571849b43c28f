"""Maps and the explorer over HTTP, on both stores: pages, filters, limits, embedding headers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.maps import MAX_MAP_NODES
from graph.model import Document, Entity, EntityType, Graph
from graph.store import GraphStore
from tests.graph.sample import doc_a, doc_b
from tests.live_server import live_server

HTML = {"Accept": "text/html"}


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    store.upsert(Graph.batch([doc_a(), doc_b()]))
    return store


def client_for(store: GraphStore, **settings: object) -> Iterator[httpx.Client]:
    """A client of the real app, served over HTTP on the store given."""
    app = create_app(Settings(_env_file=None, **settings), store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


@pytest.fixture
def client(loaded: GraphStore) -> Iterator[httpx.Client]:
    yield from client_for(loaded)


def node_ids(page: str) -> set[str]:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.DOTALL)
    assert found
    return {n["id"] for n in json.loads(found.group(1))["nodes"]}


def test_entity_map_is_a_page_of_the_neighbourhood(client: httpx.Client) -> None:
    res = client.get("/maps/entity/fund", params={"depth": 1})
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/html")
    assert node_ids(res.text) == {"fund", "party"}
    assert "<title>Samverkanskarta: trygghetsfond</title>" in res.text


def test_entity_map_depth_reaches_further(client: httpx.Client) -> None:
    one = node_ids(client.get("/maps/entity/effort", params={"depth": 1}).text)
    two = node_ids(client.get("/maps/entity/effort", params={"depth": 2}).text)
    assert one == {"effort", "police", "district"}
    assert one < two and "town" in two


def test_graph_map_filters_by_type_relation_and_document(client: httpx.Client) -> None:
    everything = node_ids(client.get("/maps/graph").text)
    assert len(everything) == 8
    police_and_towns = client.get("/maps/graph", params={"types": ["PoliceUnit", "Municipality"]})
    assert node_ids(police_and_towns.text) == {"police", "town"}
    assert "Urval: aktörer: Polis, Kommun/region" in police_and_towns.text
    funding = client.get("/maps/graph", params={"relation_types": "FUNDS"})
    assert node_ids(funding.text) == {"party", "fund"}
    one_doc = client.get("/maps/graph", params={"document": "doc-a"})
    assert node_ids(one_doc.text) == {"police", "town", "district", "townplace", "effort"}
    assert "Polisen ökar närvaron (2023-03-01)" in one_doc.text
    assert "Kommunen avsätter medel" not in one_doc.text.split("</header>")[0]


def test_seeded_map_is_repeatable(client: httpx.Client) -> None:
    first = client.get("/maps/graph", params={"seed": 5}).text
    assert first == client.get("/maps/graph", params={"seed": 5}).text


def test_unknown_ids_and_bad_parameters_are_json_errors(client: httpx.Client) -> None:
    missing = client.get("/maps/entity/nobody")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get("/maps/graph", params={"document": "nothing"}).status_code == 404
    assert client.get("/maps/entity/fund", params={"depth": 9}).status_code == 422
    assert client.get("/maps/graph", params={"types": "Spaceship"}).status_code == 422


def test_a_browser_gets_the_reason_as_a_page(client: httpx.Client) -> None:
    res = client.get("/maps/entity/<img src=x onerror=alert(1)>", headers=HTML)
    assert res.status_code == 404
    assert res.headers["content-type"].startswith("text/html")
    assert "Kartan kan inte visas" in res.text
    assert "<img" not in res.text and "&lt;img src=x onerror=alert(1)&gt;" in res.text


def test_too_large_a_map_is_refused_with_a_hint(store: GraphStore) -> None:
    doc = Document(id="big", title="Stor")
    store.upsert(
        Graph(
            documents=[doc],
            entities=[
                Entity(id=f"g{i:05d}", type=EntityType.GROUP, name=f"Grupp {i}", documents=["big"])
                for i in range(MAX_MAP_NODES + 1)
            ],
        )
    )
    for client in client_for(store):
        res = client.get("/maps/graph")
        assert res.status_code == 422
        error = res.json()["error"]
        assert error["code"] == "map_too_large"
        assert "dokument" in error["message"] and "djup" in error["message"]
        # Narrowed by type, the same graph is drawn.
        assert client.get("/maps/graph", params={"types": "Place"}).status_code == 200


def test_maps_may_be_framed_by_the_api_only_by_default(client: httpx.Client) -> None:
    res = client.get("/maps/entity/fund")
    policy = res.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and policy.rstrip().endswith("'self'")
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert res.headers["x-frame-options"] == "SAMEORIGIN"
    assert res.headers["x-content-type-options"] == "nosniff"


def test_configured_origins_may_frame_maps(loaded: GraphStore) -> None:
    origins = ["https://intranat.huddinge.se", "https://rapport.example.org:8443/", "evil.com; script-src *"]
    for client in client_for(loaded, frame_ancestors=origins):
        res = client.get("/maps/graph")
        policy = res.headers["content-security-policy"]
        ancestors = policy.split("frame-ancestors", 1)[1].split(";")[0].split()
        assert ancestors == ["'self'", "https://intranat.huddinge.se", "https://rapport.example.org:8443"]
        assert "x-frame-options" not in res.headers


def test_explorer_is_served_at_the_root(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'lang="sv"' in page.text and "Sök aktör" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page.text)
    for asset, kind in (("explorer.js", "javascript"), ("explorer.css", "css")):
        res = client.get(f"/explorer/{asset}")
        assert res.status_code == 200 and kind in res.headers["content-type"]
    assert client.get("/explorer/..%2Fapp.py").status_code == 404
    labels = client.get("/explorer/labels.json").json()
    assert labels["entities"]["PoliceUnit"] == "Polis"
    assert labels["relations"]["COLLABORATES_WITH"] == "samverkar med"


def test_maps_come_as_pictures_for_reports(client: httpx.Client) -> None:
    png = client.get("/maps/graph", params={"format": "png", "seed": 1})
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")
    svg = client.get("/maps/entity/fund", params={"format": "svg", "width_cm": 12, "title": "Fonden"})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert 'width="340.15748pt"' in svg.text and "Fonden" in svg.text
    pdf = client.get("/maps/graph", params={"format": "pdf", "isolated": "omit"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    too_narrow = client.get("/maps/graph", params={"format": "png", "width_cm": 2})
    assert too_narrow.status_code == 422 and "error" in too_narrow.json()


def test_map_pages_link_to_their_pictures(client: httpx.Client) -> None:
    page = client.get("/maps/entity/fund", params={"depth": 2}).text
    assert "Ladda ner bild" in page
    assert "/maps/entity/fund?depth=2&amp;format=pdf" in page
