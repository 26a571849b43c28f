"""Organisations, authorities and municipal units named beyond the demo corpus, on sentences
written for the tests (other municipalities, fictional companies and persons)."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def found(text: str) -> set[tuple[E, str]]:
    return {(m.type, m.canonical) for m in find_document_mentions(text)}


def names(text: str, type_: E) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == type_}


# --------------------------------------------------------------------------- housing companies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arbetet sker tillsammans med Ljusdalshem sedan i våras.", "Ljusdalshem"),
        ("Polisen har träffat Kumlabostäder om belysningen.", "Kumlabostäder"),
        ("Även Hallstahammars Bostäder har anställt trygghetsvärdar.", "Hallstahammars Bostäder"),
        ("Fastighets AB Lindkronan i Alingsås bygger om gården.", "Fastighets AB Lindkronan i Alingsås"),
    ],
)
def test_housing_companies_by_their_form(text: str, name: str) -> None:
    assert name in names(text, E.ORGANISATION)


def test_a_known_housing_company_with_its_company_form() -> None:
    text = "Kommunen har tecknat avtal med Bostads AB Mimer och AB Gavlegårdarna."
    mentions = [m for m in find_document_mentions(text) if m.type == E.ORGANISATION]
    assert {m.canonical for m in mentions} == {"Mimer", "Gavlegårdarna"}
    assert {m.text for m in mentions} == {"Bostads AB Mimer", "AB Gavlegårdarna"}


def test_institutions_are_no_housing_companies() -> None:
    text = "Pojken placerades på ett behandlingshem. Ungdomshem finns i flera län."
    assert not names(text, E.ORGANISATION)


def test_companies_by_ab_or_aktiebolag() -> None:
    text = "Bolaget Norrtälje Ventilation Aktiebolag har anlitat Securitas AB för bevakningen."
    assert found(text) >= {
        (E.ORGANISATION, "Norrtälje Ventilation Aktiebolag"),
        (E.ORGANISATION, "Securitas"),
    }
    assert "Bolaget Norrtälje Ventilation Aktiebolag" not in names(text, E.ORGANISATION)


# --------------------------------------------------------------------------- clubs and associations


def test_sports_clubs_with_their_letters_before_or_after() -> None:
    text = "Träningen leds av IFK Motala, IK Tellus och Bollnäs GIF. Även Skövde Guif deltar."
    assert names(text, E.ORGANISATION) >= {"IFK Motala", "IK Tellus", "Bollnäs GIF", "Skövde Guif"}


def test_a_clubs_letters_after_its_name_stay_with_that_name() -> None:
    assert names("Matchen spelades av Tranås IF Fotboll i går.", E.ORGANISATION) == {"Tranås IF"}


def test_associations_written_with_one_capital() -> None:
    text = "Hyresgästföreningen, Fryshuset, Röda korset och Svenska kyrkan har bjudits in."
    assert names(text, E.ORGANISATION) == {
        "Hyresgästföreningen",
        "Fryshuset",
        "Röda Korset",
        "Svenska kyrkan",
    }


# --------------------------------------------------------------------------- authorities


def test_universities_are_state_agencies_and_independent_ones_organisations() -> None:
    text = "Studien görs av Högskolan Dalarna, Högskolan i Halmstad, Karlstads universitet och Chalmers."
    assert found(text) >= {
        (E.AGENCY, "Högskolan Dalarna"),
        (E.AGENCY, "Högskolan i Halmstad"),
        (E.AGENCY, "Karlstads universitet"),
        (E.ORGANISATION, "Chalmers tekniska högskola"),
    }
    assert not names(text, E.PLACE) & {"Dalarna", "Halmstad", "Karlstad"}


def test_a_university_named_by_an_unknown_word_is_no_agency() -> None:
    assert not names("Hon läser på Öppna universitet i höst.", E.AGENCY)


def test_the_esf_council_and_the_european_social_fund() -> None:
    text = "Svenska ESF-rådet har beviljat pengar ur Europeiska socialfonden. ESF-rådet följer upp."
    mentions = find_document_mentions(text)
    assert {m.canonical for m in mentions if m.type == E.AGENCY} == {"Svenska ESF-rådet"}
    assert {m.canonical for m in mentions if m.type == E.INITIATIVE} == {"Europeiska socialfonden"}
    assert not names(text, E.PLACE)


@pytest.mark.parametrize(
    "surface",
    [
        "Länsstyrelsen i Värmlands län",
        "Länsstyrelsen Värmland",
        "Länsstyrelsen i Värmland",
        "Värmlands länsstyrelse",
    ],
)
def test_every_form_of_a_county_board_is_one_agency(surface: str) -> None:
    assert names(f"Bidraget kommer från {surface} i år.", E.AGENCY) == {"Länsstyrelsen i Värmlands län"}


def test_regions_are_municipality_actors() -> None:
    text = "Region Jämtland Härjedalen och Region Kronoberg finansierar projektet."
    assert names(text, E.MUNICIPALITY) == {"Region Jämtland Härjedalen", "Region Kronoberg"}


# --------------------------------------------------------------------------- the municipality and its units


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Trollhättans stad", "Trollhättans stad"),
        ("Sundsvalls stad", "Sundsvalls kommun"),
        ("Göteborgs Stad", "Göteborgs stad"),
    ],
)
def test_a_stad_name_is_the_municipality(surface: str, name: str) -> None:
    assert names(f"Beslutet fattades av {surface} i går.", E.MUNICIPALITY) == {name}


def test_municipal_units_by_their_endings() -> None:
    text = (
        "Skellefteå kommun\n\nTillståndsenheten och ekonomiavdelningen har granskat krogarna. "
        "Kommunens ungdomsenhet och fritidsgårdsverksamheten deltar också."
    )
    assert names(text, E.MUNICIPAL_BODY) == {
        "Tillståndsenheten i Skellefteå",
        "Ekonomiavdelningen i Skellefteå",
        "Ungdomsenheten i Skellefteå",
        "Fritidsgårdsverksamheten i Skellefteå",
    }


def test_units_of_other_organisations_are_no_municipal_units() -> None:
    text = "Patienten fördes till akutavdelningen. Polisens utredningsenheten tog över. En ny enhet startar."
    assert not names(text, E.MUNICIPAL_BODY)


def test_museums_named_by_their_place() -> None:
    text = "I satsningen deltar Umeå kommun och Västerbottens museum."
    assert "Västerbottens museum" in names(text, E.ORGANISATION)
    assert "Västerbotten" not in names(text, E.PLACE)


# --------------------------------------------------------------------------- local crime prevention councils


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orsa kommun har en plan. Orsabrå har tagit fram en lägesbild.", "Orsas brottsförebyggande råd"),
        ("Orsa kommun har en plan. Orsa BRÅ leder arbetet.", "Orsas brottsförebyggande råd"),
        ("Kvarnbobrå har tagit fram en lägesbild för hösten.", "Kvarnbobrå"),
    ],
)
def test_a_local_crime_prevention_council_by_its_short_name(text: str, name: str) -> None:
    assert name in names(text, E.MUNICIPAL_BODY)


def test_the_national_and_the_county_council_are_no_local_council() -> None:
    assert not names("Enligt Brå har brotten ökat. Läns-BRÅ träffas i maj.", E.MUNICIPAL_BODY)


def test_the_short_name_of_a_council_named_in_full_is_no_second_council() -> None:
    text = "Kvarnbos brottsförebyggande råd, Kvarnbobrå, ordnade ett seminarium."
    assert "Kvarnbobrå" not in names(text, E.MUNICIPAL_BODY)
