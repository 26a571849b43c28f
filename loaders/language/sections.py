"""Sections of a long document: where its chapters and protocol paragraphs (``§ 12``) begin.

A municipal protocol or a regional plan runs to hundreds of pages; what ``kommunen`` or
``parterna`` stands for is settled within a paragraph or a chapter, not across the whole
document. Long texts are therefore read a section at a time: cut at headings, packed into
pieces of a bounded size, and cut at blank lines where a section alone is longer than that.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["SECTION_CHARS", "split_sections"]

# About twenty pages of running text: large enough for any one matter of a protocol.
SECTION_CHARS = 50_000

_HEADING = re.compile(
    r"^[ \t]*(?:§[ \t]*\d+|(?:kapitel|KAPITEL|Kapitel)[ \t]+\d+|#{1,3}[ \t]+\S|\d+(?:\.\d+)*[ \t]+[A-ZÅÄÖ])",
    re.MULTILINE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _cuts(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [m.start() for m in pattern.finditer(text) if m.start() > 0]


def split_sections(text: str, max_chars: int = SECTION_CHARS) -> list[tuple[int, str]]:
    """The text as (offset, section) pieces of at most about `max_chars` characters each.

    A text no longer than `max_chars` is one piece. Pieces join whole sections from one
    heading to the next; a section longer than `max_chars` is cut at blank lines, and a
    paragraph longer still at its last sentence end before the limit.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    bounds = [0, *_cuts(text, _HEADING), len(text)]
    units: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(bounds):
        units.extend(_paragraphs(text, start, end, max_chars))
    pieces: list[tuple[int, str]] = []
    piece_start, piece_end = units[0]
    for start, end in units[1:]:
        if end - piece_start > max_chars:
            pieces.append((piece_start, text[piece_start:piece_end]))
            piece_start = start
        piece_end = end
    pieces.append((piece_start, text[piece_start:piece_end]))
    return pieces


def _paragraphs(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """[start, end) as one unit, or cut at blank lines (and sentence ends) when too long."""
    if end - start <= max_chars:
        return [(start, end)]
    inner = [start + cut.end() for cut in _BLANK_LINE.finditer(text, start, end)]
    bounds = [start, *(c for c in inner if start < c < end), end]
    units: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(bounds):
        while b - a > max_chars:
            cut = text.rfind(". ", a, a + max_chars)
            cut = cut + 2 if cut > a else a + max_chars
            units.append((a, cut))
            a = cut
        units.append((a, b))
    return units
