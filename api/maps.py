"""The map use case, shared by `samverkan map` and GET /maps/...: choose the part, draw it.

A map is refused (graph.maps.MapTooLarge, 422) before anything is drawn when it would hold
more actors than stay usable; where the store's counts already tell, before the graph is
even read.

A map may show the network as it stood on a day, or over a period (graph.subgraph.Period):
dates come as ISO text (ÅÅÅÅ-MM-DD) from the command line and the query string alike.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.choices import MapFormat as MapFormat
from graph.errors import InvalidQuery
from graph.maps import MAX_MAP_NODES, MapTooLarge, render_map
from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, Entity, EntityType, Graph, RelationType
from graph.static_maps import DEFAULT_WIDTH_CM, Isolated, render_static_map
from graph.store import GraphStore
from graph.subgraph import Period, select
from graph.view import GraphView

MAX_EXTRA_DOCUMENTS = 50
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


MEDIA_TYPES = {
    MapFormat.HTML: "text/html; charset=utf-8",
    MapFormat.PNG: "image/png",
    MapFormat.SVG: "image/svg+xml",
    MapFormat.PDF: "application/pdf",
}


@dataclass(frozen=True)
class PictureOptions:
    """How a printed map is set: its width on the page, its title, and actors without relations."""

    width_cm: float = DEFAULT_WIDTH_CM
    title: str | None = None
    isolated: Isolated = Isolated.BLOCK


@dataclass
class MapView:
    """What a map shows and how it is titled."""

    graph: Graph
    title: str
    subtitle: str | None = None
    center: str | None = None


def graph_view(
    store: GraphStore,
    *,
    types: Collection[EntityType] | None = None,
    relation_types: Collection[RelationType] | None = None,
    document: str | None = None,
    period: Period | None = None,
    max_nodes: int = MAX_MAP_NODES,
) -> MapView:
    """The whole graph, or one document's part of it, narrowed to the types and the period asked for."""
    if document:
        doc = store.document(document)
        graph = store.document_graph(document)
        title = f"Samverkanskarta: {doc.title or doc.id}"
    else:
        # A period only removes actors, so the counts are an upper bound then; the drawing checks again.
        if not relation_types and period is None:
            counts = store.stats().entities_by_type
            actors = sum(n for t, n in counts.items() if not types or t in {x.value for x in types})
            if actors > max_nodes:
                raise MapTooLarge(actors, max_nodes)
        # The store selects the period itself (Neo4j in Cypher), so only that part is read.
        graph = store.export() if period is None else store.period_graph(period)
        title = "Samverkanskarta"
    if period is not None and document:
        graph = period.select(graph)
    if types or relation_types or period is None or document:
        # (A store's period graph holds only its relations' ends and sources: nothing to drop.)
        graph = select(graph, types, relation_types)
    return MapView(graph=graph, title=title, subtitle=_subtitle(period, _filters_text(types, relation_types)))


def entity_view(
    store: GraphStore,
    entity: Entity,
    depth: int = 1,
    *,
    types: Collection[EntityType] | None = None,
    relation_types: Collection[RelationType] | None = None,
    period: Period | None = None,
) -> MapView:
    """The actor and everything within `depth` steps of it (in the network of the period, if one is given)."""
    entity_types = list(types) if types else None
    wanted_relations = list(relation_types) if relation_types else None
    graph = store.neighbors(
        entity.id, depth=depth, entity_types=entity_types, relation_types=wanted_relations
    )
    if period is not None:
        graph = _around_in(period.select(graph), entity, depth, entity_types, wanted_relations)
    # The sources name the documents the actor itself is mentioned in, even where no relation is read.
    known = {d.id for d in graph.documents}
    extra = [store.document(d) for d in entity.documents[:MAX_EXTRA_DOCUMENTS] if d not in known]
    last_day = period.last_day if period else None
    extra = [d for d in extra if last_day is None or d.date is None or d.date <= last_day]
    if extra:
        graph = graph.model_copy(update={"documents": [*graph.documents, *extra]})
    steps = "1 steg" if depth == 1 else f"{depth} steg"
    subtitle = _subtitle(
        period, f"Aktörer inom {steps} från {entity.name}", _filters_text(types, relation_types)
    )
    return MapView(graph=graph, title=f"Samverkanskarta: {entity.name}", subtitle=subtitle, center=entity.id)


