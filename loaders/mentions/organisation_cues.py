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


# Associations named by a compound of their purpose: 'Centrumföreningen', 'Handelsföreningen i Mora'.
_COMPOUND_ASSOCIATION = Gated(
    re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]{{3,}}förening(?:en)?)(?![\w-])"),
    r"förening",
)
# Centres named by their field: 'Kunskapscentrum mot våldsbejakande extremism', 'Centrum för
# våldsprevention', 'Nationellt centrum för trygghet'. The name runs over lower-case words up to a
# preposition of place or the end of the phrase.
_FIELD_CENTRE = Gated(
    re.compile(
        rf"(?<![\w-])(?P<name>(?:(?:Nationellt|Regionalt)[ \t]+(?:[{LOWER}]+)?centrum|[{UPPER}][{LOWER}]*centrum"
        rf"|Centrum)[ \t]+(?:mot|för)[ \t]+[{LOWER}][{LOWER}-]+(?:[ \t]+(?:och[ \t]+)?[{LOWER}][{LOWER}-]+){{0,3}}?)"
        rf"(?=[ \t]*(?:[,.;:()\n]|\b(?:vid|i|på|inom|har|är|som|och|samt|ska|kommer)\b|\Z))"
    ),
    r"centrum ",
)
# Words that end a field's phrase rather than continue it.
_NOT_FIELD_END = frozenset({"att", "den", "det", "de", "en", "ett"})


def find_named_associations(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Associations named by a compound ('Centrumföreningen') and centres named by their field."""
    text = scan.text
    for m in _COMPOUND_ASSOCIATION.finditer(scan):
        name = m.group("name")
        if name.casefold().startswith(("bostadsrätts", "samfällighets")):
            continue  # a housing cooperative is its residents, no actor here
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == EntityType.ORGANISATION.value]
        if lexicon.gazetteer.lookup(name) and not known:
            continue
        canonical = known[0].name if known else name.removesuffix("en") + "en"
        yield Candidate(m.start(), m.end(), name, EntityType.ORGANISATION, canonical, "compound_association")
    for m in _FIELD_CENTRE.finditer(scan):
        name = " ".join(m.group("name").split())
        if name.split()[-1] in _NOT_FIELD_END or name.split()[2] in _NOT_FIELD_END:
            continue  # 'centrum för att ...': a purpose, no name
        known = lexicon.gazetteer.lookup(name)
        if known:
            continue  # the gazetteer reads it, with its own type
        yield Candidate(
            m.start(), m.end(), text[m.start() : m.end()], EntityType.ORGANISATION, name, "field_centre"
        )
