"""People's judgements on the graph, and how they rewrite what extraction found.

A judgement is kept apart from the documents: the stores hold each document's extraction
as read (a "source" record) and the judgements (a "judgement" record each), and what is
stored as the graph is always `apply_judgements(source, judgements)`. Re-ingesting a
document, ingesting new ones, removing a document or undoing a judgement therefore all end
in the same place: every judgement still in force applied to every source.

Kinds:
- merge (a into b): the same actor; every mention of a becomes b.
- distinct (a, b): never merge; a later merge of the two is refused.
- rename (a -> name): the name shown; the old names stay as aliases.
- retype (a -> type).
- reject (relation): the relation's current evidence no longer supports it; new evidence
  from other sentences may.
- confirm (relation): confidence 1 and `confirmed: true`.
- add (relation by hand): stored with the judgement as its own source document, so it
  survives the removal of any document.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from pydantic import BaseModel, Field

from graph.model import (
    SYMMETRIC_TYPES,
    Document,
    DocumentKind,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
)

MANUAL_PREFIX = "bedomning-"


class JudgementKind(StrEnum):
    MERGE = "merge"
    DISTINCT = "distinct"
    RENAME = "rename"
    RETYPE = "retype"
    REJECT = "reject"
    CONFIRM = "confirm"
    ADD = "add"


class EvidenceRef(BaseModel):
    document: str
    start: int
    end: int


class Withdrawal(BaseModel):
    """That a judgement was withdrawn: by whom, when and why. The judgement itself stays."""

    by: str
    at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    reason: str = ""


class Judgement(BaseModel):
    """One person's decision, with who, when and why."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    kind: JudgementKind
    author: str
    reason: str = ""
    created: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    # The actors it concerns: merge/distinct take two (for merge, `entity` goes into `other`).
    entity: str | None = None
    other: str | None = None
    name: str | None = None
    type: EntityType | None = None
    # The relation it concerns (reject, confirm, add).
    source: str | None = None
    target: str | None = None
    relation_type: RelationType | None = None
    evidence: list[EvidenceRef] = Field(default_factory=list)
    # For a relation added by hand: the actors' names and types if they are new, a source document.
    source_name: str | None = None
    source_type: EntityType | None = None
    target_name: str | None = None
    target_type: EntityType | None = None
    document: str | None = None
    # The documents it touched when made; undoing it re-derives them (and any since).
    affected: list[str] = Field(default_factory=list)
    # Set in the audit log when the judgement has been withdrawn; then it is no longer applied.
    withdrawn: Withdrawal | None = None

    @property
    def actors(self) -> set[str]:
        return {i for i in (self.entity, self.other, self.source, self.target) if i}

    def relation_key(self) -> tuple[str, str, str] | None:
        if not (self.source and self.target and self.relation_type):
            return None
        source, target = self.source, self.target
        if self.relation_type in SYMMETRIC_TYPES and target < source:
            source, target = target, source
        return (source, self.relation_type.value, target)

    def manual_document_id(self) -> str:
        return f"{MANUAL_PREFIX}{self.id}"


def merge_map(judgements: list[Judgement]) -> dict[str, str]:
    """Where each merged actor id goes, followed to the end of merge chains."""
    target: dict[str, str] = {}
    for j in sorted(judgements, key=lambda j: j.created):
        if j.kind == JudgementKind.MERGE and j.entity and j.other:
            target[j.entity] = j.other
    resolved = {}
    for start in target:
        seen = {start}
        end = target[start]
        while end in target and end not in seen:
            seen.add(end)
            end = target[end]
        resolved[start] = end
    return resolved


