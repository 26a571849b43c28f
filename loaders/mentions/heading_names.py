"""Initiatives named by a heading of the form "X mot Y": ``Grannar mot inbrott``, ``Kommuner mot
langning``.

Swedish programmes and joint efforts are often named after who acts and what they act against,
with no effort noun at all (the well-known ``Föräldrar mot narkotika`` shape). A text that
presents such an effort gives its name a line of its own. A line that holds only "words mot
words", with no finite verb (a news headline says what happened: "Polisen slår till mot
gängen") and no sentence punctuation, is read as the effort's name. Lines whose words before
"mot" hold an effort noun (``Förstärkt arbete mot narkotika``) are read by
loaders.mentions.initiatives already; a line that opens with a known actor ("Polisen mot ...")
names no programme.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import FUNCTION_WORDS, is_finite_verb
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_heading_initiatives"]

UP, LO = UPPER, LOWER

_HEADING = re.compile(
    rf"^[ \t]*(?P<name>(?P<before>[{UP}][{LO}]+(?:[ \t]+[{UP}{LO}][{LO}]+){{0,2}})"
    rf"[ \t]+mot[ \t]+(?P<after>[{LO}]+(?:[ \t]+[{LO}]+){{0,3}}))[ \t]*$",
    re.MULTILINE,
)
# Effort nouns anywhere in the words before "mot": the phrase is read as a described effort.
_EFFORT_NOUN = re.compile(
    r"(?:arbete|samverkan|samarbete|satsning|insats|projekt|program|plan|strategi|kampanj|åtgärd|"
    r"kamp|krig|kraftsamling|offensiv)[a-zåäö]*\Z"
)
# Words that may join the words before "mot" although they are function words.
_JOINING = frozenset(["och", "i"])


def _is_name_words(words: list[str], *, joining: frozenset[str]) -> bool:
    for word in words:
        lower = word.lower()
        if lower in joining:
            continue
        if lower in FUNCTION_WORDS or is_finite_verb(lower):
            return False
    return True


def find_heading_initiatives(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Initiative candidates for heading lines named "X mot Y"."""
    if " mot " not in scan.lower:
        return
    for m in _HEADING.finditer(scan.text):
        before = m.group("before").split()
        after = m.group("after").split()
        if any(_EFFORT_NOUN.search(w.lower()) for w in before):
            continue
        if not _is_name_words(before, joining=_JOINING) or not _is_name_words(after, joining=frozenset()):
            continue
        if lexicon.gazetteer.lookup(before[0]):
            continue  # "Polisen mot gängen": an actor's doings, no programme
        name = " ".join(m.group("name").split())
        yield Candidate(
            m.start("name"),
            m.end("name"),
            m.group("name"),
            EntityType.INITIATIVE,
            name,
            "initiative_name",
            priority=2,
        )
