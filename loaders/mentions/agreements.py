"""Collaboration agreements named by an '-avtal' compound: 'samverkansavtal', 'samarbetsavtalet'.

An agreement to collaborate is an initiative as a 'samverkansöverenskommelse' is (ONTOLOGY.md:
a described joint effort); Swedish writes the same thing as a '-avtal' compound. Only compounds
that say the agreement is about collaborating count: a 'hyresavtal' or 'kollektivavtal' is a
contract, no effort.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.effort_phrases import named_as_example
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_agreements"]

_AGREEMENT = Gated(
    re.compile(
        r"(?<![\w-])(?P<word>(?:samverkans|samarbets|partnerskaps)avtal(?:et|en|ets)?)(?![\w-])",
        re.IGNORECASE,
    ),
    r"avtal",
)


def find_agreements(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Collaboration agreements, named in the indefinite singular ('samverkansavtal')."""
    del lexicon  # read from the word alone
    text = scan.text
    for m in _AGREEMENT.finditer(scan):
        if named_as_example(text, m.start()):
            continue
        word = m.group("word")
        name = re.sub(r"(?:et|ets|en)\Z", "", word.lower())
        yield Candidate(m.start(), m.end(), word, EntityType.INITIATIVE, name, "agreement", priority=1)
