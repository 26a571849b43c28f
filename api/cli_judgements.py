"""`samverkan judge ...` and `samverkan review`: corrections from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from api.choices import LogFormat, StoreKind
from api.cli_errors import one_line_errors
from graph.vocabulary import RELATION_LABELS_SV, EntityType, RelationType

if TYPE_CHECKING:
    from graph.judgements import Judgement
    from graph.store import GraphStore

# The store and the judgement rules are imported by the commands that use them, so that
# `samverkan judge --help` answers at once.

judge_app = typer.Typer(
    help="Rätta grafen: bedömningar som består när dokument läses in igen.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

By = Annotated[str, typer.Option("--by", help="Vem som gör bedömningen.")]
Why = Annotated[str, typer.Option("--why", help="Varför.")]
Store = Annotated[StoreKind | None, typer.Option("--store", help="embedded eller neo4j.")]
DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Mapp för den inbyggda lagringen.")]
Entity = Annotated[str, typer.Argument(metavar="AKTÖR", help="Aktörens namn eller id.")]
Into = Annotated[str, typer.Argument(metavar="MÅL", help="Aktören som blir kvar (namn eller id).")]
Other = Annotated[str, typer.Argument(metavar="ANDRA", help="Den andra aktören (namn eller id).")]
NewName = Annotated[str, typer.Argument(metavar="NAMN", help="Det nya namnet.")]
NewType = Annotated[EntityType, typer.Argument(metavar="TYP", help="Den nya typen, t.ex. Municipality.")]
Source = Annotated[str, typer.Argument(metavar="FRÅN", help="Relationens första aktör (namn eller id).")]
Relation = Annotated[
    RelationType, typer.Argument(metavar="RELATION", help="Relationstypen, t.ex. COLLABORATES_WITH.")
]
Target = Annotated[str, typer.Argument(metavar="TILL", help="Relationens andra aktör (namn eller id).")]
JudgementId = Annotated[str, typer.Argument(metavar="ID", help="Bedömningens id (se judge list).")]


@contextmanager
def _store(store: StoreKind | None, data_dir: Path | None) -> Iterator[GraphStore]:
    overrides: dict[str, Any] = {}
    if store is not None:
        overrides["store"] = store
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    from api.settings import Settings
    from api.store_factory import open_store

    graph_store = open_store(Settings(**overrides))
    try:
        yield graph_store
    finally:
        graph_store.close()


def _record(store: StoreKind | None, data_dir: Path | None, **fields: Any) -> None:
    from api.judgements import judge
    from graph.judgements import Judgement

    with _store(store, data_dir) as graph_store:
        made = judge(graph_store, Judgement(**fields))
    typer.echo(f"bedömning {made.id}: {describe(made)}")


def describe(j: Judgement) -> str:
    from graph.judgements import JudgementKind

    what = {
        JudgementKind.MERGE: f"{j.entity} slås ihop med {j.other}",
        JudgementKind.DISTINCT: f"{j.entity} och {j.other} är olika",
        JudgementKind.RENAME: f"{j.entity} heter {j.name}",
        JudgementKind.RETYPE: f"{j.entity} är av typen {j.type}",
        JudgementKind.REJECT: f"avvisad: {j.source} {j.relation_type} {j.target}",
        JudgementKind.CONFIRM: f"bekräftad: {j.source} {j.relation_type} {j.target}",
        JudgementKind.ADD: f"tillagd: {j.source} {j.relation_type} {j.target}",
    }[j.kind]
    made = f"{what} ({j.author}, {j.created:%Y-%m-%d %H:%M}{': ' + j.reason if j.reason else ''})"
    if j.withdrawn is None:
        return made
    w = j.withdrawn
    return f"[ÅTERKALLAD] {made}; återkallad av {w.by} {w.at:%Y-%m-%d %H:%M}{': ' + w.reason if w.reason else ''}"


@judge_app.command()
@one_line_errors
def merge(
    entity: Entity, into: Into, by: By, why: Why = "", store: Store = None, data_dir: DataDir = None
) -> None:
    """Slå ihop AKTÖR med MÅL (samma aktör)."""
    _record(store, data_dir, kind="merge", entity=entity, other=into, author=by, reason=why)


@judge_app.command()
@one_line_errors
def distinct(
    entity: Entity, other: Other, by: By, why: Why = "", store: Store = None, data_dir: DataDir = None
) -> None:
    """Markera två aktörer som olika: de slås aldrig ihop."""
    _record(store, data_dir, kind="distinct", entity=entity, other=other, author=by, reason=why)


@judge_app.command()
@one_line_errors
def rename(
    entity: Entity, name: NewName, by: By, why: Why = "", store: Store = None, data_dir: DataDir = None
) -> None:
    """Ge en aktör ett nytt namn (de gamla blir alias)."""
    _record(store, data_dir, kind="rename", entity=entity, name=name, author=by, reason=why)


@judge_app.command()
@one_line_errors
def retype(
    entity: Entity, type: NewType, by: By, why: Why = "", store: Store = None, data_dir: DataDir = None
) -> None:
    """Byt en aktörs typ."""
    _record(store, data_dir, kind="retype", entity=entity, type=type, author=by, reason=why)


@judge_app.command()
@one_line_errors
def reject(
    source: Source,
    relation: Relation,
    target: Target,
    by: By,
    why: Why = "",
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Avvisa en relation (den kommer inte tillbaka ur samma belägg)."""
    _record(
        store,
        data_dir,
        kind="reject",
        source=source,
        relation_type=relation,
        target=target,
        author=by,
        reason=why,
    )


