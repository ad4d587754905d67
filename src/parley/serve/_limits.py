"""ASGI middleware that caps request bodies before any endpoint reads them.

A declared ``Content-Length`` over the limit is refused at once; a chunked body is counted as
it arrives and refused as soon as it passes the limit, so the server never holds more than
``max_bytes`` (plus one chunk) of one request. The refusal is the API's JSON error (413).
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parley.serve._errors import error_json

__all__ = ["BodySizeLimit"]


class BodySizeLimit:
    """Refuse request bodies larger than ``max_bytes`` with 413 and the JSON error body."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _refuse(self, send: Send) -> None:
        message = (
            f"request body is over the {self.max_bytes:,}-byte limit; send fewer articles per request "
            "or use `parley ingest` for large batches"
        )
        body = json.dumps(error_json(413, "PayloadTooLarge", message)).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        })
        await send({"type": "http.response.body", "body": body})


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that gives the already-read body once, then waits on the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
