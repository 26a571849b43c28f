"""Subjects of verbs of taking part, read from the parse (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read

_ACTORS = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Ås kommun", E.MUNICIPALITY, None),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_subjects_in_a_relative_clause_after_the_initiative() -> None:
    found = read(
        "Projektet Lugn hamn, där framför allt Tullverket och Kustbevakningen ingår, startade i fjol.",
        [("Lugn hamn", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"Tullverket", "Kustbevakningen"} <= _participants(found, "Lugn hamn")


def test_people_from_organisations_take_part() -> None:
    found = read(
        "I Lugn hamn deltar representanter från Skatteverket och Tullverket.",
        [("Lugn hamn", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"Skatteverket", "Tullverket"} <= _participants(found, "Lugn hamn")


def test_a_denied_taking_part_is_none() -> None:
    found = read(
        "Tullverket deltar inte längre i Lugn hamn sedan i höstas.",
        [("Lugn hamn", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Tullverket" not in _participants(found, "Lugn hamn")


def test_taking_part_in_the_effort_named_just_before() -> None:
    found = read(
        "Polisen startade Operation Snöstorm i januari. Även Tullverket och Kustbevakningen deltog.",
        [("Operation Snöstorm", E.INITIATIVE, None), ("Polisen", E.POLICE_UNIT, None), *_ACTORS],
    )
    assert {"Tullverket", "Kustbevakningen"} <= _participants(found, "Operation Snöstorm")
