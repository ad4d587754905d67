"""The FastAPI application: the JSON API under ``/api``, the dashboard pages, static assets.

The store is opened when the app starts and closed when it stops (see
:class:`~parley.serve._handle.StoreHandle` for how requests share it). Errors are answered in
one shape by the handlers of :mod:`parley.serve._errors`; bodies are capped by
:class:`~parley.serve._limits.BodySizeLimit`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from parley.serve import _access, _api, _pages
from parley.serve._access import ReadGuard
from parley.serve._check import EvidenceCache
from parley.serve._config import ServeConfig
from parley.serve._errors import PageRenderer, install_error_handlers
from parley.serve._handle import StoreHandle
from parley.serve._limits import BodySizeLimit

__all__ = ["STATIC_DIR", "TEMPLATES_DIR", "create_app"]

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

API_DESCRIPTION = """\
Sourced records from conflict news: **figures** (numbers with what they count and who claims
them), **events** (PLOVER 2.0 type, actors, status, date, place) and **attributions** (who says
what), each with character offsets into its article.

Listings take `offset`/`limit` paging and a `sort` order and answer
`{"items": [...], "total": N, "offset": O, "limit": L}`. Every error answers
`{"error": {"status", "type", "message", "problems"}}`.

`POST /api/check` checks a draft against the store and answers the report
`parley check --format json` writes; `GET /api/export` downloads every record (JSONL, or the
tables as CSV or Parquet in a zip). Both are reads.

`POST /api/documents` needs `Authorization: Bearer <PARLEY_TOKEN>`. Reads are open on a
server that listens on loopback (or was started with `--public-reads`); otherwise they need the
same header (browsers log in once at `/login`).
"""

#: Swagger UI is served from the package (static/vendor) so the API page works offline.
SWAGGER_JS = "/static/vendor/swagger-ui-bundle.js"
SWAGGER_CSS = "/static/vendor/swagger-ui.css"


def create_app(config: ServeConfig | None = None) -> FastAPI:
    """The parley web app for ``config`` (default: ``./parley.duckdb``, or ``$PARLEY_DB``, no writes).

    The store is opened when the app starts (``uvicorn`` or a test client used as a context
    manager) and closed when it stops.
    """
    from parley import __version__

    config = config or ServeConfig.from_env()
    handle = StoreHandle(config)
    app = FastAPI(
        title="parley",
        version=__version__,
        summary="Figures, events and attributions read from conflict news, each traceable to its sentence.",
        description=API_DESCRIPTION,
        lifespan=_store_lifespan(handle),
        docs_url=None,
        redoc_url=None,
    )
    templates = _templates()
    app.state.store = handle
    app.state.evidence = EvidenceCache(handle)  # kept between checks while the records are unchanged
    app.state.config = config
    app.state.templates = templates
    app.get("/docs", include_in_schema=False, name="api_docs")(_api_docs)
    render_error = _error_page_renderer(templates)
    install_error_handlers(app, render_error)
    _add_routes(app, config, render_error)
    return app


def _store_lifespan(handle: StoreHandle) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the store when the app starts and close it when it stops, also when serving fails,
    so a DuckDB file is never left locked by a stopped server."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        handle.open()
        try:
            yield
        finally:
            handle.close()

    return lifespan


def _templates() -> Jinja2Templates:
    """The page templates, with the ``as_written`` filter the ledgers use to show a day only as
    precisely as the reports gave it."""
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["as_written"] = day_as_written
    return templates


def _error_page_renderer(templates: Jinja2Templates) -> Callable[[Request, int, str], HTMLResponse]:
    """How a page (not an API call) answers an error: the error template, with the status code,
    so a browser shows a page and not a JSON body."""

    def render_error(request: Request, status: int, message: str) -> HTMLResponse:
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message, "nav": ""}, status_code=status
        )

    return render_error


def _api_docs() -> HTMLResponse:
    """The Swagger UI page of the API, from the packaged assets (works offline) and without the
    validator badge, which would send the schema to an outside service."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="parley API", swagger_js_url=SWAGGER_JS, swagger_css_url=SWAGGER_CSS,
        swagger_favicon_url="/static/favicon.svg",
        swagger_ui_parameters={"validatorUrl": None, "defaultModelsExpandDepth": 0},
    )


def _add_routes(app: FastAPI, config: ServeConfig, render_error: PageRenderer) -> None:
    """The API, pages, login and static assets, behind the body-size cap and the read guard
    (``render_error`` makes the cap's refusal of a page's form a page).

    Middleware added last runs first: the read guard is outermost, so a request without access
    is refused before any of its body is read.
    """
    app.include_router(_api.router)
    app.include_router(_pages.router)
    app.include_router(_access.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_middleware(BodySizeLimit, max_bytes=config.max_body_bytes, render_page=render_error)
    app.add_middleware(ReadGuard, config=config)


def day_as_written(day: dt.date | None, precision: str | None = None) -> str:
    """A ledger day as precise as the reports gave it: '2011', '2023-10' or '2023-11-24' ('' if none)."""
    if day is None:
        return ""
    return day.isoformat()[: {"year": 4, "month": 7}.get(precision or "day", 10)]
