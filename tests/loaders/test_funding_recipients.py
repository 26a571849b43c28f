"""Sums whose giver is named elsewhere: the document's municipality, or the funder just before."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Länsstyrelsen", E.AGENCY, None),
    ("Arvika kommun", E.MUNICIPALITY, None),
    ("kommuner", E.GROUP, None),
    ("projektet Lugn kväll", E.INITIATIVE, "Lugn kväll"),
    ("Projektet Lugn kväll", E.INITIATIVE, "Lugn kväll"),
]


def test_a_sum_set_aside_without_a_giver_comes_from_the_municipality() -> None:
    found = read(
        "Arvika kommun har antagit sin budget. I budgeten avsätts 2 miljoner kronor till projektet Lugn kväll.",
        SPECS,
    )
    funds = edge(found, R.FUNDS, "Arvika kommun", "Lugn kväll")
    assert funds.properties["amount_sek"] == 2_000_000


def test_a_recipient_gets_its_sum_from_the_funder_before() -> None:
    found = read(
        "Länsstyrelsen har beviljat sex kommuner 900 000 kronor. Projektet Lugn kväll fick 150 000 kronor.",
        SPECS,
    )
    edge(found, R.FUNDS, "Länsstyrelsen", "Lugn kväll")


def test_a_proposed_sum_is_no_decided_funding() -> None:
    found = read(
        "Arvika kommun har en ny budget. I budgeten föreslås att 2 miljoner kronor avsätts till projektet Lugn kväll.",
        SPECS,
    )
    no_edge(found, R.FUNDS, "Arvika kommun", "Lugn kväll")
