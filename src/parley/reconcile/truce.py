"""The truce tracker: agreements, start, length, extensions, end or breach, each with its reports, per truce.

A truce line is one sentence that tells of a truce (it names one, ``data/truce_terms.json``, or
holds a ceasefire event) and has a record in it: an event, or a duration figure (its length).

* **Stage** (agreement, start, holding, extension, end, breach) comes from the sentence's cue
  words, read in its main clause first: in "agreed to extend their truce by two days, hours before
  the pause was due to expire" the stage is the extension, not the end.
* **Outcome** (agreed, offered, refused, demanded, sought, expected) comes from the words just
  before the stage cue ("willingness to extend" → offered, "set to end" → expected, "negotiations
  to prolong" → sought), else from the sentence's event; :attr:`TruceLine.status` is its status
  in the shared vocabulary, so an extension offered and one agreed are different lines. A denial
  of another act told in another clause ("denied firing rockets and said the ceasefire was
  holding") gives the truce no status: it is told as said.
* **Length**: for an extension, the duration right after its cue or after "additional",
  "another" ("by two days"); the truce's own length ("the four-day pause") is kept apart.
* **Parties**: the sides of the line's event, one per side ("Hezbollah and northern Israel" is two);
  a compass region of a state stands for the state ("northern Israel" → Israel).
* **Truce**: lines are grouped into truces (:func:`truce_groups`) by the countries their
  sentences name (parties, place, mediators) and time: a line joins the latest truce within
  :data:`TRUCE_GAP` days that shares a country with it or names none.

* **Day**: a date right after the stage cue ("since the pause began on November 24", "took effect
  at 7 a.m. on Friday", "set to end early Thursday") dates the stage; else the date of the
  sentence's event (its own or the one its context gives, as precise as written: "2011"); else
  the publication day. :attr:`Truce.start` is the day the truce began, from its start lines. A
  bare weekday of a stage still expected ("is due to end on Saturday") is the coming one, not the
  past one dates give by default; "was due to end on Saturday" keeps the past one.

Limits: one stage per sentence; the date after the cue is read by pattern, not parse, within
:data:`CUE_DATE_WORDS` words of it and before any comma; two truces between the same parties less
than :data:`TRUCE_GAP` days apart are one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from parley.extract.actors import ARMED_SECTORS
from parley.extract.dates import DateMention, as_day, day_fields, find_dates
from parley.reconcile.reports import (
    Report,
    SourceRef,
    country_of,
    is_country_name,
    is_realized,
    load_data,
    whole_words_pattern,
)
from parley.records import Event, Figure

__all__ = ["TRUCE_GAP", "Truce", "TruceLine", "finish_truces", "truce_groups", "truce_lines", "truce_tracker"]

_DURATION_UNITS = frozenset({"hour", "day", "week", "month"})
#: The figure categories the tracker reads: lengths of time ("a four-day truce"); ages are not lengths.
FIGURE_CATEGORIES = ("duration",)
#: Days after a truce's last line within which a new line can still belong to it.
TRUCE_GAP = 14
#: Words at most between a stage cue and the date that dates it ("took effect at 7 a.m. local time on Friday").
CUE_DATE_WORDS = 6
#: Stages whose cue may be followed by a date that is not the day of the line ("extended until Sunday").
_UNDATED_BY_CUE = frozenset({"extension", "mention"})
#: Event types of force: their sides in a sentence that only mentions a truce are attacker and victim.
_FORCE = frozenset({"ASSAULT", "COERCE"})
#: Stages an attack may itself be ("shelled the town in breach of the truce"): its sides stay there.
_TOLD_BY_FORCE = frozenset({"breach"})
#: A weekday's name, as a date mention may hold it ("early Thursday").
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


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
    #: agreed | offered | refused | demanded | sought | expected | reported (what the words say of the stage)
    outcome: str = "reported"
    #: The truce's own length named in the sentence when the line is an extension ("four-day pause").
    truce_length: str | None = None
    #: Countries the sentence names (parties, place, mediators), used to tell truces apart.
    countries: tuple[str, ...] = field(default=(), compare=False)
    #: The truce this line belongs to (see :func:`truce_groups`).
    truce: str | None = None

    @property
    def proposed(self) -> bool:
        """True when offered, demanded, planned or refused rather than done."""
        return not is_realized(self.status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {**day_fields(self.day), "stage": self.stage, "status": self.status,
                "outcome": self.outcome, "length": self.length, "truce_length": self.truce_length,
                "parties": self.parties, "place": self.place, "incident": self.incident, "truce": self.truce,
                "source": self.source.as_dict()}


@dataclass(frozen=True)
class Truce:
    """One truce with its lines, oldest first, and a summary of what they say."""

    truce_id: str
    countries: tuple[str, ...]
    lines: tuple[TruceLine, ...]

    @property
    def first_day(self) -> dt.date | None:
        """The day of its first line."""
        return next((ln.day for ln in self.lines if ln.day), None)

    @property
    def last_day(self) -> dt.date | None:
        """The day of its last line."""
        return next((ln.day for ln in reversed(self.lines) if ln.day), None)

    @property
    def start(self) -> dt.date | None:
        """The day the truce began: the earliest day of its start lines that happened."""
        days = [ln.day for ln in self.lines if ln.stage == "start" and ln.day and not ln.proposed]
        return min(days) if days else None

    @property
    def length(self) -> str | None:
        """The length first given for the truce itself (not for an extension)."""
        for ln in self.lines:
            own = ln.truce_length if ln.stage == "extension" else ln.length
            if own:
                return own.split(", ")[0]
        return None

    def extensions(self, outcome: str) -> list[TruceLine]:
        """Extension lines with that outcome ('agreed', 'offered', 'refused', 'sought', ...)."""
        return [ln for ln in self.lines if ln.stage == "extension" and ln.outcome == outcome]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, with every line."""
        days: dict[str, Any] = {}
        for name, day in (("start", self.start), ("first_day", self.first_day), ("last_day", self.last_day)):
            fields = day_fields(day)
            days[name], days[f"{name}_precision"] = fields["day"], fields["day_precision"]
        return {"truce": self.truce_id, "countries": list(self.countries), **days, "length": self.length,
                "lines": [ln.as_dict() for ln in self.lines]}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    data = load_data("truce_terms.json")
    return whole_words_pattern(data["truce_nouns"]), [(stage, _stage_pattern(stage, cues, data))
                                                      for stage, cues in data["stages"]]


