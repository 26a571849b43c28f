"""Where the literal trigger words of the mention rules occur in a document, in one pass.

About a hundred rules each name a few plain strings (``Gated.literals``) and run their pattern
only over the sentences holding one. Searching the text once per string cost a full scan per
string; an Aho-Corasick automaton of every registered string finds all their occurrences,
overlapping ones included, in one scan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import ahocorasick

_registered: set[str] = set()


def register(literals: Iterable[str]) -> None:
    """Make ``literals`` (non-empty strings) part of every later document's single scan."""
    _registered.update(literals)


@lru_cache(maxsize=1)
def _automaton(literals: frozenset[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


class TriggerWords:
    """The sentences each registered string starts in, read from one scan of a lower-cased text."""

    def __init__(self, lower: str, sentence_of: Callable[[int], int]) -> None:
        self.known = frozenset(_registered)
        self._sentences: dict[str, set[int]] = {}
        if not self.known:
            return
        for end, literal in _automaton(self.known).iter(lower):
            i = sentence_of(end - len(literal) + 1)
            if i >= 0:
                self._sentences.setdefault(literal, set()).add(i)

    def sentences(self, literal: str) -> set[int] | None:
        """The sentences ``literal`` starts in, or None when it was not registered before the scan."""
        if literal not in self.known:
            return None
        return self._sentences.get(literal, set())
