"""What a Neo4j store has read under one version of the graph, for the reads after it.

Every write of the graph bumps its version (cypher.BUMP_VERSION, in the write's own
transaction), so whatever was read under a version holds until the version changes. Each read
of the store asks for the version first, one tiny statement in its own transaction, and
takes from here what was read under the same version: the relations of each actor as the
walks of neighbourhoods and paths need them, the stamps of actors and documents, whole
answers. So a question asked again, or a walk over actors walked before, costs Neo4j that
one statement; a write made by any process is seen by the next read, since the version
comes from the database, not from this process. What a version's memo holds is bounded
(a national graph has more than an API process should hold): beyond, it starts over.

Reads are read-committed: a read that asked for the version just before a write committed
may record what the write wrote under the version before it. Nothing is lost by that, since
a read that starts after the commit sees the new version and a new memo.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# Per version: actors whose relations are kept, stamps kept, whole answers kept.
MAX_ACTORS = 100_000
MAX_STAMPS = 200_000
MAX_ANSWERS = 2_000
_UNKNOWN = object()


class Link(NamedTuple):
    """One relation of an actor: its key and stamp, and the actor at its other end."""

    source: str
    type: str
    target: str
    stamp: str | None
    other: str
    other_type: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)


class VersionMemo:
    """What was read under one version of the graph."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.links: dict[str, tuple[Link, ...]] = {}  # by actor id; () for an actor with none or missing
        self.actor_stamps: dict[str, str | None] = {}
        self.document_stamps: dict[str, str | None] = {}
        self.missing_actors: set[str] = set()
        self.missing_documents: set[str] = set()
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def links_of(
        self, ids: list[str], fetch: Callable[[list[str]], dict[str, tuple[Link, ...]]]
    ) -> dict[str, tuple[Link, ...]]:
        """The relations of each actor of `ids`, those not kept read with `fetch` (and kept)."""
        found: dict[str, tuple[Link, ...]] = {}
        todo: list[str] = []
        for i in ids:
            held = self.links.get(i)
            if held is None:
                todo.append(i)
            else:
                found[i] = held
        if todo:
            fetched = fetch(todo)
            if len(self.links) + len(todo) > MAX_ACTORS:
                self.links.clear()
            for i in todo:
                found[i] = self.links[i] = fetched.get(i, ())
        return found

    def stamps_of(
        self, ids: list[str], kind: str, fetch: Callable[[list[str]], dict[str, str | None]]
    ) -> dict[str, str | None]:
        """The stamps of the actors (`kind` "actor") or documents of `ids` that exist."""
        kept, missing = (
            (self.actor_stamps, self.missing_actors)
            if kind == "actor"
            else (self.document_stamps, self.missing_documents)
        )
        found: dict[str, str | None] = {}
        todo: list[str] = []
        for i in ids:
            if i in missing:
                continue
            held = kept.get(i, _UNKNOWN)
            if held is _UNKNOWN:
                todo.append(i)
            else:
                found[i] = held  # type: ignore[assignment]
        if todo:
            fetched = fetch(todo)
            if len(kept) + len(missing) + len(todo) > MAX_STAMPS:
                kept.clear()
                missing.clear()
            for i in todo:
                if i in fetched:
                    found[i] = kept[i] = fetched[i]
                else:
                    missing.add(i)
        return {i: found[i] for i in ids if i in found}

    def answer(self, question: Hashable, compute: Callable[[], T]) -> T:
        """The answer to `question` under this version, computed once (two at once may both compute)."""
        with self._lock:
            if question in self._answers:
                self._answers.move_to_end(question)
                return self._answers[question]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._answers[question] = value
            while len(self._answers) > MAX_ANSWERS:
                self._answers.popitem(last=False)
        return value


class VersionMemos:
    """The memo of the newest version seen; a read that saw an older one gets a memo of its own."""

    def __init__(self) -> None:
        self._current: VersionMemo | None = None
        self._lock = threading.Lock()

    def at(self, version: str) -> VersionMemo:
        with self._lock:
            current = self._current
            if current is not None and current.version == version:
                return current
            memo = VersionMemo(version)
            if current is None or not _older(version, current.version):
                self._current = memo
            return memo

    def clear(self) -> None:
        with self._lock:
            self._current = None


def _older(version: str, than: str) -> bool:
    """Whether `version` (epoch-counter, see Neo4jStore.version) came before `than`."""
    epoch, _, value = version.rpartition("-")
    than_epoch, _, than_value = than.rpartition("-")
    return epoch == than_epoch and value.isdigit() and than_value.isdigit() and int(value) < int(than_value)
