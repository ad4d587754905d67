"""Reports: one event mention with the context reconciliation needs, and its features.

A :class:`Report` is an extracted :class:`~parley.records.Event` together with what the store
knows about its article (publication date, outlet, sentence) and the figures that quantify it.
:func:`features` turns a report into the comparable facts the incident scorer uses: a date
interval, a place key, the actors' countries, the kind of captive, figure values and the
sentence's content words.

Dates: the event's own date as the extractor resolved it; else the date its context gives
(:func:`with_context_dates`: the one date its sentence names, or the date of an earlier event of
the same paragraph, as news tells a sequence of acts under one "on Friday"); else the publication
day, as a soft guess. A date known only to a year or month ("in 2011") is a period: the report
is placed inside it, not on the publication day, so that background ("the 2011 exchange") is not
taken for today's news.

Limits: places are compared case-free as written, with levels only through the country the actor
lexicon gives a name (a capital, a country); no gazetteer of towns. Paragraphs are seen
through the sentences of the reports themselves (a sentence ending in a line break ends one) and a
gap of :data:`CONTEXT_GAP` characters, as the store gives no document text here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, cast

from parley.extract.actors import load_actor_lexicon, unaccented
from parley.extract.dates import DateMention, find_dates, period_of
from parley.extract.numbers import parse_number
from parley.records import Event, Figure

__all__ = ["Features", "Report", "SourceRef", "captive_kind", "claimant_alias", "countries_coded", "country_of",
           "features", "fold_claimant", "is_country_name", "load_data", "place_relation",
           "whole_words_pattern", "with_context_dates", "without_captivity_since"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
#: Days before its publication an undated event is assumed to have happened, at most.
UNDATED_LOOKBACK = 3
#: Characters between two sentences beyond which an earlier event's date is not carried to a later one.
CONTEXT_GAP = 400
#: At most this many words between a holding word and the "since" it takes ("held by the group since").
HOLDING_REACH = 4
#: Words that open a clause whose date is not the event's (a start, an end or a bound: "since the pause
#: began on November 24, 102 hostages have been freed").
_BOUND_WORDS = re.compile(r"\b(?:since|until|till|from|before|after|ago|following)\b", re.I)
#: Clause boundaries: semicolons, dashes, brackets, and commas that are not inside a number ("1,000").
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;—()]")
#: "five years prior", "two months later", "a decade ago": a time told relative to the sentence's frame.
_RELATIVE = re.compile(r"\b([\w-]+)\s+(years?|months?|weeks?|days?|decades?)\s+"
                       r"(earlier|before|prior|previously|ago|later|afterwards?)\b", re.I)


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
        context_date: the date the event's context gives when it has none of its own
            (see :func:`with_context_dates`).
        dateline: the article's wire dateline as written ("ABUJA, March 12, 2025 -"), empty without one:
            where a story naming no town was filed.
    """

    event: Event
    idx: int
    published: dt.date | None = None
    outlet: str | None = None
    sentence: str = ""
    figures: tuple[Figure, ...] = ()
    context_date: str | None = None
    dateline: str = ""

    @property
    def date(self) -> str | None:
        """The event's own date, else the date its context gives (ISO, as precise as written)."""
        return self.event.date or self.context_date

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
    #: The days (first, last ordinals) the text dates the event to: one day, a month, a year; None if undated.
    span: tuple[int, int] | None = None
    #: True when the text tells the event as a repeat of an earlier one ("attacked the village again",
    #: "another attack"): see :func:`told_as_repeat`.
    repeat: bool = False