#: Words at most between a truce noun and its verb of holding ("The truce between the Houthis and the
#: Saudi-led coalition held"), none a clause end.
_HOLDING_SUBJECT_WORDS = 8


def _stage_pattern(stage: str, cues: list[str], data: dict[str, Any]) -> re.Pattern[str]:
    """A stage's cues as one pattern; holding also by a truce noun as the subject of a bare "held" ("The
    truce held for a third day"; not "held until", which tells its end), which alone would be any
    captive's "held for 50 days". The noun is no subject after a preposition ("talks on a truce held
    in Cairo") or before another head ("the truce talks held in Cairo")."""
    pattern = whole_words_pattern(cues)
    if stage != "holding":
        return pattern
    nouns = whole_words_pattern(data["truce_nouns"]).pattern
    verbs = whole_words_pattern(data["holding_verbs"]).pattern
    not_object = "".join(rf"(?<!\b{re.escape(p)}\s)" for p in data["holding_not_after"])
    not_head = whole_words_pattern(data["holding_not_heads"]).pattern
    word = rf"\s+(?!{not_head})[^\s,;:.]+"
    subject = rf"{not_object}{nouns}(?:{word}){{0,{_HOLDING_SUBJECT_WORDS}}}?\s+{verbs}(?!\s+(?:until|till)\b)"
    return re.compile(rf"{pattern.pattern}|{subject}", re.I)


@lru_cache(maxsize=1)
def _outcomes() -> list[tuple[str, str, re.Pattern[str]]]:
    """(outcome, status, pattern matching a cue that ends right before the stage cue)."""
    data = load_data("truce_terms.json")
    return [(name, status, re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")(?:\s+\w+){0,2}\s*$",
                                       re.I)) for name, status, cues in data["outcomes"]]


