"""The network over time: what appeared or ended between two dates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.params import DATE_SCHEMA, parse_date
from graph.errors import InvalidQuery
from graph.timeline import Change, changes

router = APIRouter(tags=["över tid"])


@router.get("/changes", response_model=list[Change])
def get_changes(
    store: StoreDep,
    from_: Annotated[
        str, Query(alias="from", description="Från detta datum (ÅÅÅÅ-MM-DD).", json_schema_extra=DATE_SCHEMA)
    ],
    to: Annotated[
        str,
        Query(
            description="Till och med detta datum (ÅÅÅÅ-MM-DD); ett datum före 'from' ger ett tomt svar.",
            json_schema_extra=DATE_SCHEMA,
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Change]:
    """Aktörer och relationer som tillkom eller upphörde mellan två datum (ISO, t.ex. 2021-01-01)."""
    start, end = parse_date(from_, "from"), parse_date(to, "to")
    if start is None or end is None:
        raise InvalidQuery("Ange både 'from' och 'to' som ÅÅÅÅ-MM-DD")
    if end < start:
        return []
    return changes(store.export(), start, end)[offset : offset + limit]
