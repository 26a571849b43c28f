"""A synthetic graph of a chosen size, shaped like the real one: few hubs, many small actors.

Actors are drawn with a preferential-attachment bias, so that a few (the police, the
municipality) take part in many relations and most in a few, as in the documents. Every
relation has one sentence of evidence in one document; documents have kinds and dates.
The same arguments give the same graph.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from graph.model import (
    SYMMETRIC_TYPES,
    Document,
    DocumentKind,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
)
from graph.store import GraphStore

KINDS = [DocumentKind.PRESS_RELEASE, DocumentKind.PROTOCOL, DocumentKind.NEWS, DocumentKind.POLITICAL]


def document_parts(
    relations: int, *, per_document: int = 100, entities_per_relation: float = 0.2, seed: int = 1
) -> Iterator[Graph]:
    """The graph, one document's contribution at a time (what `GraphStore.upsert` takes)."""
    rng = random.Random(seed)
    n_entities = max(2, int(relations * entities_per_relation))
    types = list(EntityType)
    rel_types = list(RelationType)
    entity_types = [types[i % len(types)] for i in range(n_entities)]
    # Repeating an actor in the pool each time it is used gives the hubs.
    pool: list[int] = list(range(n_entities))
    made = 0
    doc_no = 0
    seen: set[tuple[int, str, int]] = set()
    while made < relations:
        doc_id = f"doc-{doc_no:06d}"
        document = Document(
            id=doc_id,
            title=f"Syntetiskt dokument {doc_no}",
            date=dt.date(2015, 1, 1) + dt.timedelta(days=(doc_no * 37) % 3650),
            kind=KINDS[doc_no % len(KINDS)],
        )
        doc_no += 1
        rels: list[Relation] = []
        used: set[int] = set()
        while len(rels) < per_document and made < relations:
            a, b = rng.choice(pool), rng.randrange(n_entities)
            type_ = rng.choice(rel_types)
            if a == b:
                continue
            key = (min(a, b), type_.value, max(a, b)) if type_ in SYMMETRIC_TYPES else (a, type_.value, b)
            if key in seen:
                continue
            seen.add(key)
            pool.extend((a, b))
            used.update((a, b))
            start = len(rels) * 80
            text = f"Aktör {a} och aktör {b} nämns i samma mening."
            rels.append(
                Relation(
                    source=f"a{a}",
                    target=f"a{b}",
                    type=type_,
                    confidence=0.9,
                    evidence=[Evidence(document=doc_id, start=start, end=start + len(text), text=text)],
                )
            )
            made += 1
        entities = [
            Entity(
                id=f"a{i}",
                type=entity_types[i],
                name=f"Aktör {i}",
                documents=[doc_id],
                mentions={doc_id: 1},
            )
            for i in sorted(used)
        ]
        yield Graph(documents=[document], entities=entities, relations=rels)


def load(store: GraphStore, relations: int, *, batch: int = 20, seed: int = 1) -> int:
    """Store a synthetic graph of about `relations` relations; the number of documents stored."""
    parts: list[Graph] = []
    count = 0
    for part in document_parts(relations, seed=seed):
        parts.append(part)
        if len(parts) >= batch:
            store.upsert(Graph.batch(parts))
            count += len(parts)
            parts.clear()
    if parts:
        store.upsert(Graph.batch(parts))
        count += len(parts)
    return count
