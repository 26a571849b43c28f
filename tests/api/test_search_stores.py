"""Search answers the same on both stores: Neo4j's full-text index finds what the embedded index finds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from api.ingest import ingest_paths
from api.search import search
from graph.embedded_store import EmbeddedStore
from graph.model import Document, Entity, EntityType, Graph
from loaders.reading.read import expand_paths
from tests.conftest import _neo4j_store

QUERIES = [
    "polisen",
    "Polismyndigheten",
    "huddinges",
    "huddinge kommun",
    "ostberg",
    "socialtjanst",
    "kommunen",
    "polis",
    "huddnge",
    "fritidsgård",
    "brottsförebyggande rådet",
    "zzzzqqq",
]


@pytest.mark.neo4j
def test_neo4j_search_finds_what_the_embedded_store_finds(corpus_dir: Path, tmp_path: Path) -> None:
    files = expand_paths([corpus_dir])
    embedded = EmbeddedStore(tmp_path / "data")
    ingest_paths(embedded, files)
    neo4j = _neo4j_store()
    neo4j.clear()
    try:
        ingest_paths(neo4j, files)
        for query in QUERIES:
            assert search(neo4j, query) == search(embedded, query), query
        # Pages short and long: the index is asked for parts of words and typos only as needed.
        for query in ("polis", "kommunen", "huddnge", "huddinge"):
            for limit, offset in ((1, 0), (2, 1), (3, 40)):
                got = search(neo4j, query, limit=limit, offset=offset)
                assert got == search(embedded, query, limit=limit, offset=offset), (query, limit, offset)
        kind = EntityType.MUNICIPALITY
        assert search(neo4j, "huddinge", kind) == search(embedded, "huddinge", kind)
    finally:
        neo4j.clear()
        neo4j.close()


def _initiatives() -> Graph:
    """Made-up initiatives whose names hold words the full-text index leaves out ('mot', 'i')."""
    doc = "doc-insatser"
    names = [
        "tillslag mot Kråkgänget i Norrdal",
        "tillslag mot Kråkgänget i Söderby",
        "riktad insats mot langning i Exempelby",
        "arbetet mot klotter i Norrdal",
        "Insats Grävling",
    ]
    return Graph(
        documents=[Document(id=doc, title="Insatser", date=dt.date(2024, 5, 2))],
        entities=[
            Entity(id=f"i{n}", type=EntityType.INITIATIVE, name=name, documents=[doc], mentions={doc: 1})
            for n, name in enumerate(names)
        ],
    )


@pytest.mark.neo4j
def test_names_with_words_the_index_leaves_out_are_found_without_asking_for_typos(tmp_path: Path) -> None:
    embedded = EmbeddedStore(tmp_path / "data")
    embedded.upsert(_initiatives())
    neo4j = _neo4j_store()
    neo4j.clear()
    try:
        neo4j.upsert(_initiatives())
        # The narrow first question finds the whole name, stop words and all.
        found, _ = neo4j.name_candidates(["tillslag", "mot", "krakgang", "i", "norrdal"], reach="words")
        assert [e.name for e in found] == ["tillslag mot Kråkgänget i Norrdal"]
        for query in (
            "tillslag mot Kråkgänget i Norrdal",
            "tillslag mot krakganget i sod",
            "riktad insats mot lang",
            "arbetet mot klotter i norrdal",
            "insats mot",
            "i norrdal",
            "tillslag mot krakgnget",
        ):
            assert search(neo4j, query) == search(embedded, query), query
    finally:
        neo4j.clear()
        neo4j.close()
