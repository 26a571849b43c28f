"""Health and counts."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import ReadAccess, SettingsDep, StoreDep
from api.errors import error_body
from graph.errors import SamverkanError
from graph.store import Stats

router = APIRouter(tags=["hälsa"])


class Health(BaseModel):
    status: str
    store: str


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"description": "Lagringen svarar inte (samma felformat som övriga fel)."}},
)
def health(store: StoreDep, settings: SettingsDep) -> Health | JSONResponse:
    """Om tjänsten och dess lagring svarar: 200 med lagringens namn, annars 503."""
    try:
        store.ping()
    except SamverkanError as exc:
        return JSONResponse(error_body(503, "store_unavailable", exc.message), status_code=503)
    return Health(status="ok", store=settings.store.value)


@router.get("/stats", response_model=Stats, dependencies=[ReadAccess])
def stats(store: StoreDep) -> Stats:
    """Antal dokument, aktörer och relationer, per typ."""
    return store.stats()
