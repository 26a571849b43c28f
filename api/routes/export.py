"""The graph as a file for other tools: JSON, GraphML, GEXF or CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api import queries
from api.deps import StoreDep
from api.params import FilterDep
from graph.exchange import ExportFormat

router = APIRouter(tags=["export"])


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "Grafen som fil.",
            "content": {fmt.media_type: {} for fmt in ExportFormat},
        }
    },
)
def export(
    store: StoreDep,
    flt: FilterDep,
    format: Annotated[
        ExportFormat,
        Query(
            description="json (ONTOLOGY.md-formatet), graphml (yEd, Gephi), gexf (Gephi) "
            "eller csv (zip med nodes.csv, edges.csv och evidence.csv)."
        ),
    ] = ExportFormat.JSON,
) -> Response:
    """Hela grafen, eller den del som dokumentfiltret behåller, som en fil att ladda ner."""
    data = queries.export(store, format, flt)
    return Response(
        data,
        media_type=format.media_type,
        headers={"Content-Disposition": f'attachment; filename="samverkan{format.suffix}"'},
    )
