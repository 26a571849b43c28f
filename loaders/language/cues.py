"""Words a pattern cannot match without: a cheap test of whether, and where, a text is worth searching.

``pattern_needs`` reads a compiled pattern through the standard library's own regex parser and
returns strings at least one of which every match holds (for 'samverka[rt]? med': 'samverka' or
'med'), with where each may stand from the start of a match. ``WordFinder`` finds which of many
such words a text holds, and where, in one pass; ``WordGate`` tells whether one pattern can match
a text at all; ``finditer_near`` gives what ``finditer`` gives, trying the pattern only where a
match can start. A pattern is only ever skipped where it could not have matched, so results never
depend on these tests: they spare most patterns most sentences.

Words are compared on text folded with ``fold``. Folding is exact for case-insensitive patterns:
every character that ``re.IGNORECASE`` lets match a letter of ``SAFE_LETTERS`` folds to that
letter, and folding keeps the text's length.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import product

# The standard library's parser of its own patterns (the public name ``sre_parse`` is deprecated).
from re import _constants as c
from re import _parser as parser

# Characters a required word may hold: their case-insensitive matches are known (see ``fold``),
# and all are word characters (``WordFinder.occurrences`` reads runs of them).
SAFE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü0123456789")
_RUN = re.compile(r"\w+")
# Characters that ``re.IGNORECASE`` matches with a Latin letter but that ``str.lower`` keeps apart
# (or, for 'İ', turns into two characters).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_UNUSUAL = "İıſ"
_MAX_STRINGS = 256  # strings a fixed stretch of a pattern is spelt out into, at most
_MAX_REPEAT = 3  # a repeated stretch is spelt out up to this many times
_NARROW = 8  # start positions tried one by one; from a wider stretch the pattern searches
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


@functools.lru_cache(maxsize=256)  # a sentence is read by several gates in a row
def fold(text: str) -> str:
    """``text`` in lower case, each character folded the way case-insensitive patterns match it."""
    if any(char in text for char in _UNUSUAL):  # none can stand in Latin-1 text: no search there
        text = text.translate(_FOLD)
    return text.lower()


class WordFinder:
    """Which of many words occur in a ``fold``-ed text, in one scan of it."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        trie = _trie(self.words) if self.words else "(?!)"  # no words: nothing is ever found
        # At every position the longest word that starts there (a lookahead finds overlapping ones).
        self._pattern = re.compile("(?=(" + trie + "))")
        # Any one word at all: without the lookahead, the search skips to the words' first letters.
        self._any = re.compile(trie)
        # A word found also says that the words it starts with are there.
        self._starts = {w: frozenset(w[:k] for k in range(1, len(w) + 1)) & self.words for w in self.words}
        self._inside = functools.lru_cache(maxsize=65536)(self._read_run)

    def occurrences(self, folded: str) -> dict[str, list[int]]:
        """Every word found, with every position it starts at.

        The words are made of word characters only, so each lies inside one run of them: the
        runs are read once each (they repeat from text to text) and the words placed from there.
        """
        found: dict[str, list[int]] = defaultdict(list)
        for run in _RUN.finditer(folded):
            inside = self._inside(run.group())
            if inside:
                at = run.start()
                for offset, word in inside:
                    found[word].append(at + offset)
        return found

    def _read_run(self, run: str) -> tuple[tuple[int, str], ...]:
        return tuple(
            (match.start(), word)
            for match in self._pattern.finditer(run)
            for word in sorted(self._starts[match.group(1)])
        )

    def any_in(self, folded: str) -> bool:
        return self._any.search(folded) is not None


class WordGate:
    """Whether one pattern can match a text at all, from the words it needs."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        words = required_words(pattern)
        self._finder = WordFinder(words) if words is not None else None

    @property
    def words(self) -> frozenset[str] | None:
        return self._finder.words if self._finder is not None else None

    def may_match(self, text: str) -> bool:
        return self.may_match_folded(fold(text))

    def may_match_folded(self, folded: str) -> bool:
        """``may_match`` for a text already ``fold``-ed (once for several gates)."""
        return self._finder is None or self._finder.any_in(folded)


def finditer_near(
    pattern: re.Pattern[str], needs: Needs | None, text: str, occurrences: dict[str, list[int]]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, tried only where a match can start: near where the
    words ``needs`` names occur in ``text`` (``WordFinder.occurrences`` of it, folded)."""
    if needs is None or not needs.placed:
        yield from pattern.finditer(text)
        return
    pos = 0  # where the last match ended: the next starts there or later
    for low, high in _starts(needs, occurrences, len(text)):
        at = max(low, pos)
        while at <= high:
            if high - at > _NARROW:
                match = pattern.search(text, at)
                if match is None:
                    return
            else:
                match = pattern.match(text, at)
                if match is None:
                    at += 1
                    continue
            yield match
            pos = at = match.end()


