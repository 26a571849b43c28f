"""Work owned by its doer in the genitive places the doer. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _active(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "ACTIVE_IN"}


def test_the_police_s_presence_in_a_place() -> None:
    assert ("Polisen", "Rinkeby") in _active("Polisens närvaro i Rinkeby har ökat under hösten.")


def test_the_police_s_work_in_a_place_in_a_subordinate_clause() -> None:
    assert ("Polisen", "Rinkeby") in _active("Det syns tydligt att polisens arbete i Rinkeby ger effekt.")


def test_a_wished_presence_is_nowhere() -> None:
    assert not _active("Kommunen vill att polisens närvaro i Rinkeby ska öka.")


def test_a_genitive_on_no_work_places_no_one() -> None:
    assert ("Polisen", "Rinkeby") not in _active("Polisens chef i Rinkeby har bytts ut.")
