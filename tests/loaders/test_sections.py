"""Long documents are read in sections; evidence still points into the whole document."""

from __future__ import annotations

import itertools

from loaders.extract import extract
from loaders.language.sections import split_sections
from loaders.reading.read import parse_document


def _protocol(paragraphs: int) -> str:
    """A protocol whose every paragraph is its own matter, with its own municipality."""
    towns = ["Kiruna", "Gävle", "Luleå", "Umeå"]
    parts = ["Protokoll från sammanträdet\n\n"]
    for number in range(1, paragraphs + 1):
        town = towns[number % len(towns)]
        parts.append(
            f"§ {number} Trygghetsfrågor\n\n"
            f"Lokalpolisområde {town} samverkar med {town} kommun. "
            + "Ärendet bereddes av förvaltningen och diskuterades utförligt. " * 20
            + "\n\n"
        )
    return "".join(parts)


def test_a_short_text_is_one_section() -> None:
    assert split_sections("Polisen samverkar med kommunen.") == [(0, "Polisen samverkar med kommunen.")]


def test_sections_cover_the_text_in_order_and_respect_the_size() -> None:
    text = _protocol(120)
    sections = split_sections(text, max_chars=20_000)
    assert len(sections) > 3
    assert "".join(piece for _, piece in sections) == text
    for (offset, piece), (next_offset, _) in itertools.pairwise(sections):
        assert offset + len(piece) == next_offset
        assert len(piece) <= 20_000
        assert sections[0][0] == 0
    # Pieces begin at a paragraph heading, not in the middle of a matter.
    assert all(piece.startswith("§") for _, piece in sections[1:])


def test_a_section_without_headings_is_cut_at_blank_lines_or_sentences() -> None:
    text = ("Polisen samverkar med Umeå kommun. " * 400 + "\n\n") * 10
    sections = split_sections(text, max_chars=5_000)
    assert "".join(piece for _, piece in sections) == text
    assert all(len(piece) <= 5_000 for _, piece in sections)


def test_evidence_of_a_sectioned_document_points_into_the_whole_text() -> None:
    text = _protocol(120)
    assert len(split_sections(text)) > 1
    graph = extract(parse_document(text.encode(), name="protokoll.txt"))
    collaborations = [r for r in graph.relations if r.type == "COLLABORATES_WITH"]
    assert len(collaborations) >= 4
    for rel in collaborations:
        for evidence in rel.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
    names = {e.name for e in graph.entities}
    assert {"Kiruna kommun", "Gävle kommun", "Luleå kommun", "Umeå kommun"} <= names
