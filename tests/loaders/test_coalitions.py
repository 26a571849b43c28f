"""A coalition whose member parties the text names acts through them; one without names stays."""

from __future__ import annotations

from graph.model import Document, EntityType
from loaders.extract import extract
from loaders.reading.read import LoadedDocument
from tests.loaders.relation_reading import E, R, edge, read


def _names(text: str) -> set[str]:
    graph = extract(LoadedDocument(document=Document(id="budget", title="Budget"), text=text))
    return {e.name for e in graph.entities if e.type == EntityType.POLITICAL_PARTY}


def test_party_letters_in_brackets_name_the_members_of_a_coalition() -> None:
    text = (
        "Alliansen (M, C och KD) presenterade sin budget. Alliansen vill fördubbla antalet fältassistenter."
    )
    found = read(text, [("Alliansen", E.POLITICAL_PARTY, "Allianspartierna")])
    for party in ("Moderaterna", "Centerpartiet", "Kristdemokraterna"):
        edge(found, R.PROPOSES, party, "antalet fältassistenter")
    assert not [f for f in found if f.source.canonical == "Allianspartierna"]


def test_a_coalition_without_named_members_keeps_its_proposals() -> None:
    text = "Alliansen presenterade sin budget. Alliansen vill fördubbla antalet fältassistenter."
    found = read(text, [("Alliansen", E.POLITICAL_PARTY, "Allianspartierna")])
    edge(found, R.PROPOSES, "Allianspartierna", "antalet fältassistenter")


def test_a_coalition_whose_members_are_named_is_no_actor_of_the_graph() -> None:
    text = (
        "De tre allianspartierna Moderaterna, Liberalerna och Centerpartiet lade på måndagen fram "
        "sin budget. Allianspartierna vill ha fler nattvandrare i Norrby."
    )
    names = _names(text)
    assert {"Moderaterna", "Liberalerna", "Centerpartiet"} <= names
    assert "Allianspartierna" not in names


def test_a_coalition_named_alone_stays_an_actor_of_the_graph() -> None:
    text = "Alliansen lade på måndagen fram sin budget. Alliansen vill ha fler nattvandrare i Norrby."
    assert "Allianspartierna" in _names(text)


def test_a_coalition_with_its_letters_in_brackets_wishes_in_the_same_sentence() -> None:
    text = "Alliansen (M, C och KD) vill fördubbla antalet fältassistenter."
    found = read(text, [("Alliansen", E.POLITICAL_PARTY, "Allianspartierna")])
    for party in ("Moderaterna", "Centerpartiet", "Kristdemokraterna"):
        edge(found, R.PROPOSES, party, "antalet fältassistenter")


def test_a_coalition_listed_beside_other_parties_keeps_its_proposals() -> None:
    text = "Alliansen, Socialdemokraterna och Vänsterpartiet vill fördubbla antalet fältassistenter."
    found = read(
        text,
        [
            ("Alliansen", E.POLITICAL_PARTY, "Allianspartierna"),
            ("Socialdemokraterna", E.POLITICAL_PARTY, None),
            ("Vänsterpartiet", E.POLITICAL_PARTY, None),
        ],
    )
    edge(found, R.PROPOSES, "Allianspartierna", "antalet fältassistenter")


def test_a_counted_coalition_names_its_members_between_commas() -> None:
    text = (
        "De tre allianspartierna, Moderaterna, Liberalerna och Centerpartiet, presenterade sin budget. "
        "Allianspartierna vill fördubbla antalet fältassistenter."
    )
    found = read(
        text,
        [
            ("allianspartierna", E.POLITICAL_PARTY, "Allianspartierna"),
            ("Allianspartierna", E.POLITICAL_PARTY, None),
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("Centerpartiet", E.POLITICAL_PARTY, None),
        ],
    )
    for party in ("Moderaterna", "Liberalerna", "Centerpartiet"):
        edge(found, R.PROPOSES, party, "antalet fältassistenter")
    assert not [f for f in found if f.source.canonical == "Allianspartierna"]
