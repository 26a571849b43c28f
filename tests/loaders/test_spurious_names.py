"""Words that look like names and are none: list items opened by a verb, adjectives after a
preposition, signature lines, ordinary compounds of 'nätverket'."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def names(text: str, type_: E) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == type_}


def test_a_verb_opening_a_list_item_is_no_part_of_a_place() -> None:
    text = "Åtgärder under året:\n- Kameraövervaka Hovsjö centrum\n- Rusta upp Ronna centrum"
    assert names(text, E.PLACE) == {"Hovsjö centrum", "Ronna centrum"}


def test_an_adjective_after_a_preposition_is_no_place() -> None:
    text = "Medlen kommer från Europeiska unionens fonder och från Nordiska rådet."
    assert not names(text, E.PLACE)


def test_a_party_line_over_a_signature_is_no_person() -> None:
    text = "Vi yrkar avslag på förslaget.\n\nFör Moderaterna\nTiberius Ahlgren (M)\n"
    persons = names(text, E.PERSON)
    assert persons == {"Tiberius Ahlgren"}
    assert "Moderaterna" in names(text, E.POLITICAL_PARTY)


@pytest.mark.parametrize(
    "surface", ["Järvanätverket", "Järva-nätverket", "Järvanätverkets", "järvanätverket"]
)
def test_criminal_networks_named_by_a_place_in_every_spelling(surface: str) -> None:
    mentions = [m for m in find_document_mentions(f"Polisen kopplar dådet till {surface} enligt åklagaren.")]
    assert {(m.type, m.canonical) for m in mentions if m.text == surface} == {
        (E.CRIMINAL_GROUP, "Järvanätverket")
    }
    assert not names(f"Polisen kopplar dådet till {surface}.", E.AGENCY)


def test_networks_of_people_are_no_criminal_groups() -> None:
    text = "Kontaktnätverket träffas i dag. Kommunen startar Trygghetsnätverket och släktnätverket hjälper."
    assert not names(text, E.CRIMINAL_GROUP)
    assert not names(text, E.AGENCY)


def test_a_verb_opening_a_list_item_is_no_part_of_a_club_or_company() -> None:
    text = "Förslag:\n- Stötta Gefle IF\n- Anlita Norrtälje Vakt AB\n\nNorra Sandvikens IF spelar i morgon."
    assert names(text, E.ORGANISATION) == {"Gefle IF", "Norrtälje Vakt AB", "Norra Sandvikens IF"}


def test_a_part_of_a_known_place_is_a_place_of_its_own() -> None:
    text = "Oron har ökat i Södra Ryd och i Västra Frölunda men inte i Norra Sverige."
    assert names(text, E.PLACE) == {"Södra Ryd", "Västra Frölunda"}
