"""Unnamed groups as actors: those who do the work wherever they are named, the people an initiative
is for as partners or where the text keeps speaking of them; on sentences written for the tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def groups(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.GROUP}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Trygghetsvärdar patrullerar i Gränby centrum på kvällarna.", "trygghetsvärdar"),
        ("Fältassistenterna har också träffat ungdomar vid skolan.", "fältassistenter"),
        ("Nattvandrare går i Hageby varje fredag.", "nattvandrare"),
        ("Socialsekreterare besöker familjerna efter anmälan.", "socialsekreterare"),
        ("I helgen patrullerade ordningsvakter i Kvarnholmen.", "ordningsvakter"),
        ("Verksamheten drivs av fritidsledare från tre gårdar.", "fritidsledare"),
    ],
)
def test_workers_who_act_are_actors(text: str, group: str) -> None:
    assert groups(text) == {group}


def test_a_coordinated_subject_with_an_attribute_acts() -> None:
    text = "Ordningsvakter och trygghetsvärdar från Gavlegårdarna patrullerade i Sätra i helgen."
    assert groups(text) == {"ordningsvakter", "trygghetsvärdar"}


def test_workers_who_are_acted_on_are_actors_too() -> None:
    # the target of a measure is a Group as much as a partner is (ONTOLOGY.md, Group)
    text = "Kommunen anställer fältassistenter. Skolan behöver kuratorer."
    assert groups(text) == {"fältassistenter", "kuratorer"}


def test_a_group_listed_beside_a_named_actor_is_a_partner() -> None:
    text = "Polisen, fältsekreterare och Nacka kommun gick igenom läget i Fisksätra."
    assert groups(text) == {"fältsekreterare"}


def test_a_role_after_a_persons_name_is_no_partner() -> None:
    assert not groups("Det berättade Tiberius Ahlgren, forskare och polis, på mötet.")


def test_the_people_an_initiative_is_for_are_no_actors_by_a_passing_mention() -> None:
    text = "Många ungdomar var ute i helgen. Invånare har hört av sig om belysningen."
    assert not groups(text)


def test_the_people_a_text_keeps_speaking_of_are_actors() -> None:
    text = (
        "Många föräldrar var ute i helgen. Föräldrar har klagat på belysningen. "
        "Föräldrarna vill ha fler aktiviteter. Invånare har hört av sig."
    )
    assert groups(text) == {"föräldrar"}


def test_the_young_people_the_work_is_for_are_never_actors() -> None:
    text = (
        "Polisen, skolan och ungdomarna i Norrby har träffats. Unga har klagat på belysningen. "
        "Ungdomarna vill ha fler aktiviteter. Ungdomar och unga vuxna får stöd."
    )
    assert not groups(text) & {"ungdomar", "unga"}


def test_the_people_an_initiative_is_for_as_partners() -> None:
    text = "Polisen och boende i Fisksätra har träffats. Kommunen samverkar med invånare i området."
    assert groups(text) == {"boende", "invånare"}


def test_professional_collectives_of_crime_prevention_are_groups() -> None:
    text = "Kommunen har anställt brottsförebyggare och ungdomsledare. Polisen tar hjälp av experter."
    assert groups(text) == {"brottsförebyggare", "ungdomsledare", "experter"}


def test_firms_and_politicians_at_large_are_no_partners() -> None:
    text = "Polisen samverkar med företag och politiker i Norrby, och näringsidkare i centrum deltar."
    assert groups(text) == {"näringsidkare"}


def test_housing_staff_and_field_workers_in_their_everyday_names() -> None:
    found = groups(
        "Bovärdarna och fältarna är ute varje kväll. Polisen samverkar med fastighetsskötare i området."
    )
    assert found == {"bovärdar", "fältare", "fastighetsskötare"}


def test_neuter_partner_nouns_in_the_definite_plural() -> None:
    assert groups("Polisen samarbetar med trossamfunden och studieförbunden.") == {
        "trossamfund",
        "studieförbund",
    }


def test_a_title_before_a_name_is_no_group() -> None:
    text = "Skatteverkets utredare Eva Ek och socialsekreterare Anna Berg träffade familjen."
    assert groups(text) == set()


def test_actors_in_general_are_no_group_but_other_actors_beside_partners_are() -> None:
    assert groups("Polisen samverkar med flera aktörer i Norrby.") == set()
    assert "andra aktörer" in groups("Polisen samverkar med myndigheter och andra aktörer i Norrby.")


def test_a_collective_partner_is_one_group_in_either_form() -> None:
    text = (
        "Polisen samverkar med civilsamhälle och näringsliv i Norrby. "
        "Kommunen samverkar också med civilsamhället och näringslivet."
    )
    assert groups(text) == {"civilsamhälle", "näringsliv"}
