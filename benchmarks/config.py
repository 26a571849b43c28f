"""How large and how often each part measures: the full run, the quick run (CI) and a tiny one."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Config:
    mode: str
    extraction_docs: int
    extraction_repeats: int
    build_sizes: tuple[int, ...]
    build_repeats: tuple[int, ...]  # per size
    neo4j_relations: int
    neo4j_per_row: int
    neo4j_repeats: int
    api_relations: int
    api_clients: tuple[int, ...]
    api_requests: int
    load_too: bool
    map_sizes: tuple[int, ...]
    map_repeats: int
    store_relations: int
    store_repeats: int


FULL = Config(
    mode="full",
    extraction_docs=2000,
    extraction_repeats=3,
    build_sizes=(1000, 10_000),
    build_repeats=(3, 1),
    neo4j_relations=20_000,
    neo4j_per_row=2000,
    neo4j_repeats=2,
    api_relations=20_000,
    api_clients=(1, 4),
    api_requests=40,
    load_too=True,
    map_sizes=(100, 1000, 5000),
    map_repeats=3,
    store_relations=100_000,
    store_repeats=3,
)
QUICK = Config(
    mode="quick",
    extraction_docs=150,
    extraction_repeats=3,
    build_sizes=(200,),
    build_repeats=(1,),
    neo4j_relations=2000,
    neo4j_per_row=100,
    neo4j_repeats=1,
    api_relations=3000,
    api_clients=(1, 2),
    api_requests=20,
    load_too=False,
    map_sizes=(100, 1000),
    map_repeats=2,
    store_relations=10_000,
    store_repeats=2,
)


def tiny(docs: int) -> Config:
    """Every part at about `docs` documents, once: the runner's own test."""
    return replace(
        QUICK,
        mode=f"tiny ({docs} documents)",
        extraction_docs=docs,
        extraction_repeats=1,
        build_sizes=(docs,),
        neo4j_relations=docs * 10,
        neo4j_per_row=docs,
        api_relations=docs * 10,
        api_clients=(1,),
        api_requests=5,
        map_sizes=(docs,),
        map_repeats=1,
        store_relations=docs * 20,
        store_repeats=1,
    )
