"""Interactive maps of a graph (pyvis), self-contained and safe to embed in reports.

One HTML file with vis-network inlined: it works with no network and in an iframe. pyvis
collects the nodes and edges; the page is our own template (graph/templates/map.html),
rendered with autoescaping, because pyvis' template writes its heading and options into the
page unescaped, loads Bootstrap from a CDN, and switches to a popup that sets innerHTML as
soon as a tooltip contains 'href'. Here:

- every text a map shows (names, aliases, evidence, titles) reaches the page either
  HTML-escaped or inside JSON whose <, > and & are \\u-escaped, and the page's script builds
  tooltips and menus with textContent only;
- up to SERVER_LAYOUT_ABOVE actors the browser lays the map out with physics, which stops
  once stable; above it, or when a seed is given (for reports), positions are computed here
  (graph.layout) and physics is off;
- above GROUP_ABOVE actors communities are drawn as one node each, opened by a click, the
  hubs keep their names at any zoom and actors without relations are hidden until asked for
  (graph.communities);
- above MAX_MAP_NODES actors the map is refused with MapTooLarge (benchmarks/maps.py
  measured where a map stops being usable).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from graph.communities import (
    GROUP_ABOVE,
    MIN_GROUP,
    Community,
    find_communities,
    grouped_positions,
    hubs,
)
from graph.errors import SamverkanError
from graph.layout import layout_positions
from graph.map_style import ENTITY_STYLES, RELATION_STYLES, node_size
from graph.model import Document, Graph, Relation
from graph.timeline import undated_relations

# Measured with `python -m benchmarks.maps` (headless chromium, no GPU): drawn whole, one
# redraw (what every pan, zoom and hover costs) takes ~50 ms at 3,000 and ~700 ms at 5,000
# actors; drawn grouped (above GROUP_ABOVE actors, graph.communities) it takes ~6 ms at 5,000
# (`python -m benchmarks.maps --groups`), so maps up to 5,000 actors stay usable.
MAX_MAP_NODES = 5000
# Browser physics up to this many actors (still within ~3 s; 1,000 take ~10 s); above it the
# server lays the map out.
SERVER_LAYOUT_ABOVE = 300
# Edge labels are drawn up to this many relations; above it they are in the tooltips only.
EDGE_LABELS_UP_TO = 400
# Above this many actors names are drawn once zoomed in, the hubs' at any zoom.
ALL_NAMES_UP_TO = 200
HUB_FONT = {"color": "#10161d", "strokeWidth": 5, "strokeColor": "#ffffff"}
HUB_FONT_SIZE = 26
MAX_HUB_FONT = 160
FITTED_WIDTH_PX = 1100  # the map's frame on a laptop screen

MAX_LABEL = 60
MAX_EVIDENCE_SHOWN = 4
MAX_EVIDENCE_CHARS = 300
MAX_CAPTION_DOCUMENTS = 8

_TEMPLATES = Path(__file__).parent / "templates"
_PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"  # vis-network, inlined from here


class MapTooLarge(SamverkanError):
    """A map with more actors than stay usable; the user is told how to narrow it."""

    status = 422
    code = "map_too_large"

    def __init__(self, actors: int, limit: int) -> None:
        super().__init__(
            f"Kartan skulle visa {actors} aktörer, fler än de {limit} som går att läsa i en karta. "
            "Begränsa urvalet: välj aktörstyper eller relationstyper, ett dokument, "
            "eller en aktör och ett mindre djup."
        )
        self.actors = actors
        self.limit = limit


@dataclass
class MapData:
    """What the page's script draws: vis-network nodes, edges and options, plus tooltip texts."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    center: str | None = None
    physics: bool = True
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    groups: list[dict[str, Any]] = field(default_factory=list)
    hide_isolated: bool = False


def degrees(graph: Graph) -> Counter[str]:
    """Number of relations each actor takes part in."""
    found: Counter[str] = Counter()
    for rel in graph.relations:
        found[rel.source] += 1
        if rel.target != rel.source:
            found[rel.target] += 1
    return found


def counts_text(actors: int, relations: int) -> str:
    """'1 aktör, 3 relationer' in Swedish."""
    return (
        f"{actors} {'aktör' if actors == 1 else 'aktörer'}, "
        f"{relations} {'relation' if relations == 1 else 'relationer'}"
    )


