"""Extraction of the real corpus scored against the project's blind annotation, part by part.

Only aggregate figures are asserted (and, for the test part, ever printed): the floors sit a
little under what the extraction reaches, so that a change which reads real text worse fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.evaluate import read_gold
from api.ingest import extract_paths
from benchmarks.real_corpus import CORPUS, GOLD, evaluate_part, split
from loaders.evaluation import EvaluationReport, score

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/real is not beside the project")

# part: (entity F1, relation F1, relation precision)
FLOORS = {
    "dev": (0.90, 0.73, 0.85),
    "test": (0.80, 0.56, 0.85),
}
# The reference annotation of ten dev documents, by other hands: (entity F1, relation F1).
REFERENCE = CORPUS.parent.parent / "gold" / "real-reference.json"
REFERENCE_FLOORS = (0.94, 0.86)


@pytest.fixture(scope="module", params=sorted(FLOORS))
def part_report(request: pytest.FixtureRequest) -> tuple[str, EvaluationReport]:
    report, _ = evaluate_part(request.param)
    return request.param, report


def test_every_document_of_the_corpus_is_annotated() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    annotated = {d["id"] for d in gold["documents"]}
    corpus = {p.stem for p in (CORPUS / "docs").glob("*.txt")}
    assert annotated == corpus
    parts = split()
    assert len(parts["dev"]) == 35 and len(parts["test"]) == 25
    assert set(parts["dev"]) | set(parts["test"]) == corpus


def test_the_annotation_holds_offsets_not_text() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "docs").glob("*.txt")}
    for relation in gold["relations"]:
        assert relation["evidence"], relation
        for span in relation["evidence"]:
            assert set(span) == {"document", "start", "end"}
            assert 0 <= span["start"] < span["end"] <= len(texts[span["document"]])


def test_entity_f1(part_report: tuple[str, EvaluationReport]) -> None:
    part, report = part_report
    assert report.entities.overall.f1 >= FLOORS[part][0], f"{part}: {report.entities.overall.to_dict()}"


def test_relation_f1_and_precision(part_report: tuple[str, EvaluationReport]) -> None:
    part, report = part_report
    overall = report.relations.overall
    assert overall.f1 >= FLOORS[part][1], f"{part}: {overall.to_dict()}"
    assert overall.precision >= FLOORS[part][2], f"{part}: {overall.to_dict()}"


def test_the_annotation_file_is_beside_this_test() -> None:
    assert Path(__file__).resolve().parents[1] / "data" / "real" / "gold.json" == GOLD


@pytest.mark.skipif(not REFERENCE.is_file(), reason="../shared/gold/real-reference.json is missing")
def test_the_reference_annotation_of_other_hands() -> None:
    gold = read_gold(REFERENCE)
    ids = [d["id"] for d in gold["documents"]]
    assert set(ids) <= set(split()["dev"])
    graph, failures = extract_paths([CORPUS / "docs" / f"{i}.txt" for i in ids], redact=True)
    assert not failures
    report = score(graph.to_json_dict(), gold)
    assert report.entities.overall.f1 >= REFERENCE_FLOORS[0], report.entities.overall.to_dict()
    assert report.relations.overall.f1 >= REFERENCE_FLOORS[1], report.relations.overall.to_dict()
