"""Mentions of actors in a sentence: where a name stands and what type it has."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import EntityType


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: EntityType
    canonical: str  # the name the mention resolves to


_ORG_SUFFIXES: list[tuple[re.Pattern[str], EntityType]] = [
    (
        re.compile(r"\b[A-ZÅÄÖ][\wåäö-]*(?:-? och [\wåäö-]+)?(nämnden|styrelsen|förvaltningen)\b"),
        EntityType.MUNICIPAL_BODY,
    ),
    (re.compile(r"\b[A-ZÅÄÖ][\wåäö]+ kommun\b"), EntityType.MUNICIPALITY),
    (re.compile(r"\b[Ll]okalpolisområde [A-ZÅÄÖ][\wåäö]+\b"), EntityType.POLICE_UNIT),
    (re.compile(r"\b[Pp]olisen\b"), EntityType.POLICE_UNIT),
    (re.compile(r"\b[A-ZÅÄÖ][\wåäö]+(verket|vården|myndigheten)\b"), EntityType.AGENCY),
]


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Mentions in text[start:end], by organisation suffixes (a first, minimal pass)."""
    found: list[Mention] = []
    window = text[start:end]
    for pattern, type_ in _ORG_SUFFIXES:
        for m in pattern.finditer(window):
            surface = m.group(0)
            canonical = surface[0].upper() + surface[1:]
            found.append(Mention(start + m.start(), start + m.end(), surface, type_, canonical))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
