"""Maps as pages: one actor's surroundings, or the graph narrowed by type, document and time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import SettingsDep, StoreDep
from api.maps import (
    MEDIA_TYPES,
    MapFormat,
    MapView,
    PictureOptions,
    draw,
    entity_view,
    error_page,
    graph_view,
    parse_period,
)
from api.page_headers import map_headers, static_page_headers
from api.params import DATE_SCHEMA, parse_date
from api.settings import Settings
from graph.errors import SamverkanError
from graph.model import EntityType, RelationType
from graph.static_maps import DEFAULT_WIDTH_CM, MAX_WIDTH_CM, MIN_WIDTH_CM, Isolated
from graph.subgraph import Period

router = APIRouter(prefix="/maps", tags=["kartor"])

TypesQuery = Annotated[list[EntityType] | None, Query(description="Visa bara aktörer av dessa typer.")]
RelationTypesQuery = Annotated[
    list[RelationType] | None, Query(description="Visa bara relationer av dessa typer.")
]
SeedQuery = Annotated[
    int | None,
    Query(
        ge=0,
        le=2**31 - 1,
        description="Fast, upprepbar placering (för rapporter); utan: fysik i webbläsaren.",
    ),
]


def period_query(
    as_of: Annotated[
        str | None,
        Query(description="Nätverket som det såg ut denna dag (ÅÅÅÅ-MM-DD).", json_schema_extra=DATE_SCHEMA),
    ] = None,
    from_: Annotated[
        str | None,
        Query(
            alias="from",
            description="Relationer som gällde från denna dag (ÅÅÅÅ-MM-DD).",
            json_schema_extra=DATE_SCHEMA,
        ),
    ] = None,
    to: Annotated[
        str | None,
        Query(
            description="Relationer som gällde till och med denna dag (ÅÅÅÅ-MM-DD).",
            json_schema_extra=DATE_SCHEMA,
        ),
    ] = None,
    undated: Annotated[
        bool, Query(description="Ta med odaterade relationer (utan datum) i en karta per datum eller period.")
    ] = False,
) -> Period | None:
    """The period a map is narrowed to; an unreadable date is a 422 before any map is drawn."""
    for value, label in ((as_of, "as_of"), (from_, "from"), (to, "to")):
        parse_date(value, label)  # as strict as the schema: a date or nothing, never an empty text
    return parse_period(as_of, from_, to, undated=undated)


PeriodQuery = Annotated[Period | None, Depends(period_query)]


def picture_query(
    format: Annotated[
        MapFormat,
        Query(description="html (interaktiv sida), eller png, svg eller pdf: en bild för rapporter."),
    ] = MapFormat.HTML,
    width_cm: Annotated[
        float,
        Query(
            ge=MIN_WIDTH_CM,
            le=MAX_WIDTH_CM,
            description="Bildens bredd i cm (namn minst 7 pt vid den bredden).",
        ),
    ] = DEFAULT_WIDTH_CM,
    title: Annotated[str | None, Query(max_length=200, description="Bildens rubrik.")] = None,
    isolated: Annotated[
        Isolated,
        Query(description="Aktörer utan relationer: block (listas under kartan) eller omit (utelämnas)."),
    ] = Isolated.BLOCK,
) -> tuple[MapFormat, PictureOptions]:
    """The format asked for and, for a picture, its width, title and handling of lone actors."""
    return format, PictureOptions(width_cm=width_cm, title=title, isolated=isolated)


PictureQuery = Annotated[tuple[MapFormat, PictureOptions], Depends(picture_query)]


def _downloads(request: Request) -> dict[str, str]:
    """The addresses of this map as pictures: the same query with another format."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return {
        fmt.value: request.url.path + "?" + urlencode([*query, ("format", fmt.value)])
        for fmt in (MapFormat.PNG, MapFormat.SVG, MapFormat.PDF)
    }


def _page(
    request: Request,
    settings: Settings,
    build: Callable[[], MapView],
    seed: int | None,
    picture: tuple[MapFormat, PictureOptions] = (MapFormat.HTML, PictureOptions()),
) -> Response:
    """The map page or picture; a browser asking for a map that cannot be drawn gets the reason as a page."""
    fmt, options = picture
    if fmt is not MapFormat.HTML:
        data = draw(build(), fmt, seed=seed, picture=options)
        name = f"karta.{fmt.value}"
        return Response(
            data,
            media_type=MEDIA_TYPES[fmt],
            headers={
                "Content-Disposition": f'inline; filename="{name}"',
                "X-Content-Type-Options": "nosniff",
            },
        )
    try:
        page = draw(build(), seed=seed, downloads=_downloads(request)).decode("utf-8")
    except SamverkanError as exc:
        if "text/html" not in request.headers.get("accept", ""):
            raise
        return HTMLResponse(
            error_page(exc.message), status_code=exc.status, headers=static_page_headers(settings)
        )
    return HTMLResponse(page, headers=map_headers(settings, page))


_PICTURES = {200: {"content": {t: {} for t in ("image/png", "image/svg+xml", "application/pdf")}}}


@router.get("/entity/{entity_id}", response_class=HTMLResponse, responses=_PICTURES)
def entity_map(
    entity_id: str,
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    depth: Annotated[int, Query(ge=1, le=3, description="Antal steg från aktören.")] = 1,
    types: TypesQuery = None,
    relation_types: RelationTypesQuery = None,
    seed: SeedQuery = None,
    period: PeriodQuery = None,
    picture: PictureQuery = (MapFormat.HTML, PictureOptions()),
) -> Response:
    """An interactive map (one HTML page) of the actor and everything within `depth` steps.

    With `as_of` the network as it stood that day; with `from`/`to` the relations that held
    at some time in the period. With `format=png|svg|pdf` a picture for a report instead."""
    return _page(
        request,
        settings,
        lambda: entity_view(
            store, store.entity(entity_id), depth, types=types, relation_types=relation_types, period=period
        ),
        seed,
        picture,
    )


@router.get("/graph", response_class=HTMLResponse, responses=_PICTURES)
def graph_map(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    types: TypesQuery = None,
    relation_types: RelationTypesQuery = None,
    document: Annotated[
        str | None, Query(max_length=200, description="Bara det detta dokument säger.")
    ] = None,
    seed: SeedQuery = None,
    period: PeriodQuery = None,
    picture: PictureQuery = (MapFormat.HTML, PictureOptions()),
) -> Response:
    """An interactive map of the graph, narrowed by actor type, relation type, document and time.

    With `as_of` the network as it stood that day; with `from`/`to` the relations that held
    at some time in the period. With `format=png|svg|pdf` a picture for a report instead."""
    return _page(
        request,
        settings,
        lambda: graph_view(
            store, types=types, relation_types=relation_types, document=document, period=period
        ),
        seed,
        picture,
    )
