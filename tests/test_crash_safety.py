"""A build killed with SIGKILL half-way leaves only whole documents, and a rerun completes it.

The build runs as a real `python -m api build` subprocess over a synthetic Swedish corpus
(benchmarks.corpus) and is killed while it writes: in the middle of a batch for the embedded
store (some of the batch's files written, the rest not), inside an open write transaction for
Neo4j. What is stored then must be exactly what an uninterrupted run of those documents gives,
and running the build again must give the uninterrupted run's graph.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from api.ingest import BATCH_SIZE, SOURCE_RECORDS, ingest_paths
from benchmarks.corpus import GOLD_FILE, write_corpus
from graph.embedded_store import EmbeddedStore
from graph.model import Graph
from graph.store import GraphStore
from loaders.reading.read import expand_paths
from tests.conftest import neo4j_settings

DOCUMENTS = 100  # four batches
KILL_AFTER = 10  # documents stored before the kill
KILL_DEADLINE = 180.0


@dataclass
class Corpus:
    folder: Path
    reference: EmbeddedStore  # an uninterrupted build of the whole folder
    parts: dict[str, Graph]  # each document's part, as that build extracted it


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("korpus")
    write_corpus(folder, DOCUMENTS, seed=7)
    (folder / GOLD_FILE).unlink()
    reference = EmbeddedStore(tmp_path_factory.mktemp("reference"))
    report = ingest_paths(reference, expand_paths([folder]))
    assert report.ok, report.failures
    assert reference.stats().documents == DOCUMENTS
    parts = {key: Graph.from_json(text) for key, text in reference.get_records(SOURCE_RECORDS).items()}
    return Corpus(folder, reference, parts)


def build_command(store: GraphStore, folder: Path) -> list[str]:
    command = [sys.executable, "-m", "api", "build", str(folder)]
    if isinstance(store, EmbeddedStore):
        return [*command, "--store", "embedded", "--data-dir", str(store.data_dir)]
    return [*command, "--store", "neo4j"]


Watch = Callable[[], tuple[bool, bool]]


@contextmanager
def write_watch(store: GraphStore) -> Iterator[Watch]:
    """A check of (enough documents stored, a batch being written right now) for the store."""
    if isinstance(store, EmbeddedStore):
        documents = store.data_dir / "documents"

        def embedded() -> tuple[bool, bool]:
            # The files of a batch are written one by one: a count between batches is inside one.
            written = len(list(documents.glob("*.json"))) if documents.exists() else 0
            return written >= KILL_AFTER, written % BATCH_SIZE != 0

        yield embedded
        return

    from neo4j import GraphDatabase

    found = neo4j_settings()
    assert found is not None
    uri, auth, _ = found
    with GraphDatabase.driver(uri, auth=auth) as driver:

        def neo4j() -> tuple[bool, bool]:
            # A write transaction holds the version counter's lock until it commits.
            if store.stats().documents < KILL_AFTER:
                return False, False
            records, _, _ = driver.execute_query(
                "SHOW TRANSACTIONS YIELD currentQuery, activeLockCount "
                "WHERE activeLockCount > 0 AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n"
            )
            return True, records[0]["n"] > 0

        yield neo4j


def kill_while_writing(process: subprocess.Popen[bytes], check: Watch) -> None:
    """SIGKILL once some documents are stored and, if caught in time, while a batch is being written."""
    deadline = time.monotonic() + KILL_DEADLINE
    waited_since: float | None = None
    while True:
        assert process.poll() is None, "the build ended before it could be killed; use more documents"
        assert time.monotonic() < deadline, "the build stored nothing in time"
        stored, writing = check()
        if stored:
            waited_since = waited_since or time.monotonic()
            # Wait a while for the moment inside a write; after that, between batches will do.
            if writing or time.monotonic() - waited_since > 5:
                break
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()


def reopened(store: GraphStore) -> GraphStore:
    # The embedded store reads its files when opened; the Neo4j store reads the database.
    return EmbeddedStore(store.data_dir) if isinstance(store, EmbeddedStore) else store


def assert_files_whole(data_dir: Path) -> None:
    """Every data file of the embedded store reads as a whole graph (temporary files are ignored)."""
    files = sorted(data_dir.rglob("*.json"))
    assert files
    for path in files:
        Graph.from_json(path.read_bytes())


def assert_whole_documents(stored: GraphStore, corpus: Corpus, tmp_path: Path) -> list[str]:
    ids = sorted(d.id for d in stored.documents(limit=10 * DOCUMENTS))
    for doc_id in ids:
        got, want = stored.document_graph(doc_id), corpus.reference.document_graph(doc_id)
        assert got.documents == want.documents
        assert {e.id for e in got.entities} == {e.id for e in want.entities}, doc_id
        assert {r.key: r.evidence for r in got.relations} == {r.key: r.evidence for r in want.relations}, (
            doc_id
        )
    # Nothing beside them: no actor or relation of a document that is not stored.
    expected = EmbeddedStore(tmp_path / "expected")
    expected.upsert(Graph.batch([corpus.parts[doc_id] for doc_id in ids]))
    assert stored.export() == expected.export()
    return ids


def test_a_killed_build_leaves_whole_documents_and_a_rerun_completes_it(
    store: GraphStore, corpus: Corpus, tmp_path: Path
) -> None:
    command = build_command(store, corpus.folder)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with write_watch(store) as check:
            kill_while_writing(process, check)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    if isinstance(store, EmbeddedStore):
        assert_files_whole(store.data_dir)
    interrupted = reopened(store)
    written = assert_whole_documents(interrupted, corpus, tmp_path)
    assert KILL_AFTER <= len(written) < DOCUMENTS

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"{DOCUMENTS - len(written)} nya" in rerun.stdout
    completed = reopened(store)
    assert completed.stats() == corpus.reference.stats()
    assert completed.export() == corpus.reference.export()
    assert sorted(completed.get_records(SOURCE_RECORDS)) == sorted(corpus.parts)


def test_a_corrupt_data_file_is_one_clear_line(tmp_path: Path, corpus: Corpus) -> None:
    data = tmp_path / "data"
    EmbeddedStore(data).upsert(Graph.batch(list(corpus.parts.values())[:3]))
    victim = sorted((data / "documents").glob("*.json"))[1]
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])  # what a non-atomic write leaves
    result = subprocess.run(
        [sys.executable, "-m", "api", "stats", "--store", "embedded", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SAMVERKAN_STORE": "embedded"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fel: ")
    assert victim.name in lines[0]
