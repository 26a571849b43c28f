"""Extraction speed and quality on the synthetic corpus.

    python -m benchmarks.extraction [--docs 2000] [--repeats 3]

Speed: reading (``loaders.reading.read.parse_document``) and extracting every document from its
bytes in memory as a build does (``loaders.extract.extract_many``, their sentences parsed
together), in one process (one core), in wall time and in the process's CPU time (which a
loaded machine does not inflate), next to bare tokenisation (``loaders.language.text.tokenize``)
of the same text; the median over the repeats, after the first documents have warmed the
process up (gazetteer, lexicons and matchers load on first use; that time is reported apart).
Quality: the graph
extracted from all documents, combined as the stores combine it, scored against the true
graph of the corpus with ``loaders.evaluation.score``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass

from benchmarks.corpus import build
from graph.merge import combine
from graph.model import Graph
from loaders.evaluation import EvaluationReport, score
from loaders.extract import extract_many
from loaders.language.text import tokenize
from loaders.reading.read import LoadedDocument, parse_document

# Lexicons and matchers load lazily, some only at the first word that needs them.
WARMUP_DOCUMENTS = 50


@dataclass
class ExtractionResult:
    documents: int
    megabytes: float
    repeats: int
    extract_s: float  # median wall time, all documents
    extract_cpu_s: float  # median CPU time of this process (not inflated by a loaded machine)
    warmup_s: float  # the first documents, which load the lexicons and build the matchers
    tokenize_s: float
    failures: int
    first_failure: str
    report: EvaluationReport

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.extract_s

    @property
    def mb_per_cpu_s(self) -> float:
        return self.megabytes / self.extract_cpu_s

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.extract_s

    @property
    def tokenize_mb_per_s(self) -> float:
        return self.megabytes / self.tokenize_s

    @property
    def slowdown(self) -> float:
        """How many times longer extraction takes than tokenisation alone."""
        return self.extract_s / self.tokenize_s


def _read(payload: tuple[str, bytes]) -> LoadedDocument:
    name, data = payload
    return parse_document(data, name)


def _extract_all(payloads: list[tuple[str, bytes]]) -> tuple[list[Graph], list[str]]:
    """As a build extracts: many documents at once, their sentences parsed together."""
    graphs: list[Graph] = []
    failures: list[str] = []
    for result in extract_many(payloads, _read):
        if isinstance(result, Exception):  # one failing document is counted, not fatal, as in ingest
            failures.append(f"{type(result).__name__}: {result}")
        else:
            graphs.append(result)
    return graphs, failures


def run(docs: int, *, repeats: int = 3, seed: int = 1) -> ExtractionResult:
    documents, gold = build(docs, seed=seed)
    payloads = [(d.name, d.text.encode("utf-8")) for d in documents]
    texts = [d.text for d in documents]
    extract_times: list[float] = []
    extract_cpu_times: list[float] = []
    tokenize_times: list[float] = []
    graphs: list[Graph] = []
    failures: list[str] = []
    start = time.perf_counter()
    _extract_all(payloads[:WARMUP_DOCUMENTS])
    warmup_s = time.perf_counter() - start
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        graphs, failures = _extract_all(payloads)
        extract_cpu_times.append(time.process_time() - cpu_start)
        extract_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            tokenize(text)
        tokenize_times.append(time.perf_counter() - start)
    extracted = combine(graphs).to_json_dict()
    return ExtractionResult(
        documents=docs,
        megabytes=sum(len(data) for _, data in payloads) / 1e6,
        repeats=repeats,
        extract_s=statistics.median(extract_times),
        extract_cpu_s=statistics.median(extract_cpu_times),
        warmup_s=warmup_s,
        tokenize_s=statistics.median(tokenize_times),
        failures=len(failures),
        first_failure=failures[0] if failures else "",
        report=score(extracted, gold.to_json_dict()),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    r = run(args.docs, repeats=args.repeats, seed=args.seed)
    ents, rels = r.report.entities.overall, r.report.relations.overall
    print(f"{r.documents:,} documents, {r.megabytes:.2f} MB, median of {r.repeats}")
    print(f"extraction: {r.mb_per_s:.2f} MB/s, {r.docs_per_s:.0f} documents/s ({r.failures} failed)")
    print(f"extraction CPU: {r.extract_cpu_s:.2f} s, {r.mb_per_cpu_s:.3f} MB per CPU-second")
    print(f"tokenising: {r.tokenize_mb_per_s:.1f} MB/s (extraction takes {r.slowdown:.1f}x as long)")
    print(f"actors P {ents.precision:.3f} R {ents.recall:.3f} F1 {ents.f1:.3f}")
    print(f"relations P {rels.precision:.3f} R {rels.recall:.3f} F1 {rels.f1:.3f}")


if __name__ == "__main__":
    main()
