"""Small measuring tools shared by the benchmarks: medians, memory, one measurement per process.

Memory is measured in a process of its own (``run_child``), so that what one measurement
allocates does not count in the next: the child reports its resident memory after imports
and its peak (``ru_maxrss``) as JSON on its last line of output.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph.errors import SamverkanError

ROOT = Path(__file__).resolve().parent.parent


class BenchmarkError(SamverkanError):
    """A measurement could not be made (its process failed or answered nothing)."""

    status = 500
    code = "benchmark_failed"


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rss_mb() -> float:
    """This process's resident memory now (Linux /proc; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    """The highest resident memory this process has had since it started its program.

    VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a child would report the
    memory of the parent it was forked from.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def emit(result: dict[str, Any]) -> None:
    """What a child prints last: its result as one JSON line."""
    print(json.dumps(result, ensure_ascii=False), flush=True)


def run_child(module: str, args: list[str], *, timeout: float = 1800) -> dict[str, Any]:
    """Run ``python -m module args`` in a fresh process and read the JSON it emits last."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchmarkError(f"{module} took longer than {timeout:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise BenchmarkError(f"{module} failed (exit {done.returncode}): {' | '.join(tail)}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) another process has used so far (Linux /proc; 0 if unreadable).

    On a shared machine a server's wall-clock time depends on what else runs; its CPU time
    much less.
    """
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
