"""Shared fixtures: the demo corpus, its gold annotation, and the stores under test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SAMVERKAN_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "huddinge"
GOLD = SHARED / "gold" / "huddinge.json"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the demo corpus is missing: {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def neo4j_settings() -> tuple[str, tuple[str, str] | None, str] | None:
    """Where the test Neo4j answers (NEO4J_URI etc., as scripts/neo4j_local.py writes them)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
    return uri, auth, os.environ.get("NEO4J_DATABASE", "neo4j")


def _neo4j_store():  # type: ignore[no-untyped-def]
    from graph.errors import StoreUnavailable

    found = neo4j_settings()
    reason = "no Neo4j: set NEO4J_URI (python scripts/neo4j_local.py start)"
    if found is not None:
        from graph.neo4j_store import Neo4jStore

        uri, auth, database = found
        try:
            return Neo4jStore.connect(uri, auth=auth, database=database)
        except StoreUnavailable as exc:
            reason = f"Neo4j at {uri} does not answer: {exc.message}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the Neo4j tests must run)")
    pytest.skip(reason)


@pytest.fixture
def neo4j():  # type: ignore[no-untyped-def]
    """An empty Neo4j store, emptied again afterwards (skipped without a Neo4j)."""
    store = _neo4j_store()
    store.clear()
    yield store
    store.clear()
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty store of each backend; the contract suite runs against both."""
    if request.param == "embedded":
        from graph.embedded_store import EmbeddedStore

        backend = EmbeddedStore(tmp_path / "data")
    else:
        backend = _neo4j_store()
        backend.clear()
    yield backend
    if request.param == "neo4j":
        backend.clear()
    backend.close()
