"""Passives whose runner is said around them."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Lokalpolisområde Mora", E.POLICE_UNIT, None),
    ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
    ("Insatsen Höstljus", E.INITIATIVE, "Höstljus"),
    ("en insats mot langning i Noret", E.INITIATIVE, "insats mot langning i Noret"),
]


def test_a_pronoun_subject_of_a_passive_is_the_initiative_before() -> None:
    found = read("Insatsen Höstljus inleddes i mars. Den leds av lokalpolisområde Mora.", SPECS)
    edge(found, R.RUNS, "Lokalpolisområde Mora", "Höstljus")


def test_an_agentless_passive_is_carried_out_by_the_organisation_before() -> None:
    found = read(
        "Lokalpolisområde Mora har arbetat intensivt i området. "
        "Under helgen genomfördes en insats mot langning i Noret.",
        SPECS,
    )
    edge(found, R.RUNS, "Lokalpolisområde Mora", "insats mot langning i Noret")


def test_a_planned_passive_is_not_carried_out() -> None:
    found = read(
        "Lokalpolisområde Mora har arbetat intensivt i området. "
        "Under hösten ska en insats mot langning i Noret genomföras.",
        SPECS,
    )
    no_edge(found, R.RUNS, "Lokalpolisområde Mora", "insats mot langning i Noret")
