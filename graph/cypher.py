"""Every Cypher text the Neo4j store sends, as constants and small builders.

Labels and relationship types come only from the ontology enums (checked by `EntityType(...)`
and `RelationType(...)`, then back-quoted); everything else a user can influence (ids, names,
texts, property values) travels as a parameter. The layout is described in graph.neo4j_store.
"""

from __future__ import annotations

from typing import LiteralString

from graph.model import EntityType, RelationType

ACTOR = "Actor"
DOCUMENT = "Document"
RECORD = "Record"
META = "Meta"
MENTIONED_IN = "MENTIONED_IN"


# The properties each kind of element is written with (see graph.neo4j_store for their meaning).
DOCUMENT_PROPERTIES = (
    "title",
    "date",
    "path",
    "publisher",
    "source_url",
    "kind",
    "content_hash",
    "sort_id",
    "contribution",
)
ACTOR_PROPERTIES = ("type", "name", "aliases", "first_document", "forms", "folded", "sort_name", "sort_id")
MENTION_PROPERTIES = ("count", "type", "name", "aliases")
RELATION_PROPERTIES = (
    "confidence",
    "valid_from",
    "valid_to",
    "valid_start",
    "valid_end",
    "holds_since",
    "holds_until",
    "documents",
    "detail",
    "document_dates",
    "document_kinds",
    "first_date",
    "last_date",
    "kinds",
    "undated",
)


def _set(variable: str, names: tuple[str, ...]) -> str:
    # Property by property rather than `+= map`, which would make the planner add an Eager.
    return ", ".join(f"{variable}.{name} = row.{name}" for name in names)


def type_label(type_: EntityType) -> str:
    """The second label of an actor, e.g. `PoliceUnit`; only ontology values pass."""
    return f"`{EntityType(type_).value}`"


def relation_type(type_: RelationType) -> str:
    """A relationship type of the ontology, back-quoted; only ontology values pass."""
    return f"`{RelationType(type_).value}`"


# Every ontology relationship type, so that queries between actors never cross MENTIONED_IN.
ALL_RELATION_TYPES = "|".join(relation_type(t) for t in RelationType)

SCHEMA: list[LiteralString] = [
    "CREATE CONSTRAINT samverkan_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT samverkan_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT samverkan_record_key IF NOT EXISTS FOR (r:Record) REQUIRE (r.kind, r.key) IS UNIQUE",
    "CREATE CONSTRAINT samverkan_meta_name IF NOT EXISTS FOR (m:Meta) REQUIRE m.name IS UNIQUE",
    "CREATE RANGE INDEX samverkan_change_value IF NOT EXISTS FOR (c:Change) ON (c.value)",
    # Names and aliases (also without accents) for search (Neo4jStore.name_candidates), with Lucene's Swedish analyzer.
    "CREATE FULLTEXT INDEX samverkan_actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases, n.folded] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'swedish'}}",
]

# A relation's period as its text gives it, per type (an index of relationships has one type):
# the few relations dated by their text are found without reading every relation.
SCHEMA += [
    f"CREATE RANGE INDEX samverkan_{bound}_{t.value.lower()} IF NOT EXISTS "
    f"FOR ()-[r:{relation_type(t)}]-() ON (r.{bound})"
    for t in RelationType
    for bound in ("valid_start", "valid_end")
]

CONSTRAINTS = "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties"

# -- version -------------------------------------------------------------------------------

ENSURE_VERSION = """
MERGE (v:Meta {name: 'version'})
ON CREATE SET v.epoch = randomUUID(), v.value = 0
"""

# The first statement of every graph write: takes the write lock on the counter, so that
# writers run one after another, and marks the graph as changed.
BUMP_VERSION = """
MERGE (v:Meta {name: 'version'})
ON CREATE SET v.epoch = randomUUID(), v.value = 0
SET v.value = v.value + 1
"""

READ_VERSION = "MATCH (v:Meta {name: 'version'}) RETURN v.epoch AS epoch, v.value AS value"

PING = "RETURN 1 AS ok"

# -- reading what a write needs --------------------------------------------------------------

CONTRIBUTIONS = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contribution AS contribution
"""

ENTITY_PARTS = """
UNWIND $ids AS id
MATCH (n:Actor {id: id})-[m:MENTIONED_IN]->(d:Document)
RETURN n.id AS id, d.id AS document, m.type AS type, m.name AS name, m.aliases AS aliases,
       m.count AS count
