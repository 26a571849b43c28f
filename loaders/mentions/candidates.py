"""What the mention rules find before the document is resolved: candidates over a scanned text.

A :class:`Scan` holds a document's tokens and sentences once, for every rule to read. A
:class:`Candidate` is one place where an actor may be named; rules that cannot know the name
alone (``kommunen``, ``lokalpolisen``, ``planen``, ``MC-gänget``, a surname on its own) leave
``canonical`` empty and say in ``ref`` what the document must tell (see loaders.mentions.resolution).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.model import EntityType
from loaders.language.text import Sentence
from loaders.mentions.trigger_words import TriggerWords, register
from loaders.reading.privacy import find_personal_data

if TYPE_CHECKING:
    from loaders.mentions.gazetteer import GazetteerEntry
    from loaders.mentions.lexicon import Lexicon

__all__ = ["LOWER", "UPPER", "Candidate", "Gated", "Scan", "listed_candidates"]

#: Letters for character classes: capitals and small letters of Swedish and of names common in Sweden.
UPPER = "A-ZÅÄÖÉÈÜØÆÀÁÍÓÚÇŠŽŁŃŚŹŻČĆĐ"
LOWER = "a-zåäöéèüøæàáíóúçšžłńśźżčćđñëïôîâêûőűğış"

# Where a web address shows itself: a scheme, "www." or a common top-level domain.
_URL_HINT = re.compile(r"https?://|www\.|\.(?:se|com|nu|org|net|eu|info)\b")
_TRAILING = ".,;:!?)]}\"'”»"


def _web_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of web addresses (``www.polisen.se``, ``polisen.se/tipsa``, ``https://...``)."""
    spans: list[tuple[int, int]] = []
    for m in _URL_HINT.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        start = m.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'“„«<":
            start -= 1
        end = m.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        while end > m.end() and text[end - 1] in _TRAILING:
            end -= 1
        if "@" in text[start:end]:
            continue  # an e-mail address: masked as personal data
        spans.append((start, end))
    return spans


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: EntityType
    canonical: str | None  # None: to be resolved from the document (see ``ref``)
    rule: str
    priority: int = 0  # wins an overlap with a candidate of equal length
    ref: str | None = None  # what resolution needs: "municipality", "lpo", "initiative", ...
    head: str | None = None  # head noun of a generic group or an initiative
    key: str | None = None  # a family key that resolution groups by
    generic: bool = False
    place: str | None = None  # a place the name is qualified by ("i Flemingsberg")
    role: str | None = None  # a person's role or title stated beside the name
    data: dict[str, str] = field(default_factory=dict)
    sentence: int = -1

    @property
    def length(self) -> int:
        return self.end - self.start


