"""Criminal groups named after a noun of their kind: 'gänget Falken', 'grupperingen Svarta Örnen',
'ligan Familjen Ek', 'det kriminella nätverket Norrbyklanen', 'supportklubben Svarta Korpar'; by a
verb of naming ('gänget, som kallas Falken,'); and by a compound of a name and '-ligan' or
'-gänget': 'Byhultsligan', 'Norrby-gänget'.

The kind noun is no part of the name. 'nätverket X' alone is often a network of partners
('nätverket Trygga Byar'): only 'kriminella nätverket X' names a gang. A name the gazetteer knows
as an actor of another kind ('gänget Polisen') is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_named_gangs"]

_NAME_WORD = rf"[{UPPER}][\w&'-]*"
_AFTER_KIND = Gated(
    re.compile(
        rf"\b(?:[Gg]änget|[Gg]rupperingen|[Ll]igan|[Kk]lanen|[Kk]riminella[ \t]+(?:nätverket|gänget|grupperingen)"
        rf"|[Ss]upportklubben|[Hh]angaroundklubben|[Pp]rospectklubben|(?:MC|mc)-klubben|(?:MC|mc)-gänget)"
        rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w-])"
    ),
    r"gänget|grupperingen|ligan|klanen|kriminella|klubben",
)
# A gang's name given by a verb of naming: 'gänget, som kallas Falken,', 'det kriminella nätverket
# kallar sig X'; not 'gruppen' or 'nätverket' alone, which may be partners ('gruppen kallas Trygga Grannar').
_CALLED = Gated(
    re.compile(
        rf"\b(?:[Gg]änget|[Ll]igan|[Kk]lanen|[Kk]riminella[ \t]+(?:nätverket|gruppen|grupperingen))[ \t]*,?[ \t]+"
        rf"(?:som[ \t]+)?(?:kallas|kallar[ \t]+sig|går[ \t]+under[ \t]+namnet)[ \t]+"
        rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w-])"
    ),
    r"kallas|kallar sig|under namnet",
)
# 'Byhultsligan', 'Norrby-gänget': a proper name joined to the kind noun
_COMPOUND_NAME = Gated(
    re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]{{2,}}-?(?:ligan|gänget))(?P<gen>s)?(?![\w-])"),
    r"ligan|gänget",
)
# First parts that make an ordinary compound, no name: 'Knarkligan', 'Rånarligan' open a sentence too.
_COMMON_FIRST = (
    "knark",
    "narkotika",
    "drog",
    "rån",
    "tjuv",
    "stöld",
    "inbrotts",
    "bedrägeri",
    "vapen",
    "mc",
    "ungdoms",
)


def _known_otherwise(lexicon: Lexicon, name: str) -> bool:
    return any(e.type != EntityType.CRIMINAL_GROUP.value for e in lexicon.gazetteer.lookup(name))


def find_named_gangs(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Criminal groups named right after their kind, or by a compound of a name and their kind."""
    crim = EntityType.CRIMINAL_GROUP
    for m in _AFTER_KIND.finditer(scan):
        name = " ".join(m.group("name").split())
        if _known_otherwise(lexicon, name):
            continue  # 'gänget Polisen grep': a known actor, no gang's name
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == crim.value]
        canonical = known[0].name if known else name
        yield Candidate(m.start(), m.end(), m.group(0), crim, canonical, "named_gang", priority=2)
    for m in _CALLED.finditer(scan):
        name = " ".join(m.group("name").split())
        if _known_otherwise(lexicon, name):
            continue
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == crim.value]
        start, end = m.span("name")
        yield Candidate(
            start, end, m.group("name"), crim, known[0].name if known else name, "named_gang", priority=5
        )
    for m in _COMPOUND_NAME.finditer(scan):
        name = m.group("name")
        if name.casefold().startswith(_COMMON_FIRST) or _known_otherwise(lexicon, name):
            continue
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == crim.value]
        canonical = known[0].name if known else name
        yield Candidate(m.start(), m.end(), m.group(0), crim, canonical, "named_gang", priority=2)
