"""Sustained load on the query API: 32 users at once for a minute, and not one error.

    python -m benchmarks.load [--seconds 60] [--clients 32] [--relations 20000] [--store neo4j]
    python -m benchmarks.load --url http://127.0.0.1:8000      an API already running

A synthetic graph (`benchmarks.synthetic_graph`) is stored in an empty store, the real app
is served by uvicorn on a local port (`benchmarks.api_latency.serve`), and `clients`
concurrent users (`benchmarks.load_clients`, in a process of their own) send a mix of
searches, neighbourhoods two steps out and paths for `seconds` seconds. Reported: the
requests answered, the errors (answers other than 2xx, and requests with no answer at all),
p50, p95 and p99 latency, and requests per second, by kind of question and in all; and
how long the first request of each kind took, sent alone before the clients start.

With --store neo4j the Neo4j of NEO4J_URI is used; it must be empty, and is emptied again
afterwards. No figure is asserted anywhere; the exit status is 1 if there was an error.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.api_latency import serve
from benchmarks.load_clients import KINDS, request_for
from benchmarks.measure import run_child
from benchmarks.synthetic_graph import load
from graph.store import GraphStore

StoreFactory = Callable[[], GraphStore]
MAX_ACTORS = 20_000
PAGE = 1000


def actors_of(url: str) -> list[tuple[str, str]]:
    """The actors the API holds (up to MAX_ACTORS), as (id, name)."""
    found: list[tuple[str, str]] = []
    with httpx.Client(base_url=url, timeout=600) as http:
        while len(found) < MAX_ACTORS:
            res = http.get("/entities", params={"limit": PAGE, "offset": len(found)})
            res.raise_for_status()
            page = [(e["id"], e["name"]) for e in res.json()]
            found += page
            if len(page) < PAGE:
                break
    if len(found) < 2:
        raise RuntimeError("API:t har färre än två aktörer; det finns inget att fråga om")
    return found


def first_answers(url: str, actors: list[tuple[str, str]], seed: int) -> dict[str, float]:
    """One request of each kind before the clients start (caches built, queries planned), in ms."""
    rng = random.Random(seed)
    out = {}
    with httpx.Client(base_url=url, timeout=600) as http:
        for kind in KINDS:
            path, params = request_for(kind, actors, rng)
            start = time.perf_counter()
            http.get(path, params=params).raise_for_status()
            out[kind] = (time.perf_counter() - start) * 1000
    return out


def drive(url: str, clients: int, seconds: float, seed: int) -> dict[str, Any]:
    """The load against the API at `url`, from a process of its own."""
    actors = actors_of(url)
    first = first_answers(url, actors, seed)
    with tempfile.TemporaryDirectory(prefix="samverkan-load-") as tmp:
        actors_file = Path(tmp) / "actors.json"
        actors_file.write_text(json.dumps(actors, ensure_ascii=False), encoding="utf-8")
        args = [
            url,
            str(actors_file),
            "--clients",
            str(clients),
            "--seconds",
            str(seconds),
            "--seed",
            str(seed),
        ]
        result = run_child("benchmarks.load_clients", args, timeout=seconds + 600)
    for row in result["rows"]:
        row["first_ms"] = first[row["query"]]
    result["rows"].append(
        {"query": "all", "clients": clients, "first_ms": max(first.values())}
        | {key: result[key] for key in ("requests", "errors", "p50_ms", "p95_ms", "p99_ms", "rps")}
    )
    result["actors"] = len(actors)
    return result


def run(
    target: str | StoreFactory,
    clients: int = 32,
    seconds: float = 60,
    *,
    relations: int = 20_000,
    name: str = "",
    seed: int = 1,
) -> dict[str, Any]:
    """`clients` users for `seconds` against an API: at a base URL, or served here over a new store.

    With a store factory the store must be empty; a synthetic graph of about `relations`
    relations is stored in it first, and a Neo4j store is emptied again afterwards.
    """
    if isinstance(target, str):
        return {"store": name or target, "relations": None} | drive(target, clients, seconds, seed)
    store = target()
    try:
        if store.stats().documents:
            raise RuntimeError("lagringen är inte tom; mäter bara mot en tom lagring")
        start = time.perf_counter()
        load(store, relations, seed=seed)
        load_s = time.perf_counter() - start
        stats = store.stats()
        with serve(store) as url:
            result = drive(url, clients, seconds, seed)
        return {
            "store": name or type(store).__name__,
            "relations": stats.relations,
            "entities": stats.entities,
            "load_s": load_s,
        } | result
    finally:
        if type(store).__name__ == "Neo4jStore":
            store.clear()
        store.close()


def table(results: list[dict[str, Any]] | dict[str, Any]) -> str:
    """The results as a Markdown table: one row per store and kind of question, and one in all."""
    if isinstance(results, dict):
        results = [results]
    lines = [
        "| lagring | relationer | fråga | klienter | förfrågningar | fel | p50 ms | p95 ms | p99 ms "
        "| förfrågningar/s | första ms |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        relations = f"{result['relations']:,}" if result.get("relations") is not None else "?"
        for row in result["rows"]:
            lines.append(
                f"| {result['store']} | {relations} | {row['query']} | {row['clients']} | {row['requests']:,} "
                f"| {row['errors']:,} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} "
                f"| {row['rps']:.1f} | {row['first_ms']:.0f} |"
            )
    for result in results:
        for example in result.get("error_examples", []):
            lines.append(f"\n{result['store']}: fel, t.ex. {example}")
    return "\n".join(lines)


def _neo4j() -> GraphStore:
    from graph.neo4j_store import Neo4jStore

    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    return Neo4jStore.connect(
        os.environ["NEO4J_URI"], auth=auth, database=os.environ.get("NEO4J_DATABASE", "neo4j")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--relations", type=int, default=20_000, help="storlek på den syntetiska grafen")
    parser.add_argument("--store", choices=["neo4j", "embedded"], default="neo4j")
    parser.add_argument("--url", help="mät mot ett API som redan kör (ingen graf lagras)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.url:
        result = run(args.url, args.clients, args.seconds, seed=args.seed)
    elif args.store == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            parser.error("sätt NEO4J_URI (python scripts/neo4j_local.py start) eller välj --store embedded")
        result = run(
            _neo4j, args.clients, args.seconds, relations=args.relations, name="neo4j", seed=args.seed
        )
    else:
        from graph.embedded_store import EmbeddedStore

        with tempfile.TemporaryDirectory(prefix="samverkan-load-") as tmp:
            result = run(
                lambda: EmbeddedStore(Path(tmp) / "data"),
                args.clients,
                args.seconds,
                relations=args.relations,
                name="embedded",
                seed=args.seed,
            )
    if result.get("load_s") is not None:
        print(f"{result['relations']:,} relationer inlästa på {result['load_s']:.1f} s", file=sys.stderr)
    print(table(result))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
