"""Who may read: open reads on loopback, the token for reads elsewhere unless the operator opts out.

A server reachable from the network (``--host 0.0.0.0``) serves what the newsroom has gathered,
which may not be public yet, so there reads need the token too, unless it was started with
``--public-reads``. Scripts send ``Authorization: Bearer <token>``; people open ``/login``, give
the token once, and get a session cookie (HttpOnly, SameSite=Strict) holding an HMAC of the
token, never the token itself. Changing the token ends every session.

Always open, so that a reader can find out how to get in: the static assets, ``/login``, and
the API description (``/openapi.json``, ``/docs``). Writes are checked by the write endpoint
itself (:func:`parley.serve._api._check_token`), with or without this guard.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from parley.serve._config import ServeConfig
from parley.serve._errors import error_json

__all__ = ["SESSION_COOKIE", "ReadGuard", "form_fields", "router", "session_value"]

#: The cookie that carries a browser's session.
SESSION_COOKIE = "parley_session"

#: Paths that answer without a token (prefixes end with "/").
OPEN_PATHS = ("/static/", "/login", "/openapi.json", "/docs")

#: The one write route; it checks the token itself, and answers 401/403 in the API's shape.
WRITE_ROUTE = ("POST", "/api/documents")

router = APIRouter(include_in_schema=False)


def session_value(token: str) -> str:
    """The cookie value of a session opened with ``token``: an HMAC, so the cookie never holds the token."""
    return hmac.new(token.encode(), b"parley read session v1", hashlib.sha256).hexdigest()


def may_read(config: ServeConfig, authorization: str | None, cookie: str | None) -> bool:
    """Whether a request with this ``Authorization`` header and session cookie may read."""
    if config.open_reads:
        return True
    if config.token is None:
        return False
    if authorization and authorization.lower().startswith("bearer "):
        return secrets.compare_digest(authorization[7:].strip().encode(), config.token.encode())
    return cookie is not None and secrets.compare_digest(cookie.encode(), session_value(config.token).encode())


class ReadGuard:
    """ASGI middleware: requests other than the open paths and the write route need the token.

    Refused API requests get the API's JSON 401; refused pages are sent to ``/login``.
    """

    def __init__(self, app: ASGIApp, config: ServeConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.config.open_reads or self._exempt(scope):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if may_read(self.config, headers.get("authorization"), _cookie(headers.get("cookie", ""))):
            await self.app(scope, receive, send)
            return
        response = self._refusal(scope)
        await response(scope, receive, send)

    @staticmethod
    def _exempt(scope: Scope) -> bool:
        path: str = scope["path"]
        if (scope["method"], path) == WRITE_ROUTE:
            return True
        return any(path == p.rstrip("/") or path.startswith(p) for p in OPEN_PATHS)

    @staticmethod
    def _refusal(scope: Scope) -> Response:
        path: str = scope["path"]
        if path.startswith("/api/") or path == "/api":
            message = "this server's records need its token: send 'Authorization: Bearer <token>'"
            return Response(
                json.dumps(error_json(401, "Unauthorized", message)), status_code=401,
                media_type="application/json", headers={"WWW-Authenticate": "Bearer"},
            )
        query = scope.get("query_string", b"").decode("latin-1")
        target = path + (f"?{query}" if query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def _cookie(header: str) -> str | None:
    """The session cookie's value from a ``Cookie`` header, if present."""
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == SESSION_COOKIE:
            return value
    return None


async def form_fields(request: Request) -> dict[str, str]:
    """The fields of a posted HTML form (URL-encoded, UTF-8: the forms say ``accept-charset``),
    the first value of each; read without python-multipart, which the app does not need otherwise."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in form.items()}


def _safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this server only (never ``//elsewhere`` or a URL)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, target: Annotated[str | None, Query(alias="next")] = None) -> HTMLResponse:
    """The form that asks for the token."""
    return _login_page(request, _safe_next(target), None, 200)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    """Check the token from the form; on success set the session cookie and go where the reader was going."""
    config: ServeConfig = request.app.state.config
    form = await form_fields(request)
    token = form.get("token", "")
    target = _safe_next(form.get("next") or "/")
    if config.token is None or not secrets.compare_digest(token.encode(), config.token.encode()):
        return _login_page(request, target, "That token is not this server's. Ask whoever runs it.", 401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE, session_value(config.token), httponly=True, samesite="strict",
        secure=request.url.scheme == "https", path="/",
    )
    return response


def _login_page(request: Request, target: str, problem: str | None, status: int) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    context = {"next": target, "problem": problem, "nav": "", "json_href": None}
    return templates.TemplateResponse(request, "login.html", context, status_code=status)
