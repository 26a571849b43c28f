"""Places beyond the gazetteer: town centres (``Xs centrum``, and ``centrum`` referring back),
named buildings and squares (``Bandidosvillan``, ``Stortorget``), streets (``Storgatan``; an
address is no place, so ``Storgatan 4`` is read as the street) and a capitalised name after a
place preposition (``i Vårberga``).

Countries and continents are not places in the ontology's sense (``loaders/data/countries.txt``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import is_adjective_form, is_common_word, is_ordinary_opening
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.gazetteer import read_list
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_places", "genitive"]

UP = UPPER
LO = LOWER

_CENTRE = Gated(
    re.compile(
        rf"\b(?P<name>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)[ \t]+(?P<head>centrum|resecentrum|stadskärna|city)\b"
    ),
    r"centrum|stadskärna|city",
)
_CENTRE_BACK = Gated(re.compile(r"\b[Cc]entrum(?:et|s)?\b"), r"centrum")
_BUILDING = Gated(
    re.compile(
        rf"\b(?P<word>[{UP}][{LO}]{{2,}}(?:villan|torget|parken|gallerian|huset|gården|fastigheten))\b"
    ),
    r"villan|torget|parken|gallerian|huset|gården|fastigheten",
)
_STREET = Gated(
    re.compile(
        rf"\b(?P<word>[{UP}][{LO}]{{2,}}(?:gatan|vägen|gränd|stigen|allén|leden|backen)|[{UP}][{LO}]+s[ \t]+(?:torg|gata|väg|park)"
        rf"|(?:Stora|Lilla|Gamla|Nya|Norra|Södra|Östra|Västra)[ \t]+(?:torget|hamnen|parken|stationen|kyrkogården))"
        rf"(?:[ \t]+\d+[A-Za-z]?\b)?"
    ),
    r"gatan|vägen|gränd|stigen|allén|leden|backen|s torg|s gata|s väg|s park|torget|hamnen|parken|stationen|kyrkogården",
)
# A part of a known place: "Södra Ryd", "Norra Biskopsgården", "Östra Torp".
_PART_OF_PLACE = Gated(
    re.compile(
        rf"\b(?P<part>Norra|Södra|Östra|Västra|Nedre|Övre|Stora|Lilla|Gamla|Nya|Inre|Yttre)[ \t]+"
        rf"(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w-])"
    ),
    r"norra |södra |östra |västra |nedre |övre |stora |lilla |gamla |nya |inre |yttre ",
)
# A part of town named by its position, capitalised as a name: "i Centrala staden", "på Östra stan".
_TOWN_PART = Gated(
    re.compile(r"\b(?:Centrala|Inre|Gamla|Nya|Norra|Södra|Östra|Västra)[ \t]+(?:staden|stan)\b"),
    r" staden| stan",
)
# A side of a known town, in lower case: "i västra Borlänge", "norra Mora" (not "centrala X": the town itself).
_TOWN_SIDE = Gated(
    re.compile(
        rf"(?<![\w-])(?P<side>norra|södra|östra|västra|nordöstra|nordvästra|sydöstra|sydvästra)[ \t]+"
        rf"(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w-])"
    ),
    r"norra |södra |östra |västra |nordöstra |nordvästra |sydöstra |sydvästra ",
)
# Taking part in something: what follows 'i' is an effort or a body, not a place.
_TAKING_PART = Gated(
    re.compile(
        rf"\b(?:deltar|deltog|deltagit|delta|medverkar|medverkade|medverkat|ingår|ingick|ingått|engagerade?"
        rf"|(?:är|var|vara|varit)[ \t]+med|inom[ \t]+ramen[ \t]+för)[ \t]+(?:i[ \t]+)?"
        rf"(?P<name>[{UP}][{LO}]{{3,}})(?![\w-])"
    ),
    r"deltar|deltog|deltagit|delta |medverka|ingår|ingick|ingått|engagerad| med |inom ramen",
)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:i|på|från|utanför|runt|runtom|kring|vid|nära|mellan|inom)[ \t]+"
    r"(?:(?:centrala|norra|södra|östra|västra|idylliska|natursköna|lantliga|lugna|hela)[ \t]+)?\Z"
)
_NAME_HERE = re.compile(rf"[{UP}][{LO}]{{3,}}(?:-[{UP}][{LO}]+)?\b(?![ \t]+[{UP}])(?![-:'’])")
# A list of names after a place preposition: "i Norrby, Söderby och Västerby". Each member is a place
# as the first is, though only the first stands right after the preposition.
_LIST_NAME = rf"[{UP}][{LO}]{{2,}}(?:[-/][{UP}][{LO}]+)?"
_PLACE_LIST = Gated(
    re.compile(
        rf"(?<![\w-])(?P<prep>(?:i|på|inom|mellan|både[ \t]+i)[ \t]+)?(?P<first>{_LIST_NAME})"
        rf"(?P<rest>(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+(?:i[ \t]+|på[ \t]+)?){_LIST_NAME}(?![\w-]))+)"
        rf"(?![ \t]+[{UP}])"
    ),
    r", | och | samt | eller ",
)
_MEMBER = re.compile(_LIST_NAME)
# A name after the kind of place it is: "stadsdelen Norrby", "i området Kvarnberget", "förorten
# Västerby", "tätorterna Venjan och Sollerön". The kind noun vouches for the name as a place.
_KIND_NAME = rf"[{UP}][{LO}]{{2,}}(?:[-/][{UP}][{LO}]+|[ \t]+[{UP}][{LO}]{{2,}})?"
_KIND_NAMED = Gated(
    re.compile(
        r"(?<![\w-])(?:stadsdel(?:en|arna)|bostadsområde(?:t|na)|område(?:t|na)|förort(?:en|erna)"
        r"|kommundel(?:en|arna)|tätort(?:en|erna)|by(?:n|arna)|ort(?:en|erna)|kvarter(?:et|en)"
        r"|villaområde(?:t|na)|industriområde(?:t|na))[ \t]+"
        rf"(?P<names>{_KIND_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+){_KIND_NAME})*)(?![\w-])"
    ),
    r"stadsdel|område|förort|kommundel|tätort|byn|byarna|orten|orterna|kvarter",
)
_KIND_MEMBER = re.compile(_KIND_NAME)
# Counties coordinated over one "län": "Västmanlands och Gävleborgs län", "Stockholms, Uppsala och
# Södermanlands län". Only the last name stands beside "län"; each earlier one is a county of its own.
_COUNTY_WORD = rf"[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?"
_SHARED_COUNTY = Gated(
    re.compile(
        rf"(?<![\w-])(?P<names>{_COUNTY_WORD}(?:[ \t]*,[ \t]*{_COUNTY_WORD})*)"
        rf"[ \t]+(?:och|samt|eller)[ \t]+{_COUNTY_WORD}[ \t]+län\b"
    ),
    r" län",
)
_COUNTY_MEMBER = re.compile(_COUNTY_WORD)
# Capitalised words after a preposition that are not places.
# fmt: off
_NOT_PLACE = frozenset(
    ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober", "November", "December", "Måndags", "Tisdags", "Onsdags", "Torsdags", "Fredags", "Lördags", "Söndags", "Påsk", "Jul", "Midsommar", "Facebook", "Instagram", "Twitter", "Youtube", "YouTube", "Tiktok", "TikTok", "Snapchat", "Telegram", "Whatsapp", "WhatsApp", "Google", "Internet", "Flashback", "Bilaga", "Ärende", "Paragraf", "Kapitel", "Tabell", "Figur", "Protokoll", "Svenska", "Engelska", "Arabiska", "Somaliska"]
)
# fmt: on


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(read_list("countries.txt"))


def genitive(place: str) -> str:
    """Swedish genitive of a place name: Flemingsberg -> Flemingsbergs, Huddinge -> Huddinge."""
    last = place[-1].lower()
    return place if last in "sxz" else place + "s"


def _place_named(lexicon: Lexicon, name: str) -> str | None:
    for candidate in (name, name[:-1] if name.endswith("s") else None):
        if candidate:
            for entry in lexicon.gazetteer.lookup(candidate):
                if entry.type == "Place":
                    return entry.name
    return None


def find_places(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    text = scan.text
    place = EntityType.PLACE
    gaz = lexicon.gazetteer
    for m in _CENTRE.finditer(scan):
        name = m.group("name")
        start = m.start()
        if scan.is_sentence_initial(start) and _place_named(lexicon, name) is None:
            # "Kameraövervaka Bergsjö centrum" opening a list item: the verb is no part of the name
            first, _, rest = name.partition(" ")
            if not rest or not is_ordinary_opening(first):
                continue
            name, start = rest, m.start("name") + len(first) + 1
        known = [e for e in gaz.lookup(m.group(0)) if e.type == "Place"]
        if known:
            canonical = known[0].name
        else:
            head = m.group("head")
            town = _place_named(lexicon, name)
            if head != "centrum" and town is None:
                continue  # 'Västerås city', 'Halmstads stadskärna': only a known town's
            base = town or (name[:-1] if name.endswith("s") else name)
            if head == "city":
                canonical = f"{base} city"
            else:
                # "Flemingsbergs centrum", but "Tensta centrum", "Rinkeby centrum"
                canonical = f"{base} {head}" if base[-1] in "aeiouyåäö" else f"{genitive(base)} {head}"
        yield Candidate(
            start,
            m.end(),
            text[start : m.end()],
            place,
            canonical,
            "centre",
            priority=1,
            data={"centre": "yes"},
        )
    for m in _CENTRE_BACK.finditer(scan):
        yield Candidate(m.start(), m.end(), m.group(0), place, None, "centre_back", ref="centre", priority=-1)
    for m in _BUILDING.finditer(scan):
        quoted = m.start() > 0 and text[m.start() - 1] in "\"”»'"
        if scan.is_sentence_initial(m.start()) and not quoted:
            continue
        yield Candidate(m.start(), m.end(), m.group(0), place, m.group("word"), "building")
    for m in _STREET.finditer(scan):
        # an address is no place: 'Storgatan 4' is read as the street, without the house number
        yield Candidate(m.start(), m.end("word"), m.group("word"), place, m.group("word"), "street")
    countries = _countries()
    for m in _PART_OF_PLACE.finditer(scan):
        name = m.group("name")
        after_preposition = _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if name in countries or gaz.lookup(m.group(0)):
            continue  # "Södra Sverige"; known names ("Västra Frölunda") come from the gazetteer
        if _place_named(lexicon, name) is None and (after_preposition is None or gaz.lookup(name)):
            continue  # an unknown name is a place where a place preposition stands before it ("i Norra Åsum")
        surface = " ".join(m.group(0).split())
        yield Candidate(m.start(), m.end(), m.group(0), place, surface, "place_part", priority=1)
    for m in _TOWN_SIDE.finditer(scan):
        town = [e for e in gaz.lookup(m.group("name")) if e.type == "Place" and e.attribute("code")]
        if town:
            name = f"{m.group('side')} {town[0].name}"
            yield Candidate(m.start(), m.end(), m.group(0), place, name, "town_side", priority=1)
    for m in _TOWN_PART.finditer(scan):
        if scan.is_sentence_initial(m.start()) or gaz.lookup(m.group(0)):
            continue  # a sentence's first word is capitalised anyway; known names come from the gazetteer
        surface = " ".join(m.group(0).split())
        yield Candidate(m.start(), m.end(), m.group(0), place, surface, "town_part", priority=1)
    efforts = _efforts_taken_part_in(scan)
    for pos in scan.capitals:
        m = _NAME_HERE.match(text, pos)
        if m is None or not _PREPOSITION_BEFORE.search(text, max(0, pos - 12), pos):
            continue
        name = m.group(0)
        if name in _NOT_PLACE or name in countries or name in gaz.first_names or is_adjective_form(name):
            continue  # "från Europeiska socialfonden": an adjective, no place
        if gaz.lookup(name) or (name.endswith("s") and gaz.lookup(name[:-1])):
            continue  # known names come from the gazetteer, with their own type
        if name in efforts:
            continue  # 'deltar i Svepet', 'ingår i Trivium': an effort one takes part in, no place
        yield Candidate(m.start(), m.end(), name, place, name, "preposition_place", priority=-2)
    yield from _listed_places(scan, lexicon, countries)
    yield from _kind_named_places(scan, lexicon, countries)
    yield from _shared_counties(scan, lexicon)


def _efforts_taken_part_in(scan: Scan) -> set[str]:
    """Names the document says someone takes part in ('deltar i Svepet', 'ingår i Trivium'): efforts
    or bodies wherever the text names them, never places."""
    out: set[str] = set()
    for m in _TAKING_PART.finditer(scan):
        out.add(m.group("name"))
    return out


def _listed_places(scan: Scan, lexicon: Lexicon, countries: frozenset[str]) -> Iterator[Candidate]:
    """The later members of a list of places whose first member follows a place preposition or is a
    known place ("gäller Norrby och Söderby")."""
    gaz = lexicon.gazetteer
    for m in _PLACE_LIST.finditer(scan):
        later = list(_MEMBER.finditer(scan.text, m.start("rest"), m.end("rest")))
        names = [m.group("first"), *(n.group(0) for n in later)]
        if any(n in _NOT_PLACE or n in gaz.first_names or is_adjective_form(n) for n in names):
            continue  # "i Mora och Anna": a list of places holds nothing else
        if any(e.type != "Place" for n in names for e in gaz.lookup(n)):
            continue  # "i Mora, Polisen och kommunen": organisations in the list
        if m.group("prep") is None and not (
            any(e.type == "Place" for e in gaz.lookup(m.group("first")))
            and not any(is_common_word(n) for n in names)
        ):
            continue  # without a preposition, a list is of places when it starts with a known one
        for n in later:
            name = n.group(0)
            known = any(gaz.lookup(part) for part in name.split("/"))  # "Berga/Funkabo": known halves
            if known or name in countries or (name.endswith("s") and gaz.lookup(name[:-1])):
                continue
            yield Candidate(n.start(), n.end(), name, EntityType.PLACE, name, "listed_place", priority=-2)


def _kind_named_places(scan: Scan, lexicon: Lexicon, countries: frozenset[str]) -> Iterator[Candidate]:
    """The names a kind of place introduces ("stadsdelen Norrby", "tätorterna Venjan och Sollerön")."""
    gaz = lexicon.gazetteer
    for m in _KIND_NAMED.finditer(scan):
        for n in _KIND_MEMBER.finditer(scan.text, m.start("names"), m.end("names")):
            name = " ".join(n.group(0).split())
            if name in _NOT_PLACE or name in countries or name in gaz.first_names:
                continue
            if any(e.type != "Place" for e in gaz.lookup(name)):
                continue  # "området Polisen ansvarar för": an actor's name after the noun
            yield Candidate(
                n.start(), n.end(), n.group(0), EntityType.PLACE, name, "kind_named_place", priority=-1
            )


def _shared_counties(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """The earlier counties of a list that shares its last word "län" ("Jönköpings och Kalmar län"),
    each only where the gazetteer knows "<name> län" as a county."""
    gaz = lexicon.gazetteer
    for m in _SHARED_COUNTY.finditer(scan):
        for n in _COUNTY_MEMBER.finditer(scan.text, m.start("names"), m.end("names")):
            known = [e for e in gaz.lookup(f"{n.group(0)} län") if e.type == "Place"]
            if known:
                yield Candidate(
                    n.start(),
                    n.end(),
                    n.group(0),
                    EntityType.PLACE,
                    known[0].name,
                    "shared_county",
                    priority=4,  # over the gazetteer's town of the same word
                )
