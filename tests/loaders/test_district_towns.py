"""Districts named in a text about one town lie in that town. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _located(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "LOCATED_IN"}


def test_a_part_of_the_one_town_lies_in_it() -> None:
    located = _located(
        "Kommunen i Ljusdal vill ha fler kameror. Politikerna pekar på Östra stan, där det har varit oroligt."
    )
    assert ("Östra stan", "Ljusdal") in located


def test_a_part_of_a_town_in_a_text_about_two_towns_is_left_alone() -> None:
    located = _located("Polisen i Ljusdal och i Bollnäs har ökat närvaron i Östra stan.")
    assert not any(source == "Östra stan" for source, _ in located)


def test_a_name_listed_with_a_district_of_the_town_is_another_district() -> None:
    located = _located("Polisen i Uppsala har ökat närvaron. Patrullerna har gått i Gränby och på Kvarnbo.")
    assert ("Gränby", "Uppsala") in located
    assert ("Kvarnbo", "Uppsala") in located


def test_a_bare_name_after_a_preposition_is_no_district_alone() -> None:
    located = _located("Polisen i Uppsala har ökat närvaron. Patrullerna har gått på Kvarnbo.")
    assert not any(source == "Kvarnbo" for source, _ in located)
