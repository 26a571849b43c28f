"""Printed maps: the view of the interactive map as PNG, SVG or PDF, sized for a report.

Everything is measured in points on the page, for a given width (16 cm by default, the
text width of an A4 page): names are set at NAME_PT (7 pt) or more and every other text at
no less, so the picture reads when placed in a document at that width. Names never overlap
each other or a shape (graph.label_placement); where not all fit, the most connected actors
keep theirs and a note under the map says so. Actors without relations are gathered in a
compact list under the map, or left out with a note. Relations known only from undated
documents are drawn dotted and marked "odaterad" in the legend.

Positions come from the same seeded layout (graph.layout), colours and shapes from the same
styles (graph.map_style), so a figure matches what the browser shows. Drawn with matplotlib's
object API (no pyplot state), so it is safe in a server thread.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

import matplotlib
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch

from graph.label_placement import Occupied, place_labels, text_box_size, text_width
from graph.layout import layout_positions
from graph.map_style import ENTITY_STYLES, RELATION_STYLES
from graph.maps import MAX_MAP_NODES, check_size, counts_text, degrees, drawable_relations, sources_caption
from graph.model import Graph, Relation
from graph.timeline import undated_relations

DEFAULT_WIDTH_CM = 16.0
MIN_WIDTH_CM, MAX_WIDTH_CM = 8.0, 60.0
NAME_PT = 7.0  # names of actors, relation labels, legend and caption: the smallest text
TITLE_PT = 11.0
SUBTITLE_PT = 7.5
EDGE_LABELS_UP_TO = 80
ARROWS_UP_TO = 800  # relations drawn as arrows; above it as plain lines
NAMES_TRIED = 1500  # names tried for a place, most connected first
MAX_ISOLATED_LISTED = 80
MARGIN = 6.0
INK, MUTED = "#1d2733", "#5b6670"
UNDATED_STYLE = (0, (1.2, 1.8))


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class Isolated(StrEnum):
    """What a printed map does with actors that have no relation in it."""

    BLOCK = "block"  # listed compactly under the map
    OMIT = "omit"  # left out, with a note


@dataclass(frozen=True)
class PictureInfo:
    """What a picture holds, for the caption and for tests: how many names it could print."""

    actors: int
    named: int
    isolated: int
    smallest_font_pt: float


def width_points(width_cm: float) -> float:
    if not MIN_WIDTH_CM <= width_cm <= MAX_WIDTH_CM:
        from graph.errors import InvalidQuery

        raise InvalidQuery(f"Bredden ska vara mellan {MIN_WIDTH_CM:g} och {MAX_WIDTH_CM:g} cm")
    return width_cm / 2.54 * 72


def render_static_map(
    graph: Graph,
    fmt: ImageFormat | str = ImageFormat.PNG,
    title: str = "Samverkanskarta",
    *,
    center: str | None = None,
    seed: int = 0,
    width_cm: float = DEFAULT_WIDTH_CM,
    isolated: Isolated | str = Isolated.BLOCK,
    subtitle: str | None = None,
    dpi: int = 300,
    max_nodes: int = MAX_MAP_NODES,
) -> bytes:
    """The map as PNG, SVG or PDF bytes at `width_cm`, with title, legend and sources."""
    fmt = ImageFormat(fmt)
    check_size(graph, max_nodes)
    figure, _ = draw_figure(
        graph,
        title,
        center=center,
        seed=seed,
        width_cm=width_cm,
        isolated=Isolated(isolated),
        subtitle=subtitle,
    )
    buffer = io.BytesIO()
    # Text stays text in SVG and PDF (searchable, selectable); fixed ids and no date keep it repeatable.
    rc = {"svg.fonttype": "none", "svg.hashsalt": "samverkan", "pdf.fonttype": 42}
    with matplotlib.rc_context(rc):
        metadata = {"Date": None} if fmt is ImageFormat.SVG else {"Software": "Samverkan"}
        if fmt is ImageFormat.PDF:
            metadata = {"Creator": "Samverkan", "Title": title}
        figure.savefig(buffer, format=fmt.value, dpi=dpi, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _plain(text: str) -> str:
    """Text as matplotlib should print it: a dollar sign is a dollar sign, not mathematics."""
    return text.replace("$", r"\$")


def wrap_points(text: str, width: float, size: float) -> list[str]:
    """Lines of `text` no wider than `width` points at `size` points."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and text_width(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def diameter(degree: int, is_center: bool = False) -> float:
    """An actor's shape in points: grows with the square root of its relations, capped."""
    return min(15.0, 5.0 + 1.8 * math.sqrt(max(degree, 0))) + (3.0 if is_center else 0.0)


