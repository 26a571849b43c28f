"""Names that a text gives its initiatives: after a descriptor (``projektet Unga vuxna``,
``satsningen Lugna gatan``, ``Insats Sälta``), after a naming cue (``en insats med namnet X``,
``kallad X``, ``under namnet X``, ``som heter X``) and in quotes (``projektet "Trygg i X"``).

Swedish names of projects are mostly written with one capital (``Nästa steg Dalarna``, ``Unga
för orten``, ``Trygg sommar i centrum``), so a name runs on over lower-case words until the
clause goes on: a finite verb (``startar``, ``drivs``), a function word or adverb (``och``,
``tillsammans``, ``också``), punctuation or a line break. A preposition joins the name only
with one word after it (``för orten``, ``i centrum``); a time (``i år``) never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.language.words import FUNCTION_WORDS, is_common_word, is_finite_verb
from loaders.mentions.candidates import LOWER, UPPER, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["NamedInitiative", "find_named_initiatives", "find_quoted_initiatives", "name_after"]

UP, LO = UPPER, LOWER

#: Descriptors after which a name may stand: "projektet X", "satsningen X", "Insats X".
DESCRIPTORS = (
    "satsning",
    "projekt",
    "program",
    "kampanj",
    "initiativ",
    "insats",
    "verksamhet",
    "modell",
    "metod",
    "koncept",
    "arbetssätt",
    "operation",
    "samarbete",
    "samverkan",
)
_NAMING_HEADS = frozenset(
    ["insats", "projekt", "satsning", "kampanj", "program", "initiativ", "operation", "samverkan"]
)
# Descriptors that introduce a name only when capitalised as part of it ("Samverkan Norrland").
_CAPITAL_ONLY = frozenset(["samverkan"])
# A descriptor at the end of a word (a compound: "sommarjobbssatsningen"), in the lower-cased text.
_DESCRIPTOR_HIT = re.compile(rf"(?P<desc>(?:{'|'.join(DESCRIPTORS)})(?:en|et|met)?)[ \t]+")
# Naming cues: "med namnet X", "under namnet X", "kallad X", "som heter X", "döpt till X".
_CUE_HIT = re.compile(
    r"(?<![\w-])(?:namnet|kallad|kallat|kallade|kallas|benämnd|benämnt|heter|döpt[ \t]+till|döpts[ \t]+till|"
    r"vid[ \t]+namn)[ \t]+"
)
_CUE_WORDS = ("namn", "kallad", "kallat", "kallas", "benämn", "heter", "döpt", "vid namn")
_OPENS_NAME = frozenset('"”»“')
# A name opening a sentence and described after it: "Fritid för alla är ett treårigt projekt".
_DESCRIBED_AFTER = re.compile(
    rf"[ \t]+(?:är|var|blir)[ \t]+(?:ett|en)[ \t]+(?:[{LO}-]+[ \t]+){{0,2}}?[{LO}]*"
    rf"(?:{'|'.join(DESCRIPTORS)})(?![{LO}])"
)
# A naming cue names an initiative only where one is spoken of just before ("en insats med namnet").
_INITIATIVE_BEFORE = re.compile(
    rf"(?:{'|'.join(DESCRIPTORS)}|arbete|plan|fond|strategi|nätverk)[{LO}]*[^.!?\n]{{0,40}}\Z", re.IGNORECASE
)
_WORD = re.compile(r"[ \t]+(?P<w>[\w][\w'’-]*)")
_QUOTED = re.compile(r"[\"”»“](?P<name>[^\"”»“\n]{2,60}?)[\"”»“]")
# Words that join a name with the word after them.
_LINKS = frozenset(["för", "i", "på", "mot", "utan", "och", "med", "till", "av", "från", "som"])
_PLACE_LINKS = frozenset(["i", "på"])
# Lower-case words that end a name although they are no finite verb.
# fmt: off
_ENDS_NAME = FUNCTION_WORDS | frozenset(
    [
        "tillsammans", "också", "redan", "igen", "just", "ännu", "fortfarande", "numera", "dock", "därför",
        "vilket", "vilken", "vilka", "där", "dit", "samtidigt", "bland", "annat", "bl", "t", "ex", "m", "fl",
        "sedan", "senare", "tidigare", "nyligen", "snart", "ofta", "alltid", "aldrig", "mer", "mest", "mycket",
        "ska", "skall", "har", "hade", "är", "var", "blir", "kan", "kommer", "får", "ger", "inleddes",
        "startades", "genomfördes", "avslutades", "finansieras", "finansierades", "drevs", "drivs", "leds",
    ]
)
_TIMES = frozenset(
    [
        "år", "fjol", "höstas", "våras", "somras", "vintras", "höst", "vår", "sommar", "vinter", "helgen",
        "dag", "går", "morgon", "kväll", "kvällen", "natt", "natten", "veckan", "månaden", "januari",
        "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december", "början", "slutet", "mitten", "samband", "stället", "dagarna", "tiden",
    ]
)
# fmt: on
# Words that a preposition in a name cannot take ("Fritid för alla" can, "för att" cannot).
_NOT_AFTER_LINK = frozenset(
    [
        "att",
        "den",
        "det",
        "de",
        "dem",
        "en",
        "ett",
        "sig",
        "oss",
        "er",
        "deras",
        "sin",
        "sitt",
        "sina",
        "som",
        "och",
    ]
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?(?![\w-])")
_MAX_WORDS = 7
_MAX_LOWER = 3


@dataclass(frozen=True)
class NamedInitiative:
    start: int
    end: int
    name: str
    quoted: bool


def _is_name_word(word: str) -> bool:
    """A lower-case word that can go on a name: a content word that is no finite verb."""
    return word not in _ENDS_NAME and not is_finite_verb(word) and not word.isdigit()


def name_after(text: str, pos: int, limit: int) -> NamedInitiative | None:
    """The name that starts at ``pos`` (a quote or a capitalised word), read up to ``limit``."""
    quoted = _QUOTED.match(text, pos, limit)
    if quoted is not None:
        name = quoted.group("name").strip()
        if not name[:1].isalnum() or len(name.split()) > _MAX_WORDS or name[-1:] in ".!?,:":
            return None
        start = quoted.start("name") + (len(quoted.group("name")) - len(quoted.group("name").lstrip()))
        return NamedInitiative(start, start + len(name), " ".join(name.split()), True)
    first = re.match(r"[\w][\w'’-]*", text[pos:limit])
    if first is None or not first.group()[0].isupper():
        return None
    end = pos + first.end()
    words = 1
    lower = 0
    closed = False  # after "i/på X" only capitalised words go on ("Trygg i Västra Frölunda")
    while words < _MAX_WORDS:
        m = _WORD.match(text, end, limit)
        if m is None:
            break
        word = m.group("w")
        year = _YEAR.match(text, m.start("w"), limit)
        if year is not None:  # "Trygghetsplan för Alingsås 2024", "Plan 2024–2027": the year ends it
            end, words = year.end(), words + 1
            break
        if word[0].isupper():
            end, words = m.end(), words + 1
            continue
        if closed:
            break
        if word in _LINKS:
            nxt = _WORD.match(text, m.end(), limit)
            if nxt is None:
                break
            after = nxt.group("w")
            if not after[0].isupper() and (
                after in _TIMES or after in _NOT_AFTER_LINK or is_finite_verb(after)
            ):
                break  # "i år", "med att"
            if word == "som" or (word == "och" and (after[0].isupper() or words > 1)):
                break  # "Unga vuxna och Arbetsförmedlingen": a list goes on; "Trygg och säker" is one name
            end, words = nxt.end(), words + 2
            closed = word in _PLACE_LINKS or after[0].isupper()
            continue
        if lower >= _MAX_LOWER or not _is_name_word(word.lower()):
            break
        end, words, lower = m.end(), words + 1, lower + 1
    name = text[pos:end]
    return NamedInitiative(pos, end, " ".join(name.split()), False)


def _hits(lower: str, words: tuple[str, ...], pattern: re.Pattern[str], back: int = 0) -> list[re.Match[str]]:
    """Matches of ``pattern`` where one of ``words`` occurs: the words are found by substring
    search (fast), and the pattern is tried only there, in text order."""
    starts: set[int] = set()
    for word in words:
        pos = lower.find(word)
        while pos >= 0:
            starts.add(pos - back)
            pos = lower.find(word, pos + 1)
    out = []
    end = -1
    for start in sorted(starts):
        if start < end:
            continue
        m = pattern.match(lower, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] == "-"):
        pos -= 1
    return pos


def find_named_initiatives(scan: Scan, lexicon: Lexicon) -> Iterator[NamedInitiative]:
    """Every name a descriptor or a naming cue introduces, with the descriptor where it is part of
    the name ("Insats Sälta", "Projekt Ung Framtid")."""
    text = scan.text
    gaz = lexicon.gazetteer
    seen: set[int] = set()

    def accept(found: NamedInitiative | None) -> bool:
        if found is None or found.start in seen:
            return False
        words = found.name.split()
        titled = len(words) > 1 and words[0].lower() in _NAMING_HEADS
        first = words[1] if titled else words[0]
        if first.lower() in FUNCTION_WORDS and not found.quoted:
            return False  # "Det är ett projekt"
        known = [e for e in gaz.lookup(first) if not titled or e.type != "Place"]
        if not found.quoted and (known or first in gaz.first_names):
            return (
                False  # "projektet Polisen driver", "satsningen Anna Berg leder" (but "Samverkan Norrland")
            )
        if not found.quoted and gaz.lookup(found.name):
            return False  # a known actor after the descriptor
        seen.add(found.start)
        return True

    lower = scan.lower
    for hit in _hits(lower, DESCRIPTORS, _DESCRIPTOR_HIT):
        after = text[hit.end() : hit.end() + 1]
        if not after or not (after.isupper() or after in _OPENS_NAME):
            continue
        desc = text[hit.start("desc") : hit.end("desc")]
        word_start = _word_start(text, hit.start())
        # "Insats Sälta", "Projekt Ung Framtid", "Samverkan Norrland": a capitalised head is part of the name
        titled = word_start == hit.start() and desc[0].isupper() and desc.lower() in _NAMING_HEADS
        if desc.lower() in _CAPITAL_ONLY and not titled:
            continue  # "i samverkan Polisen och ...": no name
        found = name_after(text, hit.end(), scan.sentence_end(hit.start()))
        if found is not None and titled and not found.quoted:
            name = " ".join(text[word_start : found.end].split())
            found = NamedInitiative(word_start, found.end, name, False)
        if accept(found):
            assert found is not None
            yield found
    described = _hits(lower, (" är e", " var e", " blir e"), _DESCRIBED_AFTER, back=0)
    for hit in described:
        i = scan.sentence_of(hit.start())
        if i < 0:
            continue
        sentence_start = scan.sentences[i].start
        opening = re.match(r"[\"”»“–-]?[ \t]*", text[sentence_start : hit.start()])
        pos = sentence_start + (opening.end() if opening else 0)
        found = name_after(text, pos, hit.start())
        if found is None:
            continue
        closed = text[found.end : hit.start()].strip() in _OPENS_NAME and found.end < hit.start()
        if not closed and (found.end != hit.start() or found.quoted):
            continue  # ('"Stoppa langningen" är en kampanj': a quoted name described after it)
        if " " not in found.name and is_common_word(found.name):
            continue  # "Arbetet är ett projekt"
        if accept(found):
            yield found
    for hit in _hits(lower, _CUE_WORDS, _CUE_HIT):
        after = text[hit.end() : hit.end() + 1]
        if not after or not (after.isupper() or after in _OPENS_NAME):
            continue
        if not _INITIATIVE_BEFORE.search(text, max(0, hit.start() - 80), hit.start()):
            continue  # "en man som heter X", "området som kallas X"
        found = name_after(text, hit.end(), scan.sentence_end(hit.start()))
        if accept(found):
            assert found is not None
            yield found


# Verbs that run or join an initiative, before a quoted name: 'driver "Unga i jobb"'.
_RUNS_QUOTED = re.compile(
    r"(?<![\w-])(?:driver|drev|drivit|startar|startade|startat|inleder|inledde|inlett|genomför|genomförde|"
    r"genomfört|lanserar|lanserade|lanserat|arrangerar|arrangerade|deltar|deltog|deltagit|medverkar|medverkade|"
    r"ansvarar|leder|ledde|bedriver|bedrev|inom|ramen[ \t]+för)(?:[ \t]+(?:i|för|inom|med|även|också|nu))?"
    r"[ \t]+\Z"
)


def find_quoted_initiatives(scan: Scan, lexicon: Lexicon) -> Iterator[NamedInitiative]:
    """Quoted names right after a verb that runs or joins an initiative ('driver "Unga i jobb"',
    'deltar i "Trygg på stan"', 'inom ramen för "Tryggare Kalmar"')."""
    text = scan.text
    for quote in _OPENS_NAME:
        pos = text.find(quote)
        while pos >= 0:
            found = None
            if _RUNS_QUOTED.search(text, max(0, pos - 40), pos):
                found = name_after(text, pos, max(scan.sentence_end(pos), pos + 64))
            if (
                found is not None
                and found.quoted
                and found.name[:1].isupper()
                and not lexicon.gazetteer.lookup(found.name)
                and not any(is_finite_verb(w) for w in found.name.lower().split())  # "Vi ska vinna" is speech
            ):
                yield found
            pos = text.find(quote, pos + 1)


def descriptor_named(text: str, word_start: int, limit: int) -> bool:
    """Whether the descriptor word at ``word_start`` is followed by a name ("satsningen Lugna gatan")."""
    m = re.compile(r"[\w-]+[ \t]+").match(text, word_start, limit)
    if m is None:
        return False
    return name_after(text, m.end(), limit) is not None
