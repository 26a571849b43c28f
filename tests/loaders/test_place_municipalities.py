"""A district named with its municipality lies in the municipality's place (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.places.place_municipalities import municipality_places
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Lövby", E.PLACE, None),
    ("Tallbacka", E.PLACE, None),
    ("Mora", E.PLACE, None),
    ("Mora kommun", E.MUNICIPALITY, None),
    ("Orsa kommun", E.MUNICIPALITY, None),
]


def _located(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in municipality_places(context)}


def test_a_village_in_a_municipality_lies_in_its_place() -> None:
    assert _located("Mötet hölls i Lövby i Mora kommun.") == {("Lövby", "Mora")}
    assert _located("Mötet hölls i Lövby, Mora kommun.") == {("Lövby", "Mora")}


def test_a_list_before_the_municipality_distributes() -> None:
    assert _located("Vandringar görs i Lövby och Tallbacka inom Mora kommun.") == {
        ("Lövby", "Mora"),
        ("Tallbacka", "Mora"),
    }


def test_a_town_before_another_municipality_is_a_list_of_towns() -> None:
    assert not _located("Samarbetet omfattar Mora, Orsa kommun och länet.")


def test_a_village_outside_a_town_is_the_towns() -> None:
    assert _located("Klubben har köpt en gård i Lövby utanför Mora.") == {("Lövby", "Mora")}


def test_a_village_outside_a_place_that_is_no_town_is_left_alone() -> None:
    assert not _located("Klubben har köpt en gård i Lövby utanför Tallbacka.")
