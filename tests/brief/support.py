"""What the brief tests share: a store built from a few articles, read back as a brief reads it.

Not a test module; the test modules of this package import it relatively.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from parley.brief import Brief
from parley.pipeline import ingest_documents
from parley.records import Document
from parley.store import Store


def documents(rows: Iterable[tuple[str, str, str, str]]) -> list[Document]:
    """Articles from (doc_id, ISO day, outlet, text) rows, as the test modules write them."""
    return [Document(doc_id=d, date=dt.date.fromisoformat(day), outlet=o, text=t) for d, day, o, t in rows]


@contextmanager
def stored(folder: Path, articles: Iterable[Document]) -> Iterator[Store]:
    """The articles ingested into a new store in ``folder``, opened read-only as briefs read it."""
    path = folder / "brief.duckdb"
    with Store(path) as store:
        ingest_documents(list(articles), store)
    with Store(path, read_only=True) as store:
        yield store


def statement_texts(brief: Brief) -> list[str]:
    """The brief's statements as they read, in order."""
    return [st.text for st in brief.statements()]
