"""Search of actors by name: both stores give the same answers, also to the words Neo4j's
full-text index leaves out (its Swedish stop words: 'mot', 'i', 'på', 'och')."""

from __future__ import annotations

import datetime as dt

from api.search import search
from graph.model import Document, Entity, EntityType, Graph

DOC = "doc-stoppord"
# Made-up actors: names that hold stop words as words, and names where they begin a word.
NAMES = [
    ("s0", EntityType.INITIATIVE, "razzia mot Ugglegänget i Västerbyn"),
    ("s1", EntityType.INITIATIVE, "kampanj mot nedskräpning på Torgby"),
    ("s2", EntityType.INITIATIVE, "nattvandring i Åsdalen och Lillby"),
    ("s3", EntityType.ORGANISATION, "Motorklubben Blixten"),
    ("s4", EntityType.ORGANISATION, "Ideella föreningen Pålen"),
    ("s5", EntityType.ORGANISATION, "Trygghetsrådet Västerbyn"),
]


def _graph() -> Graph:
    return Graph(
        documents=[Document(id=DOC, title="Insatser", date=dt.date(2025, 3, 4))],
        entities=[
            Entity(id=i, type=kind, name=name, documents=[DOC], mentions={DOC: 1}) for i, kind, name in NAMES
        ],
    )


def _names(store, q: str, type_: EntityType | None = None, limit: int = 20, offset: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.entity.name for hit in search(store, q, type_, limit=limit, offset=offset)]


def test_a_search_of_stop_words_only_finds_every_name_with_them(store) -> None:  # type: ignore[no-untyped-def]
    store.upsert(_graph())
    # Whole words first (0.9), then names where the word begins a word (0.8),
    # then holds it (0.7), each by name.
    assert _names(store, "mot") == [
        "kampanj mot nedskräpning på Torgby",
        "razzia mot Ugglegänget i Västerbyn",
        "Motorklubben Blixten",
    ]
    assert _names(store, "i") == [
        "nattvandring i Åsdalen och Lillby",
        "razzia mot Ugglegänget i Västerbyn",
        "Ideella föreningen Pålen",
        "Motorklubben Blixten",  # part of a word (0.7)
        "kampanj mot nedskräpning på Torgby",
    ]
    # Accents are forgiven as in every search: 'pa' is 'på'.
    assert _names(store, "på") == _names(store, "pa")
    assert _names(store, "på") == ["kampanj mot nedskräpning på Torgby", "Ideella föreningen Pålen"]
    assert _names(store, "och") == ["nattvandring i Åsdalen och Lillby"]
    # Several stop words: names with all of them.
    assert _names(store, "mot i") == ["razzia mot Ugglegänget i Västerbyn"]
    assert _names(store, "mot", EntityType.ORGANISATION) == ["Motorklubben Blixten"]
    assert _names(store, "mot", limit=1, offset=1) == ["razzia mot Ugglegänget i Västerbyn"]
    # A stop word beside another word: as before, the other word leads.
    assert _names(store, "mot ugglegänget") == ["razzia mot Ugglegänget i Västerbyn"]


def test_a_search_of_stop_words_sees_a_new_actor(store) -> None:  # type: ignore[no-untyped-def]
    store.upsert(_graph())
    assert "insats mot buskörning" not in _names(store, "mot")
    later = "doc-senare"
    store.upsert(
        Graph(
            documents=[Document(id=later, title="Senare", date=dt.date(2025, 4, 1))],
            entities=[
                Entity(
                    id="s9",
                    type=EntityType.INITIATIVE,
                    name="insats mot buskörning",
                    documents=[later],
                    mentions={later: 1},
                )
            ],
        )
    )
    assert "insats mot buskörning" in _names(store, "mot")
