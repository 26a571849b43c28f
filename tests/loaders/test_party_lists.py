"""Parties named by their letters alone, in a list."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def test_parties_listed_by_their_letters_alone() -> None:
    text = "MP och V vill införa fler fältassistenter. S, C och KD röstade nej. Betyget blev C."
    parties = [(m.text, m.canonical) for m in find_document_mentions(text) if m.type == E.POLITICAL_PARTY]
    assert parties == [
        ("MP", "Miljöpartiet de gröna"),
        ("V", "Vänsterpartiet"),
        ("S", "Socialdemokraterna"),
        ("C", "Centerpartiet"),
        ("KD", "Kristdemokraterna"),
    ]
