"""Extraction time per MB as one document grows from 20 KB to 5 MB.

    python -m benchmarks.long_documents [--sizes 20,200,1000,5000] [--kinds repeated,protocol]

Two documents of each size, extracted in this process after a warm-up:

- ``repeated``: one sentence whose two actors recur ("Polisen i Kiruna samverkar med Kiruna
  kommun."), the worst case for anything that pairs a mention with every earlier one;
- ``protocol``: a synthetic full-council protocol of numbered paragraphs (``§ N``), each the
  text of a synthetic municipal document, so bodies, people and initiatives recur as they do
  in a real protocol of a few hundred pages.

The target: time per MB within 2x across sizes, and 5 MB in under 60 s on one core. Both
wall and CPU time are given: on a machine shared with other work the CPU time of this process
is what one core spends.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass

from benchmarks.corpus import build
from loaders.extract import extract
from loaders.reading.read import parse_document

_SENTENCE = "Polisen i Kiruna samverkar med Kiruna kommun. "
KINDS = ("repeated", "protocol")
SIZES_KB = (20, 200, 1000, 5000)


@dataclass(frozen=True)
class LongResult:
    kind: str
    kilobytes: int
    seconds: float
    cpu_seconds: float
    relations: int

    @property
    def seconds_per_mb(self) -> float:
        return self.seconds / (self.kilobytes / 1000)

    @property
    def cpu_seconds_per_mb(self) -> float:
        return self.cpu_seconds / (self.kilobytes / 1000)


def repeated(kilobytes: int) -> str:
    return _SENTENCE * max(1, kilobytes * 1000 // len(_SENTENCE.encode()))


def protocol(kilobytes: int) -> str:
    """Paragraphs of synthetic municipal text under § headings, up to the size asked for."""
    documents, _ = build(120, seed=7)
    texts = [d.text for d in documents]
    parts = ["Protokoll, kommunfullmäktige\n\n"]
    size, number = 0, 0
    while size < kilobytes * 1000:
        number += 1
        paragraph = f"§ {number} Ärende {number}\n\n{texts[number % len(texts)]}\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode())
    return "".join(parts)


def measure(kind: str, kilobytes: int) -> LongResult:
    text = repeated(kilobytes) if kind == "repeated" else protocol(kilobytes)
    loaded = parse_document(text.encode(), name=f"{kind}-{kilobytes}kb.txt")
    started, cpu_started = time.perf_counter(), time.process_time()
    graph = extract(loaded)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return LongResult(kind, len(text.encode()) // 1000, seconds, cpu_seconds, len(graph.relations))


def run(kinds: tuple[str, ...] = KINDS, sizes: tuple[int, ...] = SIZES_KB) -> list[LongResult]:
    extract(parse_document(protocol(20).encode(), name="uppvärmning.txt"))  # lexicons, matchers
    return [measure(kind, size) for kind in kinds for size in sizes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="kilobytes, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    sizes = tuple(int(s) for s in args.sizes.split(","))
    kinds = tuple(args.kinds.split(","))
    print("| document | size | wall | CPU | CPU s per MB | relations |")
    print("|---|---|---|---|---|---|")
    for r in run(kinds, sizes):
        print(
            f"| {r.kind} | {r.kilobytes:,} KB | {r.seconds:.2f} s | {r.cpu_seconds:.2f} s"
            f" | {r.cpu_seconds_per_mb:.1f} | {r.relations:,} |"
        )


if __name__ == "__main__":
    main()
