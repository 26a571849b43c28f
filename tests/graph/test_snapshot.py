"""The embedded store's snapshot: used when it matches the document files, rebuilt when it does not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from benchmarks.synthetic_graph import document_parts
from graph.embedded_store import EmbeddedStore
from graph.model import Graph
from graph.snapshot import FILE_NAME

RELATIONS = 600  # six documents with hubs: relations and actors that several documents state


@pytest.fixture
def parts() -> list[Graph]:
    return list(document_parts(RELATIONS, seed=5))


def built(data: Path, parts: list[Graph]) -> EmbeddedStore:
    store = EmbeddedStore(data)
    store.upsert(Graph.batch(parts))
    store.close()
    return store


def answers(store: EmbeddedStore) -> list[object]:
    """What the store answers to every kind of query, on a sample of actors and documents."""
    graph = store.export()
    ids = [e.id for e in graph.entities]
    found: list[object] = [graph, store.stats(), store.documents(limit=1000), store.relations(limit=10**6)]
    for entity_id in ids[:: max(1, len(ids) // 25)]:
        found += [store.entity(entity_id), store.degree(entity_id), store.neighbors(entity_id, depth=2)]
    for a, b in itertools.pairwise(ids[:: max(1, len(ids) // 10)]):
        found.append(store.paths(a, b))
    for doc in graph.documents:
        found += [store.document_graph(doc.id), store.relations(document=doc.id, limit=10**6)]
    found.append(store.entities(q="a", limit=10**6))
    return found


def test_a_closed_store_reopens_from_its_snapshot_with_the_same_answers(
    tmp_path: Path, parts: list[Graph]
) -> None:
    original = built(tmp_path / "data", parts)
    assert (tmp_path / "data" / FILE_NAME).exists()
    reopened = EmbeddedStore(tmp_path / "data")
    assert reopened.opened_from_snapshot
    assert answers(reopened) == answers(original)
    # Idempotent across the reopening: the same documents again change nothing.
    again = reopened.upsert(Graph.batch(parts))
    assert again.documents_unchanged == len(parts) and not again.documents_added


def test_writes_after_a_snapshot_equal_writes_to_a_store_read_from_files(
    tmp_path: Path, parts: list[Graph]
) -> None:
    built(tmp_path / "data", parts[:4])
    from_snapshot = EmbeddedStore(tmp_path / "data")
    assert from_snapshot.opened_from_snapshot
    from_scratch = EmbeddedStore(tmp_path / "scratch")
    from_scratch.upsert(Graph.batch(parts[:4]))
    for store in (from_snapshot, from_scratch):
        store.upsert(Graph.batch(parts[4:]))
        store.remove_document(parts[1].documents[0].id)
        store.upsert(
            parts[2].model_copy(update={"relations": parts[2].relations[: len(parts[2].relations) // 2]})
        )
    assert answers(from_snapshot) == answers(from_scratch)
    from_snapshot.close()
    assert answers(EmbeddedStore(tmp_path / "data")) == answers(from_scratch)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-100] + bytes(100),  # the end overwritten
        lambda data: data.replace(b'"format": 1', b'"format": 99'),  # another format
        lambda data: b"",
    ],
)
def test_a_damaged_snapshot_is_rebuilt_not_trusted(tmp_path: Path, parts: list[Graph], damage) -> None:  # type: ignore[no-untyped-def]
    original = built(tmp_path / "data", parts)
    path = tmp_path / "data" / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    reopened = EmbeddedStore(tmp_path / "data")
    assert not reopened.opened_from_snapshot
    assert answers(reopened) == answers(original)
    # ... and written again, whole, for the next open.
    assert EmbeddedStore(tmp_path / "data").opened_from_snapshot


def test_a_stale_snapshot_is_rebuilt_not_trusted(tmp_path: Path, parts: list[Graph]) -> None:
    data = tmp_path / "data"
    built(data, parts[:3])
    # Another process adds a document and dies before it can write a snapshot.
    other = EmbeddedStore(data)
    other.upsert(parts[3])
    reopened = EmbeddedStore(data)
    assert not reopened.opened_from_snapshot
    assert reopened.stats().documents == 4
    assert answers(reopened) == answers(other)

    # A document file removed or replaced behind the store's back is seen too.
    reopened.close()
    victim = sorted((data / "documents").glob("*.json"))[0]
    victim.unlink()
    assert EmbeddedStore(data).stats().documents == 3
    replacement = EmbeddedStore(tmp_path / "other")
    replacement.upsert(parts[0].model_copy(update={"relations": parts[0].relations[:1]}))
    (data / "documents" / victim.name).write_bytes(
        (tmp_path / "other" / "documents" / victim.name).read_bytes()
    )
    latest = EmbeddedStore(data)
    assert not latest.opened_from_snapshot
    assert (
        latest.document_graph(parts[0].documents[0].id).relations
        == replacement.document_graph(parts[0].documents[0].id).relations
    )
