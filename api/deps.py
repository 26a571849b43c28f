"""Dependencies of the routes, as Annotated aliases used in route signatures."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, Request

from api.errors import Forbidden, Unauthorized
from api.jobs import JobRunner
from api.settings import Settings
from graph.store import GraphStore


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Every write needs the key in X-API-Key; with no key configured, writes are refused."""
    if settings.api_key is None:
        raise Forbidden("Skrivningar är avstängda: ingen API-nyckel är inställd (SAMVERKAN_API_KEY)")
    if x_api_key is None:
        raise Unauthorized("API-nyckel saknas (huvudet X-API-Key)")
    if not secrets.compare_digest(x_api_key.encode(), settings.api_key.get_secret_value().encode()):
        raise Forbidden("Fel API-nyckel")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]
WriteAccess = Depends(require_api_key)
