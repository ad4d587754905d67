"""The JSON API under ``/api``: thin routes over the data functions in :mod:`parley.serve._data`.

Each GET route parses its query into a model, takes the store and returns what the data
function returns; the dashboard page of the same name calls the same function. The one write,
``POST /api/documents``, checks the token before reading the body; ``POST /api/check`` posts a
draft but stores nothing, so it is a read (:mod:`parley.serve._check`), as is the download of
``GET /api/export`` (:mod:`parley.serve._export`).
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from parley.serve._article import ArticleView, article_view
from parley.serve._check import DRAFT_MEDIA_TYPES, app_evidence, check_body
from parley.serve._config import TOKEN_ENV, ServeConfig
from parley.serve._data import (
    AttributionItem,
    AttributionQuery,
    DocumentQuery,
    DocumentSummary,
    EventItem,
    EventQuery,
    FigureItem,
    FigureQuery,
    Page,
    attribution_page,
    document_page,
    event_page,
    figure_page,
)
from parley.serve._errors import ERROR_RESPONSES, ErrorBody, Forbidden, Unauthorized
from parley.serve._export import EXPORT_FORMATS, ExportFormat, ExportResponse, export_download
from parley.serve._handle import StoreHandle, app_store
from parley.serve._ledgers import (
    BriefQuery,
    CaptiveLedger,
    ConflictList,
    LedgerQuery,
    SeriesList,
    SeriesQuery,
    TruceLedger,
    brief_of,
    captive_ledger,
    conflict_list,
    series_list,
    truce_ledger,
)
from parley.serve._overview import Overview, overview
from parley.serve._posting import MEDIA_TYPES, IngestResult, ingest_body
from parley.types import Category

__all__ = ["router"]

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
_bearer = HTTPBearer(auto_error=False, description=f"the server's write token (${TOKEN_ENV})")


Handle = Annotated[StoreHandle, Depends(app_store)]


@router.get("/overview", tags=["dashboard"])
def get_overview(
    handle: Handle, category: Annotated[Category | None, Query(description="figure category to chart")] = None
) -> Overview:
    """Totals, the dated events for a timeline, and one figure category's series per claimant."""
    with handle.use() as store:
        return overview(store, category)


@router.get("/documents", tags=["documents"])
def list_documents(handle: Handle, query: Annotated[DocumentQuery, Query()]) -> Page[DocumentSummary]:
    """Stored articles, newest first, with how many figures and events each holds."""
    with handle.use() as store:
        return document_page(store, query)


@router.get("/documents/{doc_id}", tags=["documents"])
def get_document(
    handle: Handle,
    doc_id: str,
    figure: Annotated[int | None, Query(ge=0, le=100_000, description="focus on this figure's sentence")] = None,
    event: Annotated[int | None, Query(ge=0, le=100_000, description="focus on this event's sentence")] = None,
    attribution: Annotated[int | None, Query(ge=0, le=100_000, description="focus on this attribution")] = None,
    at: Annotated[int | None, Query(ge=0, le=100_000_000, description="focus on the sentence at this offset")] = None,
) -> ArticleView:
    """One article (id or unique id prefix) with its records and its text cut into marked segments."""
    with handle.use() as store:
        return article_view(store, doc_id, figure=figure, event=event, attribution=attribution, at=at)


