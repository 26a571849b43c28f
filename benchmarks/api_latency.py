"""Latency of the query API under load: neighbourhoods (depth 2), paths and search.

    python -m benchmarks.api_latency                    100,000 relations, 1 and 4 clients
    python -m benchmarks.api_latency --quick            10,000 relations, 1 and 2 clients
    python -m benchmarks.api_latency --stores neo4j     the Neo4j of NEO4J_URI (must be empty)

A synthetic graph (`benchmarks.synthetic_graph`) of the size asked for is stored, the real
app is served by uvicorn on a local port, and each kind of query is sent by `clients`
concurrent clients (threads with their own HTTP connection), each sending `requests`
requests drawn with a fixed seed. Each kind is warmed up first (the search index and the
snapshot caches are built on the first request after a change; that first answer is
reported as `first_ms`). For each kind and number of clients it reports the median (p50)
and 95th-percentile (p95) latency and the requests answered per second. Last, it times
the first answer of betweenness, PageRank and communities, which compute the measure over
the whole graph (later answers come from the cache until the graph changes).

Server and clients share one process (and its interpreter lock), so the figures are a
lower bound of what a server of its own answers. No figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from api.app import create_app
from api.serving import uvicorn_options
from api.settings import Settings
from benchmarks.synthetic_graph import load
from graph.store import GraphStore

StoreFactory = Callable[[], GraphStore]
QUERIES = ("neighbors_depth2", "paths", "search")
# Computed once per version of the graph and then kept: the first answer is the cost.
ANALYTICS = (
    "/analytics/centrality?measure=betweenness&limit=10",
    "/analytics/centrality?measure=pagerank&limit=10",
    "/analytics/communities?limit=10",
)


@contextmanager
def serve(store: GraphStore) -> Iterator[str]:
    """The real app over `store`, served by uvicorn in a thread; yields its base URL."""
    sock = socket.create_server(("127.0.0.1", 0))
    # Accepted connections inherit this; without it small answers wait ~40 ms for delayed ACKs.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    port = sock.getsockname()[1]
    app = create_app(Settings(_env_file=None), store)  # type: ignore[call-arg]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", **uvicorn_options()))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("servern startade inte")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def requests_for(query: str, entities: int, count: int, seed: int) -> list[tuple[str, dict[str, Any]]]:
    """`count` requests of one kind, over the synthetic graph's actors `a0` .. `a{entities-1}`."""
    rng = random.Random(f"{query}-{seed}")
    out: list[tuple[str, dict[str, Any]]] = []
    for _ in range(count):
        if query == "neighbors_depth2":
            out.append((f"/entities/a{rng.randrange(entities)}/neighbors", {"depth": 2}))
        elif query == "paths":
            a, b = rng.sample(range(entities), 2)
            out.append(("/paths", {"source": f"a{a}", "target": f"a{b}", "max_length": 4}))
        else:
            # Names are 'Aktör N': ask without the accent, in the genitive, or by a prefix.
            n = rng.randrange(entities)
            out.append(("/search", {"q": rng.choice([f"aktor {n}", f"aktörs {n}", f"Aktör {n // 10}"])}))
    return out


