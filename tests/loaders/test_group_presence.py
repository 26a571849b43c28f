"""Where a criminal group acts through what it holds or its members. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.criminal.group_presence import group_presence_relations
from loaders.relations.discourse import RelationContext
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Polisen", E.POLICE_UNIT, None),
    ("Röda Ligan", E.CRIMINAL_GROUP, None),
    ("kriminella nätverken", E.CRIMINAL_GROUP, "kriminella nätverk"),
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
]


def _edges(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in group_presence_relations(context)}


def test_what_a_group_holds_in_a_place_puts_it_there() -> None:
    assert _edges("De kriminella nätverken har stort inflytande i Norrby.") == {
        ("kriminella nätverk", "Norrby")
    }
    assert _edges("Röda Ligan har tagit över narkotikahandeln i Söderby.") == {("Röda Ligan", "Söderby")}


def test_the_members_of_a_group_act_for_it() -> None:
    assert _edges("Medlemmar i Röda Ligan har setts i Norrby.") == {("Röda Ligan", "Norrby")}


def test_seized_members_are_no_group_at_work() -> None:
    assert not _edges("Polisen har gripit tre medlemmar i Röda Ligan i Norrby.")


def test_a_base_or_a_denial_is_no_activity() -> None:
    assert not _edges("Röda Ligan har sin bas i Norrby.")
    assert not _edges("Röda Ligan har inte längre något inflytande i Norrby.")


def test_a_wish_is_nowhere() -> None:
    assert not _edges("Polisen vill att Röda Ligan ska tappa sitt inflytande i Norrby.")
