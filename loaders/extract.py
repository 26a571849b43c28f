"""From a document's text to its graph: sentences, mentions, actors, relations with evidence."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from graph.model import Entity, Evidence, Graph, Relation, entity_id
from loaders.mentions import Mention, find_document_mentions
from loaders.privacy import redact
from loaders.read import LoadedDocument
from loaders.relations import RelationContext, find_relations
from loaders.text import split_sentences


def extract(loaded: LoadedDocument, *, redact_personal_data: bool = True) -> Graph:
    """The actors and relations one document states, each relation with its sentence."""
    doc = loaded.document
    text = loaded.text
    surfaces: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}

    def actor(m: Mention) -> str:
        key = entity_id(m.type, m.canonical)
        if key not in entities:
            entities[key] = Entity(id=key, type=m.type, name=m.canonical, documents=[doc.id])
        surfaces[key].add(m.text)
        counts[key] += 1
        return key

    sentences = split_sentences(text)
    document_mentions = find_document_mentions(text, sentences)
    context = RelationContext(sentences, document_mentions, date=doc.date)
    starts = [m.start for m in document_mentions]
    for sentence in sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        mentions = [m for m in document_mentions[lo:hi] if m.end <= sentence.end]
        for mention in mentions:
            actor(mention)
        for found in find_relations(sentence.text, sentence.start, mentions, context=context):
            evidence_text = redact(sentence.text) if redact_personal_data else sentence.text
            rel = Relation(
                source=actor(found.source),
                target=actor(found.target),
                type=found.type,
                properties=dict(found.properties),
                confidence=found.confidence,
                evidence=[
                    Evidence(document=doc.id, start=sentence.start, end=sentence.end, text=evidence_text)
                ],
            )
            existing = relations.get(rel.key)
            if existing is None:
                relations[rel.key] = rel
            elif rel.evidence[0] not in existing.evidence:
                existing.evidence.append(rel.evidence[0])
                existing.confidence = max(existing.confidence, rel.confidence)

    for key, ent in entities.items():
        ent.aliases = sorted(surfaces[key] - {ent.name})
        ent.mentions = {doc.id: counts[key]}
    return Graph(
        documents=[doc],
        entities=sorted(entities.values(), key=lambda e: e.id),
        relations=sorted(relations.values(), key=lambda r: r.key),
    )
