"""What a judgement must make sense of before it is recorded; refusals are 422 in Swedish.

Every actor named must exist (after earlier merges); an actor is never joined to itself;
a new name is one line of text and a new type a
change; a relation added by hand joins two existing actors as ONTOLOGY.md's type
signature allows.
"""

from __future__ import annotations

from api.erased_names import is_erased_name
from graph.errors import EntityNotFound, InvalidQuery, NotFound, SamverkanError
from graph.judgements import EvidenceRef, Judgement, JudgementKind
from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, Entity
from graph.signatures import fits, signature_sv
from graph.store import GraphStore

MAX_NAME_CHARS = 200


class JudgementConflict(SamverkanError):
    status = 409
    code = "conflict"


class UnknownActor(InvalidQuery):
    """A judgement names an actor that is not in the graph."""


def _actor(store: GraphStore, entity_id: str | None, role: str) -> Entity:
    if not entity_id:
        raise InvalidQuery(f"{role} saknas i bedömningen")
    try:
        return store.entity(entity_id)
    except EntityNotFound:
        raise UnknownActor(f"det finns ingen aktör med id '{entity_id}' ({role})") from None


def _label(entity: Entity) -> str:
    return f"”{entity.name}” ({ENTITY_LABELS_SV[entity.type].lower()})"


def check(store: GraphStore, judgement: Judgement, existing: list[Judgement]) -> None:
    """Raise InvalidQuery (422), NotFound (404) or JudgementConflict (409) if it makes no sense."""
    kind = judgement.kind
    if kind in (JudgementKind.MERGE, JudgementKind.DISTINCT):
        _check_pair(store, judgement, existing)
    elif kind == JudgementKind.RENAME:
        _check_rename(store, judgement)
    elif kind == JudgementKind.RETYPE:
        entity = _actor(store, judgement.entity, "aktören")
        if judgement.type is None:
            raise InvalidQuery("ny typ saknas")
        if judgement.type == entity.type:
            raise InvalidQuery(f"{_label(entity)} har redan den typen")
    elif kind in (JudgementKind.REJECT, JudgementKind.CONFIRM):
        _check_existing_relation(store, judgement)
    elif kind == JudgementKind.ADD:
        _check_added_relation(store, judgement)


def _check_pair(store: GraphStore, judgement: Judgement, existing: list[Judgement]) -> None:
    first = _actor(store, judgement.entity, "aktören")
    second = _actor(store, judgement.other, "den andra aktören")
    if first.id == second.id:
        raise InvalidQuery("en aktör kan inte jämföras eller slås ihop med sig själv")
    if judgement.kind != JudgementKind.MERGE:
        return
    pair = {first.id, second.id}
    if any(j.kind == JudgementKind.DISTINCT and {j.entity, j.other} == pair for j in existing):
        raise JudgementConflict("aktörerna är markerade som olika och slås aldrig ihop")


def _check_rename(store: GraphStore, judgement: Judgement) -> None:
    entity = _actor(store, judgement.entity, "aktören")
    name = (judgement.name or "").strip()
    if not name:
        raise InvalidQuery("nytt namn saknas")
    if len(name) > MAX_NAME_CHARS or any(ord(c) < 32 for c in name):
        raise InvalidQuery(f"namnet ska vara en rad text på högst {MAX_NAME_CHARS} tecken")
    if name == entity.name:
        raise InvalidQuery(f"{_label(entity)} heter redan så")
    if is_erased_name(store, name):
        raise InvalidQuery("namnet är en raderad persons och kan inte ges åt en aktör")
    judgement.name = name


def _check_existing_relation(store: GraphStore, judgement: Judgement) -> None:
    if judgement.relation_key() is None:
        raise InvalidQuery("relationen anges med source, target och relation_type")
    if judgement.source == judgement.target:
        raise InvalidQuery("en relation går mellan två olika aktörer")
    found = store.relations(
        type_=judgement.relation_type, source=judgement.source, target=judgement.target, limit=1
    )
    if not found:
        raise NotFound("ingen sådan relation")
    if judgement.kind == JudgementKind.REJECT and not judgement.evidence:
        judgement.evidence = [
            EvidenceRef(document=e.document, start=e.start, end=e.end) for e in found[0].evidence
        ]


def _check_added_relation(store: GraphStore, judgement: Judgement) -> None:
    if not (judgement.source and judgement.target and judgement.relation_type):
        raise InvalidQuery("relationen anges med source, target och relation_type")
    source = _actor(store, judgement.source, "relationens källa")
    target = _actor(store, judgement.target, "relationens mål")
    if source.id == target.id:
        raise InvalidQuery("en relation går mellan två olika aktörer, inte från en aktör till sig själv")
    relation = judgement.relation_type
    if not fits(relation, source.type, target.type):
        raise InvalidQuery(
            f"”{RELATION_LABELS_SV[relation]}” går {signature_sv(relation)}, "
            f"inte från {_label(source)} till {_label(target)}"
        )
    if judgement.document:
        store.document(judgement.document)
