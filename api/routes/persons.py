"""Persons: erasing a named person from everything stored, and the record that it happened."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.audit import Erasure, list_erasures
from api.deps import AdminDep, SettingsDep, StoreDep
from api.erasure import forget_person
from api.params import ID_MAX_LENGTH

router = APIRouter(tags=["personuppgifter"])


@router.delete("/persons/{person_id}", response_model=Erasure)
def erase_person(
    person_id: Annotated[str, Path(max_length=ID_MAX_LENGTH, description="Personens aktörs-id.")],
    store: StoreDep,
    settings: SettingsDep,
    caller: AdminDep,
) -> Erasure:
    """Radera en person: aktören, dess alias och relationer, namnet i varje lagrad mening och
    de uppladdade original som nämner den. Kvar blir en post om att en radering skett (när,
    med vilken nyckel), utan namnet. Personen kommer inte tillbaka när dokument som nämner den
    läses in igen: de lagras utan den och med namnet ersatt. Kräver en nyckel med rollen admin."""
    return forget_person(store, settings, person_id, caller.name)


@router.get("/erasures", response_model=list[Erasure])
def get_erasures(store: StoreDep) -> list[Erasure]:
    """Raderingar som gjorts: när, med vilken nyckel och hur mycket, aldrig vem."""
    return list_erasures(store)
