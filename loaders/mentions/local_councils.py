"""'Brottsförebyggande rådet' and 'BRÅ' in a text about a municipality's own crime prevention
council are that council, not the national agency.

A municipality's statutes or agreement name its council once in full ('Norrby kommuns
brottsförebyggande råd', 'det lokala brottsförebyggande rådet', 'Norrbybrå') and then go on with
'det brottsförebyggande rådet (BRÅ)' or 'BRÅ'. Those later forms are read as the local council.
The national agency keeps what the text marks as national: its name capitalised inside a sentence
('Brottsförebyggande rådet'), its own short form 'Brå', 'nationella'/'Sveriges' before it, and a
bracketed short form right after a national mention.
"""

from __future__ import annotations

import re

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Scan

__all__ = ["local_council_references"]

_NATIONAL = "Brottsförebyggande rådet"
_LOCAL_RULES = frozenset({"crime_council", "common_crime_council", "local_bra"})
_NATIONAL_BEFORE = re.compile(r"(?:nationella|Sveriges|statliga|myndigheten)[ \t]+\Z", re.IGNORECASE)
_BRACKET_GAP = re.compile(r"[ \t]*\(\Z")


def local_council_references(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """The candidates with the national council's later forms re-read as the document's own council."""
    local = next(
        (
            c
            for c in sorted(cands, key=lambda c: c.start)
            if c.type == EntityType.MUNICIPAL_BODY and c.rule in _LOCAL_RULES and c.canonical
        ),
        None,
    )
    if local is None:
        return cands
    text = scan.text
    previous: Candidate | None = None
    for c in sorted(cands, key=lambda c: c.start):
        if c.type == EntityType.AGENCY and c.canonical == _NATIONAL:
            if previous is not None and _BRACKET_GAP.search(text, previous.end, c.start):
                national = previous.type == EntityType.AGENCY  # '(BRÅ)' after a name is that name's
            else:
                national = _national(c, scan)
            if not national:
                c.type = EntityType.MUNICIPAL_BODY
                c.canonical = local.canonical
                c.rule = "local_council_reference"
        previous = c
    return cands


def _national(c: Candidate, scan: Scan) -> bool:
    """Whether the text marks a mention of the council as the national agency."""
    if c.text == "Brå" or _NATIONAL_BEFORE.search(scan.text, max(0, c.start - 30), c.start):
        return True
    return c.text[:1].isupper() and not c.text.isupper() and not scan.is_sentence_initial(c.start)
