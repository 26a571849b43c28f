"""The command line: `samverkan`. Each command parses, calls a service function and prints.

Only typer and the choices offered are imported here; each command imports what it uses
(the store, the extraction, maps, the web server) when it runs, so that `samverkan --help`
and `samverkan COMMAND --help` answer at once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from api.choices import MapFormat, StoreKind
from api.cli_errors import fail, one_line_errors
from api.cli_eval import evaluate_command
from api.cli_forget import forget
from api.cli_judgements import judge_app, review
from api.cli_report import report_command
from api.cli_swedish import use_swedish
from graph.export_format import ExportFormat
from graph.vocabulary import RELATION_LABELS_SV, DocumentKind

if TYPE_CHECKING:
    from tqdm import tqdm

    from api.settings import Settings

use_swedish()  # Typer's own texts (help headings, usage errors) in Swedish

app = typer.Typer(
    name="samverkan",
    help="Samverkan: en kunskapsgraf över brottsförebyggande samverkan, byggd ur svenska dokument.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help: rendering it with rich would cost more than the command
)

StoreOption = Annotated[
    StoreKind | None,
    typer.Option("--store", help="Lagring: embedded (standard) eller neo4j. Annars SAMVERKAN_STORE."),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Mapp för den inbyggda lagringen. Annars SAMVERKAN_DATA_DIR eller ./samverkan-data.",
    ),
]


WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", min=1, help="Antal processer som extraherar samtidigt (standard: antal kärnor)."
    ),
]


def settings_from(store: StoreKind | None, data_dir: Path | None) -> Settings:
    from api.settings import Settings

    overrides: dict[str, Any] = {}
    if store is not None:
        overrides["store"] = store
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    settings = Settings(**overrides)
    from api.ingest import use_settings

    use_settings(settings)
    return settings


def progress_bar(total: int, description: str) -> tqdm:
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="fil", file=sys.stderr, disable=total < 2)


def report_failures(failures: list) -> None:
    for failure in failures:
        typer.echo(f"hoppade över {failure.path}: {failure.reason}", err=True)


@app.command()
@one_line_errors
def extract(
    paths: Annotated[
        list[Path], typer.Argument(metavar="FILER", help="Filer eller mappar (.txt .md .html .pdf .docx).")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Skriv grafen (JSON) hit; annars till stdout.")
    ] = None,
    workers: WorkersOption = None,
) -> None:
    """Extrahera aktörer och relationer till JSON (ONTOLOGY.md-formatet) utan att lagra något."""
    from api.ingest import extract_paths
    from loaders.reading.read import expand_paths

    settings = settings_from(None, None)
    files = expand_paths(paths)
    with progress_bar(len(files), "extraherar") as bar:
        graph, failures = extract_paths(
            files,
            redact=settings.redact_personal_data,
            progress=lambda _: bar.update(),
            workers=workers or os.cpu_count() or 1,
        )
    report_failures(failures)
    from api.erased_names import without_erased

    graph = without_erased(settings, graph)
    if output:
        graph.write(output)
        typer.echo(
            f"{len(graph.entities)} aktörer, {len(graph.relations)} relationer ur {len(graph.documents)} dokument -> {output}",
            err=True,
        )
    else:
        typer.echo(graph.to_json())
    if failures:
        raise typer.Exit(2)


@app.command()
@one_line_errors
def build(
    paths: Annotated[list[Path], typer.Argument(metavar="FILER", help="Filer eller mappar att läsa in.")],
    workers: WorkersOption = None,
    store: StoreOption = None,
    data_dir: DataDirOption = None,
    # -- Dask executor (api/dask_executor.py) --
    executor: Annotated[
        str, typer.Option("--executor", help="local (denna dator) eller dask (ett Dask-kluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask-schemaläggarens adress, tcp://VÄRD:PORT (utan: ett lokalt kluster)."
        ),
    ] = None,
) -> None:
    """Läs in dokument i grafen (idempotent: samma dokument två gånger ändrar inget)."""
    if executor not in ("local", "dask"):
        fail(f"okänd --executor '{executor}'; välj local eller dask")
    if scheduler and executor != "dask":
        fail("--scheduler gäller bara med --executor dask")
    from api.ingest import ingest_paths
    from api.store_factory import open_store
    from loaders.reading.read import expand_paths

    settings = settings_from(store, data_dir)
    files = expand_paths(paths)
    if not files:
        fail("inga läsbara filer hittades")
    graph_store = open_store(settings)
    try:
        with progress_bar(len(files), "läser in") as bar:
            if executor == "dask":
                from api.dask_executor import dask_client, ingest_on_dask

                with dask_client(scheduler) as client:
                    report = ingest_on_dask(
                        graph_store,
                        files,
                        client,
                        redact=settings.redact_personal_data,
                        progress=lambda _: bar.update(),
                    )
            else:
                report = ingest_paths(
                    graph_store,
                    files,
                    redact=settings.redact_personal_data,
                    progress=lambda _: bar.update(),
                    workers=workers or os.cpu_count() or 1,
                )
        # -- end of the Dask executor --
        stats = graph_store.stats()
    finally:
        graph_store.close()
    report_failures(report.failures)
    typer.echo(
        f"{report.added} nya, {report.replaced} ändrade, {report.unchanged} oförändrade dokument, "
        f"{len(report.failures)} misslyckade. Grafen: {stats.entities} aktörer, {stats.relations} relationer."
    )
    if report.failures:
        raise typer.Exit(2)


@app.command("map")
@one_line_errors
def map_(
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Fil att skriva (standard: map.html, map.png, map.svg, map.pdf)."
        ),
    ] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Visa bara omgivningen kring denna aktör (id eller namn).")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, max=3, help="Antal steg från aktören.")] = 1,
    fmt: Annotated[
        MapFormat, typer.Option("--format", help="html (interaktiv), png, svg eller pdf (för rapporter).")
    ] = MapFormat.HTML,
    width_cm: Annotated[
        float,
        typer.Option("--width-cm", min=8, max=60, help="Bildens bredd i cm; namnen blir minst 7 pt vid den."),
    ] = 16.0,
    title: Annotated[str | None, typer.Option("--title", help="Bildens rubrik.")] = None,
    undated: Annotated[
        bool, typer.Option("--undated", help="Ta med odaterade relationer i en karta per datum eller period.")
    ] = False,
    isolated: Annotated[
        str, typer.Option("--isolated", help="Aktörer utan relationer: block (listas under) eller omit.")
    ] = "block",
    types: Annotated[
        list[str] | None, typer.Option("--types", help="Aktörstyper att visa, t.ex. PoliceUnit,Municipality.")
    ] = None,
    relation_types: Annotated[
        list[str] | None,
        typer.Option("--relation-types", help="Relationstyper att visa, t.ex. COLLABORATES_WITH."),
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Bara det detta dokument (id) säger.")
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", min=0, help="Fast, upprepbar placering (för rapporter).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Nätverket som det såg ut denna dag (ÅÅÅÅ-MM-DD).")
    ] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="Relationer som gällde från denna dag (ÅÅÅÅ-MM-DD).")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Relationer som gällde till och med denna dag (ÅÅÅÅ-MM-DD).")
    ] = None,
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Rita grafen som en karta: interaktiv HTML (en fristående fil), eller PNG/SVG/PDF för rapporter."""
    from api.maps import (
        PictureOptions,
        draw,
        entity_view,
        graph_view,
        parse_entity_types,
        parse_period,
        parse_relation_types,
    )
    from api.store_factory import open_store
    from graph.maps import counts_text
    from graph.static_maps import Isolated

    if isolated not in {i.value for i in Isolated}:
        fail(f"okänt värde för --isolated: {isolated} (välj block eller omit)")
    picture = PictureOptions(width_cm=width_cm, title=title, isolated=Isolated(isolated))
    settings = settings_from(store, data_dir)
    wanted, wanted_relations = parse_entity_types(types), parse_relation_types(relation_types)
    period = parse_period(as_of, from_, to, labels=("--as-of", "--from", "--to"), undated=undated)
    graph_store = open_store(settings)
    try:
        if entity:
            center = resolve_entity(graph_store, entity)
            view = entity_view(
                graph_store, center, depth, types=wanted, relation_types=wanted_relations, period=period
            )
        else:
            view = graph_view(
                graph_store, types=wanted, relation_types=wanted_relations, document=document, period=period
            )
    finally:
        graph_store.close()
    output = output or Path(f"map.{fmt.value}")
    output.write_bytes(draw(view, fmt, seed=seed, picture=picture))
    typer.echo(f"{counts_text(len(view.graph.entities), len(view.graph.relations))} -> {output}")


