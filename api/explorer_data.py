"""What the explorer page reads besides the public API: an actor's relations as its map shows
them, and the review queue with the names and sources a person needs to judge it."""

from __future__ import annotations

import contextlib

from api.judgements import review_queue
from api.maps import entity_view
from graph.errors import NotFound
from graph.model import Graph
from graph.store import GraphStore
from graph.subgraph import Period


def actor_relations(store: GraphStore, entity_id: str, period: Period | None = None) -> Graph:
    """The actor's neighbourhood one step out, on the same terms as its map (and its period)."""
    return entity_view(store, store.entity(entity_id), 1, period=period).graph


def review_graph(store: GraphStore, limit: int = 20) -> Graph:
    """The relations most in need of a look (api.judgements.review_queue, in its order),
    with the actors at their ends and the documents their evidence comes from."""
    relations = review_queue(store, limit)
    entities = {}
    for end in dict.fromkeys(i for r in relations for i in (r.source, r.target)):
        with contextlib.suppress(NotFound):
            entities[end] = store.entity(end)
    documents = []
    for doc_id in dict.fromkeys(d for r in relations for d in r.documents):
        with contextlib.suppress(NotFound):
            documents.append(store.document(doc_id))
    return Graph(documents=documents, entities=list(entities.values()), relations=relations)
