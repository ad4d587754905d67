"""Fixtures of the serve tests: a store built once from the bundled example articles, and apps over it.

The example store is ingested once per session into a temporary DuckDB file (about two
seconds); read-only apps share it. Tests that write get a fresh empty store of their own.
The ``browser`` marker is registered here so the serve tests carry their own set-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.pipeline import ingest_paths
from parley.serve import ServeConfig, create_app
from parley.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "parley" / "examples"

#: The write token of the writable test apps (long enough for check_bind).
TOKEN = "test-token-0123456789abcdef"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives Debian's chromium through Playwright (skipped where either is missing)"
    )


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled example articles (the seed report among them)."""
    path = tmp_path_factory.mktemp("serve") / "examples.duckdb"
    with Store(path) as store:
        report = ingest_paths([EXAMPLES], store)
    assert report.ok and report.added >= 4, report
    return path


@pytest.fixture(scope="session")
def client(example_db: Path) -> Iterator[TestClient]:
    """A read-only app over the example store."""
    with TestClient(create_app(ServeConfig(db=str(example_db), read_only=True))) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A writable app with :data:`TOKEN` over a fresh empty store, and that store's path."""
    path = tmp_path / "posted.duckdb"
    config = ServeConfig(db=str(path), token=TOKEN, max_body_bytes=64 * 1024)
    with TestClient(create_app(config)) as test_client:
        yield test_client, path


@pytest.fixture(scope="session")
def auth() -> dict[str, str]:
    """The header that carries the writable apps' token."""
    return {"Authorization": f"Bearer {TOKEN}"}
