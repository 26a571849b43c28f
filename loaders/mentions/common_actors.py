"""Common actors of local crime-prevention work named by their kind rather than by a name.

- A municipality's crime-prevention council: ``brottsförebyggande rådet i Kalix``, ``Kalix
  kommuns brottsförebyggande råd``, ``lokala Brå`` (the national Brå only without a municipality).
- The rescue service and psychiatry: ``räddningstjänsten``, ``polis, kommun och räddningstjänst``,
  ``psykiatrin``, ``barn- och ungdomspsykiatrin``.
- Municipal units by a fixed phrase: ``tekniska förvaltningen``, ``tekniska nämnden``, ``fältgruppen``,
  and ``skolan`` where it is listed beside the other partners (``skolan, socialtjänsten och polisen``).
- Municipal housing companies named by word formation on their place: ``Kalixbo``, ``Ronnebyhus``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon
from loaders.mentions.places import genitive

__all__ = ["find_common_actors"]

_NAME = rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?"
_KIND = r"brottsförebyggande|trygghetsskapande|brottsförebyggande\s+och\s+trygghetsskapande"

# 'brottsförebyggande rådet i Kalix (kommun)', 'det lokala brottsförebyggande rådet i Luleå kommun'
_COUNCIL_IN = Gated(
    re.compile(
        rf"\b(?:[Dd]et\s+)?(?:[Ll]okala\s+)?(?P<kind>[Bb]rottsförebyggande|[Tt]rygghetsskapande)\s+"
        rf"rådet(?:s)?\s+i\s+(?P<place>{_NAME})(?P<muni>\s+(?:kommun|stad))?\b"
    ),
    r"rådet",
)
# 'Kalix kommuns brottsförebyggande råd(et)'
_COUNCIL_OF = Gated(
    re.compile(
        rf"\b(?P<place>{_NAME})\s+(?:kommuns|stads)\s+(?P<kind>{_KIND})\s+råd(?:et|ets|s)?\b",
    ),
    r" råd",
)
# 'lokala Brå', 'det lokala BRÅ': the council of the document's municipality
_LOCAL_BRA = Gated(re.compile(r"\b(?:[Dd]et\s+)?[Ll]okala\s+(?:Brå|BRÅ)\b"), r"lokala")

# The rescue service, definite and bare (a named one, 'Räddningstjänsten Syd', is read elsewhere).
_RESCUE = Gated(
    re.compile(rf"\b[Rr]äddningstjänsten(?:s)?\b(?![ \t]+[{UPPER}])"),
    r"räddningstjänsten",
)
# Indefinite, beside the other partners: 'polis, kommun och räddningstjänst'.
_PARTNER = r"polis|polisen|kommun|kommunen|socialtjänst|socialtjänsten|skola|skolan|fastighetsägare"
_RESCUE_LISTED = Gated(
    re.compile(
        rf"\b(?:(?:{_PARTNER})(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?P<a>räddningstjänst)"
        rf"|(?P<b>[Rr]äddningstjänst)(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?:{_PARTNER}))\b"
    ),
    r"räddningstjänst",
)
_PSYCHIATRY = Gated(
    re.compile(r"\b(?P<word>(?:[Bb]arn-\s+och\s+ungdoms|[Vv]uxen|[Rr]ätts|[Bb]arn)?[Pp]sykiatrin)(?:s)?\b"),
    r"psykiatrin",
)
_TECHNICAL = Gated(
    re.compile(r"\b[Tt]ekniska\s+(?P<head>förvaltningen|nämnden|kontoret)(?:s)?\b"), r"tekniska"
)
_FIELD_GROUP = Gated(re.compile(r"\b[Ff]ältgruppen(?:s)?\b"), r"fältgruppen")
# 'skolan' is an actor where it is listed with the other partners, not where something happens there.
_SCHOOL_LISTED = Gated(
    re.compile(
        r"\b(?:(?:[Pp]olisen|[Ss]ocialtjänsten|[Ff]ritidsgården|[Kk]ommunen|[Ff]ältgruppen)"
        r"(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?P<a>skolan)"
        r"|(?P<b>[Ss]kolan)(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?:polisen|socialtjänsten|fritidsgården|fältgruppen))\b"
    ),
    r"skolan",
)
# 'Kalixbo', 'Ronnebyhus': a municipal housing company named by its place; 'en Kalixbo' is a resident.
_HOUSING = Gated(
    re.compile(rf"\b(?P<pre>[{UPPER}][{LOWER}]{{2,}}?)(?P<head>bo|hus)(?P<gen>s)?\b"), r"bo\b|hus\b"
)
_RESIDENT_BEFORE = re.compile(r"(?:\b(?:en|ett|varje|som|infödd|född)|\d)[ \t]+\Z", re.IGNORECASE)


def _cand(
    m: re.Match[str], type_: EntityType, canonical: str | None, rule: str, group: int | str = 0, **kw
) -> Candidate:
    start, end = m.span(group)
    return Candidate(start, end, m.string[start:end], type_, canonical, rule, **kw)


def _municipality_place(lexicon: Lexicon, name: str) -> str | None:
    """The municipality's place name when ``name`` (or its genitive) is one."""
    for form in (name, name[:-1] if name.endswith("s") else None):
        if not form:
            continue
        for entry in lexicon.gazetteer.lookup(f"{form} kommun"):
            if entry.type == "Municipality":
                return form
        for entry in lexicon.gazetteer.lookup(form):
            if entry.type == "Place" and entry.attribute("code"):
                return entry.name
    return None


