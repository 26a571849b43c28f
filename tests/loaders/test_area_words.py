"""'i länet', 'i hela kommunen': the document's county or town as an initiative's place (made-up
sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Dalarnas län", E.PLACE, None),
    ("Värmlands län", E.PLACE, None),
    ("medborgardialoger", E.INITIATIVE, "medborgardialoger"),
    ("trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
]


def test_the_county_word_is_the_one_county_the_document_names() -> None:
    found = read(
        "Polisen i Dalarnas län har lyssnat på invånarna. I våras hölls medborgardialoger i samtliga "
        "kommuner i länet.",
        SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "medborgardialoger", "Dalarnas län")


def test_with_two_counties_named_the_county_word_is_no_ones() -> None:
    found = read(
        "Dalarnas län och Värmlands län samarbetar. I våras hölls medborgardialoger i hela länet.", SPECS
    )
    no_edge(found, R.ACTIVE_IN, "medborgardialoger", "Dalarnas län")


def test_a_wished_measure_is_nowhere_yet() -> None:
    found = read("Dalarnas län är stort. Vi vill ha trygghetsvandringar i hela länet.", SPECS)
    no_edge(found, R.ACTIVE_IN, "trygghetsvandringar", "Dalarnas län")
