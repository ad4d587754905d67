"""What an analyst clicking through the dashboard meets: every link answers, and errors say what to send.

The store is filled through the API with short reports of our own on two conflicts (a raid
in central Mali and clashes in North Kivu), so the listings have several claimants, figures
without a claimant, and more than one value per column to sort by.
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

Writable = tuple[TestClient, Path]

REPORTS = [
    {"doc_id": "mopti-1", "date": "2025-03-02", "outlet": "Sahel Monitor",
     "text": "MOPTI, Mali - Gunmen killed 14 civilians in a raid on a village near Mopti on Saturday, the regional "
             "governor said. A local rights group said at least 22 people were killed."},
    {"doc_id": "mopti-2", "date": "2025-03-07", "outlet": "Bamako Daily",
     "text": "BAMAKO - Militants released 5 women abducted near Mopti, a community leader said on Friday. "
             "JNIM offered to free the others in exchange for 20 detained fighters."},
    {"doc_id": "kivu-1", "date": "2025-06-12", "outlet": "Kivu Post",
     "text": "GOMA, Democratic Republic of Congo - At least 31 people were killed in clashes between M23 rebels "
             "and the Congolese army near Rutshuru on Wednesday, the provincial governor said. "
             "The army denied shelling civilians."},
    {"doc_id": "kivu-2", "date": "2025-06-20", "outlet": "Great Lakes Wire",
     "text": "KINSHASA - The Congolese army and M23 began a 72-hour ceasefire on Thursday, Qatari mediators said."},
]

#: Where an analyst starts; the walk follows every same-site link of these pages.
START_PAGES = ["/", "/figures", "/events", "/documents", "/attributions", "/ledgers", "/documents/kivu-1"]


@pytest.fixture
def filled(writable: Writable, auth: dict[str, str]) -> TestClient:
    """The writable app with the four reports posted as one JSONL body."""
    client, _ = writable
    body = "".join(json.dumps(report) + "\n" for report in REPORTS)
    answer = client.post("/api/documents", content=body, headers={**auth, "Content-Type": "application/x-ndjson"})
    assert answer.status_code == 201, answer.text
    return client


def _links(html: str) -> set[str]:
    """The same-site page links of a page (assets and the API schema viewer excluded)."""
    hrefs = {unescape(h) for h in re.findall(r'href="([^"#]+)', html)}
    return {h for h in hrefs if h.startswith("/") and not h.startswith(("/static/", "/docs", "/logout"))}


def test_every_link_of_the_dashboard_pages_answers(filled: TestClient) -> None:
    pages = [filled.get(path, headers={"Accept": "text/html"}) for path in START_PAGES]
    assert all(page.status_code == 200 for page in pages)
    links = set().union(*(_links(page.text) for page in pages))
    broken = {link: answer.status_code for link in sorted(links)
              if (answer := filled.get(link, headers={"Accept": "text/html"})).status_code != 200}
    assert not broken, broken


@pytest.mark.parametrize(("path", "column"), [
    ("/figures", "category"), ("/figures", "claimant"), ("/figures", "value"),
    ("/events", "type"), ("/events", "status"),
    ("/documents", "figures"), ("/documents", "events"),
])
def test_a_column_header_sorted_one_way_links_to_the_other(filled: TestClient, path: str, column: str) -> None:
    page = filled.get(path, params={"sort": column}, headers={"Accept": "text/html"})
    assert page.status_code == 200
    toggles = [link for link in _links(page.text) if f"sort=-{column}" in urlsplit(link).query]
    assert toggles, f"no header link sorts {column} descending"
    assert filled.get(toggles[0], headers={"Accept": "text/html"}).status_code == 200


def test_claimants_sorted_descending_come_in_reverse_alphabetical_order(filled: TestClient) -> None:
    items = filled.get("/api/figures", params={"sort": "-claimant"}).json()["items"]
    named = [item["claimant"].lower() for item in items if item["claimant"]]
    assert len(named) >= 3 and named == sorted(named, reverse=True)


def test_events_sorted_by_status_descending_put_the_latest_status_name_first(filled: TestClient) -> None:
    statuses = [item["status"] for item in filled.get("/api/events", params={"sort": "-status"}).json()["items"]]
    assert len(set(statuses)) >= 2 and statuses == sorted(statuses, reverse=True)


@pytest.mark.parametrize("day", ["yesterday", "3/5/2025", "2025-13-01", "2025-02-30"])
def test_a_bad_day_says_how_to_write_one(filled: TestClient, day: str) -> None:
    error = filled.get("/api/figures", params={"since": day}).json()["error"]
    assert error["status"] == 422 and "since" in error["message"] and "YYYY-MM-DD" in error["message"]


@pytest.mark.parametrize(("params", "status"), [
    ({"sort": "-size"}, 422), ({"sort": "--claimant"}, 422), ({"limit": "-1"}, 422),
])
def test_sort_and_paging_still_refuse_what_is_no_choice(
    filled: TestClient, params: dict[str, str], status: int
) -> None:
    answer = filled.get("/api/figures", params=params)
    assert answer.status_code == status and "YYYY-MM-DD" not in answer.text


def test_a_body_in_another_encoding_is_told_to_declare_its_charset(writable: Writable, auth: dict[str, str]) -> None:
    client, _ = writable
    body = "Police said two people died in Bogotá on Sunday.".encode("cp1252")
    answer = client.post("/api/documents", content=body, headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
    message = answer.json()["error"]["message"]
    assert answer.status_code == 422
    assert "charset=" in message and "--encoding" not in message and "read_inputs" not in message


def test_the_same_body_with_its_charset_declared_is_stored(writable: Writable, auth: dict[str, str]) -> None:
    client, _ = writable
    body = "Police said two people died in Bogotá on Sunday.".encode("cp1252")
    answer = client.post("/api/documents", content=body, headers={**auth, "Content-Type": "text/plain; charset=cp1252"})
    assert answer.status_code == 201 and answer.json()["added"] == 1
