"""A graph held in memory and queried like a store: the answers to filtered questions.

The embedded store answers a question over part of the graph (some document kinds, a
period; graph.filtering) here, over the filtered graph, by the same rules as
`graph.store.GraphStore`: the same orderings, relations read in both directions, all
shortest paths. (The Neo4j store answers the same questions in Cypher.)
"""

from __future__ import annotations

import itertools
from collections import deque

import networkx as nx

from graph.errors import EntityNotFound
from graph.model import SYMMETRIC_TYPES, Document, Entity, EntityType, Graph, Relation, RelationType
from graph.store import Path

RelationKey = tuple[str, str, str]
MAX_PATHS = 100


class GraphView:
    """Read-only queries over one `Graph`."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.documents: dict[str, Document] = {d.id: d for d in graph.documents}
        self.entities: dict[str, Entity] = {e.id: e for e in graph.entities}
        self.relations: dict[RelationKey, Relation] = {r.key: r for r in graph.relations}
        self.net = nx.Graph()
        self.net.add_nodes_from(self.entities)
        for key in sorted(self.relations):
            source, _, target = key
            if self.net.has_edge(source, target):
                self.net[source][target]["keys"].add(key)
            else:
                self.net.add_edge(source, target, keys={key})

    def entity(self, entity_id: str) -> Entity:
        try:
            return self.entities[entity_id]
        except KeyError:
            raise EntityNotFound(entity_id) from None

    def find_entities(
        self, type_: EntityType | None = None, q: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[Entity]:
        needle = q.casefold() if q else None
        found = [
            e
            for e in self.entities.values()
            if (type_ is None or e.type == type_)
            and (needle is None or any(needle in s.casefold() for s in (e.name, *e.aliases)))
        ]
        found.sort(key=lambda e: (e.name, e.id))
        return found[offset : offset + limit]

    def degree(self, entity_id: str) -> int:
        self.entity(entity_id)
        return sum(len(d["keys"]) for _, _, d in self.net.edges(entity_id, data=True))

    def neighbors(
        self,
        entity_id: str,
        depth: int = 1,
        entity_types: list[EntityType] | None = None,
        relation_types: list[RelationType] | None = None,
    ) -> Graph:
        start = self.entity(entity_id)
        allowed_types = set(entity_types or [])
        allowed_rels = {t.value for t in relation_types or []}
        seen = {start.id}
        walked: set[RelationKey] = set()
        queue = deque([(start.id, 0)])
        while queue:
            node, dist = queue.popleft()
            if dist == depth:
                continue
            for other in self.net.neighbors(node):
                keys = [k for k in self.net[node][other]["keys"] if not allowed_rels or k[1] in allowed_rels]
                if not keys or (allowed_types and self.entities[other].type not in allowed_types):
                    continue
                walked.update(keys)
                if other not in seen:
                    seen.add(other)
                    queue.append((other, dist + 1))
        relations = [self.relations[k] for k in sorted(walked)]
        docs = sorted({d for r in relations for d in r.documents})
        return Graph(
            documents=[self.documents[d] for d in docs if d in self.documents],
            entities=[self.entities[i] for i in sorted(seen)],
            relations=relations,
        )

    def paths(self, source: str, target: str, max_length: int = 4) -> list[Path]:
        for entity_id in (source, target):
            self.entity(entity_id)
        if source == target:
            return [Path(entities=[self.entities[source]], relations=[])]
        try:
            node_paths = list(itertools.islice(nx.all_shortest_paths(self.net, source, target), MAX_PATHS))
        except nx.NetworkXNoPath:
            return []
        result = [
            Path(
                entities=[self.entities[n] for n in nodes],
                relations=[self.relations[min(self.net[a][b]["keys"])] for a, b in itertools.pairwise(nodes)],
            )
            for nodes in node_paths
            if len(nodes) - 1 <= max_length
        ]
        result.sort(key=lambda p: [e.id for e in p.entities])
        return result

    def find_relations(
        self,
        type_: RelationType | None = None,
        source: str | None = None,
        target: str | None = None,
        document: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Relation]:
        found = [
            rel
            for key, rel in sorted(self.relations.items())
            if (type_ is None or rel.type == type_)
            and ends_match(rel, source, target)
            and (document is None or document in rel.documents)
        ]
        return found[offset : offset + limit]


def ends_match(rel: Relation, source: str | None, target: str | None) -> bool:
    """Whether a relation runs from `source` to `target` (either way for a symmetric type)."""
    if rel.source == (source or rel.source) and rel.target == (target or rel.target):
        return True
    if rel.type in SYMMETRIC_TYPES:
        return rel.target == (source or rel.target) and rel.source == (target or rel.source)
    return False
