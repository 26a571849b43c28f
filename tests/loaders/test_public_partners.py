"""A state agency or a municipal working unit named with an effort takes part in it (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read

_ACTORS = [
    ("Ås kommun", E.MUNICIPALITY, None),
    ("Tullverket", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Skatteverkets", E.AGENCY, "Skatteverket"),
    ("Regeringen", E.AGENCY, None),
    ("regeringen", E.AGENCY, "Regeringen"),
    ("tingsrätten", E.AGENCY, "Tingsrätten"),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_an_agency_named_with_the_effort_takes_part() -> None:
    found = read(
        "Ås kommun driver Lugna kvarter. Inom Lugna kvarter har Tullverket beslagtagit smuggelcigaretter.",
        [("Lugna kvarter", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Tullverket" in _participants(found, "Lugna kvarter")


def test_the_government_commissioning_an_effort_is_no_partner() -> None:
    found = read(
        "Ås kommun fick i uppdrag av regeringen att starta Lugna kvarter.",
        [("Lugna kvarter", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Regeringen" not in _participants(found, "Lugna kvarter")


def test_a_court_deciding_over_a_measure_is_no_partner() -> None:
    found = read(
        "Beslutet om Lugna kvarter prövades av tingsrätten i höstas.",
        [("Lugna kvarter", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Tingsrätten" not in _participants(found, "Lugna kvarter")


def test_an_agencys_own_effort_is_not_joined() -> None:
    found = read(
        "I våras startade Skatteverkets Lugna kvarter i Ås.",
        [("Lugna kvarter", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Skatteverket" not in _participants(found, "Lugna kvarter")


def test_a_working_unit_takes_part_but_a_political_body_does_not() -> None:
    found = read(
        "Inom Lugna kvarter har socialtjänsten träffat unga och kommunstyrelsen har fått en rapport.",
        [
            ("Lugna kvarter", E.INITIATIVE, None),
            ("socialtjänsten", E.MUNICIPAL_BODY, "Socialtjänsten"),
            ("kommunstyrelsen", E.MUNICIPAL_BODY, "Kommunstyrelsen"),
        ],
    )
    got = _participants(found, "Lugna kvarter")
    assert "Socialtjänsten" in got
    assert "Kommunstyrelsen" not in got


def test_a_municipality_takes_part_in_what_the_police_run() -> None:
    found = read(
        "Polisen driver Lugna kvarter. Inom Lugna kvarter har Ås kommun satt upp ny belysning.",
        [("Lugna kvarter", E.INITIATIVE, None), ("Polisen", E.POLICE_UNIT, None), *_ACTORS],
    )
    assert "Ås kommun" in _participants(found, "Lugna kvarter")


def test_a_municipality_named_with_its_own_effort_does_not_take_part() -> None:
    found = read(
        "Inom Lugna kvarter har Ås kommun satt upp ny belysning.",
        [("Lugna kvarter", E.INITIATIVE, None), *_ACTORS],
    )
    assert "Ås kommun" not in _participants(found, "Lugna kvarter")