def drawable_relations(graph: Graph) -> list[Relation]:
    """The relations whose two ends are actors of the graph."""
    ids = {e.id for e in graph.entities}
    return [r for r in graph.relations if r.source in ids and r.target in ids]


def document_label(doc: Document | None, fallback: str) -> str:
    if doc is None:
        return fallback
    title = doc.title or doc.id
    return f"{title} ({doc.date.isoformat()})" if doc.date else title


def sources_caption(graph: Graph) -> str:
    """The caption that names a map's source documents, oldest first."""
    docs = sorted(graph.documents, key=lambda d: (d.date is None, d.date or "", d.title, d.id))
    if not docs:
        return "Källor: inga dokument"
    named = "; ".join(document_label(d, d.id) for d in docs[:MAX_CAPTION_DOCUMENTS])
    rest = len(docs) - MAX_CAPTION_DOCUMENTS
    more = f" och {rest} till" if rest > 0 else ""
    return f"Källor ({len(docs)} dokument): {named}{more}"


def check_size(graph: Graph, max_nodes: int = MAX_MAP_NODES) -> None:
    """MapTooLarge if the graph has more actors than a map can show."""
    if len(graph.entities) > max_nodes:
        raise MapTooLarge(len(graph.entities), max_nodes)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _curves(relations: list[Relation]) -> list[dict[str, Any] | None]:
    """Relations between the same two actors curve apart so that neither hides the other."""
    seen: dict[frozenset[str], int] = defaultdict(int)
    totals = Counter(frozenset((r.source, r.target)) for r in relations)
    result: list[dict[str, Any] | None] = []
    for rel in relations:
        pair = frozenset((rel.source, rel.target))
        if totals[pair] == 1:
            result.append(None)
            continue
        i = seen[pair]
        seen[pair] += 1
        # Curve direction is taken relative to the pair's sorted order, so opposite edges separate too.
        clockwise = (i % 2 == 0) == (rel.source <= rel.target)
        result.append(
            {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": 0.15 + 0.1 * (i // 2),
            }
        )
    return result


