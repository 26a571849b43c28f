"""Export formats: what other tools read back from each."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pytest

from graph.exchange import ExportFormat, export_bytes, to_csv_zip
from graph.merge import combine
from graph.model import Entity, EntityType, Graph
from tests.graph.sample import doc_a, doc_b


@pytest.fixture
def graph() -> Graph:
    return combine([doc_a(), doc_b()])


def read_csv(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    raw = archive.read(name)
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte order mark, so that spreadsheets read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_json_is_the_interchange_format(graph: Graph) -> None:
    data = export_bytes(graph, ExportFormat.JSON)
    assert Graph.from_json(data) == graph
    assert set(json.loads(data)) == {"documents", "entities", "relations"}


@pytest.mark.parametrize("fmt", [ExportFormat.GRAPHML, ExportFormat.GEXF])
def test_graphml_and_gexf_read_back_with_networkx(graph: Graph, fmt: ExportFormat) -> None:
    data = export_bytes(graph, fmt)
    read = nx.read_graphml if fmt is ExportFormat.GRAPHML else nx.read_gexf
    back = read(io.BytesIO(data))
    assert set(back.nodes) == {e.id for e in graph.entities}
    assert back.number_of_edges() == len(graph.relations)
    assert back.nodes["town"]["label"] == "Exempelby kommun"
    assert "Exempelbys kommun" in back.nodes["town"]["aliases"]
    funds = [d for _, _, d in back.edges(data=True) if d["relation"] == "FUNDS"]
    assert len(funds) == 1
    assert funds[0]["label"] == "finansierar"
    assert int(funds[0]["amount_sek"]) == 5_000_000
    assert "trygghetsfond" in funds[0]["evidence"]
    assert funds[0]["document_titles"] == "Kommunen avsätter medel"


def test_csv_zip_has_gephi_columns_and_every_sentence(graph: Graph) -> None:
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(graph, ExportFormat.CSV)))
    assert set(archive.namelist()) == {"nodes.csv", "edges.csv", "evidence.csv"}
    nodes = read_csv(archive, "nodes.csv")
    edges = read_csv(archive, "edges.csv")
    evidence = read_csv(archive, "evidence.csv")
    assert {n["Id"] for n in nodes} == {e.id for e in graph.entities}
    assert {"Id", "Label"} <= set(nodes[0]) and {"Source", "Target", "Type", "Label"} <= set(edges[0])
    assert len(edges) == len(graph.relations)
    collab = next(e for e in edges if e["relation"] == "COLLABORATES_WITH")
    assert collab["Type"] == "Undirected"
    assert next(e for e in edges if e["relation"] == "FUNDS")["Type"] == "Directed"
    assert next(e for e in edges if e["relation"] == "COUNTERS")["valid_from"] == "2024-01-01"
    assert len(evidence) == sum(len(r.evidence) for r in graph.relations)
    assert {r["title"] for r in evidence} == {"Polisen ökar närvaron", "Kommunen avsätter medel"}


def test_csv_cells_never_run_as_formulas() -> None:
    graph = Graph(entities=[Entity(id="x", type=EntityType.GROUP, name='=HYPERLINK("http://x")')])
    archive = zipfile.ZipFile(io.BytesIO(to_csv_zip(graph)))
    (node,) = read_csv(archive, "nodes.csv")
    assert node["Label"] == '\'=HYPERLINK("http://x")'


def test_empty_graph_exports_in_every_format() -> None:
    for fmt in ExportFormat:
        assert export_bytes(Graph(), fmt)
    assert ExportFormat.CSV.suffix == ".zip" and ExportFormat.GEXF.media_type == "application/gexf+xml"
