"""Units inside the police named by their function: 'polisens utredningsenhet', 'den lokala
underrättelsetjänsten', 'vår regionala ingripandeverksamhet'.

A function compound alone ('underrättelsetjänsten') is a police unit only in a document that
names the police (resolution drops it otherwise); an owner ('polisens', 'lokalpolisområdets') or a
level ('lokala', 'regionala') is kept in the name, as the text says it. Which unit it belongs to
is read with the other hierarchy (loaders.relations.structure.hierarchy).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_police_units"]

_UNIT = Gated(
    re.compile(
        r"\b(?:(?P<named>(?:[Pp]olisregion|[Pp]olisområde|[Ll]okalpolisområde)[ \t]+[A-ZÅÄÖ][\wåäö-]*?s)[ \t]+"
        r"|(?P<owner>[Pp]olisens|[Ll]okalpolisområdets|[Pp]olisområdets|[Pp]olisregionens)[ \t]+"
        r"|(?:(?:[Dd]en|[Vv]år|[Vv]årt)[ \t]+)?(?P<level>[Ll]okala|[Rr]egionala|[Nn]ationella)[ \t]+)?"
        r"(?P<word>(?:[Uu]tredning(?:s)?|[Uu]nderrättelse|[Ii]ngripande|[Ss]panings|[Gg]ränspolis)"
        r"(?:enhet|tjänst|verksamhet|sektion|avdelning)(?:en|ens)?)\b"
    ),
    r"enhet|tjänst|verksamhet|sektion|avdelning",
)


# Units the police's genitive names ('polisens regionala insatsstyrka', 'Polisens kommunikationsavdelning'),
# and the regional command centre, which only the police has.
_OWNED = Gated(
    re.compile(
        r"\b[Pp]olisens[ \t]+(?P<name>(?:(?:regionala|lokala|nationella)[ \t]+)?[a-zåäö]{3,}"
        r"(?:styrka|styrkan|avdelning|avdelningen|sektion|sektionen|grupp|gruppen|central|centralen"
        r"|enhet|enheten|center|centret|centrum|team|teamet))\b"
    ),
    r"polisens ",
)
# A function or team named by the police area it serves: 'grova brott inom polisområde Örebro län',
# 'ledningsgruppen i region Mitt', 'utredningssektionen i lokalpolisområde Mora'.
_AREA_FUNCTION = Gated(
    re.compile(
        r"\b(?P<unit>[Gg]rova[ \t]+brott|[Ll]edningsgrupp(?:en)?|[A-ZÅÄÖa-zåäö][a-zåäö]{2,}(?:gruppen|enheten|sektionen|roteln|tjänsten))"
        r"[ \t]+(?:i|inom|vid|på)[ \t]+"
        r"(?P<area>(?P<level>[Pp]olisregion|[Pp]olisområde|[Ll]okalpolisområde|[Rr]egion)[ \t]+"
        r"(?P<place>[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+län)?))"
    ),
    r"polisregion|polisområde|region ",
)
# The area a police chief heads, named right after the title: 'lokalpolisområdeschef norra Lappland',
# 'polisområdeschef för Dalarna'. The area is the unit here, not a place the text speaks of. After
# 'i' ('lokalpolisområdeschef i Mora') the place stays a place: the role readers give the unit.
_CHIEF_OF_AREA = Gated(
    re.compile(
        r"\b(?P<level>[Ll]okalpolisområdes|[Pp]olisområdes|[Pp]olisregion)chef(?:en)?(?:[ \t]+för)?[ \t]+"
        r"(?P<area>(?:(?:[Nn]orra|[Ss]ödra|[Öö]stra|[Vv]ästra|[Mm]ellersta)[ \t]+)?[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+län)?)"
    ),
    r"områdeschef|regionchef",
)
_LEVEL_NAMES = {
    "lokalpolisområdes": "Lokalpolisområde",
    "polisområdes": "Polisområde",
    "polisregion": "Polisregion",
}
_COMMAND_CENTRE = Gated(re.compile(r"\b[Rr]egionledningscentral(?:en|ens)?\b"), r"regionledningscentral")


def find_police_units(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Candidates for police units named by their function."""
    for m in _OWNED.finditer(scan):
        name = " ".join(m.group("name").split())
        if _UNIT.pattern.fullmatch(name.split()[-1]):
            continue  # 'polisens utredningsenhet': read below, by the function's own pattern
        yield Candidate(
            m.start(), m.end(), m.group(0), EntityType.POLICE_UNIT, f"Polisens {name}", "police_owned_unit"
        )
    for m in _AREA_FUNCTION.finditer(scan):
        area = _police_area(m, lexicon)
        if area is None:
            continue
        unit = " ".join(m.group("unit").split())
        name = f"{unit[:1].upper()}{unit[1:]} {' '.join(scan.text[m.end('unit') : m.start('area')].split())} {area}"
        # The mention is the function's words alone: the area after it stays an actor of its own.
        yield Candidate(
            m.start(), m.end("unit"), m.group("unit"), EntityType.POLICE_UNIT, name, "police_area_function"
        )
    for m in _CHIEF_OF_AREA.finditer(scan):
        area = " ".join(m.group("area").split())
        level = _LEVEL_NAMES[m.group("level").lower()]
        name = f"{level} {area[:1].upper()}{area[1:]}"
        known = [e for e in lexicon.gazetteer.lookup(name) if e.type == "PoliceUnit"]
        if not known and level != "Lokalpolisområde":
            continue  # 'polisområdeschef i Mora': no police area of that name, a place
        yield Candidate(
            m.start("area"),
            m.end("area"),
            m.group("area"),
            EntityType.POLICE_UNIT,
            known[0].name if known else name,
            "police_chief_area",
            priority=3,
        )
    for m in _COMMAND_CENTRE.finditer(scan):
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            EntityType.POLICE_UNIT,
            "Regionledningscentralen",
            "police_command_centre",
            data={"needs_police": "yes"},
        )
    for m in _UNIT.finditer(scan):
        word = m.group("word")
        if not (m.group("owner") or m.group("level") or m.group("named")) and not word.endswith(
            ("en", "ens")
        ):
            continue  # 'underrättelseverksamhet' without an article is the activity, not a unit
        level, named = m.group("level"), m.group("named")
        name = f"{level.capitalize()} {word.casefold()}" if level else word[:1].upper() + word[1:]
        start = m.start("level") if level else m.start("word")
        if named:  # 'Polisregion Syds underrättelseenhet': the owning unit stays in the name
            named = " ".join(named.split())
            name, start = f"{named[:1].upper()}{named[1:]} {word.casefold()}", m.start("named")
        yield Candidate(
            start,
            m.end(),
            scan.text[start : m.end()],
            EntityType.POLICE_UNIT,
            name,
            "police_function_unit",
            data={} if m.group("owner") or m.group("named") else {"needs_police": "yes"},
        )


def _police_area(m: re.Match[str], lexicon: Lexicon) -> str | None:
    """The police area a function is named by, as the text writes it, when the gazetteer knows it.

    'region X' is a police region only where no county council is called so ('region Mitt', not
    'Region Stockholm').
    """
    level, place = m.group("level").lower(), " ".join(m.group("place").split())
    if level == "region":
        regions = lexicon.gazetteer.by_name(f"Polisregion {place}")
        if not regions or lexicon.gazetteer.by_name(f"Region {place}"):
            return None
        return f"region {place}"
    if level == "lokalpolisområde":
        return f"lokalpolisområde {place}"  # local areas change names; the text vouches for this one
    return f"{level} {place}" if lexicon.gazetteer.by_name(f"{level.capitalize()} {place}") else None
