"""What the figure tests share: the figures of one text, as the whole pipeline extracts them.

Not a test module; the test modules of this folder import it by name (pytest puts their folder on
``sys.path``). The pipeline, not ``find_figures`` alone, so that claimants come from the text's own
attributions.
"""

from __future__ import annotations

import datetime as dt

from parley.extract import extract_one
from parley.records import Document, Figure

#: The publication date the test articles carry.
ARTICLE_DATE = dt.date(2024, 5, 1)


def figures_in(text: str) -> list[Figure]:
    """Every figure parley extracts from ``text``."""
    return list(extract_one(Document(doc_id="t", text=text, date=ARTICLE_DATE)).figures)


def figure_in(text: str, span: str) -> Figure:
    """The first figure whose text is ``span`` in what parley extracts from ``text``."""
    found = figures_in(text)
    matches = [f for f in found if f.text == span]
    assert matches, [f.text for f in found]
    return matches[0]