def first_answer(url: str, path: str) -> dict[str, Any]:
    """How long the first answer of an analytics question takes (it computes the measure)."""
    start = time.perf_counter()
    res = httpx.get(url + path, timeout=1800)
    res.raise_for_status()
    body = res.json()
    return {"path": path, "seconds": time.perf_counter() - start, "samples": body.get("samples")}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(url: str, work: list[list[tuple[str, dict[str, Any]]]]) -> dict[str, float]:
    """Each client sends its list of requests; latencies (ms) and the rate over all of them."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(requests: list[tuple[str, dict[str, Any]]]) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=url, timeout=300) as http:
            for path, params in requests:
                start = time.perf_counter()
                res = http.get(path, params=params)
                mine.append((time.perf_counter() - start) * 1000)
                if res.status_code != 200:
                    errors.append(f"{path}: {res.status_code}")
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(w,)) for w in work]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"{len(errors)} förfrågningar misslyckades, t.ex. {errors[0]}")
    return {
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
        "rps": len(latencies) / wall,
    }


def run(
    store_factory: StoreFactory,
    relations: int = 100_000,
    clients: tuple[int, ...] = (1, 4),
    requests: int = 40,
    *,
    name: str = "",
    seed: int = 1,
) -> dict[str, Any]:
    """Load a synthetic graph into a new store from `store_factory` and measure the queries."""
    store = store_factory()
    try:
        if store.stats().documents:
            raise RuntimeError("lagringen är inte tom; mäter bara mot en tom lagring")
        start = time.perf_counter()
        load(store, relations, seed=seed)
        load_s = time.perf_counter() - start
        stats = store.stats()
        rows: list[dict[str, Any]] = []
        with serve(store) as url:
            for query in QUERIES:
                first_path, first_params = requests_for(query, stats.entities, 1, seed + 1000)[0]
                start = time.perf_counter()
                httpx.get(url + first_path, params=first_params, timeout=600).raise_for_status()
                first_ms = (time.perf_counter() - start) * 1000
                for n in clients:
                    work = [requests_for(query, stats.entities, requests, seed + i) for i in range(n)]
                    rows.append(
                        {"query": query, "clients": n, "requests": n * requests, "first_ms": first_ms}
                        | measure(url, work)
                    )
            analytics = [first_answer(url, path) for path in ANALYTICS]
        return {
            "store": name or type(store).__name__,
            "analytics": analytics,
            "relations": stats.relations,
            "entities": stats.entities,
            "load_s": load_s,
            "rows": rows,
        }
    finally:
        if type(store).__name__ == "Neo4jStore":
            store.clear()
        store.close()


def table(results: list[dict[str, Any]] | dict[str, Any]) -> str:
    """The results as a Markdown table, one row per store, query and number of clients."""
    if isinstance(results, dict):
        results = [results]
    lines = [
        "| lagring | relationer | fråga | klienter | p50 ms | p95 ms | förfrågningar/s | första ms |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        for row in result["rows"]:
            lines.append(
                f"| {result['store']} | {result['relations']:,} | {row['query']} | {row['clients']} "
                f"| {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['rps']:.1f} | {row['first_ms']:.0f} |"
            )
    for result in results:
        for row in result.get("analytics", []):
            sampled = f", {row['samples']} källor i urvalet" if row.get("samples") else ""
            lines.append(
                f"\n{result['store']}: första svaret på {row['path']}: {row['seconds']:.1f} s{sampled}"
            )
    return "\n".join(lines)


def _embedded(folder: Path) -> StoreFactory:
    from graph.embedded_store import EmbeddedStore

    return lambda: EmbeddedStore(folder / "data")


def _neo4j() -> GraphStore:
    from graph.neo4j_store import Neo4jStore

    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    return Neo4jStore.connect(
        os.environ["NEO4J_URI"], auth=auth, database=os.environ.get("NEO4J_DATABASE", "neo4j")
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.api_latency", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--requests", type=int, default=40, help="förfrågningar per klient")
    parser.add_argument("--stores", nargs="+", choices=["embedded", "neo4j"], default=["embedded"])
    parser.add_argument("--quick", action="store_true", help="10 000 relationer, 1 och 2 klienter")
    args = parser.parse_args(argv)
    if args.quick:
        args.relations, args.clients, args.requests = 10_000, [1, 2], 20
    results = []
    for kind in args.stores:
        if kind == "neo4j" and not os.environ.get("NEO4J_URI"):
            print("neo4j: hoppades över (NEO4J_URI är inte satt)")
            continue
        with tempfile.TemporaryDirectory(prefix="samverkan-latency-") as tmp:
            factory = _embedded(Path(tmp)) if kind == "embedded" else _neo4j
            results.append(run(factory, args.relations, tuple(args.clients), args.requests, name=kind))
            print(f"{kind}: {results[-1]['relations']:,} relationer inlästa på {results[-1]['load_s']:.1f} s")
    print(table(results))


if __name__ == "__main__":
    main()
