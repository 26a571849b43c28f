"""`samverkan forget --person NAME`: erase a named person from everything stored."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from api.choices import StoreKind
from api.cli_errors import fail


def forget(
    person: Annotated[str, typer.Option("--person", help="Personens namn (eller ett alias).")] = "",
    person_id: Annotated[
        str | None, typer.Option("--id", help="Personens aktörs-id, när flera har samma namn.")
    ] = None,
    by: Annotated[
        str, typer.Option("--by", help="Vem som raderar (står i raderingsposten).")
    ] = "kommandoraden",
    yes: Annotated[bool, typer.Option("--yes", help="Fråga inte först.")] = False,
    store: Annotated[StoreKind | None, typer.Option("--store", help="embedded eller neo4j.")] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Mapp för den inbyggda lagringen.")
    ] = None,
) -> None:
    """Radera en person: aktören, alias, relationer, namnet i varje lagrad mening och originalen som nämner den.

    Kvar blir en post om att en radering skett (när, av vem), utan namnet. Personen kommer inte
    tillbaka när dokument som nämner den läses in igen (raderingsregistret håller inga namn)."""
    if not person and not person_id:
        fail("ange --person NAMN eller --id ID")
    from api.erasure import find_persons, forget_person
    from api.settings import Settings
    from api.store_factory import open_store

    overrides: dict[str, Any] = {}
    if store is not None:
        overrides["store"] = store
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    settings = Settings(**overrides)
    graph_store = open_store(settings)
    try:
        if person_id is None:
            found = find_persons(graph_store, person)
            if not found:
                fail(f"ingen person heter '{person}'")
            if len(found) > 1:
                listed = "; ".join(f"{e.name} (--id {e.id})" for e in found[:10])
                fail(f"flera personer passar: {listed}")
            person_id = found[0].id
            name = found[0].name
        else:
            name = graph_store.entity(person_id).name
        if not yes and not typer.confirm(f"Radera {name} ur allt som är lagrat?"):
            fail("avbrutet")
        erasure = forget_person(graph_store, settings, person_id, by)
    finally:
        graph_store.close()
    typer.echo(
        f"raderad (post {erasure.id}): {erasure.relations} relationer, {erasure.documents} dokument "
        f"omskrivna, {erasure.originals} originalfiler, {erasure.judgements} bedömningar avidentifierade"
    )
