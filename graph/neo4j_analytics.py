"""Centrality and communities of a Neo4j graph, computed inside Neo4j by Graph Data Science.

The network is the one graph.analytics draws (undirected, simple: one node per actor, one
edge per pair of distinct actors that some relation joins), projected into GDS's in-memory
catalog by a Cypher aggregation, so neither relations nor evidence ever leave the server:

    MATCH (a:Actor) OPTIONAL MATCH (a)-[r]-(b:Actor) WHERE a.id < b.id
    WITH DISTINCT a, b RETURN gds.graph.project(...)

One projection per version of the graph (and set of relation types), named after both: the
first question after a change projects the network, every later one (in this process or
another API process on the same database) reuses it. Making a projection drops the others
this application made in the database, those of earlier versions included, so the server's
heap holds one at a time; a question whose projection another process dropped projects it
again. What comes back to the API process is one row per actor (id, name, type, degree,
score), never the relations: its memory grows with the actors (about 300 bytes each), and
the projection's size is bounded by the Neo4j server's heap (GDS needs about 50 bytes per
edge and 40 per node).

The measures answer as graph.analytics does:

- degree: degree / (actors - 1);
- betweenness: GDS counts each unordered pair once, networkx's normalisation divides the
  ordered pairs by (n - 1)(n - 2), so the score is multiplied by 2 / ((n - 1)(n - 2)).
  Above graph.analytics' budget, it is estimated from the same number of sampled sources
  (GDS's own sampling with a fixed seed, projected and run on one thread so that the seed
  picks the same actors every time), scaled as networkx scales a sample;
- pagerank: GDS's PageRank with damping 0.85, scaled to sum to 1 (L1). On a network
  without isolated actors it is networkx's; an isolated actor gets a little less, as GDS
  does not spread the rank of actors without links over the others;
- communities: Louvain on one thread (so that the same graph gives the same answer), with
  the modularity of the final level; actors without a relation are left out.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, LiteralString, cast

import networkx as nx
from neo4j import Driver
from neo4j import exceptions as neo4j_errors

from graph import cypher
from graph.analytics import Centrality, CommunityMethod, Measure, betweenness_samples
from graph.errors import StoreUnavailable
from graph.model import EntityType, RelationType

SEED = 0
PAGERANK_ITERATIONS = 100
PAGERANK_TOLERANCE = 1e-9

# The actor network, each unordered pair of distinct actors once; an actor without a relation
# (of the asked types) comes as a row without a target, so that it is a node of its own.
PROJECT = """
MATCH (a:Actor)
OPTIONAL MATCH (a)-[r]-(b:Actor)
WHERE a.id < b.id AND type(r) IN $types
WITH DISTINCT a, b
WITH gds.graph.project($name, a, b, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS edges
"""
ACTORS = """
CALL gds.degree.stream($name) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS a, score
RETURN a.id AS id, a.name AS name, a.type AS type, toInteger(score) AS degree
"""
BETWEENNESS = """
CALL gds.betweenness.stream($name, $config) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
"""
PAGERANK = """
CALL gds.pageRank.stream($name, $config) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
"""
# Each run writes its communities under a property of its own and drops it after reading,
# so that runs on a shared projection never meet an existing property.
LOUVAIN = """
CALL gds.louvain.mutate($name, {mutateProperty: $property, concurrency: 1})
YIELD modularity
RETURN modularity
"""
COMMUNITY_OF = """
CALL gds.graph.nodeProperty.stream($name, $property) YIELD nodeId, propertyValue
RETURN gds.util.asNode(nodeId).id AS id, propertyValue AS community
"""
DROP_PROPERTY = "CALL gds.graph.nodeProperties.drop($name, [$property], {failIfMissing: false}) YIELD graphName RETURN graphName"
DROP = "CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName"
PREFIX = "samverkan-"
# The projections this application made in the database, and the size of one.
OURS = """
CALL gds.graph.list() YIELD graphName, database
WHERE graphName STARTS WITH $prefix AND database = $database
RETURN graphName
"""
SIZE = """
CALL gds.graph.list($name) YIELD nodeCount, relationshipCount
RETURN nodeCount AS nodes, relationshipCount AS edges
"""
HAS_GDS = "SHOW PROCEDURES YIELD name WHERE name = 'gds.graph.project.cypher' RETURN count(*) AS n"


def has_gds(driver: Driver, database: str = "neo4j") -> bool:
    """Whether the server has the Graph Data Science plugin (its procedures are listed)."""
    try:
        records, _, _ = driver.execute_query(HAS_GDS, database_=database)
    except neo4j_errors.Neo4jError:
        return False
    except neo4j_errors.DriverError as exc:
        raise StoreUnavailable(f"Neo4j svarar inte: {exc}") from exc
    return bool(records and records[0]["n"])


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: EntityType


class GdsAnalytics:
    """The measures of one Neo4j graph, each computed in GDS on first use and then kept.

    Offers what graph.analytics.Analytics does (actors, links, degree, centrality,
    communities), so that the API answers in the same shape from either.
    """

    def __init__(
        self, driver: Driver, database: str = "neo4j", relation_types: Iterable[RelationType] | None = None
    ) -> None:
        self._driver = driver
        self._database = database
        self._types = [t.value for t in (relation_types or RelationType)]
        self._lock = threading.Lock()
        self._centrality: dict[Measure, Centrality] = {}
        self._communities: tuple[list[set[str]], float | None] | None = None
        self._actors: dict[str, Actor] = {}
        self._degrees: dict[str, int] = {}
        self.links = 0
        self.projected = False  # whether this object made the projection (False: it found one)
        with self._lock:
            self.name = self._projection_name()
            self._measure(lambda session, name: None)

    @property
    def actors(self) -> int:
        return len(self._actors)

    @property
    def method(self) -> CommunityMethod:
        return CommunityMethod.LOUVAIN

    @property
    def actor_map(self) -> dict[str, Actor]:
        """Every actor of the network by id."""
        return self._actors

    def degree(self, actor_id: str) -> int:
        return self._degrees[actor_id]

    def centrality(self, measure: Measure) -> Centrality:
        with self._lock:
            if measure not in self._centrality:
                self._centrality[measure] = self._compute_centrality(measure)
            return self._centrality[measure]

    def communities(self) -> tuple[list[set[str]], float | None]:
        """The communities (largest first) and their modularity."""
        with self._lock:
            if self._communities is None:
                self._communities = self._compute_communities()
            return self._communities

    def drop(self) -> None:
        """Drop the projection now (it is dropped anyway when a projection of another version is made)."""
        with self._lock, self._session() as session:
            session.run(DROP, name=self.name).consume()

    # -- the projection ----------------------------------------------------------------

    def _session(self) -> Any:
        return self._driver.session(database=self._database)

    def _projection_name(self) -> str:
        """The name of the projection of the graph's current version with these relation types."""
        try:
            records, _, _ = self._driver.execute_query(cypher.READ_VERSION, database_=self._database)
        except neo4j_errors.DriverError as exc:
            raise StoreUnavailable(f"Neo4j svarar inte: {exc}") from exc
        version = f"{records[0]['epoch']}-{records[0]['value']}" if records else "0"
        digest = hashlib.sha256(f"{self._database}|{version}|{sorted(self._types)}".encode()).hexdigest()
        return f"{PREFIX}{digest[:24]}"

    def _ensure_projection(self, session: Any) -> bool:
        """Make the projection unless it exists; False when the graph has no actor (nothing projected)."""
        found = session.run(SIZE, name=self.name).single()
        if found is None:
            for row in list(session.run(OURS, prefix=PREFIX, database=self._database)):
                if row["graphName"] != self.name:
                    session.run(DROP, name=row["graphName"]).consume()
            try:
                found = session.run(PROJECT, name=self.name, types=self._types).single()
                self.projected = True
            except neo4j_errors.ClientError as exc:
                if "already exists" not in (exc.message or ""):  # another process made it meanwhile
                    raise
                found = session.run(SIZE, name=self.name).single()
        if found is None or found["nodes"] is None:  # no actor: nothing was projected
            self.links = 0
            return False
        self.links = int(found["edges"]) // 2  # GDS holds each undirected edge both ways
        if not self._actors:
            for row in session.run(ACTORS, name=self.name):
                self._actors[row["id"]] = Actor(row["id"], row["name"], EntityType(row["type"]))
                self._degrees[row["id"]] = row["degree"]
        return True

    def _measure(self, run: Any) -> Any:
        """Run on the projection, made first if it does not exist (again if it was dropped meanwhile)."""
        try:
            with self._session() as session:
                for attempt in (1, 2):
                    if not self._ensure_projection(session):
                        return None
                    try:
                        return run(session, self.name)
                    except neo4j_errors.ClientError as exc:
                        if attempt == 2 or "does not exist" not in (exc.message or ""):
                            raise
        except neo4j_errors.DriverError as exc:
            raise StoreUnavailable(f"Neo4j svarar inte: {exc}") from exc
        return None

    def _compute_centrality(self, measure: Measure) -> Centrality:
        n = self.actors
        if n == 0:
            return Centrality(measure=measure, scores={})
        if measure is Measure.DEGREE:
            scale = 1 / (n - 1) if n > 1 else 0.0
            return Centrality(measure=measure, scores={i: d * scale for i, d in self._degrees.items()})
        if measure is Measure.PAGERANK:
            ranking = {
                "dampingFactor": 0.85,
                "maxIterations": PAGERANK_ITERATIONS,
                "tolerance": PAGERANK_TOLERANCE,
                "scaler": "L1Norm",
            }
            scores = self._measure(lambda s, name: _scores(s, PAGERANK, name, ranking))
            return Centrality(measure=measure, scores=scores)
        k = betweenness_samples(n, self.links)
        if n <= 2:
            return Centrality(measure=measure, scores=dict.fromkeys(self._actors, 0.0))
        sampling: dict[str, Any] = (
            {} if k is None else {"samplingSize": k, "samplingSeed": SEED, "concurrency": 1}
        )
        raw = self._measure(lambda s, name: _scores(s, BETWEENNESS, name, sampling))
        scale = 2 / ((n - 1) * (n - 2)) if k is None else 2 / (k * (n - 2))
        scores = {i: score * scale for i, score in raw.items()}
        return Centrality(measure=measure, scores=scores, sampled=k is not None, samples=k)

    def _compute_communities(self) -> tuple[list[set[str]], float | None]:
        if self.links == 0:
            return [], None

        def run(session: Any, name: str) -> tuple[dict[str, int], float]:
            property_ = f"community_{uuid.uuid4().hex}"
            try:
                modularity = float(session.run(LOUVAIN, name=name, property=property_).single()["modularity"])
                rows = session.run(COMMUNITY_OF, name=name, property=property_)
                return {row["id"]: row["community"] for row in rows}, modularity
            finally:
                session.run(DROP_PROPERTY, name=name, property=property_).consume()

        labels, modularity = self._measure(run)
        found: dict[int, set[str]] = defaultdict(set)
        for actor_id, community in labels.items():
            if self._degrees.get(actor_id, 0) > 0:
                found[community].add(actor_id)
        parts = sorted(found.values(), key=lambda c: (-len(c), min(c)))
        return parts, modularity


def _scores(session: Any, query: str, name: str, config: dict[str, Any]) -> dict[str, float]:
    return {
        row["id"]: float(row["score"])
        for row in session.run(cast(LiteralString, query), name=name, config=config)
    }


# -- without GDS: the network read out, bounded ------------------------------------------

COUNT_LINKS = """
MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN $types RETURN count(r) AS n
"""
ALL_ACTORS = "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.type AS type"
PAIRS = """
MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN $types AND a.id <> b.id
RETURN a.id AS a, b.id AS b
"""


def count_links(driver: Driver, database: str, relation_types: Iterable[RelationType] | None) -> int:
    """How many relations (of the types) join two actors: what `read_network` would read."""
    types = [t.value for t in (relation_types or RelationType)]
    try:
        records, _, _ = driver.execute_query(COUNT_LINKS, types=types, database_=database)
    except neo4j_errors.DriverError as exc:
        raise StoreUnavailable(f"Neo4j svarar inte: {exc}") from exc
    return int(records[0]["n"])


def read_network(
    driver: Driver, database: str, relation_types: Iterable[RelationType] | None
) -> tuple[nx.Graph, dict[str, Actor]]:
    """The actor network as id pairs and the actors' names: no evidence, no properties.

    About 0.5 KB of process memory per relation (networkx's adjacency dictionaries); the
    caller bounds how many it reads.
    """
    types = [t.value for t in (relation_types or RelationType)]
    net = nx.Graph()
    actors: dict[str, Actor] = {}
    try:
        with driver.session(database=database) as session:
            for row in session.run(ALL_ACTORS):
                actors[row["id"]] = Actor(row["id"], row["name"], EntityType(row["type"]))
            net.add_nodes_from(actors)
            net.add_edges_from((row["a"], row["b"]) for row in session.run(PAIRS, types=types))
    except neo4j_errors.DriverError as exc:
        raise StoreUnavailable(f"Neo4j svarar inte: {exc}") from exc
    return net, actors
