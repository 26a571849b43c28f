"""What the erasure register costs when documents are stored: without it and with it, side by side.

    python -m benchmarks.erasure_register [--docs 300] [--erased 50]

The synthetic corpus is extracted once; its parts are then stored into a fresh embedded
store three times each way, as `samverkan build` stores them (`api.ingest.store_parts`,
batches of 25): with an empty register, and with a register of `--erased` names, among them
persons the corpus names (so that actors are left out and sentences rewritten). The figure
is the median time per document; the target is at most 2x the time without a register.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from api.erased_names import register
from api.ingest import BATCH_SIZE, store_parts, use_settings
from api.settings import Settings
from benchmarks.corpus import build
from graph.embedded_store import EmbeddedStore
from graph.model import EntityType, Graph
from loaders.extract import extract
from loaders.reading.read import parse_document

RUNS = 3


@dataclass(frozen=True)
class RegisterResult:
    documents: int
    erased: int
    without_ms: float
    with_ms: float
    persons_left_out: int

    @property
    def ratio(self) -> float:
        return self.with_ms / self.without_ms if self.without_ms else 0.0


def _parts(docs: int) -> list[Graph]:
    documents, _ = build(docs, seed=3)
    return [extract(parse_document(d.text.encode("utf-8"), d.name)) for d in documents]


def _store_all(parts: list[Graph], erased: list[str], folder: Path) -> tuple[float, int]:
    """Seconds to store every part, and how many persons ended in the store."""
    secret = SecretStr("benchmark")
    settings = Settings(_env_file=None, data_dir=folder, erasure_key=secret)  # type: ignore[call-arg]
    use_settings(settings)
    store = EmbeddedStore(folder / "store")
    if erased:
        register(store, settings, erased, "benchmark")
    start = time.perf_counter()
    for i in range(0, len(parts), BATCH_SIZE):
        store_parts(store, parts[i : i + BATCH_SIZE])
    seconds = time.perf_counter() - start
    persons = len(store.entities(type_=EntityType.PERSON, limit=100_000))
    store.close()
    return seconds, persons


def run(docs: int = 300, erased: int = 50) -> RegisterResult:
    parts = _parts(docs)
    persons = sorted({e.name for p in parts for e in p.entities if e.type is EntityType.PERSON})
    named = persons[: erased // 2]
    names = named + [f"Påhittad Person{i} Exempelsson" for i in range(erased - len(named))]
    times: dict[bool, list[float]] = {False: [], True: []}
    counts: dict[bool, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(RUNS):
            for with_register in (False, True):
                folder = Path(tmp) / f"{n}-{with_register}"
                seconds, counts[with_register] = _store_all(parts, names if with_register else [], folder)
                times[with_register].append(seconds)
    use_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    per_doc = {k: statistics.median(v) / docs * 1000 for k, v in times.items()}
    return RegisterResult(
        documents=docs,
        erased=len(names),
        without_ms=per_doc[False],
        with_ms=per_doc[True],
        persons_left_out=counts[False] - counts[True],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--erased", type=int, default=50)
    args = parser.parse_args()
    r = run(args.docs, args.erased)
    print(
        "| documents | erased names | ms/doc without register | ms/doc with register | ratio | persons left out |"
    )
    print("|---|---|---|---|---|---|")
    print(
        f"| {r.documents} | {r.erased} | {r.without_ms:.2f} | {r.with_ms:.2f} | {r.ratio:.2f}x | {r.persons_left_out} |"
    )


if __name__ == "__main__":
    main()
