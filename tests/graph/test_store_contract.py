"""The store contract: the same graph in gives the same answers out, on every backend."""

from __future__ import annotations

import pytest

from graph.errors import DocumentNotFound, EntityNotFound
from graph.merge import combine
from graph.model import EntityType, Graph, RelationType
from tests.graph.sample import doc_a, doc_b


def load(store, *parts: Graph) -> None:  # type: ignore[no-untyped-def]
    for part in parts:
        store.upsert(part)


def test_counts_by_type(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    stats = store.stats()
    assert (stats.documents, stats.entities, stats.relations) == (2, 8, 7)
    assert stats.entities_by_type["Place"] == 2
    assert stats.relations_by_type["COLLABORATES_WITH"] == 1  # symmetric: one relation read both ways


def test_merged_actor_takes_longest_name_and_all_forms(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    police = store.entity("police")
    assert police.name == "Polismyndigheten"
    assert police.aliases == ["Polisen", "polisen"]
    assert police.documents == ["doc-a", "doc-b"]
    assert store.degree("police") == 2


def test_collaboration_from_two_documents_has_both_sentences(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    (collab,) = store.relations(type_=RelationType.COLLABORATES_WITH)
    assert {collab.source, collab.target} == {"police", "town"}
    assert [e.document for e in collab.evidence] == ["doc-a", "doc-b"]
    assert collab.evidence[0].text == "Polisen samverkar med kommunen."
    # A symmetric relation is found from either end.
    assert store.relations(source="town", target="police") == [collab]


def test_relation_properties_survive(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_b())
    (funds,) = store.relations(type_=RelationType.FUNDS)
    assert funds.properties == {"amount_sek": 5_000_000, "status": "proposed"}
    (counters,) = store.relations(type_=RelationType.COUNTERS)
    assert counters.valid_from == "2024-01-01"


def test_entities_filter_and_page(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    places = store.entities(type_=EntityType.PLACE)
    assert [e.name for e in places] == ["Exempelby", "Norrdal"]
    assert [e.id for e in store.entities(q="exempelby")] == ["townplace", "town", "gang"]
    page1 = store.entities(limit=3)
    page2 = store.entities(limit=3, offset=3)
    assert len(page1) == 3 and not {e.id for e in page1} & {e.id for e in page2}


def test_neighbors_by_depth_and_filters(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    one = store.neighbors("effort", depth=1)
    assert {e.id for e in one.entities} == {"effort", "police", "district"}
    two = store.neighbors("effort", depth=2)
    assert {e.id for e in two.entities} == {"effort", "police", "district", "town", "townplace", "gang"}
    three = store.neighbors("effort", depth=3)
    assert {"fund", "party"} - {e.id for e in three.entities} == {"fund", "party"}
    only_places = store.neighbors("effort", depth=2, entity_types=[EntityType.PLACE])
    assert {e.id for e in only_places.entities} == {"effort", "district", "townplace"}
    runs_only = store.neighbors("police", depth=2, relation_types=[RelationType.RUNS])
    assert {e.id for e in runs_only.entities} == {"police", "effort"}
    assert all(r.type == RelationType.RUNS for r in runs_only.relations)


def test_shortest_paths(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    paths = store.paths("townplace", "gang", max_length=4)
    assert [[e.id for e in p.entities] for p in paths] == [["townplace", "district", "gang"]]
    assert [r.type for r in paths[0].relations] == [RelationType.LOCATED_IN, RelationType.ESTABLISHED_IN]
    assert store.paths("townplace", "fund", max_length=4) == []
    assert store.paths("townplace", "gang", max_length=1) == []


def test_unknown_ids_raise(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EntityNotFound):
        store.entity("nobody")
    with pytest.raises(EntityNotFound):
        store.neighbors("nobody")
    with pytest.raises(DocumentNotFound):
        store.remove_document("nothing")


def test_reingest_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    before = store.export()
    result = store.upsert(doc_a())
    assert result.documents_unchanged == 1
    assert store.export() == before


def test_order_does_not_matter(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_b(), doc_a())
    assert store.export() == combine([doc_a(), doc_b()])


def test_removing_a_document_removes_only_what_it_alone_said(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    store.remove_document("doc-b")
    assert store.export() == combine([doc_a()])
    with pytest.raises(EntityNotFound):
        store.entity("fund")
    (collab,) = store.relations(type_=RelationType.COLLABORATES_WITH)
    assert [e.document for e in collab.evidence] == ["doc-a"]


def test_document_graph(store) -> None:  # type: ignore[no-untyped-def]
    load(store, doc_a(), doc_b())
    part = store.document_graph("doc-b")
    assert [d.id for d in part.documents] == ["doc-b"]
    assert {r.type for r in part.relations} >= {RelationType.FUNDS, RelationType.COLLABORATES_WITH}
    assert all(e.document == "doc-b" for r in part.relations for e in r.evidence)
    assert [d.id for d in store.documents()] == ["doc-a", "doc-b"]
    assert store.document("doc-a").title == "Polisen ökar närvaron"


def test_batch_upsert_equals_one_by_one(store) -> None:  # type: ignore[no-untyped-def]
    store.upsert(Graph.batch([doc_a(), doc_b()]))
    assert store.export() == combine([doc_a(), doc_b()])
