"""The embedded store at scale: how long it takes to open a data folder and how much memory it holds.

    python -m benchmarks.embedded_load [--relations 100000] [--repeats 3]

A synthetic graph (``benchmarks.synthetic_graph``: hubs and many small actors, 100 relations
per document) is written once into a temporary data folder; then each repeat opens it in a
new process, which reads every document file and rebuilds the merged graph in memory, and
reports the time that took, its resident memory before and after, and one ``stats()`` call.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import emit, median, peak_rss_mb, rss_mb, run_child


@dataclass
class LoadResult:
    relations: int
    documents: int
    entities: int
    repeats: int
    write_s: float  # storing the graph, once
    disk_mb: float
    open_s: float  # median
    memory_mb: float  # median growth of resident memory while opening
    peak_mb: float  # median peak resident memory of the process
    stats_ms: float  # median


def _write(data_dir: Path, relations: int) -> dict[str, object]:
    from benchmarks.synthetic_graph import load
    from graph.embedded_store import EmbeddedStore

    start = time.perf_counter()
    store = EmbeddedStore(data_dir)
    documents = load(store, relations)
    seconds = time.perf_counter() - start
    disk = sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())
    return {"seconds": seconds, "documents": documents, "disk_mb": disk / 1e6}


def _open(data_dir: Path) -> dict[str, object]:
    from graph.embedded_store import EmbeddedStore

    before = rss_mb()
    start = time.perf_counter()
    store = EmbeddedStore(data_dir)
    seconds = time.perf_counter() - start
    after = rss_mb()
    start = time.perf_counter()
    stats = store.stats()
    stats_s = time.perf_counter() - start
    return {
        "seconds": seconds,
        "memory_mb": after - before,
        "peak_mb": peak_rss_mb(),
        "stats_ms": stats_s * 1000,
        "relations": stats.relations,
        "entities": stats.entities,
    }


def run(relations: int, *, repeats: int) -> LoadResult:
    with tempfile.TemporaryDirectory(prefix="samverkan-load-") as tmp:
        data_dir = Path(tmp) / "data"
        written = run_child("benchmarks.embedded_load", ["--child", "write", str(data_dir), str(relations)])
        opened = [
            run_child("benchmarks.embedded_load", ["--child", "open", str(data_dir), "0"])
            for _ in range(repeats)
        ]
    return LoadResult(
        relations=int(opened[-1]["relations"]),
        documents=int(written["documents"]),
        entities=int(opened[-1]["entities"]),
        repeats=repeats,
        write_s=float(written["seconds"]),
        disk_mb=float(written["disk_mb"]),
        open_s=median([float(o["seconds"]) for o in opened]),
        memory_mb=median([float(o["memory_mb"]) for o in opened]),
        peak_mb=median([float(o["peak_mb"]) for o in opened]),
        stats_ms=median([float(o["stats_ms"]) for o in opened]),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.embedded_load", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--child", nargs=3, metavar=("WHAT", "DATA_DIR", "RELATIONS"), help=argparse.SUPPRESS)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if args.child:
        what, data_dir, relations = args.child
        emit(_write(Path(data_dir), int(relations)) if what == "write" else _open(Path(data_dir)))
        return
    r = run(args.relations, repeats=args.repeats)
    print(
        f"{r.relations:,} relations, {r.entities:,} actors in {r.documents:,} documents ({r.disk_mb:.0f} MB on disk): "
        f"written in {r.write_s:.1f} s; opened in {r.open_s:.2f} s, +{r.memory_mb:.0f} MB memory "
        f"(peak {r.peak_mb:.0f} MB), stats() {r.stats_ms:.1f} ms"
    )


if __name__ == "__main__":
    main()
