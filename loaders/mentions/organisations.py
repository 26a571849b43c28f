"""Organisations named by Swedish word formation rather than by the gazetteer.

Police units (``lokalpolisområde X``, ``polisen i X``, ``Södertäljepolisen``, ``lokalpolisen``,
``vägbrottsgruppen``), the municipality (``kommunen``, ``södertörnskommunerna``), municipal bodies
(``-nämnden``, ``-förvaltningen``, ``kommunstyrelsen``, ``kommunfullmäktige``, ``Xs
brottsförebyggande råd``, units ``-enheten``/``-avdelningen``, ``socialtjänsten``,
``fritidsgårdsverksamheten``), authorities (``-myndigheten``, ``-verket``, ``Xs
brandförsvarsförbund``, universities: ``X universitet``, ``Högskolan i X``, state agencies unless
the gazetteer lists them as independent), party letters in brackets (``(C)``), companies (``X
AB``, ``Bostads AB X``, ``X Aktiebolag``), municipal housing companies (``Xhem``,
``Xbostäder``, ``X Bostäder``), sports clubs (``X IF``, ``IFK X``), associations and museums.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import FUNCTION_WORDS as _FUNCTION_WORDS
from loaders.language.words import is_common_word, is_ordinary_opening
from loaders.mentions.body_places import municipality_before
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon
from loaders.mentions.places import genitive

__all__ = ["find_organisations"]

UP = UPPER
LO = LOWER
_NAME = rf"[{UP}][{LO}]+(?:[/-][{UP}][{LO}]+)*"

# --------------------------------------------------------------------------- police

_POLICE_LEVEL = Gated(
    re.compile(
        rf"\b(?P<level>[Ll]okalpolisområde|[Pp]olisområde|[Pp]olisregion|LPO)\s+"
        rf"(?P<name>(?:(?:norra|södra|östra|västra|mellersta)\s+)?{_NAME}"
        rf"(?:\s+(?:{_NAME}|city|nord|syd|norr|söder|nordost|centrum))?)(?P<tail>\s+[{LO}]+)?"
    ),
    r"polisområde|polisregion|lpo",
)
# The police regions by their bare names: no county or health region is called 'region Mitt'.
_POLICE_REGION = Gated(
    re.compile(r"\b(?:[Pp]olis)?[Rr]egion(?:en)?\s+(?P<name>Mitt|Nord|Syd|Öst|Väst|Bergslagen)\b"), r"region"
)
_POLICE_IN = Gated(
    re.compile(
        rf"\b(?P<lpo>[Ll]okal)?[Pp]olis(?:en|myndigheten)\s+(?P<prep>i|på)\s+"
        rf"(?P<place>(?:(?:norra|södra|östra|västra|mellersta)\s+)?{_NAME}(?P<second>\s+{_NAME})?)(?![{LO}])"
    ),
    r"polisen |polismyndigheten ",
)
_COMPASS = re.compile(r"(?:Norra|Södra|Östra|Västra|Mellersta)\s")
# The police signing by its area, without a preposition: 'Polisen Gävleborg', 'Polisen Sundsvall'.
_POLICE_AREA_NAME = Gated(
    re.compile(rf"\bPolisen[ \t]+(?P<place>[{UP}][{LO}]+(?:[ \t]+län)?)(?![\w-])"),
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
# A district body carries the district's name: "stadsdelsnämnden Rinkeby-Kista", "stadsområdesförvaltning Norr".
_DISTRICT_BODY = ("stadsdel", "stadsområde")
_DISTRICT_NAME = re.compile(rf"[ \t]+(?P<name>{_NAME}(?:[ \t]+{_NAME})?)")
# Compounds that are activities, not bodies: fastighetsförvaltning, kapitalförvaltning, ...
_NOT_BODY = frozenset(
    [
        "fastighets",
        "kapital",
        "skogs",
        "arvs",
        "egendoms",
        "fonds",
        "portfölj",
        "till",
        "ut",
        "över",
        "jämn",
        "övervaknings",
        "hyres",
    ]
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
        r"\b(?P<pre>[Ss]tadslednings|[Kk]ommunlednings|[Rr]egionlednings|[Ss]tadsbyggnads|[Ss]amhällsbyggnads"
        r"|[Ss]tads|[Gg]atu|[Ff]astighets|[Mm]iljö|[Ee]xploaterings|[Tt]rafik|[Ss]ocial|[Kk]ultur|[Ff]ritids"
        r"|[Nn]äringslivs|[Ss]kol)"
        r"(?P<head>kontor|förvaltning)(?P<infl>et|ets|en|ens)?\b"
    ),
    r"kontor|förvaltning",
)
# Prefixes that name a municipal office only as 'X-kontoret': 'Gatukontoret', 'Stadskontoret'.
_OFFICE_ONLY = frozenset(
    {
        "stads",
        "gatu",
        "fastighets",
        "miljö",
        "exploaterings",
        "trafik",
        "social",
        "kultur",
        "fritids",
        "näringslivs",
        "skol",
    }
)
# The document's municipality as owner: 'kommunens socialtjänst', 'stadens skoltjänst'.
_OWN_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:[Kk]ommunens|[Ss]tadens)[ \t]+\Z")
_SOCIAL_SERVICES = Gated(
    re.compile(r"\b(?P<pre>[Ss]ocial|[Ss]kol|[Ff]ritids)(?P<head>tjänst)(?P<infl>en|ens)?\b"), r"tjänst"
)
# The social services' office for individuals and families, by its usual names: 'individ- och
# familjeomsorgen', 'familjeomsorgen', 'IFO'.
_FAMILY_CARE = Gated(
    re.compile(r"\b(?:[Ii]ndivid-\s+och\s+familjeomsorg(?:en|ens)|[Ff]amiljeomsorg(?:en|ens)|IFO)(?![\w-])"),
    r"omsorg|ifo",
)
_CRIME_COUNCIL = Gated(
    re.compile(
        rf"\b(?:(?P<gen>(?!(?:Kommunens|Det|Lokala?|Vårt|Ett)\b)[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)|(?P<det>[Kk]ommunens|[Dd]et\s+lokala|[Ll]okala?|"
        rf"[Vv]årt|[Ee]tt\s+lokalt))\s+(?P<name>brottsförebyggande|trygghetsskapande|brottsförebyggande\s+och\s+"
        rf"trygghetsskapande|trygghets-\s+och\s+brottsförebyggande)\s+råd(?P<infl>et|ets|s)?\b"
    ),
    r" råd",
)
# A local crime prevention council by its short name: 'Umebrå', 'Sala-BRÅ', 'Mora Brå' (not the
# national Brå, not the county's 'Läns-BRÅ').
_LOCAL_BRA = Gated(
    re.compile(
        rf"\b(?P<pre>[{UP}][{LO}]{{1,14}}?)(?P<sep>-|[ \t])?(?P<bra>brå|Brå|BRÅ)(?P<infl>:s|s)?(?![\w-])"
    ),
    r"brå",
)
_COUNCIL_COMPOUND = Gated(
    re.compile(
        r"\b(?P<coord>(?:[Tt]rygghets|[Bb]rottsförebyggande|[Ff]olkhälso|[Uu]ngdoms)-\s+(?:och|samt)\s+)?"
        r"(?P<pre>[Tt]rygghets|[Uu]ngdoms|[Pp]ensionärs|[Tt]illgänglighets|[Ff]olkhälso|[Ff]unktionshinders?|"
        r"[Ii]ntegrations)råd(?P<infl>et|ets)?\b"
    ),
    r"råd",
)
# A unit with a name of its own: 'enheten för Trygghet och säkerhet', 'samverkansenheten Trygghet och säkerhet'.
_NAMED_UNIT = Gated(
    re.compile(
        rf"\b(?P<unit>[{LO}]*(?:enheten|avdelningen|sektionen)|Enheten|Avdelningen|Sektionen)[ \t]+(?:för[ \t]+)?"
        rf"(?P<name>[{UP}][{LO}]+(?:[ \t]+(?:och|&)[ \t]+[{LO}]+)?)(?![\w-])(?![ \t]+[{UP}])"
    ),
    r"enheten|avdelningen|sektionen",
)
# The social services, indefinite, beside the other partners: 'polis och socialtjänst'.
_SOCIAL_SERVICES_BARE = Gated(
    re.compile(
        r"\b(?:(?:[Pp]olis|[Ss]kola|[Ff]ritid)(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?P<a>socialtjänst)"
        r"|(?P<b>[Ss]ocialtjänst)(?:,|[ \t]+och|[ \t]+samt)[ \t]+(?:polis|skola|fritid))\b"
    ),
    r"socialtjänst",
)

# Units of the municipality: "Tillståndsenheten", "ekonomiavdelningen", "kommunens ungdomsenhet".
_UNIT = Gated(
    re.compile(
        rf"\b(?:(?P<owner>[Kk]ommunens|[Ss]tadens)[ \t]+)?"
        rf"(?P<coord>(?:[{UP}{LO}][{LO}]+-[ \t]+(?:och|samt)[ \t]+)?)(?P<pre>[{UP}{LO}][{LO}]{{2,}}?)(?P<head>enhet|avdelning)"
        rf"(?P<infl>en|ens)?\b"
    ),
    r"enhet|avdelning",
)
# Units of the police, the health service or a state agency, and words that name no unit.
# fmt: off
_NOT_UNIT = frozenset(
    [
        "polis", "utrednings", "underrättelse", "ingripande", "gränspolis", "kriminal", "spanings", "insats",
        "akut", "intensiv", "intensivvårds", "vård", "psykiatri", "psykiatrisk", "förlossnings", "sjukhus",
        "special", "sam", "tids", "mät", "kontroll", "skatte", "tull", "migrations", "sjuk", "barnavårds",
        "led", "bo", "av", "om", "rese", "ut", "ford", "riks", "nationella", "region",
    ]
)
# fmt: on
# Municipal services named as "-verksamheten": "fritidsgårdsverksamheten", "fältverksamheten".
_SERVICE = Gated(
    re.compile(
        r"\b(?P<pre>[Ff]ritidsgårds|[Ff]ritids|[Ff]ält|[Uu]ngdoms|[Öö]ppna[ \t]+|[Kk]ultur|[Ff]ritidsklubbs)"
        r"(?P<head>verksamheten)(?P<infl>s)?\b"
    ),
    r"verksamheten",
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
# Courts and the state's own nämnder, named by their kind: 'tingsrätten', 'övervakningsnämnden'.
_COURT = Gated(
    re.compile(
        r"\b(?P<word>[Tt]ingsrätt|[Hh]ovrätt|[Ff]örvaltningsrätt|[Kk]ammarrätt|[Mm]igrationsdomstol"
        r"|[Öö]vervakningsnämnd|[Hh]yresnämnd)(?:en|ens)\b"
    ),
    r"rätten|domstolen|nämnden",
)
# A state agency's county or regional unit: 'Kriminalvården i Halland', 'Skatteverket i Skåne län'.
_REGIONAL_UNIT = Gated(
    re.compile(
        rf"\b(?P<agency>[{UP}][{LO}]{{2,}}(?:vården|verket|myndigheten|kassan|förmedlingen|fogden|tjänsten))"
        rf"[ \t]+i[ \t]+(?P<place>[{UP}][{LO}]+(?:[ \t]+län)?)\b"
    ),
    r"vården i |verket i |myndigheten i |kassan i |förmedlingen i |fogden i |tjänsten i ",
)
_REGIONAL_KINDS = frozenset({"län", "landskap", "landsdel"})
_RESCUE_SERVICE = Gated(
    re.compile(rf"\b[Rr]äddningstjänsten\s+(?P<name>{_NAME}(?:\s+{_NAME})?)"), r"räddningstjänsten "
)

# Universities and university colleges: "Karlstads universitet", "Högskolan i Gävle", "Högskolan Dalarna".
_UNIVERSITY = Gated(
    re.compile(
        rf"\b(?:(?P<gen>[{UP}][{LO}]+)[ \t]+(?P<kind>universitet|högskola)(?![\w-])"
        rf"|(?P<hs>Högskolan)[ \t]+(?P<i>i[ \t]+)?(?P<name>[{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?))"
    ),
    r"universitet|högskola",
)

# Museums named by their place: "Västerbottens museum", "Upplandsmuseet".
_MUSEUM = Gated(
    re.compile(rf"\b(?:(?P<gen>[{UP}][{LO}]+)[ \t]+museum|(?P<word>[{UP}][{LO}]{{2,}}museet))(?![\w-])"),
    r"museum|museet",
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
        rf"\b(?P<name>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)[ \t]+"
        rf"(?:IF|IK|BK|FF|SK|FK|HK|FC|AIK|GIF|IBK|BoIS|GoIF|SoIK|BTK|Guif|GUIF|IBF|HF|FBC|BBK|AIF|BoIK|DIF|FBK)\b"
    ),
    r" (?:if|ik|bk|ff|sk|fk|hk|fc|aik|gif|ibk|bois|goif|soik|btk|guif|ibf|hf|fbc|bbk|aif|boik|dif|fbk)\b",
)
# Clubs whose letters come first: "IFK Norrköping", "IK Sirius", "BK Häcken", "FC Rosengård".
_CLUB_PREFIX = Gated(
    re.compile(
        rf"\b(?P<pre>IFK|IF|IK|BK|FC|FK|GIF|HK|IBK|SK)[ \t]+(?P<name>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)(?![\w-])"
    ),
    r"\b(?:ifk|if|ik|bk|fc|fk|gif|hk|ibk|sk) ",
)
_COMPANY = Gated(
    re.compile(
        rf"\b(?P<name>(?:[{UP}][\w&.-]*[ \t]+(?:(?:och|&)[ \t]+)?){{0,3}}[{UP}][\w&.-]*)[ \t]+"
        rf"(?P<suffix>AB|Aktiebolag)\b"
    ),
    r" ab|aktiebolag",
)
# "Bostads AB Mimer", "AB Gavlegårdarna", "Aktiebolaget Stångåstaden": the company form before the name.
_COMPANY_PREFIX = Gated(
    re.compile(
        rf"\b(?P<pre>(?:(?:Bostads|Fastighets|Förvaltnings|Bostadsstiftelsen)[ \t]+)?(?:AB|Aktiebolaget))[ \t]+"
        rf"(?P<name>[{UP}][\w&-]*(?:[ \t]+[{UP}][\w&-]*){{0,2}}(?:[ \t]+i[ \t]+[{UP}][{LO}]+)?)"
    ),
    r"\bab |aktiebolaget ",
)
# Company forms that a name follows rather than precedes.
_COMPANY_KINDS = frozenset(["bostads", "fastighets", "förvaltnings", "bostadsstiftelsen"])
# Municipal housing companies named by their place: "Ljusdalshem", "Mölndalsbostäder", "Haninge Bostäder".
_HOUSING = Gated(
    re.compile(
        rf"\b(?P<pre>[{UP}][{LO}]{{2,}}?(?:-[{UP}][{LO}]+)?)(?P<sep>[ \t]?)"
        rf"(?P<head>hem|bostäder|byggen|Hem|Bostäder|Byggen|Fastigheter|Bostad)(?P<gen>s)?\b"
    ),
    r"hem\b|bostäder|byggen|fastigheter|bostad\b",
)
# Local newspapers beyond the gazetteer: "Nacka Värmdö Posten", "Norrtäljeposten".
_NEWSPAPER = Gated(
    re.compile(
        rf"\b(?P<name>(?:[{UP}][{LO}]+[ \t-]){{1,3}}(?:Posten|Tidning(?:en|ar)?|Kuriren|Allehanda|Dagblad(?:et)?|"
        rf"Nyheter|Bladet)|[{UP}][{LO}]+(?:posten|bladet|kuriren|tidningen))\b"
    ),
    r"posten|tidning|kuriren|allehanda|dagblad|nyheter|bladet",
)


# A genitive owner right before a unit: "Skatteverkets", "polisens".
_OWNER_GENITIVE = re.compile(rf"(?<![\w-])(?!(?:[Kk]ommunens|[Ss]tadens)\b)[{UP}{LO}][{LO}]+s[ \t]+\Z")
# A capitalised word right before: the letters after it end its name.
_CAPITAL_BEFORE = re.compile(rf"[{UP}][\w&.-]*[ \t]+\Z")


_CAPITAL_AFTER = re.compile(rf"[ \t]+[{UP}]")


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
        # A lower-case word after the name belongs to it only when the gazetteer says so ('Piteå älvdal').
        end = m.end() if m.group("tail") else m.end("name")
        known = [e for e in gaz.lookup(text[m.start() : end]) if e.type == "PoliceUnit"]
        if not known and m.group("tail"):
            end = m.end("name")
            known = [e for e in gaz.lookup(text[m.start() : end]) if e.type == "PoliceUnit"]
        level = "Lokalpolisområde" if m.group("level") == "LPO" else _cap(m.group("level"))
        name = known[0].name if known else f"{level} {m.group('name')}"
        yield Candidate(m.start(), end, text[m.start() : end], police, name, "police_level")
    for m in _POLICE_REGION.finditer(scan):
        yield _cand(m, police, f"Polisregion {m.group('name')}", "police_region")
    for m in _POLICE_IN.finditer(scan):
        place, end = m.group("place"), m.end()
        if m.group("second") and not gaz.lookup(place) and not _COMPASS.match(place):
            # 'polisen i Västra Götaland' is one place; 'polisen i Mora Anna Ek' ends at Mora
            end = m.start("second")
            place = text[m.start("place") : end]
        yield Candidate(
            m.start(),
            end,
            text[m.start() : end],
            police,
            None,
            "police_in",
            ref="police_in",
            data={
                "place": place,
                "prep": m.group("prep"),
                "local": "yes" if m.group("lpo") else "",
            },
        )
    for m in _POLICE_AREA_NAME.finditer(scan):
        place = m.group("place")
        if not any(
            e.type == "PoliceUnit"
            for form in (f"Polisen i {place}", f"Polisområde {place}", f"Lokalpolisområde {place}")
            for e in gaz.lookup(form)
        ):
            continue  # 'Polisen Anna Ek', 'Polisen Mora' where no police area bears the name
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            police,
            None,
            "police_in",
            ref="police_in",
            data={"place": place, "prep": "i", "local": ""},
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
        if (
            m.group("head") == "förvaltning"
            and not m.group("infl")
            and not pre[0].isupper()
            and municipality_before(text, m.start(), lexicon) is None
        ):
            continue  # "förvaltning" without an ending is mostly the activity ("god förvaltning")
        head = "nämnden" if m.group("head") == "nämnd" else "förvaltningen"
        name = _cap(m.group("coord") + pre + head)
        district = _DISTRICT_NAME.match(text, m.end()) if pre.lower().startswith(_DISTRICT_BODY) else None
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
        if m.group("pre").casefold() in _OFFICE_ONLY and (m.group("head") != "kontor" or not m.group("infl")):
            continue  # 'fastighetsförvaltning' is an activity, 'ett miljökontor' any office
        head = "kontoret" if m.group("head") == "kontor" else "förvaltningen"
        yield _cand(m, body, _cap(m.group("pre").casefold() + head), "office", data={"qualify": "yes"})
    for m in _SOCIAL_SERVICES.finditer(scan):
        if (
            not m.group("infl")
            and municipality_before(text, m.start(), lexicon) is None
            and not _OWN_GENITIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # 'socialtjänst' alone is the service in general; 'Mora kommuns socialtjänst' the body
        yield _cand(m, body, _cap(m.group("pre").casefold() + "tjänsten"), "service", data={"qualify": "yes"})
    for m in _FAMILY_CARE.finditer(scan):
        name = "Individ- och familjeomsorgen" if m.group(0).startswith(("I", "i")) else "Familjeomsorgen"
        yield _cand(m, body, name, "family_care", data={"qualify": "yes"})
    for m in _UNIT.finditer(scan):
        pre = m.group("pre")
        owner = m.group("owner")
        if pre.casefold() in _NOT_UNIT or (
            bool(owner) == bool(m.group("infl"))
            and not (m.group("infl") is None and municipality_before(text, m.start(), lexicon))
        ):
            continue  # "kommunens ungdomsenhet", "Mora kommuns ungdomsenhet" or "Ungdomsenheten", not "en ungdomsenhet"
        if m.group("head") == "enhet" and pre[-1:] in "gtpv" and not is_common_word(pre):
            continue  # "benägenheten", "medvetenheten": an adjective in -en with -het, no unit
        if (
            owner is None
            and _OWNER_GENITIVE.search(text, max(0, m.start() - 40), m.start())
            and municipality_before(text, m.start(), lexicon) is None
        ):
            continue  # "Skatteverkets kontrollenheten", "polisens utredningsenheten": not the municipality's
        name = _cap((m.group("coord") + pre).casefold() + m.group("head") + "en")
        yield _cand(m, body, name, "unit", data={"qualify": "yes"})
    for m in _SERVICE.finditer(scan):
        name = _cap(" ".join(text[m.start() : m.end("head")].casefold().split()))
        yield _cand(m, body, name, "service", priority=2, data={"qualify": "yes"})
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
    lowered = text.casefold()
    for m in _LOCAL_BRA.finditer(scan):
        pre, sep = m.group("pre"), m.group("sep")
        place = _known_place(lexicon, pre)
        if pre.casefold() == "läns" or (sep and sep != "-" and place is None):
            continue  # 'Läns-BRÅ' is the county's; 'Enligt Brå' is the national council
        if sep is None and m.group("bra") != "brå":
            continue  # 'UmeBRÅ' is no way to write a name
        if place is None and "brottsförebyggande råd" in lowered:
            continue  # 'Huddinges brottsförebyggande råd, Hubrå': the short name of the council named
        if place is not None:
            yield _cand(
                m,
                body,
                f"{genitive(place)} brottsförebyggande råd",
                "local_bra",
                priority=2,
                data={"municipality_place": place},
            )
        else:
            yield _cand(m, body, pre + (sep or "") + m.group("bra"), "local_bra", priority=2)
    for m in _COUNCIL_COMPOUND.finditer(scan):
        if not m.group("infl") and not m.group("pre")[0].isupper():
            continue  # 'ett ungdomsråd' is any council; 'ett Folkhälsoråd' names one
        coord = " ".join((m.group("coord") or "").casefold().split())
        name = _cap(
            f"{coord} {m.group('pre').casefold()}rådet" if coord else m.group("pre").casefold() + "rådet"
        )
        yield _cand(m, body, name, "council_compound", data={"qualify": "yes"})
    for m in _NAMED_UNIT.finditer(scan):
        name = m.group("name")
        if gaz.lookup(name) or name.split()[0].casefold() in _FUNCTION_WORDS or is_common_word(name):
            continue  # 'avdelningen i Malmö', 'enheten för Skatteverket'
        if "polis" in text[max(0, m.start() - 80) : m.start()].casefold() or "polis" in m.group("unit"):
            yield _cand(m, police, name, "named_unit", data={"needs_police": "yes"})
        else:
            yield _cand(m, body, name, "named_unit")
    for m in _SOCIAL_SERVICES_BARE.finditer(scan):
        group = "a" if m.group("a") else "b"
        yield _cand(m, body, "Socialtjänsten", "service", group=group, data={"qualify": "yes"})

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
    for m in _COURT.finditer(scan):
        yield _cand(m, agency, _cap(m.group("word").casefold()) + "en", "court")
    for m in _REGIONAL_UNIT.finditer(scan):
        agencies = [
            e
            for e in gaz.lookup(m.group("agency"))
            if e.type == "Agency" and not e.parent and not e.name.startswith("Länsstyrelse")
        ]
        places = [e for e in gaz.lookup(m.group("place")) if e.type == "Place"]
        if not agencies or not any(e.attribute("kind") in _REGIONAL_KINDS for e in places):
            continue
        if gaz.lookup(m.group(0)):
            continue  # a body of its own in the gazetteer: 'Länsstyrelsen i Skåne län'
        name = f"{agencies[0].name} i {m.group('place')}"
        yield _cand(m, agency, name, "regional_unit", data={"agency": agencies[0].name})
    for m in _RESCUE_SERVICE.finditer(scan):
        yield _cand(m, agency, f"Räddningstjänsten {m.group('name')}", "rescue_service")

    for m in _UNIVERSITY.finditer(scan):
        if m.group("hs"):
            name = m.group("name")
            if scan.is_sentence_initial(m.start("name")) or is_common_word(name.split()[0]):
                continue
            canonical = f"Högskolan {'i ' if m.group('i') else ''}{name}"
        else:
            gen = m.group("gen")
            if _known_place(lexicon, gen) is None:
                continue  # "Tekniska högskola", "Öppna universitet"
            canonical = f"{gen} {m.group('kind')}"
        known = gaz.lookup(canonical)
        if known:
            # a university is a state agency; an independent one is an organisation (the gazetteer says)
            yield _cand(m, EntityType(known[0].type), known[0].name, "university")
        else:
            yield _cand(m, agency, canonical, "university")
    for m in _MUSEUM.finditer(scan):
        gen, word = m.group("gen"), m.group("word")
        if gen and _known_place(lexicon, gen) is None:
            continue
        if word and (scan.is_sentence_initial(m.start()) or is_common_word(word)):
            continue  # "Museet", "Stadsmuseet" opening a sentence
        yield _cand(m, EntityType.ORGANISATION, " ".join(m.group(0).split()), "museum")
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
        if (
            len(words) == 2
            and "-" in words[1]
            and (words[0].casefold() in _FUNCTION_WORDS or is_ordinary_opening(words[0]))
        ):
            words.pop(0)  # "Enligt Norrbottens-Kuriren": the name is the hyphenated word
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
        if len(words) > 1 and (
            words[0].casefold() in _FUNCTION_WORDS
            or (scan.is_sentence_initial(start) and is_ordinary_opening(words[0]))
        ):
            start = text.index(words[1], start)  # "Enligt Hammarby IF", "Stötta Gefle IF" opening a list item
        surface = text[start : m.end()]
        yield Candidate(start, m.end(), surface, EntityType.ORGANISATION, " ".join(surface.split()), "club")
    for m in _CLUB_PREFIX.finditer(scan):
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Hammarby IF Fotboll": the letters end the name before them
        if is_common_word(m.group("name")) and not _known_place(lexicon, m.group("name")):
            continue
        name = " ".join(m.group(0).split())
        known = [e for e in gaz.lookup(name) if e.type == "Organisation"]
        yield _cand(m, EntityType.ORGANISATION, known[0].name if known else name, "club")
    for m in _COMPANY.finditer(scan):
        words = m.group("name").split()
        while len(words) > 1 and words[0].casefold() in _FUNCTION_WORDS:
            words.pop(0)
        while len(words) > 1 and scan.is_sentence_initial(m.start()) and is_ordinary_opening(words[0]):
            words.pop(0)  # "Bolaget Norrtälje Energi AB" opening a sentence
        if words[-1].casefold() in _COMPANY_KINDS and _CAPITAL_AFTER.match(text, m.end()):
            continue  # "Bostads AB Mimer", "X och Fastighets AB Y": read with the name after
        name = " ".join(words)
        start = text.rfind(words[0], m.start(), m.end())
        surface = " ".join(text[start : m.end()].split())
        known = [e for e in (*gaz.lookup(surface), *gaz.lookup(name)) if e.type in ("Organisation", "Agency")]
        type_, canonical = (
            (EntityType(known[0].type), known[0].name) if known else (EntityType.ORGANISATION, surface)
        )
        yield Candidate(start, m.end(), text[start : m.end()], type_, canonical, "company")
    for m in _COMPANY_PREFIX.finditer(scan):
        pre = m.group("pre")
        if pre in ("AB", "Aktiebolaget") and _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Securitas AB Sverige": AB ends the name before it
        name = m.group("name")
        words = name.split()
        if words[-1] in ("AB", "Aktiebolag"):
            continue
        known = [e for e in gaz.lookup(name) if e.type == "Organisation"]
        known = known or [e for e in gaz.lookup(m.group(0)) if e.type == "Organisation"]
        surface = " ".join(m.group(0).split())
        yield _cand(
            m, EntityType.ORGANISATION, known[0].name if known else surface, "company_prefix", priority=1
        )
    for m in _HOUSING.finditer(scan):
        pre, sep, head = m.group("pre"), m.group("sep"), m.group("head")
        if sep and head[0].islower():
            continue  # "Haninge bostäder": a common noun after the place
        if not sep and head[0].isupper():
            continue
        place = _known_place(lexicon, pre)
        if place is None and (sep or scan.is_sentence_initial(m.start()) or head.lower() != "bostäder"):
            continue  # "Behandlingshem", "Ungdomshem": an institution, no company
        if place is None and is_common_word(m.group(0)):
            continue
        name = " ".join(text[m.start() : m.end("head")].split())  # 'Landskronahems' -> Landskronahem
        known = [e for e in gaz.lookup(name) if e.type == "Organisation"]
        yield _cand(
            m, EntityType.ORGANISATION, known[0].name if known else name, "housing", data={"kind": "housing"}
        )
