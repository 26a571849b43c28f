"""Initiatives named by a heading "X mot Y", on texts written for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


def test_a_heading_x_mot_y_names_an_initiative() -> None:
    text = "Grannar mot inbrott\n\nTre bostadsrättsföreningar i Norrby samarbetar nu med polisen.\n"
    assert "Grannar mot inbrott" in initiatives(text)


def test_a_news_headline_with_a_finite_verb_names_none() -> None:
    text = "Föräldrar protesterar mot nedläggningen\n\nFlera hundra personer samlades i går.\n"
    assert not initiatives(text)


def test_the_same_words_inside_a_sentence_name_none() -> None:
    text = "Tre bostadsrättsföreningar gick samman. Grannar mot inbrott kan vara ett svar, säger hon.\n"
    assert "Grannar mot inbrott" not in initiatives(text)


def test_a_heading_that_opens_with_a_known_actor_names_none() -> None:
    text = "Polisen mot gängen\n\nLokalpolisområde Mora berättar om sitt arbete.\n"
    assert "Polisen mot gängen" not in initiatives(text)