def _starts(needs: Needs, occurrences: dict[str, list[int]], length: int) -> list[tuple[int, int]]:
    """The stretches, in order and merged, where a match holding the words found may start
    (``needs`` is ``placed``: every offset is bounded)."""
    stretches = []
    for word, positions in occurrences.items():
        if word in needs.offsets:
            first, last = needs.offsets[word]
            assert last is not None
            stretches += [(max(0, at - last), min(at - first, length)) for at in positions if at >= first]
    stretches.sort()
    merged: list[tuple[int, int]] = []
    for low, high in stretches:
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _trie(words: Iterable[str]) -> str:
    """A pattern for ``words`` that branches letter by letter, the longer words first."""
    children: dict[str, set[str]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], set()).add(word[1:])
        else:
            ends = True
    if not children:
        return ""
    branches = "|".join(re.escape(char) + _trie(rest) for char, rest in sorted(children.items()))
    return f"(?:{branches})?" if ends else f"(?:{branches})"


# Where each word may start, counted from the start of the match: (first, last), last None when
# no bound is known.
Offsets = dict[str, tuple[int, int | None]]


@dataclass(frozen=True)
class Needs:
    """What every match of a pattern holds: one of ``words`` (the rarest set known, to tell
    whether a text is worth searching) and one of the ``offsets`` words at its offset (the most
    tightly placed set, to tell where a match may start)."""

    words: frozenset[str]
    offsets: Offsets
    # Whether the offsets place a match: each bounded, and no match empty (else it is searched for).
    placed: bool


def pattern_needs(pattern: re.Pattern[str]) -> Needs | None:
    """What every match of ``pattern`` (with its lookaheads) holds; None where nothing is known."""
    parsed = parser.parse(pattern.pattern, pattern.flags)
    rarest, tightest = _needs(parsed, _rarest), _needs(parsed, _tightest)
    if rarest is None or tightest is None:
        return None
    words = _minimal(rarest)
    offsets = _minimal(tightest)
    placed = all(last is not None for _, last in offsets.values()) and parsed.getwidth()[0] > 0
    return Needs(frozenset(words), offsets if placed else words, placed)


def _rarest(found: Offsets) -> tuple[int, ...]:
    """The set least likely to be found by chance: the longest shortest word, then the fewest."""
    return min(map(len, found)), -len(found)


def _tightest(found: Offsets) -> tuple[int, ...]:
    """The set that places a match best: every word at a bounded offset, the narrowest spread."""
    spreads = [last - first if last is not None else None for first, last in found.values()]
    if None in spreads:
        return (0, 0, *_rarest(found))
    return (1, -max(spreads), *_rarest(found))  # type: ignore[type-var]


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings at least one of which every match of ``pattern`` (or its lookaheads)
    contains; None where no such set is known."""
    needs = pattern_needs(pattern)
    return needs.words if needs is not None else None


def _minimal(found: Offsets) -> Offsets:
    """Without the words that contain another: finding the shorter one is enough. A word kept
    may start wherever it stands inside the words dropped for it."""
    kept: Offsets = {}
    for word in found:
        if any(other != word and other in word for other in found):
            continue
        for longer, (first, last) in found.items():
            at = longer.find(word)
            while at >= 0:
                _widen(kept, word, first + at, None if last is None else last + at)
                at = longer.find(word, at + 1)
    return kept


def _widen(offsets: Offsets, word: str, first: int, last: int | None) -> None:
    if word in offsets:
        old_first, old_last = offsets[word]
        first = min(first, old_first)
        last = None if last is None or old_last is None else max(last, old_last)
    offsets[word] = (first, last)


def _shifted(found: Offsets, at: tuple[int, int | None]) -> Offsets:
    """Offsets inside an element that starts ``at`` (first, last) from the sequence's start."""
    return {
        word: (first + at[0], None if last is None or at[1] is None else last + at[1])
        for word, (first, last) in found.items()
    }


