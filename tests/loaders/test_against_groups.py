"""Whoever acts 'mot' a criminal group counters it, read from the parse of made-up sentences."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.criminal.against_groups import against_group_relations
from loaders.relations.discourse import RelationContext
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Polisen", E.POLICE_UNIT, None),
    ("Skatteverket", E.AGENCY, None),
    ("Åby kommun", E.MUNICIPALITY, None),
    ("Röda Ligan", E.CRIMINAL_GROUP, None),
    ("de kriminella nätverken", E.CRIMINAL_GROUP, "kriminella nätverk"),
]


def _counters(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in against_group_relations(context)}


def test_the_subjects_of_any_verb_with_mot_counter_the_group() -> None:
    found = _counters("Polisen och Åby kommun jobbar tillsammans mot Röda Ligan.")
    assert found == {("Polisen", "Röda Ligan"), ("Åby kommun", "Röda Ligan")}


def test_an_inverted_subject_counters_too() -> None:
    assert _counters("I Norrby kämpar Skatteverket mot de kriminella nätverken.") == {
        ("Skatteverket", "kriminella nätverk")
    }


def test_a_group_that_threatens_counters_nothing() -> None:
    assert not _counters("Röda Ligan riktade hot mot Polisen.")


def test_a_wish_and_a_denial_are_no_counter_effort() -> None:
    assert not _counters("Åby kommun vill att Polisen agerar mot Röda Ligan.")
    assert not _counters("Polisen agerar inte mot Röda Ligan.")