@router.post(
    "/documents",
    tags=["documents"],
    status_code=201,
    responses={
        200: {"model": IngestResult, "description": "every article was already stored; nothing changed"},
        401: {"model": ErrorBody, "description": "no token"},
        403: {"model": ErrorBody, "description": "wrong token, or the server accepts no writes"},
        413: {"model": ErrorBody, "description": "body over the size limit"},
        415: {"model": ErrorBody, "description": "body in a format that is not read"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "one article as text or an HTML page, or a JSONL dump (one {\"text\": ...} per line)",
            "content": {media: {"schema": {"type": "string"}} for media in MEDIA_TYPES},
        }
    },
)
async def post_documents(
    request: Request,
    response: Response,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> IngestResult:
    """Read articles from the body and store them, all or nothing (needs the write token).

    Text and HTML bodies hold one article; a JSONL body holds one article per line with the
    fields of `parley ingest` (text, date, outlet, url, title, doc_id). If any article cannot be
    read, or two of them are given one id with different texts or metadata, the answer is 422
    listing every problem, and nothing is stored.
    """
    config: ServeConfig = request.app.state.config
    _check_token(config, credentials)
    body = await request.body()
    handle = app_store(request)

    def run() -> IngestResult:
        with handle.use() as store:
            return ingest_body(body, request.headers.get("content-type", ""), store, max_bytes=config.max_body_bytes)

    result = await run_in_threadpool(run)
    response.status_code = 201 if result.added or result.replaced else 200
    return result


@router.get("/figures", tags=["records"])
def list_figures(handle: Handle, query: Annotated[FigureQuery, Query()]) -> Page[FigureItem]:
    """Figures with their sentence, filtered by category, claimant, dates, text or document."""
    with handle.use() as store:
        return figure_page(store, query)


@router.get("/events", tags=["records"])
def list_events(handle: Handle, query: Annotated[EventQuery, Query()]) -> Page[EventItem]:
    """Events with their sentence, filtered by PLOVER type, status, dates, text or document."""
    with handle.use() as store:
        return event_page(store, query)


@router.get("/attributions", tags=["records"])
def list_attributions(handle: Handle, query: Annotated[AttributionQuery, Query()]) -> Page[AttributionItem]:
    """Who says what: source, cue and content, filtered by document or source."""
    with handle.use() as store:
        return attribution_page(store, query)


@router.get("/ledgers/captives", tags=["ledgers"])
def get_captive_ledger(handle: Handle, query: Annotated[LedgerQuery, Query()]) -> CaptiveLedger:
    """Captives taken, held and released per side and date, and the exchanges among them."""
    with handle.use() as store:
        return captive_ledger(store, query)


@router.get("/ledgers/truces", tags=["ledgers"])
def get_truce_ledger(handle: Handle, query: Annotated[LedgerQuery, Query()]) -> TruceLedger:
    """Truce agreements, starts, extensions, ends and breaches, oldest first."""
    with handle.use() as store:
        return truce_ledger(store, query)


@router.get("/series", tags=["ledgers"])
def get_series(handle: Handle, query: Annotated[SeriesQuery, Query()]) -> SeriesList:
    """Figure series per category, what is counted, place and claimant; every point with its source."""
    with handle.use() as store:
        return series_list(store, query)


@router.get("/conflicts", tags=["ledgers"])
def get_conflicts(handle: Handle, query: Annotated[LedgerQuery, Query()]) -> ConflictList:
    """Claimants whose newest values for the same count disagree."""
    with handle.use() as store:
        return conflict_list(store, query)


@router.get("/brief", tags=["ledgers"])
def get_brief(handle: Handle, query: Annotated[BriefQuery, Query()]) -> dict[str, Any]:
    """A brief on captives, a truce or casualties written from sourced records only, every sentence cited."""
    with handle.use() as store:
        return brief_of(store, query)


@router.post(
    "/check",
    tags=["check"],
    responses={
        413: {"model": ErrorBody, "description": "body over the size limit"},
        415: {"model": ErrorBody, "description": "body in a format that is not read"},
        422: {"model": ErrorBody, "description": "the draft is empty, binary, undecodable or too long"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the draft: plain text, Markdown or an HTML page (a first line 'date YYYY-MM-DD' dates it)",
            "content": {media: {"schema": {"type": "string"}} for media in DRAFT_MEDIA_TYPES},
        }
    },
)
async def post_check(
    request: Request,
    machine_written: Annotated[
        bool, Query(description="also use machine-written stored articles as evidence")
    ] = False,
) -> dict[str, Any]:
    """Check a draft against the store, as `parley check --format json` does; nothing is stored.

    Each figure, event and attribution of the draft is marked contradicted, misattributed,
    supported or unsourced, most severe first, with the stored reports behind its verdict
    (`doc_id` and `start` locate each one's sentence). A read: it needs the token only where
    reads do.
    """
    body = await request.body()
    content_type = request.headers.get("content-type", "")
    return await run_in_threadpool(check_body, app_evidence(request), body, content_type,
                                   machine_written=machine_written)


@router.get(
    "/export",
    tags=["records"],
    response_class=FileResponse,
    responses={200: {"description": "the download", "content": {media: {} for media in EXPORT_FORMATS.values()}}},
)
def get_export(
    handle: Handle,
    fmt: Annotated[
        ExportFormat, Query(alias="format", description="jsonl: one document a line with its records; "
                            "csv or parquet: a zip of the documents, figures, events and attributions tables")
    ] = "jsonl",
) -> FileResponse:
    """Every stored record as a download, written by the writers of `parley export`."""
    return ExportResponse(export_download(handle, fmt))


def _check_token(config: ServeConfig, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Writes need the server's token; the comparison takes the same time whatever is sent."""
    if config.read_only:
        raise Forbidden("this server was started read-only (--read-only); it stores nothing")
    if config.token is None:
        raise Forbidden(f"this server accepts no writes: start it with {TOKEN_ENV} set to enable POST")
    if credentials is None:
        raise Unauthorized("writing needs the server's token: send 'Authorization: Bearer <token>'")
    if not secrets.compare_digest(credentials.credentials.encode(), config.token.encode()):
        raise Forbidden("wrong token")
