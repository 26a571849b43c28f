"""Swedish text handling: sentences, tokens, name normalisation, lemmas.

Everything here works on plain ``str`` and returns exact character offsets
into the text it was given, so that evidence spans can be cut back out of the
document with ``text[start:end]``.

``normalize`` is the name normalisation that extraction scoring uses (see
ONTOLOGY.md, "How extraction is scored"). It is a *matching key*, not a
display form: compare ``normalize(a) == normalize(b)``, never against a
hand-written literal. See its docstring for the rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from loaders.language import lemmas

__all__ = [
    "Sentence",
    "Token",
    "fold_accents",
    "lemma",
    "normalize",
    "split_sentences",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the original text: ``text == doc[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark as a span of the original text."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------

# Abbreviations after which a full stop never ends a sentence (lower case,
# without the final full stop).
# fmt: off
_ABBREVIATIONS = frozenset(
    [
        "t.ex", "bl.a", "s.k", "ca", "c:a", "kl", "nr", "dvs", "d.v.s", "p.g.a", "pga", "fr.o.m",
        "t.o.m", "jfr", "jmf", "jmfr", "resp", "st", "tel", "tfn", "mob", "ang", "enl", "f.d", "fd",
        "inkl", "exkl", "ev", "kap", "s", "sid", "fig", "tab", "p", "mom", "febr", "feb", "aug",
        "sept", "okt", "nov", "dec", "mr", "dr", "prof", "doc", "tf", "t.f", "v", "adr", "forts",
        "uppl", "red", "publ", "dnr", "milj", "mdr", "ordf", "v.ordf", "sekr", "ledam", "ers", "adj",
        "i.o.m", "m.a.o", "f.ö", "o.d", "ff", "f.f.a", "ffa", "e.d", "a.a", "obs", "hr", "fr", "kungl",
    ]
)
# fmt: on
# Abbreviations that often end a sentence: split after them only when the
# next word starts with a capital letter.
_TERMINAL_ABBREVIATIONS = frozenset(["m.fl", "mfl", "m.m", "o.s.v", "osv", "etc"])

_QUOTES = "\"'“”„»«‘’"
_OPENING = _QUOTES + "("
_CLOSING = "\"'”’»«)]"
_DASHES = "-–—"
_BULLETS = "•*·▪◦‣●○■□►➤"

# A run of sentence-final punctuation, optional closing quotes/brackets,
# whitespace, then (captured by look-ahead) the first visible character.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»«)\]]*(\s+)(?=(\S)([\s\S]?))")
# The "word" in front of a full stop, back to whitespace or an opening mark.
_WORD_BEFORE = re.compile(r"[^\s\"'“”„»«‘’(\[]*\Z")
_PIPE = re.compile(r"[ \t]+\|[ \t]+")
_LEADING_JUNK = re.compile(r"(?:\s|[•*·▪◦‣●○■□►➤](?=\s))+")
_HAS_WORD = re.compile(r"\w")

# Lines ending in one of these continue on the next line.
_CONTINUATION_END = ",;-–—/(&"
# Final words after which a line is wrapped, never a heading.
# fmt: off
_CONNECTIVES = frozenset(
    [
        "och", "eller", "i", "på", "med", "av", "för", "till", "som", "att", "om", "från", "mot",
        "vid", "samt", "men", "en", "ett", "den", "det", "de", "är", "har", "var", "sig", "säger",
        "sa", "enligt", "under", "över", "efter", "inom",
    ]
)
# fmt: on
_HEADING_MAX = 60


def split_sentences(text: str) -> list[Sentence]:
    """Split Swedish running text into sentences with exact offsets.

    Hard breaks: a blank line; a line starting with a bullet, a speech dash
    (``– ``, ``- ``) or a quote; a heading-like line (short, no final
    punctuation, next line starts with a capital, e.g. titles or
    ``Telefon: ...``); `` | `` separators. Soft breaks: ``. ! ? …`` (plus
    closing quotes) followed by whitespace and a capital, digit, quote, dash
    or bullet, except after known abbreviations (``t.ex.``, ``bl.a.``, ...),
    initials (``A. Berg``) and list numbers at the start of a line.
    ``m.fl.``, ``m.m.``, ``osv.`` and ``etc.`` end a sentence only when a
    capital follows. Spans are stripped of whitespace and of leading bullets;
    speech dashes and quotes stay in the sentence.
    """
    sentences: list[Sentence] = []
    for seg_start, seg_end in _segments(text):
        start = seg_start
        for match in _BOUNDARY.finditer(text, seg_start, seg_end):
            if _is_boundary(text, match, start):
                _emit(text, start, match.start(1), sentences)
                start = match.end(1)
        _emit(text, start, seg_end, sentences)
    return sentences


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    junk = _LEADING_JUNK.match(text, start, end)
    if junk:
        start = junk.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _HAS_WORD.search(text, start, end):
        out.append(Sentence(start, end, text[start:end]))


def _is_boundary(text: str, match: re.Match[str], sent_start: int) -> bool:
    nxt, after = match.group(2), match.group(3)
    capital = nxt.isupper()
    starter = (
        capital or nxt.isdigit() or nxt in _OPENING or nxt in _BULLETS or (nxt in _DASHES and after.isspace())
    )
    if not starter:
        return False
    punct_end = match.start(1)
    # Only a single full stop can belong to an abbreviation.
    stop = punct_end
    while stop > match.start() and text[stop - 1] in _CLOSING:
        stop -= 1
    if text[stop - 1] != "." or stop - 1 != match.start():
        return True
    word_match = _WORD_BEFORE.search(text, max(sent_start, stop - 1 - 24), stop - 1)
    word = word_match.group(0) if word_match else ""
    if not word:
        return True
    lowered = word.lower()
    if lowered in _TERMINAL_ABBREVIATIONS:
        return capital
    if lowered in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "A. Berg"
        return False
    # A list number at the start of a line ("1. Inledning") is no sentence.
    return not (word.isdigit() and not text[sent_start : stop - 1 - len(word)].strip())


def _segments(text: str) -> list[tuple[int, int]]:
    """Cut the text at hard breaks; each piece is then split at soft breaks."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((pos, pos + len(content)))
        pos += len(raw)

    segments: list[tuple[int, int]] = []
    paragraph: list[tuple[int, int]] = []
    for start, end in lines:
        if text[start:end].strip():
            paragraph.append((start, end))
        elif paragraph:
            _paragraph_segments(text, paragraph, segments)
            paragraph = []
    if paragraph:
        _paragraph_segments(text, paragraph, segments)

    result: list[tuple[int, int]] = []
    for start, end in segments:
        for pipe in _PIPE.finditer(text, start, end):
            result.append((start, pipe.start()))
            start = pipe.end()
        result.append((start, end))
    return result


