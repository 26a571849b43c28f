"""The Neo4j store: the merged graph as nodes and relationships, written with batched UNWIND MERGE.

Layout (labels and relationship types from the ontology enums only):

    (:Actor:<EntityType> {id, type, name, aliases, first_document, forms})
        its documents and mention counts are its MENTIONED_IN edges; `first_document` is the
        smallest document id (whose type the merged actor takes); `forms` the casefolded name
        and aliases that `entities(q=...)` searches. `sort_name`/`sort_id` (on documents too) only
        for strings beyond U+FFFF, whose UTF-16 order differs from Python's (see _sort_key).
    (:Document {id, title, date, path, publisher, source_url, kind, content_hash, contribution})
        `contribution` is the document's part as given, as JSON that Graph.from_json reads.
    (:Actor)-[:MENTIONED_IN {count, type, name, aliases}]->(:Document)
        what that document says of the actor (the part the merged actor is made from).
    (:Actor)-[:<RelationType> {confidence, valid_from, valid_to, documents, detail}]->(:Actor)
        one relationship per relation key; a symmetric type is stored once, from the smaller
        id to the larger. `documents` are the relation's sources, so they read as

            MATCH (a:Actor)-[r]->(b:Actor) MATCH (d:Document) WHERE d.id IN r.documents
            RETURN d.title, r.detail

        `detail` is one JSON value with what no query tests (see relation_detail): the merged
        property map (`valid_from` and `valid_to` are copied out of it for queries), the
        evidence as [document, start, end, sentence] sorted by (document, start, end), and
        what each document of `documents` said, for merging again. `document_dates` (ISO
        text, '' when undated) and `document_kinds` ('' when none) give each document's date
        and kind, and `first_date`, `last_date`, `kinds` and `undated` sum them up: filters
        test these (graph.cypher).
    Actors, documents and relations also carry a `stamp`, new at every write of them (an
    actor's also when its MENTIONED_IN edges change): the store keeps what it has read under
    its stamp (graph.neo4j_cache).
    (:Record {kind, key, data})   judgements and sources, unique by (kind, key)
    (:Meta {name: 'version', epoch, value})   the version counter
    (:Change {epoch, value, sources, types, targets, actors, documents})   what the write that
        made version `value` changed (graph.neo4j_periods); the last cypher.CHANGES_KEPT kept

Writes follow graph.merge exactly as the embedded store does: each transaction reads the
parts of the actors and relations its documents touch, merges them in Python and writes the
result back (creating the relations it did not find, updating the others). A transaction holds whole documents, so a failure never leaves half of one;
every write transaction first increments the version counter, which also makes writers take
turns. Driver errors become StoreUnavailable at the boundary of each public method.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, LiteralString, ParamSpec, TypeVar, cast

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors
from neo4j.time import Date as Neo4jDate
from pydantic_core import to_jsonable_python

from graph import cypher, neo4j_names
from graph.errors import DocumentNotFound, EntityNotFound, InvalidQuery, SamverkanError, StoreUnavailable
from graph.filtering import period_bound
from graph.merge import merge_entity, merge_relation
from graph.model import (
    SYMMETRIC_TYPES,
    Document,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    RelationType,
)
from graph.neo4j_cache import MAX_KEPT, StampCache
from graph.neo4j_memo import Link, VersionMemo, VersionMemos
from graph.neo4j_periods import Change, PeriodAnswer, PeriodAnswers
from graph.shortest_paths import shortest_paths
from graph.store import DocumentFilter, Path, Stats, UpsertResult
from graph.subgraph import Period
from graph.timeline import day_of

RelationKey = tuple[str, str, str]
# A document's date as ISO text and its kind, '' for none: what a relation keeps of each of its
# documents so that filters need not look the documents up (see graph.cypher).
DocumentFacts = tuple[str, str]
P = ParamSpec("P")
T = TypeVar("T")

# Documents written per transaction: whole documents, up to about this many relations.
BATCH_RELATIONS = 5000
BATCH_DOCUMENTS = 200
# Rows per UNWIND statement inside a transaction.
ROWS_PER_STATEMENT = 2000


def _translated(method: Callable[P, T]) -> Callable[P, T]:
    """Turn the driver's errors into the SamverkanError family at the store's boundary."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        store = cast("Neo4jStore", args[0])
        try:
            return method(*args, **kwargs)
        except SamverkanError:
            raise
        except neo4j_errors.AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j på {store.where} nekade inloggningen; kontrollera NEO4J_USERNAME och NEO4J_PASSWORD"
            ) from exc
        except neo4j_errors.ClientError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreUnavailable(
                    f"Databasen '{store.database}' finns inte i Neo4j på {store.where}"
                ) from exc
            raise
        except (
            neo4j_errors.ServiceUnavailable,
            neo4j_errors.SessionExpired,
            neo4j_errors.TransientError,
            neo4j_errors.ConnectionPoolError,
        ) as exc:
            raise StoreUnavailable(
                f"Neo4j på {store.where} svarar inte ({type(exc).__name__}); kontrollera att databasen är igång"
            ) from exc
        except OverflowError as exc:
            raise InvalidQuery(f"ett tal är för stort för att lagras i Neo4j ({exc})") from exc

    return wrapper


