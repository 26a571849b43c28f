"""Printed maps: the same view as the interactive map as a PNG or SVG, with its legend.

Positions come from the same seeded layout (graph.layout), colours, shapes and sizes from
the same styles (graph.map_style), so a figure in a report matches what the browser shows.
Drawn with matplotlib's object API (no pyplot state), so it is safe in a server thread.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from enum import StrEnum

import matplotlib
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from graph.layout import Positions, layout_positions
from graph.map_style import ENTITY_STYLES, RELATION_STYLES, node_size
from graph.maps import MAX_MAP_NODES, check_size, counts_text, degrees, drawable_relations, sources_caption
from graph.model import Graph, Relation

LABELS_UP_TO = 400  # actors whose names are printed; above it only the shapes
EDGE_LABELS_UP_TO = 80
ARROWS_UP_TO = 800  # relations drawn as arrows; above it as plain lines
FIGURE_WIDTH_IN = 16.0


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"


def render_static_map(
    graph: Graph,
    fmt: ImageFormat | str = ImageFormat.PNG,
    title: str = "Samverkanskarta",
    *,
    center: str | None = None,
    seed: int = 0,
    dpi: int = 150,
    max_nodes: int = MAX_MAP_NODES,
) -> bytes:
    """The map as PNG or SVG bytes, with title, legend and a caption naming the sources."""
    fmt = ImageFormat(fmt)
    check_size(graph, max_nodes)
    figure = draw_figure(graph, title, center=center, seed=seed)
    buffer = io.BytesIO()
    # Text stays text in the SVG (searchable, selectable); fixed ids and no date keep it repeatable.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "samverkan"}):
        metadata = {"Date": None} if fmt is ImageFormat.SVG else {"Software": "Samverkan"}
        figure.savefig(buffer, format=fmt.value, dpi=dpi, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def draw_figure(graph: Graph, title: str, *, center: str | None = None, seed: int = 0) -> Figure:
    positions = layout_positions(graph, seed=seed)
    relations = drawable_relations(graph)
    degree = degrees(Graph(entities=graph.entities, relations=relations))
    xs = [p[0] for p in positions.values()] or [0.0]
    ys = [p[1] for p in positions.values()] or [0.0]
    span_x = max(max(xs) - min(xs), 1.0) + 240
    span_y = max(max(ys) - min(ys), 1.0) + 160
    plot_width = FIGURE_WIDTH_IN * 0.78
    height = min(max(plot_width * span_y / span_x, 5.0), 22.0) + 1.6
    figure = Figure(figsize=(FIGURE_WIDTH_IN, height), layout=None)
    ax = figure.add_axes((0.01, 1.0 / height, 0.77, 1 - 1.9 / height))
    ax.set_axis_off()
    ax.set_xlim(min(xs) - 120, max(xs) + 120)
    ax.set_ylim(max(ys) + 80, min(ys) - 80)  # y grows downwards, as on the page
    ax.set_aspect("equal", adjustable="box")
    # Points per layout pixel, so shapes and labels keep the proportions of the HTML map.
    scale = min(plot_width * 72 / span_x, (height - 1.9) * 72 / span_y)
    sizes = {e.id: node_size(degree[e.id]) * 2 * scale for e in graph.entities}

    names = {e.id: e.name for e in graph.entities}
    if len(relations) <= ARROWS_UP_TO:
        _draw_arrows(ax, relations, positions, sizes, scale)
    else:
        _draw_lines(ax, relations, positions, scale)

    g = nx.Graph()
    g.add_nodes_from(positions)
    for type_, style in ENTITY_STYLES.items():
        members = sorted(e.id for e in graph.entities if e.type == type_)
        if not members:
            continue
        nx.draw_networkx_nodes(
            g,
            positions,
            nodelist=members,
            node_shape=style.marker,
            node_color=style.colour,
            node_size=[(sizes[m] * (1.35 if style.marker == "*" else 1.0)) ** 2 for m in members],
            edgecolors=["#1d2733" if m == center else style.colour for m in members],
            linewidths=[2.5 if m == center else 0.5 for m in members],
            ax=ax,
        ).set_zorder(3)
    if len(graph.entities) <= LABELS_UP_TO:
        font = max(3.5, min(9.0, 16 * scale))
        for ent_id, (x, y) in positions.items():
            label = textwrap.fill(names[ent_id], 22, max_lines=3, placeholder="…")
            ax.annotate(
                label,
                (x, y),
                xytext=(0, -(sizes[ent_id] / 2 + 2)),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=font,
                fontweight="bold" if ent_id == center else "normal",
                color="#1d2733",
                zorder=4,
            )

    _legend(figure, graph, relations)
    figure.text(0.01, 1 - 0.45 / height, title, fontsize=17, fontweight="bold", va="top")
    summary = f"{counts_text(len(graph.entities), len(relations))}. {sources_caption(graph)}"
    figure.text(0.01, 0.15 / height, textwrap.fill(summary, 190), fontsize=8, color="#5b6670", va="bottom")
    return figure


def _draw_arrows(
    ax: Axes, relations: list[Relation], positions: Positions, sizes: dict, scale: float
) -> None:
    """Each relation as an arrow that stops at the actors' shapes, with its label on small maps."""
    seen_pairs: Counter[frozenset[str]] = Counter()
    for rel in relations:
        style = RELATION_STYLES[rel.type]
        pair = frozenset((rel.source, rel.target))
        parallel = seen_pairs[pair]  # a second relation between the same two actors curves away
        seen_pairs[pair] += 1
        arrow = FancyArrowPatch(
            positions[rel.source],
            positions[rel.target],
            arrowstyle="-|>" if style.directed else "-",
            mutation_scale=max(4.0, 10 * scale),
            connectionstyle=f"arc3,rad={0.15 * parallel}",
            color=style.colour,
            linestyle=(0, (4, 3)) if style.dashed else "solid",
            linewidth=max(0.4, 1.6 * scale),
            shrinkA=sizes[rel.source] / 2,
            shrinkB=sizes[rel.target] / 2 + 1,
            zorder=1,
        )
        ax.add_patch(arrow)
        if len(relations) <= EDGE_LABELS_UP_TO and parallel == 0:
            (x1, y1), (x2, y2) = positions[rel.source], positions[rel.target]
            ax.text(
                (x1 + x2) / 2,
                (y1 + y2) / 2,
                style.label,
                fontsize=max(3.5, min(6.5, 12 * scale)),
                color="#3b4652",
                ha="center",
                va="center",
                zorder=2,
                bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
            )


