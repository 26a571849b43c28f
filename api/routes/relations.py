"""Relations with their sources: the document, its date and the sentence that states each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import queries
from api.deps import StoreDep
from api.params import ID_MAX_LENGTH, FilterDep, PageDep
from api.queries import RelationView
from graph.model import RelationType

router = APIRouter(tags=["relationer"])


@router.get("/relations", response_model=list[RelationView])
def list_relations(
    store: StoreDep,
    page: PageDep,
    flt: FilterDep,
    type: Annotated[RelationType | None, Query(description="Bara relationer av denna typ.")] = None,
    source: Annotated[
        str | None, Query(max_length=ID_MAX_LENGTH, description="Från denna aktör (id).")
    ] = None,
    target: Annotated[
        str | None, Query(max_length=ID_MAX_LENGTH, description="Till denna aktör (id).")
    ] = None,
    document: Annotated[
        str | None, Query(max_length=ID_MAX_LENGTH, description="Bara det detta dokument (id) säger.")
    ] = None,
) -> list[RelationView]:
    """Relationer med sina källor: dokumentets titel, datum och slag, och meningen som säger det.

    En samverkansrelation gäller åt båda hållen, så source och target matchar vilken ände som helst."""
    return queries.relations(store, type, source, target, document, flt, limit=page.limit, offset=page.offset)
