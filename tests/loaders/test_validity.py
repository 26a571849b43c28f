"""Time expressions that date a relation: valid_from / valid_to as ISO dates."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.relations.validity import find_validity

SPRING_2021 = dt.date(2021, 4, 1)
AUTUMN_2022 = dt.date(2022, 10, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avtalet gäller för perioden 2021–2022.", {"valid_from": "2021-01-01", "valid_to": "2022-12-31"}),
        ("Planen gäller 2023-25.", {"valid_from": "2023-01-01", "valid_to": "2025-12-31"}),
        ("De har samarbetat sedan 2018.", {"valid_from": "2018-01-01"}),
        ("Från och med 1 januari 2022 driver regionen mottagningen.", {"valid_from": "2022-01-01"}),
        ("Fr.o.m. 1 mars 2020 ingår polisen.", {"valid_from": "2020-03-01"}),
        ("Projektet pågår till och med 2023.", {"valid_to": "2023-12-31"}),
        (
            "Föreningen drev caféet från 2019 till 2021.",
            {"valid_from": "2019-01-01", "valid_to": "2021-12-31"},
        ),
        ("Mellan 2015 och 2017 fanns ett avtal.", {"valid_from": "2015-01-01", "valid_to": "2017-12-31"}),
        ("Under 2022 ska polisen finnas i centrum.", {"valid_from": "2022-01-01", "valid_to": "2022-12-31"}),
        ("Under hösten 2020 patrullerade väktare.", {"valid_from": "2020-09-01", "valid_to": "2020-11-30"}),
        ("Nätverket etablerade sig vid årsskiftet 2019/2020.", {"valid_from": "2020-01-01"}),
        ("Insatsen avslutades den 30 juni 2021.", {"valid_to": "2021-06-30"}),
        ("Polisen och kommunen samverkar.", {}),
        ("Ungdomar från 12 år deltar.", {}),
    ],
)
def test_absolute_expressions(text: str, expected: dict[str, str]) -> None:
    assert find_validity(text, SPRING_2021) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Gänget etablerade sig vid årsskiftet i stan.", SPRING_2021, {"valid_from": "2021-01-01"}),
        ("Vid årsskiftet ska fonden inrättas.", AUTUMN_2022, {"valid_from": "2023-01-01"}),
        ("Insatsen drog igång i mitten av februari.", SPRING_2021, {"valid_from": "2021-02-10"}),
        ("Insatsen startade i maj.", SPRING_2021, {"valid_from": "2020-05-01"}),
        ("Samarbetet har pågått sedan i höstas.", SPRING_2021, {"valid_from": "2020-09-01"}),
        ("Samarbetet har pågått sedan i höstas.", AUTUMN_2022, {"valid_from": "2022-09-01"}),
        ("Sedan den 3 maj finns en fältgrupp.", SPRING_2021, {"valid_from": "2020-05-03"}),
    ],
)
def test_expressions_read_against_the_document_date(
    text: str, reference: dt.date, expected: dict[str, str]
) -> None:
    assert find_validity(text, reference) == expected


def test_without_a_document_date_relative_expressions_say_nothing() -> None:
    assert find_validity("Gänget etablerade sig vid årsskiftet.", None) == {}
    assert find_validity("Sedan i våras finns en fältgrupp.", None) == {}
    assert find_validity("Sedan 2016 finns en fältgrupp.", None) == {"valid_from": "2016-01-01"}


def test_a_season_without_a_year_is_the_last_one_before_the_document() -> None:
    assert find_validity("Polisen har under vintern arbetat i Hjällbo.", dt.date(2022, 3, 2)) == {
        "valid_from": "2021-12-01",
        "valid_to": "2022-02-28",
    }
