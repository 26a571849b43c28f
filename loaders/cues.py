"""Words a pattern cannot match without: a cheap test of whether a text is worth searching.

``required_words`` reads a compiled pattern through the standard library's own regex parser and
returns strings at least one of which every match contains (for 'samverka[rt]? med' that is
'samverka' or 'med', whichever is rarer to be found by chance). ``WordFinder`` finds which of the
words of many patterns a text folded with ``fold`` holds, in one scan. A pattern is only ever skipped where it could not have matched, so
results never depend on the test; it just spares most patterns most sentences.

Folding is exact for case-insensitive patterns: every character that ``re.IGNORECASE`` lets
match a letter of ``SAFE_LETTERS`` folds to that letter, and folding keeps the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product

# The standard library's parser of its own patterns (the public name ``sre_parse`` is deprecated).
from re import _constants as c
from re import _parser as parser

# Characters a required word may hold: their case-insensitive matches are known (see ``fold``).
SAFE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü0123456789")
# Characters that ``re.IGNORECASE`` matches with a Latin letter but that ``str.lower`` keeps apart
# (or, for 'İ', turns into two characters).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_UNUSUAL = re.compile("[İıſ]")
_MAX_STRINGS = 256  # strings a fixed stretch of a pattern is spelt out into, at most
_MAX_REPEAT = 3
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """``text`` in lower case, each character folded the way case-insensitive patterns match it."""
    if _UNUSUAL.search(text):
        text = text.translate(_FOLD)
    return text.lower()


class WordFinder:
    """Which of many words occur in a ``fold``-ed text, in one scan of it."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # At every position the longest word that starts there (a lookahead finds overlapping ones).
        self._pattern = re.compile("(?=(" + _trie(self.words) + "))")
        # A word found also says that the words it starts with are there.
        self._starts = {w: frozenset(p for p in self.words if w.startswith(p)) for w in self.words}

    def found(self, folded: str) -> set[str]:
        return {p for w in set(self._pattern.findall(folded)) for p in self._starts[w]}

    def any_in(self, folded: str) -> bool:
        return self._pattern.search(folded) is not None


class WordGate:
    """Whether one pattern can match a text at all, from the words it needs."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        words = required_words(pattern)
        self._finder = WordFinder(words) if words is not None else None

    def may_match(self, text: str) -> bool:
        return self._finder is None or self._finder.any_in(fold(text))


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


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings at least one of which every match of ``pattern`` (or its lookarounds)
    contains; None where no such set is known."""
    return _minimal(_needs(list(parser.parse(pattern.pattern, pattern.flags))))


def _minimal(words: set[str] | None) -> frozenset[str] | None:
    """Without the words that contain another: finding the shorter one is enough."""
    if words is None:
        return None
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _needs(items: list[tuple[object, object]]) -> set[str] | None:
    """The best set of required strings of a sequence: one of its fixed stretches ('samverka',
    spelt out into every way it can be written) or of its parts."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for op, av in items:
        if op is c.ASSERT:  # zero-width, but its words are in the text next to the match
            candidates.append(_part_needs(op, av) or {""})
            continue
        spelt = _spelt(op, av)
        if spelt is not None and len(run) * len(spelt) <= _MAX_STRINGS:
            run = {a + b for a, b in product(run, spelt)}
            continue
        candidates.append(run)
        run = spelt if spelt is not None else {""}
        if spelt is None:
            candidates.append(_part_needs(op, av) or {""})
    candidates.append(run)
    usable = [found for found in candidates if "" not in found]
    if not usable:
        return None
    # The rarest by chance: the longest shortest string, then the fewest strings.
    return max(usable, key=lambda found: (min(map(len, found)), -len(found)))


def _part_needs(op: object, av: object) -> set[str] | None:
    if op is c.SUBPATTERN:
        return _needs(list(av[3]))  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _needs(list(av))  # type: ignore[call-overload]
    if op is c.ASSERT:
        return _needs(list(av[1]))  # type: ignore[index]
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            found = _needs(list(alternative))
            if found is None:
                return None
            union |= found
        return union
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _needs(list(av[2]))  # type: ignore[index]
    return None


def _spelt(op: object, av: object) -> set[str] | None:
    """Every folded string one element matches, if they are few and known; zero-width ones match ''."""
    if op is c.LITERAL:
        char = chr(av).lower()  # type: ignore[arg-type]
        return {char} if char in SAFE_LETTERS else None
    if op in _ZERO_WIDTH:
        return {""}
    if op is c.IN:
        chars = {chr(code).lower() for kind, code in av if kind is c.LITERAL}  # type: ignore[attr-defined]
        if len(chars) != len(av) or not chars <= SAFE_LETTERS:  # type: ignore[arg-type]
            return None
        return chars
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
