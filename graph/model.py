"""The ontology of ONTOLOGY.md as pydantic models: the interchange JSON read and written as is."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The ontology's words live in graph.vocabulary; the model re-exports them.
from graph.vocabulary import ENTITY_LABELS_SV as ENTITY_LABELS_SV
from graph.vocabulary import RELATION_LABELS_SV as RELATION_LABELS_SV
from graph.vocabulary import SYMMETRIC_TYPES as SYMMETRIC_TYPES
from graph.vocabulary import DocumentKind as DocumentKind
from graph.vocabulary import EntityType as EntityType
from graph.vocabulary import RelationType as RelationType

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug of a name: 'Lokalpolisområde Huddinge' -> 'lokalpolisomrade-huddinge'."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", folded).strip("-") or "x"


def entity_id(type_: EntityType, name: str) -> str:
    """The stable id of an actor: its type and the slug of its canonical name."""
    return f"{slugify(type_.value)}-{slugify(name)}"


def better_name(a: str, b: str) -> str:
    """Of two surface forms, the one kept as the name: the longest, then the first alphabetically.

    Order-independent, so both stores pick the same name whatever order documents arrive in.
    """
    return min(a, b, key=lambda s: (-len(s), s))


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, use_enum_values=False)


class Evidence(_Model):
    """The sentence that states a relation: character offsets into the document's text."""

    document: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Document(_Model):
    id: str
    title: str = ""
    date: dt.date | None = None
    path: str | None = None
    publisher: str | None = None
    # The web address the document was read from, when known (a page's canonical link, a sidecar).
    source_url: str | None = None
    kind: DocumentKind | None = None
    content_hash: str | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _known_kind(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in DocumentKind._value2member_map_:
            return DocumentKind.OTHER
        return value


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    # Mentions per document, for (:Actor)-[:MENTIONED_IN {count}]->(:Document).
    mentions: dict[str, int] = Field(default_factory=dict)


def relation_key(source: str, type_: RelationType, target: str) -> tuple[str, str, str]:
    """``Relation.key`` of a relation not built yet: a symmetric type's ends in sorted order."""
    if type_ in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return (source, type_.value, target)


class Relation(_Model):
    source: str
    target: str
    type: RelationType
    properties: dict[str, Any] = Field(default_factory=dict)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity of a relation; a symmetric type is stored once, ends in sorted order."""
        return relation_key(self.source, self.type, self.target)

    @property
    def documents(self) -> list[str]:
        return sorted({e.document for e in self.evidence})

    @property
    def valid_from(self) -> str | None:
        return self.properties.get("valid_from")

    @property
    def valid_to(self) -> str | None:
        return self.properties.get("valid_to")


class Graph(_Model):
    """A graph in the ONTOLOGY.md interchange format."""

    documents: list[Document] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def entity_index(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_none=True)
        for entity in data["entities"]:
            if not entity.get("mentions"):
                entity.pop("mentions", None)
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=indent)

    def write(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, text: str | bytes) -> Graph:
        return cls.model_validate_json(text)

    @classmethod
    def read(cls, path: Path) -> Graph:
        return cls.from_json(path.read_bytes())

    def for_document(self, document_id: str) -> Graph:
        """The part of this graph that one document contributes.

        Its actors are those that list the document; its relations keep the evidence from
        the document only. A graph may hold several documents' parts side by side, with
        the same actor once per document (as an upsert batch does).
        """
        relations = []
        for rel in self.relations:
            evidence = [e for e in rel.evidence if e.document == document_id]
            if evidence:
                relations.append(rel.model_copy(update={"evidence": evidence}))
        entities: dict[str, Entity] = {}
        for ent in self.entities:
            if document_id in ent.documents and ent.id not in entities:
                entities[ent.id] = ent.model_copy(
                    update={
                        "documents": [document_id],
                        "mentions": {document_id: ent.mentions.get(document_id, 1)},
                    }
                )
        return Graph(
            documents=[d for d in self.documents if d.id == document_id],
            entities=list(entities.values()),
            relations=relations,
        )

    @classmethod
    def batch(cls, parts: list[Graph]) -> Graph:
        """Several documents' parts side by side, for one upsert."""
        return cls(
            documents=[d for p in parts for d in p.documents],
            entities=[e for p in parts for e in p.entities],
            relations=[r for p in parts for r in p.relations],
        )
