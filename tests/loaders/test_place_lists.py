"""Places named in a list after a place preposition: every member is a place, not just the first.
Sentences and place names made up for the tests."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _read(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    entities = {(e.type.value, e.name) for e in graph.entities}
    return entities, {(r.type.value, names[r.source], names[r.target]) for r in graph.relations}


def test_every_member_of_a_list_of_places_is_a_place() -> None:
    entities, relations = _read("Polisen ska öka närvaron i Kvarnbo, Sjöholmen och Tallkrogen under hösten.")
    assert {("Place", "Kvarnbo"), ("Place", "Sjöholmen"), ("Place", "Tallkrogen")} <= entities
    assert {("ACTIVE_IN", "Polisen", p) for p in ("Kvarnbo", "Sjöholmen", "Tallkrogen")} <= relations


def test_a_list_with_people_or_organisations_is_no_list_of_places() -> None:
    entities, _ = _read("Mötet hölls i Kvarnbo och Vera Holm talade först.")
    assert ("Place", "Vera") not in entities
    entities, _ = _read("Arbetet i Kvarnbo, Skatteverket och Tullverket fortsätter.")
    assert ("Place", "Skatteverket") not in entities


def test_the_police_seen_or_patrolling_in_a_place_is_active_there() -> None:
    _, relations = _read("Under hösten kommer polisen att synas mer i Kvarnbo.")
    assert ("ACTIVE_IN", "Polisen", "Kvarnbo") in relations
    _, relations = _read("Polisen patrullerar nu Kvarnbo centrum även nattetid.")
    assert ("ACTIVE_IN", "Polisen", "Kvarnbo centrum") in relations


def test_an_effort_in_several_areas_named_after_them() -> None:
    _, relations = _read(
        "Polisen har genomfört trygghetsvandringar i flera bostadsområden, bland annat i Kvarnbo och Sjöholmen."
    )
    assert {("ACTIVE_IN", "trygghetsvandringar", p) for p in ("Kvarnbo", "Sjöholmen")} <= relations


def test_an_effort_going_on_since_a_year_in_a_place() -> None:
    _, relations = _read("Projektet Trygga Kvarter pågår sedan 2021 i Kvarnbo.")
    assert ("ACTIVE_IN", "Trygga Kvarter", "Kvarnbo") in relations


def test_counties_that_share_one_lan_are_each_a_county() -> None:
    entities, _ = _read(
        "Länsstyrelsen håller en kurs om bedrägerier för kommunerna i Hallands och Kronobergs län."
    )
    assert {("Place", "Hallands län"), ("Place", "Kronobergs län")} <= entities
    assert ("Place", "Halland") not in entities
    entities, _ = _read("Polisen patrullerar i Mora och Dalarnas län.")  # Mora is a town, no county
    assert ("Place", "Mora län") not in entities and ("Place", "Dalarnas län") in entities