def resolve_entity(store: Any, name_or_id: str) -> Any:
    """The actor by id or name, ranked as search ranks it (api.resolve)."""
    from api.resolve import resolve_entity as resolve

    return resolve(store, name_or_id)


@app.command()
@one_line_errors
def stats(store: StoreOption = None, data_dir: DataDirOption = None) -> None:
    """Visa antal dokument, aktörer och relationer per typ."""
    from api.store_factory import open_store

    graph_store = open_store(settings_from(store, data_dir))
    try:
        result = graph_store.stats()
    finally:
        graph_store.close()
    typer.echo(f"dokument: {result.documents}\naktörer: {result.entities}\nrelationer: {result.relations}")
    for name, count in result.entities_by_type.items():
        typer.echo(f"  {name}: {count}")
    for name, count in result.relations_by_type.items():
        typer.echo(f"  {name}: {count}")


@app.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Adress att lyssna på.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[
        int,
        typer.Option("--workers", min=1, help="Antal processer som svarar (standard 1; t.ex. antal kärnor)."),
    ] = 1,
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Starta webbtjänsten (API och utforskare) på http://HOST:PORT."""
    import uvicorn

    from api.app import create_app
    from api.serving import uvicorn_options
    from api.store_factory import open_store

    settings = settings_from(store, data_dir)
    graph_store = open_store(settings)  # fail here, with one line, if the store is unreachable
    typer.echo(
        f"Samverkan på http://{host}:{port} (lagring: {settings.store.value}, {workers} processer)", err=True
    )
    if workers == 1:
        uvicorn.run(
            create_app(settings, graph_store), host=host, port=port, log_level="info", **uvicorn_options()
        )
        graph_store.close()
        return
    graph_store.close()
    # Each process builds its own app from the settings, passed on in the environment.
    os.environ["SAMVERKAN_STORE"] = settings.store.value
    os.environ["SAMVERKAN_DATA_DIR"] = str(settings.data_dir.resolve())
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        **uvicorn_options(),
    )


