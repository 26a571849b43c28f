"""Those who run or take part in an effort against a criminal group counter it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read

SPECS = [
    ("Polisen", E.POLICE_UNIT, None),
    ("Tullverket", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("en särskild satsning", E.INITIATIVE, "särskild satsning mot gängen"),
    ("satsningen", E.INITIATIVE, "särskild satsning mot gängen"),
    ("Satsningen", E.INITIATIVE, "särskild satsning mot gängen"),
    ("en fotbollsturnering", E.INITIATIVE, "fotbollsturnering"),
    ("turneringen", E.INITIATIVE, "fotbollsturnering"),
]


def test_the_runner_and_the_participants_of_an_effort_against_gangs_counter_them() -> None:
    found = read(
        "Polisen har inlett en särskild satsning mot gängen i Norrby. "
        "Den pågår hela hösten. "
        "Många boende har hört av sig. "
        "I satsningen deltar även Tullverket och Skatteverket.",
        SPECS,
    )
    countered = {(source, target) for _, source, target in edges(found, R.COUNTERS)}
    assert {"Polisen", "Tullverket", "Skatteverket"} <= {source for source, _ in countered}
    assert {target for _, target in countered} == {"kriminella gäng"}


def test_an_effort_against_nothing_criminal_counters_nobody() -> None:
    found = read(
        "Polisen har inlett en fotbollsturnering för unga i Norrby. I turneringen deltar även Tullverket.",
        SPECS,
    )
    assert not edges(found, R.COUNTERS)
