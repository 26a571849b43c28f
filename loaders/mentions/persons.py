"""Named persons: a known first name before a capitalised surname, or any two capitalised words
that a cue marks as a person (``säger X Y``, ``X Y, kommunalråd``, ``professor X Y``,
``Foto: X Y``, a signature line under ``För Socialdemokraterna``).

Only names become persons: phone numbers, e-mail addresses and personnummer are masked in the
scan and never read. The role beside a name (``polisinsatschef``, ``kommunalråd``) is kept on the
candidate for the relation rules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import FUNCTION_WORDS
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Scan
from loaders.mentions.gazetteer import read_list
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_persons", "role_pattern"]

UP = UPPER
LO = LOWER
_SURNAME = rf"(?:Mc|Mac|Di|De|Le|La|O['’])?[{UP}][{LO}'’]+(?:-[{UP}][{LO}]+)?"
_PARTICLES = frozenset(
    ["von", "af", "de", "van", "der", "den", "al", "el", "bin", "ibn", "da", "di", "du", "la", "le"]
)

# Capitalised words that follow a first name without being a surname.
# fmt: off
_NOT_SURNAME = frozenset(
    [
        "Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober",
        "November", "December", "Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag",
        "Kommun", "Stad", "Län", "Region", "AB", "MC", "Polisen", "Och", "Men", "Som", "Det", "Den", "Att",
        "Från", "Till", "Med", "Eller", "Om", "Enligt", "Foto", "Text", "Telefon", "Tel", "Mobil",
    ]
)
# fmt: on
_SPEECH_CUES = (
    r"säger|sa|sade|berättar|enligt|menar|skriver|uppger|förklarar|konstaterar|betonar|tycker|anser|"
    r"fortsätter|avslutar|understryker|poängterar|tillägger|framhåller|Foto:?|foto:?|Text:?|text:?|Av:|av:"
)


@functools.cache
def role_pattern() -> str:
    """An alternation of the role words in ``loaders/data/roles.txt``, longest first, case-insensitive."""
    roles = sorted(read_list("roles.txt"), key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) + ")"


@functools.cache
def _roles() -> frozenset[str]:
    return frozenset(" ".join(r.lower().split()) for r in read_list("roles.txt"))


_MAX_ROLE_WORDS = 3
_ROLE_ENDINGS = ("", "n", "en", "et")  # "kommunalrådet Anna Berg", "ordföranden Anna Berg"


def _role_before(text: str, start: int) -> str | None:
    """The role right before a name ("professor Anna Berg", "kommunalrådet Anna Berg"), read from
    the last words before it (a look-up, not a search of every role)."""
    window = text[max(0, start - 60) : start]
    head = window.rstrip(" \t")
    if len(head) == len(window):
        return None
    words = head.split()
    roles = _roles()
    for k in range(min(_MAX_ROLE_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        low = phrase.lower()
        for ending in _ROLE_ENDINGS:
            if low.endswith(ending) and low[: len(low) - len(ending)] in roles:
                return phrase[: len(phrase) - len(ending)]
    return None


def _speech_before(text: str, start: int) -> bool:
    """A verb of saying or a credit right before a name ("säger Anna Berg", "Foto: Anna Berg")."""
    window = text[max(0, start - 20) : start]
    head = window.rstrip(" \t")
    if len(head) == len(window):
        return False
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    return last in _SPEECH_WORDS


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = role_pattern()
    # A role right after it ("Anna Berg (C), kommunalråd", or on the next line of a signature).
    role_after = re.compile(
        rf"(?:[ \t]*\([^)\n]{{1,3}}\))?,[ \t]+(?P<role>(?:[{LO}]+[ \t]+){{0,2}}?{roles})\b"
        rf"|[ \t]*\n\s*(?P<line_role>{roles})\b"
    )
    role_line = re.compile(rf"[ \t]*{roles}\b")
    return role_after, role_line


_PAIR = re.compile(
    rf"(?P<first>{_SURNAME})(?:[ ](?P<particle>{'|'.join(sorted(_PARTICLES))}))?(?:[ ](?P<initial>[{UP}])\.?)?[ ](?P<last>{_SURNAME})"
    rf"(?:[ ](?P<third>{_SURNAME}))?(?![\w-])"
)
# A Riksdag party's letter in brackets right after a name.
_PARTY_AFTER = re.compile(r"[ \t]*\((?:S|M|SD|C|V|KD|L|MP)\)")
# What may follow a name on its signature line: party letters in brackets ("Anna Berg (M)").
_LINE_REST = re.compile(r"[ \t]*(?:\([A-ZÅÄÖa-zåäö]{1,3}\))?[ \t]*")
_SPEECH_WORDS = frozenset(_SPEECH_CUES.replace(":?", "|").replace("||", "|").split("|")) | frozenset(
    w + ":" for w in ("Foto", "foto", "Text", "text")
)


def _role_words(role: str) -> str:
    return " ".join(role.split()).lower()


def _ok_name(lexicon: Lexicon, name: str) -> bool:
    words = name.split()
    if any(w in _NOT_SURNAME for w in words):
        return False
    if words[0].lower() in FUNCTION_WORDS and words[0] not in lexicon.gazetteer.first_names:
        return False  # "För Moderaterna" over a signature, "Enligt Polisen"; but "Hans Berg" is a name
    # Capitalised words that are a known organisation or place are no person.
    if lexicon.gazetteer.lookup(name):
        return False
    return not any(e.type != "Place" for w in (words[0], words[-1]) for e in lexicon.gazetteer.lookup(w))


def _double_surname(lexicon: Lexicon, first: str, last: str, third: str) -> bool:
    """A known first name before two surnames: the third word is no first name of a next person,
    nor a place or an organisation after the name ("Anna Berg Mora", "Anna Berg Region Dalarna")."""
    gazetteer = lexicon.gazetteer
    names = gazetteer.first_names
    if first not in names or last in names or third in names or third in _NOT_SURNAME:
        return False
    # A surname may be a place that is also a common word ('Berg', 'Mark'), not another place.
    return not any(e.attribute("common_word") != "yes" for w in (last, third) for e in gazetteer.lookup(w))


def _signature_line(text: str, start: int, end: int, role_line: re.Pattern[str]) -> bool:
    """Whether a line holding only a name signs a text: after 'För <party>' or 'kontakta:', or over a role."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or not _LINE_REST.fullmatch(text, end, line_end):
        return False
    before = text[max(0, line_start - 200) : line_start].rstrip()
    prev_line = before[before.rfind("\n") + 1 :].strip()
    after = text[line_end : line_end + 200].lstrip()
    next_line = after[: after.find("\n")] if "\n" in after else after
    if prev_line.startswith(("För ", "för ")) or prev_line.endswith(":"):
        return True
    return bool(role_line.match(next_line)) or bool(re.search(r"\([A-ZÅÄÖ]{1,2}\)", next_line))


