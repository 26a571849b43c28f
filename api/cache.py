"""Values computed from a store, kept while the store's version stays the same."""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from graph.store import GraphStore

T = TypeVar("T")


class VersionCache(Generic[T]):
    """Per store, the last `size` values by key; all of them dropped when the version changes.

    Stores are held weakly, so a closed store's values go with it. Computing is serialised,
    so that a slow measure asked for by many clients at once is computed once.
    """

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._values: weakref.WeakKeyDictionary[GraphStore, tuple[str, OrderedDict[Hashable, T]]] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.RLock()

    def get(self, store: GraphStore, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            version = store.version()
            try:
                cached_version, values = self._values.get(store, ("", OrderedDict()))
            except TypeError:  # a store that cannot be held weakly is not cached
                return compute()
            if cached_version != version:
                values = OrderedDict()
                self._values[store] = (version, values)
            if key in values:
                values.move_to_end(key)
                return values[key]
            value = compute()
            values[key] = value
            while len(values) > self.size:
                values.popitem(last=False)
            return value
