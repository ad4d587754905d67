"""Figure series: the same count over time, per claimant, and where claimants disagree.

A series is keyed by (category, what is counted, place, claimant): "killed · people · PSE · Gaza's
health ministry". Each stored figure of a counting category (killed, injured, missing, displaced,
captured, held, released) is one point with its source; nothing is overwritten, so a toll that
rises day by day shows every step. :func:`latest` gives each claimant's newest value per
(category, counted, place); :func:`conflicts` lists claimants whose newest values, given within
:data:`CONFLICT_DAYS` of each other, differ by more than :data:`CONFLICT_TOLERANCE`.

One facility's count (a hospital's, ``data/series_terms.json``) no higher than the other value is
a part of it, not a rival claim: two hospitals' tolls of one strike are not set against each other.
Only values that may count the same dead are compared (:func:`comparable`):

* an undated value (an article with no publication date) is compared only with values of its own
  article: "within a day" cannot be told of it, and a toll of any year would otherwise meet today's;
* a value with no place carries the countries its article's events name (their places and their
  actors' countries, :attr:`Point.countries`); two such values whose articles both say in which
  country a blow landed (a place or a target: "airstrikes on Jabalia" → PSE) and name no country
  in common are of two wars ("12 killed" in a Jabalia story, "27 killed" in a Djibo one) and are
  not compared. An article that names no country, or only who struck ("Russian missiles"), is
  compared with any, as before: two outlets' national tolls with no place are still set against
  each other, and one strike told from both sides of a war still meets;
* a placed toll and a place-less one of another article meet when that article's events name the
  toll's place alone and one of them is in the toll's incident (:func:`_twin_conflicts`): "17
  killed in a strike on Dnipro" against "Missiles hit Dnipro. The strike killed 21".

One count is reported in many spellings, and an analyst wants one line per claimant for it:

* the claimant is compared folded (:func:`claimant_key`): case, "the", possessives and a
  ministry's word order dropped, a country named by name or by demonym alike ("Sudan's Ministry
  of Health", "the Sudanese health ministry"); the series shows the spelling most of its points use.
  A body written without its country ("the health ministry") joins the one body of its topic that
  has one, when the topic has a place (see :func:`_with_countries_known`);
* what is counted is compared by its head word ("Palestinian prisoners" → prisoner), and the words
  that name no one in particular ("toll", "people", a bare number) are one head (:data:`ANYONE`);
* the place is the place of the event that points to the figure, else of the events of its
  sentence, else (for a sentence that tells no event: "the group put the toll at 35") of its
  article's events, when they name one place only, unless the sentence gives a running total of the
  war (:func:`running_total`: "50,000 killed since October 2023" is no toll of the article's
  strike); a town is named by itself, not by the region written around it ("the North Darfur town of Mellit" is Mellit).

A series is one claimant's running count of one incident or one cumulative toll
(:func:`incident_threads`): under one key, a count the clustering puts in another incident and
whose text dates its event more than a day after every earlier report of the key, or after them
and more than a day after the latest day their texts give (naming no such day itself), starts a
series of its own (M23's "eight killed in clashes", then "three killed on Tuesday in a ceasefire
breach"; the Rafah dead of Sunday, reported Monday, then those of Tuesday), shown with the day it
opened; and a count with no place joins its claimant's placed series when its
article names that place alone and the two are of one incident or a day apart (the governor's
"31 killed" and "the toll in Goma rose to 40"). Counts in a plan, hope or expectation ("hopes to
free 300 soldiers") are no points, as offers and demands are not.

Limits: a bare claimant in a topic with no place, or with two such bodies, stays apart; a figure
whose place the extractor did not find lands in the place-less topic, where tolls of two events of
one day can meet (and be listed as a conflict) unless both articles say where a blow landed and
name no country in common: a Gaza story that names only "an Israeli strike" still meets a Kharkiv
one (a dateline is not read: the store gives no document text here, and towns have no gazetteer,
so "Kharkiv" alone names no country); two tolls for one place written differently ("Gaza
Strip" and "Palestinian territories") stay apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from parley.extract.dates import PartialDate, as_day, find_dates
from parley.reconcile.captives import captive_action, counts_remains, planned_release, told_status
from parley.reconcile.reports import (
    Report,
    SourceRef,
    _place_key,
    claimant_alias,
    countries_coded,
    country_of,
    fold_claimant,
    is_realized,
    load_data,
    whole_words_pattern,
)
from parley.records import Event, Figure

__all__ = [
    "ANYONE", "CONFLICT_DAYS", "CONFLICT_TOLERANCE", "Conflict", "Point", "Series", "SeriesKey", "build_series",
    "claimant_key", "comparable", "conflicts", "group_series", "incident_threads", "latest", "running_total",
    "series_head",
    "series_points",
]

COUNTING = frozenset({"killed", "injured", "missing", "displaced", "captured", "held", "released"})
#: Newest values of two claimants are compared only when given within this many days.
CONFLICT_DAYS = 1
#: Relative difference above which two claimants disagree.
CONFLICT_TOLERANCE = 0.10
#: The head a series shows for a count that names no one in particular.
ANYONE = "people"
#: Head words (singular) of such counts: "the toll rose to 21", "27 people", "35 dead", a bare number.
#: Tolls of one event are given in all of these; they are one count, not four.
_ANYONE_HEADS = frozenset({"people", "person", "toll", "(unspecified)", "dead", "death", "fatality", "casualty",
                           "victim", "individual", "live"})
#: Words that with a country's name still name (a part of) the country: "the Gaza Strip", "Yemen's capital Sanaa".
_COUNTRY_PARTS = frozenset({"strip", "republic", "capital"})
#: Words before "of" that make the words after it the place itself: "the North Darfur town of Mellit".
_PLACE_LEVELS = re.compile(r"^.*\b(?:town|city|village|district|camp|neighbou?rhood|suburb)\s+of\s+", re.I)


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
    #: For a point with no place: the countries its article's events name (see :func:`comparable`).
    countries: tuple[str, ...] = ()
    #: For a point with no place: whether one of its article's events names the country where it
    #: happened, by its place or its target, not only by who struck.
    struck_known: bool = False
    #: The incidents of the events that tell the figure (those pointing to it, else its sentence's);
    #: for a point with no place, those of all its article's events (see :func:`_twin_conflicts`).
    incidents: tuple[str, ...] = ()
    #: For a point with no place: the one place its article's events name, if they name one only.
    article_place: str | None = None
    #: The incidents the figure itself is told of: those of the events pointing to it, else of its
    #: sentence's events, placed or not; what tells one incident's count from another's (:func:`incident_threads`).
    told_of: tuple[str, ...] = ()
    #: The latest day the text gives those events ("killed on Tuesday"), None when it gives none.
    event_day: dt.date | None = None

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
    #: The day of its first point when its claimant gives counts of several incidents under one key
    #: (:func:`incident_threads`): "M23 · fighter · from 2025-03-19" is not the same line as the earlier one.
    opened: dt.date | None = None

    @property
    def topic(self) -> tuple[str, str, str | None]:
        """(category, counted, place): series with the same topic are comparable."""
        return (self.category, self.counted, self.place)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"category": self.category, "counted": self.counted, "place": self.place, "claimant": self.claimant,
                "opened": self.opened.isoformat() if self.opened else None,
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
def series_head(counted: str | None) -> str:
    """The head word of what is counted, singular, lower case ("Palestinian prisoners" → prisoner), as
    series show it: a count of no one in particular ("the toll", "35 dead") is :data:`ANYONE`."""
    words = (counted or "").lower().split()
    if not words:
        return ANYONE
    word = words[-1].strip(".,;:'\"")
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return ANYONE if word in _ANYONE_HEADS else word


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


@lru_cache(maxsize=8192)
def claimant_key(claimant: str | None, outlet: str | None) -> str:
    """What two spellings of one claimant have in common, for grouping series.

    "Sudan's Ministry of Health", "the Sudanese health ministry" and "Sudan's health ministry" are
    one body: case, a leading "the", possessives and the "Ministry of X" order are dropped, and a
    country's name or demonym, of one word or several ("Burkina Faso"), becomes the country's code. A body with several
    names (``claimant_aliases.json``) is its one name.
    """
    name = _claimant_name(claimant, outlet)
    if not claimant or claimant_alias(claimant):
        return name
    folded = fold_claimant(name)
    folded = re.sub(r"'s\b|(?<=s)'(?!\w)", "", folded)
    folded = re.sub(r"\bministry of (?:the )?([a-z]+)\b", r"\1 ministry", folded)
    return " ".join(countries_coded(re.findall(r"[a-z0-9][a-z0-9\-]*", folded)))


def _place_name(written: str) -> str:
    """The place a phrase names, for a series: a country as its code ("Gaza Strip", "southern
    Lebanon" → PSE, LBN), a town as itself without the region written before or after it ("the North
    Darfur town of Mellit", "Mellit, North Darfur" → mellit)."""
    town = _place_key(_PLACE_LEVELS.sub("", written).split(",")[0])
    if not town:
        return written.lower()
    country = country_of(town)
    words = town.split()
    whole = len(words) <= 2 or all(country_of(w) == country or w in _COUNTRY_PARTS for w in words)
    return country if country and whole else town


@dataclass(frozen=True)
class _Places:
    """Where the events of some articles are: per figure an event points to, per sentence, per article."""

    of_figure: dict[tuple[str, int], str]
    of_sentence: dict[tuple[str, int], str]
    of_document: dict[str, str]
    #: (doc_id, sentence start) of every sentence that tells an event, placed or not.
    told: frozenset[tuple[str, int]]
    #: The countries each article's events name, by their places and their actors.
    countries_of_document: dict[str, tuple[str, ...]]
    #: The articles one of whose events names the country where it happened (:func:`_struck_country`).
    struck_documents: frozenset[str]
    #: The incidents of the events pointing to each figure, of the events of each sentence and of
    #: each article.
    incidents_of_figure: dict[tuple[str, int], tuple[str, ...]]
    incidents_of_sentence: dict[tuple[str, int], tuple[str, ...]]
    incidents_of_document: dict[str, tuple[str, ...]]
    #: The latest day the text gives the events pointing to each figure, and those of each sentence.
    day_of_figure: dict[tuple[str, int], dt.date]
    day_of_sentence: dict[tuple[str, int], dt.date]

    def incidents_of(self, figure: Figure, placed: bool) -> tuple[str, ...]:
        """The incidents a placed figure tells of (its own events', else its sentence's), or those
        its article tells of, for a figure with no place (see :func:`_twin_conflicts`)."""
        if not placed:
            return self.incidents_of_document.get(figure.doc_id, ())
        return (self.incidents_of_figure.get((figure.doc_id, figure.start))
                or self.incidents_of_sentence.get((figure.doc_id, figure.sentence_start), ()))

    def event_day_of(self, figure: Figure) -> dt.date | None:
        """The day the text gives the events a figure tells of (its own events', else its sentence's)."""
        return (self.day_of_figure.get((figure.doc_id, figure.start))
                or self.day_of_sentence.get((figure.doc_id, figure.sentence_start)))


def _figure_places(reports: Iterable[Report]) -> _Places:
    """The places of the reports' events: of each figure an event points to (as written), and the one
    place (series name) of each sentence and of each article whose placed events name only one."""
    of_figure: dict[tuple[str, int], str] = {}
    sentences: dict[tuple[str, int], set[str]] = {}
    documents: dict[str, set[str]] = {}
    told: set[tuple[str, int]] = set()
    countries: dict[str, set[str]] = {}
    struck: set[str] = set()
    figure_incidents: dict[tuple[str, int], set[str]] = {}
    sentence_incidents: dict[tuple[str, int], set[str]] = {}
    document_incidents: dict[str, set[str]] = {}
    figure_days: dict[tuple[str, int], dt.date] = {}
    sentence_days: dict[tuple[str, int], dt.date] = {}
    for report in reports:
        event = report.event
        told.add((event.doc_id, event.sentence_start))
        if (day := _given_day(report)) is not None:
            _keep_latest(sentence_days, (event.doc_id, event.sentence_start), day)
            for figure in report.figures:
                _keep_latest(figure_days, (figure.doc_id, figure.start), day)
        if event.incident:
            sentence_incidents.setdefault((event.doc_id, event.sentence_start), set()).add(event.incident)
            document_incidents.setdefault(event.doc_id, set()).add(event.incident)
            for figure in report.figures:
                figure_incidents.setdefault((figure.doc_id, figure.start), set()).add(event.incident)
        countries.setdefault(event.doc_id, set()).update(_event_countries(event))
        if _struck_country(event):
            struck.add(event.doc_id)
        if not event.place:
            continue
        for figure in report.figures:
            of_figure.setdefault((figure.doc_id, figure.start), event.place)
        name = _place_name(event.place)
        sentences.setdefault((event.doc_id, event.sentence_start), set()).add(name)
        documents.setdefault(event.doc_id, set()).add(name)
    return _Places(of_figure, _only_one(sentences), _only_one(documents), frozenset(told),
                   {doc_id: tuple(sorted(found)) for doc_id, found in countries.items() if found}, frozenset(struck),
                   _sorted_values(figure_incidents), _sorted_values(sentence_incidents),
                   _sorted_values(document_incidents), figure_days, sentence_days)


def _given_day(report: Report) -> dt.date | None:
    """The one day the text gives an event (its own date or its context's), not a month or a year."""
    day = as_day(report.date)
    return None if day is None or isinstance(day, PartialDate) else day


def _keep_latest(days: dict[tuple[str, int], dt.date], key: tuple[str, int], day: dt.date) -> None:
    if key not in days or days[key] < day:
        days[key] = day


def _sorted_values(found: dict[Any, set[str]]) -> dict[Any, tuple[str, ...]]:
    return {key: tuple(sorted(values)) for key, values in found.items()}


def _struck_country(event: Event) -> str | None:
    """The country where an event's blow lands: its place's, else its target's ("Israeli airstrikes
    on Jabalia" → PSE). An attacker's country ("Russian missiles") says who, not where."""
    if place_country := country_of(event.place):
        return place_country
    return event.target.country if event.target is not None else None


def _event_countries(event: Event) -> set[str]:
    """The countries an event names: its place's ("the north of the Gaza Strip" → PSE) and its
    actors' ("Russian missiles" → RUS). Together they say which war an article tells of, which a
    town with no gazetteer ("Kharkiv") does not."""
    found = {actor.country for actor in (event.source, event.target) if actor is not None and actor.country}
    struck = _struck_country(event)
    return found | {struck} if struck else found


def _only_one(names: dict[Any, set[str]]) -> dict[Any, str]:
    """The keys naming a single place, with it: two places leave a figure's place unknown."""
    return {key: next(iter(found)) for key, found in names.items() if len(found) == 1}


def _place_of(figure: Figure, places: _Places, sentence_text: str = "") -> str | None:
    """The series place of a figure: its event's place, else its sentence's one place, else, when its
    sentence tells no event ("the group put the toll at 35") and gives no running total of the war
    (:func:`running_total`), its article's one place; else the country the counted phrase names."""
    written = places.of_figure.get((figure.doc_id, figure.start))
    if written:
        return _place_name(written)
    sentence = (figure.doc_id, figure.sentence_start)
    place = places.of_sentence.get(sentence)
    if place is None and sentence not in places.told and not running_total(sentence_text):
        place = places.of_document.get(figure.doc_id)
    return place or country_of(figure.counted)


@lru_cache(maxsize=1)
def _running_total_pattern() -> re.Pattern[str]:
    """The cues of ``data/series_terms.json`` as one pattern of whole words, longest first."""
    terms = load_data("series_terms.json")
    cues = sorted(terms["running_total_cues"], key=len, reverse=True)
    since = r"since\s+(?:" + "|".join(terms["since_starts"]) + r")\b"
    # "in the war's worst day" names one day of the war, not the war: no possessive after a cue
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + "|" + since + r")(?!['’]s\b)", re.I)


