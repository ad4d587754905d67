"""The dashboard: HTML pages rendered from the same data functions as the JSON API.

Every page has a JSON twin (the "JSON" link on each page): ``/figures`` renders
:func:`~parley.serve._data.figure_page` as ``/api/figures`` returns it, with the same query
string. Filter forms submit empty fields, which are dropped before validation, so an empty
box means "any". Charts are Vega-Lite specs written here and drawn in the browser by the
Vega scripts shipped in ``static/vendor`` (no network needed).
"""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ValidationError

from parley.check import DRAFT_FORMATS
from parley.errors import InputError, UsageError
from parley.serve._access import form_fields
from parley.serve._article import article_view
from parley.serve._charts import PALETTE, series_spec, timeline_spec
from parley.serve._check import app_evidence, check_pasted, with_evidence_links
from parley.serve._data import (
    AttributionQuery,
    DocumentQuery,
    EventQuery,
    FigureQuery,
    attribution_page,
    document_page,
    event_page,
    figure_page,
)
from parley.serve._handle import app_store
from parley.serve._ledgers import LedgerQuery, captive_ledger, conflict_list, truce_ledger
from parley.serve._overview import Overview, overview
from parley.types import CATEGORIES, EVENT_TYPES, STATUSES

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

Q = TypeVar("Q", bound=BaseModel)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request) -> HTMLResponse:
    """Front page: totals, the event timeline and the figure series of one category per claimant."""
    params = _params(request)
    category = params.pop("category", None)
    if params or (category is not None and category not in CATEGORIES):
        _reject(f"the front page takes only category, one of: {', '.join(CATEGORIES)}")
    with app_store(request).use() as store:
        data = overview(store, category)  # type: ignore[arg-type]  # checked against CATEGORIES above
    context = {
        "data": data,
        "timeline_spec": timeline_spec(data.timeline),
        "series_spec": series_spec(data.series, data.lines, data.category),
        "series_rows": _series_rows(data),
        "json_href": _json_href(request, "/api/overview"),
    }
    return _render(request, "overview.html", "overview", context)


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request) -> HTMLResponse:
    """Every figure with its sentence; each number links to its sentence in the article."""
    query = _query(request, FigureQuery)
    with app_store(request).use() as store:
        page = figure_page(store, query)
    choices = {"category": CATEGORIES}
    return _listing(request, "figures.html", "figures", page, query, choices)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """Every event with its actors, status and sentence."""
    query = _query(request, EventQuery)
    with app_store(request).use() as store:
        page = event_page(store, query)
    return _listing(request, "events.html", "events", page, query, {"type": EVENT_TYPES, "status": STATUSES})


@router.get("/attributions", response_class=HTMLResponse)
def attributions_page(request: Request) -> HTMLResponse:
    """Who says what, in article order."""
    query = _query(request, AttributionQuery)
    with app_store(request).use() as store:
        page = attribution_page(store, query)
    return _listing(request, "attributions.html", "attributions", page, query, {})


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    """The stored articles, newest first."""
    query = _query(request, DocumentQuery)
    with app_store(request).use() as store:
        page = document_page(store, query)
    return _listing(request, "documents.html", "documents", page, query, {})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_view_page(request: Request, doc_id: str) -> HTMLResponse:
    """One article with its records highlighted, focused on the record the reader came for."""
    params = _params(request)
    focus: dict[str, int] = {}
    for key in ("figure", "event", "attribution", "at"):
        value = params.pop(key, None)
        if value is not None:
            if not value.isdigit():
                _reject(f"{key} must be a record number (0, 1, 2...), not {value!r}")
            focus[key] = int(value)
    if params:
        _reject(f"unknown parameter(s): {', '.join(sorted(params))}; use figure, event, attribution or at")
    with app_store(request).use() as store:
        view = article_view(store, doc_id, **focus)
    context = {"view": view, "json_href": _json_href(request, f"/api/documents/{doc_id}")}
    return _render(request, "document.html", "documents", context)


