"""Extraction on a Dask cluster: a real local cluster of worker processes, one of them killed."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from api.dask_executor import dask_client, ingest_on_dask
from api.ingest import ingest_paths
from benchmarks.corpus import write_corpus
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths
from tests.api.test_cli import run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("korpus")
    write_corpus(folder, 80, seed=3)
    (folder / "gold.json").unlink()
    (folder / "trasig.pdf").write_bytes(b"not a pdf")
    return expand_paths([folder])


def test_a_cluster_builds_the_graph_a_local_build_does(corpus: list[Path], tmp_path: Path) -> None:
    local = EmbeddedStore(tmp_path / "local")
    expected = ingest_paths(local, corpus)
    on_dask = EmbeddedStore(tmp_path / "dask")
    seen: list[str] = []
    with dask_client(workers=2) as client:
        report = ingest_on_dask(on_dask, corpus, client, progress=seen.append, window=10)
    assert seen == [str(p) for p in corpus]  # in order, each once
    assert (report.added, [f.path for f in report.failures]) == (
        expected.added,
        [f.path for f in expected.failures],
    )
    assert on_dask.export() == local.export()


def test_a_worker_that_dies_loses_no_document(corpus: list[Path], tmp_path: Path) -> None:
    local = EmbeddedStore(tmp_path / "local")
    ingest_paths(local, corpus)
    store = EmbeddedStore(tmp_path / "dask")
    killed: list[int] = []
    with dask_client(workers=2) as client:
        pids = client.run(os.getpid)

        def kill_one(done: str) -> None:
            if not killed and done == str(corpus[5]):
                pid = next(iter(pids.values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = ingest_on_dask(store, corpus, client, progress=kill_one, window=40)
        threading.Event().wait(0.1)
        survivors = set(client.run(os.getpid).values())
    assert killed and killed[0] not in survivors
    assert report.added == len(corpus) - 1
    assert store.export() == local.export()


def test_build_with_the_dask_executor_from_the_command_line(corpus_dir: Path, tmp_path: Path) -> None:
    result = run("build", corpus_dir, "--executor", "dask", "--data-dir", tmp_path / "data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "5 nya" in result.stdout
    wrong = run("build", corpus_dir, "--executor", "ray", cwd=tmp_path)
    assert wrong.returncode != 0 and "ray" in wrong.stderr
    gone = run("build", corpus_dir, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert gone.returncode != 0 and "tcp://127.0.0.1:9" in gone.stderr and "Traceback" not in gone.stderr
