"""One body under several names is one claimant in a brief: "MSF", "Doctors Without Borders" and
"Médecins Sans Frontières" give one series, not three (nor a dispute between them).

Reports written for these tests in wire style (Gaza 2024, Sudan 2025), not copied from a dev set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.brief import write_brief
from parley.reconcile.reports import claimant_alias
from parley.store import Store

from .support import documents, statement_texts, stored

REPORTS = [
    ("msf-a", "2024-02-05", "MSF said seven of its staff members have been killed in Gaza since the war began."),
    ("msf-b", "2024-01-20", "Doctors Without Borders said five of its staff members had been killed in Gaza."),
    ("rsf-a", "2025-03-03", "Local officials said RSF fighters killed 52 people in the village of Um Kadada."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with stored(tmp_path_factory.mktemp("aliases"), documents((d, day, "Wire", t) for d, day, t in REPORTS)) as s:
        yield s


def test_one_body_under_two_names_is_one_series(store: Store) -> None:
    statements = [text for text in statement_texts(write_brief(store, "casualties")) if "staff members" in text]
    assert len(statements) == 1, statements
    assert "seven" in statements[0] and "earlier gave five" in statements[0]


@pytest.mark.parametrize(
    ("claimant", "body"),
    [
        ("MSF", "Doctors Without Borders"),
        ("Médecins Sans Frontières", "Doctors Without Borders"),
        ("MSF's head of mission in Gaza", "Doctors Without Borders"),
        ("ISWAP", "Islamic State West Africa Province"),
        ("Islamic State West Africa Province fighters", "Islamic State West Africa Province"),
        # Guards: no alias, or a word inside another word.
        ("Kenya Red Cross", None),
        ("the Israeli army", None),
        ("Msfar villagers", None),
        (None, None),
    ],
)
def test_claimant_alias(claimant: str | None, body: str | None) -> None:
    assert claimant_alias(claimant) == body
