"""Everyday speed: how fast commands start, builds with one and with several processes, and how
fast a read command answers on an embedded store with and without its snapshot.

    python -m benchmarks.everyday [--docs 1000] [--store-docs DIR] [--repeats 3]

Every figure is measured side by side in one run: the help of the command line (median of ten
starts), `samverkan build` of a synthetic corpus with `--workers 1` and `--workers 2`, and
`samverkan stats` on the built store opened from its snapshot and, with the snapshot removed,
from its document files. `--store-docs` points at an already built store to time `stats` on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import median

SAMVERKAN = [sys.executable, "-m", "api"]


def timed(args: list[str], *, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [*SAMVERKAN, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=7200
    )
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 2):
        raise RuntimeError(f"samverkan {' '.join(args)}: {result.stderr.strip()[-500:]}")
    return seconds


def startup(repeats: int = 10) -> dict[str, float]:
    return {
        " ".join(args): median([timed(args) for _ in range(repeats)])
        for args in (["--help"], ["build", "--help"], ["map", "--help"], ["serve", "--help"])
    }


def stats_times(data_dir: Path, repeats: int) -> tuple[float, float]:
    """`samverkan stats`: from the snapshot, then from the document files alone (median of each)."""
    args = ["stats", "--store", "embedded", "--data-dir", str(data_dir)]
    timed(args)  # writes the snapshot if there is none
    warm = median([timed(args) for _ in range(repeats)])
    cold = []
    for _ in range(repeats):
        (data_dir / "snapshot.bin").unlink(missing_ok=True)
        cold.append(timed(args))
    return warm, median(cold)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.everyday", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--store-docs", type=Path, help="an embedded store already built, to time stats on")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    for command, seconds in startup().items():
        print(f"samverkan {command}: {seconds * 1000:.0f} ms (median of 10)")
    with tempfile.TemporaryDirectory(prefix="samverkan-everyday-") as tmp:
        corpus = Path(tmp) / "korpus"
        subprocess.run(
            [sys.executable, "-m", "benchmarks.corpus", "--docs", str(args.docs), "--out", str(corpus)],
            check=True,
            capture_output=True,
        )
        (corpus / "gold.json").unlink()
        builds: dict[int, float] = {}
        for workers in (1, 2):
            runs = []
            for _ in range(args.repeats):
                data = Path(tmp) / f"data-{workers}"
                shutil.rmtree(data, ignore_errors=True)
                runs.append(timed(["build", str(corpus), "--workers", str(workers), "--data-dir", str(data)]))
            builds[workers] = median(runs)
            print(
                f"build {args.docs} documents, --workers {workers}: {builds[workers]:.1f} s (median of {args.repeats})"
            )
        print(f"speed-up with 2 workers: {builds[1] / builds[2]:.2f}x")
        warm, cold = stats_times(args.store_docs or Path(tmp) / "data-2", args.repeats)
        print(f"stats: {warm:.2f} s from the snapshot, {cold:.2f} s from the document files alone")


if __name__ == "__main__":
    main()
