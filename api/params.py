"""Query parameters shared by several routes: a page of a list, and the document filter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from graph.errors import InvalidQuery
from graph.model import DocumentKind
from graph.store import DocumentFilter

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000
ID_MAX_LENGTH = 500


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Högst så många poster.")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Hoppa över så många poster.")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


def document_filter(
    kind: Annotated[
        list[DocumentKind] | None,
        Query(description="Räkna bara dokument av dessa slag (kan anges flera gånger)."),
    ] = None,
    date_from: Annotated[
        dt.date | None, Query(description="Räkna bara dokument (eller relationer) från detta datum.")
    ] = None,
    date_to: Annotated[
        dt.date | None, Query(description="Räkna bara dokument (eller relationer) till och med detta datum.")
    ] = None,
) -> DocumentFilter:
    """Which documents count; a relation dated by its text is judged by its period."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InvalidQuery("date_from ligger efter date_to")
    return DocumentFilter(kinds=kind or [], date_from=date_from, date_to=date_to)


PageDep = Annotated[Page, Depends(page)]
FilterDep = Annotated[DocumentFilter, Depends(document_filter)]
