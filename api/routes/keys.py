"""Whose key a request carries, so that the explorer can show it."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import CallerDep
from api.keys import Caller

router = APIRouter(tags=["nycklar"])


@router.get("/keys/me", response_model=Caller)
def whose_key(caller: CallerDep) -> Caller:
    """Namnet och rollen för nyckeln i X-API-Key (401 utan nyckel, 403 med en okänd)."""
    return caller