def _paragraph_segments(text: str, paragraph: list[tuple[int, int]], out: list[tuple[int, int]]) -> None:
    stripped = [text[s:e].strip() for s, e in paragraph]
    width = max(len(line) for line in stripped)
    seg_start = paragraph[0][0]
    for i in range(len(paragraph) - 1):
        if _breaks_after(stripped[i], stripped[i + 1], width):
            out.append((seg_start, paragraph[i][1]))
            seg_start = paragraph[i + 1][0]
    out.append((seg_start, paragraph[-1][1]))


def _breaks_after(line: str, next_line: str, width: int) -> bool:
    first = next_line[0]
    if first in _BULLETS or first in _QUOTES:
        return True
    if first in _DASHES and next_line[1:2].isspace():
        return True
    if not (first.isupper() or first.isdigit()):
        return False
    last = line.rstrip(_CLOSING)[-1:]
    if last in ".!?…":
        return False  # a soft break decides, with the abbreviation rules
    if line[-1] in _CONTINUATION_END:
        return False
    if line.rsplit(None, 1)[-1].lower() in _CONNECTIVES:
        return False
    return len(line) <= _HEADING_MAX or len(line) < 0.75 * width


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)+"  # 1.5, 24,9, 14:30
    r"|\w+(?:[-'’:]\w+)*"  # words, MC-gänget, SvD:s, 2021-06-08
    r"|[^\w\s]"  # any other single character
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with internal hyphens, apostrophes and colons), numbers and
    single punctuation marks; offsets are ``offset`` + position in ``text``."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_VOWELS = frozenset("aeiouyåäöéè")
# Genitive/definite endings written after a colon or apostrophe: SvD:s, EU:n.
_MARKED_ENDING = re.compile(r"[:'’´`](?:s|n|en|et|ns|ets|ens|na|ernas|erna|arna)\b")
_NON_WORD = re.compile(r"[\W_]+")
_ARTICLES = frozenset({"den", "det", "de", "en", "ett"})

# Letters before a final -s that mean the s belongs to the stem
# (polis, hus, Bandidos, Borås, Anders, kurs, process).
_STEM_S_AFTER = frozenset("iuoårsxz")
# Names and words ending in a stem -s that would otherwise look genitive.
# fmt: off
_KEEP_S = frozenset(
    [
        "jens", "hans", "mons", "måns", "jöns", "nils", "klas", "claes", "jonas", "tomas", "thomas",
        "andreas", "elias", "niklas", "nicklas", "lukas", "matias", "mattias", "tobias", "douglas",
        "texas", "atlas", "gas", "glas", "agnes", "ines", "james", "moses", "mats",
    ]
)
# fmt: on
# Endings in -an that are not a definite -n (plan, organ, Kristian, Pakistan).
_KEEP_AN_ENDINGS = ("ian", "plan", "organ", "stan", "han", "man")
_KEEP_AN = frozenset(["stefan", "morgan", "jordan", "tehran", "duncan"])


def _dedouble(stem: str) -> str:
    # programmet -> programm -> program, mannen -> mann -> man
    if len(stem) > 3 and stem[-1] in "mn" and stem[-2] == stem[-1]:
        return stem[:-1]
    return stem


