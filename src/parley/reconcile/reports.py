"""Reports: one event mention with the context reconciliation needs, and its features.

A :class:`Report` is an extracted :class:`~parley.records.Event` together with what the store
knows about its article (publication date, outlet, sentence) and the figures that quantify it.
:func:`features` turns a report into the comparable facts the incident scorer uses: a date
interval, a place key, the actors' countries, the kind of captive, figure values and the
sentence's content words.

Limits: dates are days (``date`` as the extractor resolved it, else the publication date as a
soft guess); places are compared as written, lower-cased, with no gazetteer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, cast

from parley.records import Event, Figure

__all__ = ["Features", "Report", "SourceRef", "captive_kind", "country_of", "features", "load_data"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
#: Days before its publication an undated event is assumed to have happened, at most.
UNDATED_LOOKBACK = 3


@dataclass(frozen=True)
class SourceRef:
    """Where a line of a ledger or series comes from: the article and the sentence."""

    doc_id: str
    outlet: str | None
    published: dt.date | None
    sentence: str
    claimant: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        return {
            "doc_id": self.doc_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "sentence": self.sentence,
            "claimant": self.claimant,
        }


@dataclass(frozen=True)
class Report:
    """One event mention as reconciliation sees it.

    Attributes:
        event: the extracted event.
        idx: its index within the document (with ``event.doc_id`` it is the event's key).
        published: the article's publication date.
        outlet: the article's outlet.
        sentence: the sentence the event was found in.
        figures: the figures the event points to (``event.figures`` resolved).
    """

    event: Event
    idx: int
    published: dt.date | None = None
    outlet: str | None = None
    sentence: str = ""
    figures: tuple[Figure, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        """(doc_id, idx): the event's identity in the store."""
        return (self.event.doc_id, self.idx)

    def source(self) -> SourceRef:
        """The source reference of this report."""
        return SourceRef(self.event.doc_id, self.outlet, self.published, self.sentence, self.event.claimant)


@dataclass(frozen=True)
class Features:
    """The comparable facts of one report (see :func:`features`)."""

    block: str
    realized: bool
    day: int | None
    exact_day: bool
    place: str | None
    source_country: str | None
    target_country: str | None
    kind: str | None
    values: frozenset[float]
    tokens: frozenset[str] = field(default_factory=frozenset)


@cache
def load_data(name: str) -> dict[str, Any]:
    """A JSON lexicon from ``parley/reconcile/data`` (read once per process)."""
    text = resources.files("parley.reconcile").joinpath("data", name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


_INTENT = frozenset({"offered", "demanded", "planned", "refused", "hypothetical"})


def is_realized(status: str) -> bool:
    """True for what the text says took place (or is said to): not an offer, demand, plan or refusal."""
    return status not in _INTENT


def features(report: Report) -> Features:
    """The facts of a report that the incident scorer compares."""
    event = report.event
    day, exact = _day(event.date, report.published)
    target_text = event.target.text if event.target else None
    return Features(
        block=event.type + (f"/{event.mode}" if event.mode else ""),
        realized=is_realized(event.status),
        day=day,
        exact_day=exact,
        place=_place_key(event.place),
        source_country=event.source.country if event.source else None,
        target_country=(event.target.country if event.target else None) or country_of(target_text),
        kind=captive_kind(target_text) or _figure_kind(report.figures),
        values=frozenset(f.value for f in report.figures if f.value is not None and f.unit is None),
        tokens=content_words(report.sentence),
    )


def _day(date: str | None, published: dt.date | None) -> tuple[int | None, bool]:
    """The event's day as an ordinal and whether the text gave it (else the publication day)."""
    if date and len(date) >= 10:
        try:
            return dt.date.fromisoformat(date[:10]).toordinal(), True
        except ValueError:
            pass
    if published is not None:
        return published.toordinal(), False
    if date and len(date) >= 7:  # a month only: its middle, as a guess
        try:
            return dt.date.fromisoformat(date[:7] + "-15").toordinal(), False
        except ValueError:
            return None, False
    return None, False


def _place_key(place: str | None) -> str | None:
    if not place:
        return None
    words = [w for w in place.lower().replace(",", " ").split() if w not in ("the", "of", "in")]
    return " ".join(words) or None


def places_compatible(a: str, b: str) -> bool:
    """Same place, or one names a part of the other as written ("Gaza" and "Gaza City")."""
    wa, wb = set(a.split()), set(b.split())
    return a == b or wa <= wb or wb <= wa


def captive_kind(text: str | None) -> str | None:
    """'hostage' or 'prisoner' from the words of a phrase, else None."""
    if not text:
        return None
    kinds: dict[str, str] = load_data("captive_terms.json")["kinds"]
    for word in reversed(text.lower().split()):
        kind = kinds.get(word.strip(".,;:'\""))
        if kind:
            return kind
    return None


def _figure_kind(figures: tuple[Figure, ...]) -> str | None:
    for figure in figures:
        kind = captive_kind(figure.counted)
        if kind:
            return kind
    return None


@lru_cache(maxsize=1)
def _country_table() -> dict[tuple[str, ...], str]:
    """Country names, demonyms, capitals and organisations (the extractor's actor lexicon)."""
    from parley.extract.actors import load_actor_lexicon

    lexicon = load_actor_lexicon()
    table = dict(lexicon.countries)
    for key, (country, _sector) in lexicon.organisations.items():
        if country:
            table.setdefault(key, country)
    return table


@lru_cache(maxsize=4096)
def country_of(text: str | None) -> str | None:
    """The ISO3 country a phrase names ("Palestinian prisoners" → PSE), longest match first."""
    if not text:
        return None
    words = tuple(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text))
    table = _country_table()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            found = table.get(words[i : i + size])
            if found:
                return found
    return None


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(load_data("stopwords.json")["words"])


def content_words(sentence: str) -> frozenset[str]:
    """Lower-case content words of a sentence (stop words and reporting verbs dropped), plurals folded.

    "Jesuits" and "Jesuit" are one word: later reports of an event name its victims in the other number.
    """
    stop = _stopwords()
    return frozenset(_singular(w) for w in (m.lower() for m in _WORD.findall(sentence)) if len(w) > 2 and w not in stop)


def _singular(word: str) -> str:
    """A crude plural fold: a final 's' off words of five letters or more ('priests' → 'priest'), not 'ss'/'us'/'is'."""
    if len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word
