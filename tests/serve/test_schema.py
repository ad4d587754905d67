"""Schemathesis against the OpenAPI schema: generated requests never crash the API, and every
answer (success or error) matches the schema it declares.

Bounded to a few examples per operation so it runs in seconds. The app is read-only over the
session's example store, so generated POST bodies are all refused (403) and nothing is stored.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from parley.serve import ServeConfig, create_app

# JSONL and Markdown bodies are text, as the schema says (type: string); send them as UTF-8 like text/plain.
schemathesis.serializer.alias(
    ["application/jsonl", "application/x-jsonlines", "application/x-ndjson", "text/markdown", "text/x-markdown"],
    "text/plain",
)

CHECKS: list[Callable[..., Any]] = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


# Schemathesis reads the schema when the module is imported, before fixtures exist; the app opens
# its store at the first request, by which time the fixture below has put the example store there.
_DB = Path(tempfile.mkdtemp(prefix="parley-schema-")) / "examples.duckdb"
APP = create_app(ServeConfig(db=str(_DB), read_only=True))
schema = schemathesis.openapi.from_dict(APP.openapi())  # from_asgi would start the app (and open the store) now
schema.app = APP


@pytest.fixture(scope="module", autouse=True)
def _example_store(example_db: Path) -> Iterator[None]:
    shutil.copyfile(example_db, _DB)
    with TestClient(APP):  # start-up and shutdown: the store is closed when the module is done
        yield


@schema.parametrize()
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_answers_every_generated_request_as_its_schema_says(case: Any) -> None:
    case.call_and_validate(checks=CHECKS)
