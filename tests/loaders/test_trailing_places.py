"""The places listed after a sentence's one initiative are where it works (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.places.trailing_places import trailing_place_relations
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Norrby", E.PLACE, None),
    ("Västby torg", E.PLACE, None),
    ("Åby", E.PLACE, None),
    ("Öby", E.PLACE, None),
    ("stadskärnan", E.PLACE, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("en riktad insats mot langning", E.INITIATIVE, "insats mot langning"),
    ("ett medborgarlöfte", E.INITIATIVE, "medborgarlöfte"),
    ("en fältgrupp", E.INITIATIVE, "fältgrupp"),
]


def _placed(text: str) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.source.canonical, f.target.canonical) for _, f in trailing_place_relations(context)}


def test_a_list_of_places_after_the_initiative_distributes() -> None:
    assert _placed("Polisen har gjort en riktad insats mot langning i Norrby och på Västby torg.") == {
        ("insats mot langning", "Norrby"),
        ("insats mot langning", "Västby torg"),
    }


def test_places_of_its_purpose_count_and_a_list_goes_on_after_samt() -> None:
    text = "Kommunen ska avge ett medborgarlöfte för ökad trygghet i de centrala delarna av Åby och Öby samt i stadskärnan."
    assert _placed(text) == {
        ("medborgarlöfte", "Åby"),
        ("medborgarlöfte", "Öby"),
        ("medborgarlöfte", "stadskärnan"),
    }


def test_a_place_in_a_relative_clause_is_another_events() -> None:
    assert not _placed("Polisen har gjort en riktad insats mot langning bland dem som bråkade i Norrby.")


def test_a_denied_or_weighed_initiative_is_placed_nowhere() -> None:
    assert not _placed("Insatsen omfattade inte Norrby, men en riktad insats mot langning i Åby.")
    assert not _placed("Kommunen ska utreda om en fältgrupp behövs i Åby.")


def test_two_initiatives_leave_the_places_unassigned() -> None:
    assert not _placed("Polisen har gjort en riktad insats mot langning och startat en fältgrupp i Norrby.")


def test_a_place_before_the_initiative_is_not_read_here() -> None:
    assert not _placed("I Norrby finns sedan länge en fältgrupp.")


def test_the_documents_own_town_is_no_site_of_one_effort() -> None:
    text = (
        "Polisen i Mora har gjort en riktad insats mot langning i Mora och i Norrby. "
        "Mora kommun och Polisen samverkar i Mora."
    )
    specs = [*SPECS, ("Mora kommun", E.MUNICIPALITY, None), ("Mora", E.PLACE, None)]
    context = RelationContext(split_sentences(text), mentions_of(text, specs), text=text)
    placed = {(f.source.canonical, f.target.canonical) for _, f in trailing_place_relations(context)}
    assert placed == {("insats mot langning", "Norrby")}
