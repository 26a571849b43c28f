"""Maps over time, on both stores and from the command line: a day (as_of) or a period (from/to)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from graph.model import Document, DocumentKind, EntityType, Graph, RelationType
from graph.store import GraphStore
from tests.graph.sample import doc_a, doc_b, ent, rel
from tests.live_server import live_server

runner = CliRunner()
SAMPLE = {"police", "town", "district", "townplace", "effort", "party", "fund", "gang"}
DOC_A = {"police", "town", "district", "townplace", "effort"}


def doc_c() -> Graph:
    """An older document: an effort that ended before the others were written."""
    d = "doc-c"
    return Graph(
        documents=[
            Document(
                id=d, title="Sommarens trygghetsarbete", date=dt.date(2021, 5, 10), kind=DocumentKind.NEWS
            )
        ],
        entities=[
            ent(EntityType.POLICE_UNIT, "police", "Polisen", d),
            ent(EntityType.INITIATIVE, "summer", "Trygg sommar", d),
        ],
        relations=[
            rel(
                "police",
                RelationType.RUNS,
                "summer",
                d,
                0,
                "Polisen driver projektet Trygg sommar fram till augusti 2022.",
                valid_to="2022-08-31",
            )
        ],
    )


def sample() -> Graph:
    return Graph.batch([doc_a(), doc_b(), doc_c()])


def node_ids(page: str) -> set[str]:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.DOTALL)
    assert found, page[:300]
    return {n["id"] for n in json.loads(found.group(1))["nodes"]}


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    store.upsert(sample())
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def graph_ids(client: httpx.Client, **params: str) -> set[str]:
    res = client.get("/maps/graph", params=params)
    assert res.status_code == 200, res.text
    return node_ids(res.text)


def entity_ids(client: httpx.Client, entity: str, **params: str) -> set[str]:
    res = client.get(f"/maps/entity/{entity}", params=params)
    assert res.status_code == 200, res.text
    return node_ids(res.text)


def test_graph_as_of_a_day_is_the_network_then(client: httpx.Client) -> None:
    assert graph_ids(client) == SAMPLE | {"summer"}
    assert graph_ids(client, as_of="2021-06-01") == {"police", "summer"}
    # The effort that ended in 2022 is gone a year later; what was written in 2024 is not yet there.
    assert graph_ids(client, as_of="2023-06-01") == DOC_A
    # A relation in force from a date the text gives counts from then, before it was reported.
    assert graph_ids(client, as_of="2024-02-01") == DOC_A | {"gang"}
    assert graph_ids(client, as_of="2020-01-01") == set()
    page = client.get("/maps/graph", params={"as_of": "2023-06-01"}).text
    assert "Nätverket per 2023-06-01" in page


def test_graph_over_a_period_holds_what_held_within_it(client: httpx.Client) -> None:
    assert graph_ids(client, **{"from": "2022-01-01", "to": "2022-12-31"}) == {"police", "summer"}
    assert graph_ids(client, **{"from": "2023-01-01"}) == SAMPLE
    assert graph_ids(client, to="2022-12-31") == {"police", "summer"}
    assert graph_ids(client, **{"from": "2024-01-01", "to": "2024-03-01"}) == DOC_A | {"gang"}
    page = client.get("/maps/graph", params={"from": "2022-01-01", "to": "2022-12-31"}).text
    assert "Relationer som gällde 2022-01-01–2022-12-31" in page


def test_time_and_type_filters_combine(client: httpx.Client) -> None:
    police_runs = graph_ids(client, as_of="2021-06-01", relation_types="RUNS")
    assert police_runs == {"police", "summer"}
    assert graph_ids(client, as_of="2023-06-01", relation_types="RUNS") == {"police", "effort"}
    # One document's part is dated by that document: what it says counts from when it was written.
    assert graph_ids(client, as_of="2023-06-01", document="doc-a") == DOC_A
    assert graph_ids(client, as_of="2023-06-01", document="doc-b") == set()
    assert graph_ids(client, as_of="2024-02-01", document="doc-b") == {"town", "gang"}


def test_entity_map_as_of_walks_the_network_of_that_day(client: httpx.Client) -> None:
    assert entity_ids(client, "police", as_of="2021-06-01") == {"police", "summer"}
    assert entity_ids(client, "police", as_of="2023-06-01") == {"police", "town", "effort"}
    # Two steps from the group: the relations that reached further did not exist yet, so
    # what lay beyond them (around the district, around the municipality) is not drawn.
    assert entity_ids(client, "gang", depth="2") == {
        "gang",
        "town",
        "police",
        "district",
        "effort",
        "townplace",
    }
    assert entity_ids(client, "gang", depth="2", as_of="2023-06-01") == {"gang"}
    assert entity_ids(client, "gang", depth="2", as_of="2024-02-01") == {"gang", "town", "police"}
    assert entity_ids(client, "summer", **{"from": "2023-01-01"}) == {"summer"}
    page = client.get("/maps/entity/police", params={"as_of": "2021-06-01"}).text
    assert "Nätverket per 2021-06-01" in page
    # Only sources written by then are named for the actor's own mentions.
    assert "Kommunen avsätter medel" not in page.split("</header>")[0]


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"as_of": "2024-13-01"}, "as_of"),
        ({"as_of": "20240101"}, "as_of"),
        ({"as_of": "igår"}, "as_of"),
        ({"from": "2024-02-30"}, "from"),
        ({"to": "2024-1-1"}, "to"),
        ({"from": "2024-05-01", "to": "2024-01-01"}, "efter"),
        ({"as_of": "2024-01-01", "from": "2023-01-01"}, "inte båda"),
    ],
)
def test_bad_dates_are_json_errors(client: httpx.Client, params: dict[str, str], needle: str) -> None:
    for path in ("/maps/graph", "/maps/entity/police"):
        res = client.get(path, params=params)
        assert res.status_code == 422
        assert res.headers["content-type"].startswith("application/json")
        error = res.json()["error"]
        assert error["code"] == "invalid_query"
        assert needle in error["message"]


def test_explorer_lists_the_relations_its_map_draws(client: httpx.Client) -> None:
    now = client.get("/explorer/actor/police/relations").json()
    then = client.get("/explorer/actor/police/relations", params={"as_of": "2021-06-01"}).json()
    assert len(now["relations"]) == 3
    assert [(r["source"], r["type"], r["target"]) for r in then["relations"]] == [
        ("police", "RUNS", "summer")
    ]
    assert {d["id"] for d in then["documents"]} == {"doc-c"}
    bad = client.get("/explorer/actor/police/relations", params={"as_of": "2021-02-29"})
    assert bad.status_code == 422 and "as_of" in bad.json()["error"]["message"]
    assert client.get("/explorer/actor/nobody/relations").status_code == 404


# -- the command line -----------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    source = tmp_path / "sample.json"
    sample().write(source)
    data = tmp_path / "data"
    result = runner.invoke(cli, ["import", str(source), "--data-dir", str(data), "--store", "embedded"])
    assert result.exit_code == 0, result.output
    return data


def run_map(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, ["map", "--data-dir", str(data_dir), "--store", "embedded", *args])
    return result.exit_code, result.output


def test_cli_map_as_of_a_day(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "karta.html"
    code, output = run_map(data_dir, "--as-of", "2023-06-01", "-o", str(out))
    assert code == 0, output
    assert "5 aktörer, 4 relationer" in output
    page = out.read_text(encoding="utf-8")
    assert node_ids(page) == DOC_A and "Nätverket per 2023-06-01" in page
    code, output = run_map(data_dir, "--entity", "Polisen", "--as-of", "2021-06-01", "-o", str(out))
    assert code == 0, output
    assert node_ids(out.read_text(encoding="utf-8")) == {"police", "summer"}


def test_cli_map_over_a_period(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "karta.svg"
    code, output = run_map(
        data_dir,
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
        "--format",
        "svg",
        "--seed",
        "1",
        "-o",
        str(out),
    )
    assert code == 0, output
    assert "2 aktörer, 1 relation" in output
    assert b"Trygg sommar" in out.read_bytes()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--as-of", "2024-02-30"], "Ogiltigt datum i --as-of: '2024-02-30'"),
        (["--from", "1 maj"], "Ogiltigt datum i --from"),
        (["--as-of", "2024-01-01", "--to", "2024-02-01"], "inte båda"),
        (["--from", "2024-03-01", "--to", "2024-01-01"], "efter"),
    ],
)
def test_cli_bad_dates_are_one_swedish_line(data_dir: Path, args: list[str], needle: str) -> None:
    code, output = run_map(data_dir, *args)
    assert code == 1
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fel: ") and needle in lines[0]
    assert "Traceback" not in output
