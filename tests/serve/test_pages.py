"""The dashboard's HTML pages: each renders the same data as its JSON twin, and errors are pages too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli import app as cli_app

SEED_ID = "4ee4dba7f869a12d"
HTML = {"Accept": "text/html"}


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/", "Overview"), ("/figures", "Figures"), ("/events", "Events"), ("/attributions", "Who says what"),
     ("/documents", "Articles"), ("/ledgers", "Captives &amp; truces")],
)
def test_every_page_renders_with_its_heading_and_json_twin(client: TestClient, path: str, heading: str) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert f"<h1>{heading}</h1>" in response.text
    assert 'class="json"' in response.text


_SCROLL_REGION = re.compile(
    r'<div class="scroll" tabindex="0" role="region" aria-label="[^"]+">\s*<table class="records'
)


@pytest.mark.parametrize("path", ["/figures", "/events", "/attributions", "/documents", "/ledgers"])
def test_every_records_table_scrolls_in_a_named_focusable_region(client: TestClient, path: str) -> None:
    """A wide table must be scrollable from the keyboard and announced by name (WCAG 2.1.1, 4.1.2)."""
    html = client.get(path).text
    tables = html.count('<table class="records')
    assert tables >= 1 and len(_SCROLL_REGION.findall(html)) == tables


def test_every_records_table_of_an_article_scrolls_in_a_named_focusable_region(client: TestClient) -> None:
    doc_id = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["doc_id"]
    html = client.get(f"/documents/{doc_id}").text
    assert len(_SCROLL_REGION.findall(html)) == html.count('<table class="records') >= 1


def test_figures_page_shows_the_same_total_as_the_api(client: TestClient) -> None:
    api = client.get("/api/figures", params={"category": "released"}).json()
    page = client.get("/figures", params={"category": "released", "claimant": ""}, headers=HTML).text
    assert f"of <strong>{api['total']}</strong> figures" in page
    for item in api["items"]:
        assert f'href="{item["href"]}"'.replace("&", "&amp;") in page


def test_every_number_on_the_figures_page_links_to_its_sentence(client: TestClient) -> None:
    page = client.get("/figures", params={"limit": 500}, headers=HTML).text
    links = re.findall(r'class="figure-link" href="([^"]+)"', page)
    assert len(links) == client.get("/api/figures", params={"limit": 500}).json()["total"]
    assert all(re.fullmatch(r"/documents/\w+\?figure=\d+#figure-\d+", link) for link in links)


def test_article_page_highlights_the_focused_sentence_and_marks_records(client: TestClient) -> None:
    page = client.get(f"/documents/{SEED_ID}", params={"figure": 2}, headers=HTML).text
    focus = re.search(r'<mark class="focus" id="focus" tabindex="-1">(.*?)</mark>', page, re.S)
    assert focus and 'class="m m-figure" id="figure-2"' in focus.group(1)
    for kind in ("m-figure", "m-event", "m-cue"):
        assert f'class="m {kind}"' in page
    assert 'id="row-figure-2" class="current"' in page
    assert "Machine-written" in page


def test_article_text_survives_highlighting_character_for_character(client: TestClient) -> None:
    view = client.get(f"/api/documents/{SEED_ID}").json()
    page = client.get(f"/documents/{SEED_ID}", headers=HTML).text
    body = re.search(r'<div class="text" id="article-text">(.*?)</div>', page, re.S)
    assert body
    text = re.sub(r"<[^>]+>", "", body.group(1)).replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"')
    assert text == "".join(s["text"] for b in view["blocks"] for s in b["segments"])


@pytest.mark.parametrize(
    ("path", "status", "needle"),
    [
        ("/documents/ffffffffffff", 404, "no document with id"),
        (f"/documents/{SEED_ID}?figure=abc", 422, "record number"),
        ("/figures?category=casualties", 422, "category"),
        ("/?category=everything", 422, "category"),
        ("/nowhere", 404, "nothing at /nowhere"),
    ],
)
def test_bad_page_requests_answer_an_error_page(client: TestClient, path: str, status: int, needle: str) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert needle in response.text and 'role="alert"' in response.text


def test_empty_filter_boxes_mean_any(client: TestClient) -> None:
    response = client.get("/events", params={"type": "", "status": "", "text": "", "since": ""}, headers=HTML)
    assert response.status_code == 200


def test_vega_scripts_are_served_from_the_package(client: TestClient) -> None:
    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js"):
        response = client.get(f"/static/vendor/{name}")
        assert response.status_code == 200 and len(response.content) > 50_000


# ---------------------------------------------------------------------- parley serve


def test_serve_refuses_a_public_writable_server_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1 and "without a token" in result.output
    assert not (tmp_path / "s.duckdb").exists()


@pytest.mark.parametrize("args", [[], ["--read-only"]], ids=["no-token", "read-only"])
def test_serve_without_write_access_refuses_a_store_that_does_not_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """A server that can never write, pointed at a mistyped --db, must say there is no store
    there, not create an empty file and serve an empty dashboard over it."""
    import uvicorn

    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: None)  # never serve, even if not refused
    missing = tmp_path / "news.duckbd"
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(missing), *args])
    assert result.exit_code == 1 and "no parley store here yet" in result.output
    assert not missing.exists()


def test_serve_hands_the_app_to_uvicorn(example_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    started: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(app=app, **options))
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(example_db), "--read-only", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started["port"] == 8123 and started["host"] == "127.0.0.1"
    assert started["app"].state.config.read_only is True  # type: ignore[attr-defined]
