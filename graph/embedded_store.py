"""The embedded store: the graph in memory (networkx), each document's part in its own file.

Layout of the data directory:

    documents/<document id>.json   what one document contributes (ONTOLOGY.md JSON)
    records/<kind>/<key>.json      records kept beside the graph (judgements, sources)

Each file is written atomically (temporary file, fsync, rename), so a crash leaves either
the old or the new version of a document, never half of one.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
import threading
from collections import defaultdict, deque
from pathlib import Path as FilePath

import networkx as nx
from pydantic import ValidationError

from graph.errors import DocumentNotFound, EntityNotFound, InvalidQuery, StoreCorrupt
from graph.filtering import filter_graph
from graph.merge import add_entity_part, merge_entity, merge_relation
from graph.model import (
    SYMMETRIC_TYPES,
    Document,
    Entity,
    EntityType,
    Graph,
    Relation,
    RelationType,
    slugify,
)
from graph.shortest_paths import shortest_paths
from graph.store import DocumentFilter, Path, Stats, UpsertResult
from graph.subgraph import Period
from graph.view import GraphView

RelationKey = tuple[str, str, str]


def write_atomic(path: FilePath, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        FilePath(tmp).unlink(missing_ok=True)
        raise


class EmbeddedStore:
    """A GraphStore held in memory and in a data directory; the default backend."""

    def __init__(self, data_dir: FilePath) -> None:
        self.data_dir = FilePath(data_dir)
        self._docs_dir = self.data_dir / "documents"
        self._lock = threading.RLock()
        self._version = 0
        self._documents: dict[str, Document] = {}
        self._contrib: dict[str, Graph] = {}
        self._entity_parts: dict[str, dict[str, Entity]] = defaultdict(dict)
        self._relation_parts: dict[RelationKey, dict[str, Relation]] = defaultdict(dict)
        self._entities: dict[str, Entity] = {}
        self._relations: dict[RelationKey, Relation] = {}
        self._graph = nx.Graph()
        self._records: dict[str, dict[str, str]] = {}
        # Filtered views of the graph, by (version, filter), the last few asked for.
        self._views: dict[tuple[int, str], GraphView] = {}
        self._load()

    # -- persistence ---------------------------------------------------------------

    def _load(self) -> None:
        if not self._docs_dir.exists():
            return
        for path in sorted(self._docs_dir.glob("*.json")):
            try:
                part = Graph.from_json(path.read_bytes())
            except (ValidationError, ValueError, OSError) as exc:
                raise StoreCorrupt(
                    f"Datafilen {path} går inte att läsa ({type(exc).__name__}); "
                    "ta bort den och läs in dokumentet igen"
                ) from exc
            for doc in part.documents:
                self._apply(doc, part.for_document(doc.id))

    def _path(self, document_id: str) -> FilePath:
        return self._docs_dir / f"{document_id}.json"

    # -- in-memory index -----------------------------------------------------------

    def _apply(self, document: Document, part: Graph) -> None:
        self._documents[document.id] = document
        self._contrib[document.id] = part
        touched_entities = set()
        touched_relations = set()
        for ent in part.entities:
            self._entity_parts[ent.id][document.id] = ent
            merged = self._entities.get(ent.id)
            if merged is not None and document.id not in merged.mentions:
                self._entities[ent.id] = add_entity_part(merged, document.id, ent)
            else:
                touched_entities.add(ent.id)
        for rel in part.relations:
            self._relation_parts[rel.key][document.id] = rel
            touched_relations.add(rel.key)
        self._refresh(touched_entities, touched_relations)

    def _retract(self, document_id: str) -> None:
        part = self._contrib.pop(document_id, None)
        self._documents.pop(document_id, None)
        if part is None:
            return
        touched_entities = set()
        touched_relations = set()
        for ent in part.entities:
            self._entity_parts[ent.id].pop(document_id, None)
            touched_entities.add(ent.id)
        for rel in part.relations:
            self._relation_parts[rel.key].pop(document_id, None)
            touched_relations.add(rel.key)
        self._refresh(touched_entities, touched_relations)

    def _refresh(self, entity_ids: set[str], relation_keys: set[RelationKey]) -> None:
        for key in relation_keys:
            parts = self._relation_parts.get(key)
            source, _, target = key
            if parts:
                self._relations[key] = merge_relation(parts)
                if self._graph.has_edge(source, target):
                    self._graph[source][target]["keys"].add(key)
                else:
                    self._graph.add_edge(source, target, keys={key})
            else:
                self._relation_parts.pop(key, None)
                self._relations.pop(key, None)
                if self._graph.has_edge(source, target):
                    keys = self._graph[source][target]["keys"]
                    keys.discard(key)
                    if not keys:
                        self._graph.remove_edge(source, target)
        for entity_id in entity_ids:
            parts = self._entity_parts.get(entity_id)
            if parts:
                self._entities[entity_id] = merge_entity(parts)
                self._graph.add_node(entity_id)
            else:
                self._entity_parts.pop(entity_id, None)
                self._entities.pop(entity_id, None)
                if self._graph.has_node(entity_id):
                    self._graph.remove_node(entity_id)
        self._version += 1

    # -- GraphStore ----------------------------------------------------------------

    def ping(self) -> None:
        return None

    def close(self) -> None:
        return None

    def version(self) -> str:
        return str(self._version)

    def upsert(self, graph: Graph) -> UpsertResult:
        result = UpsertResult()
        with self._lock:
            for document in graph.documents:
                part = graph.for_document(document.id)
                previous = self._contrib.get(document.id)
                if previous is not None and previous == part:
                    result.documents_unchanged += 1
                    continue
                write_atomic(self._path(document.id), part.to_json(indent=None).encode("utf-8"))
                if previous is not None:
                    self._retract(document.id)
                    result.documents_replaced += 1
                else:
                    result.documents_added += 1
                self._apply(document, part)
        return result

    def remove_document(self, document_id: str) -> None:
        with self._lock:
            if document_id not in self._documents:
                raise DocumentNotFound(document_id)
            self._path(document_id).unlink(missing_ok=True)
            self._retract(document_id)

    def clear(self) -> None:
        with self._lock:
            for document_id in list(self._documents):
                self.remove_document(document_id)
            # Everything, as the protocol says: the records too.
            shutil.rmtree(self.data_dir / "records", ignore_errors=True)
            self._records.clear()

    def stats(self) -> Stats:
        with self._lock:
            by_type: dict[str, int] = defaultdict(int)
            for ent in self._entities.values():
                by_type[ent.type.value] += 1
            rel_by_type: dict[str, int] = defaultdict(int)
            for key in self._relations:
                rel_by_type[key[1]] += 1
            return Stats(
                documents=len(self._documents),
                entities=len(self._entities),
                relations=len(self._relations),
                entities_by_type=dict(sorted(by_type.items())),
                relations_by_type=dict(sorted(rel_by_type.items())),
            )

    def document(self, document_id: str) -> Document:
        try:
            return self._documents[document_id]
        except KeyError:
            raise DocumentNotFound(document_id) from None

    def documents(self, limit: int = 100, offset: int = 0) -> list[Document]:
        with self._lock:
            ids = sorted(self._documents)[offset : offset + limit]
            return [self._documents[i] for i in ids]

    def document_graph(self, document_id: str) -> Graph:
        with self._lock:
            if document_id not in self._contrib:
                raise DocumentNotFound(document_id)
            part = self._contrib[document_id]
            entities = sorted((self._entities[e.id] for e in part.entities), key=lambda e: e.id)
            relations = sorted(
                (
                    r.model_copy(update={"evidence": [e for e in r.evidence if e.document == document_id]})
                    for r in (self._relations[rel.key] for rel in part.relations)
                ),
                key=lambda r: r.key,
            )
            return Graph(documents=[self._documents[document_id]], entities=entities, relations=relations)

    def entity(self, entity_id: str) -> Entity:
        try:
            return self._entities[entity_id]
        except KeyError:
            raise EntityNotFound(entity_id) from None

    def entities(
        self,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        needle = q.casefold() if q else None
        with self._lock:
            found = [
                e
                for e in self._entities.values()
                if (type_ is None or e.type == type_)
                and (needle is None or any(needle in s.casefold() for s in (e.name, *e.aliases)))
            ]
        found.sort(key=lambda e: (e.name, e.id))
        return found[offset : offset + limit]

    def degree(self, entity_id: str) -> int:
        with self._lock:
            if entity_id not in self._entities:
                raise EntityNotFound(entity_id)
            return sum(len(d["keys"]) for _, _, d in self._graph.edges(entity_id, data=True))

    def neighbors(
        self,
        entity_id: str,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        if depth < 1:
            raise InvalidQuery("depth måste vara minst 1")
        with self._lock:
            if entity_id not in self._entities:
                raise EntityNotFound(entity_id)
            allowed_types = set(entity_types or [])
            allowed_rels = {t.value for t in relation_types or []}
            seen = {entity_id}
            walked: set[RelationKey] = set()
            queue = deque([(entity_id, 0)])
            while queue:
                node, dist = queue.popleft()
                if dist == depth:
                    continue
                for other in self._graph.neighbors(node):
                    keys = [
                        k
                        for k in self._graph[node][other]["keys"]
                        if not allowed_rels or k[1] in allowed_rels
                    ]
                    if not keys:
                        continue
                    if allowed_types and self._entities[other].type not in allowed_types:
                        continue
                    walked.update(keys)
                    if other not in seen:
                        seen.add(other)
                        queue.append((other, dist + 1))
            # Relations between reached actors that the walk crossed, plus those among them.
            relations = [self._relations[k] for k in sorted(walked)]
            entities = [self._entities[i] for i in sorted(seen)]
            docs = sorted({d for r in relations for d in r.documents})
            return Graph(
                documents=[self._documents[d] for d in docs],
                entities=entities,
                relations=relations,
            )

    def paths(self, source: str, target: str, max_length: int = 4) -> list[Path]:
        with self._lock:
            for entity_id in (source, target):
                if entity_id not in self._entities:
                    raise EntityNotFound(entity_id)
            if source == target:
                return [Path(entities=[self._entities[source]], relations=[])]
            node_paths = shortest_paths(
                lambda ids: {n: set(self._graph.neighbors(n)) for n in ids}, source, target, max_length
            )
            result = []
            for nodes in node_paths:
                steps = [
                    self._relations[min(self._graph[a][b]["keys"])] for a, b in itertools.pairwise(nodes)
                ]
                result.append(Path(entities=[self._entities[n] for n in nodes], relations=steps))
            return result

    def relations(
        self,
        type_: RelationType | None = None,
        source: str | None = None,
        target: str | None = None,
        document: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Relation]:
        with self._lock:
            found = []
            for key in sorted(self._relations):
                rel = self._relations[key]
                if type_ is not None and rel.type != type_:
                    continue
                if not _ends_match(rel, source, target):
                    continue
                if document is not None and document not in rel.documents:
                    continue
                found.append(rel)
            return found[offset : offset + limit]

    def _records_of(self, kind: str) -> dict[str, str]:
        if kind not in self._records:
            folder = self.data_dir / "records" / slugify(kind)
            self._records[kind] = (
                {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.json"))}
                if folder.is_dir()
                else {}
            )
        return self._records[kind]

    def put_records(self, kind: str, records: dict[str, str]) -> None:
        with self._lock:
            held = self._records_of(kind)
            folder = self.data_dir / "records" / slugify(kind)
            for key, text in records.items():
                if held.get(key) != text:
                    write_atomic(folder / f"{_safe_key(key)}.json", text.encode("utf-8"))
                    held[key] = text

    def get_records(self, kind: str, keys: list[str] | None = None) -> dict[str, str]:
        with self._lock:
            held = self._records_of(kind)
            if keys is None:
                return dict(held)
            return {k: held[k] for k in keys if k in held}

    def delete_records(self, kind: str, keys: list[str]) -> None:
        with self._lock:
            held = self._records_of(kind)
            folder = self.data_dir / "records" / slugify(kind)
            for key in keys:
                (folder / f"{_safe_key(key)}.json").unlink(missing_ok=True)
                held.pop(key, None)

    def export(self) -> Graph:
        with self._lock:
            return Graph(
                documents=[self._documents[i] for i in sorted(self._documents)],
                entities=[self._entities[i] for i in sorted(self._entities)],
                relations=[self._relations[k] for k in sorted(self._relations)],
            )

    # -- filtered questions: over the filtered graph in memory --------------------------------

    def _view(self, flt: DocumentFilter) -> GraphView:
        with self._lock:
            key = (self._version, flt.model_dump_json())
            view = self._views.get(key)
            if view is None:
                view = GraphView(filter_graph(self.export(), flt))
                self._views = {k: v for k, v in self._views.items() if k[0] == self._version}
                if len(self._views) >= VIEWS_KEPT:
                    self._views.pop(next(iter(self._views)))
                self._views[key] = view
            return view

    def filtered_entities(
        self,
        flt: DocumentFilter,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        return self._view(flt).find_entities(type_=type_, q=q, limit=limit, offset=offset)

    def filtered_neighbors(
        self,
        entity_id: str,
        flt: DocumentFilter,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        if depth < 1:
            raise InvalidQuery("depth måste vara minst 1")
        start = self.entity(entity_id)
        view = self._view(flt)
        if entity_id not in view.entities:
            return Graph(entities=[start])
        return view.neighbors(
            entity_id, depth=depth, entity_types=entity_types, relation_types=relation_types
        )

    def filtered_paths(
        self, source: str, target: str, flt: DocumentFilter, max_length: int = 4
    ) -> list[Path]:
        self.entity(source)
        self.entity(target)
        view = self._view(flt)
        if source not in view.entities or target not in view.entities:
            return []
        return view.paths(source, target, max_length=max_length)

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
        return self._view(flt).find_relations(
            type_=type_, source=source, target=target, document=document, limit=limit, offset=offset
        )

    def filtered_export(self, flt: DocumentFilter) -> Graph:
        return self._view(flt).graph if not flt.is_empty() else self.export()

    def period_graph(self, period: Period) -> Graph:
        return period.select(self.export())


VIEWS_KEPT = 4
_KEY = re.compile(r"[A-Za-z0-9_-]{1,128}")


def _safe_key(key: str) -> str:
    """Record keys become file names, so only plain ids are accepted."""
    if not _KEY.fullmatch(key):
        raise InvalidQuery(f"ogiltig nyckel '{key}'")
    return key


def _ends_match(rel: Relation, source: str | None, target: str | None) -> bool:
    if rel.source == (source or rel.source) and rel.target == (target or rel.target):
        return True
    if rel.type in SYMMETRIC_TYPES:
        return rel.target == (source or rel.target) and rel.source == (target or rel.source)
    return False