def _width(items: parser.SubPattern, item: tuple[object, object]) -> tuple[int, int | None]:
    low, high = parser.SubPattern(items.state, [item]).getwidth()
    return low, (high if high < c.MAXREPEAT else None)


def _needs(items: parser.SubPattern, best: Callable[[Offsets], tuple[int, ...]]) -> Offsets | None:
    """The best set of required strings of a sequence: one of its fixed stretches ('samverka',
    spelt out into every way it can be written) or of its parts, each with where it may start."""
    candidates: list[Offsets] = []
    run: set[str] = {""}
    run_at: tuple[int, int | None] = (0, 0)  # where the stretch being spelt starts
    at: tuple[int, int | None] = (0, 0)  # where the element starts
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:  # type: ignore[index]
            # A lookahead matches nothing, but its words stand in the text from here on.
            inner = _needs(av[1], best)  # type: ignore[index]
            if inner:
                candidates.append(_shifted(inner, at))
            continue
        spelt = _spelt(op, av)
        if run == {""}:
            run_at = at
        if spelt is not None and len(run) * len(spelt) <= _MAX_STRINGS:
            run = {a + b for a, b in product(run, spelt)}
        else:
            candidates.append(dict.fromkeys(run, run_at))
            run, run_at = (spelt, at) if spelt is not None else ({""}, at)
            if spelt is None:
                inner = _part_needs(op, av, best)
                if inner:
                    candidates.append(_shifted(inner, at))
        low, high = _width(items, (op, av))
        at = (at[0] + low, None if at[1] is None or high is None else at[1] + high)
    candidates.append(dict.fromkeys(run, run_at))
    usable = [found for found in candidates if found and "" not in found]
    if not usable:
        return None
    return max(usable, key=best)


def _part_needs(op: object, av: object, best: Callable[[Offsets], tuple[int, ...]]) -> Offsets | None:
    if op is c.SUBPATTERN:
        return _needs(av[3], best)  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _needs(av, best)  # type: ignore[arg-type]
    if op is c.BRANCH:
        union: Offsets = {}
        for alternative in av[1]:  # type: ignore[index]
            found = _needs(alternative, best)
            if found is None:
                return None
            for word, (first, last) in found.items():
                _widen(union, word, first, last)
        return union
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _needs(av[2], best)  # type: ignore[index]  # the first time round
    return None


def _spelt(op: object, av: object) -> set[str] | None:
    """Every folded string one element matches, if they are few and known; zero-width ones match ''."""
    if op is c.LITERAL:
        char = chr(av).lower()  # type: ignore[arg-type]
        return {char} if char in SAFE_LETTERS else None
    if op in _ZERO_WIDTH:
        return {""}
    if op is c.IN:
        if not all(kind is c.LITERAL for kind, _ in av):  # type: ignore[attr-defined]
            return None
        chars = {chr(code).lower() for _, code in av}  # type: ignore[attr-defined]
        return chars if chars <= SAFE_LETTERS else None
    if op is c.SUBPATTERN:
        return _spelt_sequence(list(av[3]))  # type: ignore[index]
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            found = _spelt_sequence(list(alternative))
            if found is None:
                return None
            union |= found
        return union if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS:
        low, high, body = av  # type: ignore[misc]
        once = _spelt_sequence(list(body))
        if once is None or high > _MAX_REPEAT:
            return None
        spelt: set[str] = set()
        for times in range(low, high + 1):
            spelt |= {"".join(parts) for parts in product(once, repeat=times)}
            if len(spelt) > _MAX_STRINGS:
                return None
        return spelt
    return None


def _spelt_sequence(items: list[tuple[object, object]]) -> set[str] | None:
    spelt: set[str] = {""}
    for op, av in items:
        part = _spelt(op, av)
        if part is None or len(spelt) * len(part) > _MAX_STRINGS:
            return None
        spelt = {a + b for a, b in product(spelt, part)}
    return spelt
