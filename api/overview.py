"""The explorer's front page: what the graph holds at a glance.

Counts by type, the most connected actors, the newest documents and how many relations
wait for a person's look (unconfirmed ones, the review queue).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from api.search import degrees
from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, Document, Entity, EntityType, RelationType
from graph.store import GraphStore

TOP = 10
ALL_DOCUMENTS = 100_000


class Count(BaseModel):
    type: str
    label: str
    count: int


class Connected(BaseModel):
    entity: Entity
    degree: int


class Overview(BaseModel):
    documents: int
    entities: int
    relations: int
    entities_by_type: list[Count]
    relations_by_type: list[Count]
    most_connected: list[Connected]
    newest_documents: list[Document]
    review_queue: int


def overview(store: GraphStore, top: int = TOP) -> Overview:
    stats = store.stats()
    degree = degrees(store)
    hubs = sorted(degree, key=lambda i: (-degree[i], i))[:top]
    docs = store.documents(limit=ALL_DOCUMENTS)
    newest = sorted(docs, key=lambda d: (d.date or dt.date.min, d.title), reverse=True)[:top]
    unconfirmed = sum(1 for r in store.export().relations if not r.properties.get("confirmed"))
    return Overview(
        documents=stats.documents,
        entities=stats.entities,
        relations=stats.relations,
        entities_by_type=[
            Count(type=t.value, label=ENTITY_LABELS_SV[t], count=stats.entities_by_type.get(t.value, 0))
            for t in EntityType
            if stats.entities_by_type.get(t.value)
        ],
        relations_by_type=[
            Count(type=t.value, label=RELATION_LABELS_SV[t], count=stats.relations_by_type.get(t.value, 0))
            for t in RelationType
            if stats.relations_by_type.get(t.value)
        ],
        most_connected=[Connected(entity=store.entity(i), degree=degree[i]) for i in hubs],
        newest_documents=newest,
        review_queue=unconfirmed,
    )
