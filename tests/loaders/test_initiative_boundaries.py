"""Where an initiative's name begins and ends in running text, on sentences written for the
tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polisen startade insatsen mot narkotika i Noret.", "insatsen mot narkotika i Noret"),
        ("Kommunen presenterade handlingsplanen mot våld.", "handlingsplanen mot våld"),
    ],
)
def test_a_verb_before_a_definite_effort_is_no_part_of_its_name(text: str, name: str) -> None:
    assert name in initiatives(text)


def test_adjectives_after_a_determiner_or_in_a_title_stay() -> None:
    assert "riktade insatsen mot narkotika" in initiatives("Den riktade insatsen mot narkotika fortsätter.")
    assert "särskilda gänginsatsen" in initiatives("Särskilda gänginsatsen fortsätter i Noret.")


def test_a_month_after_the_complement_is_no_part_of_it() -> None:
    assert initiatives("Polisen inledde en satsning mot langning i maj.") == {"satsning mot langning"}


def test_a_particle_verb_after_the_complement_ends_it() -> None:
    assert "samarbetet mot langning" in initiatives("I samarbetet mot langning ingår även skolan.")


def test_a_plan_or_agreement_written_with_a_capital_is_the_one_described() -> None:
    text = (
        "Polisen och Mora kommun har tecknat en samverkansöverenskommelse. "
        "Enligt Samverkansöverenskommelsen ska parterna träffas varje månad."
    )
    mentions = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert {m.text for m in mentions} == {"samverkansöverenskommelse", "Samverkansöverenskommelsen"}
    assert len({m.canonical for m in mentions}) == 1


def test_a_capitalised_plan_alone_is_an_initiative() -> None:
    assert initiatives("Arbetet i Noret följer Trygghetsplanen.")


def test_two_operations_of_one_kind_in_two_places_stay_two() -> None:
    text = (
        "Polisen inledde i maj en insats mot narkotikahandeln i Noret. I juni startade en ny insats "
        "i Västby. Insatsen i Västby pågår fortfarande. Insatsen i Noret är avslutad."
    )
    mentions = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    names = [m.canonical for m in mentions]
    assert set(names) == {"insats mot narkotikahandeln i Noret", "insats i Västby"}
    assert names.count("insats i Västby") == 2


def test_a_plan_spoken_of_in_a_place_is_still_the_one_plan() -> None:
    text = "Kommunen har antagit en handlingsplan mot langning i Mora. Planen i Noret följs upp varje år."
    assert initiatives(text) == {"handlingsplan mot langning i Mora"}