def draw_figure(
    graph: Graph,
    title: str,
    *,
    center: str | None = None,
    seed: int = 0,
    width_cm: float = DEFAULT_WIDTH_CM,
    isolated: Isolated = Isolated.BLOCK,
    subtitle: str | None = None,
) -> tuple[Figure, PictureInfo]:
    width = width_points(width_cm)
    relations = drawable_relations(graph)
    degree = degrees(Graph(entities=graph.entities, relations=relations))
    names = {e.id: e.name for e in graph.entities}
    lonely = sorted((e for e in graph.entities if degree[e.id] == 0 and e.id != center), key=lambda e: e.name)
    lonely_ids = {e.id for e in lonely}
    drawn = Graph(entities=[e for e in graph.entities if e.id not in lonely_ids], relations=relations)
    undated = undated_relations(graph)

    # Heights of the parts, top to bottom, in points.
    inner = width - 2 * MARGIN
    subtitle_lines = wrap_points(_plain(subtitle), inner, SUBTITLE_PT) if subtitle else []
    head = MARGIN + TITLE_PT * 1.3 + len(subtitle_lines) * SUBTITLE_PT * 1.3 + 4
    points, map_height = _map_points(drawn, seed, inner, degree, center)
    stars = {e.id for e in drawn.entities if ENTITY_STYLES[e.type].marker == "*"}
    radius = {i: diameter(degree[i], i == center) / 2 * (1.35 if i in stars else 1.0) for i in points}
    legend_rows = _legend_rows(graph, relations, undated, inner)
    lonely_lines: list[str] = []
    if lonely and isolated is Isolated.BLOCK:
        listed = ", ".join(e.name for e in lonely[:MAX_ISOLATED_LISTED])
        more = f" och {len(lonely) - MAX_ISOLATED_LISTED} till" if len(lonely) > MAX_ISOLATED_LISTED else ""
        lonely_lines = wrap_points(
            _plain(f"Utan relationer i kartan ({len(lonely)}): {listed}{more}."), inner, NAME_PT
        )

    # The names first, to know what the note must say.
    order = sorted(points, key=lambda i: (i != center, -degree[i], names[i]))[:NAMES_TRIED]
    taken = Occupied()
    labels = place_labels(
        order,
        {i: _plain(names[i]) for i in points},
        points,
        radius,
        (0.0, 0.0, inner, map_height),
        NAME_PT,
        bold=frozenset({center} if center else ()),
        taken=taken,
    )
    notes = [counts_text(len(graph.entities), len(relations)) + "."]
    if len(labels) < len(points):
        notes.append(
            f"Namn visas för {len(labels)} av {len(points)} aktörer, de mest anslutna först; "
            "alla namn finns i den interaktiva kartan."
        )
    if lonely and isolated is Isolated.OMIT:
        notes.append(f"{len(lonely)} aktörer utan relationer är utelämnade.")
    caption_lines = wrap_points(_plain(" ".join(notes) + " " + sources_caption(graph)), inner, NAME_PT)

    line = NAME_PT * 1.3
    map_top = head
    lonely_top = map_top + map_height + (4 if lonely_lines else 0)
    legend_top = lonely_top + len(lonely_lines) * line + 6
    caption_top = legend_top + len(legend_rows) * (line + 1) + 4
    height = caption_top + len(caption_lines) * line + MARGIN

    figure = Figure(figsize=(width / 72, height / 72), layout=None)
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.text(MARGIN, MARGIN, _plain(title), fontsize=TITLE_PT, fontweight="bold", va="top", color=INK)
    for k, text in enumerate(subtitle_lines):
        ax.text(
            MARGIN,
            MARGIN + TITLE_PT * 1.3 + k * SUBTITLE_PT * 1.3,
            text,
            fontsize=SUBTITLE_PT,
            va="top",
            color=MUTED,
        )

    page = {i: (MARGIN + x, map_top + y) for i, (x, y) in points.items()}
    if len(relations) <= ARROWS_UP_TO:
        _draw_arrows(ax, relations, page, radius, undated)
        if len(relations) <= EDGE_LABELS_UP_TO:
            _draw_edge_labels(ax, relations, points, taken, (MARGIN, map_top))
    else:
        _draw_lines(ax, relations, page, undated)
    _draw_nodes(ax, drawn, page, radius, center)
    for label in labels:
        ax.text(
            MARGIN + label.x,
            map_top + label.y,
            label.text,
            fontsize=NAME_PT,
            ha=label.ha,
            va=label.va,
            linespacing=1.0,
            fontweight="bold" if label.id == center else "normal",
            color=INK,
            zorder=4,
        )
    for k, text in enumerate(lonely_lines):
        ax.text(MARGIN, lonely_top + k * line, text, fontsize=NAME_PT, va="top", color=INK)
    _draw_legend(ax, legend_rows, legend_top, line + 1)
    for k, text in enumerate(caption_lines):
        ax.text(MARGIN, caption_top + k * line, text, fontsize=NAME_PT, va="top", color=MUTED)
    info = PictureInfo(len(graph.entities), len(labels), len(lonely), NAME_PT)
    return figure, info


