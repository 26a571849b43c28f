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
