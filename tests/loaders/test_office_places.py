"""A town named as the seat of a municipal office is the municipality. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _typed(text: str) -> set[tuple[str, str]]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {(m.type.value, m.canonical) for m in mentions}


def test_the_seat_of_an_office_is_the_municipality() -> None:
    found = _typed("– Vi måste agera, säger Eva Lind (M), kommunalråd i Hedemora.")
    assert (E.MUNICIPALITY.value, "Hedemora kommun") in found
    assert (E.PLACE.value, "Hedemora") not in found


def test_the_town_spoken_of_as_a_place_stays_a_place() -> None:
    found = _typed(
        "Eva Lind är kommunstyrelsens ordförande i Hedemora. Det har varit oroligt i Hedemora i vår."
    )
    assert (E.MUNICIPALITY.value, "Hedemora kommun") in found
    assert (E.PLACE.value, "Hedemora") in found


def test_the_area_of_a_police_office_is_no_place() -> None:
    found = _typed("– Vi ser en tydlig ökning, säger Ola Berg, regionpolischef i Bergslagen.")
    assert (E.PLACE.value, "Bergslagen") not in found


def test_a_district_after_a_police_office_stays_a_place() -> None:
    found = _typed("– Vi ser en tydlig ökning, säger Ola Berg, lokalpolisområdeschef i Rinkeby.")
    assert (E.PLACE.value, "Rinkeby") in found
