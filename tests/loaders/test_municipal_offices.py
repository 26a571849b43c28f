"""Municipal offices and units by the forms municipalities give them: offices named 'X-kontoret',
district administrations with their district's name, units whose name coordinates two words.
Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _bodies(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.MUNICIPAL_BODY}


def test_offices_named_after_their_field() -> None:
    bodies = _bodies("Hedemora kommun bygger om. Gatukontoret och Stadskontoret leder arbetet.")
    assert {"Gatukontoret i Hedemora", "Stadskontoret i Hedemora"} <= bodies


def test_an_activity_or_any_office_is_no_body() -> None:
    bodies = _bodies("Hedemora kommun bygger om. God fastighetsförvaltning och ett miljökontor behövs.")
    assert not bodies


def test_a_district_administration_keeps_its_districts_name() -> None:
    bodies = _bodies("Stadsområdesförvaltning Norr har anställt fler fältassistenter.")
    assert "Stadsområdesförvaltningen Norr" in bodies


def test_a_unit_whose_name_coordinates_two_words() -> None:
    bodies = _bodies(
        "Hedemora kommun bygger om. Säkerhets- och beredskapsavdelningen har tagit fram en plan."
    )
    assert "Säkerhets- och beredskapsavdelningen i Hedemora" in bodies
    assert "Beredskapsavdelningen i Hedemora" not in bodies


def test_sectors_named_by_their_field() -> None:
    bodies = _bodies("Hedemora kommun ordnar om. Sektor utbildning och sektorn för omsorg får nya chefer.")
    assert {"Sektor utbildning i Hedemora", "Sektor omsorg i Hedemora"} <= bodies


def test_a_sector_followed_by_a_verb_is_no_name() -> None:
    bodies = _bodies("Hedemora kommun ordnar om. Sektorn har fått nya chefer, liksom den privata sektorn.")
    assert not any(b.startswith("Sektor") for b in bodies)


def test_an_administration_for_two_fields() -> None:
    bodies = _bodies("Hedemora kommun ordnar om. Förvaltningen för utbildning och arbetsmarknad flyttar.")
    assert "Förvaltningen för utbildning och arbetsmarknad i Hedemora" in bodies


def test_the_municipalitys_management_group() -> None:
    bodies = _bodies("Hedemora kommun ordnar om. Kommunens krisledningsgrupp samlades i går.")
    assert "kommunens krisledningsgrupp i Hedemora" in bodies
