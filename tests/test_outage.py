"""When Neo4j goes away the API answers 503 in its JSON error shape, and recovers by itself.

The API is served by a real uvicorn server over a Neo4j of this test's own (started with
scripts/neo4j_local.py in a temporary folder, on its own port), never the shared test Neo4j.
The test stops that Neo4j, sends traffic, starts it again on the same folder and port, and
expects the same answers as before without restarting the API.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.neo4j_store import Neo4jStore
from tests.api.served import API_KEY, sample_graph
from tests.conftest import ROOT
from tests.live_server import live_server

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

SCRIPT = ROOT / "scripts" / "neo4j_local.py"
RECOVERY_DEADLINE = 90.0

# What a user does: read routes over every part of the store, and writes that must not half-happen.
READS = [
    "/health",
    "/stats",
    "/search?q=exempelby",
    "/entities/town",
    "/entities/town/neighbors?depth=2",
    "/paths?source=party&target=townplace",
    "/relations?source=town",
    "/documents/doc-a",
    "/analytics/centrality",
    "/export?format=json",
    "/changes?from=2020-01-01&to=2030-12-31",
    "/judgements",
    "/maps/entity/town?depth=2",
]
# After the outage, a few reads across the store show it answers again as before (each first
# query is planned anew by the restarted Neo4j, which takes a while).
AGAIN = ["/stats", "/search?q=exempelby", "/entities/town/neighbors?depth=2", "/export?format=json"]
UPLOAD = ("samverkan.txt", b"Polisen i Exempelby samverkar med Exempelby kommun i Norrdal.\n")


@dataclass
class LocalNeo4j:
    folder: Path
    port: int

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *args, "--dir", str(self.folder)],
            capture_output=True,
            text=True,
            timeout=300,
        )

    def start(self) -> dict[str, str]:
        result = self._run("start", "--port", str(self.port))
        if result.returncode != 0:
            raise RuntimeError(f"Neo4j did not start:\n{result.stderr[-3000:]}")
        return dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)

    def stop(self) -> None:
        result = self._run("stop")
        assert result.returncode == 0, result.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def skip_or_fail(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the outage test must run)")
    pytest.skip(reason)


def borrow_jars(folder: Path) -> None:
    """Link the jars of a Neo4j folder already prepared (as CI's), which saves a Maven run."""
    pom = (SCRIPT.parent / "neo4j" / "pom.xml").read_text()
    for candidate in (os.environ.get("SAMVERKAN_TEST_NEO4J_DIR"), ROOT / ".neo4j-test", ROOT / ".neo4j"):
        lib = Path(candidate) / "lib" if candidate else None
        marker = lib / ".complete" if lib else None
        if lib and marker and marker.is_file() and marker.read_text() == pom:
            shutil.copytree(lib, folder / "lib", copy_function=link_or_copy)
            return


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@pytest.fixture
def own_neo4j(tmp_path: Path) -> Iterator[tuple[LocalNeo4j, dict[str, str]]]:
    """A Neo4j for this test alone, which it may stop and start."""
    if shutil.which("java") is None:
        skip_or_fail("no java: cannot start a Neo4j of the test's own")
    server = LocalNeo4j(tmp_path / "neo4j", free_port())
    borrow_jars(server.folder)
    try:
        env = server.start()
    except RuntimeError as exc:
        server.stop()
        skip_or_fail(str(exc))
    try:
        yield server, env
    finally:
        server.stop()


def upload(client: httpx.Client) -> httpx.Response:
    return client.post("/documents", files={"file": UPLOAD}, headers={"X-API-Key": API_KEY})


def judge(client: httpx.Client) -> httpx.Response:
    body = {
        "kind": "reject",
        "author": "Test",
        "source": "police",
        "relation_type": "RUNS",
        "target": "effort",
    }
    return client.post("/judgements", json=body, headers={"X-API-Key": API_KEY})


def remove(client: httpx.Client) -> httpx.Response:
    return client.delete("/documents/doc-b", headers={"X-API-Key": API_KEY})


def traffic(client: httpx.Client) -> list[tuple[str, httpx.Response]]:
    """Every read and write at once, as many users would send them."""
    calls: list[tuple[str, Callable[[], httpx.Response]]] = [
        (path, functools.partial(client.get, path)) for path in READS
    ]
    calls += [("POST /documents", functools.partial(upload, client))]
    calls += [("POST /judgements", functools.partial(judge, client))]
    calls += [("DELETE /documents/doc-b", functools.partial(remove, client))]
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [(name, pool.submit(call)) for name, call in calls]
        return [(name, future.result()) for name, future in futures]


def test_neo4j_outage_gives_503_and_the_api_recovers_by_itself(
    own_neo4j: tuple[LocalNeo4j, dict[str, str]],
) -> None:
    server, env = own_neo4j
    store = Neo4jStore.connect(env["NEO4J_URI"], auth=(env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"]))
    store.upsert(sample_graph())
    settings = Settings(_env_file=None, store="neo4j", api_key=API_KEY)  # type: ignore[call-arg, arg-type]
    app = create_app(settings, store)
    try:
        with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
            before = {path: client.get(path) for path in READS}
            for path, res in before.items():
                assert res.status_code == 200, (path, res.text[:300])

            server.stop()
            for name, res in traffic(client):
                assert res.status_code == 503, (name, res.status_code, res.text[:300])
                assert res.headers["content-type"].startswith("application/json"), name
                error = res.json()["error"]
                assert error["status"] == 503 and error["code"] == "store_unavailable", name
                assert error["message"], name

            server.start()
            deadline = time.monotonic() + RECOVERY_DEADLINE
            while (status := client.get("/stats").status_code) != 200:
                assert status == 503, status
                assert time.monotonic() < deadline, "the API did not recover after Neo4j came back"
                time.sleep(0.5)
            for path in AGAIN:
                res, again = before[path], client.get(path)
                assert again.status_code == 200, (path, again.text[:300])
                assert again.content == res.content, path
            # Writes work again too.
            accepted = upload(client)
            assert accepted.status_code == 202, accepted.text
            job = accepted.json()
            while job["state"] in ("queued", "running"):
                assert time.monotonic() < deadline + 300, job
                time.sleep(0.2)
                job = client.get(f"/jobs/{job['id']}").json()
            assert job["state"] == "done", job
    finally:
        store.close()
