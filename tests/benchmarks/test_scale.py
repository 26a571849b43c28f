"""The scale model, scaled down: bulk loading in the store's layout, and one run of every question."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import scale
from benchmarks.scale_load import bulk_load
from graph.neo4j_store import Neo4jStore
from tests.conftest import _neo4j_store

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_bulk_load_writes_what_upsert_would(neo4j: Neo4jStore, tmp_path: Path) -> None:
    from benchmarks.synthetic_graph import load
    from graph.embedded_store import EmbeddedStore

    result = bulk_load(neo4j, 600)
    assert result["relations"] == 600 and result["documents"] == 6
    embedded = EmbeddedStore(tmp_path / "data")
    load(embedded, 600)
    bulk, upserted = neo4j.export(), embedded.export()
    assert bulk.model_dump(mode="json") == upserted.model_dump(mode="json")
    assert neo4j.stats() == embedded.stats()
    candidates, _ = neo4j.name_candidates(["aktor", "12"])
    assert {e.id for e in candidates} >= {"a12"}  # in the full-text index
    with pytest.raises(RuntimeError):
        bulk_load(neo4j, 10)  # only into an empty store
    embedded.close()


def test_a_small_scale_run_answers_every_question() -> None:
    _neo4j_store().close()  # skips without a Neo4j; the run connects (and empties it) itself
    result = scale.run(400, clients=2, single=2, per_client=1, keep=False)
    assert result["relations"] == 400 and result["loaded"]
    rows = [*result["one_client"], *result["many_clients"]]
    assert {(r["question"], r["clients"]) for r in rows} == {(q, c) for q in scale.QUESTIONS for c in (1, 2)}
    assert all(r["errors"] == 0 and r["p95_ms"] >= r["p50_ms"] > 0 for r in rows), rows
    assert 0 < result["api_after_start"]["rss_mb"] <= result["api_after_clients"]["peak_mb"]
    assert [a["status"] for a in result["analytics"]] == [200] * len(scale.ANALYTICS)
    assert result["analytics"][0]["actors"] == result["entities"]
    assert "| paths | 2 |" in scale.table(result)
