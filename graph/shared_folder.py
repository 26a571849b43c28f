"""Sharing the embedded store's folder between processes: one writer at a time, readers told of writes.

- `WriterLock`: an exclusive lock on `<folder>/.lock` (flock), held while a process writes;
  re-entrant within the process (the caller serialises its own threads).
- `Generation`: `<folder>/generation`, rewritten with a new token after every write. A process
  that reads the token and finds it changed knows that another one wrote, and catches up.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from pathlib import Path

from graph.files import write_atomic


class WriterLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder / ".lock"
        self._fd: int | None = None
        self._depth = 0

    def acquire(self) -> None:
        if self._depth == 0:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
        self._depth += 1

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


class Generation:
    def __init__(self, folder: Path) -> None:
        self._path = folder / "generation"

    def current(self) -> str:
        try:
            return self._path.read_text(encoding="ascii")
        except (FileNotFoundError, UnicodeDecodeError):
            return ""

    def bump(self) -> str:
        token = uuid.uuid4().hex
        write_atomic(self._path, token.encode("ascii"))
        return token