def _main_clause(sentence: str) -> str:
    """The sentence up to its first subordinate marker (" before ", " after ", ", which " ...)."""
    lowered = sentence.lower()
    cuts = [lowered.find(m) for m in load_data("truce_terms.json")["subordinate_markers"]]
    cut = min((c for c in cuts if c > 0), default=len(sentence))
    return sentence[:cut]


def stage_of(sentence: str, trigger: str | None = None) -> tuple[str, re.Match[str] | None]:
    """The stage a sentence reports and the cue that says it (main clause, then trigger, then all of it)."""
    _, stages = _patterns()
    main = _main_clause(sentence)  # a prefix of the sentence: its offsets are the sentence's
    for text in (main, trigger or "", sentence):
        for stage, pattern in stages:
            if _within(pattern, sentence, len(main)) if text is main else pattern.search(text):
                return stage, _within(pattern, sentence, len(main)) or pattern.search(sentence)
    return "mention", None


def _within(pattern: re.Pattern[str], sentence: str, end: int) -> re.Match[str] | None:
    """The first match that ends by ``end`` (the main clause), read in the whole sentence so that a
    cue's lookahead sees past the cut ("The ceasefire held until Tuesday" is no holding)."""
    return next((m for m in pattern.finditer(sentence) if m.end() <= end), None)


def outcome_of(sentence: str, cue: re.Match[str] | None) -> tuple[str, str] | None:
    """(outcome, status) from the words right before a cue of the stage: "willingness to extend" → offered.

    Every cue of the stage in the sentence is read ("efforts intensify to extend the truce ... the
    group's willingness to extend it"); the outcome first in the lexicon's order wins.
    """
    if cue is None:
        return None
    befores = [sentence[: m.start()] for m in cue.re.finditer(sentence)] or [sentence[: cue.start()]]
    for name, status, pattern in _outcomes():
        if any(pattern.search(before) for before in befores):
            return name, status
    return None


_SentenceKey = tuple[str, int]


