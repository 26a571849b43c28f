"""The query API over HTTP, on both stores: actors, search, neighbourhoods, relations, paths, errors."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from graph.store import GraphStore
from tests.api.served import sample_graph, served


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    store.upsert(sample_graph())
    with served(store) as client:
        yield client


def ids(items: list[dict]) -> set[str]:
    return {item["id"] for item in items}


def assert_error(res: httpx.Response, status: int) -> dict:
    """Every error has one shape: {"error": {"status", "code", "message"}}, in JSON."""
    assert res.status_code == status, res.text
    assert res.headers["content-type"].startswith("application/json")
    error = res.json()["error"]
    assert error["status"] == status
    assert error["code"] and error["message"]
    assert "Traceback" not in res.text
    return error


# -- health and counts ---------------------------------------------------------------


def test_health_and_stats(client: httpx.Client, store: GraphStore) -> None:
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    stats = client.get("/stats").json()
    assert stats == store.stats().model_dump()
    assert (stats["documents"], stats["entities"], stats["relations"]) == (3, 10, 10)
    assert stats["entities_by_type"]["Place"] == 3


def test_openapi_documents_every_route(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/search", "/relations", "/paths", "/documents", "/documents/{document_id}", "/export"):
        assert path in spec["paths"], path
    assert "/analytics/centrality" in spec["paths"]
    assert spec["paths"]["/search"]["get"]["description"]
    assert client.get("/docs").status_code == 200


# -- actors ----------------------------------------------------------------------------


def test_entities_by_type_name_and_page(client: httpx.Client) -> None:
    places = client.get("/entities", params={"type": "Place"}).json()
    assert ids(places) == {"district", "townplace", "village"}
    assert [e["name"] for e in places] == sorted(e["name"] for e in places)
    assert ids(client.get("/entities", params={"q": "TRYGGHETS"}).json()) == {"effort", "fund"}
    everything = client.get("/entities", params={"limit": 1000}).json()
    pages = [client.get("/entities", params={"limit": 3, "offset": o}).json() for o in (0, 3, 6, 9)]
    assert [e for p in pages for e in p] == everything
    assert len(everything) == 10


def test_entities_filtered_by_document_kind_and_date(client: httpx.Client) -> None:
    protocol = ids(client.get("/entities", params={"kind": "protocol"}).json())
    assert protocol == {"town", "fund", "party", "police", "gang", "district"}
    news_or_press = ids(client.get("/entities", params={"kind": ["news article", "press release"]}).json())
    assert {"person", "village", "effort"} <= news_or_press and "party" not in news_or_press
    # Only the relation dated 2021 by its text holds before 2022; its ends remain.
    early = ids(client.get("/entities", params={"date_to": "2021-12-31"}).json())
    assert early == {"town", "village"}


def test_entity_detail_has_degree(client: httpx.Client) -> None:
    town = client.get("/entities/town").json()
    assert town["type"] == "Municipality"
    assert town["documents"] == ["doc-a", "doc-b", "doc-c"]
    assert "Exempelbys kommun" in town["aliases"]
    touching = client.get("/relations", params={"source": "town"}).json()
    touching += client.get("/relations", params={"target": "town"}).json()
    distinct = {(r["source"], r["type"], r["target"]) for r in touching}
    assert town["degree"] == len(distinct) == 4


# -- search ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("polisen", "police"),  # definite form
        ("POLISEN", "police"),
        ("ostlund", "person"),  # without the accent
        ("jonas östlund", "person"),
        ("brannbys", "village"),  # genitive, no accent
        ("exempelbys kommun", "town"),
        ("trygghetsfnd", "fund"),  # a typo
    ],
)
def test_search_forgives_forms_accents_and_typos(client: httpx.Client, query: str, expected: str) -> None:
    hits = client.get("/search", params={"q": query}).json()
    assert hits, query
    assert hits[0]["entity"]["id"] == expected
    assert 0 < hits[0]["score"] <= 1
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_a_name_of_hundreds_of_letters_is_no_error(client: httpx.Client) -> None:
    # On Neo4j a wildcard around such a word is more than the full-text index will build.
    long_word = "exempelby" * 22
    assert client.get("/search", params={"q": long_word}).json() == []
    res = client.get("/paths", params={"source": "x" * 500, "target": "town"})
    assert res.status_code == 404 and res.json()["error"]["message"]


def test_search_ranks_exact_names_first_and_filters_by_type(client: httpx.Client) -> None:
    hits = client.get("/search", params={"q": "exempelby"}).json()
    assert hits[0]["entity"]["id"] == "townplace" and hits[0]["score"] == 1.0
    assert "town" in [h["entity"]["id"] for h in hits]
    places = client.get("/search", params={"q": "exempelby", "type": "Municipality"}).json()
    assert [h["entity"]["id"] for h in places] == ["town"]
    assert client.get("/search", params={"q": "zzzzqqq"}).json() == []
    assert_error(client.get("/search", params={"q": ""}), 422)
    assert_error(client.get("/search"), 422)


# -- neighbourhoods --------------------------------------------------------------------


def test_neighbors_by_depth_and_type(client: httpx.Client) -> None:
    one = client.get("/entities/town/neighbors").json()
    assert ids(one["entities"]) == {"town", "police", "gang", "person", "village"}
    assert len(one["relations"]) == 4
    two = client.get("/entities/town/neighbors", params={"depth": 2}).json()
    assert ids(two["entities"]) == ids(one["entities"]) | {"effort", "district", "townplace"}
    reached = ids(two["entities"])
    assert all(r["source"] in reached and r["target"] in reached for r in two["relations"])
    assert {d["id"] for d in two["documents"]} == {"doc-a", "doc-b", "doc-c"}
    people = client.get("/entities/town/neighbors", params={"types": "Person"}).json()
    assert ids(people["entities"]) == {"town", "person"}
    collab = client.get("/entities/town/neighbors", params={"relation_types": "COLLABORATES_WITH"}).json()
    assert ids(collab["entities"]) == {"town", "police"}


def test_neighbors_within_document_filter(client: httpx.Client) -> None:
    protocol = client.get("/entities/town/neighbors", params={"kind": "protocol"}).json()
    assert ids(protocol["entities"]) == {"town", "police", "gang"}
    assert {d["id"] for d in protocol["documents"]} == {"doc-b"}
    for rel in protocol["relations"]:
        assert {e["document"] for e in rel["evidence"]} == {"doc-b"}
    lonely = client.get("/entities/person/neighbors", params={"date_to": "2021-12-31"}).json()
    assert ids(lonely["entities"]) == {"person"} and lonely["relations"] == []


def test_neighbors_bounds(client: httpx.Client) -> None:
    assert_error(client.get("/entities/town/neighbors", params={"depth": 0}), 422)
    assert_error(client.get("/entities/town/neighbors", params={"depth": 4}), 422)
    assert_error(client.get("/entities/town/neighbors", params={"types": "Nothing"}), 422)
    assert_error(client.get("/entities/nobody/neighbors"), 404)


# -- relations -------------------------------------------------------------------------


def test_relations_carry_their_sources(client: httpx.Client) -> None:
    found = client.get("/relations", params={"type": "FUNDS"}).json()
    assert len(found) == 1
    funds = found[0]
    assert (funds["source_name"], funds["target_name"]) == ("Centerpartiet", "trygghetsfond")
    assert funds["label"] == "finansierar"
    assert funds["properties"]["amount_sek"] == 5_000_000
    (evidence,) = funds["evidence"]
    assert evidence["title"] == "Kommunen avsätter medel"
    assert evidence["date"] == "2024-05-02"
    assert evidence["kind"] == "protocol"
    assert "trygghetsfond" in evidence["text"]


def test_relations_by_end_document_and_page(client: httpx.Client) -> None:
    # A collaboration is read both ways: asked from either end it is found.
    from_police = client.get("/relations", params={"source": "police", "type": "COLLABORATES_WITH"}).json()
    from_town = client.get("/relations", params={"source": "town", "type": "COLLABORATES_WITH"}).json()
    assert from_police == from_town and len(from_police) == 1
    assert {e["document"] for e in from_police[0]["evidence"]} == {"doc-a", "doc-b"}
    of_c = client.get("/relations", params={"document": "doc-c"}).json()
    assert {r["type"] for r in of_c} == {"WORKS_FOR", "LOCATED_IN", "ACTIVE_IN"}
    everything = client.get("/relations").json()
    assert len(everything) == 10
    paged = [client.get("/relations", params={"limit": 4, "offset": o}).json() for o in (0, 4, 8)]
    assert [r for p in paged for r in p] == everything
    assert_error(client.get("/relations", params={"source": "nobody"}), 404)
    assert_error(client.get("/relations", params={"document": "no-such-doc"}), 404)
    assert_error(client.get("/relations", params={"type": "LIKES"}), 422)


def test_relations_in_a_period_use_their_own_dates(client: httpx.Client) -> None:
    early = client.get("/relations", params={"date_to": "2021-12-31"}).json()
    assert [(r["source"], r["type"], r["target"]) for r in early] == [("town", "ACTIVE_IN", "village")]
    late = client.get("/relations", params={"date_from": "2024-01-01"}).json()
    kinds = {r["type"] for r in late}
    assert "COUNTERS" in kinds  # valid from 2024-01-01, stated in a 2024 document
    assert "ACTIVE_IN" not in {r["type"] for r in late if r["target"] == "village"}
    for rel in late:
        assert all(e["date"] >= "2024-01-01" for e in rel["evidence"])
    # A reversed range has no days in it: an empty answer, as the schema says.
    reversed_ = client.get("/relations", params={"date_from": "2024-01-01", "date_to": "2023-01-01"})
    assert reversed_.status_code == 200 and reversed_.json() == []
    for bad in ("inte ett datum", "0", "2024-13-01", "2024-01-01T00:00:00"):
        message = assert_error(client.get("/relations", params={"date_to": bad}), 422)["message"]
        assert "Skriv datumet som ÅÅÅÅ-MM-DD" in message
    by_comma = client.get("/documents", params={"kind": "protocol,news article"}).json()
    assert [d["id"] for d in by_comma] == ["doc-b", "doc-c"]
    assert "dokumentslag" in assert_error(client.get("/documents", params={"kind": "dikt"}), 422)["message"]
    assert client.get("/changes", params={"from": "2024-01-01", "to": "2021-01-01"}).json() == []


# -- paths -----------------------------------------------------------------------------


def test_paths_are_all_shortest(client: httpx.Client) -> None:
    found = client.get("/paths", params={"source": "police", "target": "townplace"}).json()
    routes = sorted([e["id"] for e in p["entities"]] for p in found)
    assert routes == [
        ["police", "effort", "district", "townplace"],
        ["police", "town", "village", "townplace"],
    ]
    for path in found:
        assert path["length"] == len(path["relations"]) == 3
        for step, (a, b) in zip(path["relations"], itertools.pairwise(path["entities"]), strict=True):
            assert {step["source"], step["target"]} == {a["id"], b["id"]}
    assert (
        client.get("/paths", params={"source": "police", "target": "townplace", "max_length": 2}).json() == []
    )
    assert client.get("/paths", params={"source": "person", "target": "fund"}).json() == []


def test_paths_within_document_filter_and_bounds(client: httpx.Client) -> None:
    press = client.get("/paths", params={"source": "police", "target": "townplace", "kind": "press release"})
    assert [[e["id"] for e in p["entities"]] for p in press.json()] == [
        ["police", "effort", "district", "townplace"]
    ]
    assert_error(client.get("/paths", params={"source": "police", "target": "nobody"}), 404)
    assert_error(client.get("/paths", params={"source": "police"}), 422)
    assert_error(client.get("/paths", params={"source": "a", "target": "b", "max_length": 0}), 422)
    assert_error(client.get("/paths", params={"source": "a", "target": "b", "max_length": 99}), 422)


# -- errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/entities", {"limit": 0}),
        ("/entities", {"limit": 1001}),
        ("/entities", {"offset": -1}),
        ("/entities", {"limit": "många"}),
        ("/relations", {"limit": 10**9}),
        ("/documents", {"offset": 10**12}),
        ("/entities", {"kind": "roman"}),
        ("/search", {"q": "x" * 201}),
    ],
)
def test_bad_parameters_are_422(client: httpx.Client, path: str, params: dict) -> None:
    error = assert_error(client.get(path, params=params), 422)
    # Either the parameters that failed, or a Swedish sentence that says what to write.
    assert error.get("detail") or "välj bland" in error["message"]


def test_unknown_ids_are_404(client: httpx.Client) -> None:
    assert "nobody" in assert_error(client.get("/entities/nobody"), 404)["message"]
    assert_error(client.get("/documents/nothing"), 404)
    assert_error(client.get("/no/such/route"), 404)


# -- an unreachable store -----------------------------------------------------------------


class TcpRelay:
    """Forwards local connections to Neo4j until cut, as a network that fails would."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        # shutdown wakes the thread blocked in accept(); close alone would leave it listening.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def test_unreachable_store_is_503_in_the_error_shape(store: GraphStore) -> None:
    if type(store).__name__ != "Neo4jStore":
        pytest.skip("only a store over the network can become unreachable")
    from graph.neo4j_store import Neo4jStore
    from tests.conftest import neo4j_settings

    settings = neo4j_settings()
    assert settings is not None
    uri, auth, database = settings
    address = urlsplit(uri)
    store.upsert(sample_graph())
    relay = TcpRelay(address.hostname or "127.0.0.1", address.port or 7687)
    relayed = Neo4jStore.connect(
        f"bolt://127.0.0.1:{relay.port}", auth=auth, database=database, max_transaction_retry_time=1.0
    )
    try:
        with served(relayed, store="neo4j") as client:
            assert client.get("/health").json() == {"status": "ok", "store": "neo4j"}
            assert client.get("/entities/town").status_code == 200
            relay.cut()
            assert assert_error(client.get("/health"), 503)["code"] == "store_unavailable"
            for path in ("/stats", "/entities/town", "/search?q=polisen", "/relations", "/export"):
                assert_error(client.get(path), 503)
    finally:
        relay.cut()
        relayed.close()