def running_total(sentence: str) -> bool:
    """Whether a sentence gives a count of a whole war or period ("more than 50,000 Palestinians
    have been killed since October 2023", "the toll in the war"): an article about one strike
    often ends with one, and the strike's town is not its place."""
    return bool(_running_total_pattern().search(sentence))


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
    proposed = {(r.event.doc_id, r.event.sentence_start) for r in reports if not is_realized(told_status(r))}
    handed_over = {(f.doc_id, f.start) for r in reports if captive_action(r.event) == "released" for f in r.figures}
    points: list[tuple[SeriesKey, Point]] = []
    for figure, published, outlet, sentence in figures:
        if figure.category not in COUNTING or figure.unit is not None:
            continue
        if (figure.doc_id, figure.sentence_start) in proposed or planned_release(figure, sentence):
            continue  # a number in an offer, demand or plan ("hopes to free 300") is not a count of what happened
        if figure.category == "killed" and _handed_over_dead(figure, sentence, handed_over):
            continue  # "handed over 757 bodies": a return of remains, not a toll
        place = _place_of(figure, places, sentence)
        key = (figure.category, series_head(figure.counted), place, claimant_key(figure.claimant, outlet))
        source = SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant)
        countries, struck, article_place = ((), False, None) if place is not None else (
            places.countries_of_document.get(figure.doc_id, ()), figure.doc_id in places.struck_documents,
            places.of_document.get(figure.doc_id))
        points.append((key, Point(published, figure.value, figure.low, figure.high, figure.qualifier, figure.text,
                                  figure.counted, source, countries, struck,
                                  places.incidents_of(figure, place is not None), article_place,
                                  places.incidents_of(figure, True), places.event_day_of(figure))))
    return points


