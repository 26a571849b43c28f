"""Organisations named in an apposition to a description of their kind. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _named(text: str, type_: E) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == type_}


def test_a_name_between_commas_after_a_research_centre() -> None:
    text = "Under våren har forskningscentret för västkommunerna, FoU Väster, följt arbetet."
    assert "FoU Väster" in _named(text, E.ORGANISATION)


def test_a_one_word_name_after_a_centre_in_a_town() -> None:
    text = "Det lokala kunskapscentret i Norrby, Trygghetslabbet, har svarat på frågorna."
    assert "Trygghetslabbet" in _named(text, E.ORGANISATION)


def test_a_person_speaking_for_an_association_is_no_organisation() -> None:
    text = "Ordförande i föreningen, Anna Ek, svarade på frågorna."
    assert not _named(text, E.ORGANISATION)
    assert "Anna Ek" in _named(text, E.PERSON)


def test_a_known_agency_after_the_description_keeps_its_type() -> None:
    text = "Det statliga institutet, Skatteverket, har granskat bolagen."
    assert not _named(text, E.ORGANISATION)
    assert "Skatteverket" in _named(text, E.AGENCY)
