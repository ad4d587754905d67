"""The app's assembly (:func:`parley.serve.create_app`): store life, error pages, API page, middleware."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.serve import ServeConfig, create_app
from parley.serve._access import ReadGuard
from parley.serve._limits import BodySizeLimit
from parley.store import Store


def test_the_store_is_open_while_the_app_runs_and_closed_when_it_stops(tmp_path: Path) -> None:
    """A stopped server must not keep the DuckDB file: a writer opening it afterwards must succeed."""
    db = tmp_path / "served.duckdb"
    Store(db).close()
    app = create_app(ServeConfig(db=str(db), read_only=True))
    with TestClient(app) as client:
        assert app.state.store._store is not None
        assert client.get("/api/documents").status_code == 200
    assert app.state.store._store is None
    Store(db).close()  # read-write: refused while a read-only connection to the file is open


@pytest.mark.parametrize("path", ["/documents/0000000000000000", "/no-such-page"])
def test_a_page_that_fails_answers_a_browser_with_an_html_error_page_with_its_status(
    client: TestClient, path: str
) -> None:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html") and "404" in response.text


def test_the_api_page_sends_the_schema_to_no_validator(client: TestClient) -> None:
    html = client.get("/docs").text
    assert '"validatorUrl": null' in html and "parley API" in html
    assert not any(getattr(route, "path", None) == "/docs" and getattr(route, "include_in_schema", True)
                   for route in client.app.routes)  # type: ignore[attr-defined]


def test_the_read_guard_runs_before_the_body_size_limit() -> None:
    """Middleware added last runs first: a request without access is refused before its body is read."""
    app = create_app(ServeConfig(db=":memory:", read_only=True))
    assert [getattr(m.cls, "__name__", None) for m in app.user_middleware] == [ReadGuard.__name__,
                                                                            BodySizeLimit.__name__]
