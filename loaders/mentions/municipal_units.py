"""Units of the municipality named as its own: 'kommunens larmcentral', 'kommunens trygghets- och
larmcentral', 'kommunens politiska ledning', 'kommunens säkerhetsstab'.

The genitive 'kommunens' says whose unit it is; the name keeps it ('kommunens larmcentral'), as
the text says it, and the unit is PART_OF the document's municipality (loaders.relations.structure.hierarchy).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_municipal_units"]

_UNIT = Gated(
    re.compile(
        r"\b[Kk]ommunens[ \t]+(?P<name>(?:politiska[ \t]+)?(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*"
        r"(?:central|ledning|kansli|stab|ledningsgrupp|krisledningsgrupp|fältgrupp|säkerhetsgrupp"
        r"|trygghetsgrupp)(?:en|et)?)\b"
    ),
    r"kommunens ",
)


# Sectors and administrations named by their field: 'sektor utbildning', 'Sektorn för omsorg',
# 'förvaltningen för utbildning och arbetsmarknad'.
_SECTOR = Gated(
    re.compile(
        r"\b(?P<kind>[Ss]ektor(?:n)?|[Ff]örvaltningen)[ \t]+(?P<for>för[ \t]+)?"
        r"(?P<field>(?:[a-zåäö]|(?<=[Ss]ektor[ \t])[A-ZÅÄÖ])[a-zåäö]{3,}(?:-?[ \t]+(?:och|samt)[ \t]+(?!sektor|förvaltning)[a-zåäö]{4,})?)\b"
    ),
    r"sektor|förvaltningen för",
)
# The municipality's units for a field, in the plural: 'kommunens olika enheter för skola och fritid'.
_UNITS_FOR = Gated(
    re.compile(
        r"\b[Kk]ommunens[ \t]+(?:(?:olika|egna|berörda)[ \t]+)?(?:enheter|avdelningar|förvaltningar)[ \t]+"
        r"(?:för|inom)[ \t]+[a-zåäö]{4,}(?:(?:-?[ \t]*,[ \t]*|-?[ \t]+(?:och|samt)[ \t]+)[a-zåäö]{4,}){0,3}\b"
    ),
    r"kommunens ",
)
# A unit or department named by its field: 'enheten för trygghet och säkerhet', 'kommunens avdelning
# för fritid'. Another owner's genitive before it ('polisens enhet för ...') makes it no municipal unit.
_UNIT_FOR = Gated(
    re.compile(
        r"(?P<owner>\b[\wåäöÅÄÖ]+s[ \t]+)?\b(?P<kind>[Ee]nhet(?:en)?|[Aa]vdelning(?:en)?)[ \t]+för[ \t]+"
        r"(?P<field>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:-?[ \t]+(?:och|samt)[ \t]+[a-zåäö]{4,})?)\b"
    ),
    r"enhet|avdelning",
)
# Words after 'sektor' that name no field: 'sektor för sektor', 'sektorn har'.
_NOT_FIELD = frozenset({"har", "hade", "ska", "skall", "kommer", "som", "inom", "med", "arbetar", "ansvarar"})


def find_municipal_units(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Candidates for the municipality's own units named in its genitive, and its sectors."""
    for m in _SECTOR.finditer(scan):
        kind, field = m.group("kind").lower(), " ".join(m.group("field").split())
        first = field.split()[0]
        if first[0].isupper() and (lexicon.gazetteer.lookup(first) or first in lexicon.gazetteer.first_names):
            continue  # 'sektor Mora': a place or a name after the word, no field
        if first in _NOT_FIELD or first.endswith("et") or (kind == "förvaltningen" and not m.group("for")):
            continue  # 'sektorn har', 'förvaltningen för ändamålet': no field named
        name = f"Förvaltningen för {field}" if kind == "förvaltningen" else f"Sektor {field}"
        end = m.start("field") + len(m.group("field").rstrip())
        yield Candidate(
            m.start(),
            end,
            scan.text[m.start() : end],
            EntityType.MUNICIPAL_BODY,
            name,
            "municipal_sector",
            data={"qualify": "yes"},
        )
    for m in _UNITS_FOR.finditer(scan):
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            EntityType.MUNICIPAL_BODY,
            " ".join(m.group(0).split()),
            "municipal_units_for",
            data={"qualify": "yes"},
        )
    for m in _UNIT_FOR.finditer(scan):
        owner = (m.group("owner") or "").strip().lower()
        field = " ".join(m.group("field").split())
        if (owner and owner not in ("kommunens", "stadens")) or field.split()[0].lower() in _NOT_FIELD:
            continue  # 'polisens enhet för ...': another owner's unit
        kind = m.group("kind").lower().removesuffix("en")
        start = m.start("owner") if owner else m.start("kind")
        yield Candidate(
            start,
            m.end(),
            scan.text[start : m.end()],
            EntityType.MUNICIPAL_BODY,
            f"{kind.capitalize()}en för {field[:1].lower()}{field[1:]}",
            "municipal_unit_for",
            data={"qualify": "yes"},
        )
    for m in _UNIT.finditer(scan):
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            EntityType.MUNICIPAL_BODY,
            "kommunens " + m.group("name"),
            "municipal_unit",
            data={"qualify": "yes"},
        )
