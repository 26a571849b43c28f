"""The network over time: when a relation was reported, when it holds, and what changed.

A relation was reported on the earliest date of the documents that state it; it holds
from its `valid_from` (or from when it was reported) until its `valid_to` (or for as long
as nothing says otherwise).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from graph.model import Document, Entity, Graph, Relation


def day_of(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else dt.date(int(value[:4]), 1, 1)
        except ValueError:
            return None
    return None


def reported(relation: Relation, documents: dict[str, Document]) -> dt.date | None:
    dates = [d.date for ev in relation.evidence if (d := documents.get(ev.document)) and d.date]
    return min(dates) if dates else None


def holds_from(relation: Relation, documents: dict[str, Document]) -> dt.date | None:
    return day_of(relation.valid_from) or reported(relation, documents)


def holds_to(relation: Relation) -> dt.date | None:
    return day_of(relation.valid_to)


def as_of(graph: Graph, when: dt.date, *, undated: bool = True) -> Graph:
    """The network as it stood on a date: relations known by then and not yet ended.

    Relations that nothing dates are kept with `undated` (the default), left out without it."""
    docs = {d.id: d for d in graph.documents}
    kept = []
    for rel in graph.relations:
        start, end = holds_from(rel, docs), holds_to(rel)
        if not undated and start is None and end is None:
            continue
        if (start is None or start <= when) and (end is None or end >= when):
            kept.append(rel)
    return _with_ends(graph, kept)


def between(graph: Graph, start: dt.date | None, end: dt.date | None, *, undated: bool = True) -> Graph:
    """The relations that held at some time in [start, end]; undated ones only with `undated`."""
    docs = {d.id: d for d in graph.documents}
    kept = []
    for rel in graph.relations:
        since, until = holds_from(rel, docs), holds_to(rel)
        if not undated and since is None and until is None:
            continue
        if end is not None and since is not None and since > end:
            continue
        if start is not None and until is not None and until < start:
            continue
        kept.append(rel)
    return _with_ends(graph, kept)


def _with_ends(graph: Graph, relations: list[Relation]) -> Graph:
    ends = {r.source for r in relations} | {r.target for r in relations}
    used_docs = {ev.document for r in relations for ev in r.evidence}
    return Graph(
        documents=[d for d in graph.documents if d.id in used_docs],
        entities=[e for e in graph.entities if e.id in ends],
        relations=relations,
    )


class Change(BaseModel):
    date: dt.date
    change: str  # "appeared" or "ended"
    relation: Relation | None = None
    entity: Entity | None = None


def changes(graph: Graph, start: dt.date, end: dt.date) -> list[Change]:
    """Actors and relations that appeared or ended between two dates, by date."""
    docs = {d.id: d for d in graph.documents}
    found: list[Change] = []
    for rel in graph.relations:
        since, until = holds_from(rel, docs), holds_to(rel)
        if since and start <= since <= end:
            found.append(Change(date=since, change="appeared", relation=rel))
        if until and start <= until <= end:
            found.append(Change(date=until, change="ended", relation=rel))
    for ent in graph.entities:
        dates = [d.date for doc in ent.documents if (d := docs.get(doc)) and d.date]
        if dates and start <= min(dates) <= end:
            found.append(Change(date=min(dates), change="appeared", entity=ent))
    found.sort(
        key=lambda c: (
            c.date,
            c.change,
            c.entity.id if c.entity else "",
            c.relation.key if c.relation else (),
        )
    )
    return found


def undated_relations(graph: Graph) -> set[tuple[str, str, str]]:
    """Keys of the relations nothing dates: no dated document states them, no validity is given."""
    docs = {d.id: d for d in graph.documents}
    return {r.key for r in graph.relations if holds_from(r, docs) is None and holds_to(r) is None}
