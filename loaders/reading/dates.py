"""A document's date read from its Swedish text, when its metadata gives none.

In order: a date said to be the document's ("Publicerad 12 mars 2021", "Sammanträdesdatum
2021-03-12", "Uppdaterad: 2021-03-12"), else the first date in its head, a news dateline
("STOCKHOLM 12 mars (TT)") or a dated heading ("MÅNDAG 24 SEP") included. A date written
without its year takes it from the weekday when one is given (the latest year, not in the
future, in which that day fell on that weekday), else from the latest year the text names.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "mars": 3, "apr": 4, "april": 4,
    "maj": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "augusti": 8,
    "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
HEAD_CHARS = 3000

ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
WRITTEN = re.compile(rf"\b(0?[1-9]|[12]\d|3[01])\s+({_MONTH})\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# A day and month without a year, after a weekday or a place (a dateline) or alone on a line.
YEARLESS = re.compile(
    rf"^[ \t•*·-]*(?:(?P<weekday>{_WEEKDAY})(?:en)?,?\s+|(?P<place>[A-ZÅÄÖ][\wÅÄÖåäö-]+),?\s+)?"
    rf"(?:den\s+)?(?P<day>0?[1-9]|[12]\d|3[01])\s+(?P<month>{_MONTH})\.?"
    rf"(?![ \t]*(?:19|20)\d\d)[ \t]*(?:\((?P<agency>[^)\n]{{1,20}})\))?",
    re.IGNORECASE | re.MULTILINE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")

# Words that say a date is the document's own, most telling first.
_CUES = (
    re.compile(r"publicera[dt]|publiceringsdatum", re.IGNORECASE),
    re.compile(r"sammanträdesdatum|mötesdatum|beslutsdatum|daterad|datum", re.IGNORECASE),
    re.compile(r"uppdatera[dt]|senast ändrad", re.IGNORECASE),
)
_CUE_REACH = 40


def find_date(text: str, today: date | None = None) -> date | None:
    """The document's date, or None when its text does not tell it."""
    head = text[:HEAD_CHARS]
    for cue in _CUES:
        for match in cue.finditer(head):
            found = _dates_in(head[match.end() : match.end() + _CUE_REACH], head, today)
            if found:
                return found[0][1]
    found = _dates_in(head, head, today)
    return found[0][1] if found else None


def _dates_in(part: str, text: str, today: date | None) -> list[tuple[int, date]]:
    """The dates written in `part`, in order; a year left out is found from `text`."""
    found: list[tuple[int, date]] = []
    for m in ISO.finditer(part):
        _add(found, m.start(), m.group(1), int(m.group(2)), m.group(3))
    for m in WRITTEN.finditer(part):
        _add(found, m.start(), m.group(3), MONTHS[m.group(2).lower()], m.group(1))
    for m in YEARLESS.finditer(part):
        is_heading = m.group("weekday") or m.group("agency") or _alone_on_line(part, m)
        if not is_heading:
            continue
        year = _year_for(m, text, today or date.today())
        if year is not None:
            _add(found, m.start(), str(year), MONTHS[m.group("month").lower()], m.group("day"))
    return sorted(found)


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    return m.group("place") is None and text[m.end() :].split("\n", 1)[0].strip() == ""


def _year_for(m: re.Match[str], text: str, today: date) -> int | None:
    month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
    if m.group("weekday"):
        weekday = WEEKDAYS[m.group("weekday").lower()]
        for year in range(today.year, today.year - 29, -1):
            found = _to_date(str(year), month, str(day))
            if found and found <= today and found.weekday() == weekday:
                return year
        return None
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today.year]
    return max(years) if years else None


def _add(found: list[tuple[int, date]], at: int, year: str, month: int, day: str) -> None:
    parsed = _to_date(year, month, day)
    if parsed:
        found.append((at, parsed))


def _to_date(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None
