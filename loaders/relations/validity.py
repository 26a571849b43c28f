"""When a relationship holds, from the time expressions of its sentence.

'för perioden 2021–2022', 'sedan 2018', 'från och med 1 januari 2022', 'till och med 2023',
'under 2022', 'vid årsskiftet', 'i mitten av februari' (with a verb of starting) become
``valid_from`` / ``valid_to`` as ISO dates. A period's first day opens a relation and its last
day closes it, so '2021–2022' holds from 2021-01-01 to 2022-12-31. Expressions without a year
('vid årsskiftet', 'i höstas', 'i februari') are read against the document's date and dropped
when it is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from loaders.language.cues import WordGate
from loaders.reading.metadata import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_SEASONS = {"våren": (3, 5), "sommaren": (6, 8), "hösten": (9, 11), "vintern": (12, 2)}
_PART = r"(?:(?P<part>början|mitten|slutet)\s+av\s+)?"

# One point or period of time; exactly one of the alternatives matches.
_PERIOD = (
    r"(?:"
    rf"(?P<iso>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
    rf"|(?:den\s+)?(?P<day>0?[1-9]|[12]\d|3[01])(?::[ae])?\s+(?P<day_m>{_MONTH})\.?(?:\s+(?P<day_y>{_YEAR}))?"
    rf"|{_PART}(?:"
    rf"(?P<month>{_MONTH})(?:\s+(?P<month_y>{_YEAR}))?"
    rf"|(?P<season>våren|sommaren|hösten|vintern)(?:\s+(?P<season_y>{_YEAR}))?"
    rf"|(?:år\s+)?(?P<year>{_YEAR})(?!-?tal)(?:\s*[-–—/]\s*(?P<year2>{_YEAR}|\d\d)(?!\d))?"
    rf"|(?P<newyear>årsskiftet)(?:\s+(?P<newyear_y>{_YEAR})(?:\s*[/–-]\s*(?P<newyear_y2>{_YEAR}|\d\d)(?!\d))?)?"
    r"|(?P<relative>i\s+år|i\s+fjol|förra\s+året|nästa\s+år|i\s+höstas|i\s+våras|i\s+somras|i\s+vintras)"
    r"))"
)
_CUE = (
    r"(?P<cue>för\s+perioden|under\s+perioden|under\s+åren|åren|perioden|sedan|alltsedan|redan"
    r"|från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|med\s+start|till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till"
    r"|till|under|mellan|vid|för|i|den|och)?\s*"
)
_EXPRESSION = re.compile(rf"(?<![\w-]){_CUE}{_PERIOD}(?![\w])", re.IGNORECASE)

# The words one of which every time expression holds (a year's digits, a month, 'år', ...).
_EXPRESSION_GATE = WordGate(_EXPRESSION)

_FROM_CUES = frozenset({"sedan", "alltsedan", "redan", "från och med", "fr.o.m", "från", "med start"})
_TO_CUES = frozenset({"till och med", "t.o.m", "fram till", "till"})
_SPAN_CUES = frozenset({"för perioden", "under perioden", "under åren", "åren", "perioden", "under", "för"})
_START_VERBS = re.compile(
    r"\b(startade?|startat|inleddes|inledde|inleds|inletts|drog\s+igång|drar\s+igång|dras\s+igång|började"
    r"|etablerade|etablerat|etablerades|inrättades|inrättade|bildades|bildade|sjösattes|lanserades"
    r"|infördes|antogs|tillträdde|påbörjades|kom\s+igång|öppnade|öppnades)\b",
    re.IGNORECASE,
)
_END_VERBS = re.compile(
    r"\b(avslutades|avslutas|avslutade|upphörde|upphör|lades\s+ned|lades\s+ner|läggs\s+ned|läggs\s+ner"
    r"|avvecklades|avvecklas|slutade|tog\s+slut|löper\s+ut|löpte\s+ut|stängdes)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(ska|skall|kommer\s+att|planeras|blir)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date


def _month_period(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def _year(value: str | None, reference: dt.date | None) -> int | None:
    if value:
        return int(value)
    return reference.year if reference else None


def _narrow(period: Period, part: str | None) -> Period:
    """'början av', 'mitten av', 'slutet av' a period: its first, middle or last third."""
    if not part:
        return period
    days = (period.last - period.first).days + 1
    third = max(days // 3, 1)
    part = part.lower()
    if part == "början":
        return Period(period.first, period.first + dt.timedelta(days=third - 1))
    if part == "mitten":
        return Period(period.first + dt.timedelta(days=third), period.last - dt.timedelta(days=third))
    return Period(period.last - dt.timedelta(days=third - 1), period.last)


def _relative(expression: str, reference: dt.date) -> Period:
    words = " ".join(expression.lower().split())
    year = reference.year
    if words == "i år":
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if words in ("i fjol", "förra året"):
        return Period(dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))
    if words == "nästa år":
        return Period(dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31))
    season = {"i höstas": "hösten", "i våras": "våren", "i somras": "sommaren", "i vintras": "vintern"}[words]
    period = _season(season, year)
    # The last such season before the document: this year's if it has begun, else last year's.
    return period if period.first <= reference else _season(season, year - 1)


def _season(name: str, year: int) -> Period:
    first_month, last_month = _SEASONS[name.lower()]
    if first_month > last_month:  # winter: December to February
        return Period(dt.date(year, 12, 1), _month_period(year + 1, last_month).last)
    return Period(dt.date(year, first_month, 1), _month_period(year, last_month).last)


def _period(match: re.Match[str], reference: dt.date | None, future: bool) -> Period | None:
    g = match.group
    try:
        if g("iso"):
            day = dt.date(int(g("iso")), int(g("iso_m")), int(g("iso_d")))
            return Period(day, day)
        if g("day"):
            year = _year(g("day_y"), reference)
            if year is None:
                return None
            day = dt.date(year, MONTHS[g("day_m").lower()], int(g("day")))
            if not g("day_y") and reference and day > reference and not future:
                day = day.replace(year=year - 1)
            return Period(day, day)
        if g("relative"):
            return _relative(g("relative"), reference) if reference else None
        if g("newyear"):
            if g("newyear_y"):
                first = int(g("newyear_y"))
                second = g("newyear_y2")
                if second:
                    return _new_year(int(second) if len(second) == 4 else first // 100 * 100 + int(second))
                return _new_year(first)
            if reference is None:
                return None
            upcoming = future and reference.month >= 7
            return _new_year(reference.year + 1 if upcoming else reference.year)
        if g("month"):
            year = _year(g("month_y"), reference)
            if year is None:
                return None
            period = _month_period(year, MONTHS[g("month").lower()])
            if not g("month_y") and reference and period.first > reference and not future:
                period = _month_period(year - 1, MONTHS[g("month").lower()])
            return _narrow(period, g("part"))
        if g("season"):
            year = _year(g("season_y"), reference)
            if year is None:
                return None
            period = _season(g("season"), year)
            if not g("season_y") and reference and period.first > reference and not future:
                period = _season(g("season"), year - 1)  # 'under vintern', written in March
            return _narrow(period, g("part"))
        if g("year"):
            first = int(g("year"))
            if g("year2"):
                second = g("year2")
                last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
                if not first <= last <= first + 10:
                    return None
                return Period(dt.date(first, 1, 1), dt.date(last, 12, 31))
            return _narrow(Period(dt.date(first, 1, 1), dt.date(first, 12, 31)), g("part"))
    except (ValueError, KeyError):
        return None
    return None


def _new_year(year: int) -> Period:
    """'årsskiftet 2020/2021' and a bare 'vid årsskiftet' name the 1 January that begins ``year``."""
    return Period(dt.date(year, 1, 1), dt.date(year, 1, 1))


def _cue(match: re.Match[str]) -> str:
    cue = " ".join((match.group("cue") or "").lower().split())
    if cue.startswith(("fr.", "t.")):  # fr.o.m., t. o. m.
        cue = cue.replace(" ", "").rstrip(".")
    return cue


def find_validity(text: str, reference: dt.date | None = None) -> dict[str, str]:
    """``valid_from`` and/or ``valid_to`` (ISO dates) that ``text`` states, else an empty dict.

    ``reference`` is the document's date, for expressions without a year.
    """
    if not _EXPRESSION_GATE.may_match(text):
        return {}  # most clauses hold no time expression: spare the search and the verbs
    expressions = list(_EXPRESSION.finditer(text))
    if not expressions:
        return {}
    future = bool(_FUTURE.search(text))
    starts = bool(_START_VERBS.search(text))
    ends = bool(_END_VERBS.search(text))
    found: dict[str, str] = {}
    previous_cue = ""
    for match in expressions:
        period = _period(match, reference, future)
        if period is None:
            continue
        cue = _cue(match)
        ranged = bool(match.group("year2")) or cue in _SPAN_CUES
        if cue == "och" and previous_cue == "mellan":
            found.setdefault("valid_to", period.last.isoformat())
        elif cue in _FROM_CUES or match.group("newyear"):
            found.setdefault("valid_from", period.first.isoformat())
        elif cue in _TO_CUES:
            # A bare 'till' names an end only after a start ('från 2021 till 2023').
            if cue != "till" or "valid_from" in found:
                end = period.first if cue == "fram till" else period.last
                found.setdefault("valid_to", end.isoformat())
        elif cue == "mellan":
            found.setdefault("valid_from", period.first.isoformat())
        elif ranged:
            found.setdefault("valid_from", period.first.isoformat())
            found.setdefault("valid_to", period.last.isoformat())
        elif starts and not ends:
            found.setdefault("valid_from", period.first.isoformat())
        elif ends and not starts:
            found.setdefault("valid_to", period.last.isoformat())
        previous_cue = cue
    return found
