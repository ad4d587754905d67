"""The front page's reconciled series and stacked timeline, and links that land on their record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from fastapi.testclient import TestClient

from parley.serve._charts import HISTORY_MARGIN, MAX_LANES, _lanes, series_spec, timeline_spec
from parley.serve._data import EventItem
from parley.serve._overview import MAX_LINES, SeriesPoint
from parley.store import Store


def _focus(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(href).query).items()}


def test_overview_series_are_reconciled_series_and_at_most_eight_are_drawn(client: TestClient) -> None:
    body = client.get("/api/overview", params={"category": "released"}).json()
    assert 1 <= len(body["lines"]) <= MAX_LINES
    assert {p["line"] for p in body["series"] if p["charted"]} == set(body["lines"])
    assert all(p["category"] == "released" for p in body["series"])
    lines = {p["line"] for p in body["series"]}
    assert len(lines) > len(body["lines"]), "the example store has more released series than are drawn"


def test_a_series_point_links_to_its_own_figure(client: TestClient) -> None:
    point = client.get("/api/overview", params={"category": "released"}).json()["series"][0]
    focus = _focus(point["href"])
    assert "figure" in focus
    figure = client.get(f"/api/documents/{point['doc_id']}", params={"figure": focus["figure"]}).json()
    assert any(f["text"] == point["text"] for f in figure["figures"])


def test_captive_ledger_lines_link_to_their_sentence_by_offset(client: TestClient, example_db: Path) -> None:
    lines = client.get("/api/ledgers/captives").json()["lines"]
    assert lines
    with Store(example_db, read_only=True) as store:
        for line in lines:
            at = int(_focus(line["source"]["href"])["at"])
            text = store.document(line["source"]["doc_id"]).text
            assert text[at:].startswith(line["source"]["sentence"])


def _event(idx: int, day: dt.date, type_: str = "ASSAULT") -> EventItem:
    return EventItem.model_validate({
        "doc_id": "d", "idx": idx, "start": 0, "end": 1, "text": "x", "type": type_, "status": "happened",
        "sentence_start": 0, "sentence_end": 1, "published": day, "outlet": None, "sentence": "x", "when": day,
        "href": "/",
    })


def test_events_of_one_type_and_day_get_distinct_lanes_and_others_stay_on_the_row() -> None:
    day = dt.date(2023, 11, 24)
    events = [_event(i, day) for i in range(4)] + [_event(9, day, "AID"), _event(10, day + dt.timedelta(days=400))]
    lanes = _lanes(events)
    assert sorted(lanes[("d", i)] for i in range(4)) == [-1, 0, 1, 2]
    assert lanes[("d", 9)] == 0 and lanes[("d", 10)] == 0
    assert max(abs(v) for v in lanes.values()) <= MAX_LANES


def test_series_chart_draws_only_the_chosen_lines_with_a_legend_of_their_names(client: TestClient) -> None:
    body = client.get("/api/overview", params={"category": "released"}).json()
    points = [SeriesPoint.model_validate(p) for p in body["series"]]
    spec = series_spec(points, body["lines"][:2], "released")
    assert {v["line"] for v in spec["data"]["values"]} == set(body["lines"][:2])
    assert spec["encoding"]["color"]["scale"]["domain"] == body["lines"][:2]
    assert all(line in spec["description"] for line in body["lines"][:2])


def _dated_event(idx: int, when: dt.date | None, published: dt.date, status: str = "happened") -> EventItem:
    return _event(idx, published).model_copy(update={"when": when, "status": status})


def test_timeline_leaves_out_events_recalled_from_before_the_reported_period() -> None:
    """Shalit's 2011 release, recalled in a 2023 article, would squeeze the chart into a corner."""
    published = dt.date(2023, 11, 24)
    events = [_dated_event(0, dt.date(2011, 10, 18), published), _dated_event(1, published, published),
              _dated_event(2, published - HISTORY_MARGIN, published), _dated_event(3, None, published)]
    spec = timeline_spec(events)
    assert [v["when"] for v in spec["data"]["values"]] == [published.isoformat(), "2023-08-26"]


def test_timeline_keeps_every_dated_event_when_no_article_has_a_date() -> None:
    events = [_event(0, dt.date(2011, 10, 18)).model_copy(update={"published": None}),
              _event(1, dt.date(2024, 1, 5)).model_copy(update={"published": None})]
    assert len(timeline_spec(events)["data"]["values"]) == 2


def test_timeline_legend_lists_only_the_statuses_drawn_each_with_its_own_colour_and_shape() -> None:
    day = dt.date(2024, 7, 2)
    spec = timeline_spec([_dated_event(0, day, day, "under_investigation"), _dated_event(1, day, day, "offered")])
    colour, shape = spec["encoding"]["color"]["scale"], spec["encoding"]["shape"]["scale"]
    assert colour["domain"] == shape["domain"] == ["offered", "under investigation"]  # in STATUSES order
    assert len(set(colour["range"])) == 2 and len(set(shape["range"])) == 2
    assert {v["status"] for v in spec["data"]["values"]} == {"offered", "under investigation"}


def _point(line: str, low: float | None, high: float | None) -> SeriesPoint:
    return SeriesPoint(line=line, claimant="OCHA", category="killed", counted="person", place=None,
                       date=dt.date(2024, 3, 1), value=30.0, low=low, high=high, text="25 to 35", doc_id="d",
                       outlet=None, href="/", charted=True)


def test_series_draws_a_range_bar_only_for_a_range_with_both_ends() -> None:
    points = [_point("OCHA · person", 25, 35), _point("OCHA · person", 25, None), _point("UN · person", None, None)]
    values = series_spec(points, ["OCHA · person"], "killed")["data"]["values"]
    assert [(v["low"], v["high"]) for v in values] == [(25, 35), (None, None)]
