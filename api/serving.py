"""How the web service is served: the uvicorn settings `samverkan serve` and the benchmarks share."""

from __future__ import annotations

from typing import Any

# How long an idle keep-alive connection stays open. uvicorn's default (5 s) equals httpx's
# pool expiry (5 s): a client that reuses a connection idle for just under 5 s by its clock
# sends on one the server has just closed ("Server disconnected without sending a response").
# The server must keep a connection longer than clients keep it idle; 120 s is above httpx's
# 5 s and Firefox's 115 s (Chrome retries a request a closed connection lost).
KEEP_ALIVE_S = 120


def uvicorn_options() -> dict[str, Any]:
    """Settings for uvicorn.run / uvicorn.Config beyond the app, host, port and workers."""
    return {"timeout_keep_alive": KEEP_ALIVE_S}
