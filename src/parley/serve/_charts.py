"""Vega-Lite specs of the dashboard's charts, built from the same rows the tables show.

Every mark carries an ``href`` to the sentence it stands for, so a click on a point opens the
article at that figure or event. Colours are a fixed palette whose every colour has a contrast
of at least 4.5:1 on white (so thin lines and small points stay visible), and each series or
status also gets its own shape, so colour is never the only cue. The ``$schema`` URL is an
identifier only: nothing is fetched from it.

Events of the same type reported on the same days would be drawn on top of each other, so the
timeline stacks them: points closer than about one point's width get lanes above and below
their row (:func:`_lanes`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from parley.serve._data import EventItem
from parley.serve._overview import SeriesPoint
from parley.types import STATUSES

__all__ = ["PALETTE", "series_spec", "timeline_spec"]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
_CONFIG: dict[str, Any] = {
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "axis": {"labelFontSize": 12, "titleFontSize": 13, "labelColor": "#1f2328", "titleColor": "#1f2328",
             "gridColor": "#e6e9ed", "domainColor": "#8c959f", "tickColor": "#8c959f"},
    "legend": {"labelFontSize": 13, "titleFontSize": 13, "labelColor": "#1f2328", "titleColor": "#1f2328",
               "labelLimit": 480, "titleLimit": 600, "symbolSize": 110, "symbolStrokeWidth": 2},
    "view": {"stroke": None},
}

#: Eight colours, each at least 4.5:1 on white and told apart by hue (blue, orange, green,
#: violet, red, teal, brown, slate).
PALETTE = ("#0b5cad", "#c2410c", "#15803d", "#7c3aed", "#b91c1c", "#0f766e", "#92400e", "#475569")
_SHAPES = ("circle", "square", "triangle-up", "diamond", "triangle-down", "cross", "triangle-left", "triangle-right")

#: Status colours: what happened in blue, what is talked about (offers, demands, plans) in warm
#: colours, what is contested in red and grey.
_STATUS_COLOURS = {
    "happened": "#0b5cad", "ongoing": "#0f766e", "offered": "#7c3aed", "demanded": "#c2410c",
    "planned": "#92400e", "refused": "#b91c1c", "denied": "#be123c", "alleged": "#475569",
    "under_investigation": "#6d28d9", "hypothetical": "#57606a",
}
_STATUS_SHAPES = {
    "happened": "circle", "ongoing": "square", "offered": "triangle-up", "demanded": "diamond",
    "planned": "triangle-down", "refused": "cross", "denied": "cross", "alleged": "triangle-right",
    "under_investigation": "triangle-right", "hypothetical": "triangle-left",
}

#: Vertical distance between stacked timeline points, in pixels, and the most lanes a row holds.
LANE_PX = 6
MAX_LANES = 7


#: Events dated this long before the earliest article are history the articles recall ("released
#: in 2011"); drawing them would squeeze the reported period into a corner, so the axis starts here.
HISTORY_MARGIN = dt.timedelta(days=90)


#: What hovering a timeline point tells: the event as read, with its status and who reported it.
_TIMELINE_TOOLTIP = [
    {"field": "when", "type": "temporal", "title": "date", "format": "%d %b %Y"},
    {"field": "type", "title": "event"},
    {"field": "trigger", "title": "trigger"},
    {"field": "status", "title": "status"},
    {"field": "claimant", "title": "according to"},
    {"field": "outlet", "title": "outlet"},
]


def timeline_spec(events: list[EventItem]) -> dict[str, Any]:
    """Events on a time axis, one row per PLOVER type, colour and shape by status, stacked where they meet.

    The axis spans the articles' publication dates (with :data:`HISTORY_MARGIN` before them);
    events recalled from earlier years stay in the events table and are left off the chart.
    """
    events = _within_reported_period(events)
    lanes = _lanes(events)
    deepest = max((abs(v) for v in lanes.values()), default=0)
    step = max(28, (2 * deepest + 1) * LANE_PX + 12)
    values = [_timeline_point(e, step / 2 + lanes[(e.doc_id, e.idx)] * LANE_PX) for e in events]
    statuses = [s for s in STATUSES if any(e.status == s for e in events)]
    return {
        "$schema": _SCHEMA,
        "description": f"Timeline of {len(values)} events by type and date; each point links to its sentence.",
        "width": "container",
        "height": {"step": step},
        "data": {"values": values},
        "mark": {"type": "point", "filled": True, "size": 55, "opacity": 0.9, "cursor": "pointer",
                 "stroke": "#ffffff", "strokeWidth": 0.8},
        "encoding": {
            "x": {"field": "when", "type": "temporal", "title": None,
                  "axis": {"format": "%d %b %Y", "labelAngle": 0, "tickCount": 8}},
            "y": {"field": "type", "type": "nominal", "title": None, "axis": {"labelFontWeight": 600}},
            "yOffset": {"field": "dy", "type": "quantitative", "scale": None},
            **_status_encoding(statuses),
            "href": {"field": "href"},
            "tooltip": _TIMELINE_TOOLTIP,
        },
        "config": _CONFIG,
    }


def _within_reported_period(events: list[EventItem]) -> list[EventItem]:
    """The events to draw: those dated no earlier than :data:`HISTORY_MARGIN` before the first
    publication date (all of them when no article has a date, as nothing says what is history)."""
    published = [e.published for e in events if e.published]
    if not published:
        return events
    start = min(published) - HISTORY_MARGIN
    return [e for e in events if e.when and e.when >= start]


def _timeline_point(event: EventItem, dy: float) -> dict[str, Any]:
    """One event as a data row of the timeline; ``dy`` is its offset from the top of its type's
    row band (the middle of the band, then its lane)."""
    return {
        "when": event.when.isoformat() if event.when else None,
        "type": event.type,
        "status": event.status.replace("_", " "),
        "trigger": event.text,
        "claimant": event.claimant or "(article)",
        "outlet": event.outlet or "",
        "href": event.href,
        "dy": dy,
    }


def _status_encoding(statuses: list[str]) -> dict[str, Any]:
    """Colour and shape channels by status, for the statuses shown only (so the legend lists no
    status that no point has), each status keeping its fixed colour and shape."""
    domain = [s.replace("_", " ") for s in statuses]
    return {
        "color": {"field": "status", "type": "nominal", "title": "status",
                  "scale": {"domain": domain, "range": [_STATUS_COLOURS[s] for s in statuses]},
                  "legend": {"orient": "top", "direction": "horizontal", "title": None}},
        "shape": {"field": "status", "type": "nominal",
                  "scale": {"domain": domain, "range": [_STATUS_SHAPES[s] for s in statuses]}},
    }


def _lanes(events: list[EventItem]) -> dict[tuple[str, int], int]:
    """A vertical lane per event (0, 1, -1, 2, -2...) so events of one type close in time do not overlap.

    Events are bucketed by type and by a slice of the time axis about one point wide (1/120 of
    the span, at least a day); the n-th event of a bucket takes the n-th lane, wrapping after
    :data:`MAX_LANES`.
    """
    days = [e.when for e in events if e.when]
    if not days:
        return {(e.doc_id, e.idx): 0 for e in events}
    first = min(days)
    width = max(1, (max(days) - first).days // 120)
    buckets: dict[tuple[str, int], list[EventItem]] = defaultdict(list)
    for e in sorted(events, key=lambda e: (e.when or dt.date.min, e.status, e.doc_id, e.idx)):
        buckets[(e.type, ((e.when or first) - first).days // width)].append(e)
    out = {}
    for bucket in buckets.values():
        for n, e in enumerate(bucket):
            n %= MAX_LANES
            out[(e.doc_id, e.idx)] = (n + 1) // 2 * (1 if n % 2 else -1)
    return out


#: The series chart's marks: a step line per series (a figure holds until the next report), a
#: bar for each range, and the clickable points with their tooltip.
_SERIES_LAYERS: list[dict[str, Any]] = [
    {"mark": {"type": "line", "strokeWidth": 2.5, "interpolate": "step-after"}},
    {"transform": [{"filter": "datum.low != null"}],
     "mark": {"type": "rule", "strokeWidth": 2},
     "encoding": {"y": {"field": "low", "type": "quantitative"}, "y2": {"field": "high"}}},
    {
        "mark": {"type": "point", "filled": True, "size": 90, "cursor": "pointer",
                 "stroke": "#ffffff", "strokeWidth": 1},
        "encoding": {"href": {"field": "href"}, "tooltip": [
            {"field": "date", "type": "temporal", "title": "published", "format": "%d %b %Y"},
            {"field": "text", "title": "as written"},
            {"field": "line", "title": "series"},
            {"field": "outlet", "title": "outlet"},
        ]},
    },
]


def series_spec(points: list[SeriesPoint], lines: list[str], category: str | None) -> dict[str, Any]:
    """One line per reconciled series (claimant · counted · place) of the figures of ``category``.

    Only the series in ``lines`` are drawn, each in its own colour and shape, with the legend
    under the chart in two columns so long names stay whole. A range is drawn as a vertical bar
    from its low to its high end through its middle point.
    """
    names = "; ".join(lines)
    return {
        "$schema": _SCHEMA,
        "description": f"{category or 'Figures'} over time as claimed: {len(lines)} series ({names}); each point "
        "links to its sentence.",
        "width": "container",
        "height": 300,
        "data": {"values": [_series_point(p) for p in points if p.line in lines]},
        "encoding": _series_encoding(lines, category),
        "layer": _SERIES_LAYERS,
        "config": _CONFIG,
    }


def _series_point(point: SeriesPoint) -> dict[str, Any]:
    """One figure as a data row of the series chart; ``low``/``high`` only for a whole range (a
    bound alone draws no bar)."""
    ranged = point.low is not None and point.high is not None
    return {
        "date": point.date.isoformat(),
        "value": point.value,
        "low": point.low if ranged else None,
        "high": point.high if ranged else None,
        "line": point.line,
        "text": point.text,
        "outlet": point.outlet or "",
        "href": point.href,
    }


def _series_encoding(lines: list[str], category: str | None) -> dict[str, Any]:
    """Axes, and colour and shape by series: the n-th series takes the n-th colour and shape, and
    both channels share one legend."""
    legend = {"orient": "bottom", "columns": 2, "title": "according to · counted · place"}
    return {
        "x": {"field": "date", "type": "temporal", "title": "published",
              "axis": {"format": "%d %b %Y", "labelAngle": 0, "tickCount": 6}},
        "y": {"field": "value", "type": "quantitative", "title": f"{category or 'figures'} (as claimed)",
              "axis": {"format": ",.0f"}},
        "color": {"field": "line", "type": "nominal", "scale": {"domain": lines, "range": list(PALETTE[: len(lines)])},
                  "legend": legend},
        "shape": {"field": "line", "type": "nominal", "legend": legend,
                  "scale": {"domain": lines, "range": list(_SHAPES[: len(lines)])}},
    }
