"""Figure series: the same count over time, per claimant, and where claimants disagree.

A series is keyed by (category, what is counted, place, claimant): "killed · people · PSE · Gaza's
health ministry". Each stored figure of a counting category (killed, injured, missing, displaced,
captured, held, released) is one point with its source; nothing is overwritten, so a toll that
rises day by day shows every step. :func:`latest` gives each claimant's newest value per
(category, counted, place); :func:`conflicts` lists claimants whose newest values, given within
:data:`CONFLICT_DAYS` of each other, differ by more than :data:`CONFLICT_TOLERANCE`.

Limits: "what is counted" is compared by its head word ("Palestinian prisoners" → prisoner), and
the place is the event's place or the country the counted phrase names, so two tolls for one
place written differently ("Gaza Strip" and "Palestinian territories") stay apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.reconcile.reports import Report, SourceRef, claimant_alias, country_of, is_realized
from parley.records import Figure

__all__ = [
    "CONFLICT_DAYS", "CONFLICT_TOLERANCE", "Conflict", "Point", "Series", "SeriesKey", "build_series", "conflicts",
    "group_series", "latest", "series_points",
]

COUNTING = frozenset({"killed", "injured", "missing", "displaced", "captured", "held", "released"})
#: Newest values of two claimants are compared only when given within this many days.
CONFLICT_DAYS = 1
#: Relative difference above which two claimants disagree.
CONFLICT_TOLERANCE = 0.10


@dataclass(frozen=True)
class Point:
    """One figure of a series: value (or bounds), as written, with its source."""

    day: dt.date | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    text: str
    counted: str | None
    source: SourceRef

    @property
    def estimate(self) -> float | None:
        """A single number to compare: the value, else the middle or the known bound of a range."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"day": self.day.isoformat() if self.day else None, "value": self.value, "low": self.low,
                "high": self.high, "qualifier": self.qualifier, "text": self.text, "counted": self.counted,
                "source": self.source.as_dict()}


@dataclass(frozen=True)
class Series:
    """Every report of one count by one claimant, oldest first."""

    category: str
    counted: str
    place: str | None
    claimant: str
    points: tuple[Point, ...]

    @property
    def topic(self) -> tuple[str, str, str | None]:
        """(category, counted, place): series with the same topic are comparable."""
        return (self.category, self.counted, self.place)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"category": self.category, "counted": self.counted, "place": self.place, "claimant": self.claimant,
                "points": [p.as_dict() for p in self.points]}


@dataclass(frozen=True)
class Conflict:
    """Two claimants whose newest values for one topic disagree."""

    category: str
    counted: str
    place: str | None
    a: Series
    b: Series

    @property
    def spread(self) -> float:
        """Relative difference of the two newest values."""
        return _spread(self.a.points[-1], self.b.points[-1])

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"category": self.category, "counted": self.counted, "place": self.place,
                "spread": round(self.spread, 3),
                "claims": [{"claimant": s.claimant, **s.points[-1].as_dict()} for s in (self.a, self.b)]}


@lru_cache(maxsize=8192)
def _head(counted: str | None) -> str:
    """The head word of what is counted, singular, lower case ("Palestinian prisoners" → prisoner)."""
    words = (counted or "").lower().split()
    if not words:
        return "(unspecified)"
    word = words[-1].strip(".,;:'\"")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _claimant(figure: Figure, outlet: str | None) -> str:
    return _claimant_name(figure.claimant, outlet)


@lru_cache(maxsize=8192)
def _claimant_name(claimant: str | None, outlet: str | None) -> str:
    """The series' claimant: the one name of a body named in several ways ("MSF" is "Doctors Without
    Borders"), else the figure's without a leading 'the', else the article (its outlet)."""
    if alias := claimant_alias(claimant):
        return alias
    if claimant:
        words = claimant.split()
        return " ".join(words[1:] if words and words[0].lower() == "the" and len(words) > 1 else words)
    return f"(article: {outlet})" if outlet else "(article)"


def _figure_places(reports: Iterable[Report]) -> dict[tuple[str, int], str]:
    """(doc_id, figure start) → the place of the event that points to the figure."""
    out: dict[tuple[str, int], str] = {}
    for report in reports:
        if report.event.place:
            for figure in report.figures:
                out.setdefault((figure.doc_id, figure.start), report.event.place)
    return out


