"""Judgements as use cases: make one, undo one, list them, and the review queue.

Every change re-derives the affected documents from their kept extraction with every
judgement in force (graph.judgements), so the stored graph never depends on the order in
which documents and judgements arrived.
"""

from __future__ import annotations

import contextlib

from api.ingest import JUDGEMENT_RECORDS, SOURCE_RECORDS, load_judgements
from graph.errors import EntityNotFound, InvalidQuery, NotFound, SamverkanError
from graph.judgements import (
    EvidenceRef,
    Judgement,
    JudgementKind,
    apply_judgements,
    manual_source,
    merge_map,
)
from graph.model import Entity, Graph, Relation
from graph.store import GraphStore


class JudgementConflict(SamverkanError):
    status = 409
    code = "conflict"


def _require_entity(store: GraphStore, entity_id: str | None) -> None:
    if not entity_id:
        raise InvalidQuery("aktör saknas i bedömningen")
    store.entity(entity_id)


def _check(store: GraphStore, judgement: Judgement, existing: list[Judgement]) -> None:
    kind = judgement.kind
    if kind in (JudgementKind.MERGE, JudgementKind.DISTINCT):
        _require_entity(store, judgement.entity)
        _require_entity(store, judgement.other)
        if judgement.entity == judgement.other:
            raise InvalidQuery("en aktör kan inte slås ihop med sig själv")
        pair = {judgement.entity, judgement.other}
        if kind == JudgementKind.MERGE and any(
            j.kind == JudgementKind.DISTINCT and {j.entity, j.other} == pair for j in existing
        ):
            raise JudgementConflict("aktörerna är markerade som olika och slås aldrig ihop")
    elif kind == JudgementKind.RENAME:
        _require_entity(store, judgement.entity)
        if not (judgement.name and judgement.name.strip()):
            raise InvalidQuery("nytt namn saknas")
    elif kind == JudgementKind.RETYPE:
        _require_entity(store, judgement.entity)
        if judgement.type is None:
            raise InvalidQuery("ny typ saknas")
    elif kind in (JudgementKind.REJECT, JudgementKind.CONFIRM):
        if judgement.relation_key() is None:
            raise InvalidQuery("relationen anges med source, target och relation_type")
        found = store.relations(
            type_=judgement.relation_type, source=judgement.source, target=judgement.target, limit=1
        )
        if not found:
            raise NotFound("ingen sådan relation")
        if kind == JudgementKind.REJECT and not judgement.evidence:
            judgement.evidence = [
                EvidenceRef(document=e.document, start=e.start, end=e.end) for e in found[0].evidence
            ]
    elif kind == JudgementKind.ADD:
        if not (judgement.source and judgement.target and judgement.relation_type):
            raise InvalidQuery("relationen anges med source, target och relation_type")
        for end, name in (
            (judgement.source, judgement.source_name),
            (judgement.target, judgement.target_name),
        ):
            try:
                store.entity(end)
            except EntityNotFound:
                if not name:
                    raise
        if judgement.document:
            store.document(judgement.document)


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
    _check(store, judgement, existing)
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


def undo(store: GraphStore, judgement_id: str) -> Judgement:
    """Withdraw a judgement; the graph returns to what the documents and the others say."""
    records = store.get_records(JUDGEMENT_RECORDS, [judgement_id])
    if judgement_id not in records:
        raise NotFound(f"Ingen bedömning med id '{judgement_id}'")
    judgement = Judgement.model_validate_json(records[judgement_id])
    affected = _affected_documents(store, [judgement]) | set(judgement.affected)
    store.delete_records(JUDGEMENT_RECORDS, [judgement_id])
    if judgement.kind == JudgementKind.ADD:
        with contextlib.suppress(NotFound):
            store.remove_document(judgement.manual_document_id())
    rederive(store, affected)
    return judgement


def list_judgements(store: GraphStore, entity: str | None = None) -> list[Judgement]:
    """The audit log, oldest first; only those concerning an actor if one is given."""
    found = load_judgements(store)
    if entity:
        found = [j for j in found if entity in j.actors]
    return found


def review_queue(store: GraphStore, limit: int = 20) -> list[Relation]:
    """Relations most in need of a person's look: least confident, fewest sources, unconfirmed."""
    relations = [r for r in store.export().relations if not r.properties.get("confirmed")]
    relations.sort(key=lambda r: (r.confidence, len(r.documents), r.key))
    return relations[:limit]