def _draw_lines(ax: Axes, relations: list[Relation], positions: Positions, scale: float) -> None:
    """Many relations as one line collection per type: arrows would take minutes and not be seen."""
    for type_, style in RELATION_STYLES.items():
        segments = [(positions[r.source], positions[r.target]) for r in relations if r.type == type_]
        if segments:
            ax.add_collection(
                LineCollection(
                    segments,
                    colors=style.colour,
                    linewidths=max(0.3, 1.2 * scale),
                    linestyles="dashed" if style.dashed else "solid",
                    zorder=1,
                )
            )


def _legend(figure: Figure, graph: Graph, relations: list[Relation]) -> None:
    """One legend right of the map: a heading and a row per type present, actors then relations."""
    present = {e.type for e in graph.entities}
    used = {r.type for r in relations}
    handles: list[Line2D] = [_heading("Aktörer")]
    handles += [
        Line2D([], [], linestyle="none", marker=s.marker, markersize=9, color=s.colour, label=s.label)
        for t, s in ENTITY_STYLES.items()
        if t in present
    ]
    if used:
        handles += [_heading(" "), _heading("Relationer")]
        handles += [
            Line2D(
                [0, 1],
                [0, 0],
                color=s.colour,
                linewidth=2,
                linestyle="--" if s.dashed else "-",
                marker=">" if s.directed else "",
                markevery=[1],
                label=s.label + ("" if s.directed else " (ömsesidig)"),
            )
            for t, s in RELATION_STYLES.items()
            if t in used
        ]
    legend = figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.8, 1 - 1.0 / figure.get_figheight()),
        frameon=False,
    )
    for text, handle in zip(legend.get_texts(), handles, strict=True):
        if handle.get_gid() == "heading":
            text.set_fontweight("bold")


def _heading(label: str) -> Line2D:
    line = Line2D([], [], linestyle="none", label=label)
    line.set_gid("heading")
    return line
