"""Many documents extracted at once give each document the graph it has alone, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import build
from loaders.errors import ExtractionBudgetExceeded, LoaderError
from loaders.extract import BATCH_SENTENCES, Budget, extract, extract_many
from loaders.language.sections import split_sections
from loaders.reading.read import LoadedDocument, parse_document, read_document
from loaders.relations.reader import RelationContext, sentences_to_parse

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real" / "docs"


def _synthetic(count: int, seed: int) -> list[LoadedDocument]:
    documents, _ = build(count, seed=seed)
    return [parse_document(d.text.encode("utf-8"), d.name) for d in documents]


def _parsed_sentences(loaded: list[LoadedDocument]) -> int:
    from loaders.language.text import split_sentences
    from loaders.mentions.document import find_document_mentions

    total = 0
    for doc in loaded:
        sentences = split_sentences(doc.text)
        context = RelationContext(sentences, find_document_mentions(doc.text, sentences), text=doc.text)
        total += len(sentences_to_parse(context))
    return total


def test_documents_extracted_together_give_the_bytes_each_gives_alone() -> None:
    loaded = _synthetic(70, seed=5)
    # A long document read by sections goes through the same stream.
    long_text = "\n\n".join(doc.text for doc in loaded)
    assert len(split_sections(long_text)) > 1
    loaded.append(parse_document(long_text.encode("utf-8"), "lang.txt"))
    assert _parsed_sentences(loaded) > BATCH_SENTENCES  # more than one batch to the parser
    alone = [extract(doc).to_json() for doc in loaded]
    together = [graph.to_json() for graph in extract_many(loaded)]  # type: ignore[union-attr]
    assert together == alone


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the real corpus is outside the project")
def test_real_documents_extracted_together_give_the_bytes_each_gives_alone() -> None:
    paths = sorted(CORPUS.glob("*.txt"))[:20]
    alone = [extract(read_document(path)).to_json() for path in paths]
    together = [graph.to_json() for graph in extract_many(paths, read_document)]  # type: ignore[union-attr]
    assert together == alone


def test_a_document_that_fails_takes_its_place_and_the_rest_go_on(tmp_path: Path) -> None:
    loaded = _synthetic(6, seed=8)
    too_long = parse_document(("Polisen i Visby samverkar med Region Gotland. " * 40).encode(), "lång.txt")
    sources: list[LoadedDocument | Path] = [*loaded[:3], tmp_path / "saknas.txt", too_long, *loaded[3:]]

    def read(source: LoadedDocument | Path) -> LoadedDocument:
        return read_document(source) if isinstance(source, Path) else source

    budget = Budget(max_sentences=30)
    results = list(extract_many(sources, read, budget=budget))

    assert len(results) == len(sources)
    assert isinstance(results[3], LoaderError)  # the missing file
    assert isinstance(results[4], ExtractionBudgetExceeded)  # 40 sentences, over the budget
    kept = [r for i, r in enumerate(results) if i not in (3, 4)]
    assert [g.to_json() for g in kept] == [extract(doc, budget=budget).to_json() for doc in loaded]  # type: ignore[union-attr]
