"""Reports: a lägesbild of one actor or place, as Word or PDF."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.params import DATE_SCHEMA, ID_MAX_LENGTH, parse_date
from api.reports import MEDIA_TYPES, ReportFormat, entity_report

router = APIRouter(prefix="/reports", tags=["rapporter"])

_FILES = {200: {"content": {t: {} for t in MEDIA_TYPES.values()}}}


@router.get("/entity/{entity_id}", response_class=Response, responses=_FILES)
def entity_briefing(
    entity_id: str,
    store: StoreDep,
    format: Annotated[ReportFormat, Query(description="docx (Word) eller pdf.")] = ReportFormat.DOCX,
    from_: Annotated[
        str | None,
        Query(alias="from", description="Från och med (ÅÅÅÅ-MM-DD).", json_schema_extra=DATE_SCHEMA),
    ] = None,
    to: Annotated[
        str | None, Query(description="Till och med (ÅÅÅÅ-MM-DD).", json_schema_extra=DATE_SCHEMA)
    ] = None,
) -> Response:
    """En lägesbild av aktören: nätverksbild, samverkanspartner, insatser, grupper och platser,
    förändringar under perioden och varje påstående med citerad källa."""
    start, end = parse_date(from_, "from"), parse_date(to, "to")
    entity = store.entity(entity_id[:ID_MAX_LENGTH])
    data = entity_report(store, entity, format, start=start, end=end)
    name = f"lagesbild-{entity.id[:60]}.{format.value}"
    return Response(
        data,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
