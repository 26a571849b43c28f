"""A municipality's own crime prevention council and its later forms ('det brottsförebyggande
rådet', 'BRÅ'), apart from the national agency. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _read(text: str) -> list[tuple[str, E, str]]:
    return [(m.text, m.type, m.canonical) for m in find_document_mentions(text, split_sentences(text))]


def test_the_councils_genitive_opening_a_sentence_is_the_municipalitys() -> None:
    found = _read("Mora kommun satsar på trygghet. Kommunens brottsförebyggande råd har tagit fram en plan.")
    assert ("Kommunens brottsförebyggande råd", E.MUNICIPAL_BODY, "Moras brottsförebyggande råd") in found


def test_later_forms_in_the_councils_own_statutes_are_the_local_council() -> None:
    text = (
        "Reglemente för Brottsförebyggande rådet i Mora kommun. Det brottsförebyggande rådet (BRÅ) "
        "har sju ledamöter. BRÅ sammanträder fyra gånger per år."
    )
    councils = [(t, c) for t, ty, c in _read(text) if "råd" in c.casefold()]
    assert all(c == "Moras brottsförebyggande råd" for _, c in councils)
    assert [t for t, _ in councils].count("BRÅ") == 2


def test_the_national_agency_stays_national_where_the_text_says_so() -> None:
    text = (
        "Det lokala brottsförebyggande rådet i Mora träffas varje månad. Metoden togs fram av "
        "nationella brottsförebyggande rådet (BRÅ). Enligt Brå har brotten minskat."
    )
    agency = [t for t, ty, c in _read(text) if ty == E.AGENCY and c == "Brottsförebyggande rådet"]
    assert agency == ["brottsförebyggande rådet", "BRÅ", "Brå"]


def test_without_a_local_council_brå_is_the_agency() -> None:
    found = _read("BRÅ har publicerat en ny rapport om bedrägerier mot äldre.")
    assert ("BRÅ", E.AGENCY, "Brottsförebyggande rådet") in found


def test_the_local_council_written_without_the_definite_adjective() -> None:
    found = _read("Mora kommun deltar. Anna Ek är ordförande i lokal brottsförebyggande rådet.")
    assert ("lokal brottsförebyggande rådet", E.MUNICIPAL_BODY, "Moras brottsförebyggande råd") in found
