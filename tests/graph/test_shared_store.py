"""Several processes on one embedded store: one writer at a time, readers see committed writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.synthetic_graph import document_parts
from graph.embedded_store import EmbeddedStore
from graph.model import Graph

WRITER = """
import sys
from pathlib import Path
from graph.embedded_store import EmbeddedStore
from graph.model import Graph
store = EmbeddedStore(Path(sys.argv[1]))
for path in sys.argv[2:]:
    store.upsert(Graph.read(Path(path)))
store.close()
"""


def test_a_reader_sees_what_another_store_on_the_folder_writes(tmp_path: Path) -> None:
    parts = list(document_parts(300, seed=3))
    writer, reader = EmbeddedStore(tmp_path / "data"), EmbeddedStore(tmp_path / "data")
    writer.upsert(Graph.batch(parts[:2]))
    assert reader.stats() == writer.stats()
    version = reader.version()
    reader.upsert(parts[2])  # the reader writes too, the writer then reads it
    assert writer.stats().documents == 3 and writer.export() == reader.export()
    writer.remove_document(parts[0].documents[0].id)
    assert reader.stats() == writer.stats() and reader.version() != version
    writer.put_records("judgement", {"j1": '{"x": 1}'})
    assert reader.get_records("judgement") == {"j1": '{"x": 1}'}
    reader.delete_records("judgement", ["j1"])
    assert writer.get_records("judgement") == {}


def test_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    parts = list(document_parts(1200, seed=4))
    files = []
    for i, part in enumerate(parts):
        files.append(tmp_path / f"part-{i}.json")
        part.write(files[-1])
    data = tmp_path / "data"
    reader = EmbeddedStore(data)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data), *map(str, files[i::3])]) for i in range(3)
    ]
    for process in writers:
        assert process.wait(timeout=600) == 0

    expected = EmbeddedStore(tmp_path / "alone")
    expected.upsert(Graph.batch(parts))
    assert reader.export() == expected.export()
    reopened = EmbeddedStore(data)
    assert reopened.opened_from_snapshot  # the last writer to close wrote it, with every document
    assert reopened.export() == expected.export()
