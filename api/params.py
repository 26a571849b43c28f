"""Query parameters shared by several routes: a page of a list, and the document filter."""

from __future__ import annotations

import datetime as dt
import re
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


# ÅÅÅÅ-MM-DD in ASCII digits, year 0001 or later: the same rule in the schema and here.
DATE_PATTERN = r"^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_ISO_DATE = re.compile(DATE_PATTERN)
DATE_SCHEMA = {"format": "date", "pattern": DATE_PATTERN, "examples": ["2024-03-01"]}
KINDS = [k.value for k in DocumentKind]


def parse_date(value: str | dt.date | None, label: str) -> dt.date | None:
    """A date written ÅÅÅÅ-MM-DD, or None for none; InvalidQuery in Swedish otherwise (an empty
    text too: the schema says a date or nothing)."""
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    text = value
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise InvalidQuery(
            f"Ogiltigt datum i {label}: '{shown}'. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-03-01."
        ) from None


def parse_kinds(values: list[str] | list[DocumentKind] | None) -> list[DocumentKind]:
    """Document kinds given once each or separated by commas; InvalidQuery in Swedish otherwise."""
    kinds: list[DocumentKind] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if part not in KINDS:
                raise InvalidQuery(f"Okänt dokumentslag '{part[:40]}'; välj bland: {', '.join(KINDS)}")
            kinds.append(DocumentKind(part))
    return kinds


def document_filter(
    kinds: list[str] | list[DocumentKind] | None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
) -> DocumentFilter:
    """Which documents count (for the command line, where a reversed range is a mistake)."""
    found = _filter(kinds, date_from, date_to)
    if found.date_from is not None and found.date_to is not None and found.date_from > found.date_to:
        raise InvalidQuery("startdatumet ligger efter slutdatumet")
    return found


def _filter(
    kinds: list[str] | list[DocumentKind] | None,
    date_from: str | dt.date | None,
    date_to: str | dt.date | None,
) -> DocumentFilter:
    return DocumentFilter(
        kinds=parse_kinds(kinds),
        date_from=parse_date(date_from, "date_from"),
        date_to=parse_date(date_to, "date_to"),
    )


def query_filter(
    kind: Annotated[
        list[str] | None,
        Query(
            description="Räkna bara dokument av dessa slag (kan anges flera gånger eller med kommatecken).",
            json_schema_extra={"items": {"type": "string", "enum": KINDS}},
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(
            description="Räkna bara dokument (eller relationer) från detta datum (ÅÅÅÅ-MM-DD).",
            json_schema_extra=DATE_SCHEMA,
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            description="Räkna bara dokument (eller relationer) till och med detta datum (ÅÅÅÅ-MM-DD). "
            "Ett datum före date_from ger ett tomt svar.",
            json_schema_extra=DATE_SCHEMA,
        ),
    ] = None,
) -> DocumentFilter:
    """The document filter of a request's query; a relation dated by its text is judged by its period.

    A reversed range is a period with no days in it: it keeps nothing (an empty answer)."""
    return _filter(kind, date_from, date_to)


PageDep = Annotated[Page, Depends(page)]
FilterDep = Annotated[DocumentFilter, Depends(query_filter)]
