"""Who may read: reads need the token off loopback unless the operator passes --public-reads.

A guarded app over the example store answers scripts that send the bearer token, sends browsers
to /login, and after a good token lets them in with a session cookie that is not the token.
Swagger UI, its assets and the schema stay open, and /docs loads nothing from another server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli import app as cli_app
from parley.errors import UsageError
from parley.serve import ServeConfig, check_bind, create_app, reads_open
from parley.serve._access import SESSION_COOKIE

TOKEN = "access-test-token-0123456789"


@pytest.fixture(scope="module")
def guarded(example_db: Path) -> Iterator[TestClient]:
    """A read-only app whose reads need :data:`TOKEN` (as `parley serve --host 0.0.0.0` makes it)."""
    config = ServeConfig(db=str(example_db), token=TOKEN, read_only=True, open_reads=False)
    with TestClient(create_app(config), follow_redirects=False) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/api/figures", "/api/overview", "/api/documents", "/api/ledgers/captives"])
def test_api_reads_without_the_token_get_401_in_the_error_shape(guarded: TestClient, path: str) -> None:
    response = guarded.get(path)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    error = response.json()["error"]
    assert error["type"] == "Unauthorized" and "Authorization: Bearer" in error["message"]


def test_api_reads_with_the_bearer_token_are_answered(guarded: TestClient) -> None:
    response = guarded.get("/api/figures", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["total"] > 0


def test_a_wrong_bearer_token_is_refused(guarded: TestClient) -> None:
    assert guarded.get("/api/figures", headers={"Authorization": "Bearer not-the-token-at-all"}).status_code == 401


def test_a_page_without_the_token_sends_the_reader_to_sign_in_and_back(guarded: TestClient) -> None:
    response = guarded.get("/figures?category=killed")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Ffigures%3Fcategory%3Dkilled"
    form = guarded.get(response.headers["location"])
    assert form.status_code == 200 and 'value="/figures?category=killed"' in form.text
    assert '<label for="f-token">' in form.text


def test_a_wrong_token_at_sign_in_sets_no_cookie(guarded: TestClient) -> None:
    response = guarded.post("/login", data={"token": "guess-guess-guess", "next": "/"})
    assert response.status_code == 401 and "not this server" in response.text
    assert SESSION_COOKIE not in response.cookies


def test_signing_in_sets_a_session_cookie_that_is_not_the_token(example_db: Path) -> None:
    config = ServeConfig(db=str(example_db), token=TOKEN, read_only=True, open_reads=False)
    with TestClient(create_app(config), follow_redirects=False) as client:
        response = client.post("/login", data={"token": TOKEN, "next": "/events"})
        assert response.status_code == 303 and response.headers["location"] == "/events"
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
        assert client.get("/events").status_code == 200
        assert client.get("/api/events").status_code == 200


@pytest.mark.parametrize("target", ["//elsewhere.example/", "https://elsewhere.example/", "\\\\x"])
def test_sign_in_never_redirects_off_this_server(guarded: TestClient, target: str) -> None:
    response = guarded.post("/login", data={"token": TOKEN, "next": target})
    assert response.headers["location"] == "/"


@pytest.mark.parametrize("path", ["/static/app.css", "/static/vendor/swagger-ui-bundle.js", "/openapi.json", "/docs"])
def test_assets_schema_and_api_page_are_open_without_the_token(guarded: TestClient, path: str) -> None:
    assert guarded.get(path).status_code == 200


def test_api_page_loads_swagger_ui_from_this_server(client: TestClient) -> None:
    html = client.get("/docs").text
    assert '<script src="/static/vendor/swagger-ui-bundle.js">' in html
    assert 'href="/static/vendor/swagger-ui.css"' in html
    assert "cdn" not in html and "https://" not in html.replace("https://fastapi", "")


def test_writes_are_still_checked_by_the_write_route(guarded: TestClient) -> None:
    response = guarded.post("/api/documents", content=b"text", headers={"Content-Type": "text/plain"})
    assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]


@pytest.mark.parametrize(("host", "public", "open_"), [
    ("127.0.0.1", False, True), ("::1", False, True), ("0.0.0.0", False, False), ("10.0.0.5", True, True),
])
def test_reads_are_open_on_loopback_or_when_the_operator_opts_in(host: str, public: bool, open_: bool) -> None:
    assert reads_open(host, public) is open_


def test_guarded_reads_without_a_token_are_refused_at_start_up() -> None:
    with pytest.raises(UsageError, match="--public-reads"):
        check_bind("0.0.0.0", ServeConfig(read_only=True, open_reads=False))


def _serve(monkeypatch: pytest.MonkeyPatch, db: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    """Run `parley serve` with uvicorn replaced by a recorder; the app it would have served, or the result."""
    import uvicorn

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), *args], env=env or {"PARLEY_TOKEN": ""})
    return served.get("app"), result


def test_cli_off_loopback_without_a_token_names_public_reads(monkeypatch: pytest.MonkeyPatch, example_db: Path) -> None:
    app, result = _serve(monkeypatch, example_db, "--host", "0.0.0.0", "--read-only")
    assert app is None and result.exit_code != 0 and "--public-reads" in result.output


def test_cli_off_loopback_with_a_token_guards_reads(monkeypatch: pytest.MonkeyPatch, example_db: Path) -> None:
    app, result = _serve(monkeypatch, example_db, "--host", "0.0.0.0", "--read-only", env={"PARLEY_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    assert app.state.config.open_reads is False and "reads need the token" in result.output


def test_cli_public_reads_opens_reads_off_loopback(monkeypatch: pytest.MonkeyPatch, example_db: Path) -> None:
    app, result = _serve(monkeypatch, example_db, "--host", "0.0.0.0", "--read-only", "--public-reads")
    assert result.exit_code == 0, result.output
    assert app.state.config.open_reads is True
