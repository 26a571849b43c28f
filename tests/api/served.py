"""The real app over HTTP on a given store, and the small graph the API tests ask about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from api.app import create_app
from api.settings import Settings
from graph.model import Document, DocumentKind, EntityType, Graph, RelationType
from graph.store import GraphStore
from tests.graph.sample import doc_a, doc_b, ent, rel
from tests.live_server import live_server

API_KEY = "test-nyckel"


def doc_c() -> Graph:
    """A news article with accented names, a genitive and a dated relation."""
    d = "doc-c"
    return Graph(
        documents=[
            Document(
                id=d, title="Trygghetsvandring i Brännby", date=dt.date(2022, 9, 14), kind=DocumentKind.NEWS
            )
        ],
        entities=[
            ent(EntityType.PERSON, "person", "Jonas Östlund", d),
            ent(EntityType.MUNICIPALITY, "town", "Exempelby kommun", d),
            ent(EntityType.PLACE, "village", "Brännby", d, ("Brännbys",)),
            ent(EntityType.PLACE, "townplace", "Exempelby", d),
        ],
        relations=[
            rel("person", RelationType.WORKS_FOR, "town", d, 0, "Jonas Östlund är kommunalråd i Exempelby."),
            rel("village", RelationType.LOCATED_IN, "townplace", d, 50, "Brännby ligger i Exempelby."),
            rel(
                "town",
                RelationType.ACTIVE_IN,
                "village",
                d,
                90,
                "Kommunen arbetade i Brännby under 2021.",
                valid_from="2021",
                valid_to="2021",
            ),
        ],
    )


def sample_graph() -> Graph:
    return Graph.batch([doc_a(), doc_b(), doc_c()])


@contextmanager
def served(graph_store: GraphStore, **settings: object) -> Iterator[httpx.Client]:
    """A client of the real app, served by uvicorn over the store given."""
    options = {"api_key": API_KEY, **settings}
    app = create_app(Settings(_env_file=None, **options), graph_store)  # type: ignore[arg-type]
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client
