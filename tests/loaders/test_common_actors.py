"""Common actors of local crime-prevention work named by their kind, on sentences written for the tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.extract import extract
from loaders.reading.read import parse_document


def actors(text: str) -> set[tuple[E, str]]:
    graph = extract(parse_document(text.encode(), "prov.txt"))
    return {(e.type, e.name) for e in graph.entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brottsförebyggande rådet i Kalix har tagit fram en lägesbild.",
            (E.MUNICIPAL_BODY, "Kalix brottsförebyggande råd"),
        ),
        (
            "Kalix kommuns brottsförebyggande råd träffas varje månad.",
            (E.MUNICIPAL_BODY, "Kalix brottsförebyggande råd"),
        ),
        (
            "Det brottsförebyggande rådet i Luleå kommun har beslutat om en åtgärdsplan.",
            (E.MUNICIPAL_BODY, "Luleås brottsförebyggande råd"),
        ),
        ("Polisen samverkar med räddningstjänsten i Kalix kommun.", (E.AGENCY, "Räddningstjänsten i Kalix")),
        ("Räddningstjänsten och polisen har tecknat en överenskommelse.", (E.AGENCY, "Räddningstjänsten")),
        ("Enligt länsstyrelsen har antalet brott ökat.", (E.AGENCY, "Länsstyrelsen")),
        ("Polisen samverkar med psykiatrin i Kalix kommun.", (E.AGENCY, "Psykiatrin")),
        (
            "Tekniska förvaltningen har satt upp belysning i Kalix kommun.",
            (E.MUNICIPAL_BODY, "Tekniska förvaltningen i Kalix"),
        ),
        (
            "Fältgruppen och polisen rör sig i centrum i Kalix kommun.",
            (E.MUNICIPAL_BODY, "Fältgruppen i Kalix"),
        ),
        (
            "Socialtjänsten, skolan och polisen arbetar tillsammans i Kalix kommun.",
            (E.MUNICIPAL_BODY, "Skolan i Kalix"),
        ),
        ("Kalixbo och polisen samverkar kring tryggheten i Näsbyn.", (E.ORGANISATION, "Kalixbo")),
        ("Polisen har tecknat avtal med Mitthem och Uppsalahem.", (E.ORGANISATION, "Mitthem")),
        ("HSB och Riksbyggen deltar i trygghetsvandringarna.", (E.ORGANISATION, "Riksbyggen")),
        ("Enligt Norrbottens-Kuriren ökar brotten.", (E.ORGANISATION, "Norrbottens-Kuriren")),
        (
            "Polisen samverkar med näringslivet och föreningslivet i Kalix kommun.",
            (E.GROUP, "föreningsliv"),
        ),
    ],
)
def test_a_common_actor_is_read_by_its_kind(text: str, expected: tuple[E, str]) -> None:
    assert expected in actors(text)


def test_the_national_council_without_a_municipality() -> None:
    assert (E.AGENCY, "Brottsförebyggande rådet") in actors("Brå har publicerat en rapport om otrygghet.")


def test_a_resident_is_no_housing_company() -> None:
    assert not any(t == E.ORGANISATION for t, _ in actors("Han flyttade tillbaka och blev en Kalixbo igen."))


def test_a_school_where_something_happens_is_no_actor() -> None:
    assert not any(
        name.startswith("Skolan") for _, name in actors("Det var lugnt på skolan i Kalix kommun i går.")
    )
