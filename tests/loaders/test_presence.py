"""Where initiatives and police units are at work, read from the parse of made-up sentences."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.places.presence import presence_relations
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Polisen", E.POLICE_UNIT, None),
    ("polisen", E.POLICE_UNIT, "Polisen"),
    ("lokalpolisområde Åby", E.POLICE_UNIT, "Lokalpolisområde Åby"),
    ("kontrollerna", E.INITIATIVE, "kontroller"),
    ("Kontrollerna", E.INITIATIVE, "kontroller"),
    ("Trygg hamn", E.INITIATIVE, None),
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Västby", E.PLACE, None),
    ("Röda Ligan", E.CRIMINAL_GROUP, None),
]


def _edges(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    found = presence_relations(context)
    return {(f.source.canonical, f.target.canonical) for _, f in found if f.type.value == "ACTIVE_IN"}


def test_an_initiative_takes_place_where_its_verb_says() -> None:
    found = _edges("Kontrollerna skedde i Norrby och på Söderby.")
    assert found == {("kontroller", "Norrby"), ("kontroller", "Söderby")}


def test_a_police_unit_works_where_its_verb_says() -> None:
    assert ("Polisen", "Norrby") in _edges("Polisen patrullerar i Norrby.")


def test_a_police_unit_is_where_the_object_of_its_verb_is() -> None:
    assert ("Polisen", "Västby") in _edges("Polisen ökar sin närvaro i Västby.")


def test_an_inverted_subject_is_placed_too() -> None:
    assert ("Lokalpolisområde Åby", "Norrby") in _edges(
        "I våras genomförde lokalpolisområde Åby en insats i Norrby."
    )


def test_what_is_only_wished_for_is_nowhere() -> None:
    assert not _edges("Polisen vill öka sin närvaro i Norrby.")


def test_a_denied_presence_is_nowhere() -> None:
    assert not _edges("Polisen patrullerar inte i Norrby.")


def test_a_place_in_the_name_is_not_read_again() -> None:
    assert not _edges("Polisen i Norrby har gripit en man.")


def test_a_heading_places_its_initiative() -> None:
    assert ("kontroller", "Norrby") in _edges("Kontrollerna i Norrby\n\nDet blev lugnt.")


def test_a_pact_for_an_area_is_active_there() -> None:
    assert ("Trygg hamn", "Söderby") in _edges("Nu är Trygg hamn för Söderby klart.")


def test_a_place_named_as_part_of_an_area_is_where_the_clause_is() -> None:
    assert ("kontroller", "Söderby") in _edges("Kontrollerna genomfördes i det utsatta området i Söderby.")


def test_a_group_is_where_its_relative_clause_puts_it() -> None:
    assert ("Röda Ligan", "Västby") in _edges(
        "Polisen har gripit tre medlemmar i Röda Ligan som härjar i Västby."
    )


def test_where_a_group_settles_is_no_mere_presence() -> None:
    assert ("Röda Ligan", "Västby") not in _edges("Röda Ligan har köpt en gård i Västby.")


def test_an_effort_against_something_in_a_place_is_active_there() -> None:
    assert ("kontroller", "Västby") in _edges("Kontrollerna mot narkotikahandeln i Västby gav resultat.")


def test_a_gangs_base_is_no_mere_presence() -> None:
    assert ("Röda Ligan", "Västby") not in _edges("Röda Ligan har sin bas i Västby, enligt polisen.")


def test_the_source_of_a_statement_is_not_placed() -> None:
    assert not _edges("Röda Ligan har sin bas i Västby, enligt lokalpolisområde Åby.")


def test_what_a_police_unit_sees_or_joins_places_it_nowhere() -> None:
    assert not _edges("Polisen ser en tydlig skillnad i Norrby.")
    assert not _edges("Polisen deltar i Söderby avhopparprogram.")


def test_a_goal_for_a_place_is_no_area_of_the_pact() -> None:
    assert not _edges("Nu är Trygg hamn för ett tryggare Söderby klart.")


def test_where_an_effect_is_hoped_for_is_not_where_the_initiative_is() -> None:
    assert not _edges("Trygg hamn ska ge ökad trygghet i Söderby.")


def test_a_place_after_a_hedge_is_the_clause_s() -> None:
    assert {("Polisen", "Norrby"), ("Polisen", "Söderby")} <= _edges(
        "Polisen har ökat sin närvaro, framför allt i Norrby och Söderby."
    )
    assert ("Polisen", "Västby") in _edges("Polisen patrullerar, bland annat i Västby.")
