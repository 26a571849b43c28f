"""Organisations named by Swedish word formation rather than by the gazetteer.

Police units (``lokalpolisområde X``, ``polisen i X``, ``Södertäljepolisen``, ``lokalpolisen``,
``vägbrottsgruppen``), the municipality (``kommunen``, ``södertörnskommunerna``), municipal bodies
(``-nämnden``, ``-förvaltningen``, ``kommunstyrelsen``, ``kommunfullmäktige``, ``Xs
brottsförebyggande råd``), authorities (``-myndigheten``, ``-verket``, ``Xs
brandförsvarsförbund``), party letters in brackets (``(C)``) and companies (``X AB``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.lexicon import Lexicon

__all__ = ["find_organisations"]

UP = UPPER
LO = LOWER
_NAME = rf"[{UP}][{LO}]+(?:[/-][{UP}][{LO}]+)*"

# --------------------------------------------------------------------------- police

_POLICE_LEVEL = Gated(
    re.compile(
        rf"\b(?P<level>[Ll]okalpolisområde|[Pp]olisområde|[Pp]olisregion)\s+"
        rf"(?P<name>{_NAME}(?:\s+(?:{_NAME}|city|nord|syd|norr|söder|nordost|centrum))?)"
    ),
    r"polisområde|polisregion",
)
_POLICE_IN = Gated(
    re.compile(rf"\b(?P<lpo>[Ll]okal)?[Pp]olisen\s+(?P<prep>i|på)\s+(?P<place>{_NAME})(?![{LO}])"),
    r"polisen ",
)
_POLICE_COMPOUND = Gated(re.compile(rf"\b(?P<pre>[{UP}][{LO}]{{2,}}?)(?P<s>s?)polisen\b"), r"polisen")
# Police functions written as one word; "kommunpolisen" and "områdespolisen" are people, not units.
_POLICE_FUNCTION = Gated(
    re.compile(
        r"\b(?P<pre>[Tt]rafik|[Gg]räns|[Oo]rdnings|[Ss]jö|[Rr]id|[Hh]und|[Kk]riminal|[Nn]är|[Ss]äkerhets)polisen\b"
    ),
    r"polisen",
)
_LOCAL_POLICE = Gated(re.compile(r"\b[Ll]okalpolis(?:en|ens|området|områdets)\b"), r"lokalpolis")
_POLICE_TEAM = Gated(
    re.compile(
        rf"\b(?P<word>[{UP}{LO}]*?(?i:brotts|narkotika|spanings|insats|ingripande|utrednings|gäng|vapen|"
        rf"trafik|bedrägeri|tillgrepps|vålds|närpolis|polis)[{LO}]*?(?:gruppen|sektionen|roteln))\b"
    ),
    r"gruppen|sektionen|roteln",
)

# --------------------------------------------------------------------------- municipality

_THE_MUNICIPALITY = Gated(re.compile(r"\b[Kk]ommunen(?:s)?\b"), r"kommunen")
_THE_REGION = Gated(re.compile(r"\b[Rr]egionen(?:s)?\b"), r"regionen")
# "staden" is the municipality only where it acts, not where something happens ("i staden").
_THE_CITY = Gated(re.compile(r"(?<!\bi )(?<!\bpå )(?<!\bruntom )(?<!\bgenom )\b[Ss]taden(?:s)?\b"), r"staden")
_THE_COUNTY_BOARD = Gated(
    re.compile(r"\b[Ll]änsstyrelsen(?:s)?\b(?![ \t]+(?:i|på)[ \t])(?![ \t]+[A-ZÅÄÖ])"), r"länsstyrelsen"
)
_COMMITTEE = Gated(
    re.compile(
        rf"\b(?:(?P<owner>[Kk]ommunstyrelsens|[Rr]egionstyrelsens|[{UP}{LO}][{LO}]+nämndens)[ \t]+)?"
        rf"(?P<word>[{UP}{LO}]?[{LO}]*utskott)(?P<infl>et|ets)?\b"
    ),
    r"utskott",
)
_MUNICIPALITY_GROUP = Gated(
    re.compile(rf"\b(?P<pre>[{UP}{LO}]{{3,}}?)(?P<s>s?)kommuner(?:na)?s?\b"), r"kommuner"
)

# --------------------------------------------------------------------------- municipal bodies

_BODY = Gated(
    re.compile(
        rf"\b(?P<coord>(?:[{UP}{LO}][{LO}]+-(?:,\s*[{LO}]+-)*\s+(?:och|samt)\s+)?)"
        rf"(?P<pre>[{UP}{LO}][{LO}]{{2,}}?)(?P<head>nämnd|förvaltning)(?P<infl>en|ens|s)?\b"
    ),
    r"nämnd|förvaltning",
)
# A district body carries the district's name: "stadsdelsnämnden Rinkeby-Kista".
_DISTRICT_NAME = re.compile(rf"[ \t]+(?P<name>{_NAME}(?:[ \t]+{_NAME})?)")
# Compounds that are activities, not bodies: fastighetsförvaltning, kapitalförvaltning, ...
_NOT_BODY = frozenset(
    ["fastighets", "kapital", "skogs", "arvs", "egendoms", "fonds", "portfölj", "till", "ut", "över", "jämn"]
)
_BOARD = Gated(
    re.compile(
        r"\b(?P<pre>[Kk]ommun|[Rr]egion|[Ss]tadsdels|[Ss]tadsdel)(?P<head>styrelse|fullmäktige)(?P<infl>n|ns|s)?\b"
    ),
    r"styrelse|fullmäktige",
)
_COUNCIL_BARE = Gated(re.compile(r"\b[Ff]ullmäktige(?:s)?\b"), r"fullmäktige")
_OFFICE = Gated(
    re.compile(
        r"\b(?P<pre>[Ss]tadslednings|[Kk]ommunlednings|[Rr]egionlednings|[Ss]tadsbyggnads|[Ss]amhällsbyggnads)"
        r"(?P<head>kontor|förvaltning)(?P<infl>et|ets|en|ens)?\b"
    ),
    r"kontor|förvaltning",
)
_SOCIAL_SERVICES = Gated(
    re.compile(r"\b(?P<pre>[Ss]ocial|[Ss]kol|[Ff]ritids)(?P<head>tjänst)(?P<infl>en|ens)\b"), r"tjänsten"
)
_CRIME_COUNCIL = Gated(
    re.compile(
        rf"\b(?:(?P<gen>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)|(?P<det>[Kk]ommunens|[Dd]et\s+lokala|[Ll]okala|"
        rf"[Vv]årt|[Ee]tt\s+lokalt))\s+(?P<name>brottsförebyggande|trygghetsskapande|brottsförebyggande\s+och\s+"
        rf"trygghetsskapande|trygghets-\s+och\s+brottsförebyggande)\s+råd(?P<infl>et|ets|s)?\b"
    ),
    r" råd",
)
_COUNCIL_COMPOUND = Gated(
    re.compile(
        r"\b(?P<pre>[Tt]rygghets|[Uu]ngdoms|[Pp]ensionärs|[Tt]illgänglighets|[Ff]olkhälso|[Ff]unktionshinders?|"
        r"[Ii]ntegrations)råd(?P<infl>et|ets)\b"
    ),
    r"rådet",
)

# --------------------------------------------------------------------------- authorities

_AGENCY = Gated(
    re.compile(
        rf"\b(?P<word>[{UP}][{LO}]{{2,}}(?:myndigheten|inspektionen|ombudsmannen|verket|styrelsen))(?P<gen>s?)\b"
    ),
    r"myndighet|inspektion|ombudsman|verket|styrelsen",
)
_NOT_AGENCY = frozenset(
    [
        "nätverket",
        "hantverket",
        "kraftverket",
        "fyrverket",
        "sågverket",
        "urverket",
        "konstverket",
        "stålverket",
        "reningsverket",
        "vattenverket",
        "värmeverket",
        "kommunstyrelsen",
        "regionstyrelsen",
        "stadsdelsstyrelsen",
        "bolagsstyrelsen",
        "föreningsstyrelsen",
        "klubbstyrelsen",
    ]
)
_FEDERATION = Gated(
    re.compile(
        rf"\b(?P<gen>[{UP}][{LO}]+s)\s+(?P<word>[{LO}]*(?:brandförsvars|räddningstjänst|räddnings|kommunal|"
        rf"samordnings)förbund)(?P<infl>et|ets|s)?\b"
    ),
    r"förbund",
)
_RESCUE_SERVICE = Gated(
    re.compile(rf"\b[Rr]äddningstjänsten\s+(?P<name>{_NAME}(?:\s+{_NAME})?)"), r"räddningstjänsten "
)

# --------------------------------------------------------------------------- parties, companies

_PARTY_LETTER = Gated(re.compile(r"\((?P<letter>S|M|SD|C|V|KD|L|MP|Mp|Kd|Sd)\)"), r"\(")
_PARTY_PREFIX = Gated(
    re.compile(
        r"\b(?P<letter>S|M|SD|C|V|KD|L|MP)-(?:politiker|ledamot|ledamöter|grupp|kommunalråd|ordförande|"
        r"företrädare|ledare|styre|styrd|topp|märkt)[a-zåäö]*\b"
    ),
    r"-",
)
# Associations and foundations: "Föreningen Fältarbetarna", "Flemingsbergs företagarförening",
# "Stiftelsen Fryshuset".
_ASSOCIATION = Gated(
    re.compile(
        rf"\b(?:(?P<kind>[Ff]öreningen|[Ss]tiftelsen|[Ii]drottsföreningen)[ \t]+(?P<name>[{UP}][\w-]*(?:[ \t]+[{UP}][\w-]*)*)"
        rf"|(?P<owner>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)[ \t]+(?P<word>[{UP}{LO}][{LO}]*förening(?:en)?))\b"
    ),
    r"förening|stiftelse",
)
# Sports clubs: "Jämjö IF", "Rinkeby United FC", "Hammarby IF".
_CLUB = Gated(
    re.compile(
        rf"\b(?P<name>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)[ \t]+(?:IF|IK|BK|FF|SK|FK|HK|FC|AIK|GIF|IBK|BoIS|GoIF|SoIK|BTK)\b"
    ),
    r" (?:if|ik|bk|ff|sk|fk|hk|fc|aik|gif|ibk|bois|goif|soik|btk)\b",
)
_COMPANY = Gated(
    re.compile(rf"\b(?P<name>(?:[{UP}][\w&.-]*[ \t]+(?:(?:och|&)[ \t]+)?){{0,3}}[{UP}][\w&.-]*)[ \t]+AB\b"),
    r" ab",
)
# Local newspapers beyond the gazetteer: "Nacka Värmdö Posten", "Norrtäljeposten".
_NEWSPAPER = Gated(
    re.compile(
        rf"\b(?P<name>(?:[{UP}][{LO}]+[ \t-]){{1,3}}(?:Posten|Tidning(?:en|ar)?|Kuriren|Allehanda|Dagblad(?:et)?|"
        rf"Nyheter|Bladet)|[{UP}][{LO}]+(?:posten|bladet|kuriren|tidningen))\b"
    ),
    r"posten|tidning|kuriren|allehanda|dagblad|nyheter|bladet",
)


# Words that may open a sentence before a company name ("Enligt Bostadsbolaget AB").
# fmt: off
_FUNCTION_WORDS = frozenset(
    [
        "enligt", "men", "och", "både", "även", "med", "hos", "av", "för", "från", "till", "i", "på", "det",
        "den", "de", "en", "ett", "när", "där", "som", "nu", "idag", "då", "under", "efter", "inom", "mot",
        "vid", "om", "kontakta", "läs", "bland",
    ]
)
# fmt: on


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _cand(
    m: re.Match[str], type_: EntityType, canonical: str | None, rule: str, group: int | str = 0, **kw: object
) -> Candidate:
    start, end = m.span(group)
    return Candidate(start, end, m.string[start:end], type_, canonical, rule, **kw)  # type: ignore[arg-type]


def _known_place(lexicon: Lexicon, name: str) -> str | None:
    """The canonical name of a known place called ``name`` (or its genitive), else None."""
    for entry in lexicon.gazetteer.lookup(name):
        if entry.type == "Place":
            return entry.name
    # the genitive (Södertörns), or a compound part of a definite name (roslags- for Roslagen)
    for form in (name[:-1] if name.endswith("s") else None, name[:-1] + "en" if name.endswith("s") else None):
        if form:
            for entry in lexicon.gazetteer.lookup(form):
                if entry.type == "Place":
                    return entry.name
    return None


def find_organisations(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Candidates for police units, municipalities, municipal bodies, authorities, parties, companies."""
    text = scan.text
    gaz = lexicon.gazetteer
    police, body, agency = EntityType.POLICE_UNIT, EntityType.MUNICIPAL_BODY, EntityType.AGENCY

    for m in _POLICE_LEVEL.finditer(scan):
        surface = m.group(0)
        known = [e for e in gaz.lookup(surface) if e.type == "PoliceUnit"]
        name = known[0].name if known else f"{_cap(m.group('level'))} {m.group('name')}"
        yield _cand(m, police, name, "police_level")
    for m in _POLICE_IN.finditer(scan):
        yield _cand(
            m,
            police,
            None,
            "police_in",
            ref="police_in",
            data={
                "place": m.group("place"),
                "prep": m.group("prep"),
                "local": "yes" if m.group("lpo") else "",
            },
        )
    for m in _POLICE_COMPOUND.finditer(scan):
        if m.group("pre").casefold() in ("lokal", "kommun", "område", "områdes", "bil", "kvarter"):
            continue
        place = _known_place(lexicon, m.group("pre") + m.group("s"))
        if place is not None:
            yield _cand(m, police, m.group(0), "police_compound", data={"place": place})
    for m in _POLICE_FUNCTION.finditer(scan):
        yield _cand(m, police, _cap(m.group(0)), "police_function")
    for m in _LOCAL_POLICE.finditer(scan):
        yield _cand(m, police, None, "local_police", ref="lpo")
    for m in _POLICE_TEAM.finditer(scan):
        word = m.group("word")
        if word.casefold().startswith(("arbets", "referens", "styr", "projekt")):
            continue
        yield _cand(m, police, _cap(word), "police_team", data={"needs_police": "yes"})

    for m in _THE_MUNICIPALITY.finditer(scan):
        yield _cand(m, EntityType.MUNICIPALITY, None, "the_municipality", ref="municipality")
    for m in _THE_REGION.finditer(scan):
        yield _cand(m, EntityType.MUNICIPALITY, None, "the_region", ref="region")
    for m in _THE_CITY.finditer(scan):
        yield _cand(m, EntityType.MUNICIPALITY, None, "the_city", ref="city")
    for m in _THE_COUNTY_BOARD.finditer(scan):
        yield _cand(m, agency, None, "the_county_board", ref="county_board")
    for m in _COMMITTEE.finditer(scan):
        word = m.group("word")
        if word.lower() in ("utskott", "justitieutskott"):
            continue  # the Riksdag's committees are in the gazetteer
        owner = m.group("owner")
        if owner:
            name = f"{_cap(owner.lower())} {word.lower()}"
        elif word.lower() == "arbetsutskott" and m.group("infl"):
            name = "Kommunstyrelsens arbetsutskott"
        else:
            continue
        yield _cand(m, body, name, "committee", data={"qualify": "yes"})
    for m in _MUNICIPALITY_GROUP.finditer(scan):
        pre = m.group("pre")
        if _known_place(lexicon, _cap(pre + m.group("s"))) is None:
            continue
        yield _cand(
            m,
            EntityType.MUNICIPALITY,
            f"{_cap(pre)}{m.group('s')}kommunerna",
            "municipality_group",
            generic=True,
        )

    for m in _BODY.finditer(scan):
        pre = m.group("pre")
        if pre.casefold() in _NOT_BODY:
            continue
        if m.group("head") == "förvaltning" and not m.group("infl") and not pre[0].isupper():
            continue  # "förvaltning" without an ending is mostly the activity ("god förvaltning")
        head = "nämnden" if m.group("head") == "nämnd" else "förvaltningen"
        name = _cap(m.group("coord") + pre + head)
        district = _DISTRICT_NAME.match(text, m.end()) if pre.lower().startswith("stadsdel") else None
        if district and m.group("infl") in ("en", None):
            end = district.end()
            yield Candidate(
                m.start(), end, text[m.start() : end], body, f"{name} {district.group('name')}", "body"
            )
            continue
        yield _cand(m, body, name, "body", data={"qualify": "yes"})
    for m in _BOARD.finditer(scan):
        head = m.group("head")
        name = _cap(m.group("pre").casefold() + ("styrelsen" if head == "styrelse" else head))
        yield _cand(m, body, name, "board", data={"qualify": "yes"})
    for m in _COUNCIL_BARE.finditer(scan):
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        yield _cand(m, body, None, "council", ref="council", data={"qualify": "yes"})
    for m in _OFFICE.finditer(scan):
        head = "kontoret" if m.group("head") == "kontor" else "förvaltningen"
        yield _cand(m, body, _cap(m.group("pre").casefold() + head), "office", data={"qualify": "yes"})
    for m in _SOCIAL_SERVICES.finditer(scan):
        yield _cand(m, body, _cap(m.group("pre").casefold() + "tjänsten"), "service", data={"qualify": "yes"})
    for m in _CRIME_COUNCIL.finditer(scan):
        kind = " ".join(m.group("name").split())
        gen = m.group("gen")
        if gen:
            place = _known_place(lexicon, gen)
            if place is None:
                continue
            yield _cand(m, body, f"{gen} {kind} råd", "crime_council", data={"municipality_place": place})
        else:
            yield _cand(m, body, None, "crime_council", ref="crime_council", data={"kind": kind})
    for m in _COUNCIL_COMPOUND.finditer(scan):
        yield _cand(
            m, body, _cap(m.group("pre").casefold() + "rådet"), "council_compound", data={"qualify": "yes"}
        )

    for m in _AGENCY.finditer(scan):
        word = m.group("word")
        if word.casefold() in _NOT_AGENCY or word.endswith("nätverket"):
            continue
        if scan.is_sentence_initial(m.start()) and not gaz.lookup(word):
            # "Nätverket ..." at the start of a sentence is no name; known agencies come from the gazetteer.
            continue
        yield _cand(m, agency, word, "agency_suffix")
    for m in _FEDERATION.finditer(scan):
        yield _cand(m, agency, f"{m.group('gen')} {m.group('word')}", "federation")
    for m in _RESCUE_SERVICE.finditer(scan):
        yield _cand(m, agency, f"Räddningstjänsten {m.group('name')}", "rescue_service")

    for m in _PARTY_LETTER.finditer(scan):
        entry = gaz.party_by_letter(m.group("letter"))
        if entry is not None:
            yield _cand(m, EntityType.POLITICAL_PARTY, entry.name, "party_letter")
    for m in _PARTY_PREFIX.finditer(scan):
        entry = gaz.party_by_letter(m.group("letter"))
        if entry is not None:
            yield _cand(m, EntityType.POLITICAL_PARTY, entry.name, "party_prefix", group="letter")
    for m in _NEWSPAPER.finditer(scan):
        start = m.start()
        words = m.group("name").split()
        while len(words) > 2 and words[0].casefold() in _FUNCTION_WORDS:
            words.pop(0)
        start = text.index(words[0], start)
        surface = text[start : m.end()]
        if scan.is_sentence_initial(start) and len(words) == 1:
            continue
        yield Candidate(
            start, m.end(), surface, EntityType.ORGANISATION, " ".join(surface.split()), "newspaper"
        )
    for m in _ASSOCIATION.finditer(scan):
        if m.group("kind"):
            known = [e for e in gaz.lookup(m.group("name")) if e.type == "Organisation"]
            name = known[0].name if known else f"{_cap(m.group('kind'))} {m.group('name')}"
            yield _cand(m, EntityType.ORGANISATION, name, "association")
            continue
        owner, word = m.group("owner").split(), m.group("word")
        while owner and owner[0].casefold() in _FUNCTION_WORDS:
            owner.pop(0)  # "Även Fittja Idrottsförening"
        if not owner or word.lower().startswith(("bostadsrätts", "samfällighets")):
            continue  # a housing cooperative is a group of residents, not an actor here
        start = text.index(owner[0], m.start())
        surface = text[start : m.end()]
        yield Candidate(
            start, m.end(), surface, EntityType.ORGANISATION, " ".join(surface.split()), "association"
        )
    for m in _CLUB.finditer(scan):
        start = m.start()
        words = m.group("name").split()
        if len(words) > 1 and words[0].casefold() in _FUNCTION_WORDS:
            start = text.index(words[1], start)  # "Enligt Hammarby IF"
        surface = text[start : m.end()]
        yield Candidate(start, m.end(), surface, EntityType.ORGANISATION, " ".join(surface.split()), "club")
    for m in _COMPANY.finditer(scan):
        words = m.group("name").split()
        while len(words) > 1 and words[0].casefold() in _FUNCTION_WORDS:
            words.pop(0)
        name = " ".join(words)
        start = text.rfind(name, m.start(), m.end())
        yield Candidate(
            start, m.end(), text[start : m.end()], EntityType.ORGANISATION, f"{name} AB", "company"
        )
