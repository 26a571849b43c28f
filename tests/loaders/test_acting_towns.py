"""Towns listed as actors are their municipalities; after a place preposition they stay places.
Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _found(text: str) -> set[tuple[E, str]]:
    return {(m.type, m.canonical) for m in find_document_mentions(text, split_sentences(text))}


def test_towns_that_agree_on_something_are_municipalities() -> None:
    found = _found("Polisen har ett avtal där Mora, Orsa och Rättvik enats om en gemensam plan.")
    assert {
        (E.MUNICIPALITY, "Mora kommun"),
        (E.MUNICIPALITY, "Orsa kommun"),
        (E.MUNICIPALITY, "Rättviks kommun"),
    } <= found
    assert not {name for type_, name in found if type_ == E.PLACE}


def test_towns_after_a_place_preposition_stay_places() -> None:
    found = _found("Det finns många fäbodar i Mora och Orsa.")
    assert found == {(E.PLACE, "Mora"), (E.PLACE, "Orsa")}
