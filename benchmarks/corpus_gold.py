"""The true graph of a synthetic corpus, merged document by document as the stores merge."""

from __future__ import annotations

from typing import Any

from benchmarks.corpus_writer import SyntheticDocument
from graph.model import SYMMETRIC_TYPES, Graph


class GoldGraph:
    """The true graph of the documents added so far, merged as the stores merge."""

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.entities: dict[str, dict[str, Any]] = {}
        self.relations: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, doc: SyntheticDocument) -> None:
        doc_id = doc.document.id
        self.documents.append(doc.document.model_dump(mode="json", exclude_none=True))
        for actor_id, count in doc.mentions.items():
            actor = doc.actors[actor_id]
            entity = self.entities.get(actor_id)
            if entity is None:
                entity = self.entities[actor_id] = {
                    "id": actor.id,
                    "type": actor.type.value,
                    "name": actor.name,
                    "aliases": set(),
                    "documents": [],
                    "mentions": {},
                }
            entity["aliases"] |= {s for s in doc.surfaces[actor_id] if s != actor.name}
            entity["documents"].append(doc_id)
            entity["mentions"][doc_id] = count
        for rel in doc.relations:
            source, target = rel.source, rel.target
            if rel.type in SYMMETRIC_TYPES and target < source:
                source, target = target, source
            key = (source, rel.type.value, target)
            evidence = {
                "document": doc_id,
                "start": rel.start,
                "end": rel.end,
                "text": doc.text[rel.start : rel.end],
            }
            found = self.relations.get(key)
            if found is None:
                self.relations[key] = {
                    "source": source,
                    "target": target,
                    "type": rel.type.value,
                    "properties": dict(rel.properties),
                    "confidence": 1.0,
                    "evidence": [evidence],
                }
            elif evidence not in found["evidence"]:
                found["evidence"].append(evidence)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": [{**e, "aliases": sorted(e["aliases"])} for e in self.entities.values()],
            "relations": list(self.relations.values()),
        }

    def graph(self) -> Graph:
        return Graph.model_validate(self.to_json_dict())