"""

RELATION_PARTS = f"""
UNWIND $keys AS k
MATCH (a:Actor {{id: k[0]}})-[r:{ALL_RELATION_TYPES}]->(b:Actor {{id: k[2]}})
USING INDEX SEEK a:Actor(id)
USING INDEX SEEK b:Actor(id)
WHERE type(r) = k[1]
RETURN a.id AS source, type(r) AS type, b.id AS target,
       r.documents AS documents, r.detail AS detail,
       r.document_dates AS document_dates, r.document_kinds AS document_kinds
"""

# -- writing ---------------------------------------------------------------------------------

# Every write gives what it writes a new `stamp` (graph.neo4j_cache).
WRITE_DOCUMENTS = f"""
UNWIND $rows AS row
MERGE (d:Document {{id: row.id}})
SET {_set("d", DOCUMENT_PROPERTIES)}, d.stamp = randomUUID()
"""

DELETE_MENTIONS_OF = """
UNWIND $ids AS id
MATCH (:Document {id: id})<-[m:MENTIONED_IN]-(n:Actor)
DELETE m
SET n.stamp = randomUUID()
"""

STAMP_ACTORS_OF = """
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:MENTIONED_IN]-(n:Actor)
SET n.stamp = randomUUID()
"""


def write_actors(type_: EntityType) -> str:
    """Create or update actors of one type; a changed type moves the actor to its new label."""
    others = "".join(f":{type_label(t)}" for t in EntityType if t != type_)
    return f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
SET n:{type_label(type_)}
REMOVE n{others}
SET {_set("n", ACTOR_PROPERTIES)}, n.stamp = randomUUID()
"""


# The actors are stamped afterwards, once each (STAMP_ACTORS): a hub is mentioned by most documents.
WRITE_MENTIONS = f"""
UNWIND $rows AS row
MATCH (n:Actor {{id: row.actor}})
MATCH (d:Document {{id: row.document}})
CREATE (n)-[m:MENTIONED_IN]->(d)
SET {_set("m", MENTION_PROPERTIES)}
"""

STAMP_ACTORS = """
UNWIND $ids AS id
MATCH (n:Actor {id: id})
SET n.stamp = randomUUID()
"""


def write_relations(type_: RelationType) -> str:
    """Create or update relations of one type, both ends matched by label and id."""
    return _relations_statement(type_, "MERGE")


def create_relations(type_: RelationType) -> str:
    """Create relations of one type that are not stored yet (cheaper than MERGE, which looks first)."""
    return _relations_statement(type_, "CREATE")


def _relations_statement(type_: RelationType, verb: str) -> str:
    return f"""
UNWIND $rows AS row
MATCH (a:Actor {{id: row.source}})
MATCH (b:Actor {{id: row.target}})
{verb} (a)-[r:{relation_type(type_)}]->(b)
SET {_set("r", RELATION_PROPERTIES)}, r.stamp = randomUUID()
"""


DELETE_RELATIONS = f"""
UNWIND $keys AS k
MATCH (a:Actor {{id: k[0]}})-[r:{ALL_RELATION_TYPES}]->(b:Actor {{id: k[2]}})
USING INDEX SEEK a:Actor(id)
USING INDEX SEEK b:Actor(id)
WHERE type(r) = k[1]
DELETE r
"""

DELETE_ACTORS = """
UNWIND $ids AS id
MATCH (n:Actor {id: id})
DETACH DELETE n
"""

