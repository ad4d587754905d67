"""The captive ledger: captives taken, held and released, per side, per date, per exchange.

Each line is one report: a release or abduction event (with the figure that counts it) or a
figure of captives taken, held or released that no event points to ("Israel holds about 7,200
Palestinians"). Every line keeps its source: document, outlet, publication date, sentence and
claimant. What happened and what was only offered, demanded, planned or refused are kept apart
(:attr:`CaptiveLine.proposed`).

Exchanges: two releases of captives of different sides (their countries differ, or one are
hostages and the other prisoners) form an exchange when they are in one sentence, or when the
later one says "in exchange" / "in return" (``data/captive_terms.json``). A counterpart named
without a number ("in exchange for Israeli soldier Gilad Shalit") counts as one captive. The
exchange's ratio is given smallest side first as written order: 60 hostages for 180 prisoners →
1:3.

Limits: exchanges are found within one article; across articles the same release is linked by
its incident id, not merged into one line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from parley.reconcile.reports import Report, SourceRef, captive_kind, country_of, is_realized, load_data
from parley.records import Figure

__all__ = ["CaptiveLine", "Exchange", "captive_ledger", "ratio"]

_RELEASE = {("RETREAT", "release"), ("AGREE", "release")}
_TAKEN = {("ASSAULT", "abduct"), ("COERCE", "seize"), ("COERCE", "arrest")}
_ACTION_OF_CATEGORY = {"released": "released", "captured": "taken", "held": "held"}


@dataclass(frozen=True)
class CaptiveLine:
    """One reported movement or holding of captives."""

    day: dt.date | None
    action: str  # taken | held | released
    status: str
    count: str | None
    value: float | None
    captives: str | None
    captive_side: str | None
    by: str | None
    incident: str | None
    source: SourceRef
    exchange: str | None = None
    ratio: str | None = None
    sentence_start: int = field(default=0, compare=False)

    @property
    def proposed(self) -> bool:
        """True for offers, demands, plans and refusals (not something that happened)."""
        return not is_realized(self.status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"day": self.day.isoformat() if self.day else None, "action": self.action, "status": self.status,
                "count": self.count, "value": self.value, "captives": self.captives, "side": self.captive_side,
                "by": self.by, "incident": self.incident, "exchange": self.exchange, "ratio": self.ratio,
                "source": self.source.as_dict()}


@dataclass(frozen=True)
class Exchange:
    """Two releases that are each other's price."""

    exchange_id: str
    first: CaptiveLine
    second: CaptiveLine
    ratio: str | None


def ratio(a: float | None, b: float | None) -> str | None:
    """'1:3' for (60, 180); '1:1000' for (1, 1000); None when a count is missing."""
    if not a or not b:
        return None
    if a <= b:
        return f"1:{_num(b / a)}"
    return f"{_num(a / b)}:1"


def _num(x: float) -> str:
    return f"{x:.0f}" if abs(x - round(x)) < 0.05 else f"{x:.1f}"


def _day(report: Report) -> dt.date | None:
    date = report.event.date
    if date and len(date) >= 10:
        try:
            return dt.date.fromisoformat(date[:10])
        except ValueError:
            pass
    return report.published


def _count(figure: Figure | None) -> tuple[str | None, float | None]:
    if figure is None:
        return None, None
    value = figure.value if figure.value is not None else figure.low
    return figure.text, value


def _event_lines(report: Report) -> list[CaptiveLine]:
    """One line per count the event gives (a total and its parts), or one without a count."""
    event = report.event
    pair = (event.type, event.mode or "")
    action = "released" if pair in _RELEASE else "taken" if pair in _TAKEN else None
    if action is None:
        return []
    counts: list[Figure | None] = [f for f in report.figures if f.unit is None] or [None]
    target = event.target.text if event.target else None
    lines = []
    for figure in counts:
        count, value = _count(figure)
        captives = (figure.counted if figure else None) or target
        side = country_of(captives) or (event.target.country if event.target else None)
        lines.append(CaptiveLine(_day(report), action, event.status, count, value, captives, side,
                                 event.source.text if event.source else None, event.incident, report.source(),
                                 sentence_start=event.sentence_start))
    return lines


def _figure_line(figure: Figure, published: dt.date | None, outlet: str | None, sentence: str,
                 status: str) -> CaptiveLine | None:
    action = _ACTION_OF_CATEGORY.get(figure.category)
    if action is None or figure.unit is not None:
        return None
    count, value = _count(figure)
    side = country_of(figure.counted) or captive_kind(figure.counted)
    source = SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant)
    return CaptiveLine(published, action, status, count, value, figure.counted, side, None, None, source,
                       sentence_start=figure.sentence_start)


