"""ASGI middleware that caps request bodies before any endpoint reads them.

A declared ``Content-Length`` over the limit is refused at once; a chunked body is counted as
it arrives and refused as soon as it passes the limit, so the server never holds more than
``max_bytes`` (plus one chunk) of one request. The refusal (413) is the API's JSON error, or,
for a dashboard page a browser posted to (the ``/check`` form), the error page: a reader who
pasted too long a draft should see why in the browser, not a JSON body.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parley.serve._errors import PageRenderer, error_json, wants_html

__all__ = ["BodySizeLimit"]


class BodySizeLimit:
    """Refuse request bodies larger than ``max_bytes`` with 413: the JSON error body, or the page
    ``render_page`` makes where a page is wanted (:func:`~parley.serve._errors.wants_html`)."""

    def __init__(self, app: ASGIApp, max_bytes: int, render_page: PageRenderer | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.render_page = render_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
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
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._refusal(Request(scope))(scope, receive, send)

    def _refusal(self, request: Request) -> Response:
        """The 413 answer: a page for a browser's form, the JSON error for everything else."""
        if self.render_page is not None and wants_html(request):
            message = (f"the form sent is over this server's {self.max_bytes:,}-byte limit; check a shorter draft, "
                       "or check the file with `parley check`")
            return self.render_page(request, 413, message)
        message = (
            f"request body is over the {self.max_bytes:,}-byte limit; send fewer articles per request "
            "or use `parley ingest` for large batches"
        )
        return JSONResponse(error_json(413, "PayloadTooLarge", message), status_code=413)


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
