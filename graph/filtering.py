"""Which part of the graph a document filter keeps (graph.store.DocumentFilter).

Both stores keep the same part: the embedded store with `filter_graph` over the graph in
memory, the Neo4j store in Cypher (graph.cypher, `kept_evidence` and friends).

- a document is kept when its kind is one asked for and its date lies in the range;
- a relation is kept when some of its evidence comes from a kept document, with that
  evidence only; a relation dated by the text (`valid_from`/`valid_to`) is judged by its
  period instead of its documents' dates: it is kept when the period overlaps the range
  asked for (and some evidence comes from a document of a kind asked for);
- an actor is kept when a document the filter accepts mentions it, or a kept relation
  joins it; its documents are those kept.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.model import Entity, Graph, Relation
from graph.store import DocumentFilter

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def period_bound(value: object, *, end: bool) -> dt.date | None:
    """The first (or, with `end`, last) day of a date written as precisely as the text allows.

    '2021' -> 2021-01-01 (or 2021-12-31), '2021-06' -> 2021-06-01 (or 2021-06-30).
    """
    match = _PARTIAL_DATE.match(str(value)) if value else None
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day))
        if month:
            first = dt.date(int(year), int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
    except ValueError:
        return None


def overlaps(
    start: dt.date | None, end: dt.date | None, range_from: dt.date | None, range_to: dt.date | None
) -> bool:
    """Whether the period [start, end] meets [range_from, range_to]; a missing bound is open."""
    return (range_to is None or start is None or start <= range_to) and (
        range_from is None or end is None or end >= range_from
    )


def filter_graph(graph: Graph, flt: DocumentFilter) -> Graph:
    """The part of a graph that the filter keeps (see the module docstring)."""
    if flt.is_empty():
        return graph
    kind_ok = {d.id for d in graph.documents if not flt.kinds or d.kind in flt.kinds}
    accepted = {d.id for d in graph.documents if flt.accepts(d)}
    dated_query = flt.date_from is not None or flt.date_to is not None
    relations: list[Relation] = []
    for rel in graph.relations:
        start = period_bound(rel.valid_from, end=False)
        end = period_bound(rel.valid_to, end=True)
        if dated_query and (start or end):
            if not overlaps(start, end, flt.date_from, flt.date_to):
                continue
            allowed = kind_ok
        else:
            allowed = accepted
        evidence = [e for e in rel.evidence if e.document in allowed]
        if len(evidence) == len(rel.evidence):
            relations.append(rel)
        elif evidence:
            relations.append(rel.model_copy(update={"evidence": evidence}))
    kept_docs = accepted | {e.document for r in relations for e in r.evidence}
    ends = {r.source for r in relations} | {r.target for r in relations}
    entities: list[Entity] = []
    for ent in graph.entities:
        # A document kept only as the source of a dated relation does not bring all its actors.
        if ent.id not in ends and not any(d in accepted for d in ent.documents):
            continue
        docs = [d for d in ent.documents if d in kept_docs]
        if len(docs) == len(ent.documents):
            entities.append(ent)
        else:
            mentions = {d: n for d, n in ent.mentions.items() if d in kept_docs}
            entities.append(ent.model_copy(update={"documents": docs, "mentions": mentions}))
    return Graph(
        documents=[d for d in graph.documents if d.id in kept_docs],
        entities=entities,
        relations=relations,
    )
