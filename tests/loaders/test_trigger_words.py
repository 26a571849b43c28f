"""The mention rules' trigger strings, found in one scan, give the sentences a search per string gives."""

import re

from loaders.language.text import split_sentences
from loaders.mentions.candidates import Gated, Scan
from loaders.mentions.trigger_words import TriggerWords, register

TEXT = (
    "Föreningen Gröna Gården startade ett samarbete. Ingen nämnd här. "
    "Nämnden och förvaltningen möttes, och nämnden beslutade. Slut."
)


def _scan() -> Scan:
    return Scan(TEXT, split_sentences(TEXT))


def test_registered_strings_are_found_in_every_sentence_they_start_in() -> None:
    register(("nämnd", "förvaltning", "ämnd"))  # 'ämnd' overlaps 'nämnd'
    scan = _scan()
    words = TriggerWords(scan.lower, scan.sentence_of)
    assert words.sentences("nämnd") == {1, 2}
    assert words.sentences("ämnd") == {1, 2}
    assert words.sentences("förvaltning") == {2}


def test_a_registered_string_absent_from_the_text_is_in_no_sentence() -> None:
    register(("ungdomsråd",))
    scan = _scan()
    assert TriggerWords(scan.lower, scan.sentence_of).sentences("ungdomsråd") == set()


def test_an_unregistered_string_is_searched_for_alone() -> None:
    scan = _scan()
    assert TriggerWords(scan.lower, scan.sentence_of).sentences("gröna gård") is None
    trigger = re.compile("gröna gård|möttes")
    assert scan.spans(trigger, ("gröna gård", "möttes")) == [
        (scan.sentences[0].start, scan.sentences[0].end),
        (scan.sentences[2].start, scan.sentences[2].end),
    ]


def test_a_gated_rule_reads_the_same_sentences_as_its_pattern() -> None:
    gated = Gated(re.compile(r"(?!)"), r"nämnd|förvaltning")
    scan = _scan()
    pattern_spans = scan._runs(scan._pattern_hits(gated.trigger))
    assert (
        scan.spans(gated.trigger, gated.literals)
        == pattern_spans
        == [(scan.sentences[1].start, scan.sentences[2].end)]
    )
