"""'där' stands for the place just named, read from the parse of made-up sentences."""

from __future__ import annotations

from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.places.where_clauses import where_clause_relations
from tests.loaders.relation_reading import mentions_of
from tests.loaders.test_presence import SPECS


def _edges(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in where_clause_relations(context)}


def test_an_area_noun_whose_subject_is_a_place_is_that_place() -> None:
    assert _edges("Norrby är ett utsatt område där Röda Ligan har stort inflytande.") == {
        ("Röda Ligan", "Norrby")
    }


def test_where_after_a_place_is_that_place() -> None:
    assert _edges("Kontrollerna pågick i Norrby, där Polisen patrullerade dygnet runt.") == {
        ("Polisen", "Norrby")
    }


def test_a_sentence_opened_by_where_is_in_the_place_of_the_sentence_before() -> None:
    text = "Polisen har flyttat fram sina positioner i Söderby. Där har kontrollerna genomförts under hösten."
    assert _edges(text) == {("kontroller", "Söderby")}


def test_where_after_two_places_of_the_sentence_before_says_none() -> None:
    text = "Polisen har besökt Norrby och Söderby. Där har kontrollerna genomförts under hösten."
    assert not _edges(text)


def test_a_denied_or_wished_clause_is_nowhere() -> None:
    assert not _edges("Röda Ligan bor i Norrby, där Polisen inte patrullerar.")
    assert not _edges("Norrby är ett område där Polisen vill patrullera oftare.")


def test_an_actor_before_where_is_not_in_its_clause() -> None:
    assert not _edges("Polisen talade om Norrby, där många bor.")


def test_a_group_s_base_there_is_no_activity() -> None:
    assert not _edges("Polisen patrullerar i Norrby, där Röda Ligan har sin bas.")
