"""Two apps over one Neo4j, as two workers of `samverkan serve --store neo4j`: a write through
one is in the next answer of the other, though each keeps what it read under the graph's version."""

from __future__ import annotations

import pytest

from tests.api.served import API_KEY, sample_graph, served
from tests.conftest import _neo4j_store

pytestmark = pytest.mark.neo4j

QUESTIONS = [
    ("/entities/police/neighbors", {"depth": 2}),
    ("/entities/town/neighbors", {"depth": 1}),
    ("/paths", {"source": "police", "target": "village", "max_length": 4}),
    ("/search", {"q": "exempelby"}),
    ("/search", {"q": "brannby"}),
]


def _answers(client) -> list[object]:  # type: ignore[no-untyped-def]
    found = []
    for path, params in QUESTIONS:
        res = client.get(path, params=params)
        found.append((res.status_code, res.json()))
    return found


def test_a_write_through_one_app_is_in_the_next_answer_of_the_other() -> None:
    writer_store, reader_store = _neo4j_store(), _neo4j_store()
    writer_store.clear()
    try:
        writer_store.upsert(sample_graph())
        with served(writer_store) as writer, served(reader_store) as reader:
            before = _answers(reader)
            assert before == _answers(reader) == _answers(writer)  # asked again: what was kept
            res = writer.delete("/documents/doc-c", headers={"X-API-Key": API_KEY})
            assert res.status_code == 204, res.text
            after = _answers(reader)
            assert after == _answers(writer)
            assert after != before
            assert after[1] != before[1]  # the town's neighbours lost the removed document's
            assert after[2][0] == 404  # the village was only in the removed document
        fresh_store = _neo4j_store()  # one that has kept nothing
        with served(fresh_store) as fresh:
            assert _answers(fresh) == after
        fresh_store.close()
    finally:
        writer_store.clear()
        writer_store.close()
        reader_store.close()


PERIOD_MAPS = [
    ("/maps/graph", {"as_of": "2023-06-30", "seed": 1}),
    ("/maps/graph", {"from": "2020-01-01", "to": "2024-12-31", "seed": 1}),
]


def _maps(client) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(res.status_code, res.text) for res in (client.get(p, params=q) for p, q in PERIOD_MAPS)]


def test_a_map_of_a_period_kept_by_one_app_follows_a_write_through_the_other() -> None:
    # The reader keeps each period's map and patches it with what the writer's write logged.
    writer_store, reader_store = _neo4j_store(), _neo4j_store()
    writer_store.clear()
    try:
        writer_store.upsert(sample_graph())
        with served(writer_store) as writer, served(reader_store) as reader:
            before = _maps(reader)
            assert all(status == 200 for status, _ in before)
            assert before == _maps(reader) == _maps(writer)
            res = writer.delete("/documents/doc-c", headers={"X-API-Key": API_KEY})
            assert res.status_code == 204, res.text
            after = _maps(reader)
            assert after == _maps(writer)
            # The removed document stated relations that held on the day and within the period.
            assert after[0] != before[0] and after[1] != before[1]
        fresh_store = _neo4j_store()  # one that has kept nothing
        with served(fresh_store) as fresh:
            assert _maps(fresh) == after
        fresh_store.close()
    finally:
        writer_store.clear()
        writer_store.close()
        reader_store.close()