def find_common_actors(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    body, agency = EntityType.MUNICIPAL_BODY, EntityType.AGENCY
    for m in _COUNCIL_IN.finditer(scan):
        place = _municipality_place(lexicon, m.group("place"))
        if place is None:
            continue
        kind = m.group("kind").casefold()
        yield _cand(
            m,
            body,
            f"{genitive(place)} {kind} råd",
            "common_crime_council",
            priority=2,
            data={"municipality_place": place},
        )
    for m in _COUNCIL_OF.finditer(scan):
        place = _municipality_place(lexicon, m.group("place"))
        if place is None:
            continue
        kind = " ".join(m.group("kind").split())
        yield _cand(
            m,
            body,
            f"{genitive(place)} {kind} råd",
            "common_crime_council",
            priority=2,
            data={"municipality_place": place},
        )
    for m in _LOCAL_BRA.finditer(scan):
        yield _cand(
            m, body, None, "common_crime_council", ref="crime_council", data={"kind": "brottsförebyggande"}
        )

    for m in _RESCUE.finditer(scan):
        yield _cand(m, agency, "Räddningstjänsten", "common_rescue", data={"qualify": "yes"})
    for m in _RESCUE_LISTED.finditer(scan):
        group = "a" if m.group("a") else "b"
        yield _cand(m, agency, "Räddningstjänsten", "common_rescue", group=group, data={"qualify": "yes"})
    for m in _PSYCHIATRY.finditer(scan):
        word = m.group("word")
        yield _cand(m, agency, word[:1].upper() + word[1:].casefold(), "common_psychiatry")

    for m in _TECHNICAL.finditer(scan):
        yield _cand(m, body, f"Tekniska {m.group('head')}", "common_unit", data={"qualify": "yes"})
    for m in _FIELD_GROUP.finditer(scan):
        yield _cand(m, body, "Fältgruppen", "common_unit", data={"qualify": "yes"})
    for m in _SCHOOL_LISTED.finditer(scan):
        group = "a" if m.group("a") else "b"
        yield _cand(m, body, "Skolan", "common_unit", group=group, data={"qualify": "yes"})

    text = scan.text
    for m in _HOUSING.finditer(scan):
        if _RESIDENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _municipality_place(lexicon, m.group("pre")) is None:
            continue
        name = m.group("pre") + m.group("head")
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == "Organisation"]
        yield _cand(
            m,
            EntityType.ORGANISATION,
            known[0].name if known else name,
            "common_housing",
            data={"kind": "housing"},
        )
