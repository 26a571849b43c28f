"""Document metadata read from Swedish text: its title and kind (its date: loaders.reading.dates)."""

from __future__ import annotations

import re
from collections import Counter

from graph.model import DocumentKind
from loaders.language.cues import WordGate, fold
from loaders.reading.dates import ISO, MONTHS, WEEKDAYS, WRITTEN

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))

# A breadcrumb trail or a navigation link, not the document's own heading.
NAVIGATION = {
    "aktuellt", "nyheter", "nyhetsarkiv", "start", "startsida", "startsidan", "hem", "meny", "sök",
    "press", "pressrum", "pressmeddelanden", "innehåll", "hoppa till innehållet", "till innehållet",
    "logga in", "kontakt", "kontakta oss", "dela", "skriv ut", "lyssna", "läs upp", "tillbaka",
    "du är här", "in english", "english", "om webbplatsen", "kakor", "cookies", "nyheter och press",
    "aktuellt och press", "senaste nytt", "till startsidan", "print", "share",
}  # fmt: skip
_BULLET = re.compile(r"^[\s•*·–-]+")
_TRAIL_START = re.compile(r"^[\s•*·–-]*[/›>»|]")
_TRAIL_SEPARATOR = re.compile(r"\s[/›>»|]\s")
_PAGE_NUMBER = re.compile(r"^(sida\s+)?\d+\s*(av|/|\()\s*\d+\)?$|^[-–]\s*\d+\s*[-–]$", re.IGNORECASE)
# A letterhead: an organisation's name alone on its line ("Exempelby kommun", "Socialnämnden").
_LETTERHEAD = re.compile(
    r"^(kommun|region(en)?|\w*nämnd(en)?|\w*styrelse(n)?|\w*förvaltning(en)?|\w*myndighet(en)?|"
    r"\w*polis(en)?|\w*fullmäktige|\w*utskott(et)?|\w*rådet|\w*kansli(et)?)$",
    re.IGNORECASE,
)
_NAME_JOINERS = {"och", "för", "i", "&", "-"}
_AGENDA_ITEM = re.compile(r"^(?:(?:ärende|punkt)\s*\d+\s*[.:–-]?|§\s*\d+\s*[.:–-]?)\s*", re.IGNORECASE)
_DATE_WORDS = re.compile(
    rf"{ISO.pattern}|{WRITTEN.pattern}|\b\d{{1,2}}\s+({_MONTH_WORDS})\b\.?|\b\d{{1,2}}[:.]\d\d\b|"
    r"\b(publicerad|publicerat|uppdaterad|uppdaterat|datum|sammanträdesdatum|den|kl)\b|"
    rf"\b({'|'.join(WEEKDAYS)})(en)?\b",
    re.IGNORECASE,
)
TITLE_LINES = 60
MAX_TITLE = 200

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


def find_title(text: str, fallback: str = "") -> str:
    """The document's own heading: the first line that is not a breadcrumb, a navigation link,
    a date, a page number, a letterhead or a header repeated on every page."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    repeated = Counter(lines)
    for line in lines[:TITLE_LINES]:
        clean = _BULLET.sub("", line).strip()
        if _is_furniture(line, clean, repeated[line]):
            continue
        heading = _AGENDA_ITEM.sub("", clean)
        return _shortened(heading if len(heading) >= 4 else clean)
    first = next((_BULLET.sub("", line).strip() for line in lines), "")
    return _shortened(first) if len(first) >= 4 else fallback


def _is_furniture(line: str, clean: str, occurrences: int) -> bool:
    """True when a line is part of the page around a document rather than its heading."""
    words = clean.split()
    if len(clean) < 4 or clean.rstrip(" .:").casefold() in NAVIGATION:
        return True
    if _TRAIL_START.match(line) or len(_TRAIL_SEPARATOR.findall(clean)) >= 2:
        return True
    if clean.isupper() and len(words) <= 2:  # a label such as PROTOKOLL or PRESSMEDDELANDE
        return True
    if _PAGE_NUMBER.match(clean) or not re.search(r"[^\W\d_]{2}", _DATE_WORDS.sub(" ", clean)):
        return True
    if occurrences >= 2 and len(words) <= 6:  # a running header or footer
        return True
    return _is_letterhead(words)


def _is_letterhead(words: list[str]) -> bool:
    """An organisation's name alone: capitalised words (and 'och', 'för') ending in a body."""
    if not words or len(words) > 4 or not _LETTERHEAD.search(words[-1].rstrip(" .")):
        return False
    return all(w[0].isupper() or w in _NAME_JOINERS for w in words[:-1])


def _shortened(title: str) -> str:
    if len(title) > MAX_TITLE:
        return title[: MAX_TITLE - 3].rsplit(" ", 1)[0] + "…"
    return title


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
