"""Extraction on every core: files read and extracted in a pool of processes, results in input order.

The results come back in the order the files were given, whatever order the processes finish
in, so that what is stored (and so the graph) is the same as with one process. A file that
cannot be read is a `ReadFailure` like any other result; if a process of the pool dies (the
operating system killed it, say), the files not yet extracted are extracted here instead.
Each process extracts a chunk of files at a time, so that their sentences go to the parser
together (`loaders.extract.extract_many`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from graph.model import Graph
from loaders.reading.read import ReadFailure

# Each of the files given, extracted or why it failed, in order.
Extractor = Callable[[list[Path], bool], Iterable["Graph | ReadFailure"]]

# Below this many files per process, starting the processes costs more than it saves.
MIN_FILES_PER_WORKER = 8
MAX_CHUNK = 16
PR_SET_PDEATHSIG = 1  # prctl(2)


def _end_with_parent(parent: int) -> None:
    """In a pool process: end when the process that started the pool ends, even by SIGKILL."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the pool ends when its queue is closed
        return
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _pool(workers: int) -> ProcessPoolExecutor:
    # Forked: the processes start at once with the extraction already imported, and nothing of
    # the command that started them runs again in them.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_end_with_parent,
        initargs=(os.getpid(),),
    )


def chunk_size(files: int, workers: int) -> int:
    """Files handed to a process at a time: a few chunks per process keeps them all busy to the end."""
    return max(1, min(MAX_CHUNK, files // (workers * 8)))


def extract_in_order(
    files: list[Path], extract_files: Extractor, *, redact: bool, workers: int
) -> Iterator[tuple[Path, Graph | ReadFailure]]:
    """Each file with its extraction (or why it failed), in the order of `files`."""
    if workers <= 1 or len(files) < workers * MIN_FILES_PER_WORKER:
        yield from zip(files, extract_files(files, redact), strict=True)
        return
    size = chunk_size(len(files), workers)
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    done = 0
    pool = _pool(workers)
    try:
        # A process extracts a chunk of files at a time: their sentences are parsed together.
        for results in pool.map(
            _extract_chunk, chunks, [extract_files] * len(chunks), [redact] * len(chunks)
        ):
            for result in results:
                yield files[done], result
                done += 1
    except BrokenProcessPool:
        yield from zip(files[done:], extract_files(files[done:], redact), strict=True)
    finally:
        # Stopped early (an error while storing, Ctrl-C): drop what is queued, do not wait for it.
        pool.shutdown(wait=True, cancel_futures=True)


def _extract_chunk(files: list[Path], extract_files: Extractor, redact: bool) -> list[Graph | ReadFailure]:
    """In a pool process: one chunk's results, sent back together."""
    return list(extract_files(files, redact))
