"""Organisations named after a noun that says what they are: 'bostadsbolaget Tunaby',
'säkerhetsföretaget Nordvakt', 'organisationen Trygga Unga', 'studieförbundet Lärkan' (whose name keeps the noun).

The noun is no part of the name: the organisation is called by the capitalised words after it.
A name the gazetteer knows as an organisation takes its canonical form; one it knows as anything
else (a place, an agency) is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_cued_organisations"]

_KIND = (
    r"(?:[Bb]ostads|[Ff]astighets|[Ss]äkerhets|[Bb]evaknings|[Vv]akt|[Ee]nergi|[Bb]ygg|[Tt]axi|[Bb]uss"
    r"|[Tt]rafik|[Ss]kol|[Ff]ordons|[Kk]onsult|[Hh]andels)(?:bolaget|företaget)|[Bb]olaget|[Ff]öretaget"
    r"|[Oo]rganisationen|[Ss]tudieförbundet|[Ii]ntresseorganisationen|[Pp]araplyorganisationen"
    r"|[Bb]ranschorganisationen|[Kk]oncernen"
)
_CUED = Gated(
    re.compile(
        rf"\b(?P<kind>{_KIND})[ \t]+(?P<name>[{UPPER}][\w&-]*(?:[ \t]+(?:[{UPPER}][\w&-]*|AB))"
        rf"{{0,3}})(?![\w-])(?![ \t]+(?:mot|för|med|i|på|av)[ \t]+[{LOWER}])"
    ),
    r"bolaget|företaget|organisationen|studieförbundet|koncernen",
)


def find_cued_organisations(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Organisation candidates named right after a noun of their kind."""
    text = scan.text
    for m in _CUED.finditer(scan):
        name = " ".join(m.group("name").split())
        known = lexicon.gazetteer.lookup(name)
        if any(e.type != EntityType.ORGANISATION.value for e in known):
            continue  # 'bolaget Mora', 'organisationen Polisen': a known actor of another kind
        if m.group("kind").casefold() == "studieförbundet":
            name = f"Studieförbundet {name}"  # the kind is part of a study association's name
        known = known or lexicon.gazetteer.lookup(name)
        canonical = known[0].name if known else name
        yield Candidate(
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            EntityType.ORGANISATION,
            canonical,
            "cued_organisation",
        )