class Neo4jStore:
    """A GraphStore in a Neo4j database; answers exactly as graph.embedded_store does."""

    def __init__(self, driver: Driver, database: str = "neo4j", *, owns_driver: bool = False) -> None:
        # Nothing connects here: the schema is made on first use (or by `connect`).
        self._driver = driver
        self.database = database
        self.where = "servern"
        self._owns_driver = owns_driver
        self._schema_ready = False
        self._kept_entities: StampCache[str, Entity] = StampCache()
        self._kept_documents: StampCache[str, Document] = StampCache()
        self._kept_relations: StampCache[RelationKey, Relation] = StampCache()
        self._keys_by_stamp: dict[str, RelationKey] = {}
        self._index_stop_words: frozenset[str] | None = None
        self._memos = VersionMemos()
        self._periods = PeriodAnswers()
        self._reading = threading.local()  # the transaction of `read_as_one`, per thread

    @classmethod
    def connect(
        cls,
        uri: str,
        auth: tuple[str, str] | None = None,
        database: str = "neo4j",
        **config: Any,
    ) -> Neo4jStore:
        """Open a driver, check that the database answers and make the schema; StoreUnavailable if not."""
        settings = {
            "connection_timeout": 5.0,
            "max_transaction_retry_time": 3.0,
            # Matching a relationship type no relation has yet is expected, not worth a warning.
            "notifications_disabled_classifications": ["UNRECOGNIZED"],
            **config,
        }
        try:
            driver = GraphDatabase.driver(uri, auth=auth, **settings)
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise StoreUnavailable(f"Ogiltig adress till Neo4j: '{uri}' ({exc})") from exc
        store = cls(driver, database, owns_driver=True)
        store.where = uri
        try:
            store.ping()
            store.ensure_schema()
        except BaseException:
            driver.close()
            raise
        return store

    @property
    def driver(self) -> Driver:
        """The store's connection, for work that runs inside Neo4j on `database` (the analytics of
        graph.neo4j_analytics); the store keeps owning it and closes it with itself."""
        return self._driver

    # -- sessions ------------------------------------------------------------------------

    def _read(self, work: Callable[..., T], *args: Any) -> T:
        self._ready()
        with self._driver.session(database=self.database) as session:
            return session.execute_read(work, *args)

    def _write(self, work: Callable[..., T], *args: Any) -> T:
        self._ready()
        with self._driver.session(database=self.database) as session:
            return session.execute_write(work, *args)

    def _query(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._read(_fetch, query, params)

    def _read_at_version(self, work: Callable[[ManagedTransaction, VersionMemo], T]) -> T:
        """`work` in a read transaction, with what was read under the graph's current version
        (graph.neo4j_memo), which the transaction reads first; inside `read_as_one`, in its
        transaction."""
        joined = getattr(self._reading, "current", None)
        if joined is not None:
            return work(*joined)

        def at_version(tx: ManagedTransaction) -> T:
            rows = _fetch(tx, cypher.READ_VERSION, {})
            version = f"{rows[0]['epoch']}-{rows[0]['value']}" if rows else "0"
            return work(tx, self._memos.at(version))

        return self._read(at_version)

    @_translated
    def read_as_one(self, work: Callable[[], T]) -> T:
        """`work`, whose reads of this store (in this thread) share one read transaction and
        one reading of the version: a question that takes several reads, such as a search,
        makes one round of transaction and version instead of one per read."""
        if getattr(self._reading, "current", None) is not None:
            return work()

        def joined(tx: ManagedTransaction, memo: VersionMemo) -> T:
            self._reading.current = (tx, memo)
            try:
                return work()
            finally:
                self._reading.current = None

        return self._read_at_version(joined)

    def _entities(
        self, tx: ManagedTransaction, ids: Iterable[str], memo: VersionMemo | None = None
    ) -> dict[str, Entity]:
        """`_entities_by_id`, reading whole only the actors not kept as they are (graph.neo4j_cache)."""
        wanted = list(dict.fromkeys(ids))

        def stamps_of(todo: list[str]) -> dict[str, str | None]:
            return {i: stamp for i, stamp in _collected(tx, cypher.ACTOR_STAMPS, {"ids": todo})}

        stamps = memo.stamps_of(wanted, "actor", stamps_of) if memo is not None else stamps_of(wanted)
        return self._kept_entities.get_many(stamps, lambda todo: _entities_by_id(tx, todo))

    def _documents(
        self, tx: ManagedTransaction, ids: Iterable[str], memo: VersionMemo | None = None
    ) -> dict[str, Document]:
        """`_documents_by_id`, reading whole only the documents not kept as they are."""
        wanted = list(dict.fromkeys(ids))

        def stamps_of(todo: list[str]) -> dict[str, str | None]:
            return {i: stamp for i, stamp in _collected(tx, cypher.DOCUMENT_STAMPS, {"ids": todo})}

        stamps = memo.stamps_of(wanted, "document", stamps_of) if memo is not None else stamps_of(wanted)
        return self._kept_documents.get_many(stamps, lambda todo: _documents_by_id(tx, todo))

    def _links(
        self, tx: ManagedTransaction, memo: VersionMemo, ids: Iterable[str]
    ) -> dict[str, tuple[Link, ...]]:
        """The relations of each actor of `ids` (none for a missing one), as kept under the version."""

        def fetch(todo: list[str]) -> dict[str, tuple[Link, ...]]:
            rows = _collected(tx, cypher.ACTOR_LINKS, {"ids": todo})
            return {node: tuple(dict.fromkeys(Link(*link) for link in links)) for node, links in rows}

        return memo.links_of(list(ids), fetch)

    def _ready(self) -> None:
        if not self._schema_ready:
            self.ensure_schema()

    @_translated
    def ensure_schema(self) -> None:
        """The uniqueness constraints and the version counter (IF NOT EXISTS: safe to repeat)."""
        with self._driver.session(database=self.database) as session:
            for statement in cypher.SCHEMA:
                session.run(statement).consume()
            session.execute_write(_run_all, [(cypher.ENSURE_VERSION, {})])
            session.execute_write(_read_periods)
            if not session.execute_read(_fetch, cypher.SUMMARIES_READ, {})[0]["done"]:
                # Relations of an older database get their documents' dates and kinds, once.
                session.run(cypher.WRITE_SUMMARIES).consume()
                session.execute_write(_run_all, [(cypher.MARK_SUMMARIES_READ, {})])
            if not session.execute_read(_fetch, cypher.DETAILS_READ, {})[0]["done"]:
                while session.execute_write(_pack_details):
                    pass
                session.execute_write(_run_all, [(cypher.MARK_DETAILS_READ, {})])
            if not session.execute_read(_fetch, cypher.STAMPS_READ, {})[0]["done"]:
                for statement in cypher.WRITE_STAMPS:
                    session.run(statement).consume()
                session.execute_write(_run_all, [(cypher.MARK_STAMPS_READ, {})])
        self._schema_ready = True

    # -- GraphStore: housekeeping ----------------------------------------------------------

    @_translated
    def ping(self) -> None:
        # An auto-commit query fails fast when Neo4j is down; one more try gets past a
        # pooled connection that broke while Neo4j restarted.
        for attempt in (1, 2):
            try:
                with self._driver.session(database=self.database) as session:
                    session.run(cypher.PING).consume()
                return
            except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired):
                if attempt == 2:
                    raise

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()

    @_translated
    def version(self) -> str:
        rows = self._query(cypher.READ_VERSION)
        if not rows:
            return "0"
        return f"{rows[0]['epoch']}-{rows[0]['value']}"

    @_translated
    def clear(self) -> None:
        self._ready()
        with self._driver.session(database=self.database) as session:
            session.execute_write(_run_all, [(cypher.BUMP_VERSION, {})])
            for statement in (
                cypher.CLEAR_ALL_RELATIONSHIPS,
                cypher.CLEAR_ACTORS,
                cypher.CLEAR_DOCUMENTS,
                cypher.CLEAR_RECORDS,
                cypher.CLEAR_CHANGES,
            ):
                session.run(statement).consume()
            session.execute_write(_run_all, [(cypher.BUMP_VERSION, {})])

    # -- GraphStore: writing ---------------------------------------------------------------

    @_translated
    def upsert(self, graph: Graph) -> UpsertResult:
        result = UpsertResult()
        for batch in _batches(split_documents(graph)):
            counts = self._write(_write_documents, batch)
            result.documents_added += counts.documents_added
            result.documents_unchanged += counts.documents_unchanged
            result.documents_replaced += counts.documents_replaced
        return result

    @_translated
    def remove_document(self, document_id: str) -> None:
        self._write(_remove_document, document_id)

    # -- GraphStore: records ---------------------------------------------------------------

    @_translated
    def put_records(self, kind: str, records: dict[str, str]) -> None:
        rows = [{"key": _safe_key(key), "data": text} for key, text in records.items()]
        if rows:
            self._write(_run_all, [(cypher.PUT_RECORDS, {"kind": kind, "rows": rows})])

    @_translated
    def get_records(self, kind: str, keys: list[str] | None = None) -> dict[str, str]:
        if keys is None:
            rows = self._query(cypher.ALL_RECORDS, kind=kind)
        else:
            rows = self._query(cypher.RECORDS_BY_KEY, kind=kind, keys=list(dict.fromkeys(keys)))
        found = {row["key"]: row["data"] for row in rows}
        return {key: found[key] for key in (sorted(found) if keys is None else keys) if key in found}

    @_translated
    def delete_records(self, kind: str, keys: list[str]) -> None:
        checked = [_safe_key(key) for key in keys]
        if checked:
            self._write(_run_all, [(cypher.DELETE_RECORDS, {"kind": kind, "keys": checked})])

    # -- GraphStore: reading ---------------------------------------------------------------

    @_translated
    def stats(self) -> Stats:
        def work(tx: ManagedTransaction) -> Stats:
            documents = _fetch(tx, cypher.COUNT_DOCUMENTS, {})[0]["count"]
            by_type = {r["type"]: r["count"] for r in _fetch(tx, cypher.ACTORS_BY_TYPE, {})}
            rel_by_type = {r["type"]: r["count"] for r in _fetch(tx, cypher.RELATIONS_BY_TYPE, {})}
            return Stats(
                documents=documents,
                entities=sum(by_type.values()),
                relations=sum(rel_by_type.values()),
                entities_by_type=dict(sorted(by_type.items())),
                relations_by_type=dict(sorted(rel_by_type.items())),
            )

        return self._read(work)

    @_translated
    def document(self, document_id: str) -> Document:
        rows = self._read(_collected, cypher.DOCUMENTS_BY_ID, {"ids": [document_id]})
        if not rows:
            raise DocumentNotFound(document_id)
        return _document(rows[0])

    @_translated
    def documents(self, limit: int = 100, offset: int = 0) -> list[Document]:
        if limit <= 0:
            return []
        rows = self._query(cypher.DOCUMENTS_PAGE, limit=limit, offset=max(offset, 0))
        return [_document(row) for row in rows]

    @_translated
    def document_graph(self, document_id: str) -> Graph:
        def work(tx: ManagedTransaction) -> Graph:
            rows = _fetch(tx, cypher.CONTRIBUTION, {"id": document_id})
            if not rows:
                raise DocumentNotFound(document_id)
            part = Graph.from_json(rows[0]["contribution"])
            entities = self._entities(tx, [e.id for e in part.entities])
            relations = _relations_by_key(tx, [r.key for r in part.relations])
            (document,) = self._documents(tx, [document_id]).values()
            return Graph(
                documents=[document],
                entities=sorted((entities[e.id] for e in part.entities), key=lambda e: e.id),
                relations=sorted(
                    (
                        r.model_copy(
                            update={"evidence": [e for e in r.evidence if e.document == document_id]}
                        )
                        for r in (relations[rel.key] for rel in part.relations)
                    ),
                    key=lambda r: r.key,
                ),
            )

        return self._read(work)

    @_translated
    def entity(self, entity_id: str) -> Entity:
        rows = self._read(_collected, cypher.ACTORS_BY_ID, {"ids": [entity_id]})
        if not rows:
            raise EntityNotFound(entity_id)
        return _entity(rows[0])

    @_translated
    def entities(
        self,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        if limit <= 0:
            return []
        rows = self._query(
            cypher.list_actors(type_),
            needle=q.casefold() if q else None,
            limit=limit,
            offset=max(offset, 0),
        )
        return [_entity(row) for row in rows]

    @_translated
    def degree(self, entity_id: str) -> int:
        def work(tx: ManagedTransaction) -> int:
            _require_actors(tx, [entity_id])
            return int(_fetch(tx, cypher.DEGREE, {"id": entity_id})[0]["degree"])

        return self._read(work)

    @_translated
    def neighbors(
        self,
        entity_id: str,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        if depth < 1:
            raise InvalidQuery("depth måste vara minst 1")
        allowed_types = sorted({EntityType(t).value for t in entity_types or []})
        allowed_rels = [RelationType(t).value for t in relation_types or []]

        def walk(tx: ManagedTransaction, memo: VersionMemo) -> Graph:
            # The same walk as the embedded store's, one layer at a time, over each actor's
            # relations (keys and stamps) as kept under the graph's version; a relation is read
            # whole only when it is not kept under its stamp. A missing start reaches nothing
            # and is found missing below.
            seen = {entity_id}
            walked: dict[RelationKey, str | None] = {}  # each relation's stamp
            front = {entity_id}
            for _ in range(depth):
                if not front:
                    break
                following: set[str] = set()
                for links in self._links(tx, memo, sorted(front)).values():
                    for link in links:
                        if allowed_rels and link.type not in allowed_rels:
                            continue
                        if allowed_types and link.other_type not in allowed_types:
                            continue
                        walked.setdefault(link.key, link.stamp)
                        if link.other not in seen:
                            following.add(link.other)
                seen |= following
                front = following
            entities = self._entities(tx, sorted(seen), memo)
            if entity_id not in entities:
                raise EntityNotFound(entity_id)
            whole = self._kept_relations.get_many(walked, lambda todo: _relations_by_key(tx, todo))
            relations = [whole[k] for k in sorted(walked)]
            documents = self._documents(tx, sorted({d for r in relations for d in r.documents}), memo)
            return Graph(
                documents=[documents[i] for i in sorted(documents)],
                entities=[entities[i] for i in sorted(seen)],
                relations=relations,
            )

        question = ("neighbors", entity_id, depth, tuple(allowed_types), tuple(allowed_rels))
        return self._read_at_version(lambda tx, memo: memo.answer(question, lambda: walk(tx, memo)))

    @_translated
    def paths(self, source: str, target: str, max_length: int = 4) -> list[Path]:
        def search(tx: ManagedTransaction, memo: VersionMemo) -> list[Path]:
            def expand(ids: set[str]) -> dict[str, list[str]]:
                found = self._links(tx, memo, sorted(ids))
                return {
                    node: list(dict.fromkeys(link.other for link in links)) for node, links in found.items()
                }

            # A missing actor reaches nothing, so the search is over at once; the actors
            # read last tell which is missing.
            node_paths = shortest_paths(expand, source, target, max_length)
            entities = self._entities(tx, sorted({source, target} | {n for p in node_paths for n in p}), memo)
            for entity_id in (source, target):
                if entity_id not in entities:
                    raise EntityNotFound(entity_id)
            # Each step the relation with the smallest key between its two actors.
            links = self._links(tx, memo, sorted({a for a, _ in _steps_of(node_paths)}))
            step_links: dict[tuple[str, str], Link] = {}
            for first, second in _steps_of(node_paths):
                between = [link for link in links[first] if link.other == second]
                step_links[(first, second)] = min(between, key=lambda link: link.key)
            wanted = {link.key: link.stamp for link in step_links.values()}
            whole = self._kept_relations.get_many(wanted, lambda todo: _relations_by_key(tx, todo))
            return [
                Path(
                    entities=[entities[n] for n in nodes],
                    relations=[whole[step_links[pair].key] for pair in itertools.pairwise(nodes)],
                )
                for nodes in node_paths
            ]

        question = ("paths", source, target, max_length)
        return self._read_at_version(lambda tx, memo: memo.answer(question, lambda: search(tx, memo)))

    @_translated
    def relations(
        self,
        type_: RelationType | None = None,
        source: str | None = None,
        target: str | None = None,
        document: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Relation]:
        if limit <= 0:
            return []
        anchor = source if source is not None else target
        rows = self._query(
            cypher.list_relations(type_, anchor is not None),
            anchor=anchor,
            source=source,
            target=target,
            document=document,
            symmetric=sorted(t.value for t in SYMMETRIC_TYPES),
            limit=limit,
            offset=max(offset, 0),
        )
        return [_relation(row) for row in rows]

    @_translated
    def export(self) -> Graph:
        def work(tx: ManagedTransaction) -> Graph:
            documents = [_document(r) for r in _fetch(tx, cypher.ALL_DOCUMENTS, {})]
            entities = [_entity(r) for r in _fetch(tx, cypher.ALL_ACTORS, {})]
            relations = [_relation(r) for r in _fetch(tx, cypher.ALL_RELATIONS, {})]
            return Graph(
                documents=sorted(documents, key=lambda d: d.id),
                entities=sorted(entities, key=lambda e: e.id),
                relations=sorted(relations, key=lambda r: r.key),
            )

        return self._read(work)

    @_translated
    def name_candidates(
        self, words: list[str], type_: EntityType | None = None, limit: int = 200, *, reach: Reach = "typos"
    ) -> tuple[list[Entity], dict[str, int]]:
        """Actors whose name or an alias has, for each word, a term like it (the full-text index),
        with the number of relations of each, to rank them.

        A term is like a word when it is the word or begins with it; with `reach` "parts" also
        when it holds it; with "typos" also when it lies within two edits of it (a typo, an ä
        written a) or, for a longer word, begins as its first two thirds do (a typo near the
        end). Parts and typos take Lucene through every term of the index, so they cost more
        the larger the graph. Best matches first, at most `limit`. The actors come without
        their documents (`entities_by_id` reads those for the few that are shown).

        The index's stop words ('i', 'mot', 'och') are not in it, so a name that holds one is
        found by its other words ('tillslag mot X i Y' by 'tillslag', 'X' and 'Y'); the caller
        ranks by every word.
        """
        like = _TERMS[reach]
        asked = [w.casefold() for w in words if w]
        stop_words = self._stop_words()
        clauses = [f"+({like(w)})" for w in asked if w not in stop_words] or [f"+({like(w)})" for w in asked]
        if not clauses:
            return [], {}
        params = {
            "lucene": " ".join(clauses),
            "type": EntityType(type_).value if type_ is not None else None,
            "limit": limit,
        }

        def ask(tx: ManagedTransaction) -> tuple[list[Entity], dict[str, int]]:
            rows = _collected(tx, cypher.NAME_CANDIDATES, params)
            entities = [
                Entity(id=row["id"], type=row["type"], name=row["name"], aliases=row["aliases"] or [])
                for row in rows
            ]
            return entities, {row["id"]: row["degree"] for row in rows}

        question = ("names", params["lucene"], params["type"], limit)
        return self._read_at_version(lambda tx, memo: memo.answer(question, lambda: ask(tx)))

    @_translated
    def every_name(self, type_: EntityType | None = None) -> tuple[list[Entity], dict[str, int]]:
        """Every actor (of a type), without its documents, with its number of relations: for a
        search of the words the full-text index leaves out (`index_stop_words`), which the index
        cannot answer. Read once per graph version."""
        params = {"type": EntityType(type_).value if type_ is not None else None}

        def ask(tx: ManagedTransaction) -> tuple[list[Entity], dict[str, int]]:
            rows = _collected(tx, neo4j_names.EVERY_NAME, params)
            entities = [
                Entity(id=row["id"], type=row["type"], name=row["name"], aliases=row["aliases"] or [])
                for row in rows
            ]
            return entities, {row["id"]: row["degree"] for row in rows}

        question = ("every name", params["type"])
        return self._read_at_version(lambda tx, memo: memo.answer(question, lambda: ask(tx)))

    def index_stop_words(self) -> frozenset[str]:
        """The words the full-text index of names leaves out, in lower case."""
        return self._stop_words()

    def _stop_words(self) -> frozenset[str]:
        """The words the full-text index leaves out (its analyzer's stop words), read once."""
        if self._index_stop_words is None:
            rows = self._query(cypher.NAME_INDEX_STOP_WORDS)
            self._index_stop_words = (
                frozenset(w.casefold() for w in rows[0]["stopwords"]) if rows else frozenset()
            )
        return self._index_stop_words

    @_translated
    def entities_by_id(self, ids: list[str]) -> dict[str, Entity]:
        """The actors of the ids given that exist, whole, in one read."""
        return self._read_at_version(lambda tx, memo: self._entities(tx, ids, memo))

    # -- filtered questions, answered in Cypher (graph.cypher: kept_evidence and friends) ------

    @_translated
    def filtered_entities(
        self,
        flt: DocumentFilter,
        type_: EntityType | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Entity]:
        if flt.is_empty():
            return self.entities(type_=type_, q=q, limit=limit, offset=offset)
        if limit <= 0:
            return []
        params = {
            "needle": q.casefold() if q else None,
            "limit": limit,
            "offset": max(offset, 0),
            **_filter_params(flt),
        }

        def work(tx: ManagedTransaction) -> list[Entity]:
            extra = _dated_sources(tx, params)
            rows = _fetch(tx, cypher.list_filtered_actors(type_), params)
            return [_filtered_entity(row, extra) for row in rows]

        return self._read(work)

    @_translated
    def filtered_neighbors(
        self,
        entity_id: str,
        flt: DocumentFilter,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        if flt.is_empty():
            return self.neighbors(entity_id, depth, entity_types, relation_types)
        if depth < 1:
            raise InvalidQuery("depth måste vara minst 1")
        flt_params = _filter_params(flt)
        step = {
            "relation_types": [RelationType(t).value for t in relation_types or []],
            "entity_types": sorted({EntityType(t).value for t in entity_types or []}),
            **flt_params,
        }

        def work(tx: ManagedTransaction) -> Graph:
            rows = _fetch(tx, cypher.ACTOR_IN_VIEW, {"id": entity_id, **flt_params})
            if not rows:
                raise EntityNotFound(entity_id)
            if not rows[0]["kept"]:
                return Graph(entities=list(self._entities(tx, [entity_id]).values()))
            seen = {entity_id}
            walked: dict[RelationKey, list[str]] = {}  # the documents kept of each relation
            stamps: dict[RelationKey, str | None] = {}
            front = {entity_id}
            for _ in range(depth):
                if not front:
                    break
                following: set[str] = set()
                for row in _collected(tx, cypher.FILTERED_NEIGHBOURHOOD_STEP, {"ids": sorted(front), **step}):
                    key = (row["source"], row["type"], row["target"])
                    if key not in walked:
                        walked[key] = row["kept"]
                        stamps[key] = row["stamp"]
                    following.update(other for other in row["reached"] if other not in seen)
                seen |= following
                front = following
            whole = self._kept_relations.get_many(stamps, lambda todo: _relations_by_key(tx, todo))
            relations = [_with_evidence_of(whole[k], walked[k]) for k in sorted(walked)]
            sources = {e.document for r in relations for e in r.evidence}
            entities, documents = self._filtered_entities(tx, sorted(seen), flt, flt_params, sources)
            return Graph(
                documents=[documents[i] for i in sorted(sources)],
                entities=[entities[i] for i in sorted(seen)],
                relations=relations,
            )

        return self._read(work)

    @_translated
    def filtered_paths(
        self, source: str, target: str, flt: DocumentFilter, max_length: int = 4
    ) -> list[Path]:
        if flt.is_empty():
            return self.paths(source, target, max_length)
        flt_params = _filter_params(flt)

        def work(tx: ManagedTransaction) -> list[Path]:
            for entity_id in (source, target):
                rows = _fetch(tx, cypher.ACTOR_IN_VIEW, {"id": entity_id, **flt_params})
                if not rows:
                    raise EntityNotFound(entity_id)
                if not rows[0]["kept"]:
                    return []

            def expand(ids: set[str]) -> dict[str, list[str]]:
                rows = _collected(tx, cypher.FILTERED_ADJACENT, {"ids": sorted(ids), **flt_params})
                return {row["node"]: row["others"] for row in rows}

            node_paths = shortest_paths(expand, source, target, max_length)
            entities, _ = self._filtered_entities(
                tx, sorted({source, target} | {n for p in node_paths for n in p}), flt, flt_params
            )
            pairs = _steps_of(node_paths)
            rows = _collected(tx, cypher.FILTERED_BETWEEN, {"pairs": pairs, **flt_params}) if pairs else []
            return _assembled_paths(node_paths, entities, rows, _kept_relation)

        return self._read(work)

    @_translated
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
        if flt.is_empty():
            return self.relations(type_, source, target, document, limit, offset)
        if limit <= 0:
            return []
        anchor = source if source is not None else target
        rows = self._query(
            cypher.list_filtered_relations(type_, anchor is not None),
            anchor=anchor,
            source=source,
            target=target,
            document=document,
            symmetric=sorted(t.value for t in SYMMETRIC_TYPES),
            limit=limit,
            offset=max(offset, 0),
            **_filter_params(flt),
        )
        return [_kept_relation(row) for row in rows]

    @_translated
    def filtered_export(self, flt: DocumentFilter) -> Graph:
        if flt.is_empty():
            return self.export()
        params = _filter_params(flt)

        def work(tx: ManagedTransaction) -> Graph:
            relations = [_kept_relation(r) for r in _fetch(tx, cypher.FILTERED_RELATIONS, params)]
            accepted = {r["id"]: _document(r) for r in _fetch(tx, cypher.ACCEPTED_DOCUMENTS, params)}
            kept_docs = set(accepted) | {d for r in relations for d in r.documents}
            documents = {**self._documents(tx, sorted(kept_docs.difference(accepted))), **accepted}
            ids = {r["id"] for r in _fetch(tx, cypher.ACTORS_OF_ACCEPTED, params)}
            ids |= {r.source for r in relations} | {r.target for r in relations}
            entities = [_kept_documents(e, kept_docs) for e in self._entities(tx, ids).values()]
            return Graph(
                documents=sorted(documents.values(), key=lambda d: d.id),
                entities=sorted(entities, key=lambda e: e.id),
                relations=sorted(relations, key=lambda r: r.key),
            )

        return self._read(work)

    def _filtered_entities(
        self,
        tx: ManagedTransaction,
        ids: list[str],
        flt: DocumentFilter,
        flt_params: dict[str, Any],
        also: Iterable[str] = (),
    ) -> tuple[dict[str, Entity], dict[str, Document]]:
        """The actors of `ids` with the documents the filter keeps: those it accepts, and the
        sources of kept relations dated by their text; and their documents, with those of `also`.
        Actors and documents come from what is kept under their stamps, so a hub's thousands of
        documents are not read again."""
        extra = _dated_sources(tx, flt_params)
        entities = self._entities(tx, ids)
        documents = self._documents(tx, {d for e in entities.values() for d in e.documents}.union(also))
        kept = {
            i: _kept_documents(e, {d for d in e.documents if d in extra or flt.accepts(documents[d])})
            for i, e in entities.items()
        }
        return kept, documents

    def _learn_keys(self, keys: list[tuple[RelationKey, str | None]]) -> None:
        """Remember the key of each stamp read (a stamp belongs to one write of one relation)."""
        if len(self._keys_by_stamp) + len(keys) > MAX_KEPT:
            self._keys_by_stamp = {}
        self._keys_by_stamp.update((stamp, key) for key, stamp in keys if stamp is not None)

    @_translated
    def period_graph(self, period: Period) -> Graph:
        params = {"day": period.as_of, "start": period.start, "end": period.end, "undated": period.undated}
        question = tuple(params.values())

        def work(tx: ManagedTransaction) -> Graph:
            kept = self._periods.get(question)
            if kept is None:
                rows = _fetch(tx, cypher.READ_VERSION, {})
                logs: list[dict[str, Any]] = []
            else:
                rows = _fetch(tx, cypher.CHANGES_SINCE, {"since": kept.value})
                logs = rows[0]["changes"] if rows else []
            epoch, value = (rows[0]["epoch"], rows[0]["value"]) if rows else ("", 0)
            if kept is not None and kept.epoch == epoch and kept.value == value:
                return kept.graph
            change = Change.of_logs(logs)
            if (
                kept is not None
                and kept.epoch == epoch
                and len(logs) == value - kept.value
                and len(change.relations) < len(kept.relations)
            ):
                # Every write since is logged, and changed less than the map holds: patch the
                # kept answer with what they changed.
                answer = kept.patched(
                    epoch,
                    value,
                    change,
                    lambda keys: self._period_stamps(tx, params, keys),
                    lambda stamps: self._kept_relations.get_many(
                        stamps, lambda todo: _relations_by_key(tx, todo)
                    ),
                    lambda ids: self._entities(tx, ids),
                    lambda ids: self._documents(tx, ids),
                )
            else:
                answer = self._read_period(tx, params, epoch, value)
            self._periods.put(question, answer)
            return answer.graph

        return self._read(work)

    def _period_stamps(
        self, tx: ManagedTransaction, params: dict[str, Any], keys: list[RelationKey]
    ) -> dict[RelationKey, str | None]:
        """Of the relations of `keys`, those of the period, with their stamps."""
        if not keys:
            return {}
        rows = _collected(tx, cypher.PERIOD_RELATIONS_OF_KEYS, {**params, "keys": [list(k) for k in keys]})
        return {(a, t, b): stamp for a, t, b, stamp in rows}

    def _read_period(
        self, tx: ManagedTransaction, params: dict[str, Any], epoch: str, value: int
    ) -> PeriodAnswer:
        """The network of a period read whole: one scan of every relation."""
        known = self._keys_by_stamp.copy()
        rows = _collected(tx, cypher.PERIOD_RELATIONS, {**params, "known": list(known)})
        keys: list[tuple[RelationKey, str | None]] = []
        for row in rows:
            if isinstance(row, str):
                keys.append((known[row], row))
            else:
                a, t, b, stamp = row
                keys.append(((a, t, b), stamp))
        self._learn_keys(keys)
        stamps = dict(sorted(keys))
        relations = self._kept_relations.get_many(stamps, lambda todo: _relations_by_key(tx, todo))
        ends = {a for a, _, _ in relations} | {b for _, _, b in relations}
        entities = self._entities(tx, ends)
        documents = self._documents(tx, {e.document for r in relations.values() for e in r.evidence})
        return PeriodAnswer.built(epoch, value, relations, entities, documents)


_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


def _lucene_escape(word: str) -> str:
    return _LUCENE_SPECIAL.sub(r"\\\1", word)


def _begins(word: str) -> str:
    """The Lucene terms that are one word of a search or begin with it."""
    w = _lucene_escape(word)
    return f"{w} OR {w}*"


def _holds(word: str) -> str:
    """The Lucene terms that are, begin with or hold one word of a search."""
    w = _lucene_escape(word)
    return f"{w} OR {w}* OR *{w}*"


def _like(word: str) -> str:
    """The Lucene terms like one word of a search (see Neo4jStore.name_candidates)."""
    w = _lucene_escape(word)
    terms = [w, f"{w}*", f"*{w}*", f"{w}~"]
    if len(word) > 5:
        terms.append(_lucene_escape(word[: len(word) * 2 // 3]) + "*")
    return " OR ".join(terms)


# How far name_candidates reaches from the words of a search.
Reach = Literal["words", "parts", "typos"]
_TERMS: dict[Reach, Callable[[str], str]] = {"words": _begins, "parts": _holds, "typos": _like}


def _filter_params(flt: DocumentFilter) -> dict[str, Any]:
    return {
        "kinds": [k.value for k in flt.kinds],
        "date_from": flt.date_from,
        "date_to": flt.date_to,
        "date_from_text": flt.date_from.isoformat() if flt.date_from is not None else None,
        "date_to_text": flt.date_to.isoformat() if flt.date_to is not None else None,
        "dated": flt.date_from is not None or flt.date_to is not None,
    }


def _dated_sources(tx: ManagedTransaction, flt_params: dict[str, Any]) -> set[str]:
    """The documents kept as sources of relations judged by their period (none without dates)."""
    if not flt_params["dated"]:
        return set()
    return set(_fetch(tx, cypher.DATED_SOURCES, flt_params)[0]["documents"])


def _filtered_entity(row: dict[str, Any], extra: set[str]) -> Entity:
    """An actor with the documents the filter keeps: accepted ones and those of `extra`."""
    kept = [[doc, count] for doc, count, accepted in row["mentions"] if accepted or doc in extra]
    return _entity({**row, "mentions": kept})


def _kept_relation(row: dict[str, Any]) -> Relation:
    """A relation with only the evidence from the documents the filter keeps (`row['kept']`)."""
    return _with_evidence_of(_relation(row), row["kept"])


def _with_evidence_of(relation: Relation, kept: list[str]) -> Relation:
    """A relation with only the evidence from the documents `kept`."""
    if len(kept) == len(relation.documents):
        return relation
    wanted = set(kept)
    return relation.model_copy(update={"evidence": [e for e in relation.evidence if e.document in wanted]})


def _kept_documents(entity: Entity, kept: set[str]) -> Entity:
    docs = [d for d in entity.documents if d in kept]
    if len(docs) == len(entity.documents):
        return entity
    mentions = {d: n for d, n in entity.mentions.items() if d in kept}
    return entity.model_copy(update={"documents": docs, "mentions": mentions})


# -- splitting a graph into documents ----------------------------------------------------------


class _Incoming:
    """One document of an upsert: its metadata, its part and that part as stored JSON."""

    __slots__ = ("document", "part", "text")

    def __init__(self, document: Document, part: Graph) -> None:
        self.document = document
        self.part = part
        self.text = part.model_dump_json(exclude_none=True)


def split_documents(graph: Graph) -> list[_Incoming]:
    """What `Graph.for_document` gives for each document, in one pass over the graph."""
    wanted = {d.id for d in graph.documents}
    relations: dict[str, list[Relation]] = defaultdict(list)
    for rel in graph.relations:
        by_document: dict[str, list[Evidence]] = {}
        for ev in rel.evidence:
            if ev.document in wanted:
                by_document.setdefault(ev.document, []).append(ev)
        for doc_id, evidence in by_document.items():
            relations[doc_id].append(rel.model_copy(update={"evidence": evidence}))
    entities: dict[str, dict[str, Entity]] = defaultdict(dict)
    for ent in graph.entities:
        for doc_id in ent.documents:
            if doc_id in wanted and ent.id not in entities[doc_id]:
                entities[doc_id][ent.id] = ent.model_copy(
                    update={"documents": [doc_id], "mentions": {doc_id: ent.mentions.get(doc_id, 1)}}
                )
    documents: dict[str, list[Document]] = defaultdict(list)
    for doc in graph.documents:
        documents[doc.id].append(doc)
    return [
        _Incoming(
            doc,
            Graph(
                documents=documents[doc.id],
                entities=list(entities[doc.id].values()),
                relations=relations[doc.id],
            ),
        )
        for doc in graph.documents
    ]


def _batches(incoming: list[_Incoming]) -> Iterator[list[_Incoming]]:
    batch: list[_Incoming] = []
    size = 0
    for item in incoming:
        if batch and (size + len(item.part.relations) > BATCH_RELATIONS or len(batch) >= BATCH_DOCUMENTS):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item.part.relations)
    if batch:
        yield batch


# -- transaction functions -----------------------------------------------------------------------


def _fetch(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    # Rows by name as they come: `Result.data()` walks every value again, which costs more
    # than the query itself for the nested lists of evidence and mentions (no query here
    # returns nodes or relationships, the only values it would change).
    result = tx.run(cast(LiteralString, query), params)
    keys = result.keys()
    return [dict(zip(keys, record, strict=True)) for record in result]


def _collected(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a query that collects them as maps into its one row (see graph.cypher)."""
    return cast("list[dict[str, Any]]", _fetch(tx, query, params)[0]["rows"])


def _run_all(tx: ManagedTransaction, statements: list[tuple[str, dict[str, Any]]]) -> None:
    for query, params in statements:
        tx.run(cast(LiteralString, query), params).consume()


def _run_rows(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]], **params: Any) -> None:
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        tx.run(
            cast(LiteralString, query), {**params, "rows": rows[start : start + ROWS_PER_STATEMENT]}
        ).consume()


def _same(stored: str, item: _Incoming) -> bool:
    """Whether a document's stored part equals a new one: as models, as the embedded store compares."""
    return stored == item.text or Graph.from_json(stored) == item.part


def _write_documents(tx: ManagedTransaction, batch: list[_Incoming]) -> UpsertResult:
    ids = sorted({item.document.id for item in batch})
    stored = _contributions(tx, ids)
    if all(item.document.id in stored and _same(stored[item.document.id], item) for item in batch):
        return UpsertResult(documents_unchanged=len(batch))
    # Something changes: take the writers' lock, then read again what is now committed.
    _run_all(tx, [(cypher.BUMP_VERSION, {})])
    stored = _contributions(tx, ids)
    result = UpsertResult()
    current: dict[str, str] = dict(stored)
    changed: dict[str, _Incoming] = {}
    for item in batch:
        doc_id = item.document.id
        previous = current.get(doc_id)
        if previous is not None and _same(previous, item):
            result.documents_unchanged += 1
            continue
        if previous is not None:
            result.documents_replaced += 1
        else:
            result.documents_added += 1
        current[doc_id] = item.text
        changed[doc_id] = item
    old_parts = {doc_id: Graph.from_json(stored[doc_id]) for doc_id in changed if doc_id in stored}
    new_parts = {doc_id: item.part for doc_id, item in changed.items()}
    change = _rewrite(tx, old_parts, new_parts)
    _run_rows(
        tx,
        cypher.WRITE_DOCUMENTS,
        [
            {"id": doc_id, **_document_props(item.document), "contribution": item.text}
            for doc_id, item in changed.items()
        ],
    )
    _rewrite_mentions(tx, set(changed), new_parts)
    _log(tx, change)
    return result


def _read_periods(tx: ManagedTransaction) -> None:
    """Give what was written before periods were kept as dates and names without accents
    these (once per database)."""
    if _fetch(tx, cypher.PERIODS_READ, {})[0]["done"]:
        return
    rows = [
        {"element": row["element"], **period_dates(row["valid_from"], row["valid_to"])}
        for row in _fetch(tx, cypher.UNREAD_PERIODS, {})
    ]
    _run_rows(tx, cypher.WRITE_PERIODS, rows)
    folded = [
        {"id": r["id"], "folded": folded_forms(r["forms"] or [])}
        for r in _fetch(tx, cypher.UNFOLDED_ACTORS, {})
    ]
    _run_rows(tx, cypher.WRITE_FOLDED, folded)
    _run_all(tx, [(cypher.MARK_PERIODS_READ, {})])


def _pack_details(tx: ManagedTransaction) -> int:
    """Give up to 5,000 relations of the layout before `detail` their `detail`; how many there were."""
    rows = [
        {
            "element": row["element"],
            "detail": relation_detail(
                json.loads(row["properties"] or "{}"),
                list(zip(row["documents"], row["starts"], row["ends"], row["texts"], strict=True)),
                [(c, json.loads(p)) for c, p in zip(row["confidences"], row["parts"], strict=True)],
            ),
        }
        for row in _fetch(tx, cypher.UNPACKED_RELATIONS, {"limit": 5000})
    ]
    _run_rows(tx, cypher.WRITE_DETAILS, rows)
    return len(rows)


def _remove_document(tx: ManagedTransaction, document_id: str) -> None:
    if not _contributions(tx, [document_id]):
        raise DocumentNotFound(document_id)
    _run_all(tx, [(cypher.BUMP_VERSION, {})])
    stored = _contributions(tx, [document_id])
    if document_id not in stored:
        raise DocumentNotFound(document_id)
    change = _rewrite(tx, {document_id: Graph.from_json(stored[document_id])}, {})
    _run_all(
        tx,
        [(cypher.STAMP_ACTORS_OF, {"ids": [document_id]}), (cypher.DELETE_DOCUMENTS, {"ids": [document_id]})],
    )
    _log(tx, dataclasses.replace(change, deletes=True))


def _log(tx: ManagedTransaction, change: Change) -> None:
    """Log what a write changed under the version it bumped to (graph.neo4j_periods); a write
    that deleted something empties the log instead, so readers read their maps whole."""
    if change.deletes:
        _run_all(tx, [(cypher.CLEAR_LOG, {})])
    else:
        _run_all(tx, [(cypher.LOG_CHANGES, {**change.log_params(), "kept": cypher.CHANGES_KEPT})])


def _contributions(tx: ManagedTransaction, ids: list[str]) -> dict[str, str]:
    return {r["id"]: r["contribution"] for r in _fetch(tx, cypher.CONTRIBUTIONS, {"ids": ids})}


def _rewrite(tx: ManagedTransaction, old_parts: dict[str, Graph], new_parts: dict[str, Graph]) -> Change:
    """Replace what the documents of `old_parts` said by `new_parts`, and write the merged result.

    A document in `old_parts` but not in `new_parts` is being removed. Actors and relations
    are written here; the documents' own nodes and their MENTIONED_IN edges are the caller's.
    Returns the relations, actors and documents the write touches.
    """
    changed = set(old_parts) | set(new_parts)
    entity_ids = sorted({e.id for part in (*old_parts.values(), *new_parts.values()) for e in part.entities})
    relation_keys = sorted(
        {r.key for part in (*old_parts.values(), *new_parts.values()) for r in part.relations}
    )

    # An actor that a replaced or removed document spoke of may lose its name or a form with
    # that document, so it is merged again from every document's part. One that only gains
    # documents is merged from its stored merge and the new parts (see _merge_onto), which
    # spares reading every part of the actors that most documents mention.
    losing = sorted({e.id for part in old_parts.values() for e in part.entities})
    entity_parts: dict[str, dict[str, Entity]] = defaultdict(dict)
    for row in _fetch(tx, cypher.ENTITY_PARTS, {"ids": losing}) if losing else []:
        if row["document"] not in changed:
            entity_parts[row["id"]][row["document"]] = Entity(
                id=row["id"],
                type=row["type"],
                name=row["name"],
                aliases=row["aliases"],
                documents=[row["document"]],
                mentions={row["document"]: row["count"]},
            )
    gaining = sorted(set(entity_ids).difference(losing))
    stored_entities = {
        row["id"]: Entity(
            id=row["id"],
            type=row["type"],
            name=row["name"],
            aliases=row["aliases"],
            documents=[row["first_document"]],
        )
        for row in (_fetch(tx, cypher.ACTOR_MERGES, {"ids": gaining}) if gaining else [])
    }
    relation_parts: dict[RelationKey, dict[str, Relation]] = defaultdict(dict)
    facts: dict[str, DocumentFacts] = {}
    unknown: set[str] = set()
    stored_keys: set[RelationKey] = set()
    for row in _fetch(tx, cypher.RELATION_PARTS, {"keys": [list(k) for k in relation_keys]}):
        key = (row["source"], row["type"], row["target"])
        stored_keys.add(key)
        for doc_id, rel in _relation_parts_of(row).items():
            if doc_id not in changed:
                relation_parts[key][doc_id] = rel
        if row["document_dates"] is None:  # written before relations kept them
            unknown.update(row["documents"])
        else:
            pairs = zip(row["document_dates"], row["document_kinds"], strict=True)
            facts.update(zip(row["documents"], pairs, strict=True))
    unknown.difference_update(changed)
    if unknown:
        facts.update(
            (doc_id, _facts_of(doc)) for doc_id, doc in _documents_by_id(tx, sorted(unknown)).items()
        )
    for doc_id, part in new_parts.items():
        facts[doc_id] = _facts_of(part.documents[0])
    for doc_id in sorted(new_parts):
        for ent in new_parts[doc_id].entities:
            entity_parts[ent.id][doc_id] = ent
        for rel in new_parts[doc_id].relations:
            relation_parts[rel.key][doc_id] = rel

    actors: dict[EntityType, list[dict[str, Any]]] = defaultdict(list)
    gone_actors = []
    for entity_id in entity_ids:
        parts = entity_parts.get(entity_id)
        if not parts:
            gone_actors.append(entity_id)
            continue
        stored = stored_entities.get(entity_id)
        merged = _merge_onto(stored, parts) if stored is not None else merge_entity(parts)
        if stored is not None and _unchanged(stored, merged):
            continue  # only new MENTIONED_IN edges, written with the documents
        actors[merged.type].append({"id": merged.id, **_actor_props(merged)})
    # New relations are created, stored ones updated: this transaction holds the writers'
    # lock, so what it read of them still holds.
    relations: dict[tuple[RelationType, bool], list[dict[str, Any]]] = defaultdict(list)
    gone_relations = []
    for key in relation_keys:
        rparts = relation_parts.get(key)
        if rparts:
            relations[(RelationType(key[1]), key in stored_keys)].append(relation_row(key, rparts, facts))
        else:
            gone_relations.append(list(key))

    for type_ in sorted(actors):
        _run_rows(tx, cypher.write_actors(type_), actors[type_])
    for rel_type, known in sorted(relations):
        statement = cypher.write_relations(rel_type) if known else cypher.create_relations(rel_type)
        _run_rows(tx, statement, relations[(rel_type, known)])
    if gone_relations:
        _run_all(tx, [(cypher.DELETE_RELATIONS, {"keys": gone_relations})])
    if gone_actors:
        _run_all(tx, [(cypher.DELETE_ACTORS, {"ids": gone_actors})])
    return Change(
        frozenset(relation_keys),
        frozenset(entity_ids),
        frozenset(changed),
        bool(gone_actors or gone_relations),
    )


def _merge_onto(stored: Entity, parts: dict[str, Entity]) -> Entity:
    """The name, forms and type `merge_entity` gives a stored actor with new documents' parts.

    `stored` is the stored merge with its first document as its only one. Exact when no
    stored document is among `parts`: the name is the best of all surface forms and the type
    that of the earliest document, whichever side they come from. The documents and mention
    counts of the result are those of the stored first document and `parts` only: the rest
    are MENTIONED_IN edges, which stay as they are.
    """
    return merge_entity({stored.documents[0]: stored, **parts})


def _unchanged(stored: Entity, merged: Entity) -> bool:
    """Whether an actor's node would be written as it is (its documents live in its edges)."""
    return (stored.type, stored.name, stored.aliases, stored.documents[0]) == (
        merged.type,
        merged.name,
        merged.aliases,
        merged.documents[0],
    )


def _rewrite_mentions(tx: ManagedTransaction, documents: set[str], new_parts: dict[str, Graph]) -> None:
    """The MENTIONED_IN edges of the documents given, after their nodes exist."""
    _run_all(tx, [(cypher.DELETE_MENTIONS_OF, {"ids": sorted(documents)})])
    rows = [
        {
            "actor": ent.id,
            "document": doc_id,
            "count": ent.mentions.get(doc_id, 1),
            "type": ent.type.value,
            "name": ent.name,
            "aliases": list(ent.aliases),
        }
        for doc_id in sorted(new_parts)
        for ent in new_parts[doc_id].entities
    ]
    _run_rows(tx, cypher.WRITE_MENTIONS, rows)
    _run_all(tx, [(cypher.STAMP_ACTORS, {"ids": sorted({row["actor"] for row in rows})})])


def _relation_parts_of(row: dict[str, Any]) -> dict[str, Relation]:
    """Each document's part of a stored relation, as graph.merge takes them."""
    detail = json.loads(row["detail"])
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for doc_id, start, end, text in detail["evidence"]:
        evidence[doc_id].append(Evidence(document=doc_id, start=start, end=end, text=text))
    return {
        doc_id: Relation(
            source=row["source"],
            target=row["target"],
            type=row["type"],
            properties=props,
            confidence=confidence,
            evidence=evidence[doc_id],
        )
        for doc_id, (confidence, props) in zip(row["documents"], detail["parts"], strict=True)
    }


def relation_detail(
    properties: dict[str, Any], evidence: list[tuple[str, int, int, str]], parts: list[tuple[float, Any]]
) -> str:
    """What of a relation no query tests, as one JSON value: the merged properties, the evidence
    (document, start, end, sentence) and each document's confidence and properties, in the
    order of `documents`. One value instead of seven (four of them arrays of the dynamic
    store) takes about a third less of Neo4j's CPU to write (BENCHMARKS.md)."""
    return json.dumps({"properties": properties, "evidence": evidence, "parts": parts}, ensure_ascii=False)


def relation_row(
    key: RelationKey, parts: dict[str, Relation], facts: dict[str, DocumentFacts] | None = None
) -> dict[str, Any]:
    """The row `cypher.write_relations` writes for a relation, from each document's part of it
    and each document's date and kind (`facts`; missing ones count as undated, of no kind)."""
    merged = merge_relation(parts)
    docs = sorted(parts)
    dates = [facts[d][0] if facts and d in facts else "" for d in docs]
    kinds = [facts[d][1] if facts and d in facts else "" for d in docs]
    known = [date for date in dates if date]
    evidence = merged.evidence
    properties = to_jsonable_python(merged.properties)
    return {
        "source": key[0],
        "target": key[2],
        "confidence": merged.confidence,
        "valid_from": _scalar(properties.get("valid_from")),
        "valid_to": _scalar(properties.get("valid_to")),
        **period_dates(properties.get("valid_from"), properties.get("valid_to")),
        # Every document with a part has evidence in it, so these are the evidence's documents.
        "documents": docs,
        "detail": relation_detail(
            properties,
            [(e.document, e.start, e.end, e.text) for e in evidence],
            [(parts[d].confidence, to_jsonable_python(parts[d].properties)) for d in docs],
        ),
        "document_dates": dates,
        "document_kinds": kinds,
        "first_date": dt.date.fromisoformat(min(known)) if known else None,
        "last_date": dt.date.fromisoformat(max(known)) if known else None,
        "kinds": sorted({kind for kind in kinds if kind}),
        "undated": len(known) < len(dates),
    }


def _facts_of(document: Document) -> DocumentFacts:
    return (
        document.date.isoformat() if document.date is not None else "",
        document.kind.value if document.kind is not None else "",
    )


def period_dates(valid_from: Any, valid_to: Any) -> dict[str, Any]:
    """A relation's period as dates for queries: as a document filter and as graph.timeline read it."""
    return {
        "valid_start": period_bound(valid_from, end=False),
        "valid_end": period_bound(valid_to, end=True),
        "holds_since": day_of(valid_from),
        "holds_until": day_of(valid_to),
    }


def _scalar(value: Any) -> str | int | float | bool | None:
    return value if isinstance(value, str | int | float | bool) else None


def _actor_props(entity: Entity) -> dict[str, Any]:
    forms = list(dict.fromkeys(s.casefold() for s in (entity.name, *entity.aliases)))
    return {
        "type": entity.type.value,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "first_document": entity.documents[0] if entity.documents else None,
        "forms": forms,
        "folded": folded_forms(forms),
        "sort_name": _sort_key(entity.name),
        "sort_id": _sort_key(entity.id),
    }


def folded_forms(forms: list[str]) -> list[str]:
    """The forms that change without their accents ('östberg' -> 'ostberg'), for the search index."""
    folded = (
        "".join(c for c in unicodedata.normalize("NFKD", f) if not unicodedata.combining(c)) for f in forms
    )
    return sorted({f for f, form in zip(folded, forms, strict=True) if f != form})


def _document_props(document: Document) -> dict[str, Any]:
    return {
        "title": document.title,
        "date": document.date,
        "path": document.path,
        "publisher": document.publisher,
        "source_url": document.source_url,
        "kind": document.kind.value if document.kind is not None else None,
        "content_hash": document.content_hash,
        "sort_id": _sort_key(document.id),
    }


def _sort_key(text: str) -> str | None:
    """A string whose UTF-16 order (Neo4j's) is the code-point order (Python's) of `text`.

    Only characters beyond U+FFFF sort differently (below U+E000..U+FFFF in UTF-16), so they
    are moved above the BMP: U+FFFF plus two characters for their offset; U+FFFF itself gets
    a low second character. None when the text needs no key (nearly always).
    """
    if not text or max(text) < "\ud800":
        return None
    out = []
    for c in text:
        code = ord(c)
        if code > 0xFFFF:
            offset = code - 0x10000
            out.append("\uffff" + chr(0x100 + (offset >> 10)) + chr(0x100 + (offset & 0x3FF)))
        elif code == 0xFFFF:
            out.append("\uffff\u0001")
        else:
            out.append(c)
    return "".join(out)


# -- reading rows back -------------------------------------------------------------------------


def _require_actors(tx: ManagedTransaction, ids: list[str]) -> None:
    for entity_id in ids:
        if not _fetch(tx, cypher.ACTOR_EXISTS, {"id": entity_id})[0]["found"]:
            raise EntityNotFound(entity_id)


def _entities_by_id(tx: ManagedTransaction, ids: Iterable[str]) -> dict[str, Entity]:
    return {r["id"]: _entity(r) for r in _collected(tx, cypher.ACTORS_BY_ID, {"ids": list(ids)})}


def _relations_by_key(tx: ManagedTransaction, keys: Iterable[RelationKey]) -> dict[RelationKey, Relation]:
    rows = _collected(tx, cypher.RELATIONS_BY_KEY, {"keys": [list(k) for k in dict.fromkeys(keys)]})
    return {(r["source"], r["type"], r["target"]): _relation(r) for r in rows}


def _documents_by_id(tx: ManagedTransaction, ids: Iterable[str]) -> dict[str, Document]:
    return {r["id"]: _document(r) for r in _collected(tx, cypher.DOCUMENTS_BY_ID, {"ids": list(ids)})}


def _entity(row: dict[str, Any]) -> Entity:
    mentions = dict(sorted((doc, count) for doc, count in row["mentions"]))
    return Entity(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        aliases=row["aliases"] or [],
        documents=list(mentions),
        mentions=mentions,
    )


def _relation(row: dict[str, Any]) -> Relation:
    detail = json.loads(row["detail"])
    return Relation(
        source=row["source"],
        target=row["target"],
        type=row["type"],
        properties=detail["properties"],
        confidence=row["confidence"],
        evidence=[Evidence(document=d, start=s, end=e, text=t) for d, s, e, t in detail["evidence"]],
    )


def _document(row: dict[str, Any]) -> Document:
    date = row["date"]
    return Document(
        id=row["id"],
        title=row["title"] if row["title"] is not None else "",
        date=date.to_native() if isinstance(date, Neo4jDate) else date,
        path=row["path"],
        publisher=row["publisher"],
        source_url=row.get("source_url"),
        kind=row["kind"],
        content_hash=row["content_hash"],
    )


_KEY = re.compile(r"[A-Za-z0-9_-]{1,128}")


def _safe_key(key: str) -> str:
    """The record keys the embedded store accepts (it makes file names of them)."""
    if not _KEY.fullmatch(key):
        raise InvalidQuery(f"ogiltig nyckel '{key}'")
    return key


def _steps_of(node_paths: list[list[str]]) -> list[list[str]]:
    """The pairs of actors next to each other on some path, once each, in order."""
    return [list(p) for p in sorted({(a, b) for nodes in node_paths for a, b in itertools.pairwise(nodes)})]


def _assembled_paths(
    node_paths: list[list[str]],
    entities: dict[str, Entity],
    rows: Iterable[dict[str, Any]],
    relation_of: Callable[[dict[str, Any]], Relation],
) -> list[Path]:
    """Paths of actors, each step the relation with the smallest key between its two actors."""
    steps: dict[tuple[str, str], Relation] = {}
    for row in rows:
        pair = (row["first"], row["second"])
        held = steps.get(pair)
        if held is None or (row["source"], row["type"], row["target"]) < held.key:
            steps[pair] = relation_of(row)
    return [
        Path(
            entities=[entities[n] for n in nodes],
            relations=[steps[(a, b)] for a, b in itertools.pairwise(nodes)],
        )
        for nodes in node_paths
    ]