@app.command("import")
@one_line_errors
def import_(
    path: Annotated[Path, typer.Argument(metavar="FIL", help="En graf i JSON (ONTOLOGY.md-formatet).")],
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Läs in en graf i JSON (ONTOLOGY.md-formatet), till exempel en tidigare export."""
    from api.ingest import import_graph
    from api.store_factory import open_store
    from graph.model import Graph

    graph = Graph.read(path)
    graph_store = open_store(settings_from(store, data_dir))
    try:
        result = import_graph(graph_store, graph)
    finally:
        graph_store.close()
    typer.echo(json.dumps(result.model_dump()))


@app.command()
@one_line_errors
def changes(
    from_: Annotated[
        dt.date, typer.Option("--from", formats=["%Y-%m-%d"], help="Från och med (ÅÅÅÅ-MM-DD).")
    ],
    to: Annotated[dt.date, typer.Option("--to", formats=["%Y-%m-%d"], help="Till och med (ÅÅÅÅ-MM-DD).")],
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Visa aktörer och relationer som tillkom eller upphörde mellan två datum."""
    from api.store_factory import open_store
    from graph import timeline

    graph_store = open_store(settings_from(store, data_dir))
    try:
        graph = graph_store.export()
    finally:
        graph_store.close()
    names = {e.id: e.name for e in graph.entities}
    found = timeline.changes(graph, from_.date(), to.date())
    for change in found:
        verb = "tillkom" if change.change == "appeared" else "upphörde"
        if change.relation is not None:
            rel = change.relation
            what = f"{names.get(rel.source, rel.source)} {RELATION_LABELS_SV[rel.type]} {names.get(rel.target, rel.target)}"
        else:
            what = f"{change.entity.name} ({change.entity.type.value})" if change.entity else ""
        typer.echo(f"{change.date}  {verb}: {what}")
    if not found:
        typer.echo("inga förändringar under perioden")


@app.command()
@one_line_errors
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Fil att skriva.")],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "-f", "--format", help="json, graphml, gexf eller csv (zip med nodes.csv och edges.csv)."
        ),
    ] = ExportFormat.JSON,
    kind: Annotated[
        list[DocumentKind] | None, typer.Option("--kind", help="Bara dokument av detta slag (kan upprepas).")
    ] = None,
    from_: Annotated[
        dt.datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="Från och med (ÅÅÅÅ-MM-DD).")
    ] = None,
    to: Annotated[
        dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Till och med (ÅÅÅÅ-MM-DD).")
    ] = None,
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Exportera grafen (eller en del av den) till JSON, GraphML, GEXF eller CSV."""
    from api import queries
    from api.store_factory import open_store
    from graph.store import DocumentFilter

    date_from, date_to = (from_.date() if from_ else None), (to.date() if to else None)
    if date_from is not None and date_to is not None and date_from > date_to:
        fail("--from ligger efter --to")
    flt = DocumentFilter(kinds=kind or [], date_from=date_from, date_to=date_to)
    graph_store = open_store(settings_from(store, data_dir))
    try:
        data = queries.export(graph_store, fmt, flt)
    finally:
        graph_store.close()
    output.write_bytes(data)
    typer.echo(f"{len(data):,} byte ({fmt.value}) -> {output}".replace(",", " "))


app.add_typer(judge_app, name="judge")
app.command("review")(one_line_errors(review))
app.command("eval")(one_line_errors(evaluate_command))
app.command("forget")(one_line_errors(forget))
app.command("report")(one_line_errors(report_command))  # lägesbild (api/cli_report.py)


def main() -> None:
    app()
