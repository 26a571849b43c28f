"""'i respektive stadsdel', 'i områdena': the places a measure's sentence points back to (made-up
sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Västby", E.PLACE, None),
    ("Åby", E.PLACE, None),
    ("Insatsen", E.INITIATIVE, "insats mot klotter"),
    ("trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
    ("kameror", E.INITIATIVE, "fler kameror"),
    ("fältassistenter", E.INITIATIVE, "fler fältassistenter"),
    ("Polisen", E.POLICE_UNIT, "Polisen"),
]


def test_a_distributive_area_is_each_place_of_the_list_before() -> None:
    found = read(
        "Otryggheten är störst i Norrby, Söderby och Västby. Kommunen ordnar trygghetsvandringar i "
        "respektive stadsdel.",
        SPECS,
    )
    for place in ("Norrby", "Söderby", "Västby"):
        assert edge(found, R.ACTIVE_IN, "trygghetsvandringar", place)


def test_a_plural_area_points_back_over_sentences_between() -> None:
    found = read(
        "Polisen har sett en oro i Norrby och på Söderby. Många boende hör av sig. Vi vill ha kameror i områdena.",
        SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "fler kameror", "Norrby")
    assert edge(found, R.ACTIVE_IN, "fler kameror", "Söderby")


def test_a_single_place_is_no_list_and_a_singular_area_no_plural() -> None:
    found = read("Oron är stor i Åby. Kommunen ordnar trygghetsvandringar i områdena.", SPECS)
    no_edge(found, R.ACTIVE_IN, "trygghetsvandringar", "Åby")
    found = read("Oron är stor i Norrby och Söderby. Kommunen ordnar trygghetsvandringar i området.", SPECS)
    no_edge(found, R.ACTIVE_IN, "trygghetsvandringar", "Söderby")


def test_with_two_measures_in_the_sentence_the_areas_are_no_ones() -> None:
    found = read(
        "Oron är stor i Norrby och Söderby. Vi vill ha kameror och fler fältassistenter i områdena.", SPECS
    )
    no_edge(found, R.ACTIVE_IN, "fler kameror", "Norrby")
    no_edge(found, R.ACTIVE_IN, "fler fältassistenter", "Norrby")


def test_a_plural_area_is_every_list_of_the_sentence_before() -> None:
    found = read(
        "Vi vill se vakter både i Norrby och Söderby och fler patruller i Västby och i Åby. "
        "Vi vill också ha kameror i områdena.",
        SPECS,
    )
    for place in ("Norrby", "Söderby", "Västby", "Åby"):
        assert edge(found, R.ACTIVE_IN, "fler kameror", place)
