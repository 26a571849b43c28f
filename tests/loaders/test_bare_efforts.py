"""A bare effort noun ('Arbetet', 'Insatsen') names no initiative of its own."""

from __future__ import annotations

from graph.model import Document
from graph.model import EntityType as E
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def test_a_bare_effort_noun_gives_the_graph_no_initiative() -> None:
    text = (
        "Tierps kommun startar projektet Framsteg för unga i Karlholm. "
        "Arbetet leds av kommunens säkerhetssamordnare Lena Dahl."
    )
    graph = extract(LoadedDocument(document=Document(id="d", title="t"), text=text))
    names = {e.name.lower() for e in graph.entities if e.type == E.INITIATIVE}
    assert "arbetet" not in names
    assert any(name.startswith("framsteg") for name in names)
