"""``GET /api/brief``: the brief ``parley brief`` writes, served as data and as Markdown."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize("topic", ["captives", "truce", "casualties"])
def test_brief_statements_cite_listed_references(client: TestClient, topic: str) -> None:
    response = client.get("/api/brief", params={"topic": topic})
    assert response.status_code == 200
    brief = response.json()
    numbers = {r["number"] for r in brief["references"]}
    statements = [st for section in brief["sections"] for st in section["statements"]]
    assert statements and all(st["refs"] and set(st["refs"]) <= numbers for st in statements)
    assert brief["markdown"].startswith(f"# Brief: {topic}")


def test_brief_filters_are_echoed_and_bad_topics_refused(client: TestClient) -> None:
    brief = client.get("/api/brief", params={"topic": "captives", "since": "2024-08-01", "until": "2024-08-02"}).json()
    assert brief["filters"] == {"since": "2024-08-01", "until": "2024-08-02"}
    assert client.get("/api/brief", params={"topic": "weather"}).status_code == 422
    assert client.get("/api/brief").status_code == 422
