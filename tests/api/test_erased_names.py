"""The erasure register's matching: forms of a name found in a document's graph, nothing else."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from api.erased_names import ErasedNames, load, register
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.model import Document, EntityType, Graph, RelationType
from tests.graph.sample import ent, rel


def names(tmp_path: Path, *erased: str) -> ErasedNames:
    store = EmbeddedStore(tmp_path / "store")
    settings = Settings(_env_file=None, data_dir=tmp_path, erasure_key=SecretStr("hemligt"))  # type: ignore[call-arg]
    register(store, settings, erased, "post")
    found = load(store, settings)
    assert found is not None
    return found


def part() -> Graph:
    d = "doc-x"
    return Graph(
        documents=[Document(id=d, title="Ebba Grönkvists sommar i Exempelby")],
        entities=[
            ent(EntityType.PERSON, "ebba", "Ebba Grönkvist", d, ("Grönkvist",)),
            ent(EntityType.PERSON, "sven", "Sven Grön", d),
            ent(EntityType.MUNICIPALITY, "town", "Exempelby kommun", d),
        ],
        relations=[
            rel("ebba", RelationType.WORKS_FOR, "town", d, 0, "Ebba Grönkvist arbetar för Exempelby kommun."),
            rel(
                "sven", RelationType.WORKS_FOR, "town", d, 60, "Sven Grön, som Grönkvist känner, arbetar där."
            ),
        ],
    )


def test_an_erased_person_is_left_out_and_her_name_replaced(tmp_path: Path) -> None:
    kept, named = names(tmp_path, "ebba gronkvist").suppress(part())
    assert named
    assert {e.id for e in kept.entities} == {"sven", "town"}
    assert kept.documents[0].title == "[namn] sommar i Exempelby"
    (left,) = kept.relations
    assert left.evidence[0].text == "Sven Grön, som [namn] känner, arbetar där."


def test_a_name_in_text_alone_is_found_in_its_forms(tmp_path: Path) -> None:
    register_ = names(tmp_path, "Karin Åberg-Lind")
    text = "Karin Åberg-Linds förslag; karin aberg-lind svarade. Karin Lind och Åberg är andra."
    assert register_.found_in(text) == ["Karin Åberg-Lind", "karin aberg-lind"]


def test_other_persons_and_documents_are_untouched(tmp_path: Path) -> None:
    graph = part()
    kept, named = names(tmp_path, "Anna Annan").suppress(graph)
    assert not named and kept == graph
