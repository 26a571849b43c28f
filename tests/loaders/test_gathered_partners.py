"""Those an effort's runner gathers for it take part in it (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Trygg vardag", E.INITIATIVE, None),
    ("projektet", E.INITIATIVE, "Trygg vardag"),
    ("Kommunen", E.MUNICIPALITY, "Åby kommun"),
    ("Tullverket", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, "Polisen"),
]


def test_the_examples_of_the_gathered_actors_take_part_in_the_effort_named_before() -> None:
    found = read(
        "Kommunen startade Trygg vardag i fjol. Sedan dess har kommunen samlat alla aktörer som "
        "exempelvis skolans elevhälsa och fritid, Tullverket, Skatteverket och Polisen.",
        [*SPECS, ("kommunen", E.MUNICIPALITY, "Åby kommun")],
    )
    for partner in ("Tullverket", "Skatteverket", "Polisen"):
        assert edge(found, R.PARTICIPATES_IN, partner, "Trygg vardag")


def test_the_one_who_gathers_and_actors_after_the_clause_do_not_take_part() -> None:
    found = read(
        "Trygg vardag startade i fjol. Polisen samlade berörda parter, bland annat Tullverket, "
        "för att planera arbetet som Skatteverket sedan granskade.",
        SPECS,
    )
    assert edge(found, R.PARTICIPATES_IN, "Tullverket", "Trygg vardag")
    no_edge(found, R.PARTICIPATES_IN, "Polisen", "Trygg vardag")
    no_edge(found, R.PARTICIPATES_IN, "Skatteverket", "Trygg vardag")


def test_a_gathering_denied_gathers_no_one() -> None:
    found = read("Trygg vardag startade i fjol. Polisen har inte samlat alla aktörer som Tullverket.", SPECS)
    no_edge(found, R.PARTICIPATES_IN, "Tullverket", "Trygg vardag")
