"""Measures that are initiatives by their noun alone: 'kameraövervakning', 'trygghetskameror',
'kroppskameror', 'ordningsvakter', 'vistelseförbud', 'visitationszoner'.

ONTOLOGY.md counts a measure with an identity as an initiative. A few measures of crime
prevention are named by one well-known noun (``loaders/data/measures.txt``, from Brå and
Polisen's own terms), which a municipality decides on, funds or proposes and the police apply:
'Kommunen inför kameraövervakning i centrum', 'fler ordningsvakter'. The measure is named as
written, in the singular or plural the text uses; a quantifier before it ('fler', 'utökad')
joins the name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.effort_phrases import named_as_example
from loaders.mentions.gazetteer import read_list
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_measures"]

# Endings of the measure nouns: -kameror/-kamerorna, -vakter, -förbud/-förbudet, -zon/-zoner.
_ENDINGS = r"(?:orna|or|an|a|erna|er|en|et|na)?"
_QUANTIFIER = re.compile(r"(?<![\w-])(?P<q>fler|flera|utökad|utökade|utökat|mer|ökad)[ \t]+\Z", re.IGNORECASE)


# Guards are a measure where someone engages them ("anlitar ordningsvakter", "fler ordningsvakter");
# where they act themselves they are a group.
_ENGAGED = re.compile(
    r"(?<![\w-])(?:anlita|upphandla|anställa|införa|finansiera|bekosta|beställa)\w*[ \t]+(?:\w+[ \t]+)?\Z",
    re.IGNORECASE,
)


@functools.cache
def _pattern() -> Gated:
    stems = sorted({_stem(w) for w in read_list("measures.txt")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in stems)
    return Gated(
        re.compile(rf"(?<![\w-])(?P<word>(?:{alternatives}){_ENDINGS})(?![\w-])", re.IGNORECASE),
        "|".join(stems),
    )


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("kamera") else word


def find_measures(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Measure candidates, named as written ('trygghetskameror', 'fler ordningsvakter')."""
    del lexicon  # the measures are a closed list
    text = scan.text
    for m in _pattern().finditer(scan):
        word = m.group("word")
        if not _well_formed(word.lower()) or named_as_example(text, m.start()):
            continue
        start = m.start()
        quantifier = _QUANTIFIER.search(text, max(0, start - 12), start)
        if quantifier is not None:
            start = quantifier.start("q")
        elif "vakt" in word.lower() and not _ENGAGED.search(text, max(0, start - 40), start):
            continue  # "ordningsvakter patrullerade": people who act, a group
        name = " ".join(text[start : m.end()].split())
        name = name[0].lower() + name[1:]
        yield Candidate(
            start, m.end(), text[start : m.end()], EntityType.INITIATIVE, name, "measure", priority=1
        )


def _well_formed(word: str) -> bool:
    """Whether the form names the measure: cameras and guards in the plural ('trygghetskameror',
    'ordningsvakter'; one 'ordningsvakt' is a person), a ban or a zone in any form."""
    if word.endswith(("övervakning", "bevakning", "övervakningen", "bevakningen")):
        return True
    if "kamer" in word:
        return word.endswith(("kameror", "kamerorna"))
    if "vakt" in word:
        return word.endswith(("vakter", "vakterna"))
    if "förbud" in word:
        return word.endswith(("förbud", "förbudet", "förbuden"))
    return word.endswith(("zon", "zonen", "zoner", "zonerna"))
