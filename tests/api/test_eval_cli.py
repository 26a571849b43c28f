"""`samverkan eval` as a user runs it: a real process, an annotation file and documents or a graph."""

from __future__ import annotations

import json
from pathlib import Path

from tests.api.test_cli import run
from tests.conftest import GOLD as GOLD_PATH

GOLD = {
    "documents": [{"id": "d1", "title": "t", "date": "2024-03-01"}],
    "entities": [
        {"id": "g1", "type": "Municipality", "name": "Vimmerby kommun", "aliases": []},
        {"id": "g2", "type": "PoliceUnit", "name": "Polisen", "aliases": []},
        {"id": "g3", "type": "Group", "name": "fältassistenter", "generic": True, "head": "fältassistent"},
    ],
    "relations": [
        {"source": "g2", "target": "g1", "type": "COLLABORATES_WITH", "evidence": "Polisen samverkar"},
    ],
}


def extracted(relations: list[dict]) -> dict:
    return {
        "documents": [{"id": "d1", "title": "t", "date": "2024-03-01"}],
        "entities": [
            {"id": "e1", "type": "Municipality", "name": "Vimmerby kommuns", "aliases": []},
            {"id": "e2", "type": "PoliceUnit", "name": "polisen", "aliases": []},
            {"id": "e3", "type": "Place", "name": "Vimmerby", "aliases": []},
        ],
        "relations": relations,
    }


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_eval_scores_an_extracted_graph(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.json", GOLD)
    rel = {"source": "e1", "target": "e2", "type": "COLLABORATES_WITH", "confidence": 0.9, "evidence": []}
    graph = write(tmp_path / "graph.json", extracted([rel]))
    result = run("eval", "--gold", gold, graph, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # Two of three entities found (definite and genitive forms match), one spurious place.
    assert report["entities"]["overall"]["gold_matched"] == 2
    assert report["entities"]["overall"]["extracted"] == 3
    # The symmetric relation matches in either order.
    assert report["relations"]["overall"]["f1"] == 1.0


def test_eval_text_report_lists_what_was_missed(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.json", GOLD)
    graph = write(tmp_path / "graph.json", extracted([]))
    result = run("eval", "--gold", gold, graph, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Missed entities" in result.stdout and "fältassistenter" in result.stdout
    assert "Missed relations" in result.stdout


def test_eval_extracts_documents(corpus_dir: Path, gold: dict, tmp_path: Path) -> None:
    result = run("eval", "--gold", GOLD_PATH, corpus_dir, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["entities"]["overall"]["gold"] == len(gold["entities"])
    assert report["entities"]["overall"]["extracted"] > 0


def test_eval_bad_gold_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run("eval", "--gold", bad, bad, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("fel: facit")
    assert "Traceback" not in result.stderr
