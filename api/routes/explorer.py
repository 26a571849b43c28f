"""The explorer: a page at / to search for an actor, see its map and sources, and correct them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from api.deps import ReadAccess, SettingsDep, StoreDep
from api.document_page import render_document_page
from api.explorer_data import actor_relations, review_graph
from api.overview import Overview, overview
from api.page_headers import static_page_headers
from api.routes.maps import PeriodQuery
from graph.errors import NotFound
from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, Graph

router = APIRouter(tags=["utforskare"])

STATIC = Path(__file__).resolve().parent.parent / "static"
_ASSETS = {
    "explorer.js": "text/javascript; charset=utf-8",
    "explorer.css": "text/css; charset=utf-8",
}


@router.get("/", include_in_schema=False)
def explorer(request: Request, settings: SettingsDep) -> HTMLResponse:
    """The explorer page, searching with GET /search where the API has it, else GET /entities?q=."""
    page = (STATIC / "explorer.html").read_text(encoding="utf-8")
    paths = {getattr(route, "path", None) for route in request.app.routes}
    if "/search" in paths:
        page = page.replace('data-search="/entities"', 'data-search="/search"', 1)
    return HTMLResponse(page, headers=static_page_headers(settings))


@router.get("/explorer/labels.json", include_in_schema=False)
def labels() -> dict[str, dict[str, str]]:
    """The Swedish names of the actor and relation types, as the maps use them."""
    return {
        "entities": {t.value: label for t, label in ENTITY_LABELS_SV.items()},
        "relations": {t.value: label for t, label in RELATION_LABELS_SV.items()},
    }


@router.get(
    "/explorer/actor/{entity_id}/relations",
    include_in_schema=False,
    response_model=Graph,
    dependencies=[ReadAccess],
)
def relations_of(entity_id: str, store: StoreDep, period: PeriodQuery = None) -> Graph:
    """The actor's relations one step out, as its map draws them (as_of, from, to as for maps)."""
    return actor_relations(store, entity_id, period)


@router.get(
    "/explorer/overview.json", include_in_schema=False, response_model=Overview, dependencies=[ReadAccess]
)
def front_page(store: StoreDep) -> Overview:
    """The front page: counts by type, the most connected actors, newest documents, review queue."""
    return overview(store)


@router.get(
    "/explorer/document/{document_id}",
    include_in_schema=False,
    response_class=HTMLResponse,
    dependencies=[ReadAccess],
)
def document_page(
    document_id: str,
    store: StoreDep,
    settings: SettingsDep,
    mark: Annotated[str | None, Query(max_length=5000)] = None,
) -> HTMLResponse:
    """A document's text with its evidence sentences marked (`mark` the one to scroll to), and its address."""
    page = render_document_page(store, document_id, mark, settings.redact_personal_data)
    return HTMLResponse(page, headers=static_page_headers(settings))


@router.get("/explorer/review.json", include_in_schema=False, response_model=Graph, dependencies=[ReadAccess])
def review(store: StoreDep, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> Graph:
    """The review queue with the actors' names and the sources, in the queue's order."""
    return review_graph(store, limit)


@router.get("/explorer/{name}", include_in_schema=False)
def explorer_asset(name: str, settings: SettingsDep) -> FileResponse:
    """The explorer's script and style sheet; nothing else is served from here."""
    if name not in _ASSETS:
        raise NotFound(f"Ingen fil '{name}' i utforskaren")
    return FileResponse(STATIC / name, media_type=_ASSETS[name], headers=static_page_headers(settings))
