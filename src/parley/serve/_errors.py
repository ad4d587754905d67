"""One JSON error shape for every failure, and the mapping of parley's errors to HTTP statuses.

Every error response of the API, whatever raised it (parley's own errors, FastAPI's validation,
an unknown route, the size limit, the token check), has the body::

    {"error": {"status": 404, "type": "NotFound", "message": "no document with id 'x' in the store",
               "problems": []}}

``status`` comes from :attr:`parley.errors.ParleyError.status`, so the error tree decides the
HTTP code in one place. ``problems`` lists each bad field or input line for validation errors.
Pages of the dashboard answer the same errors with an HTML page carrying the same message.
Unexpected exceptions answer 500 with a generic message; the traceback goes to the server log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.errors import ParleyError

__all__ = [
    "ERROR_RESPONSES",
    "ErrorBody",
    "ErrorDetail",
    "Forbidden",
    "PageRenderer",
    "PayloadTooLarge",
    "RejectedInput",
    "Unauthorized",
    "UnsupportedMediaType",
    "error_json",
    "install_error_handlers",
    "wants_html",
]

log = logging.getLogger("parley.serve")

#: How a dashboard page answers an error: ``render_page(request, status, message)`` gives the HTML response.
PageRenderer = Callable[[Request, int, str], Response]


class Unauthorized(ParleyError):
    """A write came without a token."""

    status = 401


class Forbidden(ParleyError):
    """A write came with a wrong token, or the server does not accept writes."""

    status = 403


class PayloadTooLarge(ParleyError):
    """A request body is over the server's size limit."""

    status = 413


class UnsupportedMediaType(ParleyError):
    """A request body in a format the endpoint does not read."""

    status = 415


class RejectedInput(ParleyError):
    """Posted articles that cannot be read; nothing of the request was stored."""

    status = 422

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class ErrorDetail(BaseModel):
    """What went wrong, in words a user can act on."""

    status: int = Field(description="the HTTP status, repeated for clients that only keep the body")
    type: str = Field(description="the error class: NotFound, UsageError, ValidationError, ...")
    message: str
    problems: list[str] = Field(default_factory=list, description="each bad field or input line")


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


#: For the OpenAPI schema: the error responses an endpoint may give.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "bad parameter value or combination"),
        (404, "no such record"),
        (422, "invalid parameters or unreadable input"),
    )
}


def error_json(status: int, kind: str, message: str, problems: list[str] | None = None) -> dict[str, Any]:
    """The error body as plain JSON data."""
    return ErrorBody(error=ErrorDetail(status=status, type=kind, message=message, problems=problems or [])).model_dump()


def install_error_handlers(app: FastAPI, render_page: PageRenderer) -> None:
    """Answer every error with :class:`ErrorBody` (API) or an error page (dashboard).

    ``render_page(request, status, message)`` builds the HTML response for dashboard paths.
    """

    def respond(request: Request, status: int, kind: str, message: str, problems: list[str] | None = None,
                headers: dict[str, str] | None = None) -> Response:
        if wants_html(request):
            response: Response = render_page(request, status, message)
            response.headers.update(headers or {})
            return response
        return JSONResponse(error_json(status, kind, message, problems), status_code=status, headers=headers)

    async def parley_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ParleyError)
        if exc.status >= 500:
            log.exception("error serving %s", request.url.path, exc_info=exc)
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
        return respond(request, exc.status, type(exc).__name__, exc.message, getattr(exc, "problems", None), headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = [_describe(e) for e in exc.errors()]
        message = "invalid request: " + "; ".join(problems) if problems else "invalid request"
        return respond(request, 422, "ValidationError", message, problems)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}; the API is listed at /docs"
        return respond(request, exc.status_code, "HTTPError", message, None, dict(exc.headers or {}) or None)

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error serving %s", request.url.path, exc_info=exc)
        return respond(request, 500, "InternalError", "internal error; the server log has the details")

    app.add_exception_handler(ParleyError, parley_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)


def wants_html(request: Request) -> bool:
    """Dashboard pages get HTML errors; the API, its schema and everything else get JSON."""
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path in ("/api", "/openapi.json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _describe(error: Any) -> str:
    """One bad field in words; a bad date also says how to write one.

    Pydantic's date messages ("input is too short", "invalid character in year") name what the
    parser tripped on, not the form it wants, so a reader who typed "yesterday" or "3/5/2025"
    would not learn from them what to send instead.
    """
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path"))
    message = f"{where or 'request'}: {error.get('msg', 'invalid')}"
    if str(error.get("type", "")).startswith(_DATE_ERRORS):
        message += f" (write the day as YYYY-MM-DD, e.g. {_DATE_EXAMPLE})"
    return message


#: Pydantic's error types for a value that is not a date ("date_parsing", "date_from_datetime_parsing"...).
_DATE_ERRORS = ("date_", "datetime_")
_DATE_EXAMPLE = "2025-03-01"

