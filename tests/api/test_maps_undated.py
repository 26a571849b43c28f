"""Time told honestly: relations nothing dates stay out of a map per date unless asked for, and are marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.model import Document, EntityType, Graph, RelationType
from tests.api.test_maps_api import node_ids
from tests.graph.sample import ent, rel
from tests.live_server import live_server


def two_documents() -> list[Graph]:
    dated = Graph(
        documents=[Document(id="dated", title="Daterat", date=dt.date(2021, 3, 1))],
        entities=[
            ent(EntityType.POLICE_UNIT, "police", "Polisen", "dated"),
            ent(EntityType.MUNICIPALITY, "town", "Exempelby kommun", "dated"),
        ],
        relations=[
            rel(
                "police",
                RelationType.COLLABORATES_WITH,
                "town",
                "dated",
                0,
                "Polisen och kommunen samverkar.",
            )
        ],
    )
    undated = Graph(
        documents=[Document(id="undated", title="Odaterat")],
        entities=[
            ent(EntityType.POLICE_UNIT, "police", "Polisen", "undated"),
            ent(EntityType.CRIMINAL_GROUP, "gang", "Gänget", "undated"),
        ],
        relations=[rel("gang", RelationType.ESTABLISHED_IN, "police", "undated", 0, "Gänget finns där.")],
    )
    return [dated, undated]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    store = EmbeddedStore(Path(tmp_path_factory.mktemp("undated")) / "data")
    for graph in two_documents():
        store.upsert(graph)
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def test_undated_relations_are_left_out_of_a_map_per_date_unless_asked(client: httpx.Client) -> None:
    everything = client.get("/maps/graph").text
    assert node_ids(everything) == {"police", "town", "gang"}
    assert '"undated": true' in everything and "odaterad" in everything
    on_a_day = client.get("/maps/graph", params={"as_of": "2022-01-01"}).text
    assert node_ids(on_a_day) == {"police", "town"}
    assert "utan odaterade relationer" in on_a_day
    asked = client.get("/maps/graph", params={"as_of": "2022-01-01", "undated": "true"}).text
    assert node_ids(asked) == {"police", "town", "gang"}
    before = client.get("/maps/graph", params={"as_of": "2019-01-01", "undated": "false"})
    assert "gang" not in node_ids(before.text)
    period = client.get("/maps/graph", params={"from": "2021-01-01", "to": "2021-12-31"}).text
    assert node_ids(period) == {"police", "town"}
