"""Municipal bodies the word-formation rules of loaders.mentions.organisations leave out:
a committee named by its field ('Nämnden för arbetsmarknad och vuxenutbildning'), drafting
committees ('trygghetsberedningen'), staff offices ('kommunledningsstaben'), the pupils' health
service ('elevhälsan') and the citizens' office ('medborgarkontoret').

Each is a unit of the document's municipality and is named with it (``qualify``), as the other
municipal bodies are (loaders.mentions.resolution).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_council_bodies"]

_FIELD_COMMITTEE = Gated(
    re.compile(
        r"\b[Nn]ämnden[ \t]+för[ \t]+(?P<field>[a-zåäö]{4,}(?:(?:[ \t]*,[ \t]*|[ \t]+och[ \t]+)[a-zåäö]{4,}){0,3})\b"
    ),
    r"nämnden för",
)
_DRAFTING = Gated(
    re.compile(r"\b(?P<word>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:beredningen|staben))(?:s)?\b"),
    r"beredningen|staben",
)
_SERVICE = Gated(
    re.compile(r"\b(?P<word>[Ee]levhälsan|[Mm]edborgarkontoret)(?:s)?\b"), r"elevhälsan|medborgarkontoret"
)
# First parts that make no body: 'ärendeberedningen' is the preparing of a matter.
_NOT_BODY = ("ärende", "budget", "remiss")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def find_council_bodies(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Candidates for the municipal bodies named above."""
    body = EntityType.MUNICIPAL_BODY
    for m in _FIELD_COMMITTEE.finditer(scan):
        field = " ".join(m.group("field").split())
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            body,
            f"Nämnden för {field}",
            "field_committee",
            data={"qualify": "yes"},
        )
    for pattern, rule in ((_DRAFTING, "drafting_body"), (_SERVICE, "municipal_service")):
        for m in pattern.finditer(scan):
            word = m.group("word")
            if word.lower().startswith(_NOT_BODY):
                continue
            start, end = m.span("word")
            yield Candidate(start, end, word, body, _cap(word), rule, data={"qualify": "yes"})