def map_data(
    graph: Graph,
    *,
    center: str | None = None,
    seed: int | None = None,
    max_nodes: int = MAX_MAP_NODES,
    physics: bool | None = None,
    grouped: bool | None = None,
) -> MapData:
    """The nodes, edges and options of the map of `graph`; MapTooLarge above `max_nodes` actors.

    `physics` chooses the layout: True in the browser, False on the server; by default the
    browser's up to SERVER_LAYOUT_ABOVE actors without a seed, the server's otherwise.
    `grouped` draws communities as one node each; by default above GROUP_ABOVE actors.
    """
    check_size(graph, max_nodes)
    docs = {d.id: d for d in graph.documents}
    relations = drawable_relations(graph)
    degree = degrees(Graph(entities=graph.entities, relations=relations))
    if physics is None:
        physics = seed is None and len(graph.entities) <= SERVER_LAYOUT_ABOVE
    server_layout = not physics
    positions = layout_positions(graph, seed=seed or 0) if server_layout else {}
    big = len(graph.entities) > GROUP_ABOVE
    if grouped is None:
        grouped = big
    communities = find_communities(graph.entities, relations, seed=seed or 0) if grouped else []
    community_of = {m: c.id for c in communities for m in c.members if m != center}
    centres: dict[int, tuple[float, float]] = {}
    if communities and positions:
        centres, positions = grouped_positions(positions, communities, relations, seed=seed or 0)
    named = hubs(degree, communities) if len(graph.entities) > ALL_NAMES_UP_TO else set()
    hub_font = _hub_font(positions)
    net = Network(directed=True, cdn_resources="in_line")
    counts: dict[str, Counter[str]] = {"entities": Counter(), "relations": Counter(), "isolated": Counter()}
    for ent in sorted(graph.entities, key=lambda e: e.id):
        style = ENTITY_STYLES[ent.type]
        counts["entities"][ent.type.value] += 1
        extra: dict[str, Any] = {}
        if ent.id in positions:
            extra["x"], extra["y"] = positions[ent.id]
        if ent.id in community_of:
            extra["community"] = community_of[ent.id]
        if not degree[ent.id]:
            counts["isolated"]["actors"] += 1
        if ent.id in named:
            # A hub's name stays readable when zoomed out; the others appear on zooming in.
            extra["hub"] = True
            extra["font"] = {**HUB_FONT, "size": hub_font}
            extra["scaling"] = {"label": {"enabled": True, "drawThreshold": 2}}
        if ent.id == center:
            extra["borderWidth"] = 4
            extra["font"] = {"size": 18, "bold": True}
        net.add_node(
            ent.id,
            label=_shorten(ent.name, MAX_LABEL),
            shape=style.shape,
            color={
                "background": style.colour,
                "border": "#1d2733" if ent.id == center else style.colour,
                "highlight": {"background": style.colour, "border": "#1d2733"},
                "hover": {"background": style.colour, "border": "#1d2733"},
            },
            size=node_size(degree[ent.id]) + (6 if ent.id == center else 0),
            etype=ent.type.value,
            tip={
                "name": ent.name,
                "type": style.label,
                "aliases": ent.aliases[:20],
                "degree": degree[ent.id],
                "documents": [document_label(docs.get(d), d) for d in ent.documents if d in docs][:10],
                "documentCount": len(ent.documents),
            },
            **extra,
        )
    names = {e.id: e.name for e in graph.entities}
    undated = undated_relations(graph)
    counts["dating"] = Counter()
    for i, (rel, curve) in enumerate(zip(relations, _curves(relations), strict=True)):
        look = RELATION_STYLES[rel.type]
        counts["relations"][rel.type.value] += 1
        extra = {"smooth": curve} if curve else {}
        is_undated = rel.key in undated
        if is_undated:
            counts["dating"]["undated"] += 1
        if len(relations) <= EDGE_LABELS_UP_TO:
            extra["label"] = look.label
        inside = community_of.get(rel.source)
        if inside is not None and inside == community_of.get(rel.target):
            extra["community"] = inside  # drawn only once its group is opened
        net.add_edge(
            rel.source,
            rel.target,
            id=i,
            color={"color": look.colour, "highlight": look.colour, "hover": look.colour},
            arrows="to" if look.directed else "",
            # Undated relations are dotted, structural ones dashed (graph.map_style).
            dashes=[2, 5] if is_undated else look.dashed,
            rtype=rel.type.value,
            undated=is_undated,
            tip={
                "undated": is_undated,
                "source": names[rel.source],
                "relation": look.label,
                "target": names[rel.target],
                "confidence": round(rel.confidence, 2),
                "evidence": [
                    {
                        "text": _shorten(ev.text, MAX_EVIDENCE_CHARS),
                        "document": document_label(docs.get(ev.document), ev.document),
                    }
                    for ev in rel.evidence[:MAX_EVIDENCE_SHOWN]
                ],
                "more": max(0, len(rel.evidence) - MAX_EVIDENCE_SHOWN),
            },
            **extra,
        )
    return MapData(
        nodes=net.nodes,
        edges=net.edges,
        options=_options(len(net.nodes), len(net.edges), seed or 0, physics=not server_layout),
        center=center if center in names else None,
        physics=not server_layout,
        counts=counts,
        groups=[_group(c, graph, degree, centres.get(c.id)) for c in communities],
        hide_isolated=big,
    )


def _hub_font(positions: Mapping[str, tuple[float, float]]) -> int:
    """A hub's name size: readable (about 12 px) when the whole map is fitted to a screen."""
    if not positions:
        return HUB_FONT_SIZE
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    extent = max(max(xs) - min(xs), (max(ys) - min(ys)) * 1.4)
    return round(min(MAX_HUB_FONT, max(HUB_FONT_SIZE, 12 * extent / FITTED_WIDTH_PX)))


def _group(
    community: Community, graph: Graph, degree: Counter[str], centre: tuple[float, float] | None
) -> dict[str, Any]:
    """What the page needs to draw a community as one node: its hub's name and look, its make-up."""
    entities = {e.id: e for e in graph.entities}
    hub = entities[community.hub]
    kinds = Counter(ENTITY_STYLES[entities[m].type].label for m in community.members)
    return {
        "id": community.id,
        "name": _shorten(hub.name, MAX_LABEL),
        "hub": hub.id,
        "colour": ENTITY_STYLES[hub.type].colour,
        "size": len(community.members),
        "hubDegree": degree[hub.id],
        "kinds": [[label, n] for label, n in kinds.most_common(4)],
        **({"x": centre[0], "y": centre[1]} if centre else {}),
    }


