"""Measures a party proposes beside its budget proposal are parts of the budget."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, read

_SPECS = [
    ("Liberalerna", E.POLITICAL_PARTY, None),
    ("budgetförslag", E.INITIATIVE, None),
    ("fler nattvandrare", E.INITIATIVE, None),
    ("läxhjälp", E.INITIATIVE, None),
]


def test_a_measure_proposed_with_a_budget_proposal_is_part_of_it() -> None:
    text = (
        "Liberalerna presenterade på tisdagen sitt budgetförslag för nästa år. "
        "Liberalerna vill ha fler nattvandrare i Bergsdalen."
    )
    found = read(text, _SPECS)
    edge(found, R.PROPOSES, "Liberalerna", "fler nattvandrare")
    edge(found, R.PART_OF, "fler nattvandrare", "budgetförslag")


def test_without_a_budget_proposal_a_measure_is_part_of_nothing() -> None:
    text = "Liberalerna vill ha fler nattvandrare i Bergsdalen."
    found = read(text, _SPECS)
    edge(found, R.PROPOSES, "Liberalerna", "fler nattvandrare")
    assert not edges(found, R.PART_OF)
