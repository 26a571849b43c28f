"""Maps of a period kept across writes: after a write, only what the write changed is read again.

The network of a period is nearly the whole graph, and finding its relations is one scan of
every relation in Neo4j (cypher.PERIOD_RELATIONS). Every graph write logs, under the version it
bumps to, the keys of the relations, the actors and the documents it wrote (cypher.LOG_CHANGES). So a map kept at version V is brought to version W by reading the logs of
V+1 to W and, of the relations they name, those that now belong to the period: the kept map
loses every changed relation, actor and document and gains them back as they now are. A
version without a log (emptying the store, a bulk import, a write that deleted something: it
empties the log, since the ids of what it deleted may be personal data that must not stay
stored) or one older than the logs kept means the period is read whole again.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.model import Document, Entity, Graph, Relation

RelationKey = tuple[str, str, str]
V = TypeVar("V")
# Periods kept per store; each holds a map of (nearly) the whole graph.
MAX_PERIODS = 4


@dataclass(frozen=True)
class Change:
    """What the graph writes between two versions touched."""

    relations: frozenset[RelationKey] = frozenset()
    actors: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    # Whether the write deleted an actor, a relation or a document: then nothing of it may stay
    # in the log (an erased person's id), so the log is emptied instead (cypher.CLEAR_LOG).
    deletes: bool = False

    @classmethod
    def of_logs(cls, logs: Iterable[Mapping[str, Any]]) -> Change:
        """The union of logs as cypher.CHANGES_SINCE returns them."""
        relations: set[RelationKey] = set()
        actors: set[str] = set()
        documents: set[str] = set()
        for log in logs:
            relations.update(zip(log["sources"], log["types"], log["targets"], strict=True))
            actors.update(log["actors"])
            documents.update(log["documents"])
        return cls(frozenset(relations), frozenset(actors), frozenset(documents))

    def log_params(self) -> dict[str, list[str]]:
        """The parameters of cypher.LOG_CHANGES."""
        keys = sorted(self.relations)
        return {
            "sources": [a for a, _, _ in keys],
            "types": [t for _, t, _ in keys],
            "targets": [b for _, _, b in keys],
            "actors": sorted(self.actors),
            "documents": sorted(self.documents),
        }


@dataclass
class PeriodAnswer:
    """The network of one period as read at one version of the graph."""

    epoch: str
    value: int
    relations: dict[RelationKey, Relation]
    entities: dict[str, Entity]
    documents: dict[str, Document]
    # How many kept relations have each actor as an end, and each document among their sources.
    end_uses: Counter[str] = field(default_factory=Counter)
    document_uses: Counter[str] = field(default_factory=Counter)
    graph: Graph = field(default_factory=Graph)

    @classmethod
    def built(
        cls,
        epoch: str,
        value: int,
        relations: dict[RelationKey, Relation],
        entities: dict[str, Entity],
        documents: dict[str, Document],
    ) -> PeriodAnswer:
        answer = cls(epoch, value, relations, entities, documents)
        for key, relation in relations.items():
            answer._count(key, relation, 1)
        answer.graph = answer._graph()
        return answer

    def _count(self, key: RelationKey, relation: Relation, step: int) -> None:
        self.end_uses.update({key[0]: step, key[2]: step} if key[0] != key[2] else {key[0]: step})
        self.document_uses.update(dict.fromkeys({e.document for e in relation.evidence}, step))

    def _graph(self) -> Graph:
        # Relations in the order of their keys, actors and documents by id, as the full read gives them.
        return Graph.model_construct(
            documents=[self.documents[i] for i in sorted(self.documents)],
            entities=[self.entities[i] for i in sorted(self.entities)],
            relations=[self.relations[k] for k in sorted(self.relations)],
        )

    def patched(
        self,
        epoch: str,
        value: int,
        change: Change,
        in_period: Callable[[list[RelationKey]], dict[RelationKey, str | None]],
        relations_of: Callable[[dict[RelationKey, str | None]], dict[RelationKey, Relation]],
        entities_of: Callable[[list[str]], dict[str, Entity]],
        documents_of: Callable[[list[str]], dict[str, Document]],
    ) -> PeriodAnswer:
        """This answer at version `value`, given what the writes since changed (a new answer:
        this one may be in use by another thread)."""
        result = PeriodAnswer(
            epoch,
            value,
            dict(self.relations),
            dict(self.entities),
            dict(self.documents),
            Counter(self.end_uses),
            Counter(self.document_uses),
        )
        for key in change.relations:
            if key in result.relations:
                result._count(key, result.relations.pop(key), -1)
        fetched = relations_of(in_period(sorted(change.relations)))
        for key in sorted(fetched):
            result.relations[key] = fetched[key]
            result._count(key, fetched[key], 1)
        result.end_uses = +result.end_uses  # drops the counts that reached zero
        result.document_uses = +result.document_uses
        _refresh(result.entities, result.end_uses, change.actors, entities_of)
        _refresh(result.documents, result.document_uses, change.documents, documents_of)
        result.graph = result._graph()
        return result


def _refresh(
    kept: dict[str, V], uses: Counter[str], changed: frozenset[str], read: Callable[[list[str]], dict[str, V]]
) -> None:
    """Keep what is in use and unchanged; read what is in use and not kept."""
    for i in [i for i in kept if i not in uses or i in changed]:
        del kept[i]
    todo = [i for i in uses if i not in kept]
    if todo:
        kept.update(read(todo))


class PeriodAnswers:
    """The last periods asked for, each with its answer at the version it was read at."""

    def __init__(self, max_kept: int = MAX_PERIODS) -> None:
        self._answers: OrderedDict[Hashable, PeriodAnswer] = OrderedDict()
        self._max_kept = max_kept
        self._lock = threading.Lock()

    def get(self, period: Hashable) -> PeriodAnswer | None:
        with self._lock:
            answer = self._answers.get(period)
            if answer is not None:
                self._answers.move_to_end(period)
            return answer

    def put(self, period: Hashable, answer: PeriodAnswer) -> None:
        """Keep `answer` unless one of a later version is kept already."""
        with self._lock:
            held = self._answers.get(period)
            if held is not None and held.epoch == answer.epoch and held.value > answer.value:
                return
            self._answers[period] = answer
            self._answers.move_to_end(period)
            while len(self._answers) > self._max_kept:
                self._answers.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
