"""A town named in the sentence that names its county or landskap lies in it. Sentences made up for
the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Mora", E.PLACE, None),
    ("Uppsala", E.PLACE, None),
    ("Dalarnas län", E.PLACE, None),
    ("Dalarna", E.PLACE, None),
]


def test_a_town_and_its_county_in_one_sentence() -> None:
    found = read("Polisen i Mora samarbetar med kommunerna i hela Dalarnas län mot bedrägerier.", SPECS)
    assert edge(found, R.LOCATED_IN, "Mora", "Dalarnas län")


def test_a_town_and_its_landskap_in_one_sentence() -> None:
    found = read("Polisen i Mora och i resten av Dalarna arbetar mot bedrägerier.", SPECS)
    assert edge(found, R.LOCATED_IN, "Mora", "Dalarna")


def test_a_town_of_another_county_is_not_put_in_it() -> None:
    found = read("Polisen i Uppsala samarbetar med kommunerna i hela Dalarnas län mot bedrägerier.", SPECS)
    no_edge(found, R.LOCATED_IN, "Uppsala", "Dalarnas län")


def test_a_county_in_another_sentence_says_nothing() -> None:
    found = read(
        "Polisen i Mora har fått ny chef. Kommunerna i Dalarnas län samarbetar mot bedrägerier.", SPECS
    )
    no_edge(found, R.LOCATED_IN, "Mora", "Dalarnas län")