@router.get("/ledgers", response_class=HTMLResponse)
def ledgers_page(request: Request) -> HTMLResponse:
    """The captive ledger, the exchanges, the truce tracker and the claimants who disagree."""
    query = _query(request, LedgerQuery)
    with app_store(request).use() as store:
        context = {
            "captives": captive_ledger(store, query),
            "truces": truce_ledger(store, query),
            "conflicts": conflict_list(store, query),
            "query": query,
            "json_href": _json_href(request, "/api/ledgers/captives"),
        }
    return _render(request, "ledgers.html", "ledgers", context)


@router.get("/check", response_class=HTMLResponse)
def check_page(request: Request) -> HTMLResponse:
    """The form to paste a draft into; it posts to itself, so it works without JavaScript."""
    return _check_form(request, {"draft_text": "", "fmt": DRAFT_FORMATS[0]})


@router.post("/check", response_class=HTMLResponse)
async def check_submit(request: Request) -> HTMLResponse:
    """A pasted draft checked against the store: each claim with its verdict and links to the
    sentences of the reports behind it. A refused draft shows the form again with the reason.

    Nothing is stored, so, like a read, it needs only read access; the session cookie is
    SameSite=Strict, so another site cannot post here with a reader's session.
    """
    form = await form_fields(request)
    context: dict[str, Any] = {"draft_text": form.get("draft", ""), "fmt": form.get("format", DRAFT_FORMATS[0])}
    try:
        report = await run_in_threadpool(check_pasted, app_evidence(request), context["draft_text"], context["fmt"])
    except InputError as error:
        return _check_form(request, {**context, "problem": f"Cannot check this draft: {error.problem}"}, 422)
    except UsageError as error:
        return _check_form(request, {**context, "problem": error.message}, 400)
    return _check_form(request, {**context, "report": report, "marks": with_evidence_links(report)})


# ---------------------------------------------------------------------- helpers


def _series_rows(data: Overview) -> list[dict[str, Any]]:
    """The table under the series chart: one row per series, drawn ones first with their colour."""
    rows: dict[str, dict[str, Any]] = {}
    for p in data.series:
        row = rows.setdefault(p.line, {"line": p.line, "claimant": p.claimant, "counted": p.counted,
                                       "place": p.place, "points": [], "charted": p.charted})
        row["points"].append(p)
    order = {line: i for i, line in enumerate(data.lines)}
    out = sorted(rows.values(), key=lambda r: (order.get(r["line"], len(order)), -len(r["points"]), r["line"]))
    for row in out:
        row["colour"] = PALETTE[order[row["line"]]] if row["line"] in order else None
    return out



def _params(request: Request) -> dict[str, str]:
    """The query string without empty values (an empty filter box means "any")."""
    return {k: v for k, v in request.query_params.items() if v.strip()}


def _query(request: Request, model: type[Q]) -> Q:
    """The page's query model from the query string; a bad value is the API's 422."""
    try:
        return model.model_validate(_params(request))
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("query", *e["loc"])} for e in exc.errors()]) from exc


def _reject(message: str) -> None:
    raise RequestValidationError([{"loc": ("query",), "msg": message, "type": "value_error"}])


def _json_href(request: Request, path: str) -> str:
    query = urlencode(_params(request))
    return path + (f"?{query}" if query else "")


def _listing(
    request: Request, template: str, nav: str, page: Any, query: BaseModel, choices: dict[str, tuple[str, ...]]
) -> HTMLResponse:
    params = _params(request)

    def link(**changes: object) -> str:
        merged = {**params, **{k: str(v) for k, v in changes.items() if v is not None}}
        merged = {k: v for k, v in merged.items() if not (k == "offset" and v == "0")}
        return f"{request.url.path}?{urlencode(merged)}" if merged else request.url.path

    context = {
        "page": page,
        "query": query,
        "choices": choices,
        "link": link,
        "json_href": _json_href(request, "/api" + request.url.path),
    }
    return _render(request, template, nav, context)


def _check_form(request: Request, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """The check page: the form (refilled with the draft), a problem or the report if any.

    The report has no JSON twin link: its twin is ``POST /api/check``, which a link cannot make.
    """
    context = {"problem": None, "report": None, "marks": [], "formats": DRAFT_FORMATS, "json_href": None, **context}
    return _render(request, "check.html", "check", context, status)


def _render(request: Request, template: str, nav: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {**context, "nav": nav}, status_code=status)