def find_persons(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Person candidates with their canonical full name and, where stated, their role.

    Each pair of capitalised words is a person when the first is a known first name, or when a
    cue stands beside it: a verb of saying before it, a role before or after it, or a signature
    line around it.
    """
    text = scan.text
    first_names = lexicon.gazetteer.first_names
    role_after, role_line = _patterns()
    length = len(text)
    for pos, word in scan.capital_words:
        after = pos + len(word)
        # A name goes on with a space and a capital (or a particle: "de", "von").
        if after + 1 >= length or text[after] != " " or not text[after + 1].isalpha():
            continue
        m = _PAIR.match(text, pos)
        if m is None:
            continue
        first, last, third = m.group("first"), m.group("last"), m.group("third")
        end = m.end("last")
        if third and last in first_names and third not in _NOT_SURNAME:
            if first not in first_names and first.endswith("s"):
                continue  # "Polisens Anna Ek": an employer in the genitive; the name starts at "Anna"
            end = m.end("third")  # a double first name: "Anna Karin Berg"
        elif third and _double_surname(lexicon, first, last, third):
            end = m.end("third")  # "Anna Lindgren Holm"
        if last in _NOT_SURNAME:
            continue
        start = pos
        if scan.is_masked(start, end):
            continue
        before = _role_before(text, start)
        after = role_after.match(text, end)
        known_first = first in first_names or first.split("-")[0] in first_names
        if known_first:
            rule = "first_name"
        elif _speech_before(text, start):
            rule = "speech_cue"
        elif before:
            rule = "role_before"
        elif after:
            rule = "role_after"
        elif _signature_line(text, start, end, role_line):
            rule = "signature"
        elif _PARTY_AFTER.match(text, end):
            rule = "party_letter"  # "Nooshi Dadgostar (V)": a politician
        else:
            continue
        name = text[start:end]
        if not _ok_name(lexicon, name):
            continue
        role = None
        if after:
            role = after.group("role") or after.group("line_role")
        elif before:
            role = before
        yield Candidate(
            start,
            end,
            name,
            EntityType.PERSON,
            " ".join(name.split()),
            rule,
            role=_role_words(role) if role else None,
        )


# After a first name that stands alone: 'Erik, polis', 'Erik från Skatteverket', 'säger Erik.'
_ALONE_END = re.compile(r"[ \t]*[,.;:!?–]|[ \t]+(?:från|på|vid|hos)[ \t]+[A-ZÅÄÖ]")
_FROM_ORG = re.compile(r"[ \t]+(?:från|på|vid|hos)[ \t]+[A-ZÅÄÖ]")


def find_first_names_alone(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Persons a text names by their first name only, as news do for those who ask to be anonymous.

    A known first name alone is a person where a cue says so: a verb of saying before it, a role
    after it, or the organisation the person comes from ('Erik från Skatteverket'). A first name the
    document also gives with a surname is left to that full name.
    """
    text = scan.text
    first_names = lexicon.gazetteer.first_names
    role_after, _ = _patterns()
    for pos, word in scan.capital_words:
        if word not in first_names or not _ALONE_END.match(text, pos + len(word)):
            continue
        end = pos + len(word)
        cued = (
            (_speech_before(text, pos) and not _FROM_ORG.match(text, end))
            or role_after.match(text, end)
            or (_FROM_ORG.match(text, end) and not scan.is_sentence_initial(pos))
        )
        if not cued or scan.is_masked(pos, end) or lexicon.gazetteer.lookup(word):
            continue
        if re.search(rf"(?<![\w-]){re.escape(word)}[ ]+[{UP}]", text):
            continue  # 'Erik Berg' elsewhere in the text: the lone 'Erik' is his, read with the full name
        after = role_after.match(text, end)
        role = (after.group("role") or after.group("line_role")) if after else None
        yield Candidate(
            pos,
            end,
            word,
            EntityType.PERSON,
            word,
            "first_name_alone",
            role=_role_words(role) if role else None,
        )
