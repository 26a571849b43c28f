"""Whoever has the responsibility for an effort runs it, whatever the word order."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_a_unit_with_the_main_responsibility_runs_the_effort() -> None:
    text = "Polisen i Mora har huvudansvaret för den riktade insatsen mot langning i Noret."
    found = read(
        text,
        [
            ("Polisen i Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
            ("Mora", E.PLACE, None),
            ("riktade insatsen mot langning", E.INITIATIVE, "riktad insats mot langning"),
            ("Noret", E.PLACE, None),
        ],
    )
    edge(found, R.RUNS, "Lokalpolisområde Mora", "riktad insats mot langning")


def test_the_responsibility_lies_with_an_office() -> None:
    text = "Ansvaret för handlingsplanen mot våldsbejakande extremism ligger hos socialförvaltningen."
    found = read(
        text,
        [
            ("handlingsplanen mot våldsbejakande extremism", E.INITIATIVE, None),
            ("socialförvaltningen", E.MUNICIPAL_BODY, "Socialförvaltningen i Mora"),
        ],
    )
    edge(found, R.RUNS, "Socialförvaltningen i Mora", "handlingsplanen mot våldsbejakande extremism")


def test_a_fronted_effort_and_a_responsibility_denied() -> None:
    text = (
        "Den särskilda satsningen på fältarbete har socialförvaltningen ansvar för. "
        "Kultur- och fritidsnämnden har inte ansvaret för nattvandringarna i Noret."
    )
    found = read(
        text,
        [
            ("särskilda satsningen på fältarbete", E.INITIATIVE, None),
            ("socialförvaltningen", E.MUNICIPAL_BODY, "Socialförvaltningen i Mora"),
            ("Kultur- och fritidsnämnden", E.MUNICIPAL_BODY, None),
            ("nattvandringarna i Noret", E.INITIATIVE, None),
        ],
    )
    edge(found, R.RUNS, "Socialförvaltningen i Mora", "särskilda satsningen på fältarbete")
    no_edge(found, R.RUNS, "Kultur- och fritidsnämnden", "nattvandringarna i Noret")


def test_a_method_applied_is_run() -> None:
    text = "Mora kommun använder metoden Trygga hus tillsammans med lokalpolisområde Mora."
    found = read(
        text,
        [
            ("Mora kommun", E.MUNICIPALITY, None),
            ("Trygga hus", E.INITIATIVE, None),
            ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
        ],
    )
    edge(found, R.RUNS, "Mora kommun", "Trygga hus")