def _handed_over_dead(figure: Figure, sentence: str, handed_over: set[tuple[str, int]]) -> bool:
    """Whether a count of the dead is of bodies a release event hands back ("Russia handed over 757 bodies");
    bodies found or pulled from rubble ("rescuers pulled 40 bodies"), even beside a release in the same
    sentence, stay a toll."""
    if (figure.doc_id, figure.start) not in handed_over:
        return False
    start = figure.start - figure.sentence_start
    return counts_remains(sentence, start, start + len(figure.text))


def group_series(points: Iterable[tuple[SeriesKey, Point]], *, in_order: bool = False) -> list[Series]:
    """Series from keyed points of any articles, oldest point first.

    ``in_order``: the points come already ordered by (day, document), as stored view lines are
    read, so each series keeps them as they come instead of sorting them again.
    """
    groups: dict[SeriesKey, list[Point]] = {}
    for key, point in points:
        groups.setdefault(key, []).append(point)
    groups = _with_places_named(_with_countries_known(groups))
    out = []
    for k, v in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "", kv[0][3])):
        threads = incident_threads(v if in_order else sorted(v, key=_point_order))
        for thread in threads:
            opened = thread[0].day if len(threads) > 1 else None
            out.append(Series(k[0], k[1], k[2], _shown_claimant(k[3], thread), tuple(thread), opened))
    return out


