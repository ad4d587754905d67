"""Typed records that flow one way through the pipeline: ingest → extract → store → serve.

Every record that comes from an article carries the article's ``doc_id`` and character offsets
(``start`` inclusive, ``end`` exclusive, Python ``str`` indexing) into the article text, so any
figure or event can be traced back to the sentence it came from. Field names follow the
evaluation interchange format (``FORMAT.md``) so export is a plain dump.

Records are frozen pydantic models: a stage returns new records and never edits earlier ones.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from parley.types import Category, EventType, Qualifier, Sector, Status

__all__ = ["MAX_TEXT_CHARS", "Actor", "Attribution", "Document", "Event", "Extraction", "Figure", "Span"]

#: The longest article text parley reads. Longer texts are legitimate up to here (long reports);
#: the parser's memory is linear in length, so the bound only guards against runaway input
#: (a whole dump pasted as one article). Ingest refuses longer texts with an InputError.
MAX_TEXT_CHARS = 5_000_000


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A piece of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Document(_Record):
    """One article as ingested: its text and what we know about where it came from."""

    doc_id: str = Field(description="content hash of the text (or the id given by an eval file)")
    text: str
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    ai_generated: bool = False
    ai_evidence: Span | None = Field(default=None, description="the disclaimer that says a machine wrote it")
    origin: str | None = Field(default=None, description="where it was read from: path, path:line, or <stdin>")

    def headline(self, words: int = 14) -> str:
        """How a listing names the article: its title, else its first words, so a page read with
        a title is not listed by the start of its body (the CLI and the dashboard share this)."""
        if self.title:
            return self.title
        parts = self.text.split()
        return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


class Figure(_Record):
    """A number a reader would count on, with its qualifier, what it counts and who gives it."""

    doc_id: str
    start: int
    end: int
    text: str = Field(description="the number expression with its qualifier: 'around 1,200'")
    value: float | None = Field(default=None, description="the value; null for a range or vague plural")
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = Field(default=None, description="'percent', a currency code, 'day', ...; null for a count")
    counted: str | None = Field(default=None, description="what is counted, as written: 'Palestinian prisoners'")
    category: Category = "other"
    claimant: str | None = Field(default=None, description="who gives the figure, as written; null = article")
    sentence_start: int = 0
    sentence_end: int = 0


class Actor(_Record):
    """One side of an event: as written, and normalised to a country and a sector."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3; PSE for Palestine")
    sector: Sector | None = None


class Event(_Record):
    """Who did what to whom, typed with PLOVER 2.0, with the status the text gives it."""

    doc_id: str
    start: int
    end: int
    text: str = Field(description="the trigger word: 'release', 'captured'")
    type: EventType
    mode: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    status: Status = "happened"
    date: str | None = Field(default=None, description="ISO date, possibly partial: '2023-10-07', '2023-10', '2011'")
    place: str | None = None
    claimant: str | None = None
    figures: list[int] = Field(default_factory=list, description="indexes into the document's figures")
    incident: str | None = Field(default=None, description="cluster id of the real-world event, once reconciled")
    sentence_start: int = 0
    sentence_end: int = 0


class Attribution(_Record):
    """Who says what: a source (or none), the cue that marks it and the content attributed."""

    doc_id: str
    source: Span | None = None
    cue: Span
    content: Span


class Extraction(_Record):
    """Everything extracted from one document, as the store writes it in one transaction."""

    document: Document
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    extractor_version: str
