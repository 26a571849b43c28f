"""The embedded store: the graph in memory, each document's part in its own file.

Layout of the data directory:

    documents/<document id>.json   what one document contributes (ONTOLOGY.md JSON): the truth
    snapshot.bin                   the merged graph, to open fast (graph.snapshot)
    records/<kind>/<key>.json      records kept beside the graph (judgements, sources)

Each file is written atomically (temporary file, fsync, rename), so a crash leaves either
the old or the new version of a document, never half of one. Opening reads the snapshot when
it matches the document files exactly and otherwise reads and merges every document file
(and writes a new snapshot); closing a store that has changed writes the snapshot again.

In memory each actor and relation is held once, merged, with what each document said of it
kept compactly beside it (an actor's type, name, aliases and mention count per document; a
relation's properties and confidence per document, its evidence being the merged evidence of
that document), which is all the merge rules of graph.merge need.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import shutil
import sys
import threading
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError

from graph import snapshot
from graph.errors import DocumentNotFound, EntityNotFound, InvalidQuery, StoreCorrupt
from graph.files import write_atomic as write_atomic
from graph.filtering import filter_graph
from graph.merge import add_entity_part, merge_entity, merge_properties
from graph.model import (
    SYMMETRIC_TYPES,
    Document,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
    slugify,
)
from graph.shared_folder import Generation, WriterLock
from graph.shortest_paths import shortest_paths
from graph.store import DocumentFilter, Path, Stats, UpsertResult
from graph.subgraph import Period
from graph.view import GraphView

RelationKey = tuple[str, str, str]
# What one document says of an actor: type, name, aliases, mentions.
EntityPart = tuple[EntityType, str, tuple[str, ...], int]
# What one document says of a relation besides its evidence: properties (None: none), confidence.
RelationPart = tuple[dict[str, Any] | None, float]
# Evidence as (document, start, end, sentence); a merged relation as (properties, confidence, evidence).
EvidenceRow = tuple[str, int, int, str]
MergedRelation = tuple[dict[str, Any] | None, float, tuple[EvidenceRow, ...]]
# Relations built as models at a time, kept for the next query (the hubs' are asked for most).
RELATION_CACHE = 20_000


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _evidence_order(ev: EvidenceRow) -> tuple[str, int, int]:
    return (ev[0], ev[1], ev[2])


def _evidence_rows(relation: Relation, texts: dict[str, str]) -> list[EvidenceRow]:
    # A sentence that states several relations is held once.
    return [
        (sys.intern(e.document), e.start, e.end, texts.setdefault(e.text, e.text)) for e in relation.evidence
    ]


def _key(relation: Relation) -> RelationKey:
    source, type_, target = relation.key
    return (sys.intern(source), sys.intern(type_), sys.intern(target))


def build_relation(key: RelationKey, merged: MergedRelation) -> Relation:
    source, type_, target = key
    properties, confidence, evidence = merged
    return Relation(
        source=source,
        target=target,
        type=RelationType(type_),
        properties=dict(properties) if properties else {},
        confidence=confidence,
        evidence=[Evidence(document=d, start=s, end=e, text=t) for d, s, e, t in evidence],
    )


class _Index:
    """The merged graph and, per actor and relation, what each document said of it."""

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.doc_entities: dict[str, tuple[str, ...]] = {}
        self.doc_relations: dict[str, tuple[RelationKey, ...]] = {}
        self.doc_digests: dict[str, bytes] = {}
        self.entity_parts: dict[str, dict[str, EntityPart]] = {}
        self.relation_parts: dict[RelationKey, dict[str, RelationPart]] = {}
        self.entities: dict[str, Entity] = {}
        self.relations: dict[RelationKey, MergedRelation] = {}
        # Actor -> neighbour -> the keys of the relations between them (one set shared by both ends).
        self.adjacent: dict[str, dict[str, set[RelationKey]]] = {}

    # As a snapshot: the neighbours are rebuilt from the relations' keys (quicker than reading
    # them), and what documents say of relations is kept as tuples (quicker to read than dicts).
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["adjacent"]
        state["relation_parts"] = [(key, tuple(parts.items())) for key, parts in self.relation_parts.items()]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["relation_parts"] = {key: dict(parts) for key, parts in state["relation_parts"]}
        self.__dict__.update(state)
        self.adjacent = {entity_id: {} for entity_id in self.entities}
        for key in self.relations:
            self._link(key)

    def apply(self, document: Document, part: Graph, digest: bytes) -> None:
        doc = document.id
        self.documents[doc] = document
        self.doc_digests[doc] = digest
        self.doc_entities[doc] = tuple(dict.fromkeys(e.id for e in part.entities))
        # As the part lists them: a relation stated twice is listed twice, as the other store does.
        self.doc_relations[doc] = tuple(_key(r) for r in part.relations)
        for ent in part.entities:
            parts = self.entity_parts.setdefault(ent.id, {})
            parts[doc] = (ent.type, ent.name, tuple(ent.aliases), ent.mentions.get(doc, 1))
            merged = self.entities.get(ent.id)
            if merged is not None and doc not in merged.mentions:
                self.entities[ent.id] = add_entity_part(merged, doc, ent)
            else:
                self._merge_entity(ent.id)
            self.adjacent.setdefault(ent.id, {})
        texts: dict[str, str] = {}
        for rel in part.relations:
            key = _key(rel)
            self.relation_parts.setdefault(key, {})[doc] = (rel.properties or None, rel.confidence)
            merged_rel = self.relations.get(key)
            others = [e for e in merged_rel[2] if e[0] != doc] if merged_rel else []
            self._merge_relation(key, sorted([*others, *_evidence_rows(rel, texts)], key=_evidence_order))
            self._link(key)

    def retract(self, doc: str) -> None:
        if self.documents.pop(doc, None) is None:
            return
        self.doc_digests.pop(doc, None)
        for key in self.doc_relations.pop(doc, ()):
            parts = self.relation_parts.get(key, {})
            parts.pop(doc, None)
            if parts:
                evidence = [e for e in self.relations[key][2] if e[0] != doc]
                self._merge_relation(key, evidence)
            else:
                self.relation_parts.pop(key, None)
                self.relations.pop(key, None)
                self._unlink(key)
        for entity_id in self.doc_entities.pop(doc, ()):
            parts = self.entity_parts.get(entity_id, {})
            parts.pop(doc, None)
            if parts:
                self._merge_entity(entity_id)
            else:
                self.entity_parts.pop(entity_id, None)
                self.entities.pop(entity_id, None)
                for other in self.adjacent.pop(entity_id, {}):
                    self.adjacent.get(other, {}).pop(entity_id, None)

    def _merge_entity(self, entity_id: str) -> None:
        self.entities[entity_id] = merge_entity(
            {
                doc: Entity(
                    id=entity_id,
                    type=type_,
                    name=name,
                    aliases=list(aliases),
                    documents=[doc],
                    mentions={doc: mentions},
                )
                for doc, (type_, name, aliases, mentions) in self.entity_parts[entity_id].items()
            }
        )

    def _merge_relation(self, key: RelationKey, evidence: list[EvidenceRow]) -> None:
        """The relation from its parts (graph.merge.merge_relation's rules) and its evidence, sorted."""
        parts = self.relation_parts[key]
        properties = merge_properties((doc, props or {}) for doc, (props, _) in parts.items())
        confidence = max(confidence for _, confidence in parts.values())
        self.relations[key] = (properties or None, confidence, tuple(evidence))

    def _link(self, key: RelationKey) -> None:
        source, _, target = key
        keys = self.adjacent.setdefault(source, {}).get(target)
        if keys is None:
            keys = set()
            self.adjacent[source][target] = keys
            self.adjacent.setdefault(target, {})[source] = keys
        keys.add(key)

    def _unlink(self, key: RelationKey) -> None:
        source, _, target = key
        keys = self.adjacent.get(source, {}).get(target)
        if keys is None:
            return
        keys.discard(key)
        if not keys:
            self.adjacent[source].pop(target, None)
            self.adjacent.get(target, {}).pop(source, None)


class EmbeddedStore:
    """A GraphStore held in memory and in a data directory; the default backend."""

    def __init__(self, data_dir: FilePath) -> None:
        self.data_dir = FilePath(data_dir)
        self._docs_dir = self.data_dir / "documents"
        self._snapshot_path = self.data_dir / snapshot.FILE_NAME
        self._lock = threading.RLock()
        self._version = 0
        self._index = _Index()
        # The stamp of each document file as this store last wrote or read it.
        self._files: dict[str, snapshot.FileStamp] = {}
        self._changed = False
        self.opened_from_snapshot = False
        self._records: dict[str, dict[str, str]] = {}
        # Filtered views of the graph, by (version, filter), the last few asked for.
        self._views: dict[tuple[int, str], GraphView] = {}
        self._built: dict[RelationKey, tuple[MergedRelation, Relation]] = {}
        self._writes = 0  # files written or removed by this process, to tell the others of
        self._writer = WriterLock(self.data_dir)
        self._generation = Generation(self.data_dir)
        self._seen = self._generation.current()  # before reading: a write meanwhile is caught up later
        self._load()

    # -- persistence ---------------------------------------------------------------

    def _load(self) -> None:
        files = snapshot.scan(self._docs_dir)
        if not files:
            return
        state = snapshot.read(self._snapshot_path, snapshot.fingerprint(files))
        if isinstance(state, _Index):
            self._index, self._files = state, files
            self.opened_from_snapshot = True
            return
        with snapshot.without_gc():
            for name in sorted(files):
                part, data = self._read_part(self._docs_dir / name)
                if part is None:
                    continue
                self._files[name] = files[name]
                for doc in part.documents:
                    self._index.apply(doc, part.for_document(doc.id), _digest(data))
        self._save_snapshot()

    def _save_snapshot(self) -> None:
        try:
            snapshot.write(self._snapshot_path, snapshot.fingerprint(self._files), self._index)
        except OSError:
            return  # a read-only folder: the store works, it only opens more slowly next time
        self._changed = False

    def _path(self, document_id: str) -> FilePath:
        return self._docs_dir / f"{document_id}.json"

    # -- several processes on one folder -------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock:
            self._catch_up()
            yield

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time across processes; the others are told when it is done."""
        with self._lock, self._writer:
            self._catch_up()
            before = self._writes
            try:
                yield
            finally:
                if self._writes != before:
                    self._seen = self._generation.bump()

    def _catch_up(self) -> None:
        """Read in what other processes wrote since this one last looked (their files changed)."""
        token = self._generation.current()
        if token == self._seen:
            return
        self._seen = token
        files = snapshot.scan(self._docs_dir)
        for name in [n for n in self._files if n not in files]:
            del self._files[name]
            self._index.retract(name.removesuffix(".json"))
        for name, stamp in files.items():
            if self._files.get(name) == stamp:
                continue
            part, data = self._read_part(self._docs_dir / name)
            if part is None:
                continue
            for doc in part.documents:
                self._index.retract(doc.id)
                self._index.apply(doc, part.for_document(doc.id), _digest(data))
            self._files[name] = stamp
        self._records.clear()
        self._built.clear()
        self._version += 1

    def _read_part(self, path: FilePath) -> tuple[Graph | None, bytes]:
        """A document file as a graph (None: it is gone); StoreCorrupt if it cannot be read."""
        try:
            data = path.read_bytes()
            return Graph.from_json(data), data
        except FileNotFoundError:  # removed meanwhile by another process
            return None, b""
        except (ValidationError, ValueError, OSError) as exc:
            raise StoreCorrupt(
                f"Datafilen {path} går inte att läsa ({type(exc).__name__}); "
                "ta bort den och läs in dokumentet igen"
            ) from exc

    # -- GraphStore ----------------------------------------------------------------

    # The merged graph, read by the queries below.
    @property
    def _documents(self) -> dict[str, Document]:
        return self._index.documents

    @property
    def _entities(self) -> dict[str, Entity]:
        return self._index.entities

    @property
    def _relations(self) -> dict[RelationKey, MergedRelation]:
        return self._index.relations

    def _relation(self, key: RelationKey) -> Relation:
        """The relation as a model; built from its compact form, the most recent ones kept."""
        merged = self._index.relations[key]
        cached = self._built.get(key)
        if cached is not None and cached[0] is merged:
            return cached[1]
        relation = build_relation(key, merged)
        if len(self._built) >= RELATION_CACHE:
            self._built.clear()
        self._built[key] = (merged, relation)
        return relation

    def ping(self) -> None:
        return None

    def close(self) -> None:
        """Keep the merged graph as a snapshot if it changed, so that the next open is fast."""
        with self._lock:
            if not self._changed:
                return
            with self._writer:  # what other processes wrote is in the snapshot too
                self._catch_up()
                self._save_snapshot()

    def version(self) -> str:
        return str(self._version)

    def upsert(self, graph: Graph) -> UpsertResult:
        result = UpsertResult()
        with self._writing():
            for document in graph.documents:
                part = graph.for_document(document.id)
                data = part.to_json(indent=None).encode("utf-8")
                digest = _digest(data)
                previous = self._index.doc_digests.get(document.id)
                if previous == digest:
                    result.documents_unchanged += 1
                    continue
                path = self._path(document.id)
                self._files[path.name] = snapshot.stamp(write_atomic(path, data))
                self._changed = True
                self._writes += 1
                if previous is not None:
                    self._index.retract(document.id)
                    result.documents_replaced += 1
                else:
                    result.documents_added += 1
                self._index.apply(document, part, digest)
                self._version += 1
        return result

    def remove_document(self, document_id: str) -> None:
        with self._writing():
            if document_id not in self._index.documents:
                raise DocumentNotFound(document_id)
            path = self._path(document_id)
            path.unlink(missing_ok=True)
            self._files.pop(path.name, None)
            self._changed = True
            self._writes += 1
            self._index.retract(document_id)
            self._version += 1

    def clear(self) -> None:
        with self._writing():
            for document_id in list(self._index.documents):
                self.remove_document(document_id)
            # Everything, as the protocol says: the records too.
            shutil.rmtree(self.data_dir / "records", ignore_errors=True)
            self._records.clear()
            self._writes += 1

    def stats(self) -> Stats:
        with self._reading():
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
        with self._reading():
            try:
                return self._documents[document_id]
            except KeyError:
                raise DocumentNotFound(document_id) from None

    def documents(self, limit: int = 100, offset: int = 0) -> list[Document]:
        with self._reading():
            ids = sorted(self._documents)[offset : offset + limit]
            return [self._documents[i] for i in ids]

    def document_graph(self, document_id: str) -> Graph:
        with self._reading():
            if document_id not in self._index.documents:
                raise DocumentNotFound(document_id)
            entities = sorted(
                (self._entities[i] for i in self._index.doc_entities[document_id]), key=lambda e: e.id
            )
            relations = sorted(
                (
                    r.model_copy(update={"evidence": [e for e in r.evidence if e.document == document_id]})
                    for r in (self._relation(key) for key in self._index.doc_relations[document_id])
                ),
                key=lambda r: r.key,
            )
            return Graph(documents=[self._documents[document_id]], entities=entities, relations=relations)

    def entity(self, entity_id: str) -> Entity:
        with self._reading():
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
        with self._reading():
            found = [
                e
                for e in self._entities.values()
                if (type_ is None or e.type == type_)
                and (needle is None or any(needle in s.casefold() for s in (e.name, *e.aliases)))
            ]
        found.sort(key=lambda e: (e.name, e.id))
        return found[offset : offset + limit]

    def degree(self, entity_id: str) -> int:
        with self._reading():
            if entity_id not in self._entities:
                raise EntityNotFound(entity_id)
            return sum(len(keys) for keys in self._index.adjacent.get(entity_id, {}).values())

    def neighbors(
        self,
        entity_id: str,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        if depth < 1:
            raise InvalidQuery("depth måste vara minst 1")
        with self._reading():
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
                for other, between in self._index.adjacent.get(node, {}).items():
                    keys = [k for k in between if not allowed_rels or k[1] in allowed_rels]
                    if not keys:
                        continue
                    if allowed_types and self._entities[other].type not in allowed_types:
                        continue
                    walked.update(keys)
                    if other not in seen:
                        seen.add(other)
                        queue.append((other, dist + 1))
            # Relations between reached actors that the walk crossed, plus those among them.
            relations = [self._relation(k) for k in sorted(walked)]
            entities = [self._entities[i] for i in sorted(seen)]
            docs = sorted({d for r in relations for d in r.documents})
            return Graph(
                documents=[self._documents[d] for d in docs],
                entities=entities,
                relations=relations,
            )

    def paths(self, source: str, target: str, max_length: int = 4) -> list[Path]:
        with self._reading():
            for entity_id in (source, target):
                if entity_id not in self._entities:
                    raise EntityNotFound(entity_id)
            if source == target:
                return [Path(entities=[self._entities[source]], relations=[])]
            node_paths = shortest_paths(
                lambda ids: {n: set(self._index.adjacent.get(n, {})) for n in ids}, source, target, max_length
            )
            result = []
            for nodes in node_paths:
                steps = [
                    self._relation(min(self._index.adjacent[a][b])) for a, b in itertools.pairwise(nodes)
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
        with self._reading():
            found = []
            for key in sorted(self._relations):
                if type_ is not None and key[1] != type_.value:
                    continue
                if not _ends_match(key, source, target):
                    continue
                if document is not None and all(e[0] != document for e in self._relations[key][2]):
                    continue
                found.append(key)
            return [self._relation(key) for key in found[offset : offset + limit]]

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
        with self._writing():
            held = self._records_of(kind)
            folder = self.data_dir / "records" / slugify(kind)
            for key, text in records.items():
                if held.get(key) != text:
                    write_atomic(folder / f"{_safe_key(key)}.json", text.encode("utf-8"))
                    held[key] = text
                    self._writes += 1

    def get_records(self, kind: str, keys: list[str] | None = None) -> dict[str, str]:
        with self._reading():
            held = self._records_of(kind)
            if keys is None:
                return dict(held)
            return {k: held[k] for k in keys if k in held}

    def delete_records(self, kind: str, keys: list[str]) -> None:
        with self._writing():
            held = self._records_of(kind)
            folder = self.data_dir / "records" / slugify(kind)
            for key in keys:
                (folder / f"{_safe_key(key)}.json").unlink(missing_ok=True)
                held.pop(key, None)
                self._writes += 1

    def export(self) -> Graph:
        with self._reading():
            return Graph(
                documents=[self._documents[i] for i in sorted(self._documents)],
                entities=[self._entities[i] for i in sorted(self._entities)],
                relations=[build_relation(k, self._relations[k]) for k in sorted(self._relations)],
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


def _ends_match(key: RelationKey, source: str | None, target: str | None) -> bool:
    start, type_, end = key
    if start == (source or start) and end == (target or end):
        return True
    if type_ in _SYMMETRIC:
        return end == (source or end) and start == (target or start)
    return False


_SYMMETRIC = frozenset(t.value for t in SYMMETRIC_TYPES)
