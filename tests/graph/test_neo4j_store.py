"""What only the Neo4j store does: its schema and layout, transactions, parameters, errors.

Everything here runs against a real Neo4j (NEO4J_URI, see scripts/neo4j_local.py); the
database is read back with a driver of its own, not through the store.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.embedded_store import EmbeddedStore
from graph.errors import InvalidQuery, StoreUnavailable
from graph.model import (
    Document,
    DocumentKind,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
)
from graph.neo4j_store import Neo4jStore
from graph.subgraph import Period
from tests.conftest import _neo4j_store, neo4j_settings
from tests.graph.sample import doc_a, doc_b

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo():  # type: ignore[no-untyped-def]
    store = _neo4j_store()
    store.clear()
    yield store
    store.clear()
    store.close()


@pytest.fixture
def cypher() -> Iterator[Any]:
    """Run a read query on the test database, outside the store."""
    from neo4j import GraphDatabase

    found = neo4j_settings()
    assert found is not None
    uri, auth, database = found
    driver = GraphDatabase.driver(uri, auth=auth)

    def run(query: str, **params: Any) -> list[dict[str, Any]]:
        with driver.session(database=database) as session:
            return session.run(query, params).data()  # type: ignore[arg-type]

    yield run
    driver.close()


def test_uniqueness_constraints_exist(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    found = {
        (row["labelsOrTypes"][0], tuple(row["properties"]))
        for row in cypher("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS'")
    }
    assert {("Actor", ("id",)), ("Document", ("id",)), ("Record", ("kind", "key"))} <= found


def test_layout_labels_mentions_and_one_symmetric_relationship(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    neo.upsert(doc_a())
    neo.upsert(doc_b())
    labels = cypher("MATCH (n:Actor {id: 'police'}) RETURN labels(n) AS labels")[0]["labels"]
    assert sorted(labels) == ["Actor", "PoliceUnit"]
    mentions = cypher(
        "MATCH (:Actor {id: 'town'})-[m:MENTIONED_IN]->(d:Document) RETURN d.id AS doc, m.count AS count"
    )
    assert sorted((m["doc"], m["count"]) for m in mentions) == [("doc-a", 1), ("doc-b", 1)]
    # doc-a says police -> town, doc-b town -> police: one relationship, smaller id first.
    collab = cypher("MATCH (a)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b")
    assert collab == [{"a": "police", "b": "town"}]


def test_provenance_reads_as_the_module_documents(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    neo.upsert(doc_a())
    neo.upsert(doc_b())
    import json

    rows = cypher(
        "MATCH (:Actor {id: 'police'})-[r:COLLABORATES_WITH]->(:Actor {id: 'town'}) "
        "MATCH (d:Document) WHERE d.id IN r.documents "
        "RETURN d.title AS title, r.detail AS detail ORDER BY title"
    )
    (collab,) = neo.relations(type_=RelationType.COLLABORATES_WITH)
    titles = {d: neo.document(d).title for d in collab.documents}
    assert [row["title"] for row in rows] == sorted(titles.values())
    sentences = {tuple(e) for e in json.loads(rows[0]["detail"])["evidence"]}
    assert sentences == {(e.document, e.start, e.end, e.text) for e in collab.evidence}


def test_a_changed_type_moves_the_actor_to_its_new_label(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    neo.upsert(doc_a())
    changed = doc_a()
    changed.entities[2] = changed.entities[2].model_copy(update={"type": EntityType.MUNICIPAL_BODY})
    assert neo.upsert(changed).documents_replaced == 1
    labels = cypher("MATCH (n:Actor {id: 'district'}) RETURN labels(n) AS labels")[0]["labels"]
    assert sorted(labels) == ["Actor", "MunicipalBody"]
    assert [e.id for e in neo.entities(type_=EntityType.PLACE)] == ["townplace"]


INJECTIONS = [
    "x'}) DETACH DELETE n //",
    'Polisen"}) MATCH (m) DETACH DELETE m RETURN 1 //',
    "`Actor` SET n:Hacked",
    "$ids } UNION MATCH (n) DETACH DELETE n",
    "Robert'); DROP CONSTRAINT samverkan_actor_id; --",
]


def injected_graph() -> Graph:
    doc = "dok-'}) DETACH DELETE d //"
    entities = [
        Entity(
            id=f"id-{i}-{text}",
            type=EntityType.ORGANISATION,
            name=text,
            aliases=[text.upper()],
            documents=[doc],
            mentions={doc: 1},
        )
        for i, text in enumerate(INJECTIONS)
    ]
    relations = [
        Relation(
            source=entities[i].id,
            target=entities[i + 1].id,
            type=RelationType.COLLABORATES_WITH,
            properties={text: text, "`k`": {"nested": [text]}},
            evidence=[Evidence(document=doc, start=i, end=i + 5, text=text)],
        )
        for i, text in enumerate(INJECTIONS[:-1])
    ]
    return Graph(
        documents=[Document(id=doc, title=INJECTIONS[0], publisher=INJECTIONS[1], path=INJECTIONS[2])],
        entities=entities,
        relations=relations,
    )


def test_injection_attempts_are_stored_verbatim(neo, cypher, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    neo.upsert(doc_a())
    graph = injected_graph()
    neo.upsert(graph)
    embedded = EmbeddedStore(tmp_path)
    embedded.upsert(doc_a())
    embedded.upsert(graph)
    assert neo.export() == embedded.export()
    for ent in graph.entities:
        assert neo.entity(ent.id).name == ent.name
        assert [e.id for e in neo.entities(q=ent.name)] == [e.id for e in embedded.entities(q=ent.name)]
    assert neo.document(graph.documents[0].id).title == INJECTIONS[0]
    # Nothing was deleted or relabelled, and the schema is whole.
    assert neo.stats() == embedded.stats()
    assert cypher("MATCH (n:Hacked) RETURN count(n) AS n")[0]["n"] == 0
    assert cypher("SHOW CONSTRAINTS YIELD name WHERE name = 'samverkan_actor_id' RETURN name")
    neo.put_records(INJECTIONS[0], {"k1": INJECTIONS[1]})
    assert neo.get_records(INJECTIONS[0]) == {"k1": INJECTIONS[1]}
    with pytest.raises(InvalidQuery):
        neo.put_records("judgement", {INJECTIONS[0]: "{}"})


def overflowing(graph: Graph) -> Graph:
    """The graph with one more actor whose mention count no Neo4j integer holds.

    It fails at the last statements of the write (the mentions), after the document, its
    actors and its relations have been sent in the same transaction.
    """
    doc = graph.documents[0].id
    first, second = graph.entities[0].id, graph.entities[1].id
    extra = Entity(
        id="new-actor", type=EntityType.AGENCY, name="Ny myndighet", documents=[doc], mentions={doc: 2**70}
    )
    also = Relation(
        source=first,
        target=second,
        type=RelationType.WORKS_FOR,
        evidence=[Evidence(document=doc, start=2, end=5, text="arbetar för")],
    )
    return graph.model_copy(
        update={"entities": [*graph.entities, extra], "relations": [*graph.relations, also]}
    )


def test_a_failed_document_leaves_nothing_half_written(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    neo.upsert(doc_a())
    before, version = neo.export(), neo.version()
    # A new version of a stored document: the old one stays whole.
    with pytest.raises(InvalidQuery):
        neo.upsert(overflowing(doc_a()))
    assert neo.export() == before
    assert neo.version() == version
    # A new document: nothing of it at all.
    with pytest.raises(InvalidQuery):
        neo.upsert(overflowing(doc_b()))
    assert neo.export() == before
    assert cypher("MATCH (n) WHERE n.id IN ['doc-b', 'new-actor', 'fund'] RETURN count(n) AS n")[0]["n"] == 0
    assert cypher("MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS n")[0]["n"] == len(doc_a().entities)


def test_the_database_name_is_passed() -> None:
    found = neo4j_settings()
    if found is None:
        pytest.skip("no Neo4j: set NEO4J_URI")
    uri, auth, _ = found
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore.connect(uri, auth=auth, database="samverkansaknas")
    assert "samverkansaknas" in info.value.message


def test_a_server_that_does_not_answer_is_store_unavailable() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore.connect(f"bolt://127.0.0.1:{port}", auth=("neo4j", "x"))
    assert "svarar inte" in info.value.message


def test_wrong_password_is_store_unavailable() -> None:
    found = neo4j_settings()
    if found is None or found[1] is None:
        pytest.skip("no Neo4j with authentication")
    uri, (user, password), database = found
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore.connect(uri, auth=(user, password + "-fel"), database=database)
    assert "inloggningen" in info.value.message


def test_version_changes_with_the_graph_only(neo) -> None:  # type: ignore[no-untyped-def]
    first = neo.version()
    neo.upsert(doc_a())
    second = neo.version()
    assert second != first
    neo.upsert(doc_a())
    neo.stats()
    assert neo.version() == second
    neo.remove_document("doc-a")
    assert neo.version() not in {first, second}


# -- the same answers as the embedded store, on random graphs -----------------------------------

NAMES = [
    "Polisen",
    "polisen",
    "Straße",
    "STRASSE",
    "Ärende",
    "ärende",
    "Ö-gruppen",
    "\U0001f6a8 Larm",
    "\ue000 Privat",
    "a",
]


def random_documents(seed: int, count: int = 8) -> list[Graph]:
    rng = random.Random(seed)
    ids = [f"e{i:02d}" for i in range(18)] + ["\U0001f6a8", "\ue000x"]
    types = {i: rng.choice(list(EntityType)) for i in ids}
    graphs = []
    for n in range(count):
        doc = f"d{n:02d}"
        used = rng.sample(ids, rng.randrange(2, 10))
        entities = [
            Entity(
                id=i,
                type=types[i] if rng.random() < 0.8 else EntityType.GROUP,  # documents may disagree
                name=rng.choice(NAMES) + " " + i,
                aliases=rng.sample(NAMES, rng.randrange(0, 3)),
                documents=[doc],
                mentions={doc: rng.randrange(1, 4)},
            )
            for i in used
        ]
        relations = []
        for k in range(rng.randrange(1, 12)):
            a, b = rng.choice(used), rng.choice(used)
            start = rng.randrange(0, 50)
            relations.append(
                Relation(
                    source=a,
                    target=b,
                    type=rng.choice(
                        [RelationType.COLLABORATES_WITH, RelationType.FUNDS, RelationType.PART_OF]
                    ),
                    properties=rng.choice([{}, {"status": f"s{k}"}, {"valid_from": "2024-01-01", "n": k}]),
                    confidence=rng.choice([0.5, 0.7, 0.9]),
                    evidence=[Evidence(document=doc, start=start, end=start + 4, text=f"mening {k}")],
                )
            )
        graphs.append(
            Graph(
                documents=[
                    Document(
                        id=doc,
                        title=f"Dokument {n}",
                        date=dt.date(2020, 1, 1) + dt.timedelta(days=40 * n),
                        kind=rng.choice(list(DocumentKind)),
                    )
                ],
                entities=entities,
                relations=relations,
            )
        )
    return graphs


def answers(store: Any, seed: int) -> list[Any]:
    rng = random.Random(seed)
    exported = store.export()
    ids = [e.id for e in exported.entities]
    out: list[Any] = [exported, store.stats(), store.documents(), store.documents(limit=3, offset=2)]
    for doc in exported.documents:
        out.append(store.document_graph(doc.id))
    for q in ["", "polis", "ss", "ß", "\U0001f6a8", "e0", "nothing"]:
        out.append(store.entities(q=q or None))
        out.append(store.entities(q=q or None, limit=4, offset=1))
    for type_ in list(EntityType)[:4]:
        out.append(store.entities(type_=type_))
    for _ in range(8):
        a, b = rng.choice(ids), rng.choice(ids)
        out.append(store.degree(a))
        out.append(store.relations(source=a))
        out.append(store.relations(target=a, type_=RelationType.COLLABORATES_WITH))
        out.append(store.relations(source=a, target=b))
        out.append(store.paths(a, b, max_length=rng.randrange(1, 5)))
        depth = rng.randrange(1, 4)
        out.append(store.neighbors(a, depth=depth))
        out.append(store.neighbors(a, depth=depth, entity_types=rng.sample(list(EntityType), 5)))
        out.append(store.neighbors(a, depth=depth, relation_types=[RelationType.FUNDS, RelationType.PART_OF]))
    out.append(store.relations(document="d01"))
    out.append(store.relations(limit=5, offset=3))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_graphs_give_the_embedded_stores_answers(neo, tmp_path: Path, seed: int) -> None:  # type: ignore[no-untyped-def]
    embedded = EmbeddedStore(tmp_path)
    parts = random_documents(seed)
    changed = random_documents(seed + 100, count=3)
    for store in (embedded, neo):
        store.upsert(Graph.batch(parts[:5]))
        for part in parts[5:]:
            store.upsert(part)
        store.remove_document("d02")
        store.upsert(Graph.batch(changed))  # d00..d02 again, with other content
    assert neo.export() == embedded.export()
    assert answers(neo, seed) == answers(embedded, seed)


def test_a_write_by_one_store_is_seen_by_the_next_read_of_another(neo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Two stores on one database, as two API workers: the reader keeps what it read under the
    # graph's version; after each write of the writer, its answers are the embedded store's.
    from api.search import search

    embedded = EmbeddedStore(tmp_path)
    reader = _neo4j_store()
    try:
        parts = random_documents(4)
        changed = random_documents(104, count=3)
        writes = [
            lambda s: s.upsert(Graph.batch(parts[:5])),
            lambda s: s.upsert(parts[5]),
            lambda s: s.remove_document("d02"),
            lambda s: s.upsert(Graph.batch(changed)),
            lambda s: s.remove_document("d00"),
        ]
        for write in writes:
            write(neo)
            write(embedded)
            for _ in range(2):  # asked twice: the second answer is the one kept
                assert answers(reader, 4) == answers(embedded, 4)
                for query in ("e1", "aktör", "polis"):
                    assert search(reader, query) == search(embedded, query), query
    finally:
        reader.close()


PERIODS = [
    Period(as_of=dt.date(2020, 6, 1)),
    Period(start=dt.date(2020, 3, 1), end=dt.date(2020, 9, 1)),
    Period(start=dt.date(2020, 5, 1), undated=True),
]


def test_a_map_of_a_period_kept_by_one_store_follows_the_writes_of_another(neo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The reader keeps each period's map and, after a write by the other store, patches it with
    # what the write logged; its answers (and the writer's) stay the embedded store's.
    embedded = EmbeddedStore(tmp_path)
    reader = _neo4j_store()
    try:
        parts = random_documents(11, count=10)
        changed = random_documents(111, count=4)
        undated = parts[7].model_copy(
            update={"documents": [parts[7].documents[0].model_copy(update={"date": None})]}
        )
        writes = [
            lambda s: s.upsert(Graph.batch(parts[:6])),
            lambda s: s.upsert(parts[6]),
            lambda s: s.upsert(undated),
            lambda s: s.remove_document("d02"),
            lambda s: s.upsert(Graph.batch(changed)),  # d00..d03 said again otherwise
            lambda s: s.upsert(parts[7]),  # dated again
            lambda s: s.remove_document("d06"),
            lambda s: s.upsert(Graph.batch(parts[8:])),
        ]
        for write in writes:
            write(neo)
            write(embedded)
            whole = embedded.export()
            for period in PERIODS:
                for _ in range(2):  # asked twice: the second answer is the one kept
                    assert reader.period_graph(period) == period.select(whole)
            assert neo.period_graph(PERIODS[0]) == PERIODS[0].select(whole)
    finally:
        reader.close()


def test_a_map_of_a_period_is_read_whole_again_after_an_unlogged_write(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    # A write that logs nothing (a bulk import bumps the version alone) leaves a gap in the log:
    # the kept map cannot be patched and the period is read whole, with what that write made.
    from graph import cypher as statements
    from graph.neo4j_store import _run_all

    period = PERIODS[1]
    parts = random_documents(12, count=6)
    neo.upsert(Graph.batch(parts[:3]))
    assert neo.period_graph(period) == period.select(neo.export())
    before = neo.period_graph(period)
    neo._write(
        _run_all,
        [
            (statements.BUMP_VERSION, {}),
            (
                "MATCH ()-[r]->() WHERE r.stamp IS NOT NULL SET r.confidence = 0.123, r.stamp = randomUUID()",
                {},
            ),
        ],
    )
    after = neo.period_graph(period)
    assert after.relations and all(r.confidence == 0.123 for r in after.relations)
    assert after != before
    neo.upsert(parts[3])
    assert neo.period_graph(period) == period.select(neo.export())
    assert len(cypher("MATCH (c:Change) RETURN c.value AS value")) >= 2


def test_a_map_of_a_period_further_behind_than_the_log_is_read_whole(neo, cypher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from graph import cypher as statements

    monkeypatch.setattr(statements, "CHANGES_KEPT", 2)
    period = PERIODS[1]
    parts = random_documents(13, count=7)
    neo.upsert(parts[0])
    reader = _neo4j_store()
    try:
        assert reader.period_graph(period) == period.select(neo.export())
        for part in parts[1:5]:
            neo.upsert(part)
        assert len(cypher("MATCH (c:Change) RETURN c.value AS value")) == 2
        assert reader.period_graph(period) == period.select(neo.export())
        neo.upsert(parts[5])  # within the log again: patched
        assert reader.period_graph(period) == period.select(neo.export())
    finally:
        reader.close()


def test_the_write_benchmark_writes_what_it_reports(neo) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.neo4j_writes import run, table

    found = neo4j_settings()
    assert found is not None
    results = run(*found, relations=300, per_row=30)
    assert (results["relations"], results["batched_relations"], results["per_row_relations"]) == (
        300,
        300,
        30,
    )
    assert all(results[k] > 0 for k in ("upsert_per_s", "batched_per_s", "per_row_per_s"))
    assert "one query per relationship" in table(results)
    assert neo.stats().relations == 0  # it leaves the database empty


def test_concurrent_writers_lose_nothing(neo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    parts = random_documents(7, count=12)  # the documents share most of their actors
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(neo.upsert, parts))
    assert sum(r.documents_added for r in results) == len(parts)
    embedded = EmbeddedStore(tmp_path)
    for part in parts:
        embedded.upsert(part)
    assert neo.export() == embedded.export()


def _operators(plan: Any) -> set[str]:
    found = {plan["operatorType"].split("@")[0]}
    for child in plan.get("children", []):
        found |= _operators(child)
    return found


def test_lookups_by_id_seek_the_index_in_a_small_graph(neo) -> None:  # type: ignore[no-untyped-def]
    # The planner would scan the index for each id of a small graph, and keep that plan.
    from benchmarks.synthetic_graph import load
    from graph import cypher as queries

    load(neo, 500)
    params = {"ids": ["a1"], "keys": [["a1", "RUNS", "a2"]], "pairs": [["a1", "a2"]], "id": "a1"}
    params |= {"relation_types": [], "entity_types": []}
    names = [
        "ACTORS_BY_ID",
        "DOCUMENTS_BY_ID",
        "ACTOR_LINKS",
        "RELATIONS_BY_KEY",
        "RELATION_PARTS",
        "DELETE_RELATIONS",
        "DEGREE",
    ]
    with neo.driver.session(database=neo.database) as session:
        for name in names:
            plan = session.run(f"EXPLAIN {getattr(queries, name)}", params).consume().plan  # type: ignore[arg-type]
            operators = _operators(plan)
            assert any("IndexSeek" in op for op in operators), name
            assert not any("Scan" in op for op in operators), (name, operators)


def test_an_older_database_gets_its_relations_summaries_and_stamps_once(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    from graph.filtering import filter_graph
    from graph.store import DocumentFilter

    neo.upsert(doc_a())
    neo.upsert(doc_b())
    # As a database written before relations kept their documents' dates and kinds.
    cypher(
        "MATCH ()-[r]->() WHERE r.document_dates IS NOT NULL "
        "REMOVE r.document_dates, r.document_kinds, r.first_date, r.last_date, r.kinds, r.undated"
    )
    cypher("MATCH (v:Meta {name: 'version'}) REMOVE v.summaries_read, v.stamped")
    cypher("MATCH (n) REMOVE n.stamp")
    cypher("MATCH ()-[r]->() REMOVE r.stamp")
    reopened = _neo4j_store()
    try:
        flt = DocumentFilter(date_from=dt.date(2024, 1, 1))
        assert reopened.filtered_export(flt) == filter_graph(reopened.export(), flt)
        (row,) = cypher("MATCH (v:Meta {name: 'version'}) RETURN v.summaries_read AS done")
        assert row["done"] is True
        missing = cypher("MATCH (:Actor)-[r]->(:Actor) WHERE r.document_dates IS NULL RETURN count(r) AS n")
        assert missing[0]["n"] == 0
        unstamped = cypher(
            "MATCH (n) WHERE (n:Actor OR n:Document) AND n.stamp IS NULL RETURN count(n) AS n "
            "UNION ALL MATCH (:Actor)-[r]->(:Actor) WHERE r.stamp IS NULL RETURN count(r) AS n"
        )
        assert [row["n"] for row in unstamped] == [0, 0]
        # Read twice, the second time from what was kept: the same answers.
        assert reopened.neighbors("police", depth=2) == reopened.neighbors("police", depth=2)
    finally:
        reopened.close()


def test_an_older_database_gets_its_relations_details_as_one_value_once(neo, cypher) -> None:  # type: ignore[no-untyped-def]
    import json

    neo.upsert(doc_a())
    neo.upsert(doc_b())
    stored = neo.export()
    # As a database written before the details were kept as one JSON value: seven properties.
    for row in cypher(
        "MATCH ()-[r]->() WHERE r.detail IS NOT NULL RETURN elementId(r) AS e, r.detail AS detail"
    ):
        detail = json.loads(row["detail"])
        cypher(
            "MATCH ()-[r]->() WHERE elementId(r) = $e REMOVE r.detail "
            "SET r.properties = $properties, r.evidence_documents = $documents, r.evidence_starts = $starts, "
            "r.evidence_ends = $ends, r.evidence_texts = $texts, "
            "r.part_confidences = $confidences, r.part_properties = $parts",
            e=row["e"],
            properties=json.dumps(detail["properties"]),
            documents=[e[0] for e in detail["evidence"]],
            starts=[e[1] for e in detail["evidence"]],
            ends=[e[2] for e in detail["evidence"]],
            texts=[e[3] for e in detail["evidence"]],
            confidences=[c for c, _ in detail["parts"]],
            parts=[json.dumps(p) for _, p in detail["parts"]],
        )
    cypher("MATCH (v:Meta {name: 'version'}) REMOVE v.details_read")
    reopened = _neo4j_store()
    try:
        assert reopened.export() == stored
        (row,) = cypher(
            "MATCH (:Actor)-[r]->(:Actor) WHERE r.detail IS NULL OR r.evidence_starts IS NOT NULL "
            "RETURN count(r) AS n"
        )
        assert row["n"] == 0
        reopened.upsert(doc_a().model_copy(update={"relations": []}))  # merged again from what is stored
        neo.upsert(doc_a())
        assert reopened.export() == stored
    finally:
        reopened.close()


def test_clear_empties_a_graph_whose_hub_has_more_relationships_than_one_transaction_deletes(  # type: ignore[no-untyped-def]
    neo, cypher
) -> None:
    from graph.cypher import ALL_RELATION_TYPES

    hub = random_documents(3, count=2)[0]
    neo.upsert(hub)
    neo.put_records("sources", {"k1": "{}"})
    # One actor joined to 25,000 others (more than clear deletes per transaction), written
    # directly: the store's own writes would take minutes for a hub this large.
    cypher(
        "MATCH (h:Actor) WITH h ORDER BY h.id LIMIT 1 "
        "UNWIND range(1, 25000) AS i "
        "CREATE (h)-[:COLLABORATES_WITH {documents: ['x']}]->(:Actor:Organisation {id: 'extra-' + toString(i), type: 'Organisation', name: 'x'})"
    )
    assert neo.stats().relations > 25_000
    neo.clear()
    assert (neo.stats().entities, neo.stats().relations, neo.stats().documents) == (0, 0, 0)
    left = cypher(
        f"MATCH (n) WHERE n:Actor OR n:Document OR n:Record RETURN count(n) AS n "
        f"UNION ALL MATCH ()-[r:{ALL_RELATION_TYPES}|MENTIONED_IN]->() RETURN count(r) AS n"
    )
    assert [row["n"] for row in left] == [0, 0]
    assert neo.get_records("sources") == {}
