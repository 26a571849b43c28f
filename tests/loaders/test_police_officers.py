"""A police officer's employer: the police itself unless the text names the officer's area; a
head of a unit works for that unit. Sentences made up for the tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.reading.read import parse_document


def _employers(text: str) -> set[tuple[str, str]]:
    graph = extract(parse_document(text.encode(), "doc.txt"))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "WORKS_FOR"}


def test_an_officer_without_an_area_works_for_the_police() -> None:
    text = (
        "Lokalpolisområde Övre Siljan och Mora kommun har skrivit under. "
        "Lokalpolisområdeschef Jan Ek och kommunpolis Eva Lund presenterade löftet."
    )
    found = _employers(text)
    assert ("Eva Lund", "Polisen") in found
    assert ("Jan Ek", "Lokalpolisområde Övre Siljan") in found


def test_whoever_an_organisation_appoints_or_hires_works_for_it() -> None:
    text = (
        "Polisregion Bergslagen har i dag utsett Anna Holm till kommenderingschef. "
        "Mora kommun har anställt Eva Ek som trygghetssamordnare."
    )
    found = _employers(text)
    assert {("Anna Holm", "Polisregion Bergslagen"), ("Eva Ek", "Mora kommun")} <= found
