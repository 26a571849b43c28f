"""Erasure: a document's originals with it, and a named person from everything stored.

Removing a document removes every kept copy of its original (the same bytes uploaded under
other names too) besides what the stores derived from it. Forgetting a person removes the
Person actor, its aliases and relations, replaces its name in every stored sentence, title
and note, withdraws and de-identifies the judgements about it, and removes the uploaded
originals that named it; an erasure record keeps when and by which key, never whom, and the
erasure register (`api.erased_names`) keeps the person out of documents read in later.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from pathlib import Path

from api.audit import Erasure, ErasureKind, record_erasure
from api.erased_names import register
from api.ingest import JUDGEMENT_RECORDS, SOURCE_RECORDS, WITHDRAWAL_RECORDS, load_judgements
from api.judgements import list_judgements, rederive, undo
from api.name_scrub import NAME_PLACEHOLDER as NAME_PLACEHOLDER
from api.name_scrub import name_pattern, scrub, scrub_part
from api.settings import Settings
from graph.errors import EntityNotFound, InvalidQuery, NotFound
from graph.judgements import Judgement, JudgementKind, Withdrawal, manual_source, merge_map
from graph.model import ENTITY_LABELS_SV, Document, Entity, EntityType, Graph
from graph.store import GraphStore

ERASED_ID = "raderad-person"
ERASURE_REASON = "Personen är raderad"
_STORED_NAME = re.compile(r"^(?P<hash>[0-9a-f]{16})-[^/\\]+$")


def upload_dir(settings: Settings) -> Path:
    return settings.upload_dir or settings.data_dir / "uploads"


# -- originals -------------------------------------------------------------------------------


def originals_of(settings: Settings, document: Document) -> list[Path]:
    """Every kept copy of a document's uploaded original: all files of the same bytes."""
    match = _STORED_NAME.match(document.path or "")
    folder = upload_dir(settings)
    if match is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{match['hash']}-*") if p.is_file())


def remove_originals(settings: Settings, document: Document) -> int:
    removed = 0
    for path in originals_of(settings, document):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def keep_one_original(settings: Settings, kept: Path, names_erased: bool = False) -> None:
    """After an upload: no other copy of the same bytes, and none at all unless originals are kept
    and the file names no erased person."""
    match = _STORED_NAME.match(kept.name)
    if match is not None:
        for path in kept.parent.glob(f"{match['hash']}-*"):
            if path.name != kept.name:
                path.unlink(missing_ok=True)
    if names_erased or not settings.keep_originals:
        kept.unlink(missing_ok=True)


# -- persons ---------------------------------------------------------------------------------


def find_persons(store: GraphStore, name: str) -> list[Entity]:
    """Persons called so (name or alias, any case); failing that, those whose name contains it."""
    wanted = name.strip().casefold()
    if not wanted:
        return []
    found = store.entities(type_=EntityType.PERSON, q=name.strip(), limit=1000)
    exact = [e for e in found if wanted in {f.casefold() for f in (e.name, *e.aliases)}]
    return exact or found


def forget_person(store: GraphStore, settings: Settings, person_id: str, by: str) -> Erasure:
    """Erase a person from everything stored; the record returned names no one."""
    person = store.entity(person_id)
    if person.type is not EntityType.PERSON:
        raise InvalidQuery(
            f"Bara personer raderas så; '{person_id}' är av typen {ENTITY_LABELS_SV[person.type].lower()}"
        )
    pattern = name_pattern(person)
    moved = merge_map(load_judgements(store))
    ids = {person_id} | {old for old, new in moved.items() if new == person_id}
    relations = len(store.neighbors(person_id, depth=1).relations)
    record_id = uuid.uuid4().hex[:12]
    # First in the register, so that nothing read from now on brings the person back.
    register(store, settings, [person.name, *person.aliases], record_id)

    concerning = [j for j in list_judgements(store) if j.actors & ids]
    for judgement in concerning:
        if judgement.withdrawn is None:
            with contextlib.suppress(NotFound):
                undo(store, judgement.id, by, ERASURE_REASON)

    changed = _scrub_sources(store, ids, pattern)
    rederive(store, set(changed))
    changed |= _scrub_unsourced(store, person_id, ids, pattern)
    touched_judgements = _scrub_judgements(store, ids, pattern)

    originals = 0
    for document_id in sorted(changed):
        with contextlib.suppress(NotFound):
            originals += remove_originals(settings, store.document(document_id))
    return record_erasure(
        store,
        Erasure(
            id=record_id,
            kind=ErasureKind.PERSON,
            by=by,
            documents=len(changed),
            relations=relations,
            originals=originals,
            judgements=touched_judgements,
        ),
    )


def _scrub_sources(store: GraphStore, ids: set[str], pattern: re.Pattern[str]) -> set[str]:
    """Rewrite each document's extraction as read where it names the person."""
    rewritten: dict[str, str] = {}
    for document_id, text in store.get_records(SOURCE_RECORDS).items():
        part = Graph.from_json(text)
        scrubbed = scrub_part(part, ids, pattern)
        if scrubbed != part:
            rewritten[document_id] = scrubbed.to_json(indent=None)
    if rewritten:
        store.put_records(SOURCE_RECORDS, rewritten)
    return set(rewritten)


def _scrub_unsourced(store: GraphStore, person_id: str, ids: set[str], pattern: re.Pattern[str]) -> set[str]:
    """Documents still naming the person without a kept extraction: rewrite what is stored."""
    try:
        remaining = store.entity(person_id).documents
    except EntityNotFound:
        return set()
    for document_id in remaining:
        store.upsert(scrub_part(store.document_graph(document_id), ids, pattern))
    return set(remaining)


def _scrub_judgements(store: GraphStore, ids: set[str], pattern: re.Pattern[str]) -> int:
    """Judgements and withdrawals keep no trace of the person: ids and names replaced."""
    records = store.get_records(JUDGEMENT_RECORDS)
    rewritten: dict[str, str] = {}
    in_force = {j.id for j in load_judgements(store)}
    for key, text in records.items():
        judgement = Judgement.model_validate_json(text)
        update: dict[str, object] = {
            field: ERASED_ID
            for field in ("entity", "other", "source", "target")
            if getattr(judgement, field) in ids
        }
        for field in ("reason", "name", "source_name", "target_name"):
            value = getattr(judgement, field)
            if value and pattern.search(value):
                update[field] = scrub(value, pattern)
        if update:
            judgement = judgement.model_copy(update=update)
            rewritten[key] = judgement.model_dump_json()
            if judgement.kind == JudgementKind.ADD and key in in_force:
                _restore_manual(store, judgement)
    if rewritten:
        store.put_records(JUDGEMENT_RECORDS, rewritten)
    withdrawals = {
        key: Withdrawal.model_validate_json(text)
        for key, text in store.get_records(WITHDRAWAL_RECORDS).items()
    }
    scrubbed = {
        key: w.model_copy(update={"reason": scrub(w.reason, pattern)}).model_dump_json()
        for key, w in withdrawals.items()
        if w.reason and pattern.search(w.reason)
    }
    if scrubbed:
        store.put_records(WITHDRAWAL_RECORDS, scrubbed)
    return len(rewritten)


def _restore_manual(store: GraphStore, judgement: Judgement) -> None:
    """A relation added by hand whose note named the person: stored again with the note rewritten."""
    known: dict[str, Entity] = {}
    for end in (judgement.source, judgement.target):
        with contextlib.suppress(EntityNotFound):
            known[end] = store.entity(end)  # type: ignore[index,arg-type]
    store.upsert(manual_source(judgement, known))