def _map_points(
    graph: Graph, seed: int, inner: float, degree: Counter[str], center: str | None
) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions in points within a map `inner` wide, and the map's height."""
    if not graph.entities:
        return {}, 0.0
    positions = layout_positions(graph, seed=seed)
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    if max(xs) - min(xs) > 1.2 * (max(ys) - min(ys)):
        # The layout is made for screens, wider than high; a page is higher than wide.
        positions = {i: (y, -x) for i, (x, y) in positions.items()}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0)
    pad_x, pad_y = 40.0, 14.0  # room for a name beside or under the outermost shapes
    # At most 1 pt per layout pixel (neighbours ~4 cm apart), and no taller than 1.3 widths.
    scale = min(1.0, (inner - 2 * pad_x) / span_x, (inner * 1.3 - 2 * pad_y) / span_y)
    x0, y0 = min(xs), min(ys)
    used_width = span_x * scale
    shift = (inner - used_width) / 2
    points = {i: (shift + (x - x0) * scale, pad_y + (y - y0) * scale) for i, (x, y) in positions.items()}
    return points, span_y * scale + 2 * pad_y


def _draw_nodes(
    ax: Axes, graph: Graph, page: dict[str, tuple[float, float]], radius: dict[str, float], center: str | None
) -> None:
    for type_, style in ENTITY_STYLES.items():
        members = sorted(e.id for e in graph.entities if e.type == type_)
        if not members:
            continue
        ax.scatter(
            [page[m][0] for m in members],
            [page[m][1] for m in members],
            s=[(2 * radius[m]) ** 2 for m in members],
            marker=style.marker,
            c=style.colour,
            edgecolors=[INK if m == center else style.colour for m in members],
            linewidths=[1.5 if m == center else 0.4 for m in members],
            zorder=3,
        )


def _draw_arrows(
    ax: Axes,
    relations: list[Relation],
    page: dict[str, tuple[float, float]],
    radius: dict[str, float],
    undated: set[tuple[str, str, str]],
) -> None:
    """Each relation as an arrow that stops at the actors' shapes."""
    seen_pairs: Counter[frozenset[str]] = Counter()
    for rel in relations:
        style = RELATION_STYLES[rel.type]
        pair = frozenset((rel.source, rel.target))
        parallel = seen_pairs[pair]  # a second relation between the same two actors curves away
        seen_pairs[pair] += 1
        dash = UNDATED_STYLE if rel.key in undated else ((0, (4, 2.5)) if style.dashed else "solid")
        ax.add_patch(
            FancyArrowPatch(
                page[rel.source],
                page[rel.target],
                arrowstyle="-|>" if style.directed else "-",
                mutation_scale=6,
                connectionstyle=f"arc3,rad={0.15 * parallel}",
                color=style.colour,
                linestyle=dash,
                linewidth=0.8,
                shrinkA=radius[rel.source],
                shrinkB=radius[rel.target] + 0.5,
                zorder=1,
            )
        )


