"""Every benchmark in one run and one table.

    python -m benchmarks [--quick] [--out FILE.md] [--docs N]

Parts: extraction speed and quality on the synthetic corpus (benchmarks.corpus), building
the graph into each store, Neo4j writes (benchmarks.neo4j_writes), API latency
(benchmarks.api_latency), sustained load (benchmarks.load, full run only), map generation
(benchmarks.maps) and opening the embedded store at scale (benchmarks.embedded_load).
Figures are medians over several runs (fewer with --quick). The Neo4j parts use the
database NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD name, and empty it: point them at a
test database. A part that cannot run (no Neo4j, a module not present) gets a row saying
why; a part that fails gets a row with its error and the exit status is 1.

--quick is what CI runs after the tests (under two minutes on two cores); --docs N scales
every part down to about N documents (for testing the runner itself).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.config import FULL, QUICK, Config, tiny
from benchmarks.parts import PART_FUNCTIONS, PARTS, Details, Run, Skipped
from benchmarks.report import Row, document, machine

__all__ = ["PARTS", "main", "run_all"]


@dataclass
class Outcome:
    rows: list[Row]
    details: Details
    errors: int
    seconds: float


def run_all(config: Config, *, progress: Callable[[str], None] | None = None) -> Outcome:
    """Every part in turn; a part that cannot run or fails becomes a row that says so."""
    say = progress or (lambda _: None)
    rows: list[Row] = []
    errors = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as tmp:
        run = Run(config, Path(tmp), [])
        for name in PARTS:
            say(f"== {name}")
            part_start = time.perf_counter()
            try:
                rows += PART_FUNCTIONS[name](run)
            except Skipped as exc:
                rows.append(Row(name, "-", "-", "", str(exc)))
            except Exception as exc:  # one broken part must not hide the others' figures
                errors += 1
                rows.append(Row(name, "-", "error", "", f"{type(exc).__name__}: {exc}"))
            say(f"   {time.perf_counter() - part_start:.1f} s")
    return Outcome(rows, run.details, errors + run.errors, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats (CI)")
    parser.add_argument("--out", type=Path, help="also write the report to this Markdown file")
    parser.add_argument("--docs", type=int, help="scale every part down to about this many documents")
    args = parser.parse_args(argv)
    config = tiny(args.docs) if args.docs else QUICK if args.quick else FULL
    machine_info = machine()
    outcome = run_all(config, progress=lambda line: print(line, file=sys.stderr, flush=True))
    command = " ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])])
    report = document(
        f"Benchmarks ({config.mode} run)",
        outcome.rows,
        machine_info,
        command,
        notes=[
            "Medians of several runs where the note says so. No figure is asserted by any test; "
            "the targets are what the project aims for. Neo4j parts need NEO4J_URI, "
            "NEO4J_USERNAME and NEO4J_PASSWORD (`python scripts/neo4j_local.py start`)."
        ],
        details=outcome.details,
        seconds=outcome.seconds,
    )
    print(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    return 1 if outcome.errors else 0


if __name__ == "__main__":
    sys.exit(main())
