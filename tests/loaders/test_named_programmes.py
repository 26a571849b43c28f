"""Programme names given in apposition or after a verb of taking part, on sentences written for
the tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polisen har startat Stoppa gängen, en satsning mot rekrytering av unga.", "Stoppa gängen"),
        ("Föreningen driver Lugnt i Noret, ett treårigt projekt.", "Lugnt i Noret"),
        ("Arbetet sker inom ramen för Trygg sommar.", "Trygg sommar"),
        ("Tre skolor deltar i Unga ledare mot våld.", "Unga ledare mot våld"),
        ("Kommunen deltar sedan 2021 i Grannar mot brott.", "Grannar mot brott"),
    ],
)
def test_a_programme_name_without_a_descriptor_before_it(text: str, name: str) -> None:
    assert name in initiatives(text)


def test_known_actors_and_people_in_those_places_are_no_programmes() -> None:
    text = "Mora kommun ingår i Polisregion Bergslagen. Anna Berg, en av projektets ledare, berättar."
    assert not initiatives(text)


def test_a_quoted_name_described_after_it_is_a_programme() -> None:
    assert "Stoppa langningen" in initiatives("”Stoppa langningen” är en kampanj från Länsstyrelsen.")
    assert not initiatives('"Vi ska vinna" är ett projekt, sa hon.')
