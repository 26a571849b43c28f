"""Investigations: 'utredningen av skottlossningen', 'en utredning om hedersvåld', and 'utredningen'
of the crime a police text reports.

An investigation is an effort with an identity (ONTOLOGY.md: a described joint effort is an
initiative), which a unit leads ('grova brott hanterar utredningen'). With a complement it names
itself ('utredningen av branden'). Alone, the definite 'utredningen' is the investigation of the
crime the document reports ('Mordet i X ... utredningen pågår'): it is named after that crime, as
first written, and read only where the document reports one, so that a municipality's inquiry
('utredningen visar att lokalerna räcker') without any crime is left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.effort_phrases import complement_after
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_investigations"]

_INVESTIGATION = Gated(
    re.compile(r"(?<![\w-])(?P<word>(?:förundersökning|utredning)(?P<definite>en)?)(?![\w-])", re.IGNORECASE),
    r"utredning|förundersökning",
)
_TOPIC_PREPOSITIONS = frozenset(["av", "om", "kring", "mot", "rörande", "gällande"])
# "en utredning om X"; a bare "Utredning om X" heads a news item about one, which it reports closed or
# opened, and is read where the text goes on to speak of it.
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:en|ny|den|egen|särskild|intern)[ \t]+\Z", re.IGNORECASE)
# A crime a text reports, in the forms a report names it by.
_CRIME = re.compile(
    r"(?<![\w-])(?P<crime>(?:dubbel|tripp?el)?(?:mord(?:et|en)?|mordförsök(?:et|en)?|dråp(?:et)?|"
    r"skottlossning(?:en|arna)?|skjutning(?:en|arna)?|dödsskjutning(?:en|arna)?|sprängning(?:en|arna)?|"
    r"detonation(?:en|erna)?|knivhuggning(?:en)?|grova[ \t]+rån(?:et)?|rån(?:et)?|våldtäkt(?:en)?|"
    r"mordbrand(?:en)?|kidnappning(?:en)?|människorov(?:et)?))(?![\w-])"
    r"(?P<place>[ \t]+(?:i|på)[ \t]+[A-ZÅÄÖ][\wåäö-]+)?",
    re.IGNORECASE,
)
# "utredningen visar", "i utredningen": the report of an inquiry, no crime investigated.
_NOT_EFFORT_BEFORE = re.compile(r"(?<![\w-])(?:enligt|i|av|från|ur)[ \t]+\Z", re.IGNORECASE)


@functools.cache
def _first_crime(text: str) -> str | None:
    m = _CRIME.search(text)
    if m is None:
        return None
    place = m.group("place")
    return m.group("crime").lower() + (" " + " ".join(place.split()) if place else "")


def find_investigations(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Investigation candidates, named by their complement or by the crime the document reports."""
    del lexicon  # the words are the rule
    text = scan.text
    named: str | None = None  # the investigation the document has named so far: "utredningen" is it
    for m in _INVESTIGATION.finditer(scan):
        start, end = m.start("word"), m.end("word")
        limit = scan.sentence_end(start)
        complement = complement_after(text, end, limit, _TOPIC_PREPOSITIONS)
        if complement and (m.group("definite") or _DETERMINER_BEFORE.search(text, max(0, start - 8), start)):
            end = text.find(complement, end) + len(complement)
            name = " ".join(text[start:end].split())
            name = named = name[0].lower() + name[1:]
        elif named is not None and m.group("definite"):
            name = named
        elif m.group("definite") and not _NOT_EFFORT_BEFORE.search(text, max(0, start - 8), start):
            crime = _first_crime(text[: scan.sentences[scan.sentence_of(start)].end])
            if crime is None:
                continue
            name = named = f"{m.group('word').lower()} av {crime}"
        else:
            continue
        yield Candidate(start, end, text[start:end], EntityType.INITIATIVE, name, "investigation", priority=1)
