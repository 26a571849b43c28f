"""Those who support an effort, and the partners its work names, take part in it (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read

_ACTORS = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Piketenheten", E.POLICE_UNIT, None),
    ("Polisen", E.POLICE_UNIT, None),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_support_named_after_the_effort() -> None:
    found = read(
        "Polisen genomförde Operation Snöstorm med stöd av Tullverket och Kustbevakningen.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"Tullverket", "Kustbevakningen"} <= _participants(found, "Operation Snöstorm")


def test_reinforcement_for_the_work_named_before() -> None:
    found = read(
        "Polisen startade Operation Snöstorm i januari. Under operationen fick polisen förstärkning från Piketenheten.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Piketenheten" in _participants(found, "Operation Snöstorm")


def test_the_work_with_its_partners() -> None:
    found = read(
        "Polisen startade Operation Snöstorm i januari. Arbetet sker i nära samverkan med Tullverket.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Tullverket" in _participants(found, "Operation Snöstorm")


def test_money_is_no_taking_part() -> None:
    found = read(
        "Operation Snöstorm fick stöd från Tullverket med två miljoner kronor.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Tullverket" not in _participants(found, "Operation Snöstorm")