@dataclass
class _Thread:
    """One incident's points under a series key (:func:`incident_threads`), with what a new point is
    compared with kept as points join: a key of thousands of points is read once, not once a point."""

    points: list[Point] = field(default_factory=list)
    incidents: set[str] = field(default_factory=set)
    #: The latest publication day of its points (None while none is dated).
    latest: dt.date | None = None
    #: The latest day the text of its points gives their events (None while none gives one).
    latest_event: dt.date | None = None

    def add(self, point: Point, incidents: set[str]) -> None:
        """Take a point in, with the incidents it is told of."""
        self.points.append(point)
        self.incidents.update(incidents)
        self.latest = _later(self.latest, point.day)
        self.latest_event = _later(self.latest_event, point.event_day)


def _later(day: dt.date | None, other: dt.date | None) -> dt.date | None:
    """The later of two days, either of which may be unknown."""
    return other if day is None or (other is not None and other > day) else day


def incident_threads(points: Sequence[Point]) -> list[list[Point]]:
    """The points of one series key (oldest first) as one claimant's counts of separate incidents.

    A series is one running count: M23's "eight killed in clashes" and, nine days later, "three
    killed on Tuesday in a ceasefire breach" are two incidents and must not draw one toll falling
    from 8 to 3. A point opens a thread of its own only on firm ground: the clustering
    (:mod:`.incidents`) puts it in an incident no thread has, and its text dates its event to a day
    after every report of each thread (:func:`_after_thread`), so it cannot be what they counted.
    A point the clustering puts in a thread's incident still does not continue it when its text
    dates it after that thread's reports and more than a day after every day their texts give
    (:func:`_counted_after`): the clustering may join two strikes on one town two days apart.
    Otherwise it continues the thread of an incident it is told of, else the latest: the
    clustering misses many updates of one toll ("the toll rose to 40"), and a claimant's running
    total ("seven staff members have been killed since the war began") is one series with its
    earlier counts.
    """
    threads: list[_Thread] = []
    for point in points:
        mine = set(point.told_of)
        shared = [t for t in threads if t.incidents & mine and not _counted_after(point, t)]
        if not threads or (not shared and _new_incident(point, threads)):
            threads.append(_Thread())
        (shared or threads)[-1].add(point, mine)
    return [t.points for t in threads]


