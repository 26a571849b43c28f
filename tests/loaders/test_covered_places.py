"""A place an effort is said to cover is where it is active (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Åby", E.PLACE, None),
    ("medborgarlöftet", E.INITIATIVE, "medborgarlöfte för Åby"),
    ("Medborgarlöftet", E.INITIATIVE, "medborgarlöfte för Åby"),
    ("satsningen", E.INITIATIVE, "satsning mot klotter"),
    ("Polisen", E.POLICE_UNIT, "Polisen"),
]


def test_a_place_covered_by_the_agent_initiative() -> None:
    found = read("Även Norrby omfattas av medborgarlöftet.", SPECS)
    assert edge(found, R.ACTIVE_IN, "medborgarlöfte för Åby", "Norrby")


def test_covered_places_after_a_fronted_adverbial_distribute() -> None:
    found = read("Sedan i våras omfattas också Norrby och Söderby av satsningen.", SPECS)
    assert edge(found, R.ACTIVE_IN, "satsning mot klotter", "Norrby")
    assert edge(found, R.ACTIVE_IN, "satsning mot klotter", "Söderby")


def test_without_an_agent_the_initiative_named_just_before_covers_the_place() -> None:
    found = read("Medborgarlöftet undertecknades i går. Även Norrby omfattas.", SPECS)
    assert edge(found, R.ACTIVE_IN, "medborgarlöfte för Åby", "Norrby")


def test_a_place_affected_by_an_initiative() -> None:
    found = read("Söderby berörs också av satsningen.", SPECS)
    assert edge(found, R.ACTIVE_IN, "satsning mot klotter", "Söderby")


def test_a_place_denied_is_not_covered() -> None:
    found = read("Medborgarlöftet undertecknades i går. Norrby omfattas inte.", SPECS)
    no_edge(found, R.ACTIVE_IN, "medborgarlöfte för Åby", "Norrby")
