"""A district inside a part of a town lies in the town too. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Tallbacken", E.PLACE, None),
    ("Norrby", E.PLACE, None),
    ("Åby", E.PLACE, None),
    ("Jämtlands län", E.PLACE, None),
]


def test_an_area_in_an_area_of_a_town_lies_in_the_town() -> None:
    found = read("Tallbacken, en stadsdel i Norrby, har fått en ny skola. Norrby ligger i Åby.", SPECS)
    assert edge(found, R.LOCATED_IN, "Tallbacken", "Norrby")
    assert edge(found, R.LOCATED_IN, "Norrby", "Åby")
    chained = [f for f in found if f.type is R.LOCATED_IN and f.source.canonical == "Tallbacken"]
    assert {f.target.canonical for f in chained} == {"Norrby", "Åby"}


def test_no_chain_up_to_a_county() -> None:
    found = read("Norrby, en stadsdel i Åby, har fått en ny skola. Åby ligger i Jämtlands län.", SPECS)
    assert edge(found, R.LOCATED_IN, "Norrby", "Åby")
    no_edge(found, R.LOCATED_IN, "Norrby", "Jämtlands län")
