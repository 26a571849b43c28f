"""A side of a town ('västra Borlänge') is a place that lies in the town. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import RelationType as R
from loaders.extract import extract
from loaders.reading.read import parse_document


def _relations(text: str) -> set[tuple[str, str, str]]:
    graph = extract(parse_document(text.encode(), "doc.txt"))
    names = {e.id: e.name for e in graph.entities}
    return {(r.type.value, names[r.source], names[r.target]) for r in graph.relations}


def test_a_side_of_a_town_lies_in_the_town() -> None:
    found = _relations("Polisen har ökat närvaron i västra Borlänge under hösten.")
    assert (R.LOCATED_IN.value, "västra Borlänge", "Borlänge") in found
    assert (R.ACTIVE_IN.value, "Polisen", "västra Borlänge") in found


def test_the_town_centre_is_the_town_itself() -> None:
    found = _relations("Polisen har ökat närvaron i centrala Borlänge under hösten.")
    assert not [r for r in found if r[0] == R.LOCATED_IN.value]


def test_a_known_district_in_a_text_about_its_town_lies_in_the_town() -> None:
    found = _relations("Polisen har ökat närvaron i Gränby. Uppsala kommun satsar på fler kameror i Uppsala.")
    assert (R.LOCATED_IN.value, "Gränby", "Uppsala") in found


def test_an_unknown_name_after_i_is_not_placed_in_the_town() -> None:
    found = _relations(
        "Polisen har ökat närvaron i Lövskogen. Uppsala kommun satsar på fler kameror i Uppsala."
    )
    assert not [r for r in found if r[0] == R.LOCATED_IN.value]