DELETE_DOCUMENTS = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
"""

# Clearing runs in its own transactions of bounded size, so that a large graph can go: the
# relationships first, a fixed number per transaction (deleting a hub actor with its
# relationships would put them all in one transaction), then the nodes, by then without any
# (DETACH only for a relationship written meanwhile).
CLEAR_ALL_RELATIONSHIPS = "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS"
CLEAR_ACTORS = "MATCH (n:Actor) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
CLEAR_DOCUMENTS = "MATCH (n:Document) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
CLEAR_RECORDS = "MATCH (n:Record) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"
CLEAR_CHANGES = "MATCH (n:Change) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"
# Only the relations between actors (benchmarks/neo4j_writes.py writes them again).
CLEAR_RELATIONS = (
    f"MATCH (:Actor)-[r:{ALL_RELATION_TYPES}]->(:Actor) CALL (r) {{ DELETE r }} IN TRANSACTIONS OF 5000 ROWS"
)

# -- records ---------------------------------------------------------------------------------

PUT_RECORDS = """
UNWIND $rows AS row
MERGE (r:Record {kind: $kind, key: row.key})
SET r.data = row.data
"""

ALL_RECORDS = "MATCH (r:Record {kind: $kind}) RETURN r.key AS key, r.data AS data"

RECORDS_BY_KEY = """
UNWIND $keys AS key
MATCH (r:Record {kind: $kind, key: key})
RETURN r.key AS key, r.data AS data
"""

DELETE_RECORDS = """
UNWIND $keys AS key
MATCH (r:Record {kind: $kind, key: key})
DELETE r
"""

# -- reading ---------------------------------------------------------------------------------

# What a read returns of each kind of element, as (name, expression): as columns of rows
# (`_fields`) or as maps collected into a single row (`_map`). A row of maps is cheaper for
# the driver than many rows, each of which travels as a message of its own.
_ACTOR_COLUMNS = (
    ("id", "n.id"),
    ("type", "n.type"),
    ("name", "n.name"),
    ("aliases", "n.aliases"),
    # An actor's documents and mention counts are its MENTIONED_IN edges.
    ("mentions", "[(n)-[m:MENTIONED_IN]->(d:Document) | [d.id, m.count]]"),
)
_RELATION_COLUMNS = (
    ("source", "a.id"),
    ("type", "type(r)"),
    ("target", "b.id"),
    ("confidence", "r.confidence"),
    ("detail", "r.detail"),
)
_DOCUMENT_COLUMNS = (
    ("id", "d.id"),
    ("title", "d.title"),
    ("date", "d.date"),
    ("path", "d.path"),
    ("publisher", "d.publisher"),
    ("source_url", "d.source_url"),
    ("kind", "d.kind"),
    ("content_hash", "d.content_hash"),
)


def _fields(columns: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{expression} AS {name}" for name, expression in columns)


def _map(columns: tuple[tuple[str, str], ...]) -> str:
    return "{" + ", ".join(f"{name}: {expression}" for name, expression in columns) + "}"


_ACTOR_FIELDS = _fields(_ACTOR_COLUMNS)
_RELATION_FIELDS = _fields(_RELATION_COLUMNS)
_DOCUMENT_FIELDS = _fields(_DOCUMENT_COLUMNS)

# Strings are ordered by a stored code-point key where Neo4j's UTF-16 order would differ.
_ACTOR_ORDER = "coalesce(n.sort_name, n.name), coalesce(n.sort_id, n.id)"
_DOCUMENT_ORDER = "coalesce(d.sort_id, d.id)"
_RELATION_ORDER = "coalesce(a.sort_id, a.id), type(r), coalesce(b.sort_id, b.id)"

# Every lookup by id asks for a seek in its index (`USING INDEX SEEK`): for a small graph
# the planner prefers scanning the whole index for each id, and its plan is cached while
# the graph grows.
ACTORS_BY_ID = f"""
UNWIND $ids AS id
MATCH (n:Actor {{id: id}})
USING INDEX SEEK n:Actor(id)
RETURN collect({_map(_ACTOR_COLUMNS)}) AS rows
"""

ACTOR_STAMPS = """
UNWIND $ids AS id
MATCH (n:Actor {id: id})
USING INDEX SEEK n:Actor(id)
RETURN collect([n.id, n.stamp]) AS rows
"""

ALL_ACTORS = f"MATCH (n:Actor) RETURN {_ACTOR_FIELDS}"

# What merging new documents into stored actors needs (see graph.neo4j_store._merge_onto).
ACTOR_MERGES = """
UNWIND $ids AS id
MATCH (n:Actor {id: id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases,
       n.first_document AS first_document
"""


def list_actors(type_: EntityType | None) -> str:
    """A page of actors by (name, id), of one type or all, optionally matching a casefolded needle."""
    label = f":{type_label(type_)}" if type_ is not None else ""
    return f"""
MATCH (n:Actor{label})
WHERE $needle IS NULL OR any(form IN n.forms WHERE form CONTAINS $needle)
WITH n ORDER BY {_ACTOR_ORDER} SKIP $offset LIMIT $limit
RETURN {_ACTOR_FIELDS}
"""


ACTOR_EXISTS = "MATCH (n:Actor {id: $id}) USING INDEX SEEK n:Actor(id) RETURN count(n) AS found"

DEGREE = f"""
MATCH (n:Actor {{id: $id}})-[r:{ALL_RELATION_TYPES}]-(:Actor)
USING INDEX SEEK n:Actor(id)
RETURN count(DISTINCT r) AS degree
"""

# Each actor's relations (graph.neo4j_memo.Link: key, stamp, the other end and its type); an
# actor without any has none, a missing one no row.
ACTOR_LINKS = f"""
UNWIND $ids AS id
MATCH (n:Actor {{id: id}})
USING INDEX SEEK n:Actor(id)
OPTIONAL MATCH (n)-[r:{ALL_RELATION_TYPES}]-(m:Actor)
WITH id, collect(CASE WHEN r IS NULL THEN null
                      ELSE [startNode(r).id, type(r), endNode(r).id, r.stamp, m.id, m.type] END) AS links
RETURN collect([id, links]) AS rows
"""

# The relations of the keys given, whole.
RELATIONS_BY_KEY = f"""
UNWIND $keys AS k
MATCH (a:Actor {{id: k[0]}})-[r:{ALL_RELATION_TYPES}]->(b:Actor {{id: k[2]}})
USING INDEX SEEK a:Actor(id)
USING INDEX SEEK b:Actor(id)
WHERE type(r) = k[1]
RETURN collect({_map(_RELATION_COLUMNS)}) AS rows
"""

ALL_RELATIONS = f"MATCH (a:Actor)-[r:{ALL_RELATION_TYPES}]->(b:Actor) RETURN {_RELATION_FIELDS}"


def list_relations(type_: RelationType | None, anchor: bool) -> str:
    """A page of relations by key. With `anchor`, the walk starts at the actor `$anchor`.

    `$source`/`$target` match the stored ends, or either way round for a symmetric type.
    """
    types = relation_type(type_) if type_ is not None else ALL_RELATION_TYPES
    match = (
        f"MATCH (x:Actor {{id: $anchor}})-[r:{types}]-(:Actor)\nUSING INDEX SEEK x:Actor(id)\n"
        f"WITH DISTINCT r\nMATCH (a:Actor)-[r]->(b:Actor)"
        if anchor
        else f"MATCH (a:Actor)-[r:{types}]->(b:Actor)"
    )
    return f"""
{match}
WHERE (($source IS NULL OR a.id = $source) AND ($target IS NULL OR b.id = $target)
       OR (type(r) IN $symmetric
           AND ($source IS NULL OR b.id = $source) AND ($target IS NULL OR a.id = $target)))
  AND ($document IS NULL OR $document IN r.documents)
RETURN {_RELATION_FIELDS}
ORDER BY {_RELATION_ORDER}
SKIP $offset LIMIT $limit
"""


DOCUMENTS_BY_ID = f"""
UNWIND $ids AS id
MATCH (d:Document {{id: id}})
USING INDEX SEEK d:Document(id)
RETURN collect({_map(_DOCUMENT_COLUMNS)}) AS rows
"""

DOCUMENT_STAMPS = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
USING INDEX SEEK d:Document(id)
RETURN collect([d.id, d.stamp]) AS rows
"""

ALL_DOCUMENTS = f"MATCH (d:Document) RETURN {_DOCUMENT_FIELDS}"

DOCUMENTS_PAGE = f"""
MATCH (d:Document)
RETURN {_DOCUMENT_FIELDS}
ORDER BY {_DOCUMENT_ORDER}
SKIP $offset LIMIT $limit
"""

CONTRIBUTION = "MATCH (d:Document {id: $id}) RETURN d.contribution AS contribution"

COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS count"
ACTORS_BY_TYPE = "MATCH (n:Actor) RETURN n.type AS type, count(n) AS count"
RELATIONS_BY_TYPE = (
    f"MATCH (:Actor)-[r:{ALL_RELATION_TYPES}]->(:Actor) RETURN type(r) AS type, count(r) AS count"
)


# -- questions over the part a document filter keeps (graph.filtering) -------------------------
#
# Parameters: $kinds (document kinds, empty for all), $date_from and $date_to (dates or null), the
# same as ISO text ($date_from_text, $date_to_text) and $dated ($date_from or $date_to given). A
# relation's `valid_start`/`valid_end` are the first and last day of its period as the text gives
# it (graph.filtering.period_bound), written with it.
#
# Each relation also keeps, written with it whenever it or one of its documents changes, the date
# and kind of each of its `documents` (`document_dates` as ISO text, '' when undated;
# `document_kinds`, '' when none) and their summary (`first_date`, `last_date`, `kinds`,
# `undated`), so that a filter tests properties of the relation instead of looking up each of its
# documents.

_KIND_OK = "(size($kinds) = 0 OR d.kind IN $kinds)"
_ACCEPTED = f"coalesce({_KIND_OK} AND ($date_from IS NULL OR d.date >= $date_from) AND ($date_to IS NULL OR d.date <= $date_to), false)"
_DATED = "(r.valid_start IS NOT NULL OR r.valid_end IS NOT NULL)"
_PERIOD_OK = (
    "(($date_to IS NULL OR r.valid_start IS NULL OR r.valid_start <= $date_to)"
    " AND ($date_from IS NULL OR r.valid_end IS NULL OR r.valid_end >= $date_from))"
)
# The i-th document of relation `r`: of a kind asked for; accepted ('' sorts before every date).
_KIND_OK_AT = "(size($kinds) = 0 OR r.document_kinds[i] IN $kinds)"
_ACCEPTED_AT = (
    f"({_KIND_OK_AT} AND ($date_from IS NULL OR r.document_dates[i] >= $date_from_text)"
    " AND ($date_to IS NULL OR (r.document_dates[i] <> '' AND r.document_dates[i] <= $date_to_text)))"
)
# What the summary alone tells: false when no document of `r` can be kept (then it is dropped
# without looking at its documents one by one).
_MAY_KEEP = f"""(CASE WHEN $dated AND {_DATED} THEN {_PERIOD_OK}
      ELSE coalesce(($date_from IS NULL OR r.last_date >= $date_from)
                    AND ($date_to IS NULL OR r.first_date <= $date_to), false) END
 AND (size($kinds) = 0 OR any(kind IN r.kinds WHERE kind IN $kinds)))"""


def kept_evidence() -> str:
    """The documents of the evidence of relation `r` that the filter keeps (an empty list: dropped)."""
    return f"""CASE WHEN {_MAY_KEEP} THEN [i IN range(0, size(r.documents) - 1)
    WHERE CASE WHEN $dated AND {_DATED} THEN {_KIND_OK_AT} ELSE {_ACCEPTED_AT} END
    | r.documents[i]] ELSE [] END"""


def _in_view(actor: str) -> str:
    """Whether the filter keeps an actor: an accepted document mentions it, or a kept relation joins it."""
    return f"""(EXISTS {{ MATCH ({actor})-[:MENTIONED_IN]->(d:Document) WHERE {_ACCEPTED} }}
   OR EXISTS {{ MATCH ({actor})-[r:{ALL_RELATION_TYPES}]-(:Actor) WHERE size({kept_evidence()}) > 0 }})"""


# An actor's documents with whether the filter accepts each. The documents it keeps are those,
# and the sources of kept relations dated by their text (DATED_SOURCES), which the store adds.
_FILTERED_MENTIONS = f"[(n)-[m:MENTIONED_IN]->(d:Document) | [d.id, m.count, {_ACCEPTED}]]"
_FILTERED_ACTOR_COLUMNS = (*_ACTOR_COLUMNS[:-1], ("mentions", _FILTERED_MENTIONS))
_KEPT_RELATION_COLUMNS = (*_RELATION_COLUMNS, ("kept", "kept"))

# The documents, of a kind asked for, that state a relation whose period (as its text gives it)
# meets the dates asked for: kept as its sources whatever their own date (only when $dated).
_DATED_RELATIONS = "\nUNION ALL\n".join(
    f"MATCH ()-[r:{relation_type(t)}]->() WHERE r.{bound} IS NOT NULL{also} RETURN r"
    for t in RelationType
    for bound, also in (("valid_start", ""), ("valid_end", " AND r.valid_start IS NULL"))
)
DATED_SOURCES = f"""
CALL () {{
{_DATED_RELATIONS}
}}
WITH r WHERE {_PERIOD_OK}
UNWIND [i IN range(0, size(r.documents) - 1) WHERE {_KIND_OK_AT} | r.documents[i]] AS document
RETURN collect(DISTINCT document) AS documents
"""

ACTOR_IN_VIEW = f"""
MATCH (n:Actor {{id: $id}})
USING INDEX SEEK n:Actor(id)
RETURN {_in_view("n")} AS kept
"""


def list_filtered_actors(type_: EntityType | None) -> str:
    """`list_actors` over the actors the filter keeps, with their documents and whether each is accepted."""
    label = f":{type_label(type_)}" if type_ is not None else ""
    return f"""
MATCH (n:Actor{label})
WHERE ($needle IS NULL OR any(form IN n.forms WHERE form CONTAINS $needle))
  AND {_in_view("n")}
WITH n ORDER BY {_ACTOR_ORDER} SKIP $offset LIMIT $limit
RETURN {_fields(_FILTERED_ACTOR_COLUMNS)}
"""


# The relations kept come as keys, stamps and kept documents, without their evidence: the store
# reads whole only those it does not keep under the same stamp (graph.neo4j_cache).
FILTERED_NEIGHBOURHOOD_STEP = f"""
UNWIND $ids AS id
MATCH (n:Actor {{id: id}})-[r:{ALL_RELATION_TYPES}]-(m:Actor)
USING INDEX SEEK n:Actor(id)
WHERE (size($relation_types) = 0 OR type(r) IN $relation_types)
  AND (size($entity_types) = 0 OR m.type IN $entity_types)
WITH r, m, {kept_evidence()} AS kept
WHERE size(kept) > 0
WITH r, kept, collect(m.id) AS reached
WITH r, kept, reached, startNode(r) AS a, endNode(r) AS b
RETURN collect({{reached: reached, source: a.id, type: type(r), target: b.id, stamp: r.stamp, kept: kept}}) AS rows
"""

FILTERED_ADJACENT = f"""
UNWIND $ids AS id
MATCH (n:Actor {{id: id}})-[r:{ALL_RELATION_TYPES}]-(m:Actor)
USING INDEX SEEK n:Actor(id)
WHERE size({kept_evidence()}) > 0
WITH id, collect(DISTINCT m.id) AS others
RETURN collect({{node: id, others: others}}) AS rows
"""

FILTERED_BETWEEN = f"""
UNWIND $pairs AS pair
MATCH (x:Actor {{id: pair[0]}})-[r:{ALL_RELATION_TYPES}]-(y:Actor {{id: pair[1]}})
USING INDEX SEEK x:Actor(id)
USING INDEX SEEK y:Actor(id)
WITH pair, r, {kept_evidence()} AS kept
WHERE size(kept) > 0
WITH pair, r, kept, startNode(r) AS a, endNode(r) AS b
RETURN collect({_map((("first", "pair[0]"), ("second", "pair[1]"), *_KEPT_RELATION_COLUMNS))}) AS rows
"""


def list_filtered_relations(type_: RelationType | None, anchor: bool) -> str:
    """`list_relations` over the relations the filter keeps, each with its kept documents."""
    types = relation_type(type_) if type_ is not None else ALL_RELATION_TYPES
    match = (
        f"MATCH (x:Actor {{id: $anchor}})-[r:{types}]-(:Actor)\nUSING INDEX SEEK x:Actor(id)\n"
        f"WITH DISTINCT r\nMATCH (a:Actor)-[r]->(b:Actor)"
        if anchor
        else f"MATCH (a:Actor)-[r:{types}]->(b:Actor)"
    )
    return f"""
{match}
WHERE (($source IS NULL OR a.id = $source) AND ($target IS NULL OR b.id = $target)
       OR (type(r) IN $symmetric
           AND ($source IS NULL OR b.id = $source) AND ($target IS NULL OR a.id = $target)))
  AND ($document IS NULL OR $document IN r.documents)
WITH a, r, b, {kept_evidence()} AS kept
WHERE size(kept) > 0 AND ($document IS NULL OR $document IN kept)
RETURN {_fields(_KEPT_RELATION_COLUMNS)}
ORDER BY {_RELATION_ORDER}
SKIP $offset LIMIT $limit
"""


FILTERED_RELATIONS = f"""
MATCH (a:Actor)-[r:{ALL_RELATION_TYPES}]->(b:Actor)
WITH a, r, b, {kept_evidence()} AS kept
WHERE size(kept) > 0
RETURN {_fields(_KEPT_RELATION_COLUMNS)}
"""

ACCEPTED_DOCUMENTS = f"MATCH (d:Document) WHERE {_ACCEPTED} RETURN {_DOCUMENT_FIELDS}"

ACTORS_OF_ACCEPTED = f"""
MATCH (d:Document)<-[:MENTIONED_IN]-(n:Actor)
WHERE {_ACCEPTED}
RETURN DISTINCT n.id AS id
"""

# -- the network of a period (graph.subgraph.Period, graph.timeline) ---------------------------
# A relation holds from `holds_since` (its valid_from as graph.timeline reads it) or else from
# the earliest date of its documents (`first_date`), until `holds_until`. $day for a day, else
# $start/$end; a relation that nothing dates only with $undated.

# The stamps of the relations of the period, with their keys for those whose stamp is not among
# $known (the stamps the store already knows the keys of): a relation's key, read from both its
# ends, costs more than its stamp. The store reads whole the relations it does not keep.
_IN_PERIOD = """
WITH r, coalesce(r.holds_since, r.first_date) AS since, r.holds_until AS until, k
WHERE CASE WHEN $day IS NOT NULL
        THEN (since IS NULL OR since <= $day) AND (until IS NULL OR until >= $day)
        ELSE NOT coalesce($end IS NOT NULL AND since > $end, false)
             AND NOT coalesce($start IS NOT NULL AND until < $start, false)
      END
  AND ($undated OR since IS NOT NULL OR until IS NOT NULL)
"""

PERIOD_RELATIONS = f"""
MATCH ()-[r:{ALL_RELATION_TYPES}]->()
WITH r, null AS k
{_IN_PERIOD}
WITH r, r.stamp AS stamp
RETURN collect(CASE WHEN stamp IN $known THEN stamp
                    ELSE [startNode(r).id, type(r), endNode(r).id, stamp] END) AS rows
"""

# Of the relations of $keys (those a write changed), those of the period, with their stamps.
PERIOD_RELATIONS_OF_KEYS = f"""
UNWIND $keys AS k
MATCH (a:Actor {{id: k[0]}})-[r:{ALL_RELATION_TYPES}]->(b:Actor {{id: k[2]}})
USING INDEX SEEK a:Actor(id)
USING INDEX SEEK b:Actor(id)
WHERE type(r) = k[1]
{_IN_PERIOD}
RETURN collect([k[0], k[1], k[2], r.stamp]) AS rows
"""

# -- what each write changed (graph.neo4j_periods) ---------------------------------------------
# A graph write logs, under the version it bumped to, the keys of the relations, the actors and
# the documents it wrote or deleted, so that a kept map of a period is patched with just those.
# The last CHANGES_KEPT versions are kept (a write of up to 5,000 relations logs 5,000 keys); a
# reader further behind reads the whole period again, which costs less than so many changes.
CHANGES_KEPT = 200

LOG_CHANGES = """
MATCH (v:Meta {name: 'version'})
CREATE (:Change {epoch: v.epoch, value: v.value, sources: $sources, types: $types, targets: $targets,
                 actors: $actors, documents: $documents})
WITH v
MATCH (old:Change) WHERE old.value <= v.value - $kept
DELETE old
"""

# A write that deletes empties the log instead: no id of what it deleted stays stored.
CLEAR_LOG = "MATCH (c:Change) DELETE c"

CHANGES_SINCE = """
MATCH (v:Meta {name: 'version'})
OPTIONAL MATCH (c:Change) WHERE c.value > $since AND c.value <= v.value AND c.epoch = v.epoch
RETURN v.epoch AS epoch, v.value AS value,
       collect(c {.value, .sources, .types, .targets, .actors, .documents}) AS changes
"""

# Relations whose period was written before it was kept as dates (see Neo4jStore.ensure_schema):
# read once, then the counter says so.
PERIODS_READ = "MATCH (v:Meta {name: 'version'}) RETURN coalesce(v.periods_read, false) AS done"
MARK_PERIODS_READ = "MATCH (v:Meta {name: 'version'}) SET v.periods_read = true"
UNREAD_PERIODS = f"""
MATCH ()-[r:{ALL_RELATION_TYPES}]->()
WHERE (r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)
  AND r.valid_start IS NULL AND r.valid_end IS NULL AND r.holds_since IS NULL AND r.holds_until IS NULL
RETURN elementId(r) AS element, r.valid_from AS valid_from, r.valid_to AS valid_to
"""

UNFOLDED_ACTORS = "MATCH (n:Actor) WHERE n.folded IS NULL RETURN n.id AS id, n.forms AS forms"
WRITE_FOLDED = "UNWIND $rows AS row MATCH (n:Actor {id: row.id}) SET n.folded = row.folded"

WRITE_PERIODS = """
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
SET r.valid_start = row.valid_start, r.valid_end = row.valid_end,
    r.holds_since = row.holds_since, r.holds_until = row.holds_until
"""

# Relations written before they kept their documents' dates and kinds (see Neo4jStore.ensure_schema):
# computed in Cypher once, in transactions of bounded size, then the counter says so.
SUMMARIES_READ = "MATCH (v:Meta {name: 'version'}) RETURN coalesce(v.summaries_read, false) AS done"
MARK_SUMMARIES_READ = "MATCH (v:Meta {name: 'version'}) SET v.summaries_read = true"
WRITE_SUMMARIES = f"""
MATCH ()-[r:{ALL_RELATION_TYPES}]->()
WHERE r.document_dates IS NULL
CALL (r) {{
    UNWIND range(0, size(r.documents) - 1) AS i
    OPTIONAL MATCH (d:Document {{id: r.documents[i]}})
    WITH r, i, d ORDER BY i
    WITH r, collect(coalesce(toString(d.date), '')) AS dates, collect(coalesce(d.kind, '')) AS kinds,
         min(d.date) AS first_date, max(d.date) AS last_date
    SET r.document_dates = dates, r.document_kinds = kinds, r.first_date = first_date,
        r.last_date = last_date, r.undated = '' IN dates,
        r.kinds = reduce(seen = [], kind IN kinds | CASE WHEN kind = '' OR kind IN seen THEN seen ELSE seen + kind END)
}} IN TRANSACTIONS OF 2000 ROWS
"""

# Relations written before what only the store reads was kept as one JSON value (`detail`, see
# graph.neo4j_store.relation_detail): read and written again by the store, a bounded batch
# at a time, once; then the counter says so.
DETAILS_READ = "MATCH (v:Meta {name: 'version'}) RETURN coalesce(v.details_read, false) AS done"
MARK_DETAILS_READ = "MATCH (v:Meta {name: 'version'}) SET v.details_read = true"
UNPACKED_RELATIONS = f"""
MATCH ()-[r:{ALL_RELATION_TYPES}]->()
WHERE r.detail IS NULL
RETURN elementId(r) AS element, r.properties AS properties, r.evidence_documents AS documents,
       r.evidence_starts AS starts, r.evidence_ends AS ends, r.evidence_texts AS texts,
       r.part_confidences AS confidences, r.part_properties AS parts
LIMIT $limit
"""
WRITE_DETAILS = """
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
SET r.detail = row.detail
REMOVE r.properties, r.evidence_documents, r.evidence_starts, r.evidence_ends, r.evidence_texts,
       r.part_confidences, r.part_properties
"""

# Actors, documents and relations written before they had a stamp (graph.neo4j_cache) get one,
# once, in transactions of bounded size; then the counter says so.
STAMPS_READ = "MATCH (v:Meta {name: 'version'}) RETURN coalesce(v.stamped, false) AS done"
MARK_STAMPS_READ = "MATCH (v:Meta {name: 'version'}) SET v.stamped = true"
WRITE_STAMPS = [
    "MATCH (n:Actor) WHERE n.stamp IS NULL CALL (n) { SET n.stamp = randomUUID() } IN TRANSACTIONS OF 5000 ROWS",
    "MATCH (d:Document) WHERE d.stamp IS NULL CALL (d) { SET d.stamp = randomUUID() } IN TRANSACTIONS OF 5000 ROWS",
    f"MATCH ()-[r:{ALL_RELATION_TYPES}]->() WHERE r.stamp IS NULL "
    "CALL (r) { SET r.stamp = randomUUID() } IN TRANSACTIONS OF 5000 ROWS",
]

# -- search -----------------------------------------------------------------------------------

# The words the names' index leaves out, as its analyzer (Swedish, in SCHEMA) says.
NAME_INDEX_STOP_WORDS = """
CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
WHERE analyzer = 'swedish'
RETURN stopwords
"""

# Without the actors' documents (a hub has thousands), with their number of relations.
NAME_CANDIDATES = f"""
CALL db.index.fulltext.queryNodes('samverkan_actor_names', $lucene, {{limit: $limit}}) YIELD node AS n
WHERE $type IS NULL OR n.type = $type
RETURN collect({{id: n.id, type: n.type, name: n.name, aliases: n.aliases,
                 degree: COUNT {{ (n)-[:{ALL_RELATION_TYPES}]-() }}}}) AS rows
"""
