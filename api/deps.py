"""Dependencies of the routes, as Annotated aliases used in route signatures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Cookie, Depends, Header, Request

from api.errors import Forbidden, Unauthorized
from api.jobs import JobRunner
from api.keys import ROLE_LABELS_SV, ApiKey, Caller, Role, identify
from api.settings import Settings
from graph.store import GraphStore

# The explorer keeps the key in this cookie too, so that map pages in its iframes can be read
# where reading needs a key; the cookie is accepted for reading only, never for a write.
KEY_COOKIE = "samverkan_key"


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


def get_keys(request: Request) -> list[ApiKey]:
    return request.app.state.keys


def _authorise(request: Request, presented: str | None, needed: Role) -> Caller:
    keys = get_keys(request)
    if not keys:
        raise Forbidden(
            "Skrivningar är avstängda: ingen API-nyckel är inställd (SAMVERKAN_API_KEYS eller SAMVERKAN_API_KEY)"
        )
    if presented is None:
        raise Unauthorized("API-nyckel saknas (huvudet X-API-Key)")
    caller = identify(keys, presented)
    if caller is None:
        raise Forbidden("Fel API-nyckel")
    if not caller.role.allows(needed):
        raise Forbidden(
            f"Nyckeln '{caller.name}' har rollen {ROLE_LABELS_SV[caller.role]}; "
            f"det här kräver {ROLE_LABELS_SV[needed]}"
        )
    request.state.caller = caller
    return caller


def require(role: Role) -> Callable[..., Caller]:
    """A dependency that lets through a key of this role or a higher one, and names its holder."""

    def dependency(request: Request, x_api_key: Annotated[str | None, Header()] = None) -> Caller:
        return _authorise(request, x_api_key, role)

    return dependency


def read_access(
    request: Request,
    x_api_key: Annotated[str | None, Header()] = None,
    samverkan_key: Annotated[str | None, Cookie(include_in_schema=False)] = None,
) -> Caller | None:
    """Reading is open unless SAMVERKAN_READ_REQUIRES_KEY is set; then any key's role will do."""
    if not get_settings(request).read_requires_key:
        return None
    return _authorise(request, x_api_key or samverkan_key, Role.READER)


def who(request: Request, x_api_key: Annotated[str | None, Header()] = None) -> Caller:
    """Whose key the request carries (any role)."""
    return _authorise(request, x_api_key, Role.READER)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
EditorDep = Annotated[Caller, Depends(require(Role.EDITOR))]
AdminDep = Annotated[Caller, Depends(require(Role.ADMIN))]
CallerDep = Annotated[Caller, Depends(who)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]
ReadAccess = Depends(read_access)
# Uploading and removing documents: the admin role.
WriteAccess = Depends(require(Role.ADMIN))