#: A series' key: (category, head of what is counted, place, claimant).
SeriesKey = tuple[str, str, str | None, str]


def build_series(
    figures: Iterable[tuple[Figure, dt.date | None, str | None, str]], reports: Iterable[Report] = ()
) -> list[Series]:
    """Series from figures given as (figure, published, outlet, sentence), oldest point first.

    ``reports`` (events with their figures) supply the place of figures an event points to.
    """
    return group_series(series_points(figures, reports))


def series_points(
    figures: Iterable[tuple[Figure, dt.date | None, str | None, str]], reports: Iterable[Report] = ()
) -> list[tuple[SeriesKey, Point]]:
    """Each counting figure as a point with the key of its series (category, counted, place,
    claimant): the work within each article (a store keeps it per document, see
    :mod:`parley.reconcile.view_lines`)."""
    reports = list(reports)
    places = _figure_places(reports)
    proposed = {(r.event.doc_id, r.event.sentence_start) for r in reports if not is_realized(r.event.status)}
    points: list[tuple[SeriesKey, Point]] = []
    for figure, published, outlet, sentence in figures:
        if figure.category not in COUNTING or figure.unit is not None:
            continue
        if (figure.doc_id, figure.sentence_start) in proposed:
            continue  # a number in an offer, demand or plan is not a count of what happened
        written = places.get((figure.doc_id, figure.start))
        place = country_of(written) or (written.lower() if written else None) or country_of(figure.counted)
        key = (figure.category, _head(figure.counted), place, _claimant(figure, outlet))
        source = SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant)
        points.append((key, Point(published, figure.value, figure.low, figure.high, figure.qualifier, figure.text,
                                  figure.counted, source)))
    return points


def group_series(points: Iterable[tuple[SeriesKey, Point]], *, in_order: bool = False) -> list[Series]:
    """Series from keyed points of any articles, oldest point first.

    ``in_order``: the points come already ordered by (day, document), as stored view lines are
    read, so each series keeps them as they come instead of sorting them again.
    """
    groups: dict[SeriesKey, list[Point]] = {}
    for key, point in points:
        groups.setdefault(key, []).append(point)
    return [
        Series(k[0], k[1], k[2], k[3], tuple(v if in_order else sorted(v, key=_point_order)))
        for k, v in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "", kv[0][3]))
    ]


def _point_order(p: Point) -> tuple[dt.date, str]:
    return (p.day or dt.date.min, p.source.doc_id)


def latest(series: Sequence[Series]) -> list[tuple[Series, Point]]:
    """Each claimant's newest point, per topic."""
    return [(s, s.points[-1]) for s in series if s.points]


def conflicts(series: Sequence[Series], *, tolerance: float = CONFLICT_TOLERANCE,
              days: int = CONFLICT_DAYS) -> list[Conflict]:
    """Pairs of claimants whose newest values for one topic, given within ``days``, differ by > ``tolerance``."""
    # Each series' newest value and day are read once: a topic can have dozens of claimants, and
    # every pair of them is compared.
    by_topic: dict[tuple[str, str, str | None], list[tuple[Series, float, int | None]]] = {}
    for s in series:
        newest = s.points[-1] if s.points else None
        if newest is not None and newest.estimate is not None:
            day = newest.day.toordinal() if newest.day is not None else None
            by_topic.setdefault(s.topic, []).append((s, newest.estimate, day))
    found: list[tuple[float, Conflict]] = []
    for (category, counted, place), group in by_topic.items():
        for i, (a, x, day_a) in enumerate(group):
            for b, y, day_b in group[i + 1 :]:
                if day_a is not None and day_b is not None and abs(day_a - day_b) > days:
                    continue
                top = max(x, y)
                spread = abs(x - y) / top if top else 0.0
                if spread > tolerance:
                    found.append((spread, Conflict(category, counted, place, a, b)))
    return [conflict for _, conflict in sorted(found, key=lambda sc: -sc[0])]


def _spread(a: Point, b: Point) -> float:
    """Relative difference of two points' values (0 when both are 0)."""
    x, y = a.estimate or 0.0, b.estimate or 0.0
    return abs(x - y) / max(x, y) if max(x, y) else 0.0

