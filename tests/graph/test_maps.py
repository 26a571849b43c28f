"""Maps: legend, colours and shapes, tooltips, escaping, layout, size limit, printed maps."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from graph.errors import SamverkanError
from graph.layout import MIN_GAP, SPACING, layout_positions
from graph.map_style import ENTITY_STYLES, RELATION_STYLES
from graph.maps import (
    MAX_MAP_NODES,
    SERVER_LAYOUT_ABOVE,
    MapTooLarge,
    check_size,
    map_data,
    render_map,
    sources_caption,
)
from graph.model import (
    ENTITY_LABELS_SV,
    RELATION_LABELS_SV,
    Document,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
)
from graph.static_maps import render_static_map
from graph.subgraph import select
from tests.graph.sample import doc_a, doc_b

IMG = "<img src=x onerror=window.__xss=1>"
SCRIPT = "</script><script>window.__xss=2</script>"
QUOTES = "\"'&<b>fet</b>"


@pytest.fixture
def sample(tmp_path: Path) -> Graph:
    """The two sample documents, merged by the embedded store as the API sees them."""
    store = EmbeddedStore(tmp_path / "data")
    store.upsert(Graph.batch([doc_a(), doc_b()]))
    return store.export()


def hostile_graph() -> Graph:
    """Names, aliases, evidence and a title that would run script if written into HTML as they are."""
    doc = Document(id="doc-x", title=f"Rubrik {QUOTES}", date=dt.date(2024, 2, 29))
    return Graph(
        documents=[doc],
        entities=[
            Entity(id="evil", type=EntityType.PERSON, name=IMG, aliases=[SCRIPT], documents=["doc-x"]),
            Entity(
                id="href",
                type=EntityType.ORGANISATION,
                name='<a href="javascript:alert(1)">x</a>',
                documents=["doc-x"],
            ),
        ],
        relations=[
            Relation(
                source="evil",
                target="href",
                type=RelationType.WORKS_FOR,
                evidence=[Evidence(document="doc-x", start=0, end=10, text=f"{SCRIPT} och {IMG} href")],
            )
        ],
    )


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.DOTALL)
    assert found, "the map's data block is missing"
    return json.loads(found.group(1))


def many(n: int) -> Graph:
    entities = [Entity(id=f"e{i:05d}", type=EntityType.GROUP, name=f"Grupp {i}") for i in range(n)]
    relations = [
        Relation(
            source=f"e{i:05d}",
            target=f"e{(i * 7 + 1) % n:05d}",
            type=RelationType.COLLABORATES_WITH,
            evidence=[Evidence(document="d", start=0, end=1, text="x")],
        )
        for i in range(n)
        if (i * 7 + 1) % n != i
    ]
    return Graph(documents=[Document(id="d", title="D")], entities=entities, relations=relations)


# -- colours, shapes, legend ------------------------------------------------------------


def test_every_type_has_its_own_look_and_a_swedish_label() -> None:
    assert set(ENTITY_STYLES) == set(EntityType)
    assert set(RELATION_STYLES) == set(RelationType)
    looks = {(s.colour, s.shape) for s in ENTITY_STYLES.values()}
    assert len(looks) == len(EntityType), "two actor types would look the same"
    assert all(ENTITY_STYLES[t].label == ENTITY_LABELS_SV[t] for t in EntityType)
    assert RELATION_STYLES[RelationType.COLLABORATES_WITH].directed is False
    assert all(RELATION_STYLES[t].directed for t in RelationType if t != RelationType.COLLABORATES_WITH)


def test_nodes_and_edges_carry_colour_shape_label_and_arrows(sample: Graph) -> None:
    data = map_data(sample)
    types = {e.id: e.type for e in sample.entities}
    assert len(data.nodes) == len(sample.entities)
    for node in data.nodes:
        style = ENTITY_STYLES[types[node["id"]]]
        assert node["color"]["background"] == style.colour
        assert node["shape"] == style.shape
        assert node["tip"]["type"] == style.label
    assert len(data.edges) == len(sample.relations)
    for edge in data.edges:
        style = RELATION_STYLES[RelationType(edge["rtype"])]
        assert edge["color"]["color"] == style.colour
        assert edge["label"] == RELATION_LABELS_SV[RelationType(edge["rtype"])]
        assert edge["arrows"] == ("to" if style.directed else "")


def test_node_size_grows_with_degree(sample: Graph) -> None:
    sizes = {n["id"]: n["size"] for n in map_data(sample).nodes}
    # 'town' takes part in four relations, 'townplace' in one.
    assert sizes["town"] > sizes["townplace"]


def test_legend_lists_the_types_on_the_map_with_counts(sample: Graph) -> None:
    page = render_map(sample)
    legend = page[page.index('id="filters"') : page.index("</form>")]
    present = {e.type for e in sample.entities}
    for type_ in EntityType:
        assert (f'value="{type_.value}"' in legend) == (type_ in present), type_
    assert ENTITY_LABELS_SV[EntityType.CRIMINAL_GROUP] in legend
    assert ENTITY_STYLES[EntityType.POLICE_UNIT].colour in legend
    assert RELATION_LABELS_SV[RelationType.COUNTERS] in legend
    assert RELATION_LABELS_SV[RelationType.MEMBER_OF] not in legend
    assert 'name="entity"' in legend and 'name="relation"' in legend  # the filter menus


def test_tooltips_hold_type_aliases_and_evidence_with_title_and_date(sample: Graph) -> None:
    data = map_data(sample)
    town = next(n for n in data.nodes if n["id"] == "town")
    assert "Exempelbys kommun" in town["tip"]["aliases"]
    assert "Kommunen avsätter medel (2024-05-02)" in town["tip"]["documents"]
    funds = next(e for e in data.edges if e["rtype"] == "FUNDS")
    assert funds["tip"]["evidence"] == [
        {
            "text": "Centerpartiet avsätter 5 mnkr till en trygghetsfond.",
            "document": "Kommunen avsätter medel (2024-05-02)",
        }
    ]
    assert funds["tip"]["relation"] == "finansierar"


def test_page_has_a_title_and_a_caption_naming_the_sources(sample: Graph) -> None:
    page = render_map(sample, "Karta över Exempelby")
    assert "<title>Karta över Exempelby</title>" in page
    assert "<h1>Karta över Exempelby</h1>" in page
    caption = sources_caption(sample)
    assert caption == (
        "Källor (2 dokument): Polisen ökar närvaron (2023-03-01); Kommunen avsätter medel (2024-05-02)"
    )
    assert caption in page


def test_parallel_relations_curve_apart(sample: Graph) -> None:
    # 'police' and 'town' collaborate; a second relation between them must not hide the first.
    extra = Relation(
        source="police",
        target="town",
        type=RelationType.FUNDS,
        evidence=[Evidence(document="doc-a", start=0, end=5, text="Polisen finansierar kommunen.")],
    )
    graph = sample.model_copy(update={"relations": [*sample.relations, extra]})
    pair = [e for e in map_data(graph).edges if {e["from"], e["to"]} == {"police", "town"}]
    assert len(pair) == 2
    curves = {json.dumps(e["smooth"], sort_keys=True) for e in pair}
    assert len(curves) == 2 and all(e["smooth"]["enabled"] for e in pair)


# -- escaping and self-containment -----------------------------------------------------


def test_everything_is_escaped_in_the_html() -> None:
    page = render_map(hostile_graph(), title=f"Karta {IMG}", subtitle=SCRIPT)
    for payload in (IMG, SCRIPT, "<b>fet</b>", 'href="javascript'):
        assert payload not in page
    assert "<title>Karta &lt;img src=x onerror=window.__xss=1&gt;</title>" in page
    assert "&lt;/script&gt;&lt;script&gt;" in page  # the subtitle, as text
    # The data round-trips exactly: the browser shows the names as they are, as text.
    data = page_data(page)
    names = {n["id"]: n["tip"]["name"] for n in data["nodes"]}
    assert names["evil"] == IMG
    assert data["nodes"][0]["tip"]["aliases"] == [SCRIPT]
    assert data["edges"][0]["tip"]["evidence"][0]["text"].startswith(SCRIPT)
    assert "Rubrik " + QUOTES in data["edges"][0]["tip"]["evidence"][0]["document"]


def test_no_tooltip_ever_reaches_the_page_as_html() -> None:
    """pyvis switches to an innerHTML popup once a tooltip holds 'href'; our page has no such path."""
    page = render_map(hostile_graph())
    assert 'class="popup"' not in page and "div.popup" not in page
    for node in page_data(page)["nodes"]:
        assert "title" not in node  # tooltips are built in the browser from `tip`, with textContent
    ours = page[page.rindex("<script>") :]  # the page's own script, after the inlined library
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "showPopup"):
        assert sink not in ours, sink
    assert "textContent" in ours


def test_the_page_is_self_contained() -> None:
    page = render_map(hostile_graph())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page
    assert "cdn.jsdelivr" not in page and "cdnjs.cloudflare" not in page
    assert "vis.Network" in page  # the library is inlined


# -- layout -----------------------------------------------------------------------------


def test_seeded_layout_is_repeatable_and_fixed(sample: Graph) -> None:
    first, again = render_map(sample, seed=7), render_map(sample, seed=7)
    assert first == again
    data = page_data(first)
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    other = page_data(render_map(sample, seed=8))
    assert [(n["x"], n["y"]) for n in other["nodes"]] != [(n["x"], n["y"]) for n in data["nodes"]]


def test_small_maps_use_physics_that_stops_and_large_ones_server_positions(sample: Graph) -> None:
    small = page_data(render_map(sample))
    assert small["physics"] is True
    assert small["options"]["physics"]["stabilization"]["enabled"] is True
    assert all("x" not in n for n in small["nodes"])
    large = map_data(many(SERVER_LAYOUT_ABOVE + 1))
    assert large.physics is False
    assert all("x" in n for n in large.nodes)


def test_layout_places_every_actor_apart() -> None:
    graph = many(120)
    positions = layout_positions(graph, seed=1)
    assert set(positions) == {e.id for e in graph.entities}
    points = list(positions.values())
    closest = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(points) for b in points[:i]
    )
    assert closest >= MIN_GAP * SPACING * 0.9
    assert layout_positions(graph, seed=1) == positions


def test_ego_view_marks_its_centre(sample: Graph) -> None:
    data = map_data(sample, center="town")
    centre = next(n for n in data.nodes if n["id"] == "town")
    assert data.center == "town" and centre["borderWidth"] == 4
    assert map_data(sample, center="no-such-actor").center is None


# -- size limit -------------------------------------------------------------------------


def test_too_large_a_map_is_refused_with_a_swedish_hint() -> None:
    graph = many(MAX_MAP_NODES + 1)
    with pytest.raises(MapTooLarge) as caught:
        check_size(graph)
    error = caught.value
    assert isinstance(error, SamverkanError) and error.status in (413, 422)
    assert str(MAX_MAP_NODES) in error.message
    for hint in ("typ", "dokument", "djup"):
        assert hint in error.message
    with pytest.raises(MapTooLarge):
        render_map(many(12), max_nodes=11)
    with pytest.raises(MapTooLarge):
        render_static_map(many(12), "png", max_nodes=11)
    check_size(many(MAX_MAP_NODES))  # the limit itself is allowed


# -- printed maps -----------------------------------------------------------------------


def test_png_is_written_with_content(sample: Graph, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    out.write_bytes(render_static_map(sample, "png", "Karta", seed=1))
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


def test_svg_has_the_legend_as_text_and_escapes_names(sample: Graph) -> None:
    svg = render_static_map(sample, "svg", "Karta över Exempelby", seed=1).decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "</svg>" in svg
    for text in ("Aktörer", "Relationer", "Karta över Exempelby", "Kriminell grupp", "motverkar", "Källor"):
        assert text in svg, text
    assert ENTITY_STYLES[EntityType.CRIMINAL_GROUP].colour in svg
    hostile = render_static_map(hostile_graph(), "svg").decode("utf-8")
    assert "<script" not in hostile and "<img" not in hostile
    assert "&lt;img src=x" in hostile


def test_printed_map_is_repeatable(sample: Graph) -> None:
    assert render_static_map(sample, "svg", seed=2) == render_static_map(sample, "svg", seed=2)


# -- choosing the part ------------------------------------------------------------------


def test_select_by_actor_and_relation_type(sample: Graph) -> None:
    police_and_towns = select(sample, [EntityType.POLICE_UNIT, EntityType.MUNICIPALITY])
    assert {e.id for e in police_and_towns.entities} == {"police", "town"}
    assert [r.type for r in police_and_towns.relations] == [RelationType.COLLABORATES_WITH]
    funding = select(sample, None, [RelationType.FUNDS])
    assert {e.id for e in funding.entities} == {"party", "fund"}
    assert [d.id for d in funding.documents] == ["doc-b"]
    kept = select(sample, [EntityType.PLACE], None, keep="police")
    assert "police" in {e.id for e in kept.entities}
