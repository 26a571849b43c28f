"""The command line end to end, as a user runs it: a real process over the demo corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from graph.model import Graph

SAMVERKAN = [sys.executable, "-m", "api"]


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SAMVERKAN_STORE": "embedded", **(env or {})}
    return subprocess.run(
        [*SAMVERKAN, *map(str, args)], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=300
    )


def test_extract_writes_ontology_json(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    result = run("extract", corpus_dir, "-o", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    graph = Graph.read(out)
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert set(raw) == {"documents", "entities", "relations"}
    assert len(graph.documents) == 5
    assert graph.entities and graph.relations
    ids = {e.id for e in graph.entities}
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus_dir.iterdir()}
    for rel in graph.relations:
        assert rel.source in ids and rel.target in ids
        assert rel.evidence, "every relation has its sentence"
    # Evidence offsets point into the document text.
    docs = {d.id: d for d in graph.documents}
    some = graph.relations[0].evidence[0]
    text = texts[Path(docs[some.document].path or "").name]
    assert text[some.start : some.end].strip()[:20] == some.text.strip()[:20]


def test_build_map_stats_and_idempotent_rebuild(corpus_dir: Path, tmp_path: Path) -> None:
    first = run("build", corpus_dir, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "5 nya" in first.stdout
    stats_before = run("stats", cwd=tmp_path).stdout
    second = run("build", corpus_dir, cwd=tmp_path)
    assert "5 oförändrade" in second.stdout
    assert run("stats", cwd=tmp_path).stdout == stats_before
    result = run("map", "-o", tmp_path / "map.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "vis-network" in page or "vis.Network" in page
    assert '<script src="http' not in page  # self-contained: no network needed


def test_broken_file_is_reported_and_the_rest_built(corpus_dir: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(corpus_dir.iterdir())[:2]:
        (docs / path.name).write_bytes(path.read_bytes())
    (docs / "trasig.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run("build", docs, "--data-dir", tmp_path / "data", cwd=tmp_path)
    assert result.returncode == 2
    assert "trasig.pdf" in result.stderr
    assert "2 nya" in result.stdout
    assert "Traceback" not in result.stderr


def test_errors_are_one_line(tmp_path: Path) -> None:
    result = run("map", "--entity", "finns-inte", "-o", tmp_path / "m.html", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("fel:")
    assert len(result.stderr.strip().splitlines()) == 1
    down = run("stats", "--store", "neo4j", cwd=tmp_path, env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert down.returncode == 1
    assert "bolt://127.0.0.1:9" in down.stderr and "Traceback" not in down.stderr


def test_help_describes_every_command(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    for command in ("build", "extract", "map", "serve", "stats"):
        assert command in result.stdout
