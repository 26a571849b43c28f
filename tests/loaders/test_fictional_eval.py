"""Extraction of six fictional documents scored against their hand annotation.

The fictional set (tests/data/fictional/) was written by the project itself, so it shows how
the rules read the project's own phrasing: a unit-test set, not a measure of how they read
real writers (that is tests/data/real/, scored in test_real_eval.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from api.evaluate import evaluate
from loaders.evaluation import EvaluationReport, format_report

FICTIONAL = Path(__file__).resolve().parent.parent / "data" / "fictional"
GOLD = FICTIONAL / "gold.json"
DOCS = FICTIONAL / "docs"


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    report, failures = evaluate(GOLD, [DOCS])
    assert not failures, failures
    return report


def test_every_fictional_document_is_annotated() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    annotated = {d["id"] for d in gold["documents"]}
    assert annotated == {p.stem for p in DOCS.glob("*.txt")}


def test_every_evidence_is_quoted_from_its_documents() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in DOCS.glob("*.txt")}
    for rel in gold["relations"]:
        # ' ... ', ' / ' and ' | ' join several quoted parts of one evidence string.
        for part in re.split(r" \.\.\. | / | \| ", rel["evidence"]):
            assert any(part in texts[d] for d in rel["documents"]), (rel["type"], part)


def test_entity_f1_on_fictional_documents(report: EvaluationReport) -> None:
    assert report.entities.overall.f1 >= 0.80, format_report(report)


def test_relation_f1_on_fictional_documents(report: EvaluationReport) -> None:
    assert report.relations.overall.f1 >= 0.55, format_report(report)