def _new_incident(point: Point, threads: list[_Thread]) -> bool:
    """Whether a point told of an incident no thread has counts one after every thread's reports, and
    is not told as a running or updated count ("the toll rose to 700", "killed since Sunday")."""
    return (bool(point.told_of) and all(_after_thread(point, t) for t in threads)
            and not _word_list_pattern("continuing_cues").search(point.source.sentence))


def _after_thread(point: Point, thread: _Thread) -> bool:
    """Whether the day the text gives a point's event is after what a thread counted: more than
    :data:`CONFLICT_DAYS` after its latest report (what happened after a report was written is not
    what it counted), or as :func:`_counted_after` reads it."""
    day, latest = point.event_day, thread.latest
    if day is not None and latest is not None and (day - latest).days > CONFLICT_DAYS:
        return True
    return _counted_after(point, thread)


def _counted_after(point: Point, thread: _Thread) -> bool:
    """Whether a point's event, dated by its text, is after a thread's latest report and more than
    :data:`CONFLICT_DAYS` after the latest day the thread's texts give, and the point is no update
    (no continuing cue, no earlier day named): the Rafah strike of Sunday, reported Monday, and the
    one of Tuesday are two incidents, though the second follows the first report by one day only."""
    day, latest, event = point.event_day, thread.latest, thread.latest_event
    if day is None or latest is None or event is None:
        return False
    return (day > latest and (day - event).days > CONFLICT_DAYS and not _names_day_up_to(point, event)
            and _dates_its_event(point, day)
            and not _word_list_pattern("continuing_cues").search(point.source.sentence))


