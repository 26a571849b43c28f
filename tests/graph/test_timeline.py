"""The network over time: as of a date, within a range, and what changed."""

from __future__ import annotations

import datetime as dt

from graph.merge import combine
from graph.model import RelationType
from graph.timeline import as_of, between, changes
from tests.graph.sample import doc_a, doc_b

D = dt.date


def graph():  # type: ignore[no-untyped-def]
    return combine([doc_a(), doc_b()])


def types(g) -> set[RelationType]:  # type: ignore[no-untyped-def]
    return {r.type for r in g.relations}


def test_before_anything_was_reported_the_network_is_empty() -> None:
    assert as_of(graph(), D(2022, 12, 31)).relations == []


def test_as_of_a_date_between_the_documents() -> None:
    mid = as_of(graph(), D(2023, 6, 1))
    # doc-a (2023-03-01) is known, doc-b (2024-05-02) not yet.
    assert types(mid) == {
        RelationType.COLLABORATES_WITH,
        RelationType.RUNS,
        RelationType.ACTIVE_IN,
        RelationType.LOCATED_IN,
    }
    assert {e.id for e in mid.entities} == {"police", "town", "effort", "district", "townplace"}


def test_valid_from_in_the_text_wins_over_the_report_date() -> None:
    # The COUNTERS relation holds from 2024-01-01 although reported in May 2024.
    assert RelationType.COUNTERS in types(as_of(graph(), D(2024, 2, 1)))
    assert RelationType.FUNDS not in types(as_of(graph(), D(2024, 2, 1)))


def test_ended_relation_is_gone_after_its_end() -> None:
    g = graph()
    for rel in g.relations:
        if rel.type == RelationType.RUNS:
            rel.properties["valid_to"] = "2023-12-31"
    assert RelationType.RUNS in types(as_of(g, D(2023, 12, 31)))
    assert RelationType.RUNS not in types(as_of(g, D(2024, 1, 1)))
    assert RelationType.RUNS not in types(between(g, D(2024, 1, 1), D(2024, 12, 31)))
    ended = [c for c in changes(g, D(2023, 12, 1), D(2024, 1, 31)) if c.change == "ended"]
    assert [c.relation.type for c in ended if c.relation] == [RelationType.RUNS]


def test_changes_between_two_dates() -> None:
    found = changes(graph(), D(2024, 1, 1), D(2024, 12, 31))
    appeared = {c.relation.type for c in found if c.relation and c.change == "appeared"}
    assert appeared == {RelationType.FUNDS, RelationType.ESTABLISHED_IN, RelationType.COUNTERS}
    new_actors = {c.entity.id for c in found if c.entity}
    assert new_actors == {"fund", "party", "gang"}
    assert [c.date for c in found] == sorted(c.date for c in found)
