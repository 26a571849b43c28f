"""Export over HTTP and from `samverkan export`, on both stores: every format, with filters."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest

from graph.model import Graph
from graph.store import GraphStore
from tests.api.served import sample_graph, served


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    store.upsert(sample_graph())
    with served(store) as client:
        yield client


def test_json_export_is_the_stored_graph(client: httpx.Client, store: GraphStore) -> None:
    res = client.get("/export")
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("application/json")
    assert 'filename="samverkan.json"' in res.headers["content-disposition"]
    assert Graph.from_json(res.content) == store.export()


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_formats(client: httpx.Client, store: GraphStore, fmt: str, read) -> None:  # type: ignore[no-untyped-def]
    res = client.get("/export", params={"format": fmt})
    assert res.status_code == 200
    assert res.headers["content-type"].startswith(f"application/{fmt}+xml")
    assert f'filename="samverkan.{fmt}"' in res.headers["content-disposition"]
    back = read(io.BytesIO(res.content))
    graph = store.export()
    assert set(back.nodes) == {e.id for e in graph.entities}
    assert back.number_of_edges() == len(graph.relations)


def test_csv_export_is_a_zip_of_nodes_and_edges(client: httpx.Client, store: GraphStore) -> None:
    res = client.get("/export", params={"format": "csv"})
    assert res.headers["content-type"] == "application/zip"
    assert 'filename="samverkan.zip"' in res.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(res.content))
    assert {"nodes.csv", "edges.csv"} <= set(archive.namelist())
    nodes = archive.read("nodes.csv").decode("utf-8-sig").splitlines()
    edges = archive.read("edges.csv").decode("utf-8-sig").splitlines()
    stats = store.stats()
    assert (len(nodes) - 1, len(edges) - 1) == (stats.entities, stats.relations)


def test_export_with_filters(client: httpx.Client) -> None:
    protocol = Graph.from_json(client.get("/export", params={"kind": "protocol"}).content)
    assert [d.id for d in protocol.documents] == ["doc-b"]
    assert all(e.document == "doc-b" for r in protocol.relations for e in r.evidence)
    early = Graph.from_json(client.get("/export", params={"date_to": "2021-12-31"}).content)
    assert [(r.source, r.type.value, r.target) for r in early.relations] == [("town", "ACTIVE_IN", "village")]
    assert {e.id for e in early.entities} == {"town", "village"}
    bad = client.get("/export", params={"format": "xlsx"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def cli_export(store: GraphStore, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`samverkan export` as a user runs it, over the same store."""
    where = (
        ["--store", "neo4j"] if type(store).__name__ == "Neo4jStore" else ["--data-dir", str(store.data_dir)]
    )  # type: ignore[attr-defined]
    return subprocess.run(
        [sys.executable, "-m", "api", "export", *args, *where],
        cwd=tmp_path,
        env={**os.environ, "SAMVERKAN_STORE": "embedded"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv"])
def test_cli_export_writes_what_the_api_serves(
    client: httpx.Client, store: GraphStore, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"graf.{fmt}"
    result = cli_export(store, tmp_path, "-f", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    served_bytes = client.get("/export", params={"format": fmt}).content
    if fmt == "csv":
        written, fetched = zipfile.ZipFile(out), zipfile.ZipFile(io.BytesIO(served_bytes))
        assert written.namelist() == fetched.namelist()
        assert all(written.read(n) == fetched.read(n) for n in written.namelist())
    else:
        assert out.read_bytes() == served_bytes


def test_cli_export_filters_and_errors(client: httpx.Client, store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "protokoll.json"
    result = cli_export(store, tmp_path, "-o", str(out), "--kind", "protocol", "--from", "2024-01-01")
    assert result.returncode == 0, result.stderr
    assert [d.id for d in Graph.read(out).documents] == ["doc-b"]
    wrong = cli_export(store, tmp_path, "-o", str(out), "--from", "2024-01-01", "--to", "2020-01-01")
    assert wrong.returncode != 0
    assert wrong.stderr.startswith("fel:") and "Traceback" not in wrong.stderr
    unknown = cli_export(store, tmp_path, "-o", str(out), "-f", "xlsx")
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr
