"""The surface forms a careful reader may give one initiative, kept as its aliases.

An initiative is written in many ways in Swedish texts and in the indexes built from them: with
or without a determiner or possessive (``detta arbete``, ``vårt arbete mot ...``), with its
owner as a genitive or as a place after it (``Luleås medborgarlöften`` = ``medborgarlöften i
Luleå`` = ``medborgarlöfte i Luleå kommun``), with or without the year it is for
(``medborgarlöften 2023``, ``Medborgarlöftet för 2023``, ``2018 års medborgarlöften``), with or
without the place it works in, a compound head with or without its ``mot ...`` complement
(``samverkansöverenskommelse mellan X och Y`` -> ``samverkansöverenskommelse``) and a proper
name with or without its descriptor (``Operation Rimfrost`` -> ``Rimfrost``). Each variant
names the same initiative; none is reduced to a bare head noun that could name any.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from loaders.language.words import is_common_word, is_finite_verb
from loaders.mentions.initiative_names import DESCRIPTORS
from loaders.mentions.initiative_numbers import other_number, without_adjectives
from loaders.mentions.initiatives import HEADS
from loaders.mentions.lexicon import load_lexicon

__all__ = ["described_forms", "earlier_forms", "initiative_variants", "longer_forms", "years_after"]

_LETTER = r"A-Za-zÅÄÖåäöÉéÜü"
# Words before an initiative that a name may go without.
_LEADING = frozenset(
    [
        "det", "den", "de", "en", "ett", "detta", "denna", "dessa", "vårt", "vår", "våra", "sitt", "sin",
        "sina", "deras", "hela", "nytt", "ny", "nya", "dess", "kommunens", "stadens", "polisens",
    ]
)  # fmt: skip
_QUOTES = "\"”“»«'’"
_YEAR = r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?"
# A year or period at the end of a name: "medborgarlöften 2023", "för 2021 och 2022", "för år 2023".
_TRAILING_YEAR = re.compile(
    rf"\s+(?:(?:för|från|under)\s+)?(?:år\s+)?{_YEAR}(?:\s+(?:och|till)\s+{_YEAR})?\Z"
)
_LEADING_YEAR = re.compile(rf"\A{_YEAR}\s+års\s+")
# A place phrase at the end: "i Luleå", "i Luleå kommun", "för Jämtlands län", "på Gotland".
_TRAILING_PLACE = re.compile(
    rf"\s+(?P<prep>i|för|på|inom)\s+(?P<place>[A-ZÅÄÖ][{_LETTER}-]+(?:\s+[A-ZÅÄÖ][{_LETTER}-]+)?)"
    rf"(?:\s+(?P<kind>kommun|stad|län|region))?\Z"
)
# An owner in the genitive at the start: "Luleås medborgarlöften", "Kiruna kommuns medborgarlöfte".
_OWNER = re.compile(
    rf"\A(?P<owner>[A-ZÅÄÖ][{_LETTER}-]+(?:\s+[A-ZÅÄÖ][{_LETTER}-]+)?)(?P<kind>\s+(?:kommun|stad))?s\s+"
    rf"(?P<rest>[a-zåäö].*)\Z"
)
# A capitalised descriptor before a proper name: "Operation Rimfrost", "Projekt Ung Framtid".
_DESCRIPTOR = re.compile(
    r"\A(?:Operation|Projekt|Projektet|Insats|Kampanj|Kampanjen|Satsningen)\s+(?=[A-ZÅÄÖ])"
)
# A proper name and the complement a text writes after it: "Vinterljus mot narkotikahandeln",
# "Vinterljus i Vivalla". A campaign named after the place it makes safer keeps it ("Trygg i Mora").
_PROPER_COMPLEMENT = re.compile(
    rf"\A(?P<name>[A-ZÅÄÖ][{_LETTER}-]+(?:\s+[A-ZÅÄÖ][{_LETTER}-]+)*)"
    rf"\s+(?:(?:mot|för|kring)\s+[a-zåäö]|(?:i|på)\s+[A-ZÅÄÖ])"
)
# An acronym's method or concept: "SSPF-konceptet", "EST-metoden" are read as "SSPF", "EST".
_ACRONYM_COMPOUND = re.compile(
    r"\A(?P<acronym>[A-ZÅÄÖ]{2,6})-(?:konceptet|metoden|modellen|programmet|projektet|satsningen)\Z"
)
_NAMED_FOR_SAFETY = re.compile(r"\ATrygg(?:a|are|t)?\Z")
# Complements that a compound head may go without.
_COMPLEMENT_WORDS = frozenset(["mot", "för", "kring", "mellan", "med", "om", "inom", "på"])
_WORD = re.compile(rf"[{_LETTER}]+")
# Strong forms of weak (definite) adjectives: after a genitive "riktade" stands for "riktad".
_WEAK_TO_STRONG = (
    ("ade", "ad"),
    ("iska", "isk"),
    ("liga", "lig"),
    ("iga", "ig"),
    ("ella", "ell"),
    ("ala", "al"),
    ("amma", "am"),
    ("ska", "sk"),
    ("ta", "t"),
    ("da", "d"),
)
_MAX_VARIANTS = 40


@functools.cache
def _place_of(name: str) -> str | None:
    """The place or municipality ``name`` is the genitive stem of (Luleå, Borås), else None."""
    gaz = load_lexicon().gazetteer
    for entry in gaz.lookup(name):
        if entry.type in ("Place", "Municipality"):
            return name
    return None


def _owner_place(owner: str) -> str | None:
    """The place of a genitive owner: Luleås -> Luleå, Borås -> Borås, Kalmar -> Kalmar."""
    return _place_of(owner) or (_place_of(owner + "s") if not owner.endswith("s") else None)


def _municipality(place: str) -> str:
    """The municipality of a place as it is written: Luleå kommun, Hässleholms kommun."""
    return f"{place} kommun" if place[-1].lower() in "aeiouyåäös" else f"{place}s kommun"


def _descriptive(name: str) -> bool:
    """Whether ``name`` is a described initiative (``medborgarlöften``, ``arbete mot våld``), not a
    proper name whose place belongs to it (``Trygg i Mora``)."""
    last = name.split()[-1].lower()
    return name.split()[-1].islower() or any(head in last for head in HEADS)


def _genitive(place: str) -> str:
    return place if place[-1].lower() in "sxz" else place + "s"


def _strong(words: list[str]) -> list[str]:
    """The adjectives before a head in their indefinite form: "riktade satsning" -> "riktad satsning"."""
    out = list(words)
    for i, word in enumerate(out[:-1]):
        if not word.islower():
            continue
        for weak, strong in _WEAK_TO_STRONG:
            if word.endswith(weak) and len(word) > len(weak) + 2:
                out[i] = word[: -len(weak)] + strong
                break
    return out


def _head_index(words: list[str]) -> int:
    """Index of the head noun: the last word before a preposition, else the last word."""
    for i, word in enumerate(words):
        if i and word in ("mot", "för", "kring", "mellan", "med", "om", "i", "på", "inom", "till", "av"):
            return i - 1
    return len(words) - 1


_TOPIC_THEN_PLACE = re.compile(
    rf"\A(?P<head>[{_LETTER} -]+?)\s+(?:mot|för|kring|om)\s+[a-zåäö][{_LETTER} -]*?"
    rf"(?P<place>\s+(?:i|på)\s+[A-ZÅÄÖ][{_LETTER}-]+(?:\s+[A-ZÅÄÖ][{_LETTER}-]+)?)\Z"
)


def _without_topic(name: str) -> str | None:
    """A described effort in a place named without its topic: "insats mot narkotika i Noret" ->
    "insats i Noret"; the place keeps it apart from the document's other efforts."""
    m = _TOPIC_THEN_PLACE.match(name)
    if m is None or not m.group("head").split()[-1].islower():
        return None
    return f"{m.group('head')}{m.group('place')}"


# A name recurs in every document that runs or reports its initiative; its forms depend on the
# name and the gazetteer alone (loaded once per process), so they are read once.
@functools.lru_cache(maxsize=16384)
def _forms(name: str) -> frozenset[str]:
    """The variants of one surface form, one step each."""
    out: set[str] = set()
    stripped = name.strip(_QUOTES + " ")
    if stripped != name:
        out.add(stripped)
    words = stripped.split()
    if len(words) > 1 and words[0].lower() in _LEADING:
        out.add(" ".join(words[1:]))
    if (m := _DESCRIPTOR.match(stripped)) is not None:
        out.add(stripped[m.end() :])
    if (m := _ACRONYM_COMPOUND.match(stripped)) is not None:
        out.add(m.group("acronym"))
    if (m := _TRAILING_YEAR.search(stripped)) is not None and m.start() > 0:
        out.add(stripped[: m.start()])
    if (m := _LEADING_YEAR.match(stripped)) is not None:
        out.add(stripped[m.end() :])
    if (m := _OWNER.match(stripped)) is not None:
        place = _owner_place(m.group("owner"))
        if place is not None:
            rest = m.group("rest")
            rest_words = rest.split()
            head = _head_index(rest_words)
            indefinite = " ".join(_strong(rest_words[: head + 1]) + rest_words[head + 1 :])
            out.update({rest, indefinite, f"{indefinite} i {place}", f"{indefinite} för {place}"})
            if not m.group("kind"):
                out.add(f"{indefinite} i {_municipality(place)}")
                out.add(f"{_municipality(place)}s {rest}")
    if (m := _TRAILING_PLACE.search(stripped)) is not None and m.start() > 0:
        before = stripped[: m.start()]
        place = m.group("place")
        if _descriptive(before):
            out.add(before)
            if m.group("prep") in ("i", "för") and _place_of(place) is not None:
                kind = m.group("kind")
                if kind in (None, "kommun") and before.split()[0].lower() not in _LEADING:
                    out.update({f"{before} i {place}", f"{before} i {_municipality(place)}"})
                    out.update({f"{_genitive(place)} {before}", f"{_municipality(place)}s {before}"})
    if (m := _PROPER_COMPLEMENT.match(stripped)) is not None and not _descriptive(m.group("name")):
        name_part = m.group("name")
        place = stripped[m.end("name") :].split()[-1]
        named_for_place = _NAMED_FOR_SAFETY.match(name_part.split()[0]) or _owner_place(name_part)
        link = stripped[m.end("name") :].split()[0]
        # 'Tillsammans mot brott': an ordinary word is no name without its complement
        if not named_for_place and (
            _place_of(place) is not None if link in ("i", "på") else not is_common_word(name_part)
        ):
            out.add(name_part)
    if (placed := _without_topic(stripped)) is not None:
        out.add(placed)  # "insats mot narkotika i Noret" = "insats i Noret"
    if (number := other_number(stripped)) is not None:
        out.add(number)  # "trygghetsvandringar" = "trygghetsvandring"
    if (plain := without_adjectives(stripped)) is not None:
        out.add(plain)
    words = stripped.split()
    head = _head_index(words)
    if head < len(words) - 1 and len(words[head]) >= 12 and words[head + 1] in _COMPLEMENT_WORDS:
        # a compound head names the initiative alone: "samverkansöverenskommelse mellan X och Y"
        out.add(" ".join(words[: head + 1]))
    return frozenset(" ".join(v.split()) for v in out if _WORD.search(v))


def initiative_variants(names: Iterable[str], years: Iterable[str] = ()) -> set[str]:
    """The surface variants of an initiative named ``names`` (its name and the forms the text
    used), with the years the text gives it (``medborgarlöften 2023``); at most a few dozen."""
    seen: set[str] = set()
    todo = [n for n in names if n]
    while todo and len(seen) < _MAX_VARIANTS:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.add(name)
        todo.extend(sorted(f for f in _forms(name) if f not in seen))  # sorted: the cap keeps the same ones
    for year in years:
        for name in sorted(seen):
            if _TRAILING_YEAR.search(name) or _LEADING_YEAR.match(name) or len(seen) > 2 * _MAX_VARIANTS:
                continue
            seen.add(f"{name} {year}")
            if " för " not in name:
                seen.add(f"{name} för {year}")
            if not _OWNER.match(name):
                seen.add(f"{year} års {name}")
    return seen - set(names)


_YEAR_AFTER = re.compile(rf"\s+(?:för\s+)?(?:år\s+)?(?P<year>{_YEAR})(?![\d])")


def years_after(text: str, surface: str) -> set[str]:
    """The years written right after ``surface`` in ``text``: "medborgarlöftet för 2023" -> 2023."""
    found: set[str] = set()
    pos = text.find(surface)
    while pos >= 0:
        m = _YEAR_AFTER.match(text, pos + len(surface))
        if m is not None:
            found.add(re.sub(r"\s+", "", m.group("year")))
        pos = text.find(surface, pos + 1)
    return found


_DESCRIBED = re.compile(
    rf"(?<![{_LETTER}])(?P<desc>(?:{'|'.join(DESCRIPTORS)})(?:en|et|met)?)\s+\Z", re.IGNORECASE
)


def described_forms(text: str, name: str) -> set[str]:
    """The name with the descriptor the text writes before it: "insatsen Vinterljus" for
    "Vinterljus" in "... inledde insatsen Vinterljus i Vivalla" (a reader may name it either way)."""
    found: set[str] = set()
    if not name[:1].isupper():
        return found
    pos = text.find(name)
    while pos >= 0 and len(found) < 3:
        m = _DESCRIBED.search(text, max(0, pos - 20), pos)
        if m is not None:
            found.add(f"{m.group('desc').lower()} {name}")
        pos = text.find(name, pos + 1)
    return found


