"""Sums of money in Swedish text: '10 mnkr', '1,5 miljoner kronor', '500 000 kr' -> kronor."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50, "hundra": 100,
}  # fmt: skip

# Unit words after the number, longest first, with the factor to kronor. "miljoner" and
# "miljarder" count without "kronor" too: in a sentence about money they mean kronor.
_UNITS: list[tuple[str, int]] = [
    (r"miljard(?:er)?\s+(?:kronor|kr\.?|sek)", 1_000_000_000),
    (r"miljon(?:er)?\s+(?:kronor|kr\.?|sek)", 1_000_000),
    (r"tusen\s+(?:kronor|kr\.?|sek)", 1_000),
    (r"miljard(?:er)?", 1_000_000_000),
    (r"miljon(?:er)?", 1_000_000),
    (r"md(?:r)?\.?\s*kr|mdkr|mdsek|mdr", 1_000_000_000),
    (r"mn\s?kr|mkr|mnkr|msek|mn\s?sek|milj\.?\s*(?:kronor|kr)|milj\.?", 1_000_000),
    (r"tkr|ksek|tsek", 1_000),
    (r"kronor|kr\.?|sek|:-", 1),
]
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<number>{_DIGITS}|(?:{_WORDS}))\s*(?P<unit>{'|'.join(u for u, _ in _UNITS)})(?![\wåäö])",
    re.IGNORECASE,
)
_UNIT_FACTORS = [(re.compile(rf"(?:{u})\Z", re.IGNORECASE), f) for u, f in _UNITS]


@dataclass(frozen=True)
class Amount:
    """A sum of money: where it stands (offsets into the text searched) and its value in kronor."""

    start: int
    end: int
    sek: int


def _number(text: str) -> float | None:
    word = _NUMBER_WORDS.get(text.lower())
    if word is not None:
        return float(word)
    compact = re.sub(r"[ \u00a0\u202f]", "", text)
    # A point or comma before exactly three digits in a long number groups thousands ("1.500").
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        compact = compact.replace(".", "")
    try:
        return float(compact.replace(",", "."))
    except ValueError:
        return None


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money in ``text``, in order; numbers without a currency word are not sums."""
    found: list[Amount] = []
    for match in _AMOUNT.finditer(text):
        value = _number(match.group("number"))
        if value is None:
            continue
        unit = match.group("unit")
        factor = next(f for pattern, f in _UNIT_FACTORS if pattern.fullmatch(unit))
        found.append(Amount(match.start(), match.end(), round(value * factor)))
    return found
