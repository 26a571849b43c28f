"""How long a fresh process takes to load the extraction pipeline, and to be ready to extract.

    python -m benchmarks.pipeline_load [--repeats 5]

Each repeat starts a new Python process that imports and loads the syntax model, the gazetteer
and the lexicons (``loaders.syntax.pipeline.load_pipeline``, ``loaders.mentions.gazetteer``,
``loaders.mentions.lexicon``), then extracts one short made-up document, which loads what the
readings load on first use (simplemma's dictionary among them). Reported: the median wall time
from the start of the process, and the process's CPU time (which a loaded machine does not
inflate), at both points.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from benchmarks.measure import median

# Made up: an initiative, its runners and places, a verb whose lemma is looked up.
SAMPLE = (
    "Kommunen i Ljusdal och Polisen i Ljusdal driver tillsammans Nattvandring Ljusdal sedan 2021. "
    "Länsstyrelsen finansierar arbetet, som startade i Färila."
)

_CHILD = f"""
import json, time
from loaders.mentions.gazetteer import load_gazetteer
from loaders.mentions.lexicon import load_lexicon
from loaders.syntax.pipeline import load_pipeline
load_pipeline(); load_gazetteer(); load_lexicon()
loaded = time.time(), time.process_time()
from loaders.extract import extract
from loaders.reading.read import parse_document
extract(parse_document({SAMPLE!r}.encode(), "prov.txt"))
ready = time.time(), time.process_time()
print(json.dumps({{"loaded": loaded, "ready": ready}}))
"""


def load_once() -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds from the process's start to the pipeline loaded and to ready."""
    started = time.time()
    result = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    return {point: (wall - started, cpu) for point, (wall, cpu) in marks.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.pipeline_load", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    runs = [load_once() for _ in range(args.repeats)]
    for point, label in (("loaded", "pipeline loaded"), ("ready", "first document extracted")):
        wall = median([r[point][0] for r in runs])
        cpu = median([r[point][1] for r in runs])
        print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU (median of {args.repeats} fresh processes)")


if __name__ == "__main__":
    main()
