"""Memory does not grow with the number of documents: dumps are read lazily, a line at a time.

A 50,000-line JSONL dump (about 8 MB) is generated line by line. The tests check laziness by
behaviour, not timing: the reader is a generator that has opened nothing before it is pulled,
it only sees what is still in the file when it gets there, and peak memory while reading the
whole dump stays far below what holding its Documents would take.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
import tracemalloc
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.ingest import read_inputs
from parley.records import Document

LINES = 50_000
SENTENCES = [
    "Israel and Hamas agreed to extend their truce in Gaza by another day, Qatar said.",
    "Hamas freed 16 hostages late on Wednesday and Israel released 30 Palestinian prisoners.",
    "The World Health Organization said more than 111,000 cases of respiratory infection had been reported.",
]


def _lines() -> Iterator[str]:
    for number in range(LINES):
        record = {
            "doc_id": f"wire-{number}",
            "text": f"{SENTENCES[number % 3]} (item {number})",
            "date": (dt.date(2023, 10, 7) + dt.timedelta(days=number % 60)).isoformat(),
            "outlet": "Example Wire",
        }
        yield json.dumps(record) + "\n"


@pytest.fixture(scope="module")
def big_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dump") / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.writelines(_lines())
    return path


def test_read_inputs_is_a_generator_that_opens_nothing_until_pulled(tmp_path: Path) -> None:
    missing = tmp_path / "created-later.jsonl"
    results = read_inputs([missing])
    assert isinstance(results, types.GeneratorType)
    missing.write_text('{"text": "Hamas freed 13 Israelis on Friday."}\n', encoding="utf-8")
    (doc,) = list(results)  # the file did not exist when read_inputs was called
    assert isinstance(doc, Document)


def test_dump_is_consumed_lazily_as_it_is_pulled(big_dump: Path, tmp_path: Path) -> None:
    dump = tmp_path / "shrinking.jsonl"
    dump.write_bytes(big_dump.read_bytes())
    results = read_inputs([dump])
    first = list(itertools.islice(results, 10))
    assert [d.doc_id for d in first if isinstance(d, Document)] == [f"wire-{n}" for n in range(10)]
    with dump.open("r+b") as handle:  # cut the file: a lazy reader sees only what it buffered
        handle.truncate(0)
    rest = sum(1 for _ in results)
    assert rest < 1_000, f"{rest} more documents after truncation: the dump was read ahead"


def test_reading_50k_line_dump_keeps_memory_flat(big_dump: Path) -> None:
    size = big_dump.stat().st_size
    tracemalloc.start()
    try:
        count = 0
        last: Document | None = None
        for result in read_inputs([big_dump]):
            assert isinstance(result, Document)
            count += 1
            last = result
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == LINES
    assert last is not None and last.doc_id == f"wire-{LINES - 1}"
    assert peak < size / 4, f"peak {peak:,} bytes while reading a {size:,}-byte dump"


class _CountingStdin:
    """A stdin that makes its JSONL lines on demand and counts how many were asked for."""

    def __init__(self) -> None:
        self.served = 0
        self._lines = _lines()

    def readline(self, size: int = -1) -> str:
        self.served += 1
        return next(self._lines, "")


def test_stdin_jsonl_is_read_only_as_far_as_pulled(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = _CountingStdin()
    monkeypatch.setattr(sys, "stdin", stdin)
    first = list(itertools.islice(read_inputs(["-"]), 5))
    assert len(first) == 5 and all(isinstance(d, Document) for d in first)
    assert stdin.served <= 6
