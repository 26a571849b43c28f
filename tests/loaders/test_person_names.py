"""Persons with two surnames, and the words after a name that are no surname. Sentences made up
for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _persons(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.PERSON}


def test_a_first_name_and_two_surnames() -> None:
    persons = _persons("– Vi ser en förbättring, säger Karin Sjöholm Lundgren, kommunpolis i Hedemora.")
    assert "Karin Sjöholm Lundgren" in persons


def test_a_surname_that_is_also_a_common_place_word() -> None:
    assert "Lena Åkesson Berg" in _persons("Lena Åkesson Berg leder arbetet i höst.")


def test_a_place_after_the_name_is_no_surname() -> None:
    persons = _persons("Lena Åkesson Hedemora kommun var med på mötet.")
    assert "Lena Åkesson" in persons
    assert not any("Hedemora" in p for p in persons)


def test_two_names_in_a_row_stay_two_persons() -> None:
    persons = _persons("På mötet talade Lars Nyman Karin Sjöholm och flera andra.")
    assert "Lars Nyman Karin" not in persons


def test_older_spellings_of_common_first_names() -> None:
    persons = _persons("Program för dagen\nPär Nyholm, Hedemora kommun\nCatharina Wik, Länsstyrelsen")
    assert {"Pär Nyholm", "Catharina Wik"} <= persons


def test_a_first_name_alone_after_a_verb_of_saying() -> None:
    assert "Linnea" in _persons("– Jag vågar inte gå ut på kvällarna, säger Linnea.")


def test_a_first_name_alone_with_the_organisation_it_comes_from() -> None:
    assert "Gustav" in _persons("Föreläsningen hölls av Gustav från Tullverket i fredags.")


def test_a_first_name_the_text_gives_in_full_is_the_full_names() -> None:
    persons = _persons("Linnea Holm leder projektet. – Det går bra, säger Linnea.")
    assert persons == {"Linnea Holm"}


def test_a_first_name_without_a_cue_is_no_person() -> None:
    assert not _persons("Linnea är ett vanligt namn i Sverige.")


def test_a_first_name_that_is_also_a_pronoun() -> None:
    persons = _persons("Stadsdirektör Hans Moberg, Mora kommun, skrev under. Hans kollega Eva Ek höll med.")
    assert persons == {"Hans Moberg", "Eva Ek"}


def test_a_county_police_chief_by_title() -> None:
    assert _persons("Det sade länspolismästare Carin Västgöte på en presskonferens.") == {"Carin Västgöte"}


def test_middle_initials_inner_capitals_and_a_party_letter_mark_names() -> None:
    text = "Det säger Anna E. Berg. Jenny McLaren höll med. Nooshi Karimzadeh (V) talade sist."
    assert _persons(text) == {"Anna E. Berg", "Jenny McLaren", "Nooshi Karimzadeh"}
