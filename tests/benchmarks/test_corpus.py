"""The synthetic corpus: deterministic, its true graph valid and anchored in its text, sizes scale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import GOLD_FILE, build, main, write_corpus
from graph.model import EntityType, Graph, RelationType
from loaders.reading.read import read_document


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, 60, seed=7)
    return out


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    first_docs, first_gold = build(25, seed=3)
    again_docs, again_gold = build(25, seed=3)
    other_docs, _ = build(25, seed=4)
    assert [d.text for d in first_docs] == [d.text for d in again_docs]
    assert json.dumps(first_gold.to_json_dict(), sort_keys=True) == json.dumps(
        again_gold.to_json_dict(), sort_keys=True
    )
    assert [d.text for d in first_docs] != [d.text for d in other_docs]


def test_a_larger_corpus_begins_with_the_smaller_one() -> None:
    small, _ = build(8, seed=2)
    large, _ = build(20, seed=2)
    assert [d.text for d in large[:8]] == [d.text for d in small]


def test_the_gold_file_is_valid_ontology_json(corpus: Path) -> None:
    graph = Graph.read(corpus / GOLD_FILE)
    files = sorted(corpus.glob("*.txt"))
    assert len(graph.documents) == len(files) == 60
    assert graph.entities and graph.relations
    ids = {e.id for e in graph.entities}
    assert len(ids) == len(graph.entities)
    for rel in graph.relations:
        assert rel.source in ids and rel.target in ids, rel
        assert rel.source != rel.target
        assert rel.evidence


def test_every_evidence_span_is_the_text_at_its_offsets_as_the_loader_reads_it(corpus: Path) -> None:
    graph = Graph.read(corpus / GOLD_FILE)
    texts = {}
    for path in sorted(corpus.glob("*.txt")):
        loaded = read_document(path)
        texts[loaded.document.id] = loaded.text
    assert set(texts) == {d.id for d in graph.documents}
    spans = 0
    for rel in graph.relations:
        for ev in rel.evidence:
            assert texts[ev.document][ev.start : ev.end] == ev.text
            assert ev.text.strip() == ev.text and ev.text
            spans += 1
    assert spans >= len(graph.relations)


def test_every_actor_is_named_in_each_document_it_lists(corpus: Path) -> None:
    graph = Graph.read(corpus / GOLD_FILE)
    texts = {read_document(p).document.id: read_document(p).text for p in corpus.glob("*.txt")}
    for entity in graph.entities:
        assert entity.documents
        for doc_id in entity.documents:
            assert any(form in texts[doc_id] for form in [entity.name, *entity.aliases]), (
                entity.name,
                doc_id,
            )


def test_the_corpus_covers_every_type_of_the_ontology() -> None:
    docs, gold = build(300, seed=1)
    graph = gold.graph()
    assert {e.type for e in graph.entities} == set(EntityType)
    assert {r.type for r in graph.relations} == set(RelationType)
    assert {d.genre for d in docs} == {"police", "protocol", "news", "political"}


def test_sizes_scale(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small", 15)
    large = write_corpus(tmp_path / "large", 60)
    assert len(list((tmp_path / "large").glob("*.txt"))) == 60
    assert large.documents == 4 * small.documents
    assert 2 * small.bytes < large.bytes < 8 * small.bytes
    assert large.relations > small.relations
    assert large.entities > small.entities
    mean = large.bytes / large.documents
    assert 500 < mean < 5000  # the size of a press release or a protocol


def test_the_command_line_writes_documents_and_gold(tmp_path: Path) -> None:
    main(["--docs", "12", "--out", str(tmp_path / "out"), "--seed", "5"])
    assert len(list((tmp_path / "out").glob("*.txt"))) == 12
    assert len(Graph.read(tmp_path / "out" / GOLD_FILE).documents) == 12
