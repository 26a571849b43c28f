"""The shortcuts extraction takes never change what it extracts.

Triggers are skipped in sentences that lack every word they need (``loaders.language.cues``); these tests
check the words against the patterns themselves, on the demo corpus and on every character that
case-insensitive matching treats as a letter.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from loaders.language.cues import (
    SAFE_LETTERS,
    WordFinder,
    WordGate,
    finditer_near,
    fold,
    pattern_needs,
    required_words,
)
from loaders.language.text import split_sentences
from loaders.mentions.gazetteer import load_gazetteer
from loaders.reading.read import read_document
from loaders.relations.triggers import TRIGGERS, TriggerSet


def _all_characters() -> str:
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def test_folding_keeps_every_case_insensitive_match_of_a_safe_letter() -> None:
    everything = _all_characters()
    assert len(fold(everything)) == len(everything)
    for letter in SAFE_LETTERS:
        assert re.fullmatch(r"\w", letter)  # words lie inside runs of word characters
        matching = re.findall(re.escape(letter), everything, re.IGNORECASE)
        assert matching, letter
        assert {fold(char) for char in matching} == {letter}, letter


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bsamverka[rt]?\s+med\b", "Kommunen SAMVERKAR med polisen"),
        (r"\b(?:inled(?:s|des)|startar)\s+i\b", "Insatsen inleddes i maj"),
        (r"\bger\b(?=\s+\w+\s+(?:medel|bidrag)\b)", "Staten ger kommunen medel"),
        (r"\bmot\b", "Arbetet MOT nätverken"),
        (r"\bKlubb\b", "klubb"),
    ],
)
def test_required_words_are_found_where_the_pattern_matches(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    words = required_words(compiled)
    assert words, pattern
    assert compiled.search(text) is not None
    assert words & set(WordFinder(words).occurrences(fold(text)))
    assert not WordFinder(words).any_in(fold("Ingenting här"))


def test_patterns_without_fixed_words_are_always_searched() -> None:
    assert required_words(re.compile(r"\b[A-ZÅÄÖ]\w+\s+\d+")) is None
    assert required_words(re.compile(r"(?:\w+\s+)?i\b|x?")) is None


def test_a_gate_lets_through_what_its_pattern_may_match() -> None:
    gate = WordGate(re.compile(r"\bsedan\s+\d{4}", re.IGNORECASE))
    assert gate.may_match("SEDAN 2018 finns en fältgrupp")
    assert not gate.may_match("Polisen finns på plats")
    ungated = WordGate(re.compile(r"\d{4}"))
    assert ungated.may_match("")


def test_word_finder_sees_overlapping_and_nested_words() -> None:
    finder = WordFinder(["samverka", "verka", "verkan", "med", "samverkan"])
    assert finder.occurrences("samverkan med") == {
        "samverka": [0],
        "samverkan": [0],
        "verka": [3],
        "verkan": [3],
        "med": [10],
    }
    assert finder.occurrences("samverkar, verka") == {"samverka": [0], "verka": [3, 11]}
    assert finder.occurrences("ingenting") == {}
    assert not WordFinder([]).any_in("vad som helst")


def _corpus_sentences(corpus_dir: Path) -> list[str]:
    sentences: list[str] = []
    for path in sorted(corpus_dir.iterdir()):
        if path.is_file():
            text = read_document(path).text
            sentences += [s.text for s in split_sentences(text)]
    return sentences


def test_no_trigger_that_matches_a_sentence_is_skipped(corpus_dir: Path) -> None:
    sentences = _corpus_sentences(corpus_dir)
    assert sentences
    triggers = TriggerSet(TRIGGERS)
    matched = skipped = 0
    for sentence in sentences:
        possible = triggers.possible(sentence)
        assert possible == [t for t in TRIGGERS if t in possible]  # in the order given
        for trigger in TRIGGERS:
            if trigger.pattern.search(sentence):
                matched += 1
                assert trigger in possible, (trigger.name, sentence)
        skipped += len(TRIGGERS) - len(possible)
    assert matched
    assert skipped  # the words spare some searches


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _near(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    needs = pattern_needs(pattern)
    words = set(needs.words) | set(needs.offsets) if needs else set()
    occurrences = WordFinder(words).occurrences(fold(text)) if words else {}
    return _spans(finditer_near(pattern, needs, text, occurrences))


def test_triggers_found_near_their_words_are_the_matches_of_a_full_search(corpus_dir: Path) -> None:
    sentences = _corpus_sentences(corpus_dir)
    triggers = TriggerSet(TRIGGERS)
    compared = 0
    for sentence in sentences:
        for trigger, matches in triggers.read(sentence):
            assert _spans(matches) == _spans(trigger.pattern.finditer(sentence)), (trigger.name, sentence)
            compared += 1
    assert compared


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:är|var)\s+(?:\w+\s+){0,2}?(?:en\s+)?del\s+av\b",
        r"\bsam(?:verka[rt]?|arbeta[rt]?)\b(?=\s+(?:\S+\s+){0,4}?med\b)",
        r"(?:^|:\s*)(?:inför|starta)\s+(?=en\b|ett\b)",
        r"\bmot\b",
        r"av\b",
    ],
)
def test_near_search_equals_full_search_on_made_up_texts(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    words = [
        "är",
        "var",
        "en",
        "del",
        "av",
        "samverkar",
        "samarbetat",
        "med",
        "mot",
        "inför",
        "starta",
        "ett",
    ]
    filler = ["Kommunen", "polisen", "i", "x", ":", "ÄR", "Mot", "motor", "deLs", "avtal"]
    rng = random.Random(7)
    found = 0
    for _ in range(400):
        text = " ".join(rng.choice(words + filler) for _ in range(rng.randint(1, 14)))
        expected = _spans(compiled.finditer(text))
        assert _near(compiled, text) == expected, text
        found += len(expected)
    assert found


def test_children_of_a_place_are_the_entries_that_name_it_as_parent() -> None:
    gazetteer = load_gazetteer()
    municipalities = gazetteer.by_type("Municipality")
    assert municipalities
    for parent in {e.parent for e in municipalities if e.parent}:
        expected = [e for e in municipalities if e.parent == parent]
        assert gazetteer.children("Municipality", parent) == expected
