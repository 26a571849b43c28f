"""Organisations named after a noun of their kind ('bostadsbolaget X', 'säkerhetsföretaget X'),
and organisations of public record by their usual names. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences
from tests.loaders.relation_reading import R, edge, read


def _organisations(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.ORGANISATION}


def test_a_housing_company_after_its_kind() -> None:
    assert "Tunaby" in _organisations("Bostadsbolaget Tunaby har satt upp fler lampor.")


def test_a_security_company_and_a_company_opening_a_sentence() -> None:
    found = _organisations("Företaget Nordvakt och säkerhetsföretaget Vaktbolaget Öst patrullerar.")
    assert {"Nordvakt", "Vaktbolaget Öst"} <= found


def test_a_study_association_keeps_its_kind_in_the_name() -> None:
    assert "Studieförbundet Lärkan" in _organisations("Studieförbundet Lärkan håller kurser för föräldrar.")


def test_a_known_place_after_the_noun_is_no_organisation() -> None:
    assert not _organisations("Bolaget Hedemora bygger nya bostäder.")


def test_a_name_that_goes_on_in_lower_case_is_not_cut() -> None:
    assert "Unga" not in _organisations("Organisationen Unga mot våld har öppnat en lokal.")


def test_an_employer_named_after_its_kind() -> None:
    found = read(
        "– Vi har satsat på belysning, säger Eva Ström, vd för bostadsbolaget Tunaby.",
        [("Eva Ström", E.PERSON, None), ("bostadsbolaget Tunaby", E.ORGANISATION, "Tunaby")],
    )
    edge(found, R.WORKS_FOR, "Eva Ström", "Tunaby")


def test_organisations_of_public_record() -> None:
    found = _organisations("Rapporten togs fram av RISE och CAN på uppdrag av Svenskt näringsliv.")
    assert {"RISE", "CAN", "Svenskt Näringsliv"} <= found


def test_an_association_named_by_a_compound_of_its_purpose() -> None:
    names = _organisations("Polisen och Handelsföreningen i Ljusdal går trygghetsvandringar.")
    assert "Handelsföreningen" in names


def test_a_centre_named_by_its_field() -> None:
    names = _organisations("Rapporten är skriven av Kunskapscentrum mot ungdomsbrottslighet vid en högskola.")
    assert "Kunskapscentrum mot ungdomsbrottslighet" in names


def test_a_centre_for_a_purpose_is_no_name() -> None:
    names = _organisations("Kommunen bygger ett nytt Centrum för att samla verksamheterna.")
    assert not any(n.startswith("Centrum") for n in names)
