"""Organisations whose name follows a description of them, set off by commas: 'det regionala
kunskapscentret i Norrby, Trygghetslabbet Norr, har ...', 'forskningsinstitutet för
kommunerna, FoU Söder, visar ...'.

The description says what kind of body it is (a centre, an institute, a foundation, an
association, a company); the capitalised words between the commas are its name. A name the
gazetteer knows is read by the gazetteer, with its own type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_named_appositions"]

# Nouns (alone or as the last part of a compound) that describe an organisation, in any form.
_KIND = (
    r"(?:centr(?:um|et|umet)|center|institut(?:et)?|stiftelse(?:n)?|förening(?:en)?"
    r"|organisation(?:en)?|bolag(?:et)?|företag(?:et)?)"
)
_APPOSITION = Gated(
    re.compile(
        rf"(?<![\w-])[{LOWER}][{LOWER}-]*{_KIND}"
        rf"(?:[ \t]+(?:för|i|på|inom|mot)[ \t]+[{UPPER}{LOWER}][{LOWER}-]+)?"
        rf",[ \t]+(?P<name>[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*){{0,3}})[ \t]*(?=[,(]|[ \t]–)"
    ),
    r"centr|center|institut|stiftelse|förening|organisation|bolag|företag",
)


def find_named_appositions(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Organisation candidates named in an apposition to a description of their kind."""
    for m in _APPOSITION.finditer(scan):
        name = " ".join(m.group("name").split())
        if lexicon.gazetteer.lookup(name) or lexicon.gazetteer.lookup(name.split()[0]):
            continue  # a known actor or place ('bolaget i Mora, Mora Energi,'): the gazetteer reads it
        if name.split()[0] in lexicon.gazetteer.first_names:
            continue  # 'föreningen, Anna Ek, ...': a person speaking for it
        yield Candidate(
            m.start("name"), m.end("name"), m.group("name"), EntityType.ORGANISATION, name, "named_apposition"
        )