def truce_tracker(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> list[TruceLine]:
    """Truce lines from events and figures (as (figure, published, outlet, sentence)), oldest first.

    Each line carries the id of its truce (:attr:`TruceLine.truce`); :func:`truce_groups` gives
    the truces themselves.
    """
    return finish_truces(truce_lines(reports, figures))


def truce_lines(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> list[TruceLine]:
    """One line per sentence that tells of a truce, in no order and with no truce id yet: the
    tracker's work within each article (a store keeps it per document, see
    :mod:`parley.reconcile.view_lines`)."""
    nouns, _ = _patterns()
    events: dict[_SentenceKey, list[Report]] = {}
    sentences: dict[_SentenceKey, SourceRef] = {}
    for report in reports:
        key = (report.event.doc_id, report.event.sentence_start)
        if report.event.mode == "ceasefire" or nouns.search(report.sentence):
            events.setdefault(key, []).append(report)
            sentences.setdefault(key, report.source())
    durations: dict[_SentenceKey, list[tuple[int, str]]] = {}
    for figure, published, outlet, sentence in figures:
        if figure.unit in _DURATION_UNITS and nouns.search(sentence):
            key = (figure.doc_id, figure.sentence_start)
            text = f"{figure.text} {figure.unit}{'s' if figure.value != 1 else ''}"
            durations.setdefault(key, []).append((figure.start - figure.sentence_start, text))
            sentences.setdefault(key, SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant))
    days = {r.event.doc_id: r.published for rs in events.values() for r in rs if r.published}
    return [_line(_dated(sentences[k], days), events.get(k, []), sorted(durations.get(k, []))) for k in sentences]


def finish_truces(lines: list[TruceLine]) -> list[TruceLine]:
    """Truce lines of any articles, oldest first, each with the id of its truce."""
    lines = sorted(lines, key=lambda ln: (ln.day or dt.date.min, ln.source.doc_id, ln.source.sentence))
    return _assign_truces(lines)


def _dated(source: SourceRef, published: dict[str, dt.date]) -> SourceRef:
    """The source with its document's publication day when the figure row had none."""
    if source.published is not None or source.doc_id not in published:
        return source
    return replace(source, published=published[source.doc_id])


def _line(source: SourceRef, reports: list[Report], durations: list[tuple[int, str]]) -> TruceLine:
    main = next((r for r in reports if r.event.mode == "ceasefire"), reports[0] if reports else None)
    stage, cue = stage_of(source.sentence, main.event.text if main else None)
    cue_event = _event_of_cue(reports, cue) if main is not None and main.event.mode != "ceasefire" else None
    main = cue_event or main
    event = main.event if main else None
    own = event is not None and (event.mode == "ceasefire" or cue_event is not None)
    parties = _parties(event, stage, own=own)
    told = _status_for_truce(event, own, source.sentence, cue)
    outcome, status = outcome_of(source.sentence, cue) or _outcome_of_status(told)
    ahead = _still_ahead(source.sentence, cue, outcome)
    day = _cue_day(source.sentence, stage, cue, source.published, ahead=ahead) or (
        as_day(main.date) if main else None) or source.published
    length, truce_length = _lengths(source.sentence, stage, cue, durations)
    place = next((r.event.place for r in reports if r.event.place), None)
    return TruceLine(
        day=day, stage=stage, status=status, length=length, parties=parties or None, place=place,
        incident=event.incident if event else None,
        source=SourceRef(source.doc_id, source.outlet, source.published, source.sentence,
                         (event.claimant if event else None) or source.claimant or _denier(event, outcome)),
        outcome=outcome, truce_length=truce_length, countries=countries_in(source.sentence + " " + (place or "")),
    )


#: What parts a denial from a truce's cue in another clause: a comma or semicolon, or "and said" ("denied
#: firing rockets and said the ceasefire was holding"); "denied firing rockets in breach of the truce" has none.
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:and|but|while)\s+(?:\w+\s+){0,2}?(?:said|says|added|insisted|stressed|"
                           r"maintained|stated|noted|told|announced)\b", re.I)


def _status_for_truce(event: Event | None, own: bool, sentence: str, cue: re.Match[str] | None) -> str:
    """The status a line takes from its sentence's event: the event's own, unless that is a denial of
    another act told in another clause than the truce's cue. "Hezbollah denied firing rockets and said
    the ceasefire was holding" denies the rockets, not the truce; the truce's words are told as said.
    The truce's own event (a ceasefire, or the cue's trigger: "denied breaching the truce") keeps it.
    A sentence with no cue of a stage is read from the word naming the truce ("and said the truce
    was still in place")."""
    if event is None:
        return "happened"
    anchor = cue or _patterns()[0].search(sentence)
    if event.status != "denied" or own or anchor is None:
        return event.status
    trigger_start, trigger_end = event.start - event.sentence_start, event.end - event.sentence_start
    between = (sentence[trigger_end : anchor.start()] if anchor.start() >= trigger_end
               else sentence[anchor.end() : trigger_start])
    return "happened" if _OTHER_CLAUSE.search(between) else event.status


def _event_of_cue(reports: list[Report], cue: re.Match[str] | None) -> Report | None:
    """The report whose trigger is the stage cue itself ("violated" in "... had violated the ceasefire").

    Its status and sides are the truce's; another clause's event is not: in "The RSF denied
    shelling the city and said the army had violated the ceasefire" the denied shelling is
    the sentence's first event, but the breach is told as done, by the army.
    """
    if cue is None:
        return None
    return next((r for r in reports
                 if r.event.start - r.event.sentence_start < cue.end()
                 and r.event.end - r.event.sentence_start > cue.start()), None)


