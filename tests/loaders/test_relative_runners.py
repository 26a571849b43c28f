"""A relative clause's subject runs the initiative before it; so does the one whose initiative it was."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Vimmerby kommun", E.MUNICIPALITY, None),
    ("projektet Säker kaj", E.INITIATIVE, "Säker kaj"),
    ("Projektet Säker kaj", E.INITIATIVE, "Säker kaj"),
]


def test_the_subject_of_a_relative_clause_runs_the_initiative_before_it() -> None:
    found = read("I dag visades projektet Säker kaj som Tullverket driver sedan i fjol.", SPECS)
    edge(found, R.RUNS, "Tullverket", "Säker kaj")


def test_every_subject_of_a_listed_relative_clause_runs_it() -> None:
    found = read(
        "Projektet Säker kaj, som Tullverket och Kustbevakningen har tagit fram, ger resultat.", SPECS
    )
    edge(found, R.RUNS, "Tullverket", "Säker kaj")
    edge(found, R.RUNS, "Kustbevakningen", "Säker kaj")


def test_a_negated_or_wished_relative_clause_runs_nothing() -> None:
    no_edge(
        read("Projektet Säker kaj, som Tullverket inte driver, ger resultat.", SPECS), R.RUNS, "Tullverket"
    )
    no_edge(
        read("Projektet Säker kaj, som Tullverket vill starta, väcker frågor.", SPECS), R.RUNS, "Tullverket"
    )


def test_the_one_who_took_the_initiative_runs_it() -> None:
    found = read("Vimmerby kommun tog initiativ till projektet Säker kaj i fjol.", SPECS)
    edge(found, R.RUNS, "Vimmerby kommun", "Säker kaj")


def test_an_initiative_of_an_agency_is_run_by_it() -> None:
    found = read("Projektet Säker kaj är ett initiativ från Kustbevakningen.", SPECS)
    edge(found, R.RUNS, "Kustbevakningen", "Säker kaj")


def test_a_name_left_unread_does_not_break_the_list() -> None:
    found = read("Projektet Säker kaj, som Tullverket, Hamnbolaget och Kustbevakningen driver, växer.", SPECS)
    edge(found, R.RUNS, "Tullverket", "Säker kaj")
    edge(found, R.RUNS, "Kustbevakningen", "Säker kaj")


def test_people_who_sign_are_no_runners_of_their_own() -> None:
    specs = [*SPECS, ("Eva Ek", E.PERSON, None), ("Per Lind", E.PERSON, None)]
    found = read("Avtalet gäller projektet Säker kaj som Eva Ek och Per Lind undertecknade i går.", specs)
    no_edge(found, R.RUNS, "Eva Ek")