class Scan:
    """A document's text and sentences, with personal data and web addresses masked.

    Rules do not tokenise the whole text: they read the words that start with a capital
    (``capitals``), or run their patterns only over the sentences that hold their trigger
    words (``spans``).
    """

    def __init__(
        self, text: str, sentences: list[Sentence], personal_data: list[tuple[int, int, str]] | None = None
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
            lower = "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
        self.lower = lower
        if personal_data is None:
            personal_data = find_personal_data(text)
        masked = [(s, e) for s, e, _ in personal_data]
        masked += _web_addresses(text)
        masked.sort()
        self.masked = masked
        self._mask_starts = [s for s, _ in masked]
        #: the words that start with a capital letter, as (offset, word)
        self.capital_words = [
            (i, m.group())
            for m in _CAPITAL_WORD.finditer(text)
            if (i := m.start()) == 0 or not _WORDISH.match(text, i - 1)
        ]
        self.capitals = [i for i, _ in self.capital_words]
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._known: dict[tuple[int, int], tuple[tuple[GazetteerEntry, ...], int, str | None, int]] = {}
        self._first_words: set[int] = set()
        self._trigger_words: TriggerWords | None = None
        for s in sentences:
            m = _FIRST_WORD.match(text, s.start, s.end)
            if m:
                self._first_words.add(m.start(1))

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (-1 when between sentences)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return -1

    def sentence_end(self, offset: int) -> int:
        """End of the sentence that holds ``offset`` (``offset`` itself when between sentences)."""
        i = self.sentence_of(offset)
        return self.sentences[i].end if i >= 0 else offset

    def known_at(self, lexicon: Lexicon, pos: int) -> tuple[tuple[GazetteerEntry, ...], int, str | None, int]:
        """``lexicon.read_at`` the word at ``pos``, up to the end of its sentence: several finders
        read the same words, so each is read once per scan."""
        key = (id(lexicon), pos)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = lexicon.read_at(self.text, pos, self.sentence_end(pos))
        return found

    def spans(
        self, trigger: re.Pattern[str], literals: tuple[str, ...] | None = None
    ) -> list[tuple[int, int]]:
        """Runs of sentences in which ``trigger`` (a pattern over the lower-cased text) occurs;
        ``literals``, when the trigger is just an alternation of them, are found without it."""
        known = self._spans.get(trigger.pattern)
        if known is None:
            found = self._literal_hits(literals) if literals is not None else self._pattern_hits(trigger)
            known = self._spans[trigger.pattern] = self._runs(found)
        return known

    def _pattern_hits(self, trigger: re.Pattern[str]) -> list[int]:
        found: list[int] = []
        pos = 0
        lower = self.lower
        while True:
            m = trigger.search(lower, pos)
            if m is None:
                break
            i = self.sentence_of(m.start())
            if i < 0:
                pos = m.end()
                continue
            found.append(i)
            pos = self.sentences[i].end
        return found

    def _literal_hits(self, literals: tuple[str, ...]) -> list[int]:
        if self._trigger_words is None:  # every rule's literals at once, at the first rule that asks
            self._trigger_words = TriggerWords(self.lower, self.sentence_of)
        found: set[int] = set()
        for literal in literals:
            hits = self._trigger_words.sentences(literal)
            found.update(self._find_literal(literal) if hits is None else hits)
        return sorted(found)

    def _find_literal(self, literal: str) -> set[int]:
        """The sentences ``literal`` starts in, searched for alone (it was not registered)."""
        lower = self.lower
        found: set[int] = set()
        pos = lower.find(literal)
        while pos >= 0:
            i = self.sentence_of(pos)
            if i >= 0:
                found.add(i)
                pos = lower.find(literal, max(pos + 1, self.sentences[i].end))
            else:
                pos = lower.find(literal, pos + 1)
        return found

    def _runs(self, found: list[int]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        previous = -2
        for i in found:
            s = self.sentences[i]
            if i == previous + 1:
                out[-1] = (out[-1][0], s.end)
            else:
                out.append((s.start, s.end))
            previous = i
        return out

    def finditer(
        self, pattern: re.Pattern[str], trigger: re.Pattern[str], literals: tuple[str, ...] | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` in the sentences where ``trigger`` occurs (lower-cased text)."""
        for start, end in self.spans(trigger, literals):
            yield from pattern.finditer(self.text, start, end)

    def is_masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches personal data or a web address."""
        i = bisect.bisect_right(self._mask_starts, end - 1) - 1
        return i >= 0 and self.masked[i][1] > start

    def is_sentence_initial(self, offset: int) -> bool:
        """Whether the word at ``offset`` is the first word of its sentence (after quotes/dashes)."""
        if offset in self._first_words:
            return True
        # A word after a colon or a line break starts anew as well.
        before = self.text[max(0, offset - 3) : offset]
        return before.endswith((": ", "\n", "– ", "- ", '"', "”", "»", "| "))


_CAPITAL_WORD = re.compile(r"[A-ZÅÄÖÉÜØÆÀÁÈÍÓÚÇŠŽ]\w*(?:[-'’:]\w+)*")
_WORDISH = re.compile(r"[\w-]")
_FIRST_WORD = re.compile(r"[^\w]*(\w)")


_REGEX_SYNTAX = re.compile(r"\\[^b(]|[()\[\]?*+.^${}]")


def trigger_literals(trigger: str) -> tuple[str, ...] | None:
    """The plain strings a trigger is an alternation of (``r"nämnd|förvaltning"``, ``r" mc\\b"``),
    or None when it is a real pattern. A text holding none of them cannot match."""
    out = []
    for part in trigger.split("|"):
        part = part.removeprefix(r"\b").removesuffix(r"\b").replace(r"\(", "(")
        if not part or _REGEX_SYNTAX.search(part.replace("(", "")) or "\\" in part:
            return None
        out.append(part)
    return tuple(out)


class Gated:
    """A rule's pattern with its trigger: the pattern runs only over the sentences whose lower-cased
    text holds the trigger (a cheap literal search), so rare rules cost little on long texts."""

    def __init__(self, pattern: re.Pattern[str], trigger: str) -> None:
        self.pattern = pattern
        self.trigger = re.compile(trigger)
        self.literals = trigger_literals(trigger)
        if self.literals is not None:
            register(self.literals)

    def finditer(self, scan: Scan) -> Iterator[re.Match[str]]:
        # most rules find nothing in most documents: a few substring searches, once per document
        return scan.finditer(self.pattern, self.trigger, self.literals)


def listed_candidates(
    scan: Scan,
    lists: Gated,
    member: re.Pattern[str],
    known_as: Callable[[str], str | None],
    type_: EntityType,
    source: str,
) -> Iterator[Candidate]:
    """A candidate at each member of a list (the ``list`` group of ``lists``) that ``known_as``
    gives a name: lists distribute, and each member is named where it stands."""
    for m in lists.finditer(scan):
        for name in member.finditer(m.group("list")):
            canonical = known_as(name.group(0))
            if canonical is None:
                continue
            start = m.start("list") + name.start()
            yield Candidate(
                start, start + len(name.group(0)), name.group(0), type_, canonical, source, priority=4
            )
