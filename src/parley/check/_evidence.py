"""The evidence a draft is checked against: every stored figure, event and attribution, in context.

:class:`Evidence` holds the records of many articles with what a reader needs to judge them (the
outlet, the publication date, the sentence) and answers "which records could be the same claim
as this one" by category, type and time. It is built once (from a store or from extractions in
memory) and can check any number of drafts; ``exclude`` in each lookup leaves chosen documents
out, which is how the benchmark checks an article against the *other* reports only.

``parley serve`` keeps one built from its store between requests and builds it again only when
the store's records changed (:class:`parley.serve._check.EvidenceCache`).

Limits: everything is held in memory (fine for tens of thousands of articles; a store of
millions would need the lookups pushed down into SQL).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from parley.check._descriptors import claimant_named, source_named
from parley.check._terms import article_countries, as_count, is_doubted, is_framing, is_intent
from parley.reconcile.reports import SourceRef
from parley.records import Attribution, Event, Extraction, Figure
from parley.store import Store

__all__ = [
    "Evidence",
    "Source",
    "StoredAttribution",
    "StoredEvent",
    "StoredFigure",
    "content_figures",
    "content_places",
    "event_figures",
    "figure_places",
]


@dataclass(frozen=True, kw_only=True)
class Source(SourceRef):
    """Where a piece of evidence is: a ledger's source reference (article, outlet, date, sentence,
    claimant) with the span of the record itself, which a verdict quotes and links to.

    ``countries`` are the countries the whole article names: what a sentence that names none is
    about ("each extra day requires the release of ten hostages" is about the article's conflict).
    """

    text: str
    start: int
    end: int
    countries: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (dates as ISO strings)."""
        return {**super().as_dict(), "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class StoredFigure:
    """A stored figure; ``proposed`` when it counts an offer, demand or plan, not what happened."""

    figure: Figure
    source: Source
    proposed: bool
    #: Places the events counting it are set in ("Goma"): 30 freed in Goma are not 30 freed in Kinshasa.
    places: frozenset[str] = frozenset()
    #: The source as written, when the claimant was cut from it ("regional governor Oleksandr Prokudin"
    #: for "Oleksandr Prokudin"): a draft may name the speaker by the title alone ("the governor").
    said_as: str | None = None
    #: The party a descriptor claimant ("the jihadist group") stands for in its report ("JNIM"), if named
    #: before it: a draft naming that party speaks as the report does (:mod:`._descriptors`).
    named_as: str | None = None


@dataclass(frozen=True)
class StoredEvent:
    """A stored event with its figures' values."""

    event: Event
    source: Source
    values: frozenset[float]
    #: The figures it counts: a release of 30 aid workers is not one of 200 soldiers.
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class StoredAttribution:
    """A stored attribution: who (as written) said what (its content)."""

    attribution: Attribution
    source: Source
    #: The figures read inside its content: "seven killed" is not "seven wounded".
    counts: tuple[Figure, ...] = ()
    #: Places of the events told inside its content ("freed 30 in Goma" is not "freed 30 in Kinshasa").
    places: frozenset[str] = frozenset()
    #: The party a descriptor source stands for in its report, as :attr:`StoredFigure.named_as`.
    named_as: str | None = None


class Evidence:
    """Records of many articles, indexed for checking drafts against them."""

    def __init__(self, extractions: Iterable[Extraction], *, machine_written: bool = False) -> None:
        self.figures: dict[str, list[StoredFigure]] = {}
        self.events: dict[str, list[StoredEvent]] = {}
        self.attributions: list[StoredAttribution] = []
        self.doc_ids: set[str] = set()
        self.skipped_machine_written = 0
        for extraction in extractions:
            if extraction.document.ai_generated and not machine_written:
                # A machine-written article is what is being checked, never evidence for others.
                self.skipped_machine_written += 1
                continue
            self.add(extraction)

    @property
    def documents(self) -> int:
        """Number of articles indexed."""
        return len(self.doc_ids)

    @classmethod
    def from_store(cls, store: Store, *, machine_written: bool = False) -> Evidence:
        """All the records of a store (read once); machine-written articles only if asked."""
        return cls(store.iter_extractions(), machine_written=machine_written)

    def add(self, extraction: Extraction) -> None:
        """Index one article's records."""
        doc = extraction.document
        self.doc_ids.add(doc.doc_id)
        proposed = proposed_figures(extraction)
        places = figure_places(extraction)
        countries = article_countries(doc.text)
        for i, f in enumerate(extraction.figures):
            source = _source(extraction, f.start, f.end, f.sentence_start, f.sentence_end, f.text, f.claimant,
                             countries)
            self.figures.setdefault(f.category, []).append(StoredFigure(as_count(f), source, i in proposed,
                                                                                places.get(i, frozenset()),
                                                                                said_as(f, extraction),
                                                                                claimant_named(f, doc.text)))
        for e in extraction.events:
            counted = event_figures(e, extraction)
            values = frozenset(f.value for f in counted if f.value is not None)
            source = _source(extraction, e.start, e.end, e.sentence_start, e.sentence_end, e.text, e.claimant,
                             countries)
            self.events.setdefault(e.type, []).append(StoredEvent(e, source, values, counted))
        for a in extraction.attributions:
            sentence = _sentence_around(doc.text, a.content.start, a.content.end)
            who = a.source.text if a.source else None
            source = Source(doc.doc_id, doc.outlet, doc.date, sentence, who, text=a.content.text,
                            start=a.content.start, end=a.content.end, countries=countries)
            self.attributions.append(StoredAttribution(a, source, content_figures(a, extraction),
                                                       content_places(a, extraction), source_named(a, doc.text)))

    def figures_of(self, category: str, exclude: Collection[str] = ()) -> list[StoredFigure]:
        """Stored figures of one category, leaving out the ``exclude`` documents."""
        return [s for s in self.figures.get(category, []) if s.source.doc_id not in exclude]

    def events_of(self, type_: str, exclude: Collection[str] = ()) -> list[StoredEvent]:
        """Stored events of one PLOVER type, leaving out the ``exclude`` documents."""
        return [s for s in self.events.get(type_, []) if s.source.doc_id not in exclude]

    def attributions_of(self, exclude: Collection[str] = ()) -> list[StoredAttribution]:
        """Stored attributions, leaving out the ``exclude`` documents."""
        return [s for s in self.attributions if s.source.doc_id not in exclude]


def said_as(figure: Figure, extraction: Extraction) -> str | None:
    """The whole source phrase the figure's claimant was cut from, if it was cut: of the attributions
    whose content holds the figure, the narrowest whose source names the claimant and more."""
    if not figure.claimant:
        return None
    holding = [a for a in extraction.attributions
               if a.source is not None and a.content.start <= figure.start and figure.end <= a.content.end
               and figure.claimant in a.source.text and figure.claimant != a.source.text]
    narrowest = min(holding, key=lambda a: a.content.end - a.content.start, default=None)
    return narrowest.source.text if narrowest is not None and narrowest.source is not None else None


def event_figures(event: Event, extraction: Extraction) -> tuple[Figure, ...]:
    """The figures an event points to (indexes out of range skipped)."""
    return tuple(extraction.figures[i] for i in event.figures if 0 <= i < len(extraction.figures))


def figure_places(extraction: Extraction) -> dict[int, frozenset[str]]:
    """Index of each figure to the places of the events that count it ("freed 30 in Goma": Goma).

    A figure has no place of its own; the event it counts has, and it is what tells two equal
    counts apart: 30 freed in Khartoum are not the 30 freed in Goma.
    """
    out: dict[int, set[str]] = {}
    for e in extraction.events:
        if e.place:
            for i in e.figures:
                out.setdefault(i, set()).add(e.place)
    return {i: frozenset(places) for i, places in out.items()}


def content_figures(attribution: Attribution, extraction: Extraction) -> tuple[Figure, ...]:
    """The figures inside an attribution's content.

    Two statements alike word for word can still count other things: "seven people were killed"
    and "seven people were wounded" differ only in the word that matters.
    """
    content = attribution.content
    return tuple(f for f in extraction.figures if content.start <= f.start and f.end <= content.end)


def content_places(attribution: Attribution, extraction: Extraction) -> frozenset[str]:
    """Places of the events whose trigger is inside an attribution's content."""
    content = attribution.content
    return frozenset(e.place for e in extraction.events
                     if e.place and content.start <= e.start and e.end <= content.end)


def proposed_figures(extraction: Extraction) -> set[int]:
    """Indexes of figures that count an offer, demand, plan or refusal, or an unconfirmed claim.

    A figure an event points to takes that event's status; a figure no event points to takes
    the status of the events in its sentence when none of them took place. The act of offering,
    agreeing or refusing (:func:`is_framing`) took place even when what it offers did not, so
    it does not decide when the offered act itself points to the figure: "offered to release
    200 soldiers" counts an offer.
    """
    pointed: dict[int, list[Event]] = {}
    by_sentence: dict[int, list[str]] = {}
    for e in extraction.events:
        for i in e.figures:
            pointed.setdefault(i, []).append(e)
        by_sentence.setdefault(e.sentence_start, []).append(e.status)
    out = set()
    for i, f in enumerate(extraction.figures):
        statuses = _deciding_statuses(pointed.get(i, [])) or by_sentence.get(f.sentence_start, [])
        if statuses and all(is_intent(s) or is_doubted(s) for s in statuses):
            out.add(i)
    return out


def _deciding_statuses(events: list[Event]) -> list[str]:
    """Statuses of the events that count a figure, the framing acts left out when others point to it."""
    counting = [e for e in events if not is_framing(e.type)] or events
    return [e.status for e in counting]


def _source(ex: Extraction, start: int, end: int, s_start: int, s_end: int, text: str, claimant: str | None,
            countries: frozenset[str]) -> Source:
    doc = ex.document
    sentence = doc.text[s_start:s_end] if s_end > s_start else _sentence_around(doc.text, start, end)
    return Source(doc.doc_id, doc.outlet, doc.date, sentence.strip(), claimant, text=text, start=start, end=end,
                  countries=countries)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text from the sentence end before ``start`` to the one after ``end`` (fallback)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()