def _parties(event: Event | None, stage: str, *, own: bool) -> str | None:
    """The truce's parties from the line's event ("Israel / Hamas"), where that event is of the truce.

    A sentence whose event is an attack that is not the truce's own (``own``: a ceasefire, or the
    stage cue's trigger) tells the truce only as its setting ("23 civilians were killed in RSF
    shelling despite the truce", "Israeli jets struck southern Lebanon hours after the ceasefire
    took effect"): its attacker and victims ("a village in Sagaing") are no parties to the truce.
    Only a breach may be the attack itself ("RSF fighters shelled the city in breach of the truce"),
    so there its sides stay, as before; an end told beside an attack ("shelled Kherson a day after the
    truce ended") is not ended by it. A fight between two armed sides ("Colombian troops clashed with
    ELN guerrillas hours after the ceasefire ended") is between the sides of the war, so they stay.
    An accusation's sides still are ("the Houthis accused Saudi Arabia of violating the truce").
    """
    if event is None or not (event.source or event.target):
        return None
    if event.type in _FORCE and not own and stage not in _TOLD_BY_FORCE and not _between_armed(event):
        return None
    texts = [a.text for a in (event.source, event.target) if a is not None and a.text]
    return " / ".join(_party_names(texts)) or None


#: A region of a country named by its compass part ("northern Israel", "the south of Lebanon").
_REGION = re.compile(r"^(?:the\s+)?(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
                     r"central)\s+(?:(?:part|parts|region)\s+)?(?:of\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$",
                     re.I)


def _party_names(texts: list[str]) -> list[str]:
    """The parties as written, one per side: a lone "Hezbollah and northern Israel" is the two sides it
    coordinates, and a region of a country stands for its state (a region signs no truce)."""
    if len(texts) == 1:
        texts = _coordinated(texts[0])
    return [_state_of_region(text) for text in texts]


def _coordinated(text: str) -> list[str]:
    """The two sides of "X and Y", unless "and" is inside a country's name ("Bosnia and Herzegovina's
    factions", "Trinidad and Tobago")."""
    sides = [side.strip() for side in re.split(r"\s+and\s+", text)]
    if len(sides) != 2 or not all(sides) or "," in text:  # "Hezbollah, Iran and Syria": a list, not two sides
        return [text]
    second = re.sub(r"['’]s\b", "", sides[1]).lower().split()
    if any(is_country_name(f"{sides[0].lower()} and {' '.join(second[:n])}") for n in range(1, len(second) + 1)):
        return [text]
    return sides


def _state_of_region(party: str) -> str:
    """"northern Israel" → "Israel"; anything that is not a compass region of a known country stays."""
    match = None if is_country_name(party.lower()) else _REGION.match(party)  # "South Sudan" is a state
    if match and is_country_name(match["country"].lower()):
        return match["country"]
    return party


def _between_armed(event: Event) -> bool:
    """Whether an attack is fought between two armed sides (troops, rebels), not on a place or civilians."""
    return all(actor is not None and actor.sector in ARMED_SECTORS for actor in (event.source, event.target))


def _cue_day(sentence: str, stage: str, cue: re.Match[str] | None, published: dt.date | None,
             *, ahead: bool) -> dt.date | None:
    """The date right after the stage cue: "began on November 24", "took effect at 0700 on Friday".

    Not for an extension ("extended until Sunday" names the new end, not the day it was agreed),
    and not a date opened by "until", "by" or "through" (a bound, not the day). When the stage is
    ``ahead`` (expected: "is due to end on Saturday"), a bare weekday is the coming one: dates
    resolve weekdays backwards, as news mostly tells what happened, and a Thursday story's
    "due to end on Saturday" would else end the truce five days before it was written.
    """
    if cue is None or stage in _UNDATED_BY_CUE:
        return None
    for mention in find_dates(sentence, published):
        if mention.start < cue.end():
            continue
        between = sentence[cue.end(): mention.start]
        words = re.findall(r"[A-Za-z0-9]+", between)
        if len(words) > CUE_DATE_WORDS or re.search(r"[,;]", between) or (
                words and words[-1].lower() in ("until", "till", "through", "by", "since")):
            return None
        return _coming(sentence, mention, published) if ahead else as_day(mention.iso)
    return None


