"""Programme names that a text uses without a descriptor before them.

Two Swedish shapes give a capitalised phrase as the name of an effort:

- an apposition that describes it after the name: "Nattljus, en satsning mot langning",
  "Grannar i Noret, ett projekt för ...";
- a verb of taking part or a frame before it: "kommunen deltar i Tillsammans i Noret",
  "arbetet sker inom ramen för Trygg sommar". A known actor or place there ("deltar i
  Polisregion Mitt") is no programme, and a single word is a name only in the first shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import FUNCTION_WORDS, is_common_word
from loaders.mentions.candidates import Candidate, Scan
from loaders.mentions.initiative_names import DESCRIPTORS, name_after
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_named_programmes"]

# ", en satsning", ", ett treårigt projekt", ", en metod": a description after a name.
_APPOSITION = re.compile(
    rf",[ \t]+(?:en|ett)[ \t]+(?:[a-zåäö-]+[ \t]+){{0,2}}?[a-zåäö]*(?:{'|'.join(DESCRIPTORS)})(?![a-zåäö])"
)
# "deltar i", "ingår i", "inom ramen för", "anslutit sig till" before a name.
_FRAME = re.compile(
    r"(?<![\w-])(?:deltar|deltog|deltagit|medverkar|medverkade|ingår|ingick|inom[ \t]+ramen|"
    r"anslut(?:er|it|ade)[ \t]+sig)(?:[ \t]+(?:även|också|nu|redan|aktivt|sedan[ \t]+\d{4}|sedan[ \t]+länge))?"
    r"[ \t]+(?:i|för|till)[ \t]+(?=[A-ZÅÄÖ\"”»“])"
)


def _known(lexicon: Lexicon, name: str) -> bool:
    gaz = lexicon.gazetteer
    first = name.split()[0]
    return bool(gaz.lookup(name) or gaz.lookup(first) or first in gaz.first_names)


def _appositions(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    text = scan.text
    for m in _APPOSITION.finditer(text):
        i = scan.sentence_of(m.start())
        if i < 0:
            continue
        start = scan.sentences[i].start
        # the name is the capitalised phrase that ends at the comma
        for w in re.finditer(r"[\"”»“]?[A-ZÅÄÖ]", text[start : m.start()]):
            pos = start + w.start()
            found = name_after(text, pos, m.start())
            if found is None or found.end != m.start():
                continue
            if found.name.split()[0].lower() in FUNCTION_WORDS or _known(lexicon, found.name):
                break
            if " " not in found.name and (is_common_word(found.name) or scan.is_sentence_initial(pos)):
                break
            yield Candidate(
                found.start, found.end, text[found.start : found.end], EntityType.INITIATIVE, found.name,
                "initiative_name", priority=2,
            )  # fmt: skip
            break


def _framed(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    text = scan.text
    for m in _FRAME.finditer(text):
        found = name_after(text, m.end(), scan.sentence_end(m.start()))
        if found is None or (" " not in found.name and not found.quoted):
            continue
        if found.name.split()[0].lower() in FUNCTION_WORDS or _known(lexicon, found.name):
            continue
        if any(w[:1].isupper() for w in found.name.split()[1:]) and not found.quoted:
            continue  # "Region Mitt", "Anna Berg": capitalised words throughout name an actor
        yield Candidate(
            found.start, found.end, text[found.start : found.end], EntityType.INITIATIVE, found.name,
            "initiative_name", priority=2,
        )  # fmt: skip


def find_named_programmes(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Initiative candidates for programme names given in apposition or after a frame."""
    yield from _appositions(scan, lexicon)
    yield from _framed(scan, lexicon)
