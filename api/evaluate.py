"""Scoring extraction against a hand annotation: the use case behind `samverkan eval`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from api.ingest import extract_paths
from loaders.evaluation import EvaluationReport, restrict_to_documents, score
from loaders.reading.read import ReadFailure


class GoldFileError(ValueError):
    """The annotation file is missing or is not ONTOLOGY.md JSON."""


def read_gold(path: Path) -> dict[str, Any]:
    """The annotation as plain JSON: gold files carry fields (types, generic, head) graphs do not."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldFileError(f"kan inte läsa facit {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"facit {path} är inte giltig JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise GoldFileError(f"facit {path} saknar listan 'entities' (ONTOLOGY.md-formatet)")
    return data


def extracted_from(
    paths: list[Path], *, progress: Callable[[str], None] | None = None
) -> tuple[dict[str, Any], list[ReadFailure]]:
    """A graph to score: one extracted JSON file as it is, or the extraction of documents."""
    if len(paths) == 1 and paths[0].suffix.lower() == ".json":
        return read_gold(paths[0]), []
    graph, failures = extract_paths(paths, redact=True, progress=progress)
    return graph.to_json_dict(), failures


def evaluate(
    gold_path: Path, paths: list[Path], *, progress: Callable[[str], None] | None = None
) -> tuple[EvaluationReport, list[ReadFailure]]:
    """Precision, recall and F1 of the extraction of `paths` against the annotation."""
    gold = read_gold(gold_path)
    extracted, failures = extracted_from(paths, progress=progress)
    return score(extracted, _gold_for(gold, paths)), failures


def _gold_for(gold: dict[str, Any], paths: list[Path]) -> dict[str, Any]:
    """The annotation of the documents read, when the annotation names its documents by file.

    A corpus-wide annotation (a document's id is its file name without extension) is scored
    only on the documents given, so that a part of a corpus can be measured on its own.
    """
    annotated = {d.get("id") for d in gold.get("documents", [])}
    stems = {p.stem for p in paths if p.suffix.lower() != ".json"}
    if not stems or not annotated or not stems & annotated:
        return gold
    return restrict_to_documents(gold, stems)
