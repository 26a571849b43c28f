"""`samverkan eval`: how well extraction agrees with a hand annotation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def evaluate_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILER",
            help="Dokument eller mappar att extrahera, eller en redan extraherad graf (.json).",
        ),
    ],
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Facit: handannoterad graf (ONTOLOGY.md-JSON).")],
    as_json: Annotated[bool, typer.Option("--json", help="Skriv resultatet som JSON.")] = False,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary", help="Bara sammanställningen, utan missade och felaktiga (för en testdel)."
        ),
    ] = False,
) -> None:
    """Jämför extraktionen med ett facit: precision, täckning och F1 per typ, missade och felaktiga."""
    from tqdm import tqdm

    from api.evaluate import evaluate
    from loaders.evaluation import format_report
    from loaders.reading.read import expand_paths

    files = paths if len(paths) == 1 and paths[0].suffix.lower() == ".json" else expand_paths(paths)
    with tqdm(
        total=len(files), desc="extraherar", unit="fil", file=sys.stderr, disable=len(files) < 2
    ) as bar:
        report, failures = evaluate(gold, files, progress=lambda _: bar.update())
    for failure in failures:
        typer.echo(f"hoppade över {failure.path}: {failure.reason}", err=True)
    if as_json:
        data = report.to_dict()
        if summary:
            for section in data.values():
                for listing in ("missed", "spurious", "duplicates"):
                    section.pop(listing)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, summary=summary))
    if failures:
        raise typer.Exit(2)
