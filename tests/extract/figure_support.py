"""What the figure tests share: the figures of one text, as the whole pipeline extracts them.

Not a test module; the test modules of this folder import it by name (pytest puts their folder on
``sys.path``). The pipeline, not ``find_figures`` alone, so that claimants come from the text's own
attributions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parley.extract import extract_one
from parley.extract.figures import find_figures
from parley.records import Document, Figure

if TYPE_CHECKING:
    from spacy.language import Language

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


class _NoClaimants:
    """A claimant resolver that names no one: the figures stage alone, without attributions."""

    def claimant_for(self, start: int, end: int) -> str | None:
        return None


def figures_alone(nlp: Language, text: str) -> list[Figure]:
    """The figures the figures stage alone reads in ``text`` (no claimants): for number reading."""
    return find_figures(nlp(text), "test-doc", _NoClaimants())  # type: ignore[arg-type]


def only_figure(nlp: Language, text: str, span: str) -> Figure:
    """The one figure of :func:`figures_alone` whose text holds ``span``; fails if there are none or several."""
    matches = [f for f in figures_alone(nlp, text) if span in f.text]
    assert len(matches) == 1, [f.text for f in figures_alone(nlp, text)]
    return matches[0]
