"""A known name is read once at each word: the scan's reading is the lexicon's own."""

from __future__ import annotations

from loaders.language.text import split_sentences
from loaders.mentions.candidates import Scan
from loaders.mentions.lexicon import load_lexicon


def test_known_at_gives_what_the_lexicon_reads_up_to_the_sentence_end() -> None:
    text = (
        "Brottsofferjouren Norrby och Polisen i Stockholm håller möte i Gävle kommun. "
        "Länsstyrelsen i Dalarnas län deltar också."
    )
    lexicon = load_lexicon()
    scan = Scan(text, split_sentences(text))
    read = 0
    for pos, _word in scan.capital_words:
        expected = lexicon.read_at(text, pos, scan.sentence_end(pos))
        assert scan.known_at(lexicon, pos) == expected
        assert scan.known_at(lexicon, pos) is scan.known_at(lexicon, pos)  # read once
        read += bool(expected[0])
    assert read >= 2  # the text names known actors and places
