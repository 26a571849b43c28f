"""Long documents: extraction time grows with length, not with its square; a budget bounds it."""

from __future__ import annotations

import time

import pytest

from loaders.errors import ExtractionBudgetExceeded
from loaders.extract import Budget, extract
from loaders.reading.read import parse_document

# Recurring actors are what long protocols are made of, and what once made extraction quadratic.
_PARAGRAPH = "Polisen i Kiruna samverkar med Kiruna kommun. "


def _timed(repeats: int) -> float:
    # CPU time of this process: other work on a shared machine does not count.
    loaded = parse_document((_PARAGRAPH * repeats).encode(), name=f"upprepad-{repeats}.txt")
    started = time.process_time()
    extract(loaded)
    return time.process_time() - started


@pytest.mark.slow
def test_four_times_the_text_takes_about_four_times_as_long() -> None:
    _timed(50)  # lexicons and matchers load on first use
    small = min(_timed(1_000) for _ in range(2))  # about 46 KB
    large = min(_timed(4_000) for _ in range(2))  # about 184 KB; a quadratic step: 16 times slower
    assert large / small < 8, f"46 KB: {small:.2f} s, 184 KB: {large:.2f} s"


def test_a_relation_stated_in_every_paragraph_keeps_a_bounded_evidence_list() -> None:
    graph = extract(parse_document((_PARAGRAPH * 200).encode(), name="upprepad.txt"))
    collaborations = [r for r in graph.relations if r.type == "COLLABORATES_WITH"]
    assert collaborations
    assert all(1 <= len(r.evidence) <= 20 for r in collaborations)


def test_a_document_over_the_sentence_budget_is_refused_by_name() -> None:
    loaded = parse_document((_PARAGRAPH * 50).encode(), name="protokoll.txt", path="arkiv/protokoll.txt")
    with pytest.raises(ExtractionBudgetExceeded) as raised:
        extract(loaded, budget=Budget(max_sentences=10))
    assert "arkiv/protokoll.txt" in str(raised.value)
    assert "50 meningar" in raised.value.reason


def test_a_document_over_the_time_budget_is_refused() -> None:
    loaded = parse_document((_PARAGRAPH * 50).encode(), name="protokoll.txt")
    with pytest.raises(ExtractionBudgetExceeded) as raised:
        extract(loaded, budget=Budget(max_seconds=0.0))
    assert "hoppades över" in raised.value.reason


def test_within_the_budget_nothing_changes() -> None:
    loaded = parse_document((_PARAGRAPH * 5).encode(), name="kort.txt")
    assert extract(loaded, budget=Budget(max_sentences=5)) == extract(loaded)
