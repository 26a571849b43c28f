"""Actors and documents read from Neo4j, kept while the graph's version stays the same.

A neighbourhood or a path mostly reaches the same few hubs (the police, a municipality),
whose rows are the largest to read (thousands of documents); keeping them as built models
spares reading them again for every question. Every write bumps the version counter
(graph.cypher.BUMP_VERSION), so the version read at the start of a read transaction says
whether what is kept still holds: anything read after it is at least that new.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

V = TypeVar("V")

# At most this many of each kind are kept; beyond, the cache starts over (a national graph
# has more actors than an API process should hold).
MAX_KEPT = 50_000


class GenerationCache(Generic[V]):
    """Values by id for one version of the graph; all dropped when the version changes."""

    def __init__(self, max_kept: int = MAX_KEPT) -> None:
        self._version: object = None
        self._values: dict[str, V] = {}
        self._max_kept = max_kept
        self._lock = threading.Lock()

    def get_many(
        self, version: object, ids: Iterable[str], fetch: Callable[[list[str]], dict[str, V]]
    ) -> dict[str, V]:
        """The values of the ids that exist: kept ones, and the rest fetched (then kept)."""
        wanted = list(dict.fromkeys(ids))
        with self._lock:
            if version != self._version:
                self._version, self._values = version, {}
            values = self._values
        found = {i: values[i] for i in wanted if i in values}
        missing = [i for i in wanted if i not in found]
        if missing:
            fetched = fetch(missing)
            found.update(fetched)
            with self._lock:
                if self._version == version and self._values is values:
                    if len(values) + len(fetched) > self._max_kept:
                        values.clear()
                    values.update(fetched)
        return {i: found[i] for i in wanted if i in found}
