"""Answers written straight from their pydantic models.

FastAPI turns a returned model into a dict, validates it again against `response_model` and
then encodes it with the json module: for a neighbourhood of hundreds of relations with their
evidence that is most of the request's time. The answers here are the models `response_model`
names (which still documents them), so pydantic-core writes their JSON once.

A graph is written part by part, and each part's JSON is kept while the part itself is kept
(by the store, between requests): a hub reached by many neighbourhoods, with its thousands of
documents, is written once, not once per answer. The parts are never changed in place (a
changed actor is a new object), which is what makes keeping them by identity sound.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from fastapi import Response
from pydantic import BaseModel

from graph.model import Graph

# Parts whose JSON is kept, and their bytes in all; beyond either, it starts over. Each entry
# holds its part, so that the part's id is not reused while its JSON is kept.
MAX_KEPT_PARTS = 50_000
MAX_KEPT_BYTES = 64_000_000

_kept: dict[int, tuple[BaseModel, bytes]] = {}
_kept_bytes = 0
_lock = threading.Lock()


def model_json(content: BaseModel | Sequence[BaseModel]) -> Response:
    """A JSON answer of one model, or of a list of them."""
    if isinstance(content, Graph):
        body = graph_json(content)
    elif isinstance(content, BaseModel):
        body = content.model_dump_json().encode()
    else:
        body = b"[" + b",".join(item.model_dump_json().encode() for item in content) + b"]"
    return Response(body, media_type="application/json")


def graph_json(graph: Graph) -> bytes:
    """The bytes of `graph.model_dump_json()`, from the JSON of its parts as kept."""
    return b"".join(
        (
            b'{"documents":[',
            b",".join(map(_part_json, graph.documents)),
            b'],"entities":[',
            b",".join(map(_part_json, graph.entities)),
            b'],"relations":[',
            b",".join(map(_part_json, graph.relations)),
            b"]}",
        )
    )


def _part_json(part: BaseModel) -> bytes:
    held = _kept.get(id(part))
    if held is not None and held[0] is part:
        return held[1]
    global _kept_bytes
    data = part.model_dump_json().encode()
    with _lock:
        if len(_kept) >= MAX_KEPT_PARTS or _kept_bytes + len(data) > MAX_KEPT_BYTES:
            _kept.clear()
            _kept_bytes = 0
        _kept[id(part)] = (part, data)
        _kept_bytes += len(data)
    return data
