"""Word classes the mention rules need: function words, common words, finite verbs, adjectives.

Names are capitalised, but so is the first word of a sentence or a list item ("Kameraövervaka
X centrum", "För Moderaterna"). These tests tell an ordinary Swedish word from a name by the
dictionary (simplemma's Swedish lemma list: a common word has a lower-case lemma, a proper name
a capitalised one) and by inflection. Every test is cached: words repeat across documents.
"""

from __future__ import annotations

from functools import lru_cache

from loaders.language import lemmas

__all__ = [
    "FUNCTION_WORDS",
    "is_adjective_form",
    "is_common_word",
    "is_finite_verb",
    "is_lemma",
    "is_ordinary_opening",
]

# Words that may open a sentence or a line before a name ("Enligt Bostadsbolaget AB", "För Moderaterna").
# fmt: off
FUNCTION_WORDS = frozenset(
    [
        "enligt", "men", "och", "både", "även", "med", "hos", "av", "för", "från", "till", "i", "på", "det",
        "den", "de", "en", "ett", "när", "där", "som", "nu", "idag", "då", "under", "efter", "inom", "mot",
        "vid", "om", "kontakta", "läs", "bland", "att", "eller", "samt", "så", "sedan", "utan", "genom",
        "hur", "vad", "vem", "varför", "också", "dessutom", "här", "denna", "detta", "dessa", "vår", "vårt",
        "våra", "deras", "hans", "hennes", "dess", "alla", "flera", "många", "några", "inte", "bara",
    ]
)
# Finite forms that the inflection test below does not catch (strong and irregular verbs).
_IRREGULAR_FINITE = frozenset(
    [
        "är", "var", "blir", "blev", "har", "hade", "ska", "skall", "skulle", "kan", "kunde", "vill",
        "ville", "måste", "får", "fick", "kommer", "kom", "går", "gick", "ger", "gav", "tar", "tog", "gör",
        "gjorde", "finns", "fanns", "står", "stod", "ser", "såg", "sker", "skedde", "bör", "borde", "brukar",
        "leds", "drivs", "drevs", "hålls", "hölls", "syns", "sägs", "säger", "sa", "sade", "vet", "visste",
        "förs", "fördes", "bedrivs", "bedrevs", "sköts", "ligger", "låg", "sitter", "satt", "heter", "hette",
        "pågår", "pågick", "startade", "startar", "fortsätter", "fortsatte", "inleds", "inleddes",
    ]
)
# fmt: on
_ADJECTIVE_ENDINGS = ("iska", "iske", "iskt", "isk", "ska", "iga", "liga", "ella", "ala", "iva", "ära", "ade")


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str | None:
    """simplemma's lemma of a lower-case word, or None when the dictionary does not know it."""
    if not lemmas.is_known(word):
        return None
    return lemmas.lemmatize(word)


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case) is an ordinary Swedish word rather than a name.

    ``Kameraövervaka``, ``Europeiska``, ``Hagen`` are; ``Tensta`` (a proper noun in the
    dictionary) and unknown words are not.
    """
    low = word.lower()
    if low in FUNCTION_WORDS:
        return True
    found = _lemma(low)
    return found is not None and found[:1].islower()


@lru_cache(maxsize=65536)
def is_finite_verb(word: str) -> bool:
    """Whether a lower-case word is most likely a finite verb (``startar``, ``gäller``, ``drivs``).

    A finite form of a weak verb ends in -r, -s, -de or -te and its lemma, the infinitive, in -a
    (``lockar`` -> ``locka``, ``fortsätter`` -> ``fortsätta``); plural nouns in -or share the
    -a lemma (``gator`` -> ``gata``) and are left out.
    """
    if word in _IRREGULAR_FINITE:
        return True
    if len(word) < 4 or not word.isalpha() or word.endswith("or"):
        return False
    if not word.endswith(("ar", "er", "ir", "yr", "år", "ör", "s", "de", "te", "dde", "tte")):
        return False
    found = _lemma(word)
    return found is not None and found != word and found.endswith("a") and found[:1].islower()


@lru_cache(maxsize=65536)
def is_adjective_form(word: str) -> bool:
    """Whether ``word`` (any case) is an inflected common adjective (``Europeiska``, ``Nordiska``)."""
    low = word.lower()
    return low.endswith(_ADJECTIVE_ENDINGS) and is_common_word(low)


@lru_cache(maxsize=65536)
def is_lemma(word: str) -> bool:
    """Whether a lower-case word is a dictionary form itself (``strategisk``, ``lokal``), not an
    inflected one (``förstärk`` is a form of ``förstärka``)."""
    return _lemma(word) == word


# Adjectives that begin names ("Norra Sandvikens IF", "Svenska Bostäder", "Östra Ljungby centrum").
# fmt: off
_NAME_ADJECTIVES = frozenset(
    [
        "norra", "södra", "östra", "västra", "stora", "lilla", "nya", "gamla", "svenska", "nordiska",
        "kungliga", "allmänna", "förenade", "centrala", "övre", "nedre", "mellersta", "unga", "fria",
        "gröna", "röda", "blå", "vita", "gula", "svarta",
    ]
)
# fmt: on


def is_ordinary_opening(word: str) -> bool:
    """A capitalised first word of a sentence or list item that is no part of the name after it:
    a function word or a common word ("Enligt", "Bolaget", "Stötta", "Kameraövervaka"); the
    adjectives that begin names ("Norra", "Svenska", "Nya") stay."""
    low = word.casefold()
    if low in FUNCTION_WORDS:
        return True
    return low not in _NAME_ADJECTIVES and is_common_word(word)
