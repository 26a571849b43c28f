"""`samverkan report`: a lägesbild of one actor or place, written to a Word or PDF file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer


def report_command(
    entity: Annotated[str, typer.Option("--entity", help="Aktören eller platsen (namn eller id).")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Fil att skriva: RAPPORT.docx eller RAPPORT.pdf.")
    ],
    from_: Annotated[
        dt.datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="Från och med (ÅÅÅÅ-MM-DD).")
    ] = None,
    to: Annotated[
        dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Till och med (ÅÅÅÅ-MM-DD).")
    ] = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Lagring: embedded (standard) eller neo4j.")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Mapp för den inbyggda lagringen.")
    ] = None,
) -> None:
    """Skriv en lägesbild (DOCX eller PDF): nätverksbild, samverkan, insatser, förändringar och källor."""
    from api.cli import resolve_entity, settings_from
    from api.reports import entity_report, report_format
    from api.settings import StoreKind
    from api.store_factory import open_store

    fmt = report_format(output.name)
    settings = settings_from(StoreKind(store) if store else None, data_dir)
    graph_store = open_store(settings)
    try:
        found = resolve_entity(graph_store, entity)
        data = entity_report(
            graph_store, found, fmt, start=from_.date() if from_ else None, end=to.date() if to else None
        )
    finally:
        graph_store.close()
    output.write_bytes(data)
    typer.echo(f"Lägesbild över {found.name}: {len(data) // 1024} kB ({fmt.value}) -> {output}")
