"""Search for actors by name, forgiving of Swedish forms, accents and small typos."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.params import PageDep
from api.search import SearchHit, search
from graph.model import EntityType

router = APIRouter(tags=["sök"])


@router.get("/search", response_model=list[SearchHit])
def search_entities(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Namn eller del av namn.")],
    type: Annotated[EntityType | None, Query(description="Bara aktörer av denna typ.")] = None,
) -> list[SearchHit]:
    """Sök aktörer på namn: böjningsformer, accenter och små stavfel gör inget.

    'polisen' hittar Polisen, 'ostberg' hittar Östberg och 'huddinges' hittar Huddinge.
    Bäst träff först, med poäng (1 = exakt) och namnet som träffades."""
    return search(store, q, type, limit=page.limit, offset=page.offset)
