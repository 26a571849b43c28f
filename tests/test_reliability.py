"""Bad input and repeated ingests lose nothing: on both stores (interrupted ones: test_crash_safety)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.ingest import ingest_paths
from graph.embedded_store import EmbeddedStore
from loaders.reading.read import expand_paths


def test_three_ingests_in_any_order_give_the_same_graph(store, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    files = expand_paths([corpus_dir])
    ingest_paths(store, files)
    first = store.export()
    ingest_paths(store, list(reversed(files)))
    ingest_paths(store, files[2:] + files[:2])
    assert store.export() == first
    store.clear()
    ingest_paths(store, list(reversed(files)))
    assert store.export() == first


def bad_files(folder: Path) -> dict[str, bytes]:
    import zipfile

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:t>" + b"a" * 80_000_000 + b"</w:t>")
    scripts = (
        "<html><body>"
        + "<script>while(true){}</script>" * 5000
        + "<p>Polisen i Malmö samverkar med Malmö stad.</p></body></html>"
    )
    files = {
        "tom.txt": b"",
        "skrap.txt": os.urandom(200_000),
        "avhuggen.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R",
        "bomb.docx": bomb.getvalue(),
        "stor.txt": ("Polisen samverkar med kommunen i Umeå. " * 1_300_000).encode(),  # about 50 MB
        "cp1252.txt": "Räddningstjänsten och Länsstyrelsen i Skåne samverkar i Malmö.".encode("cp1252"),
        "radslut.txt": b"Rubrik\r\nPolisen i Lund\rsamverkar med Lunds kommun.\n",
        "skript.html": scripts.encode(),
        "en_rad.txt": ("Kommunen och polisen i Gävle arbetar tillsammans " * 20_000).encode(),
        "cypher.txt": "Föreningen `x`}) DETACH DELETE n // \"' samverkar med Polisen i Kiruna.".encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


@pytest.mark.slow
def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad_files(folder)
    script = (
        "import resource, sys\n"
        "from api.cli import main\n"
        "try:\n    main()\n"
        "finally:\n"
        "    print('peak_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "build", str(folder), "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "SAMVERKAN_STORE": "embedded"},
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("tom.txt", "skrap.txt", "avhuggen.pdf", "bomb.docx"):
        assert name in result.stderr, f"{name} should be reported"
    store = EmbeddedStore(tmp_path / "data")
    titles = {Path(d.path or "").name for d in store.documents(limit=100)}
    assert {"cp1252.txt", "radslut.txt", "skript.html", "en_rad.txt", "cypher.txt"} <= titles
    # Over the text limit: refused with its reason rather than read half.
    assert "stor.txt" in titles or "stor.txt: texten är längre" in result.stderr
    peak_mb = int(result.stderr.rsplit("peak_kb", 1)[1].split()[0]) / 1024
    assert peak_mb < 3000, f"memory must stay bounded, peak {peak_mb:.0f} MB"


def test_personal_data_never_reaches_the_store(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "kontakt.txt"
    doc.write_text(
        "Polisen i Västerås samverkar med Västerås stad.\n\n"
        "Polisen i Västerås samverkar med Västerås stad, ring 070-123 45 67 eller skriv till anna.berg@example.se. "
        "Personnummer 19850101-1234 nämns.\n",
        encoding="utf-8",
    )
    ingest_paths(store, [doc])
    exported = store.export().to_json()
    for secret in ("070-123 45 67", "anna.berg@example.se", "19850101-1234"):
        assert secret not in exported
