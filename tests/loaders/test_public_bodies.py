"""Courts, prosecution units and European agencies by their public names. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _found(text: str) -> set[tuple[E, str]]:
    return {(m.type, m.canonical) for m in find_document_mentions(text, split_sentences(text))}


def test_a_district_court_and_an_administrative_court_by_their_towns() -> None:
    found = _found("Växjö tingsrätt dömde mannen och förvaltningsrätten i Växjö beslutade om vite.")
    assert {(E.AGENCY, "Växjö tingsrätt"), (E.AGENCY, "Förvaltningsrätten i Växjö")} <= found


def test_european_agencies_are_agencies() -> None:
    found = _found("Utredningen sker med stöd av Europol och Eurojust.")
    assert {(E.AGENCY, "Europol"), (E.AGENCY, "Eurojust")} <= found


def test_the_prosecutors_national_unit_is_no_municipal_unit() -> None:
    found = _found(
        "Mora kommun följer målet. Riksenheten mot internationell och organiserad brottslighet leder förundersökningen."
    )
    assert (E.AGENCY, "Riksenheten mot internationell och organiserad brottslighet") in found
    assert not {name for type_, name in found if type_ == E.MUNICIPAL_BODY}


def test_county_boards_named_together_are_each_one() -> None:
    found = _found("Länsstyrelserna i Gävleborg och Dalarna samordnar arbetet mot ekonomisk brottslighet.")
    assert {(E.AGENCY, "Länsstyrelsen i Gävleborgs län"), (E.AGENCY, "Länsstyrelsen i Dalarnas län")} <= found


def test_a_regional_intelligence_centre_by_its_short_name() -> None:
    assert (E.ORGANISATION, "RUC Bergslagen") in _found("RUC Bergslagen har tagit fram en lägesbild.")


def test_another_countrys_police_is_not_the_swedish_police() -> None:
    found = _found("Polisen i Mora samarbetar med norska polisen och danska tullen.")
    assert {(E.AGENCY, "Norska polisen"), (E.AGENCY, "Danska tullen")} <= found
    assert (E.AGENCY, "Tullverket") not in found
