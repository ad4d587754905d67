"""POST /api/documents: real articles are stored; bad ones, or no token, store nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.errors import UsageError
from parley.serve import ServeConfig, check_bind, create_app, is_loopback

# A real wire report (the bundled Ankara example) as posted text, HTML and JSONL.
ANKARA = (
    "ANKARA, Aug 1 - Russia and Western countries exchanged 26 prisoners in Ankara on Thursday in the largest "
    "swap between them since the Cold War, Turkey's intelligence agency said."
)
GAZA = "Hamas released four Israeli female soldiers on Saturday in exchange for 200 Palestinian prisoners."
HTML = (
    "<!DOCTYPE html><html><head><title>Prisoner swap in Ankara</title></head><body><article>"
    f"<h1>Prisoner swap in Ankara</h1><p>{ANKARA}</p><p>{GAZA}</p></article></body></html>"
)

Writable = tuple[TestClient, Path]


def _count(client: TestClient) -> int:
    """Documents in the app's store (asked through the API: DuckDB allows one configuration per file)."""
    total: int = client.get("/api/documents").json()["total"]
    return total


@pytest.mark.parametrize(
    ("body", "media", "documents"),
    [
        (ANKARA, "text/plain; charset=utf-8", 1),
        (HTML, "text/html", 1),
        (json.dumps({"text": ANKARA, "date": "2024-08-01"}) + "\n" + json.dumps({"text": GAZA}) + "\n",
         "application/x-ndjson", 2),
    ],
)
def test_posted_articles_are_stored_and_extracted(
    writable: Writable, auth: dict[str, str], body: str, media: str, documents: int
) -> None:
    client, _ = writable
    response = client.post("/api/documents", content=body, headers={"Content-Type": media, **auth})
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["added"] == documents and len(result["documents"]) == documents
    view = client.get(result["documents"][0]["href"].replace("/documents/", "/api/documents/")).json()
    assert view["figures"], "the posted article went through extraction"
    assert _count(client) == documents


def test_posting_the_same_article_twice_changes_nothing(writable: Writable, auth: dict[str, str]) -> None:
    client, _ = writable
    first = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain", **auth})
    assert first.status_code == 201
    again = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain", **auth})
    assert again.status_code == 200 and again.json()["unchanged"] == 1


@pytest.mark.parametrize(
    ("body", "media", "status", "needle"),
    [
        ("", "text/plain", 422, "empty"),
        (json.dumps({"text": GAZA}) + "\n{not json\n", "application/x-ndjson", 422, "line 2"),
        (json.dumps({"body": GAZA}) + "\n", "application/x-ndjson", 422, "'text'"),
        (json.dumps({"text": GAZA, "date": "someday"}) + "\n", "application/x-ndjson", 422, "someday"),
        (json.dumps({"text": GAZA + "\u0000"}) + "\n", "application/x-ndjson", 422, "NUL"),  # PostgreSQL refuses NUL
        ("<!DOCTYPE html><html><head><title></title></head><body></body></html>", "text/html", 422, "no article"),
        (ANKARA, "application/pdf", 415, "text/plain"),
        (ANKARA, "application/pdf", 415, "cannot read the media type application/pdf"),
        ("x" * (64 * 1024 + 1), "text/plain", 413, "limit"),
    ],
)
def test_bad_bodies_are_refused_whole_and_nothing_is_stored(
    writable: Writable, auth: dict[str, str], body: str, media: str, status: int, needle: str
) -> None:
    client, _ = writable
    response = client.post("/api/documents", content=body, headers={"Content-Type": media, **auth})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status and needle in error["message"] + " ".join(error["problems"])
    assert _count(client) == 0


def test_two_articles_given_one_id_are_refused_whole_and_nothing_is_stored(
    writable: Writable, auth: dict[str, str]
) -> None:
    client, _ = writable
    body = "".join(json.dumps(line) + "\n" for line in (
        {"doc_id": "w-1", "text": ANKARA}, {"text": GAZA}, {"doc_id": "w-1", "text": GAZA}
    ))
    response = client.post("/api/documents", content=body, headers={"Content-Type": "application/x-ndjson", **auth})
    assert response.status_code == 422, response.text
    problems = response.json()["error"]["problems"]
    assert len(problems) == 1 and "request body line 3" in problems[0] and "'w-1'" in problems[0]
    assert "nothing was stored" in problems[0] and "first is kept" not in problems[0]
    assert "/tmp" not in response.text
    assert _count(client) == 0


