"""A measure named again by the end of its noun, in made-up sentences."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Västby", E.PLACE, None),
    ("fler ordningsvakter", E.INITIATIVE, None),
    ("fler kameror", E.INITIATIVE, None),
    ("Partierna", E.GROUP, None),
]


def test_the_end_of_a_measures_noun_places_it() -> None:
    found = read(
        "Partierna vill ha fler ordningsvakter och fler kameror. "
        "Vi vill se vakter både i Norrby och Söderby och nya kameror i Västby.",
        SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "fler ordningsvakter", "Norrby")
    assert edge(found, R.ACTIVE_IN, "fler ordningsvakter", "Söderby")
    no_edge(found, R.ACTIVE_IN, "fler ordningsvakter", "Västby")


def test_an_echo_far_from_its_measure_or_denied_places_nothing() -> None:
    far = read(
        "Partierna vill ha fler ordningsvakter. Budgeten är stor. Skatten sänks. Det behövs vakter i Norrby.",
        SPECS,
    )
    no_edge(far, R.ACTIVE_IN, "fler ordningsvakter", "Norrby")
    denied = read("Partierna vill ha fler ordningsvakter. Det blir inga vakter i Norrby utan beslut.", SPECS)
    no_edge(denied, R.ACTIVE_IN, "fler ordningsvakter", "Norrby")
