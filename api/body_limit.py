"""The largest request body the API reads: larger ones get 413 before they are parsed.

A declared Content-Length over the limit is refused without passing the request on; a
body sent without one (chunked) is counted as it arrives and refused when it passes the
limit, whatever the route was doing with it. Before answering, up to `DRAIN_BYTES` of the
rest of the body are read and dropped, so that a client still sending gets to read the
413 instead of a reset connection; a longer body has its connection closed.
"""

from __future__ import annotations

import contextlib
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body

# Room for the multipart envelope (boundaries, part headers) around an uploaded file.
ENVELOPE_BYTES = 64 * 1024
DRAIN_BYTES = 8 * 1024 * 1024


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: 413 in the API's error shape for bodies over `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(receive, send, more_body=True)
            return
        state = {"received": 0, "exceeded": False, "more_body": True}

        async def counted() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["more_body"] = message.get("more_body", False)
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_bytes:
                    state["exceeded"] = True
                    raise _TooLarge
            return message

        async def guarded(message: Message) -> None:
            # Once the body has passed the limit, whatever the app answers is replaced by 413.
            if not state["exceeded"]:
                await send(message)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, counted, guarded)
        if state["exceeded"]:
            await self._refuse(receive, send, more_body=bool(state["more_body"]))

    async def _refuse(self, receive: Receive, send: Send, *, more_body: bool) -> None:
        drained = 0
        while more_body and drained <= DRAIN_BYTES:
            message = await receive()
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            more_body = message.get("more_body", False)
        body = json.dumps(
            error_body(
                413,
                "payload_too_large",
                f"Begäran är större än gränsen på {self.max_bytes:,} byte".replace(",", " "),
            ),
            ensure_ascii=False,
        ).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
