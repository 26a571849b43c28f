"""Health and counts."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import SettingsDep, StoreDep
from graph.errors import SamverkanError
from graph.store import Stats

router = APIRouter(tags=["hälsa"])


class Health(BaseModel):
    status: str
    store: str
    message: str | None = None


@router.get("/health", response_model=Health)
def health(store: StoreDep, settings: SettingsDep) -> Health | JSONResponse:
    """Whether the service and its store answer (503 when the store does not)."""
    try:
        store.ping()
    except SamverkanError as exc:
        body = Health(status="unavailable", store=settings.store.value, message=exc.message)
        return JSONResponse(body.model_dump(), status_code=503)
    return Health(status="ok", store=settings.store.value)


@router.get("/stats", response_model=Stats)
def stats(store: StoreDep) -> Stats:
    """Counts of documents, actors and relations, by type."""
    return store.stats()
