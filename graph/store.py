"""The GraphStore protocol that both backends implement, and the answers they give.

Both stores keep, per document, what that document contributes (its actors with the
surface forms seen, its relations with evidence). The merged view follows fixed rules so
that the stores agree whatever order documents arrive in:

- an actor's name is the longest surface form seen (ties: the first alphabetically),
  its aliases every other form, sorted; its documents sorted;
- a relation's evidence is sorted by (document, start, end); its confidence is the
  highest seen; its properties are merged with the earliest document id winning;
- records (judgements, each document's extraction as read) are kept beside the graph,
  untouched by document removal unless deleted explicitly;
- re-upserting a document replaces what it contributed; removing it removes its
  evidence, the relations left without evidence and the actors left without documents.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from graph.model import Document, DocumentKind, Entity, EntityType, Graph, Relation, RelationType
from graph.subgraph import Period


class Stats(BaseModel):
    documents: int
    entities: int
    relations: int
    entities_by_type: dict[str, int] = Field(default_factory=dict)
    relations_by_type: dict[str, int] = Field(default_factory=dict)


class Path(BaseModel):
    """A path between two actors: its actors in order and the relation of each step."""

    entities: list[Entity]
    relations: list[Relation]

    @property
    def length(self) -> int:
        return len(self.relations)


class UpsertResult(BaseModel):
    documents_added: int = 0
    documents_unchanged: int = 0
    documents_replaced: int = 0


class DocumentFilter(BaseModel):
    """Which documents a query counts: by kind and by the document's date."""

    kinds: list[DocumentKind] = Field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None

    def is_empty(self) -> bool:
        return not self.kinds and self.date_from is None and self.date_to is None

    def accepts(self, document: Document) -> bool:
        if self.kinds and document.kind not in self.kinds:
            return False
        if self.date_from is not None and (document.date is None or document.date < self.date_from):
            return False
        return self.date_to is None or (document.date is not None and document.date <= self.date_to)


@runtime_checkable
class GraphStore(Protocol):
    """What every backend answers. Ids are entity and document ids of graph.model."""

    def ping(self) -> None:
        """Raise StoreUnavailable if the store cannot be reached."""

    def close(self) -> None: ...

    def version(self) -> str:
        """A token that changes whenever the stored graph changes (for caches)."""

    def upsert(self, graph: Graph) -> UpsertResult:
        """Store whole documents with what they contribute; idempotent per document.

        Every relation's evidence must name a document in `graph.documents`.
        """

    def remove_document(self, document_id: str) -> None:
        """Remove a document and what only it contributed; DocumentNotFound if absent."""

    def clear(self) -> None:
        """Remove everything."""

    def stats(self) -> Stats: ...

    def document(self, document_id: str) -> Document: ...

    def documents(self, limit: int = 100, offset: int = 0) -> list[Document]:
        """Documents ordered by id."""

    def document_graph(self, document_id: str) -> Graph:
        """The actors and relations one document contributes (evidence from it only)."""

    def entity(self, entity_id: str) -> Entity:
        """EntityNotFound if absent."""

    def entities(
        self,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        """Actors ordered by (name, id); `q` matches a case-insensitive substring of name or alias."""

    def degree(self, entity_id: str) -> int:
        """Number of distinct relations the actor takes part in."""

    def neighbors(
        self,
        entity_id: str,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        """The actor and everything within `depth` steps, relations read in both directions.

        Type filters restrict the actors reached (the start actor is always kept) and the
        relations walked. The result holds the actors and all relations walked between them.
        """

    def paths(self, source: str, target: str, max_length: int = 4) -> list[Path]:
        """All shortest paths (relations read in both directions), at most `max_length` steps."""

    def relations(
        self,
        type_: RelationType | None = None,
        source: str | None = None,
        target: str | None = None,
        document: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Relation]:
        """Relations ordered by key, with evidence. source/target match either end of a symmetric type."""

    def export(self) -> Graph:
        """The whole merged graph, documents, entities and relations sorted by id/key."""

    # -- the same questions over the part a document filter keeps (graph.filtering) --------
    # Each store answers them itself: the embedded store over the filtered graph in memory,
    # Neo4j in Cypher, without reading the whole graph out.

    def filtered_entities(
        self,
        flt: DocumentFilter,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        """Actors the filter keeps, as `entities` orders and matches them, with the kept documents."""

    def filtered_neighbors(
        self,
        entity_id: str,
        flt: DocumentFilter,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        """`neighbors` over the kept part; EntityNotFound if absent from the store, and the
        actor alone (as stored) when the filter does not keep it."""

    def filtered_paths(
        self, source: str, target: str, flt: DocumentFilter, max_length: int = 4
    ) -> list[Path]:
        """`paths` over the kept part; EntityNotFound if absent, none when the filter drops an end."""

    def filtered_relations(
        self,
        flt: DocumentFilter,
        type_: RelationType | None = None,
        source: str | None = None,
        target: str | None = None,
        document: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Relation]:
        """`relations` over the kept part, each with its kept evidence only."""

    def filtered_export(self, flt: DocumentFilter) -> Graph:
        """The kept part, sorted as `export` sorts."""

    def period_graph(self, period: Period) -> Graph:
        """The relations of a period (graph.subgraph.Period) and the actors and documents they join."""

    def put_records(self, kind: str, records: dict[str, str]) -> None:
        """Keep JSON texts by (kind, key), replacing earlier ones: judgements, document sources."""

    def get_records(self, kind: str, keys: list[str] | None = None) -> dict[str, str]:
        """The records of a kind (all, or those of the keys given that exist)."""

    def delete_records(self, kind: str, keys: list[str]) -> None:
        """Forget records; keys that do not exist are ignored."""
