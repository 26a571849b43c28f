"""A town's centre named without the town in a text about one town. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _graph(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    places = {e.name for e in graph.entities if e.type.value == "Place"}
    located = {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "LOCATED_IN"}
    return places, located


def test_the_centre_and_travel_centre_of_the_one_town() -> None:
    places, located = _graph(
        "Polisen i Ljusdal har ökat närvaron. Patrullerna har varit i centrum och på resecentrum varje kväll."
    )
    assert {"Ljusdals centrum", "Ljusdals resecentrum"} <= places
    assert ("Ljusdals centrum", "Ljusdal") in located
    assert ("Ljusdals resecentrum", "Ljusdal") in located


def test_a_centre_in_a_text_about_two_towns_is_no_ones() -> None:
    places, _ = _graph("Polisen i Ljusdal och i Bollnäs har ökat närvaron i centrum.")
    assert not any("centrum" in p for p in places)


def test_at_the_heart_of_something_is_no_place() -> None:
    places, _ = _graph("Polisen i Ljusdal sätter de unga i centrum för arbetet.")
    assert not any("centrum" in p for p in places)
