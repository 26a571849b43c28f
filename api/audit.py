"""The audit log: every judgement with its withdrawal, and the erasures, exported as CSV or JSON.

Erasure records say that something was erased, when and by which key, and how much, but
never what: no name, no id that spells a name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from api.choices import LogFormat as LogFormat
from graph.judgements import Judgement
from graph.store import GraphStore

ERASURE_RECORDS = "erasure"
LOG_COLUMNS = (
    "id",
    "kind",
    "author",
    "created",
    "reason",
    "entity",
    "other",
    "name",
    "type",
    "source",
    "relation_type",
    "target",
    "document",
    "withdrawn_by",
    "withdrawn_at",
    "withdrawn_reason",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ErasureKind(StrEnum):
    PERSON = "person"


class Erasure(BaseModel):
    """That an erasure happened: when, by which key, how much; never whom."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    kind: ErasureKind
    at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    by: str
    documents: int = Field(0, description="Dokument vars text eller uppgifter skrevs om.")
    relations: int = Field(0, description="Relationer som togs bort.")
    originals: int = Field(0, description="Uppladdade originalfiler som togs bort.")
    judgements: int = Field(
        0, description="Bedömningar som rörde personen (återkallade och avidentifierade)."
    )


def record_erasure(store: GraphStore, erasure: Erasure) -> Erasure:
    store.put_records(ERASURE_RECORDS, {erasure.id: erasure.model_dump_json()})
    return erasure


def list_erasures(store: GraphStore) -> list[Erasure]:
    found = [Erasure.model_validate_json(t) for t in store.get_records(ERASURE_RECORDS).values()]
    return sorted(found, key=lambda e: (e.at, e.id))


def _row(judgement: Judgement) -> dict[str, Any]:
    data = judgement.model_dump(mode="json")
    withdrawn = data.pop("withdrawn") or {}
    row = {column: data.get(column) for column in LOG_COLUMNS}
    row.update(
        withdrawn_by=withdrawn.get("by"),
        withdrawn_at=withdrawn.get("at"),
        withdrawn_reason=withdrawn.get("reason"),
    )
    return row


def _cell(value: Any) -> Any:
    """A value a spreadsheet shows as text: a would-be formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_log(judgements: list[Judgement], format_: LogFormat) -> tuple[bytes, str, str]:
    """The log as a file: its bytes, media type and file name."""
    if format_ is LogFormat.JSON:
        data = [j.model_dump(mode="json") for j in judgements]
        body = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        return body, "application/json", "granskningslogg.json"
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(LOG_COLUMNS)
    for judgement in judgements:
        row = _row(judgement)
        writer.writerow([_cell(row[c]) for c in LOG_COLUMNS])
    return text.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8", "granskningslogg.csv"
