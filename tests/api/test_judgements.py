"""Judgements on both stores: each kind, and each surviving re-ingestion and undo."""

from __future__ import annotations

import pytest

from api.ingest import import_graph, remove_document
from api.judgements import JudgementConflict, judge, list_judgements, review_queue, undo
from graph.errors import EntityNotFound, InvalidQuery
from graph.judgements import Judgement, JudgementKind
from graph.merge import combine
from graph.model import EntityType, RelationType
from tests.graph.sample import doc_a, doc_b


def made(kind: JudgementKind, **fields: object) -> Judgement:
    return Judgement(kind=kind, author="Samordnare Test", reason="känner kommunen", **fields)


@pytest.fixture
def loaded(store):  # type: ignore[no-untyped-def]
    import_graph(store, doc_a())
    import_graph(store, doc_b())
    return store


def reingest(store) -> None:  # type: ignore[no-untyped-def]
    import_graph(store, doc_b())
    import_graph(store, doc_a())


def test_merge_survives_reingestion_and_new_mentions(loaded) -> None:  # type: ignore[no-untyped-def]
    judge(loaded, made(JudgementKind.MERGE, entity="townplace", other="district"))
    with pytest.raises(EntityNotFound):
        loaded.entity("townplace")
    district = loaded.entity("district")
    assert "Exempelby" in district.aliases
    reingest(loaded)
    with pytest.raises(EntityNotFound):
        loaded.entity("townplace")
    # The relation between the two merged actors disappears instead of looping.
    assert not loaded.relations(type_=RelationType.LOCATED_IN)


def test_distinct_forbids_a_later_merge(loaded) -> None:  # type: ignore[no-untyped-def]
    judge(loaded, made(JudgementKind.DISTINCT, entity="town", other="townplace"))
    with pytest.raises(JudgementConflict):
        judge(loaded, made(JudgementKind.MERGE, entity="town", other="townplace"))


def test_rename_and_retype_survive_reingestion(loaded) -> None:  # type: ignore[no-untyped-def]
    judge(loaded, made(JudgementKind.RENAME, entity="effort", name="Trygghetsinsatsen i Norrdal"))
    judge(loaded, made(JudgementKind.RETYPE, entity="gang", type=EntityType.GROUP))
    reingest(loaded)
    effort = loaded.entity("effort")
    assert effort.name == "Trygghetsinsatsen i Norrdal"
    assert "trygghetsinsats" in effort.aliases
    assert loaded.entity("gang").type == EntityType.GROUP


def test_rejected_relation_does_not_come_back_from_the_same_evidence(loaded) -> None:  # type: ignore[no-untyped-def]
    judge(
        loaded, made(JudgementKind.REJECT, source="police", relation_type=RelationType.RUNS, target="effort")
    )
    assert not loaded.relations(type_=RelationType.RUNS)
    reingest(loaded)
    assert not loaded.relations(type_=RelationType.RUNS)


def test_confirmed_relation_is_certain_and_leaves_the_review_queue(loaded) -> None:  # type: ignore[no-untyped-def]
    assert any(r.type == RelationType.FUNDS for r in review_queue(loaded, 50))
    judge(
        loaded, made(JudgementKind.CONFIRM, source="party", relation_type=RelationType.FUNDS, target="fund")
    )
    reingest(loaded)
    (funds,) = loaded.relations(type_=RelationType.FUNDS)
    assert funds.confidence == 1.0 and funds.properties["confirmed"] is True
    assert all(r.type != RelationType.FUNDS for r in review_queue(loaded, 50))


def test_manual_relation_stays_when_documents_go(loaded) -> None:  # type: ignore[no-untyped-def]
    j = judge(
        loaded,
        made(
            JudgementKind.ADD, source="party", relation_type=RelationType.COLLABORATES_WITH, target="police"
        ),
    )
    (rel,) = loaded.relations(type_=RelationType.COLLABORATES_WITH, source="party")
    assert rel.evidence[0].text.startswith("känner kommunen")
    remove_document(loaded, "doc-b")
    remove_document(loaded, "doc-a")
    assert loaded.relations(type_=RelationType.COLLABORATES_WITH, source="party")
    assert [x.id for x in list_judgements(loaded)] == [j.id]


def test_undo_restores_what_the_documents_say(loaded) -> None:  # type: ignore[no-untyped-def]
    before = loaded.export()
    j1 = judge(loaded, made(JudgementKind.MERGE, entity="townplace", other="district"))
    j2 = judge(loaded, made(JudgementKind.RENAME, entity="police", name="Polisen i Exempelby"))
    assert list_judgements(loaded, entity="district") == [j1]
    undo(loaded, j2.id, "Granskare Test", "fel namn")
    undo(loaded, j1.id, "Granskare Test")
    assert loaded.export() == before == combine([doc_a(), doc_b()])
    # The log keeps both, each with who withdrew it, when and why.
    log = list_judgements(loaded)
    assert [j.id for j in log] == [j1.id, j2.id]
    assert [(j.withdrawn.by, j.withdrawn.reason) for j in log if j.withdrawn] == [
        ("Granskare Test", ""),
        ("Granskare Test", "fel namn"),
    ]
    assert list_judgements(loaded, withdrawn=False) == []
    with pytest.raises(JudgementConflict):
        undo(loaded, j1.id, "Granskare Test")
    # A withdrawn judgement is not applied again when documents are read in again.
    reingest(loaded)
    assert loaded.export() == before


def test_bad_judgements_are_refused(loaded) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidQuery, match="ingen aktör med id 'nobody'"):
        judge(loaded, made(JudgementKind.MERGE, entity="nobody", other="town"))
    with pytest.raises(InvalidQuery, match="sig själv"):
        judge(loaded, made(JudgementKind.MERGE, entity="town", other="town"))
    with pytest.raises(InvalidQuery, match="redan så"):
        judge(loaded, made(JudgementKind.RENAME, entity="town", name=" Exempelby kommun "))
    with pytest.raises(InvalidQuery, match="redan den typen"):
        judge(loaded, made(JudgementKind.RETYPE, entity="town", type=EntityType.MUNICIPALITY))
    assert list_judgements(loaded) == []


@pytest.mark.parametrize(
    ("source", "relation", "target", "message"),
    [
        ("town", RelationType.COLLABORATES_WITH, "town", "sig själv"),
        ("town", RelationType.COLLABORATES_WITH, "Ny/aktör", "ingen aktör med id 'Ny/aktör'"),
        ("town", RelationType.MEMBER_OF, "party", "från person till parti"),
        ("effort", RelationType.LOCATED_IN, "district", "från plats till plats"),
        ("police", RelationType.RUNS, "district", "till insats/initiativ"),
    ],
)
def test_added_relations_must_fit_the_ontology(  # type: ignore[no-untyped-def]
    loaded, source: str, relation: RelationType, target: str, message: str
) -> None:
    with pytest.raises(InvalidQuery, match=message):
        judge(loaded, made(JudgementKind.ADD, source=source, relation_type=relation, target=target))
    assert list_judgements(loaded) == []