@cache
def load_data(name: str) -> dict[str, Any]:
    """A JSON lexicon from ``parley/reconcile/data`` (read once per process)."""
    text = resources.files("parley.reconcile").joinpath("data", name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def whole_words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A lexicon's word list as one case-free pattern of whole words or phrases, longest first, so that
    "extended" is found before "extend" and "cease-fire" before "fire"."""
    return re.compile(r"\b" + _alternatives(words) + r"\b", re.I)


_INTENT = frozenset({"offered", "demanded", "planned", "refused", "hypothetical"})


def is_realized(status: str) -> bool:
    """True for what the text says took place (or is said to): not an offer, demand, plan or refusal."""
    return status not in _INTENT


def features(report: Report) -> Features:
    """The facts of a report that the incident scorer compares."""
    event = report.event
    day, exact, span = _day(report.date, report.published)
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
        span=span,
        repeat=told_as_repeat(report.sentence, event.start - event.sentence_start, event.end - event.sentence_start,
                              event.type),
    )


def told_as_repeat(sentence: str, start: int, end: int, event_type: str = "") -> bool:
    """Whether the sentence tells the event whose trigger is at ``start:end`` as a repeat of an earlier one.

    Cues of ``data/repeat_cues.json``: "again" right before the trigger or after it in its clause
    ("militiamen attacked Ndoki again"; a participle after it, "..., killing nine", shares it), an ordinal
    before "time" in the clause ("for the third time"), an adjective before the trigger or before a noun
    of the event's type in its clause ("another attack", "killed 10 in a new raid"), or an ordinal or
    "another" opening its object ("stormed another hotel", but not "killed another 20 people"). "Again" with another
    verb ("police said again that ...") and an ordinal of a lasting event ("for a second day") are none.
    """
    if not 0 <= start < end <= len(sentence):
        return False
    cues = _repeat_patterns()
    left, right = _clause_bounds(sentence, start, end)
    before, after = sentence[left:start], sentence[end:right]
    if cues["adverb_before"].search(before) or cues["adverb"].search(after) or cues["time"].search(before + after):
        return True
    participle = left > 0 and sentence[start:end].lower().endswith("ing") and before.strip() == ""
    if participle and cues["adverb_at_end"].search(sentence[:left - 1]):  # "attacked Ndoki again, killing nine"
        return True
    if cues["adjective_before"].search(sentence[max(0, start - 40):start]) or cues["object_after"].match(after):
        return True
    nouns = _repeat_nouns(event_type)
    return nouns is not None and bool(nouns.search(_opening_phrase(sentence, left) + before + " " + after))


def _opening_phrase(sentence: str, left: int) -> str:
    """The phrase opening the sentence when the clause at ``left`` follows it ("In another attack in Ondo,
    gunmen killed 4 farmers"): it frames that clause. Empty otherwise."""
    first = _CLAUSE_MARK.search(sentence)
    if first is None or left != first.start() + 1 or not _OPENING_PREPOSITION.match(sentence):
        return ""
    return sentence[:first.start()] + " "


#: Prepositions opening a phrase that frames the clause after it ("In a new attack, ...", "During another raid, ...").
_OPENING_PREPOSITION = re.compile(r"\s*(?:in|during)\b", re.I)


def told_apart_or_running(sentence: str) -> bool:
    """Whether the sentence opens on another event ("In another action, ...", "Elsewhere, ...") or counts
    over a period ("800 wounded in clashes since 11 November"): its toll is not an update of one incident."""
    cues = _repeat_patterns()
    return bool(cues["apart_opener"].match(sentence) or cues["running_total"].search(sentence))


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``start:end`` begins and ends (commas in numbers do not end one)."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    left = max((m + 1 for m in marks if m < start), default=0)
    right = min((m for m in marks if m >= end), default=len(sentence))
    return left, right


@cache
def _repeat_patterns() -> dict[str, re.Pattern[str]]:
    data = load_data("repeat_cues.json")
    adverbs = _alternatives(data["adverbs"])
    adjectives = _alternatives(data["adjectives"])
    continuing = _alternatives(data["continuing"])
    return {
        "adverb_before": re.compile(r"\b" + adverbs + r"\s+$", re.I),
        "adverb": re.compile(r"\b" + adverbs + r"\b", re.I),
        "adverb_at_end": re.compile(r"\b" + adverbs + r"\s*$", re.I),
        "time": re.compile(r"\b" + adjectives + r"\s+" + _alternatives(data["time_nouns"]) + r"\b", re.I),
        "adjective_before": re.compile(r"\b" + adjectives + r"\s+(?:(?!" + continuing + r"\b)[\w-]+\s+){0,2}$", re.I),
        "apart_opener": re.compile(r"\s*" + _alternatives(data["apart_openers"]) + r"\b", re.I),
        "running_total": re.compile(r"\b" + _alternatives(data["running_totals"]) + r"\b", re.I),
        "object_after": re.compile(r"^\s+(?:(?:a|an|the)\s+)?" + _alternatives(data["object_adjectives"])
                                   + r"\s+(?!\d|" + continuing + r"\b)[a-z]", re.I),
    }


@cache
def _repeat_nouns(event_type: str) -> re.Pattern[str] | None:
    """A repeat adjective before a noun of the event's type ("a new attack", "another deadly raid")."""
    from parley.extract.events import load_trigger_lexicon  # the extractor's nouns of each type

    nouns = sorted(n for n, type_mode in load_trigger_lexicon().nouns.items()
                   if type_mode[0] == event_type and " " not in n)
    if not nouns:
        return None
    adjectives = _alternatives(load_data("repeat_cues.json")["adjectives"])
    return re.compile(r"\b" + adjectives + r"\s+(?:[\w-]+\s+)?" + _alternatives(nouns) + r"s?\b", re.I)


def _alternatives(words: Sequence[str]) -> str:
    """Words or phrases as one regex group of alternatives, escaped and longest first (see
    :func:`whole_words_pattern`), to build into a larger pattern."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _day(date: str | None, published: dt.date | None) -> tuple[int | None, bool, tuple[int, int] | None]:
    """The event's day as an ordinal, whether the text gave that day, and the days the text dates it to.

    A year or month ("in 2011") places the event in its middle, or on the publication day when the
    period holds it ("in November" in a November story); never on the publication day otherwise.
    """
    period = period_of(date)
    if period is not None:
        first, last = period[0].toordinal(), period[1].toordinal()
        if first == last:
            return first, True, (first, last)
        if published is not None and first <= published.toordinal() <= last:
            return published.toordinal(), False, (first, last)
        return (first + last) // 2, False, (first, last)
    return (published.toordinal() if published is not None else None), False, None


def with_context_dates(reports: Sequence[Report]) -> list[Report]:
    """The reports, those without a date of their own given the date their context gives.

    News dates a sequence of acts once: "Hamas freed 24 hostages on Friday ... Israel released 39
    prisoners in exchange". An event with no date takes a date its sentence names for it
    (:func:`_sentence_date`); a realized one, failing that, the date of the latest earlier realized
    event of the same type in its paragraph. Offers, plans and demands neither give nor take a
    date across sentences, and acts of other types do not pass theirs on ("an attack on October 7
    ... the truce has already freed 60 hostages" are two time frames).
    """
    out = list(reports)
    by_doc: dict[str, list[int]] = {}
    for i, report in enumerate(out):
        by_doc.setdefault(report.event.doc_id, []).append(i)
    for indexes in by_doc.values():
        indexes.sort(key=lambda i: (out[i].event.sentence_start, out[i].event.start))
        by_sentence: dict[int, list[Report]] = {}
        for i in indexes:
            by_sentence.setdefault(out[i].event.sentence_start, []).append(out[i])
        carried: dict[str, Report] = {}
        previous: Report | None = None
        for i in indexes:
            report = out[i]
            carried = {kind: c for kind, c in carried.items() if _same_paragraph(c, previous, report)}
            previous = report
            realized = is_realized(report.event.status)
            if not report.event.date:
                own = _sentence_date(report, by_sentence[report.event.sentence_start])
                giver = carried.get(report.event.type) if realized and own is None else None
                # A carried day counts as given by the text: news dates a sequence of acts once
                # ("freed 24 hostages on Friday ... released 39 prisoners in exchange"). Taking it
                # as a mere guess let the daily releases of one truce merge (measured on the dev
                # reports: incident B-cubed 100 -> 90).
                date = own or (giver.date if giver is not None else None)
                if date:
                    report = out[i] = replace(report, context_date=date)
            if report.date and realized:
                carried[report.event.type] = report
    return out


def _same_paragraph(carried: Report, previous: Report | None, report: Report) -> bool:
    """No line break after the carrier's sentence or the previous one, and no long unseen stretch between."""
    here = report.event.sentence_start
    if here == carried.event.sentence_start:
        return True
    for seen in (carried, previous):
        if seen is not None and seen.event.sentence_start < here and seen.sentence.rstrip(" \t").endswith("\n"):
            return False
    return here - carried.event.sentence_end <= CONTEXT_GAP


def _sentence_date(report: Report, neighbours: Sequence[Report]) -> str | None:
    """A date the sentence names for this event, else None.

    Each date named outside a clause of bounds ("since ...") belongs to the nearest event trigger
    of the sentence ("102 hostages have been freed, out of 240 seized on October 7": the day is
    the seizure's). The event takes the one date that belongs to it; failing that, a year or month
    that is the only date of the sentence frames all of it ("in 2011, 1,000 were released in
    exchange for a soldier who had been held ...").
    """
    sentence, offset = report.sentence, report.event.sentence_start
    mine: set[str] = set()
    framing: set[str] = set()
    for mention in find_dates(sentence, report.published):
        clause = _CLAUSE_MARK.split(sentence[: mention.start])[-1]
        if _BOUND_WORDS.search(clause):
            continue
        framing.add(mention.iso)
        nearest = min(neighbours, key=lambda r: _distance(r.event.start - offset, r.event.end - offset, mention))
        if nearest is report:
            mine.add(mention.iso)
    if len(mine) == 1:
        return mine.pop()
    if not mine and len(framing) == 1:
        only = framing.pop()
        if len(only) >= 10:
            return None
        shift = _relative_years(_clause_at(sentence, report.event.start - offset))
        if shift is None:
            return only
        # "in 2011 ... a soldier who had been captured five years prior": 2006, not 2011; a shift
        # finer than the frame ("two days earlier" in a year) leaves the event undated.
        return f"{int(only[:4]) + shift:04d}" if len(only) == 4 and shift else None
    return None


def _clause_at(sentence: str, at: int) -> str:
    """The clause of ``sentence`` around character ``at``."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    start = max((i + 1 for i in marks if i < at), default=0)
    end = min((i for i in marks if i >= at), default=len(sentence))
    return sentence[start:end]


def _relative_years(clause: str) -> int | None:
    """Years a clause shifts its event from the sentence's frame (negative: earlier), None when it
    names no shift, 0 when the shift cannot be applied to a year (days, weeks, a count that is not
    a number, or "ago", which counts from publication)."""
    match = _RELATIVE.search(clause)
    if match is None:
        return None
    amount, unit, direction = match.groups()
    if direction.lower() == "ago" or not unit.lower().startswith(("year", "decade")):
        return 0  # "ago" counts from the day of publication, not from the frame
    n = parse_number([amount]) if amount.lower() not in ("a", "an") else 1.0
    if n is None or n != int(n):
        return 0
    years = int(n) * (10 if unit.lower().startswith("decade") else 1)
    return years if direction.lower().startswith(("later", "afterward")) else -years


def _distance(start: int, end: int, mention: DateMention) -> int:
    """Characters between a trigger and a date mention (0 when they touch)."""
    return max(mention.start - end, start - mention.end, 0)


#: Words of a place phrase that do not name the place: articles, and the directions and the wire's
#: bracketed level ("SAN SALVADOR (CITY)", "northern Bogota", "downtown Lima").
_PLACE_NOISE = frozenset({"the", "of", "in", "city", "town", "department", "province", "downtown", "northern",
                          "southern", "eastern", "western", "central", "outskirts"})


def _place_key(place: str | None) -> str | None:
    """A case-free key of a place phrase: lower case, punctuation, brackets and level words dropped."""
    if not place:
        return None
    # Letters of any script ("Bogotá", "Kyiv", "Ḥimṣ"), not only ASCII: a name must not lose its accents' letters.
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", place.lower()) if w not in _PLACE_NOISE]
    return " ".join(words) or None


def places_compatible(a: str, b: str) -> bool:
    """Same place, or one names a part of the other as written ("Gaza" and "Gaza City")."""
    wa, wb = set(a.split()), set(b.split())
    return a == b or wa <= wb or wb <= wa


def place_relation(a: str, b: str) -> str:
    """How two place keys relate: 'same' (or one names a part of the other as written), 'country'
    (a city and its country, or two places of one country: "san salvador" and "el salvador"),
    'apart' (places of two countries) or 'unknown' (different words, countries not known).

    Countries come from the actor lexicon (names, demonyms, capitals); a town it does not know
    leaves the relation unknown rather than apart.
    """
    if places_compatible(a, b):
        return "same"
    ca, cb = country_of(a), country_of(b)
    if ca and cb:
        return "country" if ca == cb else "apart"
    return "unknown"


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


def without_captivity_since(sentence: str, count_start: int, count_end: int, action: str | None) -> str:
    """The sentence with a "since" that dates a captivity blanked out (offsets kept), so it is no
    running-total cue for the count of people released at ``count_start:count_end``.

    "Released six soldiers it had held since March" tells one release: the first "since" after
    the count follows a holding word ("held", "detained", "in captivity") and says how long the
    six were held. "102 hostages have been freed since the pause began" has none, and stays a
    running total. Read so only for a release in the simple past: "1,000 people have been
    detained since the protests began" counts detentions over a period, "has freed 300 soldiers
    held since the war began" may count many releases, and in "14 of the 50 held since June" the
    50 is the group, not a release.
    """
    since = re.compile(r"\bsince\b", re.I).search(sentence, max(count_end, 0))
    if action != "released" or since is None or _told_as_period(sentence, count_start):
        return sentence
    words = re.findall(r"[a-z]+", sentence[count_end : since.start()].lower())[-HOLDING_REACH:]
    if not set(words) & set(load_data("captive_terms.json")["holding_words"]):
        return sentence
    return sentence[: since.start()] + " " * len(since.group()) + sentence[since.end() :]


def _told_as_period(sentence: str, count_start: int) -> bool:
    """A present perfect ("has freed", "have been released") may sum releases over a period, and a
    count after "of" ("14 of the 50") is a whole group: neither reads as one release."""
    words = re.findall(r"[a-z]+", sentence.lower())
    before = re.findall(r"[a-z]+", sentence[:count_start].lower())[-2:]
    return bool({"has", "have"} & set(words)) or "of" in before


def _figure_kind(figures: tuple[Figure, ...]) -> str | None:
    for figure in figures:
        kind = captive_kind(figure.counted)
        if kind:
            return kind
    return None


@lru_cache(maxsize=1)
def _country_names() -> dict[tuple[str, ...], str | None]:
    """Country names, demonyms and capitals (the extractor's actor lexicon); regions ("Latin
    American") map to no country."""
    return dict(load_actor_lexicon().countries)


@lru_cache(maxsize=1)
def _country_table() -> dict[tuple[str, ...], str | None]:
    """:func:`_country_names` and the organisations of one country ("Hamas" → PSE)."""
    table = dict(_country_names())
    for key, (country, _sector) in load_actor_lexicon().organisations.items():
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
            key = words[i : i + size]
            if key in table:
                return table[key]  # a region names no country: "Latin American" is not "American"
    return None


@lru_cache(maxsize=4096)
def is_country_name(place: str) -> bool:
    """Whether a place key is a country's own name ("el salvador", "gaza strip"), not a town of it:
    a country holds every town of it, known to the lexicon or not."""
    return tuple(place.split()) in load_actor_lexicon().country_names


def countries_coded(words: Sequence[str]) -> list[str]:
    """Lower-case words with each country name or demonym among them as its ISO3 code, the longest
    name first: "burkina faso health ministry" → "BFA health ministry", as "burkinabe health
    ministry" is, and "south sudan" is SSD, not "south SDN". Regions ("latin american") stay words,
    and so do organisations: "the Syrian Observatory for Human Rights" is not Syria."""
    table = _country_names()
    longest = max((len(key) for key in table), default=1)
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            name = tuple(words[i : i + size])
            if name in table:
                out.append(table[name] or " ".join(name))
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias of ``data/claimant_aliases.json`` as a whole-word pattern, with its group's first name."""
    aliases = [(name.lower(), group[0]) for group in load_data("claimant_aliases.json")["groups"] for name in group]
    # Longest first: "Islamic State West Africa Province" is ISWAP, not the Islamic State.
    return tuple((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), one)
                 for name, one in sorted(aliases, key=lambda alias: -len(alias[0])))


@lru_cache(maxsize=8192)
def claimant_alias(claimant: str | None) -> str | None:
    """The one name of a body a claimant names by any of its names, else None.

    "MSF", "Doctors Without Borders" and "Médecins Sans Frontières" share no word and no initials,
    yet are one claimant: a brief must not list them as three, nor a check take one for another.
    """
    if not claimant:
        return None
    folded = fold_claimant(claimant)
    return next((name for pattern, name in _alias_patterns() if pattern.search(folded)), None)


def fold_claimant(claimant: str) -> str:
    """A claimant's name in the one form names are compared in: no accents, lower case, a curly
    apostrophe straight ("Médecins", "Sudan’s" → "medecins", "sudan's"), for the aliases and the
    series keys (:func:`parley.reconcile.series.claimant_key`) to read a name alike."""
    return unaccented(claimant).lower().replace("’", "'")


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
