"""Vega-Lite specs of the dashboard's charts, built from the same rows the tables show.

Every mark carries an ``href`` to the sentence it stands for, so a click on a point opens the
article at that figure or event. Colours come from Vega's ``tableau10`` scheme (distinguishable
and of adequate contrast on white); status is also shown by shape, so colour is never the only
cue. The ``$schema`` URL is an identifier only: nothing is fetched from it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from parley.serve._data import EventItem, SeriesPoint

__all__ = ["series_spec", "timeline_spec"]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
_CONFIG: dict[str, Any] = {
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "axis": {"labelFontSize": 12, "titleFontSize": 13, "labelColor": "#1f2328", "titleColor": "#1f2328"},
    "legend": {"labelFontSize": 12, "titleFontSize": 13, "labelLimit": 260},
    "range": {"category": {"scheme": "tableau10"}},
    "view": {"stroke": None},
}


#: Events dated this long before the earliest article are history the articles recall ("released
#: in 2011"); drawing them would squeeze the reported period into a corner, so the axis starts here.
HISTORY_MARGIN = dt.timedelta(days=90)


def timeline_spec(events: list[EventItem]) -> dict[str, Any]:
    """Events on a time axis, one row per PLOVER type, shape and colour by status.

    The axis spans the articles' publication dates (with :data:`HISTORY_MARGIN` before them);
    events recalled from earlier years stay in the events table and are left off the chart.
    """
    published = [e.published for e in events if e.published]
    if published:
        start = min(published) - HISTORY_MARGIN
        events = [e for e in events if e.when and e.when >= start]
    values = [
        {
            "when": e.when.isoformat() if e.when else None,
            "type": e.type,
            "status": e.status,
            "trigger": e.text,
            "claimant": e.claimant or "(article)",
            "outlet": e.outlet or "",
            "href": e.href,
        }
        for e in events
    ]
    return {
        "$schema": _SCHEMA,
        "description": f"Timeline of {len(values)} events by type and date; each point links to its sentence.",
        "width": "container",
        "height": {"step": 28},
        "data": {"values": values},
        "mark": {"type": "point", "filled": True, "size": 110, "opacity": 0.85, "cursor": "pointer"},
        "encoding": {
            "x": {"field": "when", "type": "temporal", "title": "date",
                  "axis": {"format": "%d %b %Y", "labelAngle": 0}},
            "y": {"field": "type", "type": "nominal", "title": "event type (PLOVER)"},
            "color": {"field": "status", "type": "nominal", "title": "status"},
            "shape": {"field": "status", "type": "nominal", "title": "status"},
            "href": {"field": "href"},
            "tooltip": [
                {"field": "when", "type": "temporal", "title": "date", "format": "%d %b %Y"},
                {"field": "type", "title": "event"},
                {"field": "trigger", "title": "trigger"},
                {"field": "status", "title": "status"},
                {"field": "claimant", "title": "according to"},
                {"field": "outlet", "title": "outlet"},
            ],
        },
        "config": _CONFIG,
    }


def series_spec(points: list[SeriesPoint], category: str | None) -> dict[str, Any]:
    """One line per claimant and counted noun of the figures of ``category`` over publication dates.

    Lines are split by what is counted too, so "60 hostages" and "180 prisoners" said by the same
    voice are never joined into one misleading line.
    """
    values = [
        {
            "date": p.date.isoformat(),
            "value": p.value,
            "claimant": p.claimant,
            "line": f"{p.claimant} · {p.counted or p.category}",
            "text": p.text,
            "counted": p.counted or "",
            "href": p.href,
        }
        for p in points
    ]
    tooltip = [
        {"field": "date", "type": "temporal", "title": "published", "format": "%d %b %Y"},
        {"field": "value", "type": "quantitative", "title": "value", "format": ","},
        {"field": "text", "title": "as written"},
        {"field": "counted", "title": "counted"},
        {"field": "claimant", "title": "according to"},
    ]
    encoding = {
        "x": {"field": "date", "type": "temporal", "title": "published", "axis": {"format": "%b %Y", "labelAngle": 0}},
        "y": {"field": "value", "type": "quantitative", "title": f"{category or 'figures'} (as claimed)",
              "axis": {"format": "~s"}},
        "color": {"field": "line", "type": "nominal", "title": "according to · counted"},
    }
    return {
        "$schema": _SCHEMA,
        "description": f"Figures of category {category} over time, one line per claimant and thing counted; each "
        "point links to its "
        "sentence.",
        "width": "container",
        "height": 280,
        "data": {"values": values},
        "encoding": encoding,
        "layer": [
            {"mark": {"type": "line", "strokeWidth": 2}},
            {
                "mark": {"type": "point", "filled": True, "size": 90, "cursor": "pointer"},
                "encoding": {"href": {"field": "href"}, "tooltip": tooltip},
            },
        ],
        "config": _CONFIG,
    }
