"""The FastAPI application: the JSON API under ``/api``, the dashboard pages, static assets.

The store is opened when the app starts and closed when it stops (see
:class:`~parley.serve._handle.StoreHandle` for how requests share it). Errors are answered in
one shape by the handlers of :mod:`parley.serve._errors`; bodies are capped by
:class:`~parley.serve._limits.BodySizeLimit`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from parley.serve import _api, _pages
from parley.serve._config import ServeConfig
from parley.serve._errors import install_error_handlers
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

Reads are open. `POST /api/documents` needs `Authorization: Bearer <PARLEY_TOKEN>`.
"""


def create_app(config: ServeConfig | None = None) -> FastAPI:
    """The parley web app for ``config`` (default: ``./parley.duckdb``, or ``$PARLEY_DB``, no writes).

    The store is opened when the app starts (``uvicorn`` or a test client used as a context
    manager) and closed when it stops.
    """
    from parley import __version__

    config = config or ServeConfig.from_env()
    handle = StoreHandle(config)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        handle.open()
        try:
            yield
        finally:
            handle.close()

    app = FastAPI(
        title="parley",
        version=__version__,
        summary="Figures, events and attributions read from conflict news, each traceable to its sentence.",
        description=API_DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.store = handle
    app.state.config = config
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    app.state.templates = templates

    def render_error(request: Request, status: int, message: str) -> HTMLResponse:
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message, "nav": ""}, status_code=status
        )

    install_error_handlers(app, render_error)
    app.include_router(_api.router)
    app.include_router(_pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_middleware(BodySizeLimit, max_bytes=config.max_body_bytes)
    return app
