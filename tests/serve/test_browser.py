"""The dashboard in a real browser: Debian's chromium driven by Playwright over a live server.

The server is uvicorn in a thread, on a free loopback port, over the example store. Chromium
is the system one (``scripts/install-browser.sh`` installs it with apt); Playwright never
downloads a browser here. The flags keep chromium off the network, which is closed anyway.
The last test takes the README screenshot; it overwrites docs/dashboard.png only when
PARLEY_UPDATE_SCREENSHOT=1 (``make screenshot``), so an ordinary test run leaves the tree clean.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from parley.serve import ServeConfig, create_app

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "docs" / "dashboard.png"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

#: A data point of a chart (legend symbols have no link).
POINT = "svg path[aria-roledescription='point'][aria-label*='href:']"

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"needs Debian's chromium at {CHROMIUM}: run scripts/install-browser.sh", allow_module_level=True)


@pytest.fixture(scope="module")
def base_url(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "examples.duckdb"
    shutil.copyfile(example_db, db)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(ServeConfig(db=str(db), read_only=True)), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        profile = tmp_path_factory.mktemp("chromium-profile")
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=FLAGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    page.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def test_overview_draws_the_timeline_and_the_series_chart_offline(page: Any, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "/")
    for chart in ("#timeline", "#series"):
        page.wait_for_selector(f"{chart}[data-rendered='true'] svg", timeout=15_000)
    assert page.locator(f"#timeline {POINT}").count() >= 5, "one point per dated event"
    assert page.locator(f"#series {POINT}").count() >= 1
    assert all(url.startswith(base_url) for url in requests), "the dashboard fetched something off this server"


def test_clicking_a_figure_opens_its_sentence_highlighted(page: Any, base_url: str) -> None:
    page.goto(base_url + "/figures?text=1,200")
    link = page.get_by_role("link", name="around 1,200")
    link.click()
    page.wait_for_url("**/documents/*?figure=*")
    focus = page.locator("mark.focus")
    assert focus.count() == 1
    assert "1,200" in focus.inner_text() and "Israeli officials" in focus.inner_text()
    assert focus.locator("a.m-figure").first.inner_text() == "around 1,200"
    assert page.locator("tr.current").count() == 1


def test_clicking_a_timeline_point_opens_the_events_article(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#timeline[data-rendered='true'] svg", timeout=15_000)
    # Points of one day and type overlap; force clicks at the point's centre, whichever is on top.
    page.locator(f"#timeline {POINT}").first.click(force=True)
    page.wait_for_url("**/documents/*?event=*")
    assert page.locator("mark.focus a.m-event").count() >= 1


def test_following_a_ledger_line_leads_to_its_source_sentence(page: Any, base_url: str) -> None:
    page.goto(base_url + "/ledgers")
    row = page.locator("#captive-ledger tbody tr").filter(has_text="released").first
    sentence_link = row.locator("a.source-link")
    sentence_link.click()
    page.wait_for_url("**/documents/*?at=*")
    assert page.locator("mark.focus").count() == 1
    assert page.locator("mark.focus").inner_text().strip()


def test_filter_form_labels_and_pages_are_accessible(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events")
    page.get_by_label("Status", exact=True).select_option("offered")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*status=offered*")
    statuses = page.locator("table.records tbody .pill").all_inner_texts()
    assert statuses and set(statuses) == {"offered"}
    unlabeled = page.evaluate(
        "() => [...document.querySelectorAll('input:not([type=hidden]), select')]"
        ".filter(el => !el.labels || el.labels.length === 0).map(el => el.name)"
    )
    assert unlabeled == []
    assert page.locator("nav a[aria-current='page']").inner_text() == "Events"


def test_dashboard_fits_a_phone_screen_without_sideways_scrolling(page: Any, base_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/documents")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1


def test_a_draft_checked_in_the_form_links_its_claims_to_the_reports_sentences(page: Any, base_url: str) -> None:
    page.goto(base_url + "/check")
    page.get_by_role("textbox", name="Draft").fill(
        "date 2024-06-10\nGaza's health ministry said 274 Palestinians were killed during the raid on the "
        "Nuseirat camp, while the Israeli military put the toll at under 100."
    )
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#claims")
    row = page.locator("tr.claim", has_text="274").first
    assert row.locator(".verdict-supported").count() == 1
    row.locator("a.evidence-link").first.click()
    page.wait_for_url("**/documents/*?at=*")
    focus = page.locator("mark.focus")
    assert focus.count() == 1 and "274" in focus.inner_text()
    assert page.get_by_role("textbox", name="Draft").count() == 0


#: Runs in the page and returns every accessibility problem it finds (see the file's comment).
A11Y_PROBLEMS = (Path(__file__).parent / "a11y_check.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [
    "/", "/figures", "/events", "/attributions", "/ledgers", "/documents", "/documents/4ee4dba7f869a12d?figure=0",
    "/login", "/check",
])
def test_pages_pass_a_quick_accessibility_check(page: Any, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    if path == "/":
        page.wait_for_selector("#series[data-rendered='true'] svg", timeout=15_000)
    assert page.evaluate(A11Y_PROBLEMS) == []


def test_accessibility_check_catches_pale_text_and_unlabelled_fields(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events")
    page.evaluate("""() => {
      document.querySelector('h1').style.color = '#bbbbbb';
      const field = document.createElement('input');
      field.name = 'orphan';
      document.querySelector('main').append(field);
    }""")
    problems = page.evaluate(A11Y_PROBLEMS)
    assert any(p.startswith("contrast") and "<h1" in p for p in problems)
    assert "unlabelled field: orphan" in problems


def test_api_page_renders_offline_from_packaged_swagger_ui(page: Any, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    assert "/api/figures" in page.locator(".opblock-summary-path").all_inner_texts()
    assert all(url.startswith(base_url) for url in requests), [u for u in requests if not u.startswith(base_url)]


def test_readme_screenshot_of_the_overview(page: Any, base_url: str, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 1280, "height": 1760})
    page.goto(base_url + "/?category=released")
    for chart in ("#timeline", "#series"):
        page.wait_for_selector(f"{chart}[data-rendered='true'] svg", timeout=15_000)
    target = SCREENSHOT if os.environ.get("PARLEY_UPDATE_SCREENSHOT") == "1" else tmp_path / "dashboard.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=False)
    assert target.read_bytes().startswith(b"\x89PNG") and target.stat().st_size > 10_000
