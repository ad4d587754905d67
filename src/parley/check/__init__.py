"""Check a draft against the store: is each figure, event and attribution backed by a source?

``parley check DRAFT`` extracts the draft's claims with the same extractors the store was built
with, and marks each one *supported*, *contradicted*, *misattributed* or *unsourced* (the rules
are in :mod:`parley.check._verdicts`), listing the stored reports behind each verdict.

    >>> from parley.check import Evidence, check_text
    >>> from parley.store import Store
    >>> with Store("news.duckdb", read_only=True) as store:  # the seed is machine-written: let it count
    ...     evidence = Evidence.from_store(store, machine_written=True)
    >>> report = check_text("Israeli officials say 1,200 people were killed.", evidence)
    >>> [(m.text, m.verdict) for m in report.marks]
    [('1,200', 'supported'), ...]

Public API:

* :class:`Evidence` — stored records indexed for checking (``Evidence.from_store(store)``).
* :func:`check_draft` / :func:`check_text` — a :class:`CheckReport` of :class:`Mark` objects.
* :func:`read_draft` — a text, HTML or Markdown file as a :class:`Draft`; :func:`draft_from_text` —
  the same from text in one of :data:`DRAFT_FORMATS` (a pasted draft, an HTTP body).
* :func:`report_dict`, :func:`report_html` — the JSON and HTML views (``parley check`` draws the table);
  :func:`summary_line`, :func:`findings` (marks most severe first: contradicted, misattributed,
  supported, then unsourced), :func:`unsourced_summary` and :func:`claim_context` feed all three.

Limits: a claim is only as good as its extraction (a figure the extractor misses is not
checked); "the same series" is judged from counted nouns and claimants as written; a store of
the draft's own article trivially supports it, so check drafts against *other* reports
(``exclude``), as ``benchmarks/checker.py`` does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from parley.check._draft import DRAFT_FORMATS, Draft, draft_from_text, markdown_draft, read_draft, strip_markdown
from parley.check._evidence import Evidence, Source
from parley.check._render import (
    claim_context,
    findings,
    report_dict,
    report_html,
    source_line,
    summary_line,
    unsourced_summary,
    verdict_counts,
)
from parley.check._verdicts import SEVERITY, VERDICTS, Mark, Verdict, by_severity, mark_all
from parley.extract import extract_one
from parley.ingest import document_from_text
from parley.records import Document, Extraction

__all__ = [
    "DRAFT_FORMATS",
    "SEVERITY",
    "VERDICTS",
    "CheckReport",
    "Draft",
    "Evidence",
    "Mark",
    "Source",
    "Verdict",
    "by_severity",
    "check_draft",
    "check_text",
    "claim_context",
    "draft_from_text",
    "findings",
    "markdown_draft",
    "read_draft",
    "report_dict",
    "report_html",
    "source_line",
    "strip_markdown",
    "summary_line",
    "unsourced_summary",
]


@dataclass(frozen=True)
class CheckReport:
    """The marks of one draft, with what it was checked against."""

    draft: Draft
    extraction: Extraction
    marks: list[Mark]
    store_documents: int
    excluded: frozenset[str] = field(default_factory=frozenset)

    @property
    def name(self) -> str:
        """How to call the draft: its file, else its id."""
        return self.draft.document.origin or self.draft.document.doc_id

    def counts(self) -> dict[str, int]:
        """Marks per verdict (every verdict listed, zeros included)."""
        return verdict_counts(self.marks)


def check_draft(draft: Draft | Document, evidence: Evidence, *, exclude: Collection[str] = ()) -> CheckReport:
    """Extract a draft's claims and mark each against the evidence.

    Args:
        draft: a :class:`Draft` (from :func:`read_draft`) or a bare :class:`Document`.
        evidence: the stored reports (:meth:`Evidence.from_store`).
        exclude: doc ids left out of the evidence (the draft's own article, for a fair check).
    """
    if isinstance(draft, Document):
        draft = Draft(document=draft, format="text")
    extraction = extract_one(draft.document)
    marks = mark_all(extraction, evidence, exclude=frozenset(exclude))
    return CheckReport(draft, extraction, marks, evidence.documents - _present(evidence, exclude),
                       frozenset(exclude))


def check_text(text: str, evidence: Evidence, *, exclude: Collection[str] = ()) -> CheckReport:
    """Check a draft given as plain text (a leading ``date YYYY-MM-DD`` line sets its date)."""
    return check_draft(document_from_text(text, origin="<text>"), evidence, exclude=exclude)


def _present(evidence: Evidence, exclude: Collection[str]) -> int:
    return len(evidence.doc_ids & set(exclude))
