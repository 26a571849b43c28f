"""`samverkan build --workers N`: extraction in a pool of processes, the same graph as one process."""

from __future__ import annotations

from pathlib import Path

from api.extraction_pool import MIN_FILES_PER_WORKER
from api.ingest import SOURCE_RECORDS
from benchmarks.corpus import GOLD_FILE, write_corpus
from graph.embedded_store import EmbeddedStore
from tests.api.test_cli import run

DOCUMENTS = 5 * MIN_FILES_PER_WORKER  # enough for two processes to be used


def test_two_workers_build_the_graph_one_worker_builds(tmp_path: Path) -> None:
    folder = tmp_path / "korpus"
    write_corpus(folder, DOCUMENTS, seed=11)
    (folder / GOLD_FILE).unlink()
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4 inte en hel pdf")

    stores = {}
    for workers in (1, 2):
        data = tmp_path / f"data-{workers}"
        result = run("build", folder, "--workers", workers, "--data-dir", data, cwd=tmp_path)
        assert result.returncode == 2, result.stderr  # the broken file is reported, the rest stored
        assert "trasig.pdf" in result.stderr
        assert "Traceback" not in result.stderr
        assert f"{DOCUMENTS} nya" in result.stdout
        stores[workers] = EmbeddedStore(data)

    one, two = stores[1], stores[2]
    assert one.stats().documents == DOCUMENTS
    assert two.export() == one.export()
    assert two.get_records(SOURCE_RECORDS) == one.get_records(SOURCE_RECORDS)
    # Stored in the order given: the per-document files hold the same bytes.
    files = sorted(p.name for p in (one.data_dir / "documents").glob("*.json"))
    assert files == sorted(p.name for p in (two.data_dir / "documents").glob("*.json"))
    for name in files:
        assert (one.data_dir / "documents" / name).read_bytes() == (
            two.data_dir / "documents" / name
        ).read_bytes()
