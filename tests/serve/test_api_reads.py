"""The read API over the example store: filters, paging, sorting, ledgers, and one error shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from parley.pipeline import ingest_paths
from parley.serve import ServeConfig, create_app
from parley.store import Store

SEED_ID = "4ee4dba7f869a12d"  # content hash of the bundled seed report


def _error(response: Any, status: int) -> dict[str, Any]:
    """The response's error, after checking it has exactly the one error shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "type", "message", "problems"}
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"].strip()
    assert all(isinstance(p, str) for p in error["problems"])
    return dict(error)


# ---------------------------------------------------------------------- good input


def test_figures_filtered_by_category_are_all_of_that_category(client: TestClient) -> None:
    body = client.get("/api/figures", params={"category": "released", "limit": 500}).json()
    assert body["total"] >= 3
    assert {f["category"] for f in body["items"]} == {"released"}


def test_seed_toll_is_claimed_by_israeli_officials_and_links_to_its_sentence(client: TestClient) -> None:
    body = client.get("/api/figures", params={"text": "1,200", "doc_id": SEED_ID}).json()
    figure = next(f for f in body["items"] if f["text"] == "around 1,200")
    assert figure["value"] == 1200 and figure["claimant"] == "Israeli officials"
    assert "1,200" in figure["sentence"]
    assert figure["href"] == f"/documents/{SEED_ID}?figure={figure['idx']}#figure-{figure['idx']}"


def test_claimant_none_lists_only_the_articles_own_figures(client: TestClient) -> None:
    items = client.get("/api/figures", params={"claimant": "none", "limit": 500}).json()["items"]
    assert items and all(f["claimant"] is None for f in items)


