"""A leader's title says the person runs the operation or project it is about."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, read


def test_the_deputy_commander_of_an_operation_runs_it_too() -> None:
    text = (
        "Polisen genomförde i helgen en riktad insats i Lerum. "
        "Den leddes av insatsledare Eva Ek och hennes biträdande insatsledare Per Lind."
    )
    found = read(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("riktad insats i Lerum", E.INITIATIVE, None),
            ("Eva Ek", E.PERSON, None),
            ("Per Lind", E.PERSON, None),
        ],
    )
    edge(found, R.RUNS, "Per Lind", "riktad insats i Lerum")


def test_a_commander_named_after_the_decision() -> None:
    text = (
        "Polisregionen beslutade att inleda en särskild händelse och utsåg Anna Berg som kommenderingschef."
    )
    found = read(
        text,
        [("särskild händelse", E.INITIATIVE, None), ("Anna Berg", E.PERSON, None)],
    )
    edge(found, R.RUNS, "Anna Berg", "särskild händelse")


def test_a_person_without_a_leading_title_runs_nothing() -> None:
    text = "Projektet Trygg kväll har pågått i två år, berättar fältassistenten Sara Holm."
    found = read(text, [("Trygg kväll", E.INITIATIVE, None), ("Sara Holm", E.PERSON, None)])
    assert not [e for e in edges(found, R.RUNS) if e[1] == "Sara Holm"]