def test_a_post_whose_write_fails_stores_none_of_its_articles(
    writable: Writable, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store fails after the rows are inserted: the whole request rolls back, none of it is
    kept (an ingest run would fall back to writing one document at a time and keep the rest)."""
    import duckdb

    from parley.store import Store

    loaded = Store._load_staged

    def load_then_fail(self: Store, db: object, staged: dict[str, object]) -> object:
        loaded(self, db, staged)  # type: ignore[arg-type]
        raise duckdb.IOException("disk full")

    client, _ = writable
    monkeypatch.setattr(Store, "_load_staged", load_then_fail)
    body = "".join(json.dumps({"text": text, "doc_id": f"w-{i}"}) + "\n" for i, text in enumerate([ANKARA, GAZA]))
    response = client.post("/api/documents", content=body, headers={"Content-Type": "application/x-ndjson", **auth})
    assert response.status_code == 500 and "disk full" in response.json()["error"]["message"]
    monkeypatch.undo()
    assert _count(client) == 0


def test_a_post_that_stores_nothing_new_still_builds_missing_view_lines(
    tmp_path: Path, auth: dict[str, str]
) -> None:
    """The same condition as `parley ingest`: reconcile when something was written or view lines are missing."""

    from parley.ingest import document_from_text
    from parley.pipeline import ingest_documents
    from parley.reconcile import view_lines
    from parley.serve import ServeConfig, create_app
    from parley.store import Store

    path = tmp_path / "older.duckdb"
    with Store(path) as store:
        ingest_documents([document_from_text(ANKARA)], store)
        store.restart_view_lines(view_lines.VERSION)
    token = auth["Authorization"].removeprefix("Bearer ")
    with TestClient(create_app(ServeConfig(db=str(path), token=token))) as client:
        response = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain", **auth})
        assert response.status_code == 200 and response.json()["unchanged"] == 1
    with Store(path, read_only=True) as store:
        assert view_lines.complete(store)


def test_the_declared_charset_of_a_body_is_used(writable: Writable, auth: dict[str, str]) -> None:
    """A client that says charset=iso-8859-1 is believed, not second-guessed by detection
    (which reads a short Latin-1 article as a Baltic code page and stores mojibake)."""
    client, _ = writable
    text = "Gaza caf\u00e9 owners said 12 people were killed in Kh\u00e1n Y\u00fanis, a na\u00efve r\u00e9sum\u00e9."
    headers = {"Content-Type": "text/plain; charset=ISO-8859-1", **auth}
    response = client.post("/api/documents", content=text.encode("latin-1"), headers=headers)
    assert response.status_code == 201, response.text
    view = client.get(response.json()["documents"][0]["href"].replace("/documents/", "/api/documents/"))
    assert all(word in view.json()["title"] + json.dumps(view.json()["blocks"], ensure_ascii=False)
               for word in ("caf\u00e9", "Kh\u00e1n Y\u00fanis", "na\u00efve r\u00e9sum\u00e9"))


def test_a_body_declared_utf8_with_a_byte_order_mark_is_read(writable: Writable, auth: dict[str, str]) -> None:
    client, _ = writable
    body = "\ufeff" + json.dumps({"text": GAZA}) + "\n"
    headers = {"Content-Type": "application/x-ndjson; charset=utf-8", **auth}
    response = client.post("/api/documents", content=body.encode(), headers=headers)
    assert response.status_code == 201, response.text
    plain = client.post("/api/documents", content=GAZA.encode(), headers={"Content-Type": "text/plain", **auth})
    assert plain.json()["unchanged"] == 1


@pytest.mark.parametrize("charset", ["klingon", "base64", "hex"])
def test_an_unknown_declared_charset_is_refused(writable: Writable, auth: dict[str, str], charset: str) -> None:
    client, _ = writable
    headers = {"Content-Type": f"text/plain; charset={charset}", **auth}
    response = client.post("/api/documents", content=ANKARA.encode(), headers=headers)
    assert response.status_code == 400 and charset in response.json()["error"]["message"]
    assert _count(client) == 0


def test_error_messages_do_not_leak_the_temporary_file(writable: Writable, auth: dict[str, str]) -> None:
    client, _ = writable
    body = json.dumps({"text": GAZA}) + "\n[1, 2]\n"
    error = client.post("/api/documents", content=body, headers={"Content-Type": "application/x-ndjson", **auth})
    assert "/tmp" not in error.text and "request body line 2" in error.json()["error"]["problems"][0]


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer not-the-token"}, 403), ({"Authorization": "Basic dXNlcjpwYXNz"}, 401)],
)
def test_writes_without_the_right_token_are_refused_and_store_nothing(
    writable: Writable, headers: dict[str, str], status: int
) -> None:
    client, _ = writable
    response = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain", **headers})
    assert response.status_code == status
    assert response.json()["error"]["status"] == status
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    assert _count(client) == 0


def test_read_only_server_refuses_writes_even_with_the_token(example_db: Path, auth: dict[str, str]) -> None:
    config = ServeConfig(db=str(example_db), token=auth["Authorization"].split()[1], read_only=True)
    with TestClient(create_app(config)) as client:
        response = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain", **auth})
        assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]


def test_server_without_a_token_accepts_no_writes(tmp_path: Path) -> None:
    with TestClient(create_app(ServeConfig(db=str(tmp_path / "s.duckdb")))) as client:
        response = client.post("/api/documents", content=ANKARA, headers={"Content-Type": "text/plain"})
        assert response.status_code == 403 and "PARLEY_TOKEN" in response.json()["error"]["message"]
        assert _count(client) == 0


# ---------------------------------------------------------------------- start-up checks


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.20", False),
                                                ("example.org", False)])
def test_loopback_addresses_are_recognised(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_writable_server_on_a_public_address_without_a_token_is_refused() -> None:
    with pytest.raises(UsageError, match="PARLEY_TOKEN"):
        check_bind("0.0.0.0", ServeConfig())


@pytest.mark.parametrize(
    "config", [ServeConfig(read_only=True), ServeConfig(token="a-long-enough-token-1234")], ids=["read-only", "token"]
)
def test_public_address_is_allowed_read_only_or_with_a_token(config: ServeConfig) -> None:
    check_bind("0.0.0.0", config)


def test_short_token_is_refused() -> None:
    with pytest.raises(UsageError, match="at least 16"):
        check_bind("127.0.0.1", ServeConfig(token="secret"))


def test_posted_events_are_linked_to_incidents_as_parley_ingest_links_them(
    writable: Writable, auth: dict[str, str]
) -> None:
    """A POST stores what `parley ingest` stores: the events come back with their incident."""
    client, _ = writable
    response = client.post("/api/documents", content=f"{ANKARA} {GAZA}", headers={"Content-Type": "text/plain", **auth})
    assert response.status_code == 201, response.text
    events = client.get("/api/events").json()["items"]
    assert events and all(event["incident"] for event in events)
