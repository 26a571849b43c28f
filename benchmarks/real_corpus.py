"""Extraction quality on the real corpus, part by part, against the project's blind annotation.

    python -m benchmarks.real_corpus [--part dev|test|all] [--details] [--json]

The corpus (``../shared/corpus/real``) is split into ``dev`` and ``test`` in its ``SPLIT.md``.
Tune on ``dev``; ``test`` is for measuring, so only its aggregate figures (overall and per
type) are ever printed here, never its missed or spurious items: ``--details`` lists those for
``dev`` alone.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from api.evaluate import read_gold
from api.ingest import extract_paths
from loaders.evaluation import EvaluationReport, format_report, restrict_to_documents, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
GOLD = ROOT / "tests" / "data" / "real" / "gold.json"
PARTS = ("dev", "test")

_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(dev|test)\s*\|", re.MULTILINE)


def split(corpus: Path = CORPUS) -> dict[str, list[str]]:
    """The document ids of each part, as ``SPLIT.md`` lists them."""
    parts: dict[str, list[str]] = {part: [] for part in PARTS}
    for doc_id, part in _ROW.findall((corpus / "SPLIT.md").read_text(encoding="utf-8")):
        parts[part].append(doc_id)
    return parts


def evaluate_part(
    part: str, *, corpus: Path = CORPUS, gold_path: Path = GOLD
) -> tuple[EvaluationReport, dict[str, Any]]:
    """The score of one part (or ``all``), and the graph extracted from its documents."""
    ids = [i for p, docs in split(corpus).items() if part in (p, "all") for i in docs]
    paths = [corpus / "docs" / f"{doc_id}.txt" for doc_id in ids]
    graph, failures = extract_paths(paths, redact=True)
    if failures:
        raise RuntimeError("; ".join(f"{f.path}: {f.reason}" for f in failures))
    extracted = graph.to_json_dict()
    gold = restrict_to_documents(read_gold(gold_path), ids)
    return score(extracted, gold), extracted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=[*PARTS, "all"], default="dev")
    parser.add_argument("--details", action="store_true", help="missed and spurious items (dev only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report, _ = evaluate_part(args.part)
    details = args.details and args.part == "dev"
    if args.json:
        data = report.to_dict()
        if not details:
            for section in data.values():
                for listing in ("missed", "spurious", "duplicates"):
                    section.pop(listing)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"== {args.part}")
        print(format_report(report, summary=not details))


if __name__ == "__main__":
    main()
