"""A pact's measure whose parts the partners divide line by line stays their joint measure.

The texts are made up for these tests.
"""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, read_page

_SIGNATORIES: list[Spec] = [
    ("Mora kommun", E.MUNICIPALITY, None),
    ("kommunen", E.MUNICIPALITY, "Mora kommun"),
    ("Mora", E.PLACE, None),
    ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
    ("Polisen", E.POLICE_UNIT, None),
    ("medborgarlöfte", E.INITIATIVE, "Moras medborgarlöfte"),
]


def test_a_measure_divided_between_the_partners_is_run_by_both_and_its_parts_by_each() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Trygg skolväg\n\n"
        " • Arbete mot langning vid skolorna\n"
        "  Polis: Kontroller vid skolorna en gång i månaden.\n"
        "  Kommun: Föräldramöten om langning varje termin.\n"
    )
    found = read_page(text, _SIGNATORIES)
    runs = {(f.source.canonical, f.target.canonical) for f in found if f.type is R.RUNS}
    joint = next(t for _, t in runs if t.lower().startswith("arbete mot langning"))
    assert ("Mora kommun", joint) in runs
    assert any(s != "Mora kommun" and t == joint for s, t in runs)
    police_parts = {t for s, t in runs if s != "Mora kommun" and t.startswith("Kontroller")}
    assert police_parts and not any(("Mora kommun", t) in runs for t in police_parts)
    parts = {f.source.canonical for f in found if f.type is R.PART_OF and f.target.canonical == joint}
    assert any(p.startswith("Kontroller") for p in parts) and any(
        p.startswith("Föräldramöten") for p in parts
    )
