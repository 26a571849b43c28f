"""The lägesbild use case, shared by `samverkan report` and GET /reports/entity/{id}.

One actor's neighbourhood (in the period, if one is given) becomes a briefing
(graph.report_content) with its network picture, written as DOCX or PDF.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from api.maps import MapFormat, PictureOptions, draw, entity_view
from graph.errors import InvalidQuery
from graph.model import Entity
from graph.report_content import build_briefing
from graph.static_maps import Isolated
from graph.store import GraphStore
from graph.subgraph import Period


class ReportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"


MEDIA_TYPES = {
    ReportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ReportFormat.PDF: "application/pdf",
}


def report_format(path_or_format: str) -> ReportFormat:
    """The format from a file name (.docx, .pdf) or a format name."""
    suffix = path_or_format.rsplit(".", 1)[-1].casefold()
    try:
        return ReportFormat(suffix)
    except ValueError:
        raise InvalidQuery(f"Okänt rapportformat '{suffix}': välj docx eller pdf") from None


def entity_report(
    store: GraphStore,
    entity: Entity,
    fmt: ReportFormat,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> bytes:
    """The lägesbild of `entity` as DOCX or PDF bytes."""
    period = Period(start=start, end=end) if start or end else None
    view = entity_view(store, entity, 1, period=period)
    briefing = build_briefing(entity, view.graph, start=start, end=end)
    picture = None
    if view.graph.relations:
        options = PictureOptions(title=f"Nätverket kring {entity.name}", isolated=Isolated.OMIT)
        picture = draw(view, MapFormat.PNG, seed=0, picture=options)
    if fmt is ReportFormat.DOCX:
        from graph.report_docx import write_docx

        return write_docx(briefing, picture)
    from graph.report_pdf import write_pdf

    return write_pdf(briefing, picture)