def _options(nodes: int, edges: int, seed: int, *, physics: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": physics and nodes <= 150},
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 16, "color": "#1d2733", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": 170},
            # Small maps keep their labels when zoomed out; large ones drop them until zoomed in.
            "scaling": {"label": {"enabled": True, "drawThreshold": 3 if nodes <= 200 else 6}},
        },
        "edges": {
            "width": 1.6,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "font": {
                "size": 12,
                "color": "#3b4652",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
            "arrows": {"to": {"scaleFactor": 0.6}},
            # Straight lines where the server placed the actors; curves only part parallel relations.
            "smooth": {"enabled": physics, "type": "continuous", "roundness": 0.3},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": edges > 1000,
            "hideEdgesOnZoom": edges > 1000,
            "multiselect": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.01,
                "springLength": 130,
                "springConstant": 0.06,
                "avoidOverlap": 0.5,
            },
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25, "fit": True},
        },
    }


def _environment() -> Environment:
    return Environment(
        loader=ChoiceLoader([FileSystemLoader(_TEMPLATES), FileSystemLoader(_PYVIS_TEMPLATES)]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )


def legend(counts: dict[str, Counter[str]]) -> dict[str, Any]:
    """The legend's rows, in ontology order, for the types present in the map."""
    return {
        "entities": [
            {
                "type": t.value,
                "label": s.label,
                "colour": s.colour,
                "shape": s.shape,
                "count": counts["entities"][t.value],
            }
            for t, s in ENTITY_STYLES.items()
            if counts["entities"][t.value]
        ],
        "relations": [
            {
                "type": t.value,
                "label": s.label,
                "colour": s.colour,
                "directed": s.directed,
                "dashed": s.dashed,
                "count": counts["relations"][t.value],
            }
            for t, s in RELATION_STYLES.items()
            if counts["relations"][t.value]
        ],
        "undated": counts.get("dating", Counter())["undated"],
        "isolated": counts.get("isolated", Counter())["actors"],
    }


def _styles() -> dict[str, dict[str, dict[str, Any]]]:
    """Colours, shapes and labels by type, for actors the page adds after it is drawn."""
    return {
        "entities": {
            t.value: {"colour": s.colour, "shape": s.shape, "label": s.label}
            for t, s in ENTITY_STYLES.items()
        },
        "relations": {
            t.value: {"colour": s.colour, "label": s.label, "directed": s.directed, "dashed": s.dashed}
            for t, s in RELATION_STYLES.items()
        },
    }


def render_map(
    graph: Graph,
    title: str = "Samverkanskarta",
    *,
    center: str | None = None,
    seed: int | None = None,
    subtitle: str | None = None,
    max_nodes: int = MAX_MAP_NODES,
    physics: bool | None = None,
    downloads: Mapping[str, str] | None = None,
    grouped: bool | None = None,
) -> str:
    """A self-contained HTML page (JavaScript inlined) drawing the graph.

    `center` marks the actor an ego view is drawn around (the caller passes its
    neighbourhood); `seed` gives a repeatable server-side layout with physics off, for reports.
    `downloads` maps picture formats (png, svg, pdf) to the addresses that serve them; every
    page can save what it shows as a PNG by itself.
    """
    data = map_data(graph, center=center, seed=seed, max_nodes=max_nodes, physics=physics, grouped=grouped)
    summary = counts_text(len(data.nodes), len(data.edges))
    return (
        _environment()
        .get_template("map.html")
        .render(
            title=title,
            subtitle=subtitle,
            summary=summary,
            caption=sources_caption(graph),
            legend=legend(data.counts),
            downloads=dict(downloads or {}),
            data={
                "nodes": data.nodes,
                "edges": data.edges,
                "options": data.options,
                "center": data.center,
                "physics": data.physics,
                "styles": _styles(),
                "groups": data.groups,
                "groupsPlaced": all("x" in g for g in data.groups),
                "minGroup": MIN_GROUP,
                "hideIsolated": data.hide_isolated,
            },
        )
    )