def _strip_once(t: str) -> str:
    """Remove one ending (genitive, definite, plural definite, final -e)."""
    n = len(t)
    if t.endswith("s"):
        if n >= 4 and t[-2] not in _STEM_S_AFTER and not t.endswith("ats") and t not in _KEEP_S:
            return t[:-1]  # Huddinges, polisens, Flemingsbergs, rådets
        return t
    if t.endswith("na") and n >= 5 and t[-3] in "re":
        return t[:-2]  # skolorna -> skolor, löftena -> löfte
    if t.endswith("en") and n >= 6:
        return _dedouble(t[:-2])  # polisen, nämnden, gängen, styrelsen
    if t.endswith("et") and n >= 5 and not t.endswith("het"):
        return _dedouble(t[:-2])  # rådet, nätverket, partiet, löftet
    if (
        t.endswith("an")
        and n >= 6
        and t[-3] not in _VOWELS
        and not t.endswith(_KEEP_AN_ENDINGS)
        and t not in _KEEP_AN
    ):
        return t[:-1]  # skolan -> skola, villan -> villa
    if t.endswith("e") and n >= 4:
        return t[:-1]  # styrelse ~ styrelsen, löfte ~ löften, Huddinge
    return t


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    if not token[-1:].isalpha():
        return token
    while True:
        stripped = _strip_once(token)
        if stripped == token:
            return token
        token = stripped


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The matching key of a name (ONTOLOGY.md scoring).

    Lower case (NFC); ``:s``/``'s`` endings dropped; every run of punctuation
    becomes a space (``MC-gänget`` -> two tokens); per token, endings are
    removed one at a time until none applies (so the result is idempotent):

    - genitive ``-s`` (not after i, u, o, å, r, s, x, z, not ``-ats``, not a
      few names such as Hans, Jonas): ``Huddinges``, ``polisens``, ``rådets``;
    - plural definite ``-na`` after r or e: ``skolorna`` -> ``skolor``;
    - definite ``-en`` (token of 6+ letters), ``-et`` (5+, not ``-het``):
      ``polisen`` -> ``polis``, ``rådet`` -> ``råd``, ``programmet`` ->
      ``program``;
    - definite ``-n`` after consonant + a (6+ letters; not ``-plan``,
      ``-ian``, ``-stan``, ``-man``, ``-han``): ``skolan`` -> ``skola``;
    - a final ``-e`` (4+ letters), so that e-stems meet their inflected
      forms: ``styrelse`` = ``styrelsen``, ``löfte`` = ``löften`` =
      ``löftena``, and ``Huddinge`` -> ``hudding``.

    Leading articles (den, det, de, en, ett) are dropped when more words
    follow. Indefinite plurals are kept (``grupper`` != ``grupp``). Accents
    are kept (see ``fold_accents``). Numbers are untouched;
    words ending in a letter lose endings even if they hold digits (``TV4s``).
    """
    lowered = unicodedata.normalize("NFC", name.lower())
    lowered = _MARKED_ENDING.sub("", lowered)
    tokens = [_stem(t) for t in _NON_WORD.sub(" ", lowered).split()]
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return " ".join(tokens)


_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def fold_accents(s: str) -> str:
    """Drop diacritics for fuzzy search: ``Åkesson`` -> ``Akesson``,
    ``Malmö`` -> ``Malmo``, ``Lindén`` -> ``Linden``. Case is kept; the
    length may change (``æ`` -> ``ae``), so offsets do not carry over."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# Lemmas
# --------------------------------------------------------------------------

_MIN_COMPOUND_HEAD = 4


def _known_lemma(word: str) -> str | None:
    if not lemmas.is_known(word):
        return None
    result = lemmas.lemmatize(word).lower()
    # A noun's lemma is never longer than its forms; simplemma reads some
    # nouns as verbs or adjectives (plan -> plana): keep the word then.
    if len(result) > len(word):
        return word
    # gänget -> gänge (a verb form) although gäng is a noun lemma itself.
    if word.endswith(("et", "en")) and len(word) > 4:
        stem = word[:-2]
        if lemmas.is_known(stem) and lemmas.lemmatize(stem) == stem:
            return stem
    return result


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """Lower-case dictionary form of a common noun (simplemma, cached).

    ``nätverken`` -> ``nätverk``, ``skolorna`` -> ``skola``, ``grupper`` ->
    ``grupp``, ``gänget`` -> ``gäng``. An unknown compound is lemmatised by its
    longest known final part of 4+ letters (``trygghetsfonden`` ->
    ``trygghetsfond``); in a hyphenated word only the last part changes
    (``mc-gänget`` -> ``mc-gäng``). Unknown words come back lower-cased.
    Proper names are not its job: ``Huddinges`` -> ``huddinge`` works, but
    do not rely on it for names.
    """
    w = word.lower()
    if "-" in w:
        head, _, last = w.rpartition("-")
        return f"{head}-{lemma(last)}" if last else w
    if not w.isalpha():
        return w
    known = _known_lemma(w)
    if known is not None:
        return known
    for i in range(1, len(w) - _MIN_COMPOUND_HEAD + 1):
        part = _known_lemma(w[i:])
        if part is not None:
            return w[:i] + part
    return w
