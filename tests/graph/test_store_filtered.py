"""The store contract, narrowed: questions over the part a document filter keeps, and a period.

Each store answers them itself (Neo4j in Cypher); both must give what graph.filtering and
graph.view give over the whole graph exported, and so agree with each other.
"""

from __future__ import annotations

import datetime as dt

import pytest

from graph.filtering import filter_graph
from graph.model import Document, DocumentKind, EntityType, Graph, RelationType
from graph.store import DocumentFilter
from graph.subgraph import Period
from graph.view import GraphView
from tests.graph.sample import doc_a, doc_b, ent, rel


def doc_c() -> Graph:
    """A news article of 2019 that says what holds from 2023 to mid-2024."""
    d = "doc-c"
    return Graph(
        documents=[Document(id=d, title="Nätverket", date=dt.date(2019, 9, 1), kind=DocumentKind.NEWS)],
        entities=[
            ent(EntityType.POLICE_UNIT, "police", "Polisen", d),
            ent(EntityType.CRIMINAL_GROUP, "gang", "kriminella nätverk i Exempelby", d),
            ent(EntityType.ORGANISATION, "paper", "Exempelby Tidning", d),
        ],
        relations=[
            rel(
                "police",
                RelationType.COUNTERS,
                "gang",
                d,
                0,
                "Polisen motverkar nätverket 2023–2024.",
                valid_from="2023",
                valid_to="2024-06",
            ),
            rel("paper", RelationType.ACTIVE_IN, "gang", d, 50, "Tidningen granskar nätverket."),
        ],
    )


FILTERS = [
    DocumentFilter(kinds=[DocumentKind.PROTOCOL]),
    DocumentFilter(date_from=dt.date(2024, 1, 1)),
    DocumentFilter(date_from=dt.date(2023, 6, 1), date_to=dt.date(2023, 12, 31)),
    DocumentFilter(kinds=[DocumentKind.NEWS, DocumentKind.PROTOCOL], date_to=dt.date(2023, 12, 31)),
    DocumentFilter(date_from=dt.date(2030, 1, 1)),
]
IDS = ["police", "town", "district", "townplace", "effort", "fund", "party", "gang", "paper"]


def loaded(store):  # type: ignore[no-untyped-def]
    for part in (doc_a(), doc_b(), doc_c()):
        store.upsert(part)
    return store


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.model_dump_json(exclude_defaults=True))
def test_filtered_answers_are_those_of_the_filtered_graph(store, flt: DocumentFilter) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    expected = filter_graph(store.export(), flt)
    view = GraphView(expected)
    assert store.filtered_export(flt) == expected
    assert store.filtered_entities(flt) == view.find_entities()
    assert store.filtered_entities(flt, q="exempel") == view.find_entities(q="exempel")
    assert store.filtered_entities(flt, type_=EntityType.PLACE) == view.find_entities(type_=EntityType.PLACE)
    assert store.filtered_entities(flt, limit=2, offset=1) == view.find_entities(limit=2, offset=1)
    assert store.filtered_relations(flt) == view.find_relations()
    assert store.filtered_relations(flt, source="gang") == view.find_relations(source="gang")
    assert store.filtered_relations(flt, document="doc-c") == view.find_relations(document="doc-c")
    assert store.filtered_relations(flt, type_=RelationType.COUNTERS) == view.find_relations(
        type_=RelationType.COUNTERS
    )
    for entity_id in IDS:
        for depth in (1, 2):
            want = (
                view.neighbors(entity_id, depth=depth)
                if entity_id in view.entities
                else Graph(entities=[store.entity(entity_id)])
            )
            assert store.filtered_neighbors(entity_id, flt, depth=depth) == want, (entity_id, depth)
    places = [EntityType.PLACE, EntityType.CRIMINAL_GROUP]
    if "effort" in view.entities:
        assert store.filtered_neighbors("effort", flt, 2, entity_types=places) == view.neighbors(
            "effort", 2, entity_types=places
        )
    for source, target in [
        ("townplace", "gang"),
        ("paper", "town"),
        ("effort", "party"),
        ("police", "police"),
    ]:
        inside = source in view.entities and target in view.entities
        want_paths = view.paths(source, target, max_length=4) if inside else []
        assert store.filtered_paths(source, target, flt, max_length=4) == want_paths, (source, target)


def test_a_relation_dated_by_its_text_is_judged_by_its_period(store) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    flt = DocumentFilter(date_from=dt.date(2023, 6, 1), date_to=dt.date(2023, 12, 31))
    kept = store.filtered_relations(flt, type_=RelationType.COUNTERS)
    assert [(r.source, r.target) for r in kept] == [("police", "gang")]
    assert [e.document for e in kept[0].evidence] == ["doc-c"]
    # The 2019 article is kept as the source of that relation, but brings none of its other actors.
    assert "paper" not in {e.id for e in store.filtered_entities(flt)}
    assert store.filtered_neighbors("paper", flt) == Graph(entities=[store.entity("paper")])
    assert "doc-c" in store.filtered_neighbors("gang", flt).entities[0].documents


