"""Analytics on Neo4j three ways, side by side in one run: time and the API process's memory.

    python -m benchmarks.scale_analytics --relations 20000 [--keep] [--ways gds,gds-again]

- `before`: the graph read out whole (`export`, with evidence) and measured with networkx
  in the process, as the API did before;
- `pairs`: only the actor network read out as id pairs, measured with networkx (the API's
  way on a Neo4j without Graph Data Science);
- `gds`: measured inside Neo4j by Graph Data Science, one row per actor read back: the
  first questions after a change, which project the network once;
- `gds-again`: the same in another process while the graph is unchanged, which finds that
  projection and reuses it (then drops it).

Each way runs in a process of its own (`benchmarks.measure.run_child`), which reports its
wall time per measure and its resident memory after imports and at its peak. The Neo4j of
NEO4J_URI is filled with the synthetic graph (bulk loaded) unless --keep finds one of that
size. No figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

from benchmarks.measure import emit, peak_rss_mb, rss_mb, run_child
from graph.analytics import Analytics, Measure

WAYS = ("before", "pairs", "gds", "gds-again")


def measure_way(way: str) -> dict[str, Any]:
    """In this process: build the network one way and compute every measure."""
    from benchmarks.scale import neo4j_store
    from graph.neo4j_analytics import GdsAnalytics, read_network

    store = neo4j_store()
    after_imports = rss_mb()
    times: dict[str, float] = {}
    start = time.perf_counter()
    measures: Any
    if way == "before":
        measures = Analytics(store.export())
    elif way == "pairs":
        net, _ = read_network(store.driver, store.database, None)
        measures = Analytics.of_network(net)
    else:
        measures = GdsAnalytics(store.driver, store.database)
    times["network"] = time.perf_counter() - start
    for measure in Measure:
        began = time.perf_counter()
        measures.centrality(measure)
        times[measure.value] = time.perf_counter() - began
    began = time.perf_counter()
    parts, _ = measures.communities()
    times["communities"] = time.perf_counter() - began
    if way == "gds-again":
        measures.drop()
    store.close()
    return {
        "way": way,
        "actors": measures.actors,
        "links": measures.links,
        "communities": len(parts),
        "seconds": times,
        "rss_after_imports_mb": after_imports,
        "peak_mb": peak_rss_mb(),
        "load": os.getloadavg()[0],
    }


def run(relations: int, keep: bool, ways: tuple[str, ...] = WAYS) -> list[dict[str, Any]]:
    from benchmarks.scale import fill, neo4j_store

    store = neo4j_store()
    try:
        fill(store, relations, keep)
    finally:
        store.close()
    return [run_child("benchmarks.scale_analytics", ["--way", way], timeout=3600) for way in ways]


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| way | actors / links | network | degree | pagerank | betweenness | communities | peak RSS (after imports) | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        s = r["seconds"]
        lines.append(
            f"| {r['way']} | {r['actors']:,} / {r['links']:,} | {s['network']:.1f} s | {s['degree']:.1f} s "
            f"| {s['pagerank']:.1f} s | {s['betweenness']:.1f} s | {s['communities']:.1f} s "
            f"| {r['peak_mb']:.0f} MB ({r['rss_after_imports_mb']:.0f} MB) | {r['load']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="reuse a stored graph of that size")
    parser.add_argument("--ways", default=",".join(WAYS), help="which ways, in order (comma-separated)")
    parser.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)  # one way, in a child process
    args = parser.parse_args(argv)
    if args.way:
        emit(measure_way(args.way))
        return
    ways = tuple(w for w in args.ways.split(",") if w)
    unknown = set(ways) - set(WAYS)
    if unknown:
        parser.error(f"okända sätt: {', '.join(sorted(unknown))} (välj bland {', '.join(WAYS)})")
    print(table(run(args.relations, args.keep, ways)))


if __name__ == "__main__":
    main(sys.argv[1:])
