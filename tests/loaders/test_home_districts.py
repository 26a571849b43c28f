"""Districts of a local text inside its one town: 'Insatsen skedde i Norrby och på Öster.'"""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _located(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "LOCATED_IN"}


def test_a_district_named_after_its_town_lies_in_it() -> None:
    located = _located(
        "Polisen genomförde i helgen en insats i Falun. Insatsen skedde i Hälsinggården och på Östermalmsgärdet."
    )
    assert ("Hälsinggården", "Falun") in located
    assert ("Östermalmsgärdet", "Falun") in located


def test_a_district_far_from_the_town_is_left_alone() -> None:
    located = _located(
        "Polisen i Falun har haft ett lugnt år. Kommunen bygger en ny skola. Det blir fler "
        "lärare. Skolan öppnar i augusti. Föräldrar i Östermalmsgärdet är glada."
    )
    assert not any(part == "Östermalmsgärdet" for part, _ in located)


def test_a_text_about_two_towns_places_no_district() -> None:
    located = _located(
        "Polisen i Falun och i Borlänge har haft ett lugnt år. Det var lugnt på Östermalmsgärdet."
    )
    assert not any(part == "Östermalmsgärdet" for part, _ in located)
