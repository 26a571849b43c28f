"""The words around an effort noun that make it a described initiative.

ONTOLOGY.md counts a described effort as an initiative even without a proper name: "det
länsgemensamma arbetet mot bedrägerier", "en satsning på fler fältassistenter", "samarbete kring
unga i riskzon", "brottsförebyggande och trygghetsskapande åtgärder". Two things qualify the head
noun:

- adjectives before it that say what kind of effort it is (``brottsförebyggande``,
  ``trygghetsskapande``, ``myndighetsgemensamt``, ``långsiktigt``), also coordinated ("A och B");
- a complement after it, a prepositional phrase (``mot``, ``för``, ``kring``, ``på``, ``med``,
  ``mellan``, ``om``, ``inför``) over a lower-case noun phrase, which may coordinate its nouns
  ("mot människohandel och prostitution") and carry a nested phrase ("för bättre belysning i
  parkerna").

A complement stops where the clause goes on (a finite verb, ``som``, punctuation, a number) and
before a capitalised word: "i Gränby" is the place the initiative is in, which the resolution ties
to it separately, and a named actor is a mention of its own.
"""

from __future__ import annotations

import re

from loaders.language.words import FUNCTION_WORDS, is_finite_verb

__all__ = ["COMPLEMENT_PREPOSITIONS", "complement_after", "is_effort_adjective", "named_as_example"]

#: Prepositions that open the complement of an effort noun. "med" is left out: "arbetet med
#: målgruppen", "samverkan med polisen" name a partner or a task, not an effort of its own.
COMPLEMENT_PREPOSITIONS = frozenset(["mot", "för", "kring", "på", "mellan", "om", "inför", "runt"])
# Prepositions of a nested phrase inside the complement ("för bättre belysning i parkerna").
_NESTED = frozenset(["i", "på", "för", "av", "med", "om", "inom", "till", "mot", "kring", "bland"])
_DETERMINERS = frozenset(["den", "det", "de", "en", "ett"])
_COORDINATORS = frozenset(["och", "samt", "eller"])
# Participles that direct an effort at its topic: "åtgärder inriktade mot", "relaterat till".
# fmt: off
_DIRECTED = frozenset(
    [
        "inriktad", "inriktat", "inriktade", "riktad", "riktat", "riktade", "relaterad", "relaterat", "relaterade",
        "kopplad", "kopplat", "kopplade", "fokuserad", "fokuserat", "fokuserade",
    ]
)
# fmt: on
_QUANTIFIERS = frozenset(["fler", "flera", "färre", "mer", "mera"])
# Words that close a noun phrase although they are no finite verb.
# fmt: off
_CLOSES = FUNCTION_WORDS | frozenset(
    [
        "som", "att", "vilket", "vilka", "där", "när", "då", "nu", "också", "även", "redan", "bland", "annat",
        "genom", "under", "efter", "sedan", "inte", "ska", "skall", "kan", "har", "är", "var", "blir", "kommer",
        "får", "bör", "vill", "samtidigt", "dessutom", "tillsammans", "både", "varje", "alla", "flera",
        "år", "året", "dag", "veckan", "vecka", "månaden", "helgen", "hösten", "våren", "sommaren", "vintern",
        "tidigare", "senare", "framöver", "igen", "fortsatt", "fortsätter", "mm", "m", "fl", "bl", "t", "ex",
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december", "fjol", "höstas", "våras", "somras", "vintras",
        # particle verbs the lexicon may not know as finite
        "ingår", "ingick", "innebär", "innebar", "består", "bestod", "når", "nådde", "utgör", "utgjorde",
        "framgår", "avser", "avsåg", "omfattas",
    ]
)
# fmt: on
_TIMES = frozenset(["år", "året", "åren", "dagar", "veckor", "månader", "timmar", "procent", "kronor"])
_TOKEN = re.compile(r"[ \t]+(?P<w>[A-Za-zÅÄÖåäöÉé][\wÅÄÖåäöÉé]*-?|\d+|\S)")
_MAX_WORDS = 8
_YEAR = re.compile(r"(?:19|20)\d\d\Z")

# Adjectives that say what kind of effort a noun names; "förstärkt", "långsiktigt" say only how much
# or how long ("ett långsiktigt arbete" is any work).
_EFFORT_ADJECTIVE = re.compile(
    r"(?:[a-zåäö]*(?:förebyggande|skapande|höjande|främjande|gemensam|gemensamt|gemensamma|övergripande)"
    r"|riktad|riktade|riktat|särskild|särskilda|särskilt|samordnad|samordnade|samordnat|"
    r"polisiär|polisiärt|polisiära|offensiv|offensivt|offensiva|systematisk|systematiskt|systematiska|"
    r"preventiv|preventivt|preventiva|planlagd|planlagt|planlagda|uppsökande|proaktiv|proaktivt|proaktiva|"
    r"tvärsektoriell|tvärsektoriellt|tvärsektoriella|nationell|nationella|nationellt|lokal|lokala|lokalt|"
    r"strategisk|strategiskt|strategiska|regional|regionala|regionalt|operativ|operativt|operativa|"
    r"kontinuerlig|kontinuerligt|kontinuerliga)\Z"
)


