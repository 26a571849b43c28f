"""Those who contribute their work to an effort named just before take part in it (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("ett utvecklingsprojekt", E.INITIATIVE, "utvecklingsprojekt mot återfall"),
    ("Tullverket", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, "Polisen"),
]


def test_contributors_of_work_take_part_in_the_effort_named_before() -> None:
    found = read(
        "I Åby pågår ett utvecklingsprojekt. Tullverket och Skatteverket har bidragit med kunskap och personal.",
        SPECS,
    )
    assert edge(found, R.PARTICIPATES_IN, "Tullverket", "utvecklingsprojekt mot återfall")
    assert edge(found, R.PARTICIPATES_IN, "Skatteverket", "utvecklingsprojekt mot återfall")


def test_money_and_denied_help_make_no_participant() -> None:
    found = read(
        "I Åby pågår ett utvecklingsprojekt. Tullverket har bidragit med två miljoner kronor. "
        "Skatteverket har inte bidragit med något stöd.",
        SPECS,
    )
    no_edge(found, R.PARTICIPATES_IN, "Tullverket", "utvecklingsprojekt mot återfall")
    no_edge(found, R.PARTICIPATES_IN, "Skatteverket", "utvecklingsprojekt mot återfall")
