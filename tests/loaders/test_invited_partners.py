"""Those invited, engaged or given a part in an effort take part in it (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read

_ACTORS = [
    ("Polisen", E.POLICE_UNIT, None),
    ("butiksägare", E.GROUP, None),
    ("hyresvärdar", E.GROUP, None),
    ("Ås kommun", E.MUNICIPALITY, None),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_invited_to_the_effort_named_before() -> None:
    found = read(
        "Till Kvällsrundan i Ås bjöd polisen in butiksägare och hyresvärdar.",
        [("Kvällsrundan i Ås", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"butiksägare", "hyresvärdar"} <= _participants(found, "Kvällsrundan i Ås")


def test_given_a_part_in_the_effort() -> None:
    found = read(
        "Polisen menar att butiksägare och hyresvärdar har en viktig roll i Kvällsrundan.",
        [("Kvällsrundan", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"butiksägare", "hyresvärdar"} <= _participants(found, "Kvällsrundan")


def test_the_host_is_no_guest() -> None:
    found = read(
        "Ås kommun genomför Kvällsrundan. Ås kommun bjuder in butiksägare till mötet.",
        [("Kvällsrundan", E.INITIATIVE, None), *_ACTORS],
    )
    got = _participants(found, "Kvällsrundan")
    assert "butiksägare" in got
    assert "Ås kommun" not in got


def test_a_refused_invitation_is_none() -> None:
    found = read(
        "I år blev butiksägare inte inbjudna till Kvällsrundan.",
        [("Kvällsrundan", E.INITIATIVE, None), *_ACTORS],
    )
    assert "butiksägare" not in _participants(found, "Kvällsrundan")


_AGENCIES = [
    ("Polisen", E.POLICE_UNIT, None),
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
]


def test_on_site_for_the_effort_of_the_sentence_before() -> None:
    found = read(
        "Polisen genomförde Operation Snöstorm i helgen. På plats fanns även Tullverket och Kustbevakningen.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_AGENCIES],
    )
    assert {"Tullverket", "Kustbevakningen"} <= _participants(found, "Operation Snöstorm")


def test_people_from_an_agency_on_site() -> None:
    found = read(
        "Representanter från Tullverket var också på plats under Operation Snöstorm.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_AGENCIES],
    )
    assert "Tullverket" in _participants(found, "Operation Snöstorm")


def test_on_site_far_from_any_effort_is_no_taking_part() -> None:
    found = read(
        "Polisen genomförde Operation Snöstorm i januari. Veckan efter brann det i en lägenhet. "
        "En granne larmade. Tullverket var på plats.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_AGENCIES],
    )
    assert "Tullverket" not in _participants(found, "Operation Snöstorm")


def test_represented_in_the_effort() -> None:
    found = read(
        "Tullverket har en representant i Operation Snöstorm. "
        "Operation Snöstorm har representanter från Kustbevakningen.",
        [("Operation Snöstorm", E.INITIATIVE, None), *_AGENCIES],
    )
    assert {"Tullverket", "Kustbevakningen"} <= _participants(found, "Operation Snöstorm")