def _draw_edge_labels(
    ax: Axes,
    relations: list[Relation],
    points: dict[str, tuple[float, float]],
    taken: Occupied,
    offset: tuple[float, float],
) -> None:
    """A relation's label at its middle, where it overlaps no name, shape or other label."""
    seen: set[frozenset[str]] = set()
    for rel in relations:
        pair = frozenset((rel.source, rel.target))
        if pair in seen:
            continue
        seen.add(pair)
        text = RELATION_STYLES[rel.type].label
        (x1, y1), (x2, y2) = points[rel.source], points[rel.target]
        x, y = (x1 + x2) / 2, (y1 + y2) / 2
        w, h = text_box_size(text, NAME_PT)
        box = (x - w / 2 - 1, y - h / 2, x + w / 2 + 1, y + h / 2)
        if not taken.free(box):
            continue
        taken.add(box)
        ax.text(
            offset[0] + x,
            offset[1] + y,
            text,
            fontsize=NAME_PT,
            fontstyle="italic",
            color="#3b4652",
            ha="center",
            va="center",
            zorder=2,
            bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
        )


def _draw_lines(
    ax: Axes,
    relations: list[Relation],
    page: dict[str, tuple[float, float]],
    undated: set[tuple[str, str, str]],
) -> None:
    """Many relations as one line collection per type: arrows would take minutes and not be seen."""
    for type_, style in RELATION_STYLES.items():
        for is_undated in (False, True):
            segments = [
                (page[r.source], page[r.target])
                for r in relations
                if r.type == type_ and (r.key in undated) == is_undated
            ]
            if segments:
                ax.add_collection(
                    LineCollection(
                        segments,
                        colors=style.colour,
                        linewidths=0.5,
                        linestyles=[UNDATED_STYLE if is_undated else ("dashed" if style.dashed else "solid")],
                        zorder=1,
                    )
                )


# A legend row: (kind, label, colour, marker or line style); kind is "head", "actor" or "relation".
LegendItem = tuple[str, str, str, object]


def _legend_rows(
    graph: Graph, relations: list[Relation], undated: set[tuple[str, str, str]], inner: float
) -> list[list[tuple[LegendItem, float]]]:
    """The legend as rows of items with their x positions: actors, then relations, flowing."""
    present = {e.type for e in graph.entities}
    used = {r.type for r in relations}
    actors: list[LegendItem] = [("head", "Aktörer:", INK, None)] + [
        ("actor", s.label, s.colour, s.marker) for t, s in ENTITY_STYLES.items() if t in present
    ]
    links: list[LegendItem] = [("head", "Relationer:", INK, None)] + [
        (
            "relation",
            s.label + ("" if s.directed else " (ömsesidig)"),
            s.colour,
            (0, (4, 2.5)) if s.dashed else "solid",
        )
        for t, s in RELATION_STYLES.items()
        if t in used
    ]
    if any(r.key in undated for r in relations):
        links.append(("relation", "odaterad (prickad)", MUTED, UNDATED_STYLE))
    rows: list[list[tuple[LegendItem, float]]] = []
    for group in (actors, links if used else []):
        row: list[tuple[LegendItem, float]] = []
        x = 0.0
        for item in group:
            kind, label = item[0], item[1]
            swatch = 0.0 if kind == "head" else (9.0 if kind == "actor" else 14.0)
            width = swatch + text_width(label, NAME_PT, kind == "head") + 8
            if row and x + width > inner:
                rows.append(row)
                row, x = [], 0.0
            row.append((item, x))
            x += width
        if row:
            rows.append(row)
    return rows


def _draw_legend(ax: Axes, rows: list[list[tuple[LegendItem, float]]], top: float, line: float) -> None:
    for k, row in enumerate(rows):
        y = top + k * line + line / 2
        for (kind, label, colour, look), x0 in row:
            x = MARGIN + x0
            if kind == "head":
                ax.text(x, y, label, fontsize=NAME_PT, fontweight="bold", va="center", color=INK)
                continue
            if kind == "actor":
                ax.scatter([x + 3.5], [y], s=36 if look != "*" else 60, marker=look, c=colour, linewidths=0)
                x += 9
            else:
                ax.plot([x, x + 11], [y, y], color=colour, linewidth=1.2, linestyle=look)
                x += 14
            ax.text(x, y, _plain(label), fontsize=NAME_PT, va="center", color=INK)
