"""`samverkan serve --workers 2` on the embedded store: every process answers with committed writes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api.ingest import import_graph
from graph.embedded_store import EmbeddedStore
from tests.api.served import API_KEY, sample_graph

TEXT = b"Polisen och Flerprocessby kommun samverkar i Norrdal.\n\nKommunen finansierar trygghetsfonden.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(client: httpx.Client, process: subprocess.Popen[bytes], deadline: float) -> None:
    while True:
        assert process.poll() is None, "the server ended"
        assert time.monotonic() < deadline, "the server did not start"
        try:
            if client.get("/health").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)


def test_two_processes_share_the_embedded_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seeded = EmbeddedStore(data)
    import_graph(seeded, sample_graph())
    seeded.close()
    port = free_port()
    env = {**os.environ, "SAMVERKAN_API_KEY": API_KEY, "SAMVERKAN_STORE": "embedded"}
    command = [
        sys.executable,
        "-m",
        "api",
        "serve",
        "--workers",
        "2",
        "--port",
        str(port),
        "--data-dir",
        str(data),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            wait_until_up(client, process, time.monotonic() + 120)
            assert client.get("/stats").json()["documents"] == 3
            res = client.post(
                "/documents", files={"file": ("flera.txt", TEXT)}, headers={"X-API-Key": API_KEY}
            )
            assert res.status_code == 202, res.text
            job = res.json()
            deadline = time.monotonic() + 300
            while job["state"] in ("queued", "running"):  # asked of either process
                assert time.monotonic() < deadline, job
                time.sleep(0.1)
                again = client.get(f"/jobs/{job['id']}")
                assert again.status_code == 200, again.text
                job = again.json()
            assert job["state"] == "done", job
            # Fresh connections, spread over both processes: each sees the new document.
            for _ in range(20):
                with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as fresh:
                    assert fresh.get("/stats").json()["documents"] == 4
                    detail = fresh.get(f"/documents/{job['document']}")
                    assert detail.status_code == 200, detail.text
                    assert len(detail.json()["entities"]) == job["result"]["entities"]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
