"""Examples of a collective work with whoever gathers them, not with one another."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read

_SPECS = [
    ("Länsstyrelsen i Norrland", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Försäkringskassan", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, None),
]


def test_examples_of_the_actors_gathered_do_not_work_with_one_another() -> None:
    text = (
        "Länsstyrelsen i Norrland har samlat alla aktörer som exempelvis Skatteverket, "
        "Försäkringskassan och Polisen till ett möte om fusk."
    )
    found = read(text, _SPECS)
    no_edge(found, R.COLLABORATES_WITH, "Skatteverket", "Försäkringskassan")
    no_edge(found, R.COLLABORATES_WITH, "Försäkringskassan", "Polisen")
    for partner in ("Skatteverket", "Försäkringskassan", "Polisen"):
        edge(found, R.COLLABORATES_WITH, "Länsstyrelsen i Norrland", partner)


def test_partners_listed_without_examples_still_work_together() -> None:
    text = "Länsstyrelsen i Norrland samverkar med Skatteverket, Försäkringskassan och Polisen mot fusk."
    found = read(text, _SPECS)
    for a, b in (("Skatteverket", "Försäkringskassan"), ("Länsstyrelsen i Norrland", "Polisen")):
        try:
            edge(found, R.COLLABORATES_WITH, a, b)
        except AssertionError:
            edge(found, R.COLLABORATES_WITH, b, a)
