"""Brokers and clusters of the collaboration network: centrality and communities.

The measures (graph.analytics) are computed over the whole graph, or the part a document
filter keeps, optionally over some relation types only; each is kept per store version,
so only the first question after a change pays for it.

Where the measures are computed:

- on Neo4j with the Graph Data Science plugin, the whole graph (with relation types, no
  document filter) is measured inside Neo4j (graph.neo4j_analytics.GdsAnalytics): only one
  row per actor reaches this process; its size limit is the Neo4j server's heap;
- on Neo4j without it, the actor network is read out as id pairs (no evidence), at most
  MAX_PROJECTED_RELATIONS relations (about 0.5 GB here);
- otherwise (the embedded store, or a document filter) the graph or its filtered part is
  projected here, at most MAX_PROJECTED_RELATIONS relations (about 1 GB).

A larger selection is refused with a message rather than read out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel

from api.cache import VersionCache
from api.queries import export_graph
from graph.analytics import Analytics, Centrality, CommunityMethod, Measure
from graph.errors import InvalidQuery
from graph.model import EntityType, RelationType
from graph.neo4j_analytics import GdsAnalytics, count_links, has_gds, read_network
from graph.neo4j_store import Neo4jStore
from graph.store import DocumentFilter, GraphStore

_networks: VersionCache[_Network] = VersionCache(size=8)

MAX_PROJECTED_RELATIONS = 1_000_000


class ActorScore(BaseModel):
    rank: int
    id: str
    name: str
    type: EntityType
    score: float
    degree: int


class CentralityResult(BaseModel):
    """The actors ranked by one measure (the highest first)."""

    measure: Measure
    sampled: bool
    samples: int | None
    actors: int
    links: int
    total: int
    items: list[ActorScore]


class CommunityMember(BaseModel):
    id: str
    name: str
    type: EntityType
    degree: int


class Community(BaseModel):
    """A cluster of actors: its size, its actors by type, and its best-connected members."""

    id: int
    size: int
    types: dict[str, int]
    members: list[CommunityMember]


class CommunitiesResult(BaseModel):
    method: CommunityMethod
    modularity: float | None
    total: int
    items: list[Community]


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> EntityType: ...


class _Measures(Protocol):
    """What graph.analytics.Analytics and graph.neo4j_analytics.GdsAnalytics both offer."""

    @property
    def actors(self) -> int: ...
    @property
    def links(self) -> int: ...
    @property
    def method(self) -> CommunityMethod: ...
    def degree(self, actor_id: str) -> int: ...
    def centrality(self, measure: Measure) -> Centrality: ...
    def communities(self) -> tuple[list[set[str]], float | None]: ...


@dataclass
class _Network:
    analytics: _Measures
    entities: Mapping[str, _Named]


def _network(store: GraphStore, flt: DocumentFilter, relation_types: list[RelationType] | None) -> _Network:
    key = (flt.model_dump_json(), tuple(sorted(relation_types or [])))

    def build() -> _Network:
        if flt.is_empty() and isinstance(store, Neo4jStore):
            return _neo4j_network(store, relation_types)
        # The whole graph is counted before it is read; a filtered part once it is read.
        if flt.is_empty():
            _check_size(store.stats().relations)
        graph = export_graph(store, flt)
        _check_size(len(graph.relations))
        return _Network(Analytics(graph, relation_types), {e.id: e for e in graph.entities})

    return _networks.get(store, key, build)


def _neo4j_network(store: Neo4jStore, relation_types: list[RelationType] | None) -> _Network:
    driver, database = store.driver, store.database
    if has_gds(driver, database):
        gds = GdsAnalytics(driver, database, relation_types)
        return _Network(gds, gds.actor_map)
    _check_size(count_links(driver, database, relation_types))
    net, actors = read_network(driver, database, relation_types)
    return _Network(Analytics.of_network(net), actors)


def _check_size(relations: int) -> None:
    if relations > MAX_PROJECTED_RELATIONS:
        raise InvalidQuery(
            f"Urvalet har {relations:,} relationer; analyser görs på högst {MAX_PROJECTED_RELATIONS:,}. "
            "Begränsa med kind, date_from eller date_to."
        )


def centrality(
    store: GraphStore,
    measure: Measure,
    type_: EntityType | None,
    relation_types: list[RelationType] | None,
    flt: DocumentFilter,
    limit: int = 100,
    offset: int = 0,
) -> CentralityResult:
    """Actors by centrality, optionally of one type only (ranked among the whole network)."""
    network = _network(store, flt, relation_types)
    result = network.analytics.centrality(measure)
    net = network.analytics
    ranked = sorted(
        result.scores.items(), key=lambda item: (-item[1], network.entities[item[0]].name, item[0])
    )
    kept = [
        (rank, entity_id, score)
        for rank, (entity_id, score) in enumerate(ranked, start=1)
        if type_ is None or network.entities[entity_id].type == type_
    ]
    return CentralityResult(
        measure=measure,
        sampled=result.sampled,
        samples=result.samples,
        actors=net.actors,
        links=net.links,
        total=len(kept),
        items=[
            ActorScore(
                rank=rank,
                id=entity_id,
                name=network.entities[entity_id].name,
                type=network.entities[entity_id].type,
                score=round(score, 6),
                degree=net.degree(entity_id),
            )
            for rank, entity_id, score in kept[offset : offset + limit]
        ],
    )


def communities(
    store: GraphStore,
    relation_types: list[RelationType] | None,
    flt: DocumentFilter,
    members: int = 20,
    limit: int = 100,
    offset: int = 0,
) -> CommunitiesResult:
    """Clusters of actors, largest first, each with its `members` best-connected actors."""
    network = _network(store, flt, relation_types)
    parts, score = network.analytics.communities()
    net = network.analytics
    items = []
    for number, part in enumerate(parts[offset : offset + limit], start=offset + 1):
        ranked = sorted(part, key=lambda i: (-net.degree(i), network.entities[i].name, i))
        items.append(
            Community(
                id=number,
                size=len(part),
                types=dict(sorted(Counter(network.entities[i].type.value for i in part).items())),
                members=[
                    CommunityMember(
                        id=i,
                        name=network.entities[i].name,
                        type=network.entities[i].type,
                        degree=net.degree(i),
                    )
                    for i in ranked[:members]
                ],
            )
        )
    return CommunitiesResult(
        method=net.method,
        modularity=None if score is None else round(score, 6),
        total=len(parts),
        items=items,
    )
