"""Answers written straight from their pydantic models.

FastAPI turns a returned model into a dict, validates it again against `response_model` and
then encodes it with the json module: for a neighbourhood of hundreds of relations with their
evidence that is most of the request's time. The answers here are the models `response_model`
names (which still documents them), so pydantic-core writes their JSON once.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import Response
from pydantic import BaseModel


def model_json(content: BaseModel | Sequence[BaseModel]) -> Response:
    """A JSON answer of one model, or of a list of them."""
    if isinstance(content, BaseModel):
        body = content.model_dump_json().encode()
    else:
        body = b"[" + b",".join(item.model_dump_json().encode() for item in content) + b"]"
    return Response(body, media_type="application/json")
