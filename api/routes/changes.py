"""The network over time: what appeared or ended between two dates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from graph.errors import InvalidQuery
from graph.timeline import Change, changes

router = APIRouter(tags=["över tid"])


@router.get("/changes", response_model=list[Change])
def get_changes(
    store: StoreDep,
    from_: Annotated[dt.date, Query(alias="from")],
    to: dt.date,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Change]:
    """Aktörer och relationer som tillkom eller upphörde mellan två datum (ISO, t.ex. 2021-01-01)."""
    if to < from_:
        raise InvalidQuery("'to' måste vara samma dag som eller senare än 'from'")
    return changes(store.export(), from_, to)[offset : offset + limit]
