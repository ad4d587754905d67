"""The truce tracker: agreements, start, length, extensions, end or breach, each with its reports.

A truce line is one sentence that tells of a truce (it names one, ``data/truce_terms.json``, or
holds a ceasefire event) and has a record in it: an event, or a duration figure (its length).
The stage (agreement, start, extension, end, breach) comes from the sentence's cue words, most
specific first; the status (happened, offered, planned, refused...) from the sentence's events,
so an extension offered and one agreed are different lines. Lines are returned oldest first, each
with its source, its incident (when an event was reconciled) and its length if the sentence gives
one ("two days", "48 hours").

Limits: one stage per sentence; which truce a line belongs to is left to the reader (lines carry
actors and place), truces are not yet grouped by parties.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.reconcile.reports import Report, SourceRef, is_realized, load_data
from parley.records import Figure

__all__ = ["TruceLine", "truce_tracker"]

_DURATION_UNITS = frozenset({"hour", "day", "week", "month"})


@dataclass(frozen=True)
class TruceLine:
    """One report of a stage of a truce."""

    day: dt.date | None
    stage: str
    status: str
    length: str | None
    parties: str | None
    place: str | None
    incident: str | None
    source: SourceRef

    @property
    def proposed(self) -> bool:
        """True when offered, demanded, planned or refused rather than done."""
        return not is_realized(self.status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"day": self.day.isoformat() if self.day else None, "stage": self.stage, "status": self.status,
                "length": self.length, "parties": self.parties, "place": self.place, "incident": self.incident,
                "source": self.source.as_dict()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    data = load_data("truce_terms.json")

    def alternation(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                          re.I)

    return alternation(data["truce_nouns"]), [(stage, alternation(cues)) for stage, cues in data["stages"]]


def _stage(sentence: str, trigger: str | None) -> str:
    _, stages = _patterns()
    for text in (trigger or "", sentence):
        for stage, pattern in stages:
            if pattern.search(text):
                return stage
    return "mention"


_SentenceKey = tuple[str, int]


def truce_tracker(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> list[TruceLine]:
    """Truce lines from events and figures (as (figure, published, outlet, sentence)), oldest first."""
    nouns, _ = _patterns()
    events: dict[_SentenceKey, list[Report]] = {}
    sentences: dict[_SentenceKey, SourceRef] = {}
    for report in reports:
        key = (report.event.doc_id, report.event.sentence_start)
        if report.event.mode == "ceasefire" or nouns.search(report.sentence):
            events.setdefault(key, []).append(report)
            sentences.setdefault(key, report.source())
    lengths: dict[_SentenceKey, list[str]] = {}
    for figure, published, outlet, sentence in figures:
        if figure.unit in _DURATION_UNITS and nouns.search(sentence):
            key = (figure.doc_id, figure.sentence_start)
            lengths.setdefault(key, []).append(f"{figure.text} {figure.unit}{'s' if figure.value != 1 else ''}")
            sentences.setdefault(key, SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant))
    lines = [_line(sentences[k], events.get(k, []), lengths.get(k, [])) for k in sentences]
    return sorted(lines, key=lambda ln: (ln.day or dt.date.min, ln.source.doc_id, ln.source.sentence))


def _line(source: SourceRef, reports: list[Report], lengths: list[str]) -> TruceLine:
    main = next((r for r in reports if r.event.mode == "ceasefire"), reports[0] if reports else None)
    event = main.event if main else None
    day = source.published
    if event and event.date and len(event.date) >= 10:
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(event.date[:10])
    parties = None
    if event and (event.source or event.target):
        parties = " / ".join(a.text for a in (event.source, event.target) if a is not None and a.text)
    return TruceLine(
        day=day,
        stage=_stage(source.sentence, event.text if event else None),
        status=event.status if event else "happened",
        length=", ".join(lengths) or None,
        parties=parties or None,
        place=next((r.event.place for r in reports if r.event.place), None),
        incident=event.incident if event else None,
        source=SourceRef(source.doc_id, source.outlet, source.published, source.sentence,
                         (event.claimant if event else None) or source.claimant),
    )
