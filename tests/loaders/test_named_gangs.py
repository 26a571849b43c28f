"""Criminal groups named after a noun of their kind ('gänget X', 'grupperingen X') or by a compound
of a name and '-ligan'. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _gangs(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.CRIMINAL_GROUP}


def test_a_gang_named_after_its_kind() -> None:
    found = _gangs("Grupperingen Svartligan har en konflikt med gänget Falken i Norrby.")
    assert {"Svartligan", "Falken"} <= found


def test_a_criminal_network_named_after_its_kind() -> None:
    assert "Familjen Ek" in _gangs("Det kriminella nätverket Familjen Ek styr handeln i Norrby.")


def test_a_network_of_partners_is_no_gang() -> None:
    assert not _gangs("Nätverket Trygga Byar träffas varje månad i Norrby.")


def test_a_compound_of_a_name_and_its_kind_is_a_gang_not_a_place() -> None:
    text = "Flera medlemmar i Byhultsligan greps i veckan."
    mentions = find_document_mentions(text, split_sentences(text))
    assert {(m.type, m.canonical) for m in mentions} >= {(E.CRIMINAL_GROUP, "Byhultsligan")}
    assert not any(m.type == E.PLACE and m.canonical == "Byhultsligan" for m in mentions)


def test_a_compound_of_a_crime_and_its_kind_is_no_name() -> None:
    assert "Knarkligan" not in _gangs("Knarkligan sålde i centrum.")


def test_a_known_actor_after_the_kind_noun_is_no_gang() -> None:
    assert "Polisen" not in _gangs("Efter tillslaget mot gänget Polisen i Norrby greps tre.")


def test_an_unnamed_mc_club_is_a_gang_named_by_its_place() -> None:
    assert "kriminella MC-gäng i Byhult" in _gangs("En känd MC-klubb har öppnat en lokal i Byhult.")
    assert "kriminella MC-gäng i Byhult" in _gangs(
        "MC-gänget har etablerat sig i Byhult. Polisen följer det."
    )


def test_a_determiner_is_no_clubs_name() -> None:
    assert not any(name.startswith("Ett") for name in _gangs("Ett MC-gäng har köpt en gård i Byhult."))


def test_the_club_after_a_named_club_is_that_club() -> None:
    assert _gangs("Bandidos MC har köpt en gård. MC-klubben har etablerat sig i Byhult.") == {"Bandidos MC"}


def test_a_support_club_named_after_its_kind() -> None:
    assert "Svarta Korpar" in _gangs("Supportklubben Svarta Korpar har en lokal i Byhult.")


def test_a_gang_named_by_a_verb_of_naming() -> None:
    assert "Byhultsfalangen" in _gangs("Ligan kallas Byhultsfalangen och har etablerat sig i Norrby.")
    assert "Svarta Korpen" in _gangs("Det kriminella nätverket, som kallas Svarta Korpen, växer i Byhult.")


def test_a_group_of_partners_named_by_a_verb_of_naming_is_no_gang() -> None:
    assert not _gangs("Gruppen kallas Trygga Grannar och träffas i Byhult.")