def _still_ahead(sentence: str, cue: re.Match[str] | None, outcome: str) -> bool:
    """Whether the stage is expected and told as still to come: "is due to end", not "was due to
    end" (a past expectation, whose weekday is behind the story like any other)."""
    if outcome != "expected" or cue is None:
        return False
    before = _words_before(sentence, cue.start(), 4)
    return not {"was", "were", "had"} & set(before)


def _words_before(sentence: str, at: int, count: int) -> list[str]:
    """The last ``count`` words (lower case, letters only) before offset ``at``: what a cue, a date or a
    duration is introduced by ("was due to", "last", "an additional")."""
    return re.findall(r"[a-z]+", sentence[:at].lower())[-count:]


def _coming(sentence: str, mention: DateMention, published: dt.date | None) -> dt.date | None:
    """The day of a bare weekday told of what is still to come: the one on or after publication
    ("Friday", "early Friday"; not "last Friday", nor a weekday with its date, "Friday, May 2")."""
    resolved = as_day(mention.iso)
    before = _words_before(sentence, mention.start, 1)
    bare_weekday = _WEEKDAY.search(mention.text) and not re.search(r"\d", mention.text) and before != ["last"]
    if resolved is None or published is None or not bare_weekday or resolved >= published:
        return resolved
    return resolved + dt.timedelta(days=7)


_STATUS_OUTCOME = {"offered": "offered", "refused": "refused", "demanded": "demanded", "planned": "expected",
                   "hypothetical": "expected", "ongoing": "sought"}


def _denier(event: Event | None, outcome: str) -> str | None:
    """Who denies, where the line's own event is the denial ("Hamas denied breaching the ceasefire").

    The event's trigger is then the denying word and its source the one who denies; a brief
    must name them rather than give the denial as the outlet's own report.
    """
    if outcome != "denied" or event is None or event.source is None:
        return None
    denying = {cue for name, _, cues in load_data("truce_terms.json")["outcomes"] if name == "denied" for cue in cues}
    return event.source.text if event.text.lower() in denying else None


def _outcome_of_status(status: str) -> tuple[str, str]:
    return _STATUS_OUTCOME.get(status, "reported"), status


