"""A method or model used in a place is active there (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("Grannsamverkan Plus", E.INITIATIVE, None),
    ("Malmö", E.PLACE, None),
    ("Umeå", E.PLACE, None),
    ("Åby", E.PLACE, None),
]


def test_a_method_used_in_places_named_after_it() -> None:
    found = read("Kommunen vill pröva Grannsamverkan Plus. Den används bland annat i Malmö och Umeå.", SPECS)
    assert edge(found, R.ACTIVE_IN, "Grannsamverkan Plus", "Malmö")
    assert edge(found, R.ACTIVE_IN, "Grannsamverkan Plus", "Umeå")


def test_a_method_tried_on_a_small_scale() -> None:
    found = read("Grannsamverkan Plus är ett arbetssätt. Metoden har prövats under ett år i Åby.", SPECS)
    assert edge(found, R.ACTIVE_IN, "Grannsamverkan Plus", "Åby")


def test_a_method_only_weighed_is_nowhere_yet() -> None:
    found = read("Grannsamverkan Plus är ett arbetssätt. Metoden ska prövas i Åby.", SPECS)
    no_edge(found, R.ACTIVE_IN, "Grannsamverkan Plus", "Åby")
