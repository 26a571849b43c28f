"""Judgements as use cases: make one, undo one, list them, and the review queue.

The log is append-only: undoing a judgement records a withdrawal (who, when, why) beside
it, and the judgement stays in the log, marked withdrawn, no longer applied.

Every change re-derives the affected documents from their kept extraction with every
judgement in force (graph.judgements), so the stored graph never depends on the order in
which documents and judgements arrived.
"""

from __future__ import annotations

import contextlib

from api.ingest import JUDGEMENT_RECORDS, SOURCE_RECORDS, WITHDRAWAL_RECORDS, load_judgements
from api.judgement_checks import JudgementConflict, check
from graph.errors import EntityNotFound, NotFound
from graph.judgements import (
    Judgement,
    JudgementKind,
    Withdrawal,
    apply_judgements,
    manual_source,
    merge_map,
)
from graph.model import Entity, Graph, Relation
from graph.store import GraphStore


def _affected_documents(store: GraphStore, judgements: list[Judgement]) -> set[str]:
    docs: set[str] = set()
    for j in judgements:
        for actor in j.actors:
            try:
                docs.update(store.entity(actor).documents)
            except EntityNotFound:
                continue
        docs.update(e.document for e in j.evidence)
    return docs


def rederive(store: GraphStore, document_ids: set[str]) -> None:
    """Store the documents again from their kept extraction with every judgement applied."""
    judgements = load_judgements(store)
    sources = store.get_records(SOURCE_RECORDS, sorted(document_ids))
    parts = [apply_judgements(Graph.from_json(text), judgements) for text in sources.values()]
    # A judgement that removes every relation of an actor leaves the rest of the document.
    if parts:
        store.upsert(Graph.batch(parts))


def judge(store: GraphStore, judgement: Judgement) -> Judgement:
    """Record a judgement and apply it to the stored graph."""
    existing = load_judgements(store)
    moved = merge_map(existing)
    # Judgements speak of the actors as they are now; follow earlier merges.
    for field in ("entity", "other", "source", "target"):
        value = getattr(judgement, field)
        if value in moved:
            setattr(judgement, field, moved[value])
    check(store, judgement, existing)
    affected = _affected_documents(store, [judgement])
    judgement.affected = sorted(affected)
    store.put_records(JUDGEMENT_RECORDS, {judgement.id: judgement.model_dump_json()})
    if judgement.kind == JudgementKind.ADD:
        known: dict[str, Entity] = {}
        for end in (judgement.source, judgement.target):
            with contextlib.suppress(EntityNotFound):
                known[end] = store.entity(end)  # type: ignore[index,arg-type]
        store.upsert(manual_source(judgement, known))  # type: ignore[arg-type]
    rederive(store, affected)
    return judgement


def undo(store: GraphStore, judgement_id: str, by: str, reason: str = "") -> Judgement:
    """Withdraw a judgement; the graph returns to what the documents and the others say.

    The judgement stays in the log with the withdrawal; withdrawing it twice is a conflict."""
    records = store.get_records(JUDGEMENT_RECORDS, [judgement_id])
    if judgement_id not in records:
        raise NotFound(f"Ingen bedömning med id '{judgement_id}'")
    if store.get_records(WITHDRAWAL_RECORDS, [judgement_id]):
        raise JudgementConflict(f"bedömningen '{judgement_id}' är redan återkallad")
    judgement = Judgement.model_validate_json(records[judgement_id])
    affected = _affected_documents(store, [judgement]) | set(judgement.affected)
    withdrawal = Withdrawal(by=by, reason=reason)
    store.put_records(WITHDRAWAL_RECORDS, {judgement_id: withdrawal.model_dump_json()})
    if judgement.kind == JudgementKind.ADD:
        with contextlib.suppress(NotFound):
            store.remove_document(judgement.manual_document_id())
    rederive(store, affected)
    return judgement.model_copy(update={"withdrawn": withdrawal})


def list_judgements(
    store: GraphStore, entity: str | None = None, withdrawn: bool | None = None
) -> list[Judgement]:
    """The audit log, oldest first: every judgement made, the withdrawn ones with their withdrawal.

    Only those concerning an actor if one is given; only withdrawn ones (True) or only those
    in force (False) if asked."""
    records = store.get_records(JUDGEMENT_RECORDS)
    withdrawals = store.get_records(WITHDRAWAL_RECORDS)
    found = []
    for key, text in records.items():
        judgement = Judgement.model_validate_json(text)
        if key in withdrawals:
            judgement.withdrawn = Withdrawal.model_validate_json(withdrawals[key])
        found.append(judgement)
    found.sort(key=lambda j: (j.created, j.id))
    if entity:
        found = [j for j in found if entity in j.actors]
    if withdrawn is not None:
        found = [j for j in found if (j.withdrawn is not None) == withdrawn]
    return found


def review_queue(store: GraphStore, limit: int = 20) -> list[Relation]:
    """Relations most in need of a person's look: least confident, fewest sources, unconfirmed."""
    relations = [r for r in store.export().relations if not r.properties.get("confirmed")]
    relations.sort(key=lambda r: (r.confidence, len(r.documents), r.key))
    return relations[:limit]
