"""A place that opens a clause puts the clause's initiative there (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.places.fronted_places import fronted_place_relations
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Västby", E.PLACE, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("ett projekt mot klotter", E.INITIATIVE, "projekt mot klotter"),
    ("flera trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
]


def _placed(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in fronted_place_relations(context)}


def test_the_subject_after_a_verb_of_happening_is_where_the_opening_says() -> None:
    assert _placed("I Norrby pågår sedan i våras ett projekt mot klotter.") == {
        ("projekt mot klotter", "Norrby")
    }


def test_a_list_of_places_in_the_opening_distributes() -> None:
    assert _placed("På Söderby och i Västby genomfördes flera trygghetsvandringar.") == {
        ("trygghetsvandringar", "Söderby"),
        ("trygghetsvandringar", "Västby"),
    }


def test_an_actor_before_the_initiative_makes_the_clause_its_own() -> None:
    assert not _placed("I Norrby genomförs av Polisen flera trygghetsvandringar.")


def test_a_verb_that_is_no_happening_places_nothing() -> None:
    assert not _placed("I Norrby kritiseras ett projekt mot klotter.")
