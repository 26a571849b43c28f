"""A local police area's action against a group, told of 'polisen', is the Police Authority's too."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read

SPECS = [
    ("Lokalpolisområde Ekby", E.POLICE_UNIT, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("polisen", E.POLICE_UNIT, "Polisen"),
    ("Ekbynätverket", E.CRIMINAL_GROUP, None),
    ("Ekby", E.PLACE, None),
]


def test_the_authority_counters_with_the_area_it_is_read_as() -> None:
    found = read(
        "Lokalpolisområde Ekby har fått nog av skjutningarna. – Vi ska störa Ekbynätverket, säger polisen.",
        SPECS,
    )
    edge(found, R.COUNTERS, "Lokalpolisområde Ekby", "Ekbynätverket")
    edge(found, R.COUNTERS, "Polisen", "Ekbynätverket")


def test_a_unit_named_on_its_own_counters_alone() -> None:
    found = read("Lokalpolisområde Ekby ska nu bekämpa Ekbynätverket.", SPECS)
    edge(found, R.COUNTERS, "Lokalpolisområde Ekby", "Ekbynätverket")
    no_edge(found, R.COUNTERS, source="Polisen")
