"""A town that carries out an initiative stands for its municipality, which runs it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Borås", E.PLACE, None),
    ("Norrby", E.PLACE, None),
    ("projektet Trygg hamn", E.INITIATIVE, "Trygg hamn"),
]


def test_a_town_that_runs_an_initiative_is_its_municipality() -> None:
    found = read("Sedan i höstas driver Borås projektet Trygg hamn.", SPECS)
    edge(found, R.RUNS, "Borås stad", "Trygg hamn")


def test_a_district_is_no_municipality() -> None:
    no_edge(read("Sedan i höstas driver Norrby projektet Trygg hamn.", SPECS), R.RUNS)


def test_a_town_that_does_not_run_it_runs_nothing() -> None:
    no_edge(read("Borås har inte startat projektet Trygg hamn.", SPECS), R.RUNS)


def test_a_town_where_an_initiative_happens_runs_nothing() -> None:
    no_edge(read("Polisen genomför projektet Trygg hamn i Borås.", SPECS), R.RUNS, "Borås stad")