def _lengths(sentence: str, stage: str, cue: re.Match[str] | None,
             durations: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """(the stage's length, the truce's own length): an extension's length follows its cue or 'additional'."""
    if stage != "extension" or cue is None:
        return ", ".join(text for _, text in durations) or None, None
    cues = tuple(load_data("truce_terms.json")["extension_length_cues"])
    own: list[str] = []
    other: list[str] = []
    for at, text in durations:
        between = " ".join(re.findall(r"[a-z]+", sentence[cue.end(): at].lower()))
        before = " ".join(_words_before(sentence, at, 3))
        after_cue = at >= cue.end() and len(between.split()) <= 8 and between.endswith(cues)
        (own if after_cue or before.endswith(tuple(c for c in cues if c != "by")) else other).append(text)
    return ", ".join(own) or _unit_length(sentence, cue), ", ".join(other) or None


#: An extension by one unit of time told with an article, which is no figure ("extend the truce by a
#: month", "for another week"), at most a few words after the extension's cue.
_UNIT_LENGTH = re.compile(r"^(?:\s+\S+){0,6}?\s+(?:by|for)\s+"
                          r"(?P<length>(?:an?\s+(?:additional|extra|further)\s+|another\s+|a\s+)"
                          r"(?:day|week|fortnight|month|year))\b", re.I)


def _unit_length(sentence: str, cue: re.Match[str]) -> str | None:
    """The length of an extension by one unit of time ("by a month"), read after the cue in its clause."""
    clause = re.split(r"[,;]", sentence[cue.end():], maxsplit=1)[0]
    found = _UNIT_LENGTH.match(clause)
    return found["length"] if found else None


#: "the Saudi-led coalition": the leader of a coalition is its party ("Iran-backed" names a backer, no party).
_LED_BY = re.compile(r"\b(?P<leader>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?)-led\b")


@lru_cache(maxsize=4096)
def countries_in(text: str) -> tuple[str, ...]:
    """Every ISO3 country a text names (countries, demonyms, capitals, organisations), sorted."""
    words = re.findall(r"[A-Za-z][A-Za-z\-']*", _LED_BY.sub(r"\g<leader> ", text))
    found = {country_of(" ".join(words[i : i + size])) for size in (1, 2, 3) for i in range(len(words) - size + 1)}
    return tuple(sorted(c for c in found if c))


def _assign_truces(lines: list[TruceLine]) -> list[TruceLine]:
    """Give each line (oldest first) the id of its truce: the latest one near in time sharing a country."""
    truces: list[tuple[str, set[str], dt.date | None]] = []
    out = []
    for line in lines:
        mine = set(line.countries)
        found = None
        for i in range(len(truces) - 1, -1, -1):
            truce_id, countries, last = truces[i]
            near = last is None or line.day is None or (line.day - last).days <= TRUCE_GAP
            if near and (not mine or not countries or mine & countries):
                found = i
                break
        if found is None:
            truces.append((_truce_id(line), set(mine), line.day))
            found = len(truces) - 1
        truce_id, countries, last = truces[found]
        truces[found] = (truce_id, countries | mine, max((d for d in (last, line.day) if d), default=None))
        out.append(replace(line, truce=truce_id))
    return _merge_truces(out)


def _merge_truces(lines: list[TruceLine]) -> list[TruceLine]:
    """Join truces that overlap in time and share a country once all their lines are in.

    One pass in day order can open a second truce for a line that names only a country the truce
    names later ("since the pause began on November 24 ... Israelis" before "Israel and Hamas
    agreed to extend"); their countries meet once both are complete.
    """
    spans: dict[str, tuple[set[str], dt.date | None, dt.date | None]] = {}
    for line in lines:
        countries, first, last = spans.get(line.truce or "", (set(), None, None))
        days = [d for d in (first, last, line.day) if d]
        spans[line.truce or ""] = (countries | set(line.countries), min(days, default=None), max(days, default=None))
    alias = {truce_id: truce_id for truce_id in spans}
    roots = list(spans)  # in order of first line
    merged = True
    while merged:  # until no two truces meet: a merge can make a truce meet one it missed ("A-C-B")
        merged = False
        for j, later in enumerate(roots):
            earlier = next((e for e in roots[:j] if _meet(spans[e], spans[later])), None)
            if earlier is not None:
                spans[earlier] = (spans[earlier][0] | spans[later][0], *_bounds(spans[earlier], spans[later]))
                alias = {k: (earlier if v == later else v) for k, v in alias.items()}
                roots.remove(later)
                merged = True
                break
    return [replace(line, truce=alias.get(line.truce or "", line.truce)) for line in lines]


def _meet(earlier: tuple[set[str], dt.date | None, dt.date | None],
          later: tuple[set[str], dt.date | None, dt.date | None]) -> bool:
    """Two truces share a country and the later starts within :data:`TRUCE_GAP` days of the earlier's end."""
    countries, _, last = earlier
    mine, start, _ = later
    near = last is None or start is None or (start - last).days <= TRUCE_GAP
    return near and bool(countries & mine)


def _bounds(a: tuple[set[str], dt.date | None, dt.date | None],
            b: tuple[set[str], dt.date | None, dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    days = [d for d in (a[1], a[2], b[1], b[2]) if d]
    return min(days, default=None), max(days, default=None)


def _truce_id(line: TruceLine) -> str:
    key = f"{line.source.doc_id}:{line.source.sentence}"
    return "truce-" + hashlib.sha1(key.encode()).hexdigest()[:8]


def truce_groups(lines: Iterable[TruceLine]) -> list[Truce]:
    """The truces of tracker lines (as returned by :func:`truce_tracker`), oldest first."""
    groups: dict[str, list[TruceLine]] = {}
    for line in lines:
        groups.setdefault(line.truce or _truce_id(line), []).append(line)
    truces = [Truce(truce_id, tuple(sorted({c for ln in group for c in ln.countries})), tuple(group))
              for truce_id, group in groups.items()]
    return sorted(truces, key=lambda t: (t.first_day or dt.date.min, t.truce_id))
