"""Paths: how two actors are connected."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api import queries
from api.deps import StoreDep
from api.model_json import model_json
from api.params import ID_MAX_LENGTH, FilterDep, PageDep
from api.queries import PathView
from api.resolve import resolve_entity

router = APIRouter(tags=["vägar"])

MAX_PATH_LENGTH = 6


@router.get("/paths", response_model=list[PathView])
def list_paths(
    store: StoreDep,
    page: PageDep,
    flt: FilterDep,
    source: Annotated[
        str, Query(min_length=1, max_length=ID_MAX_LENGTH, description="Första aktören (id eller namn).")
    ],
    target: Annotated[
        str, Query(min_length=1, max_length=ID_MAX_LENGTH, description="Andra aktören (id eller namn).")
    ],
    max_length: Annotated[int, Query(ge=1, le=MAX_PATH_LENGTH, description="Högst så många steg.")] = 4,
) -> Response:
    """De kortaste vägarna mellan två aktörer (relationer läses åt båda hållen).

    Aktörerna anges med id eller namn ('polisen', 'huddinge kommun'); varje väg har aktörernas
    namn i ordning och vägen i ord. Ett okänt namn ger 404 med de närmaste namnen.
    Tom lista när de inte hänger ihop inom max_length steg."""
    first, second = resolve_entity(store, source), resolve_entity(store, target)
    found = queries.paths(store, first.id, second.id, max_length, flt, limit=page.limit, offset=page.offset)
    return model_json(found)