@pytest.mark.parametrize(
    "period",
    [
        Period(as_of=dt.date(2023, 6, 1)),
        Period(as_of=dt.date(2024, 8, 1)),
        Period(start=dt.date(2024, 1, 1)),
        Period(end=dt.date(2022, 12, 31)),
        Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31)),
    ],
    ids=lambda p: p.describe(),
)
def test_period_graph_is_the_period_of_the_whole_graph(store, period: Period) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    assert store.period_graph(period) == period.select(store.export())


def test_unknown_actor_is_not_found_under_a_filter(store) -> None:  # type: ignore[no-untyped-def]
    from graph.errors import EntityNotFound

    loaded(store)
    flt = DocumentFilter(kinds=[DocumentKind.PROTOCOL])
    with pytest.raises(EntityNotFound):
        store.filtered_neighbors("nobody", flt)
    with pytest.raises(EntityNotFound):
        store.filtered_paths("nobody", "town", flt)


def _answers_agree(store, flt: DocumentFilter) -> None:  # type: ignore[no-untyped-def]
    """The store's filtered answers are those of graph.filtering over its whole graph."""
    expected = filter_graph(store.export(), flt)
    view = GraphView(expected)
    assert store.filtered_export(flt) == expected
    assert store.filtered_entities(flt) == view.find_entities()
    assert store.filtered_entities(flt, q="exempel") == view.find_entities(q="exempel")
    assert store.filtered_relations(flt) == view.find_relations()
    for entity_id in ("police", "gang", "town"):
        if entity_id in view.entities:
            assert store.filtered_neighbors(entity_id, flt, depth=2) == view.neighbors(entity_id, depth=2)


def redated(part: Graph, date: dt.date | None, kind: DocumentKind | None) -> Graph:
    """The same document, said again with another date and kind."""
    (document,) = part.documents
    return part.model_copy(update={"documents": [document.model_copy(update={"date": date, "kind": kind})]})


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.model_dump_json(exclude_defaults=True))
def test_a_document_redated_moves_its_relations_in_and_out_of_a_filter(store, flt: DocumentFilter) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    store.upsert(redated(doc_b(), dt.date(2023, 7, 1), DocumentKind.NEWS))
    _answers_agree(store, flt)
    store.upsert(redated(doc_b(), None, None))
    _answers_agree(store, flt)
    store.upsert(doc_b())
    _answers_agree(store, flt)


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.model_dump_json(exclude_defaults=True))
def test_a_document_deleted_leaves_the_filter_to_the_others(store, flt: DocumentFilter) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    store.remove_document("doc-c")
    _answers_agree(store, flt)
    store.remove_document("doc-b")
    _answers_agree(store, flt)
    assert store.period_graph(Period(as_of=dt.date(2023, 6, 1))) == Period(as_of=dt.date(2023, 6, 1)).select(
        store.export()
    )


def test_answers_read_again_follow_every_write(store) -> None:  # type: ignore[no-untyped-def]
    """The same store asked again after each write answers from the graph as it now is."""
    period = Period(start=dt.date(2019, 1, 1))

    def agrees() -> None:
        whole = store.export()
        view = GraphView(whole)
        for entity_id in view.entities:
            assert store.entity(entity_id) == view.entities[entity_id]
            assert store.neighbors(entity_id, depth=2) == view.neighbors(entity_id, depth=2)
        assert store.period_graph(period) == period.select(whole)

    loaded(store)
    agrees()
    store.upsert(redated(doc_b(), dt.date(2018, 3, 1), DocumentKind.NEWS))
    agrees()
    store.remove_document("doc-c")
    agrees()
    store.upsert(doc_c())
    agrees()
    store.remove_document("doc-a")
    agrees()


@pytest.mark.parametrize("undated", [False, True], ids=["without undated", "with undated"])
def test_a_period_takes_undated_relations_only_when_asked(store, undated: bool) -> None:  # type: ignore[no-untyped-def]
    loaded(store)
    store.upsert(redated(doc_b(), None, None))
    whole = store.export()
    for period in (
        Period(as_of=dt.date(2024, 8, 1), undated=undated),
        Period(start=dt.date(2023, 1, 1), undated=undated),
    ):
        assert store.period_graph(period) == period.select(whole)
    # The undated document's relations are in the first answer only.
    day = dt.date(2024, 8, 1)
    assert len(Period(as_of=day, undated=True).select(whole).relations) > len(
        Period(as_of=day).select(whole).relations
    )
