"""A compact snapshot of the embedded store's merged graph, kept beside its per-document files.

The per-document files are the truth; the snapshot only saves reading and merging them all
again. It is one file, written atomically:

    MAGIC, a header line (JSON: format, fingerprint, length and checksum of the rest), the state (pickle)

and is used only when all of these hold: the format is this one, the checksum matches, and the
fingerprint equals that of the document files now on disk (each file's name, size, modification
and change times and inode, so any write, removal or replacement of a file changes it). A
snapshot that is stale, damaged or of another format is ignored, and the store rebuilds it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.files import write_atomic

MAGIC = b"SAMVERKAN-SNAPSHOT\n"
FORMAT = 1
FILE_NAME = "snapshot.bin"

# What identifies one version of a file: size, modification and change time (ns), inode.
FileStamp = tuple[int, int, int, int]


def stamp(status: os.stat_result) -> FileStamp:
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def scan(folder: Path) -> dict[str, FileStamp]:
    """The stamp of every document file in the folder (temporary files left by a crash ignored)."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return {}
    return {
        e.name: stamp(e.stat())
        for e in entries
        if e.name.endswith(".json") and not e.name.startswith(".") and e.is_file()
    }


def fingerprint(files: Mapping[str, FileStamp]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for name in sorted(files):
        digest.update(f"{name}\0{files[name]}\n".encode())
    return digest.hexdigest()


def _checksum(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=20).hexdigest()


@contextmanager
def without_gc() -> Iterator[None]:
    """Building many small objects at once goes much faster without the cycle collector watching."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read(path: Path, expected_fingerprint: str) -> Any | None:
    """The state kept in the snapshot, or None if there is none or it cannot be trusted."""
    try:
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            return None
        header_end = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC) : header_end])
        payload = memoryview(data)[header_end + 1 :]
        if (
            header.get("format") != FORMAT
            or header.get("fingerprint") != expected_fingerprint
            or header.get("length") != len(payload)
            or header.get("checksum") != _checksum(payload)
        ):
            return None
        with without_gc():
            return pickle.loads(payload)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged snapshot is never trusted, whatever way it is damaged
        return None


def write(path: Path, files_fingerprint: str, state: Any) -> None:
    payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    header = {
        "format": FORMAT,
        "fingerprint": files_fingerprint,
        "length": len(payload),
        "checksum": _checksum(payload),
    }
    write_atomic(path, MAGIC + json.dumps(header).encode() + b"\n" + payload)
