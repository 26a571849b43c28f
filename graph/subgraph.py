"""The part of a graph a view asks for: actors and relations of some types, a period of time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from graph import timeline
from graph.errors import InvalidQuery
from graph.model import EntityType, Graph, RelationType


def select(
    graph: Graph,
    entity_types: Collection[EntityType] | None = None,
    relation_types: Collection[RelationType] | None = None,
    *,
    keep: str | None = None,
) -> Graph:
    """The actors of `entity_types` and the relations of `relation_types` between them.

    With relation types given, only actors that take part in such a relation remain (a
    map of who funds whom has no room for actors that fund nothing); `keep` names an actor
    that stays regardless, such as the centre of an ego view. Documents are those the
    remaining actors or relations come from.
    """
    entities = [e for e in graph.entities if not entity_types or e.type in entity_types or e.id == keep]
    ids = {e.id for e in entities}
    relations = [
        r
        for r in graph.relations
        if r.source in ids and r.target in ids and (not relation_types or r.type in relation_types)
    ]
    if relation_types:
        linked = {r.source for r in relations} | {r.target for r in relations}
        entities = [e for e in entities if e.id in linked or e.id == keep]
    used = {d for e in entities for d in e.documents} | {d for r in relations for d in r.documents}
    return Graph(
        documents=[d for d in graph.documents if d.id in used],
        entities=entities,
        relations=relations,
    )


@dataclass(frozen=True)
class Period:
    """The time a view is narrowed to: a day (`as_of`) or a span (`start`, `end`, either open).

    On a day the network is as it stood then (graph.timeline.as_of); over a span it holds
    the relations reported or in force at some time within it (graph.timeline.between).
    """

    as_of: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    # Relations that nothing dates cannot be placed in time: left out unless asked for.
    undated: bool = False

    def __post_init__(self) -> None:
        if self.as_of is not None and (self.start is not None or self.end is not None):
            raise InvalidQuery("Välj antingen nätverket per ett datum eller en period, inte båda")
        if self.as_of is None and self.start is None and self.end is None:
            raise InvalidQuery("En period behöver ett datum, en början eller ett slut")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InvalidQuery(f"Perioden börjar ({self.start}) efter att den slutar ({self.end})")

    def select(self, graph: Graph) -> Graph:
        """The relations of `graph` in this period, and the actors and documents they join."""
        if self.as_of is not None:
            return timeline.as_of(graph, self.as_of, undated=self.undated)
        return timeline.between(graph, self.start, self.end, undated=self.undated)

    @property
    def last_day(self) -> dt.date | None:
        """The latest day the view looks at; documents dated after it are not yet written."""
        return self.as_of or self.end

    def describe(self) -> str:
        """The period in words, for a map's subtitle."""
        text = self._describe()
        return text + (", med odaterade relationer" if self.undated else ", utan odaterade relationer")

    def _describe(self) -> str:
        if self.as_of is not None:
            return f"Nätverket per {self.as_of.isoformat()}"
        if self.start is not None and self.end is not None:
            return f"Relationer som gällde {self.start.isoformat()}–{self.end.isoformat()}"
        if self.start is not None:
            return f"Relationer som gällde från {self.start.isoformat()}"
        return f"Relationer som gällde till och med {self.end.isoformat()}"  # type: ignore[union-attr]
