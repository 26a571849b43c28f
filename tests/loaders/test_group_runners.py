"""A loose group that carries an effort out takes part in it; it does not run it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_a_group_said_to_carry_out_an_effort_takes_part_in_it() -> None:
    text = (
        "Fältassistenter genomför den riktade insatsen mot langning i Norrby tillsammans med Tierps kommun."
    )
    found = read(
        text,
        [
            ("Fältassistenter", E.GROUP, "fältassistenter"),
            ("riktade insatsen mot langning", E.INITIATIVE, "riktad insats mot langning"),
            ("Norrby", E.PLACE, None),
            ("Tierps kommun", E.MUNICIPALITY, None),
        ],
    )
    no_edge(found, R.RUNS, "fältassistenter", "riktad insats mot langning")
    edge(found, R.PARTICIPATES_IN, "fältassistenter", "riktad insats mot langning")
