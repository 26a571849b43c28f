"""The clients of the load benchmark: many concurrent users of the API for a fixed time.

    python -m benchmarks.load_clients URL ACTORS.json --clients 32 --seconds 60 [--seed 1]

ACTORS.json is a list of [id, name] pairs of actors the API holds. Each client has its own
HTTP connection and sends, one after the other until the time is up, a mix of the three
questions users ask most: a search by (part of) a name, an actor's neighbourhood two steps
out, and the paths between two actors. The last line printed is the result as JSON:
latencies by kind of question, and every error (an answer other than 2xx, or no answer).

It runs in a process of its own (started by benchmarks.load), so that the clients do not
share an interpreter lock with the server they measure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from benchmarks.measure import emit

KINDS = ("search", "neighbors_depth2", "paths")
Actor = tuple[str, str]
Request = tuple[str, dict[str, Any]]


def plain(text: str) -> str:
    """Without accents and in lower case, as a user may type a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def request_for(kind: str, actors: list[Actor], rng: random.Random) -> Request:
    if kind == "neighbors_depth2":
        return f"/entities/{rng.choice(actors)[0]}/neighbors", {"depth": 2}
    if kind == "paths":
        (source, _), (target, _) = rng.sample(actors, 2)
        return "/paths", {"source": source, "target": target, "max_length": 4}
    name = rng.choice(actors)[1]
    # The whole name, unaccented, or its first part (many answers).
    return "/search", {"q": rng.choice([name, plain(name), name[: max(3, len(name) * 2 // 3)]])}


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def summary(latencies: list[float], errors: int, wall: float) -> dict[str, Any]:
    ordered = sorted(latencies)
    return {
        "requests": len(latencies) + errors,
        "errors": errors,
        "p50_ms": percentile(ordered, 0.50),
        "p95_ms": percentile(ordered, 0.95),
        "p99_ms": percentile(ordered, 0.99),
        "rps": (len(latencies) + errors) / wall if wall else 0.0,
    }


async def drive(url: str, actors: list[Actor], clients: int, seconds: float, seed: int) -> dict[str, Any]:
    """`clients` users asking for `seconds`; latencies in ms, by kind and in all."""
    latencies: dict[str, list[float]] = {kind: [] for kind in KINDS}
    errors: Counter[str] = Counter()
    examples: list[str] = []

    def failed(kind: str, what: str) -> None:
        errors[kind] += 1
        if len(examples) < 5:
            examples.append(what)

    async def user(number: int, deadline: float) -> None:
        rng = random.Random(f"{seed}-{number}")
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
            while time.perf_counter() < deadline:
                kind = rng.choice(KINDS)
                path, params = request_for(kind, actors, rng)
                start = time.perf_counter()
                try:
                    res = await http.get(path, params=params)
                except httpx.HTTPError as exc:
                    failed(kind, f"{path}: {type(exc).__name__}: {exc}")
                    continue
                if 200 <= res.status_code < 300:
                    latencies[kind].append((time.perf_counter() - start) * 1000)
                else:
                    failed(kind, f"{path} {params}: {res.status_code} {res.text[:200]}")

    start = time.perf_counter()
    await asyncio.gather(*(user(n, start + seconds) for n in range(clients)))
    wall = time.perf_counter() - start
    rows = [
        {"query": kind, "clients": clients} | summary(latencies[kind], errors[kind], wall) for kind in KINDS
    ]
    every = [ms for kind in KINDS for ms in latencies[kind]]
    total = summary(every, sum(errors.values()), wall)
    return {"clients": clients, "seconds": wall, **total, "error_examples": examples, "rows": rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.load_clients", description=__doc__.splitlines()[0]
    )
    parser.add_argument("url")
    parser.add_argument("actors", type=Path, help="JSON list of [id, name]")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    actors = [(str(i), str(n)) for i, n in json.loads(args.actors.read_text(encoding="utf-8"))]
    emit(asyncio.run(drive(args.url, actors, args.clients, args.seconds, args.seed)))


if __name__ == "__main__":
    main()
