"""A quoted politician who proposes or demands a measure proposes it, with the party behind them."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Lars Grön", E.PERSON, None),
    ("Liberalerna", E.POLITICAL_PARTY, None),
    ("fler nattvandrare", E.INITIATIVE, None),
    ("belysning i parken", E.INITIATIVE, None),
]


def test_the_speaker_of_a_quoted_proposal_proposes_the_measure() -> None:
    found = read("– Vi föreslår fler nattvandrare och belysning i parken, säger Lars Grön.", SPECS)
    edge(found, R.PROPOSES, "Lars Grön", "fler nattvandrare")
    edge(found, R.PROPOSES, "Lars Grön", "belysning i parken")


def test_a_quoted_demand_is_a_proposal_too() -> None:
    edge(
        read("– Jag kräver fler nattvandrare, säger Lars Grön.", SPECS),
        R.PROPOSES,
        "Lars Grön",
        "fler nattvandrare",
    )


def test_a_quoted_refusal_proposes_nothing() -> None:
    no_edge(read("– Vi vill inte ha fler nattvandrare, säger Lars Grön.", SPECS), R.PROPOSES, "Lars Grön")


def test_a_quote_that_only_reports_proposes_nothing() -> None:
    no_edge(
        read("– Vi har haft fler nattvandrare i ett år, säger Lars Grön.", SPECS), R.PROPOSES, "Lars Grön"
    )


POLITICIAN: list[Spec] = [
    ("Lars Grön", E.PERSON, None),
    ("(L)", E.POLITICAL_PARTY, "Liberalerna"),
    ("fler nattvandrare", E.INITIATIVE, None),
]


def test_a_politician_saying_what_is_needed_proposes_it() -> None:
    found = read("– Det behövs fler nattvandrare, säger Lars Grön (L).", POLITICIAN)
    edge(found, R.PROPOSES, "Lars Grön", "fler nattvandrare")


def test_what_a_politician_says_the_municipality_should_do_is_proposed() -> None:
    found = read("Enligt Lars Grön (L) borde kommunen anställa fler nattvandrare.", POLITICIAN)
    edge(found, R.PROPOSES, "Lars Grön", "fler nattvandrare")


def test_an_official_saying_what_is_needed_proposes_nothing() -> None:
    found = read("– Det behövs fler nattvandrare, säger Lars Grön.", SPECS)
    no_edge(found, R.PROPOSES, "Lars Grön")


def test_a_sentence_of_the_quote_before_the_one_naming_the_politician() -> None:
    specs = [
        ("Liberalerna", E.POLITICAL_PARTY, None),
        ("fler fältassistenter", E.INITIATIVE, None),
        ("Per Ås", E.PERSON, None),
    ]
    text = (
        "Liberalerna presenterade sin budget i går. "
        "– Vi kan tänka oss fler fältassistenter i Ekby. Det skulle göra skillnad, säger Per Ås."
    )
    edge(read(text, specs), R.PROPOSES, "Per Ås", "fler fältassistenter")


def test_a_quoted_officials_plans_are_no_proposal_outside_party_politics() -> None:
    specs = [("fler fältassistenter", E.INITIATIVE, None), ("Per Ås", E.PERSON, None)]
    text = "– Vi vill ha fler fältassistenter i Ekby. Det skulle göra skillnad, säger Per Ås."
    no_edge(read(text, specs), R.PROPOSES, "Per Ås", "fler fältassistenter")