def apply_judgements(part: Graph, judgements: list[Judgement]) -> Graph:
    """One document's extraction with every judgement applied."""
    if not judgements:
        return part
    moved = merge_map(judgements)
    ordered = sorted(judgements, key=lambda j: j.created)
    renames = {j.entity: j.name for j in ordered if j.kind == JudgementKind.RENAME and j.entity and j.name}
    retypes = {j.entity: j.type for j in ordered if j.kind == JudgementKind.RETYPE and j.entity and j.type}
    rejected: dict[tuple[str, str, str], set[tuple[str, int, int]]] = {}
    confirmed: set[tuple[str, str, str]] = set()
    for j in ordered:
        key = j.relation_key()
        if key is None:
            continue
        key = _moved_key(key, moved)
        if j.kind == JudgementKind.REJECT:
            rejected.setdefault(key, set()).update((e.document, e.start, e.end) for e in j.evidence)
        elif j.kind == JudgementKind.CONFIRM:
            confirmed.add(key)

    entities: dict[str, Entity] = {}
    for ent in part.entities:
        new_id = moved.get(ent.id, ent.id)
        ent = ent.model_copy(update={"id": new_id})
        if new_id in renames:
            ent = ent.model_copy(
                update={
                    "name": renames[new_id],
                    "aliases": sorted({*ent.aliases, ent.name} - {renames[new_id]}),
                }
            )
        if new_id in retypes:
            ent = ent.model_copy(update={"type": retypes[new_id]})
        if new_id in entities:
            # Two actors of this document merged into one: keep every form.
            kept = entities[new_id]
            forms = {*kept.aliases, *ent.aliases, ent.name} - {kept.name}
            counts = {
                d: kept.mentions.get(d, 0) + ent.mentions.get(d, 0) for d in {*kept.mentions, *ent.mentions}
            }
            ent = kept.model_copy(update={"aliases": sorted(forms), "mentions": counts})
        entities[new_id] = ent
    relations: dict[tuple[str, str, str], Relation] = {}
    for rel in part.relations:
        source, target = moved.get(rel.source, rel.source), moved.get(rel.target, rel.target)
        if source == target:
            continue
        rel = rel.model_copy(update={"source": source, "target": target})
        key = rel.key
        rel = rel.model_copy(update={"source": key[0], "target": key[2]})
        if key in rejected:
            evidence = [e for e in rel.evidence if (e.document, e.start, e.end) not in rejected[key]]
            if not evidence:
                continue
            rel = rel.model_copy(update={"evidence": evidence})
        if key in confirmed:
            rel = rel.model_copy(
                update={"confidence": 1.0, "properties": {**rel.properties, "confirmed": True}}
            )
        if key in relations:
            kept = relations[key]
            rel = kept.model_copy(
                update={
                    "evidence": [*kept.evidence, *rel.evidence],
                    "confidence": max(kept.confidence, rel.confidence),
                }
            )
        relations[key] = rel
    return Graph(
        documents=part.documents, entities=list(entities.values()), relations=list(relations.values())
    )


def _moved_key(key: tuple[str, str, str], moved: dict[str, str]) -> tuple[str, str, str]:
    source, type_, target = key
    source, target = moved.get(source, source), moved.get(target, target)
    if RelationType(type_) in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return (source, type_, target)


def manual_source(judgement: Judgement, known: dict[str, Entity]) -> Graph:
    """The source document of a relation added by hand: the judgement itself."""
    assert judgement.kind == JudgementKind.ADD and judgement.source and judgement.target
    doc_id = judgement.manual_document_id()
    note = judgement.reason or "Tillagd för hand"
    text = f"{note} ({judgement.author}, {judgement.created:%Y-%m-%d})"
    document = Document(
        id=doc_id,
        title=f"Manuell bedömning av {judgement.author}",
        date=judgement.created.date(),
        kind=DocumentKind.OTHER,
        publisher=judgement.author,
        path=f"judgement:{judgement.id}" + (f" source:{judgement.document}" if judgement.document else ""),
    )
    ends = []
    for end_id, name, type_ in (
        (judgement.source, judgement.source_name, judgement.source_type),
        (judgement.target, judgement.target_name, judgement.target_type),
    ):
        existing = known.get(end_id)
        ends.append(
            Entity(
                id=end_id,
                type=existing.type if existing else (type_ or EntityType.ORGANISATION),
                name=existing.name if existing else (name or end_id),
                documents=[doc_id],
                mentions={doc_id: 1},
            )
        )
    relation = Relation(
        source=judgement.source,
        target=judgement.target,
        type=judgement.relation_type or RelationType.COLLABORATES_WITH,
        confidence=1.0,
        properties={"manual": True, "confirmed": True},
        evidence=[Evidence(document=doc_id, start=0, end=len(text), text=text)],
    )
    return Graph(documents=[document], entities=ends, relations=[relation])