def captive_ledger(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """Ledger lines (oldest first) and the exchanges among them.

    Args:
        reports: events with their context (release and abduction events make lines).
        figures: every figure as (figure, published, outlet, sentence); those counting captives
            that no release/abduction event points to make lines of their own.
    """
    reports = list(reports)
    lines: list[CaptiveLine] = []
    used: set[tuple[str, int]] = set()
    status_of_sentence: dict[tuple[str, int], str] = {}
    for report in reports:
        status_of_sentence.setdefault((report.event.doc_id, report.event.sentence_start), report.event.status)
        lines += _event_lines(report)
        used.update((f.doc_id, f.start) for f in report.figures)
    for figure, published, outlet, sentence in figures:
        if (figure.doc_id, figure.start) in used:
            continue
        status = status_of_sentence.get((figure.doc_id, figure.sentence_start), "happened")
        line = _figure_line(figure, published, outlet, sentence, status)
        if line is not None:
            lines.append(line)
    lines, exchanges = _exchanges(_unique(lines))
    lines.sort(key=lambda ln: (ln.day or dt.date.min, ln.source.doc_id, ln.sentence_start, ln.action))
    return lines, exchanges


def _unique(lines: list[CaptiveLine]) -> list[CaptiveLine]:
    """One line per (sentence, action, status, count, captives): two triggers of one clause give one line."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for line in lines:
        key = (line.source.doc_id, line.sentence_start, line.action, line.status, line.count, line.captives)
        if key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _different_sides(a: CaptiveLine, b: CaptiveLine) -> bool:
    """Captives of two sides: hostages and prisoners, or released by different parties."""
    kind_a, kind_b = captive_kind(a.captives), captive_kind(b.captives)
    if kind_a and kind_b:
        return kind_a != kind_b
    by_a, by_b = country_of(a.by), country_of(b.by)
    if by_a and by_b:
        return by_a != by_b
    # One side's releaser is the other side's people: Israel frees Palestinians, Palestinians free Israelis.
    return bool(by_a and by_a == b.captive_side and a.captive_side != b.captive_side) or bool(
        by_b and by_b == a.captive_side and a.captive_side != b.captive_side)


def _has_cue(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(cue in lowered for cue in load_data("captive_terms.json")["exchange_cues"])


def _exchanges(lines: list[CaptiveLine]) -> tuple[list[CaptiveLine], list[Exchange]]:
    """Pair releases into exchanges within each document; returns the lines with ratios filled."""
    by_doc: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.action == "released":
            by_doc.setdefault(line.source.doc_id, []).append(i)
    lines = list(lines)
    exchanges: list[Exchange] = []
    for doc_id, indexes in by_doc.items():
        indexes.sort(key=lambda i: (lines[i].sentence_start, i))
        paired: set[int] = set()
        for pos, i in enumerate(indexes):
            if i in paired:
                continue
            partner = _partner(lines, indexes, pos, paired)
            if partner is None and _has_cue(lines[i].source.sentence):
                lines.append(_implicit_counterpart(lines[i]) or lines[i])
                partner = len(lines) - 1 if lines[-1] is not lines[i] else None
            if partner is None:
                continue
            paired.update((i, partner))
            first, second = sorted((i, partner), key=lambda k: (lines[k].sentence_start, _order_in(lines[k])))
            exchange_id = f"x-{doc_id[:8]}-{len(exchanges) + 1}"
            r = ratio(lines[first].value, lines[second].value)
            lines[first] = replace(lines[first], exchange=exchange_id, ratio=r)
            lines[second] = replace(lines[second], exchange=exchange_id, ratio=r)
            exchanges.append(Exchange(exchange_id, lines[first], lines[second], r))
    return lines, exchanges


def _order_in(line: CaptiveLine) -> int:
    """Position of the line's count in its sentence (written order decides the ratio's order)."""
    if line.count and line.count in line.source.sentence:
        return line.source.sentence.index(line.count)
    return len(line.source.sentence)


def _partner(lines: Sequence[CaptiveLine], indexes: Sequence[int], pos: int, paired: set[int]) -> int | None:
    """A release of the other side: in the same sentence, or earlier when this one has an exchange cue."""
    me = lines[indexes[pos]]
    same_sentence = [j for j in indexes if j != indexes[pos] and j not in paired
                     and lines[j].sentence_start == me.sentence_start and lines[j].proposed == me.proposed
                     and _different_sides(me, lines[j])]
    if same_sentence:
        return same_sentence[0]
    if not _has_cue(me.source.sentence):
        return None
    earlier = [j for j in indexes[:pos] if j not in paired and lines[j].proposed == me.proposed
               and _different_sides(me, lines[j])]
    return earlier[-1] if earlier else None


_AFTER_CUE = re.compile(r"(?:in exchange for|in return for|for the release of|for the freedom of)\s+([^,.;]+)", re.I)


def _implicit_counterpart(line: CaptiveLine) -> CaptiveLine | None:
    """The other side of an exchange named without a number: "in exchange for Israeli soldier Gilad Shalit"."""
    match = _AFTER_CUE.search(line.source.sentence)
    if not match:
        return None
    phrase = match.group(1).strip()
    words = [w.lower() for w in phrase.split()]
    singular = load_data("captive_terms.json")["singular_captives"]
    if not any(w in singular for w in words) or any(w in ("all", "some", "several") for w in words):
        return None
    side = country_of(phrase) or captive_kind(phrase)
    if side is None or side == line.captive_side:
        return None
    return CaptiveLine(line.day, "released", line.status, "1", 1.0, phrase, side, None, line.incident, line.source,
                       sentence_start=line.sentence_start)
