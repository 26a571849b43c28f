"""Actors, documents and relations read from Neo4j, kept while their stamp stays the same.

Every write of an actor (its node or its MENTIONED_IN edges), a document or a relation gives
it a new random `stamp`. A read asks first for the stamps of what it needs, which is cheap,
and reads whole only what is not kept under the same stamp: the hubs a neighbourhood reaches
(thousands of documents each) and the thousands of relations of a map are not read and built
again after every write, only what the write touched. Anything read after its stamp is at
least that new, so what is kept under a stamp is never older than it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# At most this many are kept per kind; beyond, the cache starts over (a national graph has
# more than an API process should hold).
MAX_KEPT = 100_000


class StampCache(Generic[K, V]):
    """Values by key, each with the stamp it was read under."""

    def __init__(self, max_kept: int = MAX_KEPT) -> None:
        self._values: dict[K, tuple[str, V]] = {}
        self._max_kept = max_kept
        self._lock = threading.Lock()

    def get_many(self, stamps: Mapping[K, str | None], fetch: Callable[[list[K]], dict[K, V]]) -> dict[K, V]:
        """The values of the keys of `stamps` (those that exist): kept ones, the rest fetched.

        A key without a stamp (written before stamps) is always fetched and never kept.
        """
        found: dict[K, V] = {}
        with self._lock:
            for key, stamp in stamps.items():
                held = self._values.get(key)
                if stamp is not None and held is not None and held[0] == stamp:
                    found[key] = held[1]
        missing = [key for key in stamps if key not in found]
        if missing:
            fetched = fetch(missing)
            found.update(fetched)
            with self._lock:
                if len(self._values) + len(fetched) > self._max_kept:
                    self._values.clear()
                for key, value in fetched.items():
                    stamp = stamps.get(key)
                    if stamp is not None:
                        self._values[key] = (stamp, value)
        return {key: found[key] for key in stamps if key in found}