def _dates_its_event(point: Point, day: dt.date) -> bool:
    """Whether a point's sentence writes ``day`` other than as the day of saying: "killed 21 people on
    Tuesday" does, "the health ministry said on Tuesday that 50 were killed" tells when it was said,
    which an update of an earlier strike's toll writes too."""
    sentence = point.source.sentence
    return any(as_day(m.iso) == day and not _said_before().search(sentence[: m.start])
               for m in find_dates(sentence, point.day))


@cache
def _said_before() -> re.Pattern[str]:
    """A verb of saying just before a date ("said on", "said in a statement on"), no comma or number between."""
    verbs = sorted(load_data("captive_terms.json")["report_verbs"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b[^,;.\d]{0,30}$", re.I)


def _names_day_up_to(point: Point, day: dt.date) -> bool:
    """Whether a point's sentence also names a day on or before ``day``: "two more people died on
    Monday after Saturday's strike" may count the earlier incident's dead, so it opens no series."""
    for mention in find_dates(point.source.sentence, point.day):
        named = as_day(mention.iso)
        if named is not None and not isinstance(named, PartialDate) and named <= day:
            return True
    return False


def _near(a: Point, b: Point, days: int = CONFLICT_DAYS) -> bool:
    """Two points of one article, or published within ``days`` of each other (an undated point is near
    no other article's)."""
    if a.source.doc_id == b.source.doc_id:
        return True
    return a.day is not None and b.day is not None and abs((a.day - b.day).days) <= days


def _with_places_named(groups: dict[SeriesKey, list[Point]]) -> dict[SeriesKey, list[Point]]:
    """Series with no place joined to the one placed series of their claimant, category and counted
    whose place their article names alone (:attr:`Point.article_place`), when they are told of one
    incident with it or near it in time: the governor's "31 killed" in a story whose other sentence
    names Goma, and his "toll in Goma rose to 40" the next day, are one running count."""
    placed: dict[tuple[str, str, str], list[SeriesKey]] = {}
    for key in groups:
        if key[2] is not None:
            placed.setdefault((key[0], key[1], key[3]), []).append(key)
    merged: dict[SeriesKey, list[Point]] = {}
    for key, points in groups.items():
        target = _placed_twin(key, points, groups, placed.get((key[0], key[1], key[3]), [])) if key[2] is None else None
        merged.setdefault(target or key, []).extend(points)
        if target is not None:
            merged[target].sort(key=_point_order)
    return merged


def _placed_twin(key: SeriesKey, points: list[Point], groups: dict[SeriesKey, list[Point]],
                 candidates: list[SeriesKey]) -> SeriesKey | None:
    """The one placed key a place-less series joins (see :func:`_with_places_named`), else None."""
    places = {p.article_place for p in points}
    if len(places) != 1 or None in places:
        return None
    place = next(iter(places))
    twins = [k for k in candidates if k[2] == place and _told_together(points, groups[k])]
    return twins[0] if len(twins) == 1 else None


def _told_together(points: list[Point], others: list[Point]) -> bool:
    """Whether some point of one series is told of an incident a point of the other is told of, or is
    near one in time (:func:`_near`)."""
    incidents = {incident for other in others for incident in other.told_of}
    return (any(incidents.intersection(p.told_of) for p in points)
            or any(_near(p, q) for p in points for q in others))


_COUNTRY_CODE = re.compile(r"\b[A-Z]{3}\b ?")


def _with_countries_known(groups: dict[SeriesKey, list[Point]]) -> dict[SeriesKey, list[Point]]:
    """Series whose claimant is written without its country ("the health ministry") joined to the
    one series of their topic whose claimant is that body with a country ("Sudan's health ministry"):
    a wire names the ministry in full once and then bare, and one body's two tolls are no conflict.
    With two such bodies in a topic (two countries' ministries), or a topic with no place (national
    and foreign counts mixed), the bare one stays apart."""
    bodies: dict[tuple[str, str, str | None, str], list[SeriesKey]] = {}
    for key in groups:
        bare = _COUNTRY_CODE.sub("", key[3]).strip()
        if bare != key[3] and key[2] is not None:  # with no place, "the army" may be any country's
            bodies.setdefault((*key[:3], bare), []).append(key)
    merged: dict[SeriesKey, list[Point]] = {}
    for key, points in groups.items():
        full = bodies.get(key, [])
        target = full[0] if len(full) == 1 else key
        merged.setdefault(target, []).extend(points)
        if target != key:  # two runs of points, each in order: one run in order again
            merged[target].sort(key=_point_order)
    return merged


def _shown_claimant(key: str, points: Sequence[Point]) -> str:
    """The name a series is shown under: the spelling most of its points use (the first of equals),
    as a reader wrote it, not the folded key."""
    names = Counter(_claimant_name(p.source.claimant, p.source.outlet) for p in points if p.source.claimant)
    return names.most_common(1)[0][0] if names else key


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
    by_topic: dict[tuple[str, str, str | None], list[tuple[Series, Point, float]]] = {}
    for s in series:
        newest = s.points[-1] if s.points else None
        if newest is not None and newest.estimate is not None:
            by_topic.setdefault(s.topic, []).append((s, newest, newest.estimate))
    found: list[tuple[float, Conflict]] = []
    for (category, counted, place), group in by_topic.items():
        for i, (a, newest_a, x) in enumerate(group):
            for b, newest_b, y in group[i + 1 :]:
                if a.claimant == b.claimant or not comparable(newest_a, newest_b, days) \
                        or _one_facility_within(newest_a, newest_b):
                    continue
                top = max(x, y)
                spread = abs(x - y) / top if top else 0.0
                if spread > tolerance:
                    found.append((spread, Conflict(category, counted, place, a, b)))
    found += _twin_conflicts(by_topic, tolerance, days)
    return [conflict for _, conflict in sorted(found, key=lambda sc: -sc[0])]


_Newest = tuple["Series", Point, float]


def _twin_conflicts(by_topic: dict[tuple[str, str, str | None], list[_Newest]], tolerance: float,
                    days: int) -> list[tuple[float, Conflict]]:
    """Disagreements between a placed toll and a place-less one told of the same incident.

    "A missile strike on Dnipro killed 17" and another outlet's "Russian missiles hit Dnipro on
    Tuesday. The strike on an apartment block killed 21" sit in different topics (the second
    toll's own sentence names no place) and would never meet. They are set side by side only on
    firm ground: another article, both newest values comparable (:func:`comparable`), the
    other article's events naming one place only, the placed toll's, and one of them in the
    placed toll's incident (the clustering of :mod:`.incidents`). The clustering alone joins
    strikes of one day on two towns, or in two wars, which must stay apart; and an article of two
    places may give the toll of either.
    """
    found: list[tuple[float, Conflict]] = []
    for (category, counted, place), placed in by_topic.items():
        if place is None:
            continue
        for a, newest_a, _ in placed:
            for b, newest_b, _ in by_topic.get((category, counted, None), ()):
                if _twins(newest_a, place, newest_b, days) and (spread := _spread(newest_a, newest_b)) > tolerance:
                    found.append((spread, Conflict(category, counted, place, a, b)))
    return found


def _twins(placed: Point, place: str, placeless: Point, days: int) -> bool:
    """Whether a toll at ``place`` and a place-less one are of one incident (see :func:`_twin_conflicts`)."""
    return (placed.source.doc_id != placeless.source.doc_id and placeless.article_place == place
            and comparable(placed, placeless, days)
            and not set(placed.incidents).isdisjoint(placeless.incidents)
            and not _one_facility_within(placed, placeless))


def comparable(a: Point, b: Point, days: int = CONFLICT_DAYS) -> bool:
    """Whether two claimants' values of one topic may count the same thing, so that a difference
    between them is a disagreement: two values of one article always may; else both must be dated
    within ``days`` of each other (an undated toll may be of any year), and, when both articles say
    where their blows landed, they must name a country in common (a place-less "12 killed" of a
    Jabalia story and "27 killed" of a Djibo one are two wars, not two claims).

    An article that names only who struck ("Russian missiles hit a station") is compared with any:
    a story of the same strike told from where it landed ("a hospital in Kremenchuk") names the
    other side of one war, and the two must still meet."""
    if a.source.doc_id == b.source.doc_id:
        return True
    return _near(a, b, days) and not (a.struck_known and b.struck_known and set(a.countries).isdisjoint(b.countries))


def _one_facility_within(a: Point, b: Point) -> bool:
    """Whether one of two values is a facility's count no higher than the other's: "Al-Aqsa hospital
    said 9" and "Nasser hospital said 6", or a hospital's 6 beside the ministry's 17, count
    different or more of the dead, and setting them side by side as a dispute misleads. A
    hospital's count above another's is still told as a disagreement."""
    x, y = a.estimate or 0.0, b.estimate or 0.0
    return (facility_count(a) and x <= y) or (facility_count(b) and y <= x)


def facility_count(point: Point) -> bool:
    """Whether a point's claimant is one facility that counts only the dead it received (a hospital)."""
    claimant = point.source.claimant
    return bool(claimant and _word_list_pattern("facility_claimants").search(claimant))


@cache
def _word_list_pattern(name: str) -> re.Pattern[str]:
    """A word list of ``data/series_terms.json`` (``facility_claimants``, ``continuing_cues``) as one
    pattern of whole words, longest first."""
    return whole_words_pattern(load_data("series_terms.json")[name])


def _spread(a: Point, b: Point) -> float:
    """Relative difference of two points' values (0 when both are 0)."""
    x, y = a.estimate or 0.0, b.estimate or 0.0
    return abs(x - y) / max(x, y) if max(x, y) else 0.0

