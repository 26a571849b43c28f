"""Photo credits in capitals: the photographer and the agency. Lines made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences
from tests.loaders.relation_reading import R, edge, read


def _typed(text: str) -> set[tuple[str, str]]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {(m.type.value, m.canonical) for m in mentions}


def test_a_photographer_and_an_agency_in_capitals() -> None:
    found = _typed("Polisen grep tre personer i natt.\nFoto: ANNA-KARIN BERGQVIST / BILDBYRÅN")
    assert (E.PERSON.value, "Anna-Karin Bergqvist") in found
    assert (E.ORGANISATION.value, "Bildbyrån") in found


def test_an_organisations_own_picture_is_no_person() -> None:
    found = _typed("Polisen grep tre personer i natt.\nBild: HEDEMORA KOMMUN")
    assert not any(t == E.PERSON.value for t, _ in found)


def test_the_photographer_works_for_the_agency() -> None:
    found = read(
        "Foto: Lena Ås/Nyhetsbyrån Nord",
        [("Lena Ås", E.PERSON, None), ("Nyhetsbyrån Nord", E.ORGANISATION, None)],
    )
    edge(found, R.WORKS_FOR, "Lena Ås", "Nyhetsbyrån Nord")
