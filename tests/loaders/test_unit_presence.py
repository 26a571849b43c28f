"""A local police area is at work where the operations it runs take place (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Lokalpolisområde Åby", E.POLICE_UNIT, None),
    ("Polisregion Väst", E.POLICE_UNIT, None),
    ("insats", E.INITIATIVE, "insats i Åby"),
    ("Insatsen", E.INITIATIVE, "insats i Åby"),
    ("medborgarlöfte", E.INITIATIVE, "medborgarlöfte i Åby"),
    ("Löftet", E.INITIATIVE, "medborgarlöfte i Åby"),
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
]


def test_a_local_area_is_where_the_operation_it_ran_took_place() -> None:
    found = read(
        "I våras genomförde Lokalpolisområde Åby en insats. Insatsen skedde i Norrby och på Söderby.", SPECS
    )
    assert edge(found, R.ACTIVE_IN, "insats i Åby", "Norrby")
    assert edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Norrby")
    assert edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Söderby")


def test_a_region_that_decides_on_an_operation_directs_it_from_elsewhere() -> None:
    found = read("Polisregion Väst genomförde en insats. Insatsen skedde i Norrby.", SPECS)
    assert edge(found, R.ACTIVE_IN, "insats i Åby", "Norrby")
    no_edge(found, R.ACTIVE_IN, "Polisregion Väst", "Norrby")


def test_a_pact_says_nothing_of_where_its_signers_work() -> None:
    found = read("Lokalpolisområde Åby har tagit fram ett medborgarlöfte. Löftet gäller i Norrby.", SPECS)
    no_edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Norrby")


POLICE_SPECS = [
    *SPECS,
    ("Polisen", E.POLICE_UNIT, "Polisen"),
    ("Lokalpolisområde Öby", E.POLICE_UNIT, None),
]


def test_the_police_operation_of_a_text_about_one_local_area_is_that_areas_work() -> None:
    found = read(
        "Lokalpolisområde Åby har haft en orolig vår. Polisen genomförde en insats. "
        "Insatsen skedde i Norrby och på Söderby.",
        POLICE_SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Norrby")
    assert edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Söderby")


def test_with_two_local_areas_named_the_police_operation_is_no_ones_in_particular() -> None:
    found = read(
        "Lokalpolisområde Åby och Lokalpolisområde Öby har haft en orolig vår. Polisen genomförde en "
        "insats. Insatsen skedde i Norrby.",
        POLICE_SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "insats i Åby", "Norrby")
    no_edge(found, R.ACTIVE_IN, "Lokalpolisområde Åby", "Norrby")
    no_edge(found, R.ACTIVE_IN, "Lokalpolisområde Öby", "Norrby")
