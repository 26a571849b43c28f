"""Document metadata read from Swedish text: title, date, kind and publisher."""

from __future__ import annotations

import re
from datetime import date

from graph.model import DocumentKind
from loaders.language.cues import WordGate, fold

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "mars": 3, "apr": 4, "april": 4,
    "maj": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "augusti": 8,
    "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

_ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_WRITTEN = re.compile(
    r"\b(0?[1-9]|[12]\d|3[01])\s+("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"(?:publicerad|uppdaterad|datum)[^\n]{0,40}", re.IGNORECASE)
_BULLET = re.compile(r"^[\s•*·/–-]+")

_KIND_CUES: list[tuple[DocumentKind, re.Pattern[str]]] = [
    (
        DocumentKind.PROTOCOL,
        re.compile(
            r"\b(PROTOKOLL|[Pp]rotokoll(santeckning|sutdrag)?|[Ss]ammanträde|Ärende \d+|[Rr]eservation|[Yy]rkande|§ ?\d+)\b"
        ),
    ),
    (
        DocumentKind.PRESS_RELEASE,
        re.compile(
            r"\b([Pp]ressmeddelande|[Ff]ör mer information,? kontakta|[Pp]resskontakt|[Pp]olisen informerar)\b"
        ),
    ),
    (DocumentKind.NEWS, re.compile(r"\b(Publicerad \d|Foto: |[Nn]yheter|[Rr]eporter)\b")),
    (
        DocumentKind.POLITICAL,
        re.compile(r"\b([Ll]ämna ett svar|[Bb]logg(inlägg)?|svar på ”|[Kk]ommentarer|Idag skriver jag)\b"),
    ),
]


def _to_date(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The document's date: near 'Publicerad' if said, else the first full date in its head."""
    head = text[:3000]
    for match in _PUBLISHED.finditer(head):
        found = _first_date(match.group(0))
        if found:
            return found
    return _first_date(head)


def _first_date(text: str) -> date | None:
    candidates: list[tuple[int, date]] = []
    for m in _ISO.finditer(text):
        d = _to_date(m.group(1), int(m.group(2)), m.group(3))
        if d:
            candidates.append((m.start(), d))
    for m in _WRITTEN.finditer(text):
        d = _to_date(m.group(3), MONTHS[m.group(2).lower()], m.group(1))
        if d:
            candidates.append((m.start(), d))
    return min(candidates)[1] if candidates else None


def find_title(text: str, fallback: str = "") -> str:
    """The first line that reads like a heading: not a breadcrumb, not a date, not too long."""
    for line in text.splitlines():
        clean = _BULLET.sub("", line).strip()
        if not clean or len(clean) < 4:
            continue
        if _ISO.fullmatch(clean) or (clean.isupper() and len(clean.split()) <= 2):
            continue
        if len(clean) > 200:
            clean = clean[:197].rsplit(" ", 1)[0] + "…"
        return clean
    return fallback


# Most documents hold the words of few cues: the others are not searched for.
_KIND_GATES = {kind: WordGate(pattern) for kind, pattern in _KIND_CUES}


def find_kind(text: str) -> DocumentKind | None:
    """The genre told by its cues; the cue found most often wins."""
    best: tuple[int, DocumentKind] | None = None
    folded = fold(text)
    for kind, pattern in _KIND_CUES:
        hits = len(pattern.findall(text)) if _KIND_GATES[kind].may_match_folded(folded) else 0
        if hits and (best is None or hits > best[0]):
            best = (hits, kind)
    return best[1] if best else None
