"""A group's premises placed somewhere: the group is established there."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Outlaws MC", E.CRIMINAL_GROUP, None),
    ("Björkby", E.PLACE, None),
    ("Storgatan", E.PLACE, None),
]


def test_the_premises_of_a_group_in_the_genitive_lie_in_a_place() -> None:
    found = read("Outlaws MC:s nya klubbhus ligger sedan 2020 i Björkby.", SPECS)
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")


def test_premises_in_a_place_owned_by_a_group() -> None:
    found = read("Klubbstugan i Björkby ägs av Outlaws MC.", SPECS)
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")


def test_premises_in_a_place_that_belong_to_a_group() -> None:
    found = read("Gården i Björkby tillhör Outlaws MC.", SPECS)
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")


def test_a_place_the_group_only_visits_is_no_base() -> None:
    found = read("Outlaws MC:s medlemmar syntes på Storgatan i helgen.", SPECS)
    no_edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Storgatan")