def _around_in(
    graph: Graph,
    entity: Entity,
    depth: int,
    types: list[EntityType] | None,
    relation_types: list[RelationType] | None,
) -> Graph:
    """The actor's surroundings walked again within what the period kept.

    The walk must be repeated: a relation of the period may hang on an actor that was
    reached only through a relation of another time, and would otherwise float free.
    """
    if all(e.id != entity.id for e in graph.entities):
        graph = graph.model_copy(update={"entities": [*graph.entities, entity]})
    return GraphView(graph).neighbors(entity.id, depth, types, relation_types)


def parse_date(value: str | None, label: str) -> dt.date | None:
    """A date written ÅÅÅÅ-MM-DD, or None for none; InvalidQuery naming `label` otherwise."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise InvalidQuery(
            f"Ogiltigt datum i {label}: '{shown}'. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-03-01."
        ) from None


def parse_period(
    as_of: str | None,
    start: str | None,
    end: str | None,
    labels: tuple[str, str, str] = ("as_of", "from", "to"),
    *,
    undated: bool = False,
) -> Period | None:
    """The period of a map from its three date texts; None when none is given.

    `undated` keeps the relations nothing dates, which a period otherwise leaves out."""
    day, first, last = (parse_date(v, label) for v, label in zip((as_of, start, end), labels, strict=True))
    if day is None and first is None and last is None:
        return None
    return Period(as_of=day, start=first, end=last, undated=undated)


def _subtitle(period: Period | None, *parts: str | None) -> str | None:
    found = [p for p in (*parts, period.describe() if period else None) if p]
    return "; ".join(found) or None


def draw(
    view: MapView,
    fmt: MapFormat = MapFormat.HTML,
    *,
    seed: int | None = None,
    max_nodes: int = MAX_MAP_NODES,
    picture: PictureOptions | None = None,
    downloads: Mapping[str, str] | None = None,
) -> bytes:
    """The map of a view as an HTML page, or as a PNG, SVG or PDF picture for a report."""
    if fmt is MapFormat.HTML:
        page = render_map(
            view.graph,
            view.title,
            center=view.center,
            seed=seed,
            subtitle=view.subtitle,
            max_nodes=max_nodes,
            downloads=downloads,
        )
        return page.encode("utf-8")
    picture = picture or PictureOptions()
    return render_static_map(
        view.graph,
        fmt.value,
        picture.title or view.title,
        center=view.center,
        seed=seed or 0,
        width_cm=picture.width_cm,
        isolated=picture.isolated,
        subtitle=view.subtitle,
        max_nodes=max_nodes,
    )


def error_page(message: str) -> str:
    """A small page that says why a map cannot be shown, for a browser or an iframe."""
    text = html.escape(message)
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kartan kan inte visas</title>'
        "</head><body><h1>Kartan kan inte visas</h1>"
        f"<p>{text}</p></body></html>"
    )


def _filters_text(
    types: Collection[EntityType] | None, relation_types: Collection[RelationType] | None
) -> str | None:
    parts = []
    if types:
        parts.append("aktörer: " + ", ".join(ENTITY_LABELS_SV[t] for t in types))
    if relation_types:
        parts.append("relationer: " + ", ".join(RELATION_LABELS_SV[t] for t in relation_types))
    return "Urval: " + "; ".join(parts) if parts else None


def parse_entity_types(values: Collection[str] | None) -> list[EntityType] | None:
    """Actor types from the command line: repeated or comma-separated, by name or Swedish label."""
    return _parse(values, EntityType, ENTITY_LABELS_SV, "aktörstyp") or None


def parse_relation_types(values: Collection[str] | None) -> list[RelationType] | None:
    """Relation types from the command line: repeated or comma-separated, by name or Swedish label."""
    return _parse(values, RelationType, RELATION_LABELS_SV, "relationstyp") or None


def _parse(
    values: Collection[str] | None, enum: type[StrEnum], labels: Mapping[Any, str], noun: str
) -> list[Any]:
    members: list[StrEnum] = list(enum)
    known = {m.value.casefold(): m for m in members} | {label.casefold(): m for m, label in labels.items()}
    found = []
    for value in values or []:
        for part in value.split(","):
            name = part.strip()
            if not name:
                continue
            if name.casefold() not in known:
                choices = ", ".join(m.value for m in members)
                raise InvalidQuery(f"Okänd {noun} '{name}'; välj bland {choices}")
            if known[name.casefold()] not in found:
                found.append(known[name.casefold()])
    return found
