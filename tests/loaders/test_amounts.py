"""Sums of money in Swedish text, in kronor."""

from __future__ import annotations

import pytest

from loaders.relations.politics.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("avsatte 10 mnkr till fonden", 10_000_000),
        ("10 miljoner kronor", 10_000_000),
        ("1,5 miljoner kronor", 1_500_000),
        ("500 000 kronor", 500_000),
        ("300 tkr", 300_000),
        ("en miljon kronor", 1_000_000),
        ("tre miljoner kr.", 3_000_000),
        ("4,2 mdkr", 4_200_000_000),
        ("2 miljarder", 2_000_000_000),
        ("12 MSEK", 12_000_000),
        ("1.500 kr", 1_500),
    ],
)
def test_amounts(text: str, sek: int) -> None:
    assert [a.sek for a in find_amounts(text)] == [sek]


@pytest.mark.parametrize("text", ["ungdomar från 12 år", "år 2021", "3 av 10 tillfrågade", "kl. 14.30"])
def test_numbers_without_a_currency_are_no_sums(text: str) -> None:
    assert find_amounts(text) == []


def test_offsets_point_at_the_sum() -> None:
    text = "Regionen satsar 2,5 miljoner kronor på projektet."
    (amount,) = find_amounts(text)
    assert text[amount.start : amount.end] == "2,5 miljoner kronor"
