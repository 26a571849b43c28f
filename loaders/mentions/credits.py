"""Photo credits written in capitals: 'Foto: ANNA EK / BILDBYRÅN', 'Bild: PER LIND/TT'.

News pages print the photographer's name and agency in capitals. The name is a person under its
ordinary spelling ('Anna Ek'); the agency after the slash is the organisation the gazetteer knows
by that name, else an organisation under the name spelt with one capital ('Bildbyrån'). The
credit's slash gives the photographer's employer when it is a media or picture agency; an
authority's own picture ('Foto: Kriminalvården/Namn') names its source (``loaders.relations.people.affiliations``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_credits"]

_CAPS = r"[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?"
_CREDIT = Gated(
    re.compile(
        rf"\b(?:[Ff]oto|[Bb]ild|[Ff]otograf)[ \t]*:[ \t]*(?P<name>{_CAPS}(?:[ \t]+{_CAPS}){{1,2}})"
        rf"(?:[ \t]*/[ \t]*(?P<agency>{_CAPS}(?:[ \t]+{_CAPS})?))?(?![\w-])"
    ),
    r"foto|bild",
)


def _spelt(caps: str) -> str:
    """'ANNA-KARIN EK' -> 'Anna-Karin Ek'."""
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in caps.split())


def find_credits(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """A person and an agency for each credit in capitals."""
    for m in _CREDIT.finditer(scan):
        name = _spelt(m.group("name"))
        if lexicon.gazetteer.lookup(name):
            continue  # 'Foto: POLISEN', 'Bild: MORA KOMMUN': an organisation's own picture
        yield Candidate(m.start("name"), m.end("name"), m.group("name"), EntityType.PERSON, name, "credit")
        agency = m.group("agency")
        if agency is None:
            continue
        known = lexicon.gazetteer.lookup(_spelt(agency))
        type_, canonical = (
            (EntityType(known[0].type), known[0].name) if known else (EntityType.ORGANISATION, _spelt(agency))
        )
        yield Candidate(m.start("agency"), m.end("agency"), agency, type_, canonical, "credit_agency")
