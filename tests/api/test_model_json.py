"""A graph's answer written part by part is the JSON pydantic writes for it, on both stores."""

from __future__ import annotations

import json

from api.model_json import graph_json
from graph.model import EntityType, Graph
from tests.graph.sample import doc_a, doc_b, ent


def test_a_neighbourhood_is_written_as_pydantic_writes_it_before_and_after_a_write(store) -> None:  # type: ignore[no-untyped-def]
    store.upsert(doc_a())
    first = store.neighbors("police", depth=2)
    assert first.relations and first.documents
    for _ in range(2):  # the second time from the parts' kept JSON
        assert graph_json(first) == first.model_dump_json().encode()
    store.upsert(doc_b())
    store.upsert(
        Graph(documents=doc_a().documents, entities=[ent(EntityType.PLACE, "police", "Polisen", "doc-a")])
    )
    again = store.neighbors("police", depth=2)
    assert graph_json(again) == again.model_dump_json().encode()
    assert json.loads(graph_json(again)) == json.loads(again.model_dump_json())
    assert graph_json(Graph()) == Graph().model_dump_json().encode()