# A kind of measure given as an example ("till exempel trygghetsvandringar", "åtgärder som
# trygghetskameror och belysning") is no measure someone takes.
_EXAMPLE_BEFORE = re.compile(
    r"(?<![\w-])(?:exempelvis|till[ \t]+exempel|t\.[ \t]?ex\.|bland[ \t]+annat|såsom|som)"
    r"(?:[ \t]+exempelvis)?[ \t]+\Z",
    re.IGNORECASE,
)


def named_as_example(text: str, start: int) -> bool:
    """Whether the words before ``start`` give what follows as an example of a kind."""
    return bool(_EXAMPLE_BEFORE.search(text, max(0, start - 32), start))


def is_effort_adjective(word: str) -> bool:
    """Whether ``word`` (any case) says what kind of effort its noun is: ``brottsförebyggande``."""
    return bool(_EFFORT_ADJECTIVE.match(word.lower()))


def _content(word: str) -> bool:
    """A lower-case word that can stand in a noun phrase."""
    return (
        word[:1].islower()
        and word.rstrip("-").isalpha()
        and word not in _CLOSES
        and word not in _COORDINATORS
        and word not in _NESTED
        and word not in COMPLEMENT_PREPOSITIONS
        and not is_finite_verb(word)
    )


def complement_after(
    text: str, pos: int, limit: int, prepositions: frozenset[str] = COMPLEMENT_PREPOSITIONS
) -> str:
    """The complement right after an effort noun ending at ``pos``: "mot grov organiserad
    brottslighet", "kring unga i riskzon"; "" when none follows.

    The text returned starts with its preposition and ends with a content word; nothing after
    ``limit`` (the end of the sentence) is read.
    """
    tokens: list[tuple[str, int]] = []  # (word, end)
    at = pos
    while len(tokens) < _MAX_WORDS + 2:
        m = _TOKEN.match(text, at, limit)
        if m is None:
            break
        tokens.append((m.group("w"), m.end()))
        at = m.end()
    first = 1
    if len(tokens) > 1 and tokens[0][0] in _DIRECTED and tokens[1][0] in _NESTED:
        first = 2  # "åtgärder inriktade mot våld i nära relationer", "insatser riktade till unga"
    elif not tokens or tokens[0][0] not in prepositions:
        return ""
    end = _phrase_end(tokens, first)
    if end is None or tokens[end][0].endswith("-") or _cut_short(tokens, end):
        return ""
    return " ".join(text[pos : tokens[end][1]].split())


def _cut_short(tokens: list[tuple[str, int]], end: int) -> bool:
    """Whether the noun phrase goes on past ``end`` into what the complement cannot hold: a name
    ("för ett tryggt Luleå"), a number or a time ("för cirka tio år")."""
    if end + 1 >= len(tokens):
        return False
    after = tokens[end + 1][0]
    following = tokens[end + 2][0] if end + 2 < len(tokens) else ""
    if _YEAR.match(after) and not following[:1].isalpha():
        return False  # "handlingsplan för brottsförebyggande arbete 2024": the plan's years follow
    return after[:1].isupper() or after[:1].isdigit() or after in _TIMES


def _phrase_end(tokens: list[tuple[str, int]], i: int) -> int | None:
    """Index of the last word of the noun phrase that starts at ``tokens[i]``, or None."""
    if i < len(tokens) and (tokens[i][0] in _DETERMINERS or tokens[i][0] in _QUANTIFIERS):
        i += 1  # "mot den organiserade brottsligheten", "för en ökad trygghet", "på fler fältassistenter"
    if i >= len(tokens) or not _content(tokens[i][0]):
        return None
    last = i
    i += 1
    while i < len(tokens) and i <= _MAX_WORDS:
        word = tokens[i][0]
        if _content(word):
            last = i
            i += 1
            continue
        if word in _DIRECTED and i + 1 < len(tokens) and tokens[i + 1][0] in _NESTED:
            i += 1  # "samverkan mellan polis och socialtjänst relaterad till unga"
            word = tokens[i][0]
        if word in _COORDINATORS or word in _NESTED:
            nested = _phrase_end(tokens, i + 1)
            if nested is None:
                break
            last = i = nested
            i += 1
            continue
        break
    return last
