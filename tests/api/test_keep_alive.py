"""`samverkan serve` keeps an idle connection open longer than an HTTP client keeps it idle.

httpx reuses a pooled connection idle for up to 5 s; a server that closes idle connections
after the same 5 s races it, and the client's next request on a connection the server just
closed is lost ("Server disconnected without sending a response"). Here one connection is left
idle for longer than httpx's expiry and then used again: the real server must still answer on it.
"""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.api.test_serve_workers import free_port, wait_until_up

# Longer than httpx's pool expiry (and uvicorn's default keep-alive), both 5 s.
IDLE_S = 6.5


def test_a_connection_idle_longer_than_a_clients_pool_keeps_it_is_still_answered(tmp_path: Path) -> None:
    assert httpx.Limits().keepalive_expiry is not None and httpx.Limits().keepalive_expiry < IDLE_S
    port = free_port()
    env = {**os.environ, "SAMVERKAN_STORE": "embedded"}
    command = [
        sys.executable,
        "-m",
        "api",
        "serve",
        "--port",
        str(port),
        "--data-dir",
        str(tmp_path / "data"),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            wait_until_up(client, process, time.monotonic() + 120)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("GET", "/health")
            first = connection.getresponse()
            first.read()
            assert first.status == 200
            assert (first.getheader("connection") or "").lower() != "close"
            opened = connection.sock
            time.sleep(IDLE_S)
            connection.request("GET", "/health")  # on the same socket: http.client does not reconnect
            assert connection.sock is opened
            second = connection.getresponse()  # RemoteDisconnected if the server closed it
            second.read()
            assert second.status == 200
        finally:
            connection.close()
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
