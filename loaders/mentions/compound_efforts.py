"""Joint groups and meetings named by a compound of collaboration: 'samverkansgruppen',
'EST-gruppen', 'trygghetsmöte', 'medborgarmöte'.

A group or a recurring meeting whose compound says it is for collaboration, safety or the
citizens is a standing joint effort (ONTOLOGY.md: a described joint effort is an initiative),
as is one named after a method's acronym ('SSPF-gruppen' runs SSPF) and a task force set up
for an effort ('insatsgruppen', as in 'sociala insatsgrupper'). A compound of another
kind ('arbetsgrupp', 'föräldramöte', 'ledningsgrupp') names a body or an event of an
organisation, not an effort. Meetings count in the singular ('ett trygghetsmöte'): in the plural
('samverkansmöten') they are the way a method works and belong to it, and 'ett samverkansmöte
mellan ...' is read with its partners as a described effort of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.effort_phrases import named_as_example
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_compound_efforts"]

_JOINT = r"samverkans|samarbets|trygghets|myndighets|[A-ZÅÄÖ]{2,6}-"
_COMPOUND = Gated(
    re.compile(
        rf"(?<![\w-])(?:(?P<group>(?:{_JOINT}|insats)grupp)(?:en|ens|er|erna)?"
        rf"|(?P<meeting>(?:{_JOINT}|medborgar)möte)(?:t|ts)?)(?![\w-])",
        re.IGNORECASE,
    ),
    r"grupp|möte",
)
# "samverkansmöte mellan kommun och polis": the meeting with its partners, read elsewhere.
_PARTNERS_AFTER = re.compile(r"[ \t]+(?:mellan|med)\b")


def find_compound_efforts(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Initiative candidates for joint groups and meetings, named in the indefinite singular."""
    del lexicon  # read from the word alone
    text = scan.text
    for m in _COMPOUND.finditer(scan):
        if named_as_example(text, m.start()):
            continue
        if m.group("meeting") and _PARTNERS_AFTER.match(text, m.end()):
            continue
        base = m.group("group") or m.group("meeting")
        name = base if base[: base.find("-") + 1].isupper() and "-" in base else base.lower()
        yield Candidate(
            m.start(), m.end(), m.group(0), EntityType.INITIATIVE, name, "compound_effort", priority=1
        )
