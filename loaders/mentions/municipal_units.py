"""Units of the municipality named as its own: 'kommunens larmcentral', 'kommunens trygghets- och
larmcentral', 'kommunens politiska ledning', 'kommunens säkerhetsstab'.

The genitive 'kommunens' says whose unit it is; the name keeps it ('kommunens larmcentral'), as
the text says it, and the unit is PART_OF the document's municipality (loaders.relations.hierarchy).
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
        r"(?:central|ledning|kansli|stab)(?:en|et)?)\b"
    ),
    r"kommunens ",
)


def find_municipal_units(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Candidates for the municipality's own units named in its genitive."""
    del lexicon  # the names are read from the text alone
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