def test_paging_splits_the_listing_without_overlap(client: TestClient) -> None:
    whole = client.get("/api/figures", params={"limit": 500}).json()
    first = client.get("/api/figures", params={"limit": 5}).json()
    second = client.get("/api/figures", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == whole["total"]
    keys = [(f["doc_id"], f["idx"]) for f in first["items"] + second["items"]]
    assert keys == [(f["doc_id"], f["idx"]) for f in whole["items"][:10]]


def test_sort_by_value_descending_puts_the_largest_figure_first(client: TestClient) -> None:
    items = client.get("/api/figures", params={"sort": "-value", "limit": 500}).json()["items"]
    values = [f["value"] for f in items if f["value"] is not None]
    assert values[0] == max(values)


def test_events_filter_by_type_and_status(client: TestClient) -> None:
    items = client.get("/api/events", params={"type": "RETREAT", "status": "offered"}).json()["items"]
    assert items and all(e["type"] == "RETREAT" and e["status"] == "offered" for e in items)


def test_events_since_a_day_excludes_older_articles(client: TestClient) -> None:
    items = client.get("/api/events", params={"since": "2025-01-01", "limit": 500}).json()["items"]
    assert items and all(e["published"] >= "2025-01-01" for e in items)


def test_documents_list_every_example_newest_first_with_counts(client: TestClient) -> None:
    items = client.get("/api/documents").json()["items"]
    dates = [d["date"] for d in items if d["date"]]
    assert len(items) == 5 and dates == sorted(dates, reverse=True)
    assert next(d for d in items if d["doc_id"] == SEED_ID)["figures"] > 5


def test_document_by_id_prefix_has_its_text_cut_into_marked_segments(client: TestClient) -> None:
    view = client.get(f"/api/documents/{SEED_ID[:6]}").json()
    assert view["doc_id"] == SEED_ID and view["ai_generated"] is True
    kinds = {s["mark"]["kind"] for b in view["blocks"] for s in b["segments"] if s["mark"]}
    assert {"figure", "event", "cue"} <= kinds
    text = "".join(s["text"] for b in view["blocks"] for s in b["segments"])
    assert text.startswith("In a surprising turn of events")


def test_document_focused_on_a_figure_returns_its_sentence_as_the_focus_block(client: TestClient) -> None:
    view = client.get(f"/api/documents/{SEED_ID}", params={"figure": 2}).json()
    focus = [b for b in view["blocks"] if b["focus"]]
    assert len(focus) == 1
    assert "".join(s["text"] for s in focus[0]["segments"]) == view["focus_sentence"]
    assert view["figures"][2]["text"] in view["focus_sentence"]


def test_attributions_of_one_document_name_their_cue(client: TestClient) -> None:
    items = client.get("/api/attributions", params={"doc_id": SEED_ID, "limit": 500}).json()["items"]
    assert items and all(a["doc_id"] == SEED_ID and a["cue"]["text"] for a in items)


def test_overview_charts_a_category_with_dated_points(client: TestClient) -> None:
    body = client.get("/api/overview", params={"category": "released"}).json()
    assert body["category"] == "released" and body["series"]
    assert body["counts"]["documents"] == 5 and body["timeline"]


def test_captive_ledger_lines_link_to_their_sentence(client: TestClient) -> None:
    body = client.get("/api/ledgers/captives").json()
    assert any(line["action"] == "released" for line in body["lines"])
    line = body["lines"][0]
    view = client.get(line["source"]["href"].split("#")[0].replace("/documents/", "/api/documents/")).json()
    assert line["source"]["sentence"].strip() in view["focus_sentence"]


@pytest.mark.parametrize("path", ["/api/ledgers/truces", "/api/series"])
def test_reconciled_views_answer_with_sources(client: TestClient, path: str) -> None:
    response = client.get(path, params={"since": "2023-01-01"})
    assert response.status_code == 200
    assert "/documents/" in response.text


#: Two wire reports of one strike whose claimants disagree on the toll.
DISPUTED_TOLL = [
    {"title": "Strike on school", "date": "2024-05-01", "outlet": "wire a",
     "text": "Gaza's health ministry said 30 people were killed in the strike on the school in Nuseirat."},
    {"title": "Army on school strike", "date": "2024-05-01", "outlet": "wire b",
     "text": "Israel's military said 12 people were killed in the strike on the school in Nuseirat."},
]


def test_conflicts_set_claimants_side_by_side_with_their_sources(tmp_path: Path) -> None:
    """The bundled examples hold no disagreement, so two reports that hold one are stored here."""
    dump = tmp_path / "toll.jsonl"
    dump.write_text("\n".join(json.dumps(record) for record in DISPUTED_TOLL) + "\n", encoding="utf-8")
    db = tmp_path / "toll.duckdb"
    with Store(db) as store:
        assert ingest_paths([dump], store).ok
    with TestClient(create_app(ServeConfig(db=str(db), read_only=True))) as client:
        response = client.get("/api/conflicts", params={"since": "2024-01-01"})
    assert response.status_code == 200
    [conflict] = response.json()["conflicts"]
    claims = {claim["claimant"]: claim["value"] for claim in conflict["claims"]}
    assert claims == {"Gaza's health ministry": 30.0, "Israel's military": 12.0}
    assert all(claim["source"]["href"].startswith("/documents/") for claim in conflict["claims"])


# ---------------------------------------------------------------------- bad input: one error shape

BAD_REQUESTS = [
    ("/api/figures", {"category": "casualties"}, 422),
    ("/api/figures", {"limit": 0}, 422),
    ("/api/figures", {"limit": 501}, 422),
    ("/api/figures", {"offset": -1}, 422),
    ("/api/figures", {"sort": "size"}, 422),
    ("/api/figures", {"since": "last week"}, 422),
    ("/api/figures", {"since": "2024-02-01", "until": "2024-01-01"}, 400),
    ("/api/figures", {"colour": "red"}, 422),
    ("/api/figures", {"doc_id": "ffffffffffff"}, 404),
    ("/api/events", {"type": "BOMB"}, 422),
    ("/api/events", {"status": "rumoured"}, 422),
    ("/api/documents", {"sort": "title"}, 422),
    ("/api/documents/ffffffffffff", {}, 404),
    (f"/api/documents/{SEED_ID}", {"figure": 9999}, 400),
    (f"/api/documents/{SEED_ID}", {"figure": 1, "event": 1}, 400),
    (f"/api/documents/{SEED_ID}", {"at": 10**7}, 400),
    ("/api/attributions", {"doc_id": "ffffffffffff"}, 404),
    ("/api/overview", {"category": "everything"}, 422),
    ("/api/ledgers/captives", {"since": "soon"}, 422),
    ("/api/series", {"category": "casualties"}, 422),
    ("/api/series", {"category": "duration"}, 400),
    ("/api/conflicts", {"until": "2024-13-01"}, 422),
    ("/api/no-such-endpoint", {}, 404),
]


@pytest.mark.parametrize(("path", "params", "status"), BAD_REQUESTS)
def test_bad_requests_answer_the_one_error_shape_with_a_clear_message(
    client: TestClient, path: str, params: dict[str, Any], status: int
) -> None:
    error = _error(client.get(path, params=params), status)
    assert error["type"] != "InternalError"


def test_validation_error_names_the_bad_parameter(client: TestClient) -> None:
    error = _error(client.get("/api/figures", params={"category": "casualties"}), 422)
    assert error["problems"][0].startswith("category:")
    assert "killed" in error["message"]


def test_missing_document_says_which_id(client: TestClient) -> None:
    error = _error(client.get("/api/documents/ffffffffffff"), 404)
    assert error["type"] == "NotFound" and "ffffffffffff" in error["message"]


def test_a_missing_id_pasted_whole_is_not_echoed_whole(client: TestClient) -> None:
    """An id pasted wrong (here a whole paragraph) is shown cut, with its length, not repeated in full."""
    pasted = "Gaza health ministry says 32 killed in strikes on Rafah " * 90
    error = _error(client.get(f"/api/documents/{pasted.strip()}"), 404)
    assert len(error["message"]) < 200 and "characters" in error["message"]


def test_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/figures", "/api/events", "/api/attributions", "/api/documents", "/api/documents/{doc_id}",
        "/api/overview", "/api/ledgers/captives", "/api/ledgers/truces", "/api/series", "/api/conflicts",
        "/api/brief",
    } <= set(paths)
    assert "post" in paths["/api/documents"]
    assert not any(p.startswith("/figures") for p in paths)  # pages stay out of the API schema
