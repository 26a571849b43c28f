"""Judgements: corrections people make, their audit log, and the review queue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel, Field

from api.audit import LogFormat, export_log
from api.deps import EditorDep, StoreDep
from api.judgements import judge, list_judgements, review_queue, undo
from api.params import ID_MAX_LENGTH
from graph.judgements import Judgement, JudgementKind
from graph.model import EntityType, Relation, RelationType

router = APIRouter(tags=["bedömningar"])

IdField = Field(None, min_length=1, max_length=ID_MAX_LENGTH)


class JudgementRequest(BaseModel):
    """A correction: what it says and why. Who makes it is the name of the key it is sent with."""

    kind: JudgementKind
    reason: str = Field("", max_length=5000)
    entity: str | None = IdField
    other: str | None = IdField
    name: str | None = Field(None, max_length=500)
    type: EntityType | None = None
    source: str | None = IdField
    target: str | None = IdField
    relation_type: RelationType | None = None
    document: str | None = IdField


@router.post("/judgements", response_model=Judgement, status_code=201)
def create_judgement(body: JudgementRequest, store: StoreDep, caller: EditorDep) -> Judgement:
    """Gör en bedömning (slå ihop, markera olika, byt namn/typ, avvisa, bekräfta eller lägg till relation).

    Kräver en nyckel med rollen editor eller admin; bedömningen görs i nyckelns namn.
    Bedömningen gäller även när dokument läses in igen."""
    return judge(store, Judgement(**body.model_dump(), author=caller.name))


@router.get("/judgements", response_model=list[Judgement])
def get_judgements(
    store: StoreDep,
    entity: Annotated[str | None, Query(max_length=300, description="Bara de som rör denna aktör.")] = None,
    withdrawn: Annotated[
        bool | None, Query(description="true: bara återkallade; false: bara de som gäller.")
    ] = None,
) -> list[Judgement]:
    """Granskningsloggen: alla bedömningar som gjorts, äldst först; återkallade har `withdrawn`."""
    return list_judgements(store, entity, withdrawn)


@router.get(
    "/judgements/export",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}, "application/json": {}}, "description": "Loggen som fil."}},
)
def export_judgements(store: StoreDep, format: LogFormat = LogFormat.CSV) -> Response:
    """Granskningsloggen som fil (CSV för kalkylblad eller JSON), med återkallelserna."""
    body, media_type, filename = export_log(list_judgements(store), format)
    return Response(
        body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.delete("/judgements/{judgement_id}", response_model=Judgement)
def delete_judgement(
    judgement_id: Annotated[str, Path(max_length=ID_MAX_LENGTH, description="Bedömningens id.")],
    store: StoreDep,
    caller: EditorDep,
    reason: Annotated[str, Query(max_length=5000, description="Varför bedömningen återkallas.")] = "",
) -> Judgement:
    """Återkalla en bedömning. Den finns kvar i loggen med vem, när och varför den återkallades.

    Kräver en nyckel med rollen editor eller admin."""
    return undo(store, judgement_id, caller.name, reason)


@router.get("/review", response_model=list[Relation])
def get_review_queue(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 20) -> list[Relation]:
    """Relationer att granska: lägst säkerhet och färst källor först."""
    return review_queue(store, limit)