# Where a noun phrase read on from an initiative ends: punctuation, a dash, a line break.
_PHRASE_END = re.compile(r"[.,;:!?()\n–—\"”»]|\s-\s")
_PHRASE_WORD = re.compile(rf"\s+(?P<w>[{_LETTER}0-9:/-]+)")
_RELATIVE = frozenset(["som", "vilka", "vilken", "vilket", "där"])
# Past and present passives the lexicon may not know: 'undertecknades', 'presenterades', 'genomförs'.
_PAST_PASSIVE = re.compile(r"(?:ades|ades|des|tes|ats|erades)\Z")
_MAX_PHRASE_WORDS = 14
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<acronym>[A-ZÅÄÖ]{2,6})\)")


def longer_forms(text: str, start: int, end: int) -> set[str]:
    """The initiative at ``text[start:end]`` with the rest of its noun phrase as a text writes it on:
    a place and what follows a capitalised name ('riktad satsning mot gäng i centrum och på
    resecentrum'), and with a relative clause ('åtgärder som minskar berusningsdrickandet').
    Readers name a described effort by its whole phrase as often as by its head."""
    forms: set[str] = set()
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is not None:  # "lokal myndighetssamverkan (LOS)": named by its acronym too
        forms.update({f"{text[start:end]} ({acronym.group('acronym')})", acronym.group("acronym")})
    stop = _PHRASE_END.search(text, end, min(len(text), end + 200))
    limit = stop.start() if stop else min(len(text), end + 200)
    pos, words, relative = end, 0, False
    while words < _MAX_PHRASE_WORDS:
        m = _PHRASE_WORD.match(text, pos, limit)
        if m is None:
            break
        word = m.group("w")
        low = word.lower()
        if low in _RELATIVE and not relative:
            if pos > end:
                forms.add(text[start:pos])
            relative = True
        elif not relative and (is_finite_verb(low) or _PAST_PASSIVE.search(low)):
            break
        pos, words = m.end(), words + 1
    if pos > end and (relative or words):
        forms.add(text[start:pos])
    return {" ".join(f.split()) for f in forms if len(f) > end - start or f.isupper()}


# Words before an initiative that open its phrase: owners in the genitive ('polisens', 'CAN:s',
# 'Luleå kommun och polisens') and adjectives ('allmän', 'ökad polisiär').
_WORD_BEFORE = re.compile(rf"(?P<w>[{_LETTER}0-9:-]+)\s+\Z")
_STOP_BEFORE = frozenset(
    ["en", "ett", "den", "det", "de", "i", "på", "av", "med", "för", "till", "om", "mot", "att", "som", "är",
     "var", "har", "och", "samt", "eller", "från", "genom", "under", "vid", "hos", "inom", "efter", "inför",
     # infinitives that take an initiative as object: 'införa Sluta skjut', 'starta en satsning'
     "införa", "starta", "genomföra", "driva", "bedriva", "inrätta", "skapa", "utveckla", "anta", "stärka",
     "öka", "ha", "se", "få", "prova", "pröva", "ta", "leda", "samordna", "fortsätta", "behålla", "avskaffa"]
)  # fmt: skip
_MAX_BEFORE = 4
_BODY_WORDS = frozenset(["kommun", "kommuns", "stad", "stads", "region", "regions", "län", "läns"])


def earlier_forms(text: str, start: int, end: int) -> set[str]:
    """The initiative at ``text[start:end]`` with the words that open its phrase before it: its
    owners in the genitive ('polisens utsatt-lista', 'Luleå kommun och polisens arbete') and its
    adjectives ('allmän kameraövervakning'), one word more at a time."""
    forms: set[str] = set()
    pos = start
    right = ""  # the word taken last, to the right of the one looked at
    for _ in range(_MAX_BEFORE):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word = m.group("w")
        low = word.lower()
        genitive = (word.endswith("s") and word[:1].isupper()) or word.endswith(":s") or low.endswith("ens")
        if low == "och" and forms:
            pos = m.start()  # 'Luleå kommun och polisens': an owner coordinated before the first
            continue
        if low in _STOP_BEFORE or is_finite_verb(low) or word.isdigit():
            break
        named_body = word[:1].isupper() and right in _BODY_WORDS  # 'Luleå' before 'kommun och ...'
        if not (genitive or word.islower() or named_body):
            break
        pos, right = m.start(), low
        forms.add(text[pos:end])
    return {" ".join(f.split()) for f in forms}
