"""Personal data that is not a name: phone numbers, e-mail addresses,
personnummer (and samordningsnummer).

ONTOLOGY.md: such data is never an entity. ``find_personal_data`` finds it so
that mention detection can skip it and ``redact`` can replace it before text
is stored or shown.
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "PLACEHOLDERS", "find_personal_data", "redact"]

PLACEHOLDERS = {
    "phone": "[telefonnummer]",
    "email": "[e-post]",
    "personnummer": "[personnummer]",
}
KINDS = tuple(PLACEHOLDERS)
# When spans overlap, the kind listed first wins.
_PRIORITY = {"email": 0, "personnummer": 1, "phone": 2}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# YYMMDD or YYYYMMDD, then - or + (over 100 years old), then four digits;
# or twelve digits without separator (checked with the Luhn digit).
_PERSONNUMMER = re.compile(
    r"(?<![\w+/.-])"
    r"(?:(?P<century>19|20)?(?P<date>\d{6})(?P<sep>[-+])(?P<last>\d{4})"
    r"|(?P<c2>19|20)(?P<date2>\d{6})(?P<last2>\d{4}))"
    r"(?![\w/-]|[.,]\d)"
)

# A Swedish number: 0 + area code (or +46 / 0046 without its 0), at most
# one hyphen (after the area code), otherwise single spaces between groups.
_SEP = r"[ \u00a0]"
_PHONE = re.compile(
    rf"(?<![\w+/.,-])"
    rf"(?:(?P<intl>\+46|0046){_SEP}?(?:\(0\){_SEP}?)?(?P<intl_area>[1-9]\d{{0,2}})"
    rf"|(?P<area>0[1-9]\d{{0,2}}))"
    rf"(?:{_SEP}?[-–]{_SEP}?|{_SEP})?"
    rf"(?P<rest>\d{{2,8}}(?:{_SEP}\d{{2,4}}){{0,4}})"
    rf"(?![\w/]|[.,:]\d|[-–]\d)"
)
_DIGITS = re.compile(r"\d+")
# Words before a number that make it a case, register or organisation number.
_REFERENCE_WORDS = re.compile(
    r"(?:dnr|diarienr|diarienummer|ärendenr|ärende|nr|org\.?\s?nr|orgnr|"
    r"organisationsnummer|§)[.:]?\s*\Z",
    re.IGNORECASE,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _valid_date(yymmdd: str) -> bool:
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= 31


def _personnummer(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _PERSONNUMMER.finditer(text):
        if m.group("date"):
            ok = _valid_date(m.group("date"))
        else:
            date = m.group("date2")
            ok = _valid_date(date) and _luhn_ok(date + m.group("last2"))
        if ok:
            found.append((m.start(), m.end(), "personnummer"))
    return found


def _phones(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _PHONE.finditer(text):
        if m.group("intl"):
            digits, low, high = len(m.group("intl_area")), 7, 9
        else:
            digits, low, high = len(m.group("area")), 8, 10
        # Drop trailing space-separated groups that would make it too long
        # ("ring 08-123 45 67 2021"): they belong to the next number.
        end = 0
        for group in _DIGITS.finditer(text, m.start("rest"), m.end("rest")):
            if digits + len(group.group()) > high:
                break
            digits += len(group.group())
            end = group.end()
        if digits < low or end == 0:
            continue
        if _REFERENCE_WORDS.search(text, max(0, m.start() - 24), m.start()):
            continue
        found.append((m.start(), end, "phone"))
    return found


def find_personal_data(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, kind)`` of personal data, sorted, not overlapping.

    Kinds: ``phone`` (``070-353 13 94``, ``08-535 301 48``, ``0701234567``,
    ``+46 70 123 45 67``), ``email``, ``personnummer`` (``19850101-1234``,
    ``850101-1234``, ``850101+1234``, samordningsnummer with day + 60; twelve
    digits without separator only when the check digit is right). Dates,
    years, amounts, times, postcodes and case numbers (``Dnr KS-2021/123``)
    are not flagged; a number right after ``Dnr``/``nr``/``org.nr`` is not a
    phone number.
    """
    candidates = [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)] if "@" in text else []
    candidates += _personnummer(text)
    candidates += _phones(text)
    candidates.sort(key=lambda c: (_PRIORITY[c[2]], c[0]))
    chosen: list[tuple[int, int, str]] = []
    for cand in candidates:
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
            chosen.append(cand)
    chosen.sort()
    return chosen


def redact(text: str) -> str:
    """Replace each span from ``find_personal_data`` by its placeholder:
    ``[telefonnummer]``, ``[e-post]``, ``[personnummer]``."""
    parts: list[str] = []
    pos = 0
    for start, end, kind in find_personal_data(text):
        parts.append(text[pos:start])
        parts.append(PLACEHOLDERS[kind])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
