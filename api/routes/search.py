"""Search for actors by name, forgiving of Swedish forms, accents and small typos."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import StoreDep
from api.model_json import model_json
from api.params import MAX_LIMIT, MAX_OFFSET
from api.search import SearchHit, search
from graph.model import EntityType

router = APIRouter(tags=["sök"])


@router.get("/search", response_model=list[SearchHit])
def search_entities(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Namn eller del av namn.")],
    type: Annotated[EntityType | None, Query(description="Bara aktörer av denna typ.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Högst så många träffar.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Hoppa över så många träffar.")] = 0,
) -> Response:
    """Sök aktörer på namn: böjningsformer, accenter och små stavfel gör inget.

    'polisen' hittar Polisen, 'ostlund' hittar Östlund och 'goteborgs' hittar Göteborg.
    Bäst träff först, med poäng (1 = exakt) och namnet som träffades."""
    return model_json(search(store, q, type, limit=limit, offset=offset))
