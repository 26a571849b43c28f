"""Actors: listing and finding them, one actor, its neighbourhood."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api import queries
from api.deps import StoreDep
from api.model_json import model_json
from api.params import ID_MAX_LENGTH, FilterDep, PageDep
from graph.model import Entity, EntityType, Graph, RelationType

router = APIRouter(prefix="/entities", tags=["aktörer"])

EntityId = Annotated[str, Path(max_length=ID_MAX_LENGTH, description="Aktörens id.")]


class EntityDetail(Entity):
    degree: int


@router.get("", response_model=list[Entity])
def list_entities(
    store: StoreDep,
    page: PageDep,
    flt: FilterDep,
    type: Annotated[EntityType | None, Query(description="Bara aktörer av denna typ.")] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Del av namnet eller ett alias (skiftläge spelar ingen roll)."),
    ] = None,
) -> list[Entity]:
    """Aktörer i namnordning, filtrerade på typ, namn och dokument (slag och datum)."""
    return queries.find_entities(store, type, q, flt, limit=page.limit, offset=page.offset)


@router.get("/{entity_id}", response_model=EntityDetail)
def get_entity(entity_id: EntityId, store: StoreDep) -> EntityDetail:
    """En aktör: typ, namn och alias, dokumenten den nämns i och antalet relationer."""
    entity = store.entity(entity_id)
    return EntityDetail(**entity.model_dump(), degree=store.degree(entity_id))


@router.get("/{entity_id}/neighbors", response_model=Graph)
def neighbors(
    entity_id: EntityId,
    store: StoreDep,
    flt: FilterDep,
    depth: Annotated[int, Query(ge=1, le=3, description="Antal steg från aktören (1-3).")] = 1,
    types: Annotated[list[EntityType] | None, Query(description="Nå bara aktörer av dessa typer.")] = None,
    relation_types: Annotated[
        list[RelationType] | None, Query(description="Gå bara längs relationer av dessa typer.")
    ] = None,
) -> Response:
    """Aktören och allt inom `depth` steg, med relationerna mellan dem och deras källor."""
    return model_json(queries.neighbors(store, entity_id, depth, types, relation_types, flt))
