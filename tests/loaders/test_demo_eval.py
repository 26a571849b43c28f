"""Extraction of the demo corpus scored against its hand annotation (loaders.evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.merge import combine
from loaders.evaluation import EvaluationReport, format_report, score
from loaders.extract import extract
from loaders.reading.read import expand_paths, read_document


@pytest.fixture(scope="module")
def report(corpus_dir: Path, gold: dict) -> EvaluationReport:
    graph = combine(extract(read_document(p)) for p in expand_paths([corpus_dir]))
    return score(graph.to_json_dict(), gold)


def test_entity_f1_on_the_demo_corpus(report: EvaluationReport) -> None:
    assert report.entities.overall.f1 >= 0.90, format_report(report)


def test_every_entity_type_is_found(report: EvaluationReport) -> None:
    for type_, counts in report.entities.per_type.items():
        assert counts.recall >= 0.5, f"{type_}: {format_report(report)}"


def test_relation_f1_on_the_demo_corpus(report: EvaluationReport) -> None:
    assert report.relations.overall.f1 >= 0.80, format_report(report)
