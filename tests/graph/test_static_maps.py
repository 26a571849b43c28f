"""Pictures for reports: sizes in points at a page width, names that never overlap, notes that tell."""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import combinations
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from api.ingest import extract_paths
from benchmarks.maps import synthetic_graph
from graph.label_placement import overlaps
from graph.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelationType
from graph.static_maps import NAME_PT, Isolated, draw_figure, render_static_map
from loaders.reading.read import expand_paths

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "pictures"
CM = 72 / 2.54


@pytest.fixture(scope="module")
def demo(corpus_dir: Path) -> Graph:
    graph, failures = extract_paths(expand_paths([corpus_dir]), redact=True)
    assert not failures
    return graph


def svg_fonts(svg: str) -> tuple[float, list[float]]:
    """The picture's width in points and the size of every text in it, in points."""
    width = float(re.search(r'<svg[^>]* width="([\d.]+)pt"', svg).group(1))  # type: ignore[union-attr]
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)px", svg)]
    return width, sizes


@pytest.mark.parametrize("width_cm", [16.0, 12.0])
def test_smallest_font_is_at_least_7_pt_at_the_page_width(demo: Graph, width_cm: float) -> None:
    svg = render_static_map(demo, "svg", "Huddinge", seed=1, width_cm=width_cm).decode("utf-8")
    width, sizes = svg_fonts(svg)
    assert width == pytest.approx(width_cm * CM, abs=0.5)
    assert sizes and min(sizes) >= 7.0, sorted(set(sizes))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"demo-{width_cm:g}cm.svg").write_text(svg, encoding="utf-8")
    if width_cm == 16.0:
        (ARTIFACTS / "demo-16cm.png").write_bytes(render_static_map(demo, "png", "Huddinge", seed=1))


def test_names_never_overlap_each_other(demo: Graph) -> None:
    figure, info = draw_figure(demo, "Huddinge", seed=1)
    renderer = FigureCanvasAgg(figure).get_renderer()
    ax = figure.axes[0]
    names = [t for t in ax.texts if t.get_zorder() == 4]
    assert len(names) == info.named and info.named >= 30
    shown = {t.get_text().replace("\n", " ") for t in names}
    for hub in ("Polisen", "Huddinge kommun", "Lokalpolisområde Huddinge"):
        assert hub in shown, hub
    boxes = [t.get_window_extent(renderer) for t in names]
    for a, b in combinations(boxes, 2):
        assert not overlaps((a.x0, a.y0, a.x1, a.y1), (b.x0 + 0.5, b.y0 + 0.5, b.x1 - 0.5, b.y1 - 0.5))
    assert all(t.get_fontsize() >= NAME_PT for t in ax.texts)


def test_actors_without_relations_in_a_block_or_left_out(demo: Graph) -> None:
    _, info = draw_figure(demo, "Huddinge", seed=1)
    assert info.isolated > 0
    block = render_static_map(demo, "svg", seed=1).decode("utf-8")
    assert f"Utan relationer i kartan ({info.isolated})" in block
    omitted = render_static_map(demo, "svg", seed=1, isolated=Isolated.OMIT).decode("utf-8")
    assert "Utan relationer i kartan" not in omitted
    # The note may be wrapped over lines of the caption: read the words of every text line.
    words = " ".join(" ".join(re.findall(r">([^<>]*)</text>", omitted)).split())
    assert f"{info.isolated} aktörer utan relationer är utelämnade" in words


def test_a_big_map_names_its_hubs_and_says_so() -> None:
    graph = synthetic_graph(600, seed=3)
    _, info = draw_figure(graph, "Stor karta")
    assert 0 < info.named < info.actors - info.isolated
    svg = render_static_map(graph, "svg").decode("utf-8")
    assert f"Namn visas för {info.named} av" in svg and "de mest anslutna först" in svg


def test_undated_relations_are_dotted_and_named_in_the_legend() -> None:
    docs = [Document(id="d1", title="Odaterat"), Document(id="d2", title="Daterat", date="2021-03-01")]
    ents = [Entity(id=x, type=EntityType.MUNICIPALITY, name=x.upper(), documents=["d1"]) for x in "abc"]

    def rel(a: str, b: str, doc: str) -> Relation:
        ev = Evidence(document=doc, start=0, end=4, text=f"{a} och {b} samverkar.")
        return Relation(source=a, target=b, type=RelationType.COLLABORATES_WITH, evidence=[ev])

    graph = Graph(documents=docs, entities=ents, relations=[rel("a", "b", "d1"), rel("b", "c", "d2")])
    svg = render_static_map(graph, "svg").decode("utf-8")
    assert "odaterad (prickad)" in svg
    dated = graph.model_copy(update={"relations": [rel("b", "c", "d2")]})
    assert "odaterad" not in render_static_map(dated, "svg").decode("utf-8")


def test_pdf_keeps_its_text_and_embeds_its_fonts(demo: Graph, tmp_path: Path) -> None:
    pdf = render_static_map(demo, "pdf", "Lägesbild Huddinge", seed=1)
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    path = tmp_path / "karta.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lägesbild Huddinge" in text and "Aktörer:" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and " no " not in fonts.split("\n", 2)[2]