@judge_app.command()
@one_line_errors
def confirm(
    source: Source,
    relation: Relation,
    target: Target,
    by: By,
    why: Why = "",
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Bekräfta en relation."""
    _record(
        store,
        data_dir,
        kind="confirm",
        source=source,
        relation_type=relation,
        target=target,
        author=by,
        reason=why,
    )


@judge_app.command()
@one_line_errors
def add(
    source: Source,
    relation: Relation,
    target: Target,
    by: By,
    note: Annotated[str, typer.Option("--note", help="Vad relationen bygger på.")],
    document: Annotated[str | None, typer.Option("--document", help="Källdokumentets id.")] = None,
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Lägg till en relation för hand, med en anteckning."""
    _record(
        store,
        data_dir,
        kind="add",
        source=source,
        relation_type=relation,
        target=target,
        author=by,
        reason=note,
        document=document,
    )


@judge_app.command("list")
@one_line_errors
def list_(
    entity: Annotated[str | None, typer.Option("--entity", help="Bara de som rör denna aktör.")] = None,
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Visa granskningsloggen: alla bedömningar, återkallade markerade [ÅTERKALLAD]."""
    from api.judgements import list_judgements

    with _store(store, data_dir) as graph_store:
        found = list_judgements(graph_store, entity)
    for j in found:
        typer.echo(f"{j.id}  {describe(j)}")
    if not found:
        typer.echo("inga bedömningar")


@judge_app.command("undo")
@one_line_errors
def undo_(
    judgement_id: JudgementId, by: By, why: Why = "", store: Store = None, data_dir: DataDir = None
) -> None:
    """Återkalla en bedömning; den står kvar i loggen med vem, när och varför."""
    from api.judgements import undo

    with _store(store, data_dir) as graph_store:
        j = undo(graph_store, judgement_id, by, why)
    typer.echo(f"återkallade {j.id}: {describe(j)}")


@judge_app.command("export")
@one_line_errors
def export_(
    format_: Annotated[LogFormat, typer.Option("-f", "--format", help="csv eller json.")] = LogFormat.CSV,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Fil; annars stdout.")] = None,
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Skriv ut hela granskningsloggen (med återkallelser) som CSV eller JSON."""
    from api.audit import export_log
    from api.judgements import list_judgements

    with _store(store, data_dir) as graph_store:
        body, _, _ = export_log(list_judgements(graph_store), format_)
    if output is None:
        typer.echo(body.decode("utf-8-sig"), nl=False)
    else:
        output.write_bytes(body)
        typer.echo(f"granskningsloggen -> {output}", err=True)


def review(
    limit: Annotated[int, typer.Option("--limit", min=1, max=500, help="Antal relationer.")] = 20,
    store: Store = None,
    data_dir: DataDir = None,
) -> None:
    """Relationer att granska: lägst säkerhet och färst källor först."""
    from api.judgements import review_queue

    with _store(store, data_dir) as graph_store:
        found = review_queue(graph_store, limit)
        names = {}
        for rel in found:
            for end in (rel.source, rel.target):
                if end not in names:
                    names[end] = graph_store.entity(end).name
    for rel in found:
        typer.echo(
            f"{rel.confidence:.2f}  {names[rel.source]} {RELATION_LABELS_SV[rel.type]} {names[rel.target]}"
            f"  [{rel.source} {rel.type.value} {rel.target}]"
        )
        for ev in rel.evidence[:2]:
            typer.echo(f"      ”{ev.text[:160]}”")
