"""Judgements: corrections people make, their audit log, and the review queue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import StoreDep, WriteAccess
from api.judgements import judge, list_judgements, review_queue, undo
from graph.judgements import Judgement, JudgementKind
from graph.model import EntityType, Relation, RelationType

router = APIRouter(tags=["bedömningar"])


class JudgementRequest(BaseModel):
    """A correction: who makes it and why, and what it says."""

    kind: JudgementKind
    author: str = Field(min_length=1, max_length=200)
    reason: str = Field("", max_length=5000)
    entity: str | None = None
    other: str | None = None
    name: str | None = Field(None, max_length=500)
    type: EntityType | None = None
    source: str | None = None
    target: str | None = None
    relation_type: RelationType | None = None
    source_name: str | None = Field(None, max_length=500)
    source_type: EntityType | None = None
    target_name: str | None = Field(None, max_length=500)
    target_type: EntityType | None = None
    document: str | None = None


@router.post("/judgements", response_model=Judgement, status_code=201, dependencies=[WriteAccess])
def create_judgement(body: JudgementRequest, store: StoreDep) -> Judgement:
    """Gör en bedömning (slå ihop, markera olika, byt namn/typ, avvisa, bekräfta eller lägg till relation).

    Bedömningen gäller även när dokument läses in igen."""
    return judge(store, Judgement(**body.model_dump()))


@router.get("/judgements", response_model=list[Judgement])
def get_judgements(
    store: StoreDep, entity: Annotated[str | None, Query(max_length=300)] = None
) -> list[Judgement]:
    """Granskningsloggen: alla bedömningar, äldst först, eller de som rör en aktör."""
    return list_judgements(store, entity)


@router.delete("/judgements/{judgement_id}", response_model=Judgement, dependencies=[WriteAccess])
def delete_judgement(judgement_id: str, store: StoreDep) -> Judgement:
    """Ångra en bedömning."""
    return undo(store, judgement_id)


@router.get("/review", response_model=list[Relation])
def get_review_queue(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 20) -> list[Relation]:
    """Relationer att granska: lägst säkerhet och färst källor först."""
    return review_queue(store, limit)
