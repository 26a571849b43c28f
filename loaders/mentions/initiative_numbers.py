"""An initiative's name in the other grammatical number, and without its adjectives.

Readers name a described effort in the number the text uses most, or the one that reads best as
a name: "trygghetsvandringar" in one text, "trygghetsvandring" in the index; "medborgardialoger"
and "medborgardialog". They also leave out adjectives that only say how it is done
("samordnade kontroller mot fusk" -> "kontroller mot fusk") when a compound or complement still
says which effort it is. Both are forms of the same initiative, kept as its aliases; a name of
one word ("Kontroll", a measure of a list) has its other number too, and a proper name of
several words ("Operation Vinterljus") keeps its own.
"""

from __future__ import annotations

import re

__all__ = ["other_number", "without_adjectives"]

# Plural endings of effort nouns and their singulars: -vandringar/-vandring, -dialoger/-dialog,
# -åtgärder/-åtgärd, -insatser/-insats, -kontroller/-kontroll, -kameror/-kamera.
_PLURAL_TO_SINGULAR = (
    ("ningar", "ning"),
    ("ingar", "ing"),
    ("dialoger", "dialog"),
    ("åtgärder", "åtgärd"),
    ("insatser", "insats"),
    ("kontroller", "kontroll"),
    ("kameror", "kamera"),
    ("satsningar", "satsning"),
    ("träffar", "träff"),
    ("möten", "möte"),
)
_SINGULAR_TO_PLURAL = tuple((s, p) for p, s in _PLURAL_TO_SINGULAR)
_PREPOSITIONS = frozenset(["mot", "för", "kring", "mellan", "med", "om", "i", "på", "inom", "till", "av"])
_ADJECTIVE = re.compile(
    r"[a-zåäö]{3,}(?:ad|ade|at|isk|iska|iskt|ig|iga|igt|ell|ella|ellt|lig|liga|ligt|ande|ende|sam|samt|samma|ta|t)\Z"
)
_MIN_COMPOUND = 10  # a head this long is a compound that names the effort alone


def _head(words: list[str]) -> int:
    for i, word in enumerate(words):
        if i and word in _PREPOSITIONS:
            return i - 1
    return len(words) - 1


def other_number(name: str) -> str | None:
    """The name with its head noun in the other number, if the head is a known effort noun."""
    words = name.split()
    if not words:
        return None
    i = _head(words)
    head = words[i]
    if not head[1:].islower() or (not head[:1].islower() and len(words) > 1):
        return None
    for a, b in (*_PLURAL_TO_SINGULAR, *_SINGULAR_TO_PLURAL):
        if head.lower().endswith(a):
            other = head[: -len(a)] + b
            other = other[:1].upper() + other[1:] if head[:1].isupper() else other
            return " ".join([*words[:i], other, *words[i + 1 :]])
    return None


def without_adjectives(name: str) -> str | None:
    """The name without the adjectives before its head, where a compound head or a complement
    remains ("riktade kontroller mot fusk" -> "kontroller mot fusk")."""
    words = name.split()
    i = _head(words)
    if i == 0 or not all((w.islower() and _ADJECTIVE.match(w)) or w in ("och", "samt") for w in words[:i]):
        return None
    rest = words[i:]
    if len(rest) == 1 and len(rest[0]) < _MIN_COMPOUND:
        return None
    return " ".join(rest)
