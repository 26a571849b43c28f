"""`samverkan map`: HTML, PNG and SVG, narrowed by type, document and actor, repeatable with a seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from graph.model import Graph
from tests.graph.sample import doc_a, doc_b

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    source = tmp_path / "sample.json"
    Graph.batch([doc_a(), doc_b()]).write(source)
    data = tmp_path / "data"
    result = runner.invoke(app, ["import", str(source), "--data-dir", str(data), "--store", "embedded"])
    assert result.exit_code == 0, result.output
    return data


def run_map(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["map", "--data-dir", str(data_dir), "--store", "embedded", *args])
    return result.exit_code, result.output


def test_html_map_of_the_whole_graph(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "karta.html"
    code, output = run_map(data_dir, "-o", str(out))
    assert code == 0, output
    assert "8 aktörer" in output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Källor (2 dokument)" in page


def test_png_and_svg_with_types_and_seed(data_dir: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "karta.png", tmp_path / "karta.svg"
    code, output = run_map(data_dir, "--format", "png", "--types", "PoliceUnit,Municipality", "-o", str(png))
    assert code == 0, output
    assert "2 aktörer, 1 relation" in output
    assert png.read_bytes().startswith(b"\x89PNG")
    code, output = run_map(data_dir, "--format", "svg", "--seed", "4", "--types", "Polis", "-o", str(svg))
    assert code == 0, output
    first = svg.read_bytes()
    assert b"Polis" in first
    run_map(data_dir, "--format", "svg", "--seed", "4", "--types", "Polis", "-o", str(svg))
    assert svg.read_bytes() == first


def test_document_and_entity_maps(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "doc.html"
    code, output = run_map(data_dir, "--document", "doc-b", "-o", str(out))
    assert code == 0, output
    assert "Samverkanskarta: Kommunen avsätter medel" in out.read_text(encoding="utf-8")
    code, output = run_map(data_dir, "--entity", "trygghetsfond", "--depth", "1", "-o", str(out))
    assert code == 0, output
    assert "2 aktörer, 1 relation" in output


def test_unknown_type_is_one_clear_line(data_dir: Path) -> None:
    code, output = run_map(data_dir, "--types", "Rymdskepp")
    assert code == 1
    assert "Okänd aktörstyp 'Rymdskepp'" in output and "Traceback" not in output
