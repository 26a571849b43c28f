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
