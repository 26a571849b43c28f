"""Parks and squares by the names towns give them. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _places(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.PLACE}


def test_a_park_named_in_the_genitive() -> None:
    places = _places("Fler lampor sätts upp i Ekbackens park i höst.")
    assert "Ekbackens park" in places
    assert "Ekbackens" not in places


def test_a_square_named_by_its_size() -> None:
    places = _places("Det har varit oroligt vid Lilla torget på kvällarna.")
    assert "Lilla torget" in places
    assert "Lilla" not in places


def test_a_size_word_before_a_common_noun_is_no_place() -> None:
    assert not _places("Stora delar av staden har fått bättre belysning.")


def test_a_name_after_the_kind_of_place_it_is() -> None:
    places = _places("Oron har spridit sig till förorten Ekbyhöjden och området Tallmon.")
    assert {"Ekbyhöjden", "Tallmon"} <= places


def test_every_name_of_a_list_after_a_plural_kind() -> None:
    places = _places("Kommunen har tre tätorter, och tätorterna Ljungvik och Storbäcken växer.")
    assert {"Ljungvik", "Storbäcken"} <= places


def test_an_actor_after_the_kind_noun_is_no_place() -> None:
    places = _places("Inom området Polisen ansvarar för har brotten minskat.")
    assert "Polisen" not in places


def test_a_part_of_town_named_by_its_position() -> None:
    places = _places("Ordningsvakter ska patrullera i Centrala staden och i Norrbacka.")
    assert "Centrala staden" in places


def test_the_town_in_general_is_no_place_name() -> None:
    assert not any("stan" in p for p in _places("Det har blivit lugnare i stan den senaste tiden."))


def test_a_side_of_a_town_is_a_place_of_its_own() -> None:
    text = (
        "Skjutningarna har skett i västra Borlänge och i norra Sverige. Polisen patrullerar i centrala Mora."
    )
    mentions = find_document_mentions(text, split_sentences(text))
    assert {m.canonical for m in mentions if m.type == E.PLACE} == {"västra Borlänge", "Mora"}


def test_what_one_takes_part_in_is_no_place_anywhere_in_the_text() -> None:
    text = "Polisen deltar i Svepet. Kommunen är med i Trivium. Polisen finns i Svepet och i Tegnaby."
    mentions = find_document_mentions(text, split_sentences(text))
    assert {m.canonical for m in mentions if m.type == E.PLACE} == {"Tegnaby"}
