"""A criminal group that settles, moves or starts a chapter in a place is ESTABLISHED_IN it, not
merely ACTIVE_IN it (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read

SPECS = [
    ("Outlaws", E.CRIMINAL_GROUP, "Outlaws MC"),
    ("Björkby", E.PLACE, None),
    ("Tallbacka", E.PLACE, None),
]


def test_settling_down_is_being_established() -> None:
    found = read("Outlaws har slagit sig ner i Björkby.", SPECS)
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")
    no_edge(found, R.ACTIVE_IN, "Outlaws MC", "Björkby")


def test_a_new_chapter_establishes_the_group() -> None:
    edge(
        read("Outlaws har startat en ny avdelning i Tallbacka.", SPECS),
        R.ESTABLISHED_IN,
        "Outlaws MC",
        "Tallbacka",
    )


def test_taking_hold_establishes_the_group() -> None:
    edge(
        read("Outlaws tog fäste i Björkby redan på 1990-talet.", SPECS),
        R.ESTABLISHED_IN,
        "Outlaws MC",
        "Björkby",
    )


def test_being_seen_somewhere_is_no_settling() -> None:
    no_edge(read("Outlaws syntes i Björkby i helgen.", SPECS), R.ESTABLISHED_IN)


def test_premises_the_group_has_establish_it_whatever_stands_between() -> None:
    found = read("Outlaws har sedan 2016 en klubbstuga i Björkby.", SPECS)
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")
    edge(
        read("Outlaws hade tidigare en lokal i Tallbacka.", SPECS),
        R.ESTABLISHED_IN,
        "Outlaws MC",
        "Tallbacka",
    )


def test_members_somewhere_are_no_premises() -> None:
    no_edge(read("Outlaws har många medlemmar i Björkby.", SPECS), R.ESTABLISHED_IN, "Outlaws MC", "Björkby")
