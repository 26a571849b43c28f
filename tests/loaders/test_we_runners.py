"""What 'vi' carries out is run by who 'vi' is, however many adverbials stand around the verb."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, read

_SPECS: list[Spec] = [
    ("Lokalpolisområde Ekby", E.POLICE_UNIT, None),
    ("lokalpolisområde Ekby", E.POLICE_UNIT, "Lokalpolisområde Ekby"),
    ("insatsen Nattljus", E.INITIATIVE, "Nattljus"),
    ("Nattljus", E.INITIATIVE, None),
    ("Norrås", E.PLACE, None),
]


def test_we_with_adverbials_before_the_participle_run_the_operation() -> None:
    found = read(
        "Lokalpolisområde Ekby har arbetat mot langning hela året. "
        "Under hösten har vi bland annat genomfört insatsen Nattljus i Norrås.",
        _SPECS,
    )
    edge(found, R.RUNS, "Lokalpolisområde Ekby", "Nattljus")
