"""Actors, their neighbourhoods."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from graph.model import Entity, EntityType, Graph, RelationType

router = APIRouter(prefix="/entities", tags=["aktörer"])


class EntityDetail(Entity):
    degree: int


@router.get("", response_model=list[Entity])
def list_entities(
    store: StoreDep,
    type: EntityType | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Entity]:
    """Actors, by name; filtered by type and by a part of the name."""
    return store.entities(type_=type, q=q, limit=limit, offset=offset)


@router.get("/{entity_id}", response_model=EntityDetail)
def get_entity(entity_id: str, store: StoreDep) -> EntityDetail:
    """One actor: type, names, documents and number of relations."""
    entity = store.entity(entity_id)
    return EntityDetail(**entity.model_dump(), degree=store.degree(entity_id))


@router.get("/{entity_id}/neighbors", response_model=Graph)
def neighbors(
    entity_id: str,
    store: StoreDep,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    types: Annotated[list[EntityType] | None, Query()] = None,
    relation_types: Annotated[list[RelationType] | None, Query()] = None,
) -> Graph:
    """The actor and everything within `depth` steps, with the relations between them."""
    return store.neighbors(entity_id, depth=depth, entity_types=types, relation_types=relation_types)
