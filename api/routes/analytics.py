"""Network analytics: the brokers and the clusters of the collaboration network."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import analytics_service
from api.analytics_service import CentralityResult, CommunitiesResult
from api.deps import StoreDep
from api.params import FilterDep, PageDep
from graph.analytics import Measure
from graph.model import EntityType, RelationType

router = APIRouter(prefix="/analytics", tags=["analys"])

RelationTypesQuery = Annotated[
    list[RelationType] | None, Query(description="Räkna bara relationer av dessa typer.")
]


@router.get("/centrality", response_model=CentralityResult)
def centrality(
    store: StoreDep,
    page: PageDep,
    flt: FilterDep,
    measure: Annotated[
        Measure,
        Query(
            description="degree (andel aktörer man är kopplad till), betweenness (mäklare: "
            "ligger på vägen mellan andra) eller pagerank."
        ),
    ] = Measure.DEGREE,
    type: Annotated[
        EntityType | None, Query(description="Visa bara aktörer av denna typ (rangordnade i hela nätet).")
    ] = None,
    relation_types: RelationTypesQuery = None,
) -> CentralityResult:
    """Aktörerna rangordnade efter centralitet, högst först.

    I stora nät uppskattas betweenness från ett urval startaktörer (sampled = true)."""
    return analytics_service.centrality(
        store, measure, type, relation_types, flt, limit=page.limit, offset=page.offset
    )


@router.get("/communities", response_model=CommunitiesResult)
def communities(
    store: StoreDep,
    page: PageDep,
    flt: FilterDep,
    relation_types: RelationTypesQuery = None,
    members: Annotated[
        int, Query(ge=1, le=1000, description="Visa så många av varje grupps mest kopplade aktörer.")
    ] = 20,
) -> CommunitiesResult:
    """Grupper av aktörer som hänger ihop mer med varandra än med resten, störst först."""
    return analytics_service.communities(
        store, relation_types, flt, members=members, limit=page.limit, offset=page.offset
    )
