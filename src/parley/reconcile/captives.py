"""The captive ledger: captives taken, held and released, per side, per date, per exchange.

Each line is one report: a release or abduction event (with the figure that counts it) or a
figure of captives taken, held or released that no event points to ("Israel holds about 7,200
Palestinians"). Every line keeps its source: document, outlet, publication date, sentence and
claimant. What happened and what was only offered, demanded, planned or refused are kept apart
(:attr:`CaptiveLine.proposed`): a count no event points to takes the status of the nearest release
or abduction of its sentence, else of its own clause ("offered to exchange 100 prisoners"). A hope,
an aim or an expectation to free people is a plan too, where the extractor read the release as done
("Kyiv hopes to free 300 soldiers"), and a count held that such a cue governs is a planned release
("expected to bring home 150 more prisoners"). Who demanded a demanded release is kept apart from
who would release (:attr:`CaptiveLine.demanded_by`: "Hamas demanded the release of 500 prisoners").
A count repeated over a period ("released 20 prisoners each week") is a rate
(:attr:`CaptiveLine.every`): never merged with, nor exchanged for, a one-off count.
Bodies handed back ("in exchange for 10 bodies", "the remains of three hostages") are a return of
remains (:data:`REMAINS_ACTIONS`): listed, but never counted as captives released or held, and
exchanged for other remains, or for captives when a cue in their sentence prices one with the other
("freed 757 prisoners for the bodies of 43 soldiers").
The "By" of a line is the party as written; a pronoun shows the party it takes up (the speaker
of its clause, or the subject opening the sentence before), else nothing. Only the part of a
partitive moved: "released 5 of the 11 women" is no release of 11.

Exchanges: two releases of captives of different sides (their countries differ, or one are
hostages and the other prisoners) form an exchange when they are in one sentence, or when the
later one says "in exchange" / "in return" (``data/captive_terms.json``). A counterpart named
without a number ("in exchange for Israeli soldier Gilad Shalit") counts as one captive. A count
with no side right after the cue is the other side when the sentence names two parties: in "the
army handed over 64 RSF fighters in exchange for 30 soldiers" the 30 are the army's own. The
exchange's ratio is given smallest side first as written order: 60 hostages for 180 prisoners →
1:3.

Limits: exchanges are found within one article; across articles the same release is linked by
its incident id, not merged into one line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from parley.extract.dates import PartialDate, as_day, day_fields
from parley.reconcile.reports import (
    Report,
    SourceRef,
    captive_kind,
    country_of,
    is_realized,
    load_data,
    whole_words_pattern,
    without_captivity_since,
)
from parley.records import Event, Figure

__all__ = [
    "FIGURE_CATEGORIES", "READ_CATEGORIES", "CaptiveLine", "Exchange", "captive_action", "captive_ledger",
    "counts_remains", "document_lines",
    "finish_ledger", "planned_release", "ratio", "told_status",
]

_RELEASE = {("RETREAT", "release"), ("AGREE", "release")}
_TAKEN = {("ASSAULT", "abduct"), ("COERCE", "seize"), ("COERCE", "arrest")}
_ACTION_OF_CATEGORY = {"released": "released", "captured": "taken", "held": "held"}
#: The action of a line whose "captives" are the dead ("10 bodies"): a return of remains is no release of
#: captives, so it stays out of captive totals; it is exchanged for other remains, or for captives when a cue
#: prices one with the other ("757 prisoners for the bodies of 43 soldiers").
REMAINS_ACTIONS = {"released": "remains returned", "held": "remains held", "taken": "remains taken"}
#: The figure categories that make ledger lines (the others are never read into one).
FIGURE_CATEGORIES = tuple(sorted(_ACTION_OF_CATEGORY))
#: The figure categories :func:`document_lines` reads: those that make lines, and the killed, whose count
#: of bodies may be the price of a release ("freed 757 prisoners for the bodies of 43 soldiers").
READ_CATEGORIES = (*FIGURE_CATEGORIES, "killed")


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
    #: The group this count is a part of ("24 hostages" for "13 of them were Israeli citizens").
    part_of: str | None = None
    #: A running total ("102 hostages have been freed since the pause began"), not one movement.
    cumulative: bool = False
    #: Other reports of the same movement or stock (same count, side and day), oldest first.
    also: tuple[SourceRef, ...] = field(default=(), compare=False)
    #: Offset of the count (or of the event) in its sentence; orders a sentence's lines.
    position: int = field(default=0, compare=False)
    #: True when the count is approximate ("about 240"); such stocks match across reports more loosely.
    approx: bool = field(default=False, compare=False)
    #: True when the day was given by the text, False when it is the publication day.
    day_exact: bool = field(default=False, compare=False)
    #: The period a recurring count repeats over, as written ("each week" in "released 20 prisoners
    #: each week"): a rate, not one movement, so it is neither merged with nor exchanged for a one-off.
    every: str | None = None
    #: Who demanded a demanded release ("Hamas" in "Hamas demanded the release of 500 prisoners"): the
    #: party asking, not the one that would release (:attr:`by`).
    demanded_by: str | None = None

    @property
    def proposed(self) -> bool:
        """True for offers, demands, plans and refusals (not something that happened)."""
        return not is_realized(self.status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; a line dated to a year or month has its first day and ``day_precision``."""
        return {**day_fields(self.day), "action": self.action, "status": self.status,
                "count": self.count, "value": self.value, "captives": self.captives, "side": self.captive_side,
                "by": self.by, "incident": self.incident, "exchange": self.exchange, "ratio": self.ratio,
                "part_of": self.part_of, "cumulative": self.cumulative, "every": self.every,
                "demanded_by": self.demanded_by, "source": self.source.as_dict(),
                "also": [a.as_dict() for a in self.also]}

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """Every report of this line: its own source first, then the others."""
        return (self.source, *self.also)


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


def _day(report: Report) -> tuple[dt.date | None, bool]:
    """The event's day and whether the text gave it (else the publication day).

    A year or month ("in 2011") is kept as such (a :class:`~parley.extract.dates.PartialDate`,
    printed "2011"): background told in today's article is not dated today.
    """
    day = as_day(report.date)
    if day is None:
        return report.published, False
    return day, not isinstance(day, PartialDate)


def _count(figure: Figure | None) -> tuple[str | None, float | None]:
    if figure is None:
        return None, None
    value = figure.value if figure.value is not None else figure.low
    return figure.text, value


def captive_action(event: Event) -> str | None:
    """"released" or "taken" for an event that moves captives, else None (by its type and mode).

    The brief asks it too: a denied abduction belongs to the captives brief, a denied shelling
    to the casualties brief.
    """
    pair = (event.type, event.mode or "")
    return "released" if pair in _RELEASE else "taken" if pair in _TAKEN else None


def _event_lines(report: Report, by: str | None, sentence_counts: Sequence[Figure] = ()) -> list[CaptiveLine]:
    """One line per count the event gives (a total and its parts), or one without a count; not the
    whole of a partitive whose part is the event's or moves the same way among ``sentence_counts``
    (every figure of the sentence): in "freed 5 of the 17 missionaries they kidnapped", 17 were taken.

    ``by`` is the party the event's source names (:func:`_named_party`), shown for a pronoun.
    """
    event = report.event
    action = captive_action(event)
    if action is None:
        return []
    parts = (*report.figures, *(f for f in sentence_counts if _ACTION_OF_CATEGORY.get(f.category) == action))
    counts: list[Figure | None] = [f for f in report.figures
                                   if f.unit is None and not _whole_of_part(f, report.sentence, parts)] or [None]
    target = event.target.text if event.target else None
    if not counts[0] and (target is None or _not_people(target, report.sentence)):
        return []  # "seized the Galaxy Leader, a cargo ship": a thing, not captives
    day, exact = _day(report)
    status = told_status(report)
    lines = []
    for figure in counts:
        count, value = _count(figure)
        captives = _bare((figure.counted if figure else None) or target)
        side = country_of(captives) or (event.target.country if event.target else None)
        start = figure.start if figure else event.start
        lines.append(CaptiveLine(day, action, status, count, value, captives, side,
                                 by, event.incident, report.source(),
                                 sentence_start=event.sentence_start, position=start - event.sentence_start,
                                 approx=bool(figure and figure.qualifier != "exact"), day_exact=exact))
    return lines


@cache
def _partitive_link() -> re.Pattern[str]:
    """The words between a part and its whole: "5 of the 11 women", "3 out of its 8 hostages"."""
    links = sorted(_cues("partitive_links"), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(link) for link in links) + r")\s+", re.I)


def _whole_of_part(figure: Figure, sentence: str, counts: Iterable[Figure]) -> bool:
    """True for the whole of a partitive ("released 5 of the 11 women"): only the part moved.
    ``counts`` are the figures of the sentence (a part may belong to another event of it)."""
    start = figure.sentence_start
    return any(_partitive_link().fullmatch(sentence[part.end - start : figure.start - start])
               for part in counts if part.unit is None and part.end <= figure.start)


@cache
def _party_pronouns() -> frozenset[str]:
    return frozenset(_cues("party_pronouns"))


@cache
def _speaker_before_pronoun() -> re.Pattern[str]:
    """What lies between a speaker and the pronoun opening its report: "said on Monday that"."""
    verbs = "|".join(re.escape(v) for v in sorted(_cues("report_verbs"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{verbs})(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+that)?\s+", re.I)


#: Words a pronoun may follow and still open its sentence ("On Tuesday it released ...").
_OPENING_WORDS = 3
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _opens(sentence: str, at: int) -> bool:
    """True when offset ``at`` is the sentence's subject position: nothing before it, or a short
    adverbial ("On Tuesday it released"), never a subject and verb ("The group said it")."""
    before = sentence[:at].split()
    if before and before[-1].lower() in _ARTICLES:
        before.pop()  # "The Houthis said ...": the claimant is written without its article
    return not before or ("," not in sentence[:at] and len(before) <= _OPENING_WORDS
                          and before[0].lower() in _cues("opening_adverbials"))


def _speaks_for_party(claimant: str) -> bool:
    """A person or text speaking for a party ("a spokesman for the army", "a statement"), not the party."""
    return any(word in _cues("speaking_persons") for word in re.findall(r"[a-z]+", claimant.lower()))


def _is_pronoun(text: str | None) -> bool:
    return text is not None and text.strip().lower() in _party_pronouns()


def _named_party(report: Report, by_end: dict[tuple[str, int], str]) -> str | None:
    """The party an event's source names, for the ledger's "By": a name as written; a pronoun taken
    up by the speaker it reports for ("the army said it would free them": the army) or, opening its
    sentence, by the named subject opening the sentence just before (``by_end``, keyed by where
    each sentence ends); else None rather than a bare "it"."""
    event, source = report.event, report.event.source
    if source is None or not _is_pronoun(source.text):
        return source.text if source else None
    at = (source.start or event.start) - event.sentence_start
    speaker_at = _speaker_at(report.sentence, event.claimant, at)
    if speaker_at is not None and not _is_pronoun(event.claimant):
        return _DETERMINER.sub("", event.claimant or "")
    if speaker_at is not None:
        at = speaker_at  # "It said it would hand them over": the speaker's own pronoun opens the sentence
    if not _opens(report.sentence, at):
        return None
    return next((by_end[(event.doc_id, event.sentence_start - gap)] for gap in range(_SENTENCE_GAP + 1)
                 if (event.doc_id, event.sentence_start - gap) in by_end), None)


def _speaker_at(sentence: str, claimant: str | None, at: int) -> int | None:
    """Where the claimant a pronoun at ``at`` takes up is: just before it with a verb of saying between,
    and not a person speaking for a party ("a spokesman said it"); None when there is no such speaker."""
    if not claimant or _speaks_for_party(claimant):
        return None
    found = sentence.rfind(claimant, 0, at)
    if found < 0:  # "It said it would ...": the claimant is whom "It" stands for, resolved by the parse
        return None if _is_pronoun(claimant) else _pronoun_speaker_at(sentence, at)
    return found if _speaker_before_pronoun().fullmatch(sentence[found + len(claimant) : at]) else None


def _pronoun_speaker_at(sentence: str, at: int) -> int | None:
    """Where a pronoun speaking just before offset ``at`` starts ("It said it"), else None."""
    first, _, rest = sentence[:at].partition(" ")
    return 0 if _is_pronoun(first) and _speaker_before_pronoun().fullmatch(" " + rest) else None


def _opening_parties(reports: Sequence[Report]) -> dict[tuple[str, int], str]:
    """The named party opening each sentence (an event's source or the speaker there), keyed by
    (document, where the sentence ends), for a pronoun opening the next sentence to take up."""
    by_end: dict[tuple[str, int], str] = {}
    for report in sorted(reports, key=lambda r: (r.event.doc_id, r.event.sentence_start, r.event.start)):
        event = report.event
        key = (event.doc_id, event.sentence_start + len(report.sentence))
        party = _opening_party(report, by_end)
        if party is not None:
            by_end.setdefault(key, party)
    return by_end


def _opening_party(report: Report, by_end: dict[tuple[str, int], str]) -> str | None:
    """The named subject opening a report's sentence: its event's source or its claimant, if either does."""
    event, source = report.event, report.event.source
    if source is not None and source.start is not None and _opens(report.sentence, source.start - event.sentence_start):
        return _named_party(report, by_end)
    claimant = event.claimant
    if claimant and not _is_pronoun(claimant) and not _speaks_for_party(claimant):
        at = report.sentence.find(claimant)
        return _DETERMINER.sub("", claimant) if at >= 0 and _opens(report.sentence, at) else None  # "X said they"
    return None


def _bare(phrase: str | None) -> str | None:
    """The captives phrase without a leading question word: "how many prisoners" → "prisoners"."""
    if phrase is None:
        return None
    return re.sub(r"^(?:how many|how much|which|what)\s+", "", phrase, flags=re.I) or phrase


@lru_cache(maxsize=8192)
def _head(phrase: str | None) -> str:
    words = re.findall(r"[a-z][a-z\-']*", (phrase or "").lower())
    return words[-1] if words else ""


_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+([^,.;]+)")
_OF_THE = re.compile(r"\s+of\s+the\s")


@cache
def _not_captive_heads() -> frozenset[str]:
    terms = load_data("captive_terms.json")
    return frozenset(terms["objects"]) | frozenset(terms["not_captives"])


def _not_people(phrase: str, sentence: str) -> bool:
    """A seized thing or an event noun, not captives: its head, or the head of its apposition, says so."""
    barred = _not_captive_heads()
    if _head(phrase) in barred:
        return True
    at = sentence.find(phrase)
    if at < 0:
        return False
    apposition = _APPOSITION.match(sentence[at + len(phrase):])
    return bool(apposition and _head(apposition.group(1)) in barred)


_SentenceInfo = tuple[str, dt.date | None, bool]


def _figure_line(figure: Figure, published: dt.date | None, outlet: str | None, sentence: str,
                 info: _SentenceInfo | None) -> CaptiveLine | None:
    """A line for a captive figure no event points to; status and day from its sentence's event, if any."""
    action = _ACTION_OF_CATEGORY.get(figure.category)
    if action is None or figure.unit is not None:
        return None
    if info is not None and not is_realized(info[0]) and planned_release(figure, sentence):
        action = "released"  # "expected to bring home 150 prisoners": a planned release of 150
    position = figure.start - figure.sentence_start
    if figure.counted and _not_people(figure.counted, sentence):
        return None
    if figure.value == 1 and _OF_THE.match(sentence[position + len(figure.text):]):
        return None  # "one of the largest kidnappings"
    count, value = _count(figure)
    side = country_of(figure.counted) or captive_kind(figure.counted)
    source = SourceRef(figure.doc_id, outlet, published, sentence, figure.claimant)
    status, day, exact = info or ("happened", published, False)
    return CaptiveLine(day, action, status, count, value, figure.counted, side, None, None, source,
                       sentence_start=figure.sentence_start, position=position,
                       approx=figure.qualifier != "exact", day_exact=exact)


def captive_ledger(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """Ledger lines (oldest first) and the exchanges among them.

    Args:
        reports: events with their context (release and abduction events make lines).
        figures: every figure as (figure, published, outlet, sentence); those counting captives
            that no release/abduction event points to make lines of their own.
    """
    return finish_ledger(*document_lines(reports, figures))


def document_lines(
    reports: Iterable[Report], figures: Iterable[tuple[Figure, dt.date | None, str | None, str]] = ()
) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The ledger's work within each article: lines, their parts and running totals, and the
    exchanges an article tells. Nothing here looks across articles, so a store can keep the result
    per document (:mod:`parley.reconcile.view_lines`) and :func:`finish_ledger` joins any set of them.
    """
    reports = list(reports)
    lines: list[CaptiveLine] = []
    used: set[tuple[str, int]] = set()
    of_sentence: dict[tuple[str, int], list[_EventInfo]] = {}
    opening_parties = _opening_parties(reports)
    demanders = _demanders(reports, opening_parties)
    figures = list(figures)
    counts_of: dict[tuple[str, int], list[Figure]] = {}
    for figure, *_ in figures:
        counts_of.setdefault((figure.doc_id, figure.sentence_start), []).append(figure)
    for report in reports:
        day, exact = _day(report)
        event = report.event
        of_sentence.setdefault((event.doc_id, event.sentence_start), []).append(
            (event.start, captive_action(event) is not None, (told_status(report), day, exact)))
        lines += _event_lines(report, _named_party(report, opening_parties),
                              counts_of.get((event.doc_id, event.sentence_start), ()))
        used.update((f.doc_id, f.start) for f in report.figures)
    for figure, published, outlet, sentence in figures:
        events = of_sentence.get((figure.doc_id, figure.sentence_start), [])
        if figure.category not in FIGURE_CATEGORIES:
            if (figure.doc_id, figure.start) in used or not _dead_given_in_exchange(
                    figure, sentence, events, counts_of[(figure.doc_id, figure.sentence_start)]):
                continue
            figure = figure.model_copy(update={"category": "released"})  # read as remains by _as_remains
        same_way = [f for f in counts_of[(figure.doc_id, figure.sentence_start)] if f.category == figure.category]
        if (figure.doc_id, figure.start) in used or _whole_of_part(figure, sentence, same_way):
            continue
        info = _info_for(figure, events, sentence, published)
        line = _figure_line(figure, published, outlet, sentence, info)
        if line is not None:
            lines.append(line)
    lines = [_as_remains(line) for line in lines]
    return _exchanges(mark_parts(_unique(_with_demanders(lines, demanders))))


def _dead_given_in_exchange(figure: Figure, sentence: str, events: Sequence[_EventInfo],
                            counts: Sequence[Figure]) -> bool:
    """Whether a count of the dead is the price of a release in its sentence: "freed 757 prisoners for the
    bodies of 43 soldiers" counts 43 killed, but the 43 are handed back as remains. Only a count of
    bodies or remains, right after an exchange cue (or "for"), in a sentence telling a release (by an
    event, or by a count of captives released)."""
    if figure.category != "killed" or figure.unit is not None:
        return False
    if not any(moves for _, moves, _ in events) and not any(c.category == "released" for c in counts):
        return False
    start = figure.start - figure.sentence_start
    end = start + len(figure.text)
    return (sentence[start:end] == figure.text and counts_remains(sentence, start, end)
            and bool(_cue_before_dead().search(sentence[:start])))


@cache
def _remains_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a count is of the dead: the nouns right after it ("757 bodies", "2 soldiers' remains", no "and"
    between), right before it ("the remains of 3 hostages"), or opening a phrase ("the bodies of hostages")."""
    nouns = "(?:" + "|".join(re.escape(n) for n in _cues("remains_nouns")) + ")"
    after = re.compile(r"^\s*(?:(?!(?:and|or|of)\b)[\w'’-]+\s+){0,2}?" + nouns + r"\b", re.I)
    before = re.compile(r"\b" + nouns + r"\s+of\s+(?:the\s+)?$", re.I)
    opening = re.compile(r"^(?:the\s+)?" + nouns + r"\b", re.I)
    return after, before, opening


def _as_remains(line: CaptiveLine) -> CaptiveLine:
    """The line as a movement of remains when its count is of the dead ("handed over 10 bodies", "the
    bodies of four hostages"), read from the words around the count, or from the captives phrase when the
    line has no count; else the line itself. The extractor's phrase alone is not trusted with a count: in
    "4 bodies of soldiers and 1 captive" it may give "bodies" for the captive."""
    sentence = line.source.sentence
    if line.count:
        end = line.position + len(line.count)
        dead = sentence[line.position:end] == line.count and counts_remains(sentence, line.position, end)
    else:
        dead = bool(_remains_patterns()[2].match(line.captives or ""))
    return replace(line, action=REMAINS_ACTIONS.get(line.action, line.action)) if dead else line


def counts_remains(sentence: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` of the sentence counts bodies or remains ("757 bodies", "the
    remains of 3 hostages"), by the words right after or right before it."""
    after, before, _ = _remains_patterns()
    return bool(after.match(sentence[end:]) or before.search(sentence[:start]))


#: Where each party demanding something starts in its document, per sentence: (doc_id, sentence start)
#: -> [(offset of the demand's trigger, the party)].
_Demanders = dict[tuple[str, int], list[tuple[int, str]]]


def _demanders(reports: Sequence[Report], opening_parties: dict[tuple[str, int], str]) -> _Demanders:
    """The parties demanding, per sentence: the named source of each demand (a REQUEST event:
    "Hamas demanded", "the families called for"), a pronoun taken up as for the ledger's "By"."""
    found: _Demanders = {}
    for report in reports:
        event = report.event
        if event.type != "REQUEST" or event.source is None:
            continue
        party = _named_party(report, opening_parties)
        if party:
            found.setdefault((event.doc_id, event.sentence_start), []).append((event.start, party))
    return found


def _with_demanders(lines: list[CaptiveLine], demanders: _Demanders) -> list[CaptiveLine]:
    """Demanded lines with who demanded them: the party of the nearest demand before the count in its
    sentence ("Hamas demanded the release of 500 prisoners"). The release's own "By" stays the
    party that would release, which a demand seldom names."""
    return [_with_demander(line, demanders) if line.status == "demanded" else line for line in lines]


def _with_demander(line: CaptiveLine, demanders: _Demanders) -> CaptiveLine:
    """A demanded line with the party of the nearest demand before its count, if its sentence has one."""
    at = line.sentence_start + line.position
    nearest = max((found for found in demanders.get((line.source.doc_id, line.sentence_start), ()) if found[0] <= at),
                  default=None)
    return line if nearest is None else replace(line, demanded_by=nearest[1])


#: An event of a sentence as a figure there sees it: its offset, whether it moves captives, its info.
_EventInfo = tuple[int, bool, _SentenceInfo]


#: What ends a count's clause before a later trigger ("holding 12 soldiers and would release them").
_CLAUSE_BREAK = re.compile(r"[,;]|\band\b|\bbut\b")


def _info_for(figure: Figure, events: list[_EventInfo], sentence: str,
              published: dt.date | None) -> _SentenceInfo | None:
    """Status and day for a figure no event points to, from an event of its sentence: the nearest
    release or abduction before it (else after it), so "offered to release 20 fighters in exchange for
    20 of its commanders" is an offer for both counts, not the "happened" of the verb of offering;
    when none moves captives, the figure's own clause if it offers, demands or plans (else the
    sentence's first event)."""
    position = figure.start - figure.sentence_start
    before = [e for e in events if e[1] and e[0] <= figure.start]
    after = [e for e in events if e[1] and e[0] > figure.start
             and not _CLAUSE_BREAK.search(sentence[position : e[0] - figure.sentence_start])]
    if before or after:
        return (before[-1] if before else after[0])[2]
    others = [e for e in events if not e[1]]
    info = others[0][2] if others else None
    intent = (_intent_before(figure, sentence) if figure.category == "released"
              else planned_release(figure, sentence))
    if intent is None:
        return info
    _, day, exact = info or ("happened", published, False)
    return intent, day, exact


@cache
def _intent_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per status, its cues as one pattern; a cue ending in "to" only before a verb of releasing."""
    terms = load_data("captive_terms.json")
    verbs = "|".join(re.escape(v) for v in terms["intent_release_verbs"])
    cues: dict[str, list[str]] = terms["intent_cues"]
    return tuple((status, re.compile(r"\b(?:" + "|".join(
        re.escape(c) + (rf"\s+(?:{verbs})" if c.endswith(" to") else "") for c in words) + r")\b", re.I))
        for status, words in cues.items())


def _intent_before(figure: Figure, sentence: str) -> str | None:
    """"offered", "demanded" or "planned" when the figure's own clause says so before it
    ("proposed to swap 12 soldiers for 40 of their fighters"), read on the words from the clause's
    start (no comma or semicolon in between) to the count."""
    clause = re.split(r"[,;]", sentence[: figure.start - figure.sentence_start])[-1]
    return next((status for status, pattern in _intent_patterns() if pattern.search(clause)), None)


#: Words at most between a cue of intent (with its verb of releasing) and the count it governs:
#: "expected to bring home 150 more prisoners", "plans to free all the 40 soldiers".
_GOVERNED_WORDS = 2


def _intent_governing(before: str, words: int = _GOVERNED_WORDS) -> str | None:
    """The status of a cue of intent that ends at most ``words`` words before the end of ``before``
    (the sentence up to a count or a trigger), in the same clause; else None. Unlike
    :func:`_intent_before`, the cue must govern what follows it: "it holds 12 soldiers" after
    "plans to free its fighters, and" is no plan for the 12."""
    clause = re.split(r"[,;]", before)[-1]
    for status, pattern in _intent_patterns():
        if any(len(clause[match.end():].split()) <= words for match in pattern.finditer(clause)):
            return status
    return None


def told_status(report: Report) -> str:
    """A release event's status, or the plan a cue of intent ending at its trigger tells ("Kyiv hopes to
    free 300 soldiers", "expected to release"): the extractor may read such a release as done, and
    the ledger would list a hope as a release that happened."""
    event = report.event
    if event.status != "happened" or captive_action(event) != "released":
        return event.status
    before = report.sentence[: event.start - event.sentence_start]
    intent = _intent_governing(report.sentence[: event.end - event.sentence_start], 0)
    return intent or ("planned" if _provided_by_deal(before) else event.status)


#: Words at most between an agreement's noun and its verb of provision ("The deal reached in Doha
#: on Sunday provides for ...").
_PROVISION_GAP = 6


@cache
def _provision_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an agreement's noun, its verb of provision with an optional article ending the text)."""
    terms = load_data("captive_terms.json")["provisions"]
    verbs = "|".join(re.escape(v) for v in sorted(terms["provision_verbs"], key=len, reverse=True))
    return whole_words_pattern(terms["deal_nouns"]), re.compile(rf"\b(?:{verbs})\s+(?:the\s+|a\s+)?$", re.I)


def _provided_by_deal(before: str) -> bool:
    """Whether the text before a release trigger ends in an agreement providing for it ("The agreement
    includes the release of 200 prisoners held by each side"): a release a deal provides for is
    planned until an article tells it done, though the extractor reads the noun as a release. The
    noun stands at most a few words before its verb, with no clause end between."""
    nouns, verb = _provision_patterns()
    provision = verb.search(before)
    if provision is None:
        return False
    for noun in nouns.finditer(before, 0, provision.start()):
        gap = before[noun.end(): provision.start()]
        if not re.search(r"[;:.]", gap) and len(gap.split()) <= _PROVISION_GAP:
            return True
    return False


def planned_release(figure: Figure, sentence: str) -> str | None:
    """The status of a count of captives held or taken that a cue of intent and its verb of
    releasing govern ("expected to bring home 150 more prisoners"): the count is of a release
    planned, not of people held; None for a count held or taken as such, or one that is released."""
    if figure.category == "released":
        return None
    return _intent_governing(sentence[: figure.start - figure.sentence_start])


def finish_ledger(lines: list[CaptiveLine], exchanges: list[Exchange]) -> tuple[list[CaptiveLine], list[Exchange]]:
    """The ledger across articles from their :func:`document_lines`: one line per movement told by
    several reports, oldest first, and the exchanges in the order of their first side (whatever
    order the articles came in)."""
    lines, exchanges = merge_reports(lines, exchanges)
    lines.sort(key=_line_order)
    exchanges.sort(key=lambda x: (*_line_order(x.first), x.exchange_id))
    return lines, exchanges


def _line_order(line: CaptiveLine) -> tuple[dt.date, str, int, int, str]:
    return (line.day or dt.date.min, line.source.doc_id, line.sentence_start, line.position, line.action)


def _unique(lines: list[CaptiveLine]) -> list[CaptiveLine]:
    """One line per clause and count: two triggers of one clause ("willing to release") give one line.

    Lines of one sentence with the same action, status and count are one line when their captives
    are the same phrase or one names the other ("soldiers" in "Israeli soldiers").
    """
    out: list[CaptiveLine] = []
    by_clause: dict[tuple[Any, ...], list[int]] = {}  # only lines of one clause key can be the same
    for line in lines:
        candidates = by_clause.setdefault(_clause_key(line), [])
        same = next((i for i in candidates if _same_clause(out[i], line)), None)
        if same is None:
            candidates.append(len(out))
            out.append(line)
        elif len(line.captives or "") > len(out[same].captives or "") or (line.by and not out[same].by):
            out[same] = replace(line, by=line.by or out[same].by, incident=out[same].incident or line.incident)
    return out


def _clause_key(line: CaptiveLine) -> tuple[Any, ...]:
    return (line.source.doc_id, line.sentence_start, line.action, line.status, line.count)


def _same_clause(a: CaptiveLine, b: CaptiveLine) -> bool:
    if _clause_key(a) != _clause_key(b):
        return False
    wa, wb = set((a.captives or "").lower().split()), set((b.captives or "").lower().split())
    return wa <= wb or wb <= wa


@cache
def _cues(name: str) -> tuple[str, ...]:
    return tuple(load_data("captive_terms.json")[name])


@lru_cache(maxsize=1024)
def _words(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


@cache
def _cue_pattern(name: str) -> re.Pattern[str]:
    """One regular expression for a whole cue list (longest cue first), as words."""
    cues = sorted(_cues(name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


@cache
def _part_cues(where: str) -> tuple[str, ...]:
    """Cues right after ("of them") or right before ("including") a count that make it a part."""
    return tuple(load_data("captive_terms.json")["part_cues"][where])


@cache
def _part_clause_pattern() -> re.Pattern[str]:
    """A part told by a linking verb in the count's clause: "Thirteen Israelis were among them"."""
    cues = sorted(load_data("captive_terms.json")["part_cues"]["clause"], key=len, reverse=True)
    return re.compile(r"\b(?:were|was|are|is|been)\s+(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


def _is_part(line: CaptiveLine, previous: CaptiveLine | None, group: CaptiveLine | None = None) -> bool:
    """'13 of them', 'among them', 'including 30 children', a list after such a count, or an addition to it."""
    sentence, at = line.source.sentence.lower(), line.position
    if line.count is None:
        return False
    after = sentence[at + len(line.count):].lstrip()
    before = sentence[:at].rstrip()
    if after.startswith(_part_cues("after")) or before.endswith(_part_cues("before")):
        return True
    clause = after.split(";", 1)[0].split(",", 1)[0]  # "Thirteen Israelis were among them"
    if _part_clause_pattern().search(clause):
        return True
    if previous is not None and previous.part_of is not None and previous.sentence_start == line.sentence_start:
        between = sentence[previous.position + len(previous.count or ""): at]
        if ";" not in between and between.rstrip().endswith(_cues("list_links")):
            return True
    return _adds_to_part(line, previous, group)


#: Characters allowed between two sentences of one passage (the space or line break after a full stop).
_SENTENCE_GAP = 2


def _adds_to_part(line: CaptiveLine, previous: CaptiveLine | None, group: CaptiveLine | None) -> bool:
    """'Thirteen Israelis were among them; 12 Thai workers had also been freed': an 'also' after a part
    adds to the same group, when the part is in the same or the very next sentence.

    Only an addition of the group's own kind counts: "Israel also released 39 Palestinian
    prisoners" after the parts of a group of hostages is the other side of an exchange, so a
    line of another kind of captive, or freed by another party, is not added.
    """
    if previous is None or previous.part_of is None or previous.action != line.action or line.count is None:
        return False
    if previous.source.doc_id != line.source.doc_id or line.sentence_start - (
            previous.sentence_start + len(previous.source.sentence)) > _SENTENCE_GAP:
        return False
    if group is not None and (_different_sides(group, line) or _different_kinds(group, line)):
        return False
    clause, _ = _count_stretch(line, r"[,;:]")
    return _cue_pattern("addition_cues").search(clause) is not None


def _count_stretch(line: CaptiveLine, marks: str, sentence: str | None = None) -> tuple[str, int]:
    """The line's sentence (or ``sentence``, of the same offsets), lower-cased, between the ``marks``
    nearest its count on either side, and where that stretch starts."""
    sentence = (line.source.sentence if sentence is None else sentence).lower()
    count_end = line.position + len(line.count or "")
    pattern = re.compile(marks)  # re caches compiled patterns; the two mark sets used stay in it
    starts = [m.end() for m in pattern.finditer(sentence[: line.position])]
    start = starts[-1] if starts else 0
    after = pattern.search(sentence[count_end:])
    return sentence[start : count_end + after.start() if after else len(sentence)], start


def _different_kinds(group: CaptiveLine, line: CaptiveLine) -> bool:
    """The line names a kind of captive (hostages, prisoners) the group's does not."""
    kind = captive_kind(line.captives)
    return kind is not None and kind != captive_kind(group.captives)


def _cumulative(line: CaptiveLine) -> bool:
    """A running total: 'the number released', or a cue ('since', 'so far', 'already') next to the count.

    The cue must be in the count's own stretch between commas, or open the sentence ("Since the
    pause began on November 24, 102 hostages have been freed"); a "since" that dates how long the
    people released were held ("six soldiers it had held since March") is no cue.
    """
    if _head(line.captives) in _cues("aggregate_heads"):
        return True
    count_end = line.position + len(line.count or "")
    told = without_captivity_since(line.source.sentence, line.position, count_end, line.action)
    stretch, start = _count_stretch(line, r"[,;]", told)
    if _has_phrase(stretch, _cue_pattern("cumulative_cues")):
        return True
    opening = re.split(r"[,;]", line.source.sentence.lower(), maxsplit=1)[0].lstrip()
    return start > 0 and any(opening.startswith(cue) and _has_phrase(opening, _words(cue))
                             for cue in _cues("cumulative_cues"))


@cache
def _rate_pattern() -> re.Pattern[str]:
    """A period a count repeats over, as words (``rate_*`` of ``data/captive_terms.json``): "each week",
    "every two months", "a day", "weekly"; not a span or a point in time ("a day after", "a year in jail")."""
    def words(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(_cues(name), key=len, reverse=True))

    periods = rf"(?:{words('rate_periods')})(?!\s+(?:{words('rate_not_before')})\b)"
    return re.compile(rf"\b(?:(?:{words('rate_quantifiers')})\s+(?:(?:[a-z]+|\d+)\s+)??{periods}"
                      rf"|(?:{words('rate_articles')})\s+{periods}|{words('rate_adverbs')})\b", re.I)


def _rate(line: CaptiveLine) -> str | None:
    """The period a count repeats over, as written, close after the count in its clause ("released 20
    prisoners each week"); None for one movement, or for a phrase that dates or spans it ("freed 20
    prisoners in a week", "20 prisoners who had been held a year")."""
    if line.count is None:
        return None
    count_end = line.position + len(line.count)
    stretch, start = _count_stretch(line, r"[,;]")
    sentence = line.source.sentence
    for found in _rate_pattern().finditer(sentence, count_end, start + len(stretch)):
        between = re.findall(r"[a-z]+", sentence[count_end : found.start()].lower())
        if len(between) > int(load_data("captive_terms.json")["rate_reach"]):
            return None
        if set(between) & set(_cues("rate_not_between")) or (between and between[-1] in _cues("rate_not_after")):
            continue
        return found.group()
    return None


def _has_phrase(text: str, pattern: re.Pattern[str]) -> bool:
    """A cue as words, not after a superlative ("the largest swap since 2022" is no running total)."""
    for match in pattern.finditer(text):
        before = re.findall(r"[a-z]+", text[: match.start()])[-3:]
        if not any(w.endswith("est") or w in ("first", "most") for w in before):
            return True
    return False


def mark_parts(lines: list[CaptiveLine]) -> list[CaptiveLine]:
    """Mark counts that are parts of a group named before, and running totals.

    A part ("Seventeen of them are Filipino") names the nearest earlier line of its document that
    is not itself a part as its group, takes that group's day when its own was only guessed, and
    is never a new capture or release; "the number released" takes the captives of its sentence.
    """
    ordered = sorted(range(len(lines)), key=lambda i: (lines[i].source.doc_id, lines[i].sentence_start,
                                                        lines[i].position))
    out = list(lines)
    group: CaptiveLine | None = None
    previous: CaptiveLine | None = None
    for i in ordered:
        line = out[i]
        if previous is not None and previous.source.doc_id != line.source.doc_id:
            group = previous = None
        changes: dict[str, Any] = {"cumulative": _cumulative(line), "every": _rate(line)}
        if _head(line.captives) in _cues("aggregate_heads"):
            named = next((o for o in out if o.sentence_start == line.sentence_start and o is not line
                          and o.source.doc_id == line.source.doc_id and o.captives), None)
            line = replace(line, captives=named.captives if named else None,
                           captive_side=line.captive_side or (named.captive_side if named else None))
        if _is_part(line, previous, group):
            name = _group_name(group) if group else "an earlier group"
            day, exact = (group.day, group.day_exact) if group and not line.day_exact else (line.day, line.day_exact)
            changes.update(part_of=name or "an earlier group", day=day, day_exact=exact)
            line = _with(line, changes)
        else:
            line = group = _with(line, changes)
        out[i] = previous = line
    return out


def _with(line: CaptiveLine, changes: dict[str, Any]) -> CaptiveLine:
    """``line`` with ``changes``; the line itself when they change nothing (a ledger has thousands of lines)."""
    if all(getattr(line, name) == value for name, value in changes.items()):
        return line
    return replace(line, **changes)


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
    """Pair releases into exchanges within each document; returns the lines with ratios filled.

    Only totals are paired: a part ("13 of them were Israeli citizens") is never one side.
    """
    by_doc: dict[tuple[str, str], list[int]] = {}
    for i, line in enumerate(lines):
        if line.action in _EXCHANGED and line.part_of is None:  # captives for captives, remains for remains
            by_doc.setdefault((line.source.doc_id, line.action), []).append(i)
    lines = list(lines)
    exchanges: list[Exchange] = []
    for (doc_id, _), indexes in by_doc.items():
        # numbered within the document across both groups, so captive and remains exchanges get distinct ids
        before = len(exchanges) - sum(e.first.source.doc_id == doc_id for e in exchanges)
        indexes.sort(key=lambda i: (lines[i].sentence_start, lines[i].position, i))
        paired: set[int] = set()
        for pos, i in enumerate(indexes):
            if i in paired:
                continue
            partner = _partner(lines, indexes, pos, paired)
            if partner is None and lines[i].action == "released" and _has_cue(lines[i].source.sentence):
                implicit = _implicit_counterpart(lines[i])
                if implicit is not None:
                    lines.append(implicit)
                    partner = len(lines) - 1
            if partner is None:
                continue
            paired.update((i, partner))
            exchanges.append(_pair(lines, i, partner, _exchange_id(doc_id, len(exchanges) - before + 1)))
        exchanges += _swaps(lines, indexes, paired, doc_id, len(exchanges) - before)
    for doc_id in dict.fromkeys(doc for doc, _ in by_doc):
        exchanges += _remains_for_captives(lines, by_doc, doc_id, exchanges)
    return lines, exchanges


def _remains_for_captives(lines: list[CaptiveLine], by_doc: dict[tuple[str, str], list[int]], doc_id: str,
                          exchanges: list[Exchange]) -> list[Exchange]:
    """Captives given for the dead ("freed 757 prisoners for the bodies of 43 soldiers"): one exchange.

    The remains stay a return of remains (out of captive totals); only the pairing joins them. A release
    and a return of remains left unpaired pair when they stand in one sentence and an exchange cue (or a
    bare "for" before the dead) stands right before the later count: "released six hostages and handed
    over four bodies" tells two handovers by one side, not a price.
    """
    releases = [i for i in by_doc.get((doc_id, "released"), []) if lines[i].exchange is None]
    returns = [i for i in by_doc.get((doc_id, REMAINS_ACTIONS["released"]), []) if lines[i].exchange is None]
    numbered = sum(x.first.source.doc_id == doc_id for x in exchanges)
    out: list[Exchange] = []
    for i in releases:
        j = next((j for j in returns if lines[j].exchange is None and _priced_remains(lines[i], lines[j])), None)
        if j is not None:
            out.append(_pair(lines, i, j, _exchange_id(doc_id, numbered + len(out) + 1)))
    return out


def _priced_remains(captives: CaptiveLine, remains: CaptiveLine) -> bool:
    """Whether a release and a return of remains are the two sides of one exchange sentence."""
    if captives.sentence_start != remains.sentence_start or captives.proposed != remains.proposed:
        return False
    if captives.every or remains.every or captives.cumulative or remains.cumulative:
        return False
    if captives.captive_side and captives.captive_side == remains.captive_side:
        return False  # one side's living and dead handed over together
    first, second = sorted((captives.position, remains.position))
    return bool(_cue_before_dead().search(captives.source.sentence[first:second]))


@cache
def _cue_before_dead() -> re.Pattern[str]:
    """An exchange cue (or "for") ending a stretch of text, before an article and a noun of the dead
    with its "of" at most ("in exchange for the bodies of", "for the remains of", "in return for")."""
    cues = sorted(_cues("exchange_cues"), key=len, reverse=True)
    nouns = "|".join(re.escape(n) for n in _cues("remains_nouns"))
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r"|for)\s*,?\s*(?:(?:the|some)\s+)?"
                      r"(?:(?:" + nouns + r")\s+of\s+(?:the\s+)?)?$", re.I)


#: The actions of lines that can be the sides of an exchange (each only with a line of the same action).
_EXCHANGED = ("released", REMAINS_ACTIONS["released"])


def _exchange_id(doc_id: str, n: int) -> str:
    """'x-3f2a9c-1': the document's short hash and the exchange's number within it."""
    return f"x-{hashlib.sha1(doc_id.encode()).hexdigest()[:6]}-{n}"


def _pair(lines: list[CaptiveLine], i: int, j: int, exchange_id: str) -> Exchange:
    """Mark two lines as the sides of one exchange (written order first) and return it."""
    first, second = sorted((i, j), key=lambda k: (lines[k].sentence_start, _order_in(lines[k])))
    r = ratio(lines[first].value, lines[second].value)
    lines[first] = replace(lines[first], exchange=exchange_id, ratio=r)
    lines[second] = replace(lines[second], exchange=exchange_id, ratio=r)
    return Exchange(exchange_id, lines[first], lines[second], r)


def _swaps(lines: list[CaptiveLine], indexes: list[int], paired: set[int], doc_id: str,
           done: int) -> list[Exchange]:
    """A swap told first without its numbers ("exchanged hundreds of prisoners") and then side by side:
    the next two counted releases of different sides in later sentences are its two sides."""
    out: list[Exchange] = []
    for pos, i in enumerate(indexes):
        line = lines[i]
        if i in paired or not _says_swap(line.source.sentence):
            continue
        later = [j for j in indexes[pos + 1:] if j not in paired and lines[j].value is not None
                 and lines[j].sentence_start > line.sentence_start and lines[j].proposed == line.proposed
                 and not lines[j].cumulative and lines[j].every is None]
        for a in later:
            b = next((j for j in later if j != a and (_different_sides(lines[a], lines[j]) or _other_country(
                lines[a], lines[j]))), None)
            if b is not None:
                paired.update((i, a, b))
                out.append(_pair(lines, a, b, _exchange_id(doc_id, done + len(out) + 1)))
                break
    return out


def _other_country(a: CaptiveLine, b: CaptiveLine) -> bool:
    """Captives of two countries ("230 Ukrainians", "248 Russian servicemen"): enough inside a told swap."""
    return bool(a.captive_side and b.captive_side and len(a.captive_side) == 3 and len(b.captive_side) == 3
                and a.captive_side != b.captive_side)


def _says_swap(sentence: str) -> bool:
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return any(verb in words for verb in _cues("swap_verbs"))


def merge_reports(lines: list[CaptiveLine], exchanges: list[Exchange]) -> tuple[list[CaptiveLine], list[Exchange]]:
    """One line per movement or stock told by several reports: the others go to :attr:`CaptiveLine.also`.

    Two lines are the same when they have the same action, status kind (done or proposed), count,
    compatible sides and kinds of captive, and days: the same day when both were given by the
    text; a day apart when one is a publication day; any earlier day for an approximate count
    ("roughly 240 people were taken", published weeks after "about 240 seized on October 7").
    Parts are never merged; a line without a count joins the counted line of its incident
    (:func:`_counted_line_of`). Exchanges whose two sides merged are one.
    """
    lines = list(lines)
    index = {id(line): i for i, line in enumerate(lines)}
    merger = _ReportMerger(lines)
    for i in _merge_order(lines):
        merger.add(i)
    merged = {i: _with_sorted_also(lines[i]) for i in merger.keep}
    _rename_groups(lines, merger.rep_of, merged)
    sides = _merged_exchanges(exchanges, index, merger.rep_of)
    for exchange_id, a, b, r in sides:  # a merged line shows the exchange that was kept
        merged[a] = replace(merged[a], exchange=exchange_id, ratio=r)
        merged[b] = replace(merged[b], exchange=exchange_id, ratio=r)
    out_exchanges = [Exchange(x_id, merged[a], merged[b], r) for x_id, a, b, r in sides]
    return [merged[i] for i in merger.keep], out_exchanges


def _merge_order(lines: Sequence[CaptiveLine]) -> list[int]:
    """Indexes of ``lines`` in the order they are merged: counted before uncounted, days the text
    gave before publication days, then oldest first, exchange sides first, then article order; so
    the line that stays (and names the merged report) is the best-dated counted one."""
    return sorted(range(len(lines)), key=lambda i: (lines[i].value is None, not lines[i].day_exact,
                                                    lines[i].day or dt.date.min,
                                                    lines[i].exchange is None, lines[i].source.doc_id,
                                                    lines[i].sentence_start))


@dataclass
class _ReportMerger:
    """The lines kept so far and which kept line each merged line joined (``lines`` is updated in place).

    Candidates are blocked by what must be equal, so a long period stays linear: (action,
    proposed, value) for counted lines, (incident, action) for uncounted ones.
    """

    lines: list[CaptiveLine]
    keep: list[int] = field(default_factory=list)
    rep_of: dict[int, int] = field(default_factory=dict)
    kept_at: dict[int, int] = field(default_factory=dict)  # line index -> its position in keep
    by_count: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)
    by_incident: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)

    def add(self, i: int) -> None:
        """Merge line ``i`` into the first kept line that reports the same, or keep it."""
        rep = self._representative(self.lines[i])
        if rep is None:
            self._keep(i)
        else:
            self._join(i, rep)

    def _representative(self, line: CaptiveLine) -> int | None:
        """The kept line that ``line`` is another report of, if any."""
        if _mergeable(line):
            block = self.by_count.get((line.action, line.proposed, line.value), [])
            return next((k for k in block if _same_report(self.lines[k], line)), None)
        block = self.by_incident.get((line.incident, line.action), [])
        return next((k for k in block if _counted_line_of(self.lines[k], line)), None)

    def _keep(self, i: int) -> None:
        line = self.lines[i]
        self.kept_at[i] = len(self.keep)
        self.keep.append(i)
        self.rep_of[i] = i
        self.by_count.setdefault((line.action, line.proposed, line.value), []).append(i)
        self.by_incident.setdefault((line.incident, line.action), []).append(i)

    def _join(self, i: int, rep: int) -> None:
        """Line ``i`` becomes a source of ``rep``, which takes its incident and captor if it had none."""
        line, kept = self.lines[i], self.lines[rep]
        self.rep_of[i] = rep
        self.lines[rep] = replace(kept, also=(*kept.also, line.source), by=kept.by or line.by,
                                  incident=kept.incident or line.incident)
        if kept.incident is None and line.incident is not None:
            # now a candidate for its incident's uncounted lines, in order of keeping
            block = self.by_incident.setdefault((line.incident, line.action), [])
            block.append(rep)
            block.sort(key=self.kept_at.__getitem__)


def _with_sorted_also(line: CaptiveLine) -> CaptiveLine:
    """``line`` with its other reports oldest first (they were gathered in merge order)."""
    if len(line.also) > 1:
        return replace(line, also=tuple(sorted(line.also, key=_source_order)))
    return line


def _merged_exchanges(
    exchanges: list[Exchange], index: dict[int, int], rep_of: dict[int, int]
) -> list[tuple[str, int, int, str | None]]:
    """Each exchange as (id, kept first side, kept second side, ratio); of exchanges whose two sides
    merged into the same pair of lines, the first one stays."""
    sides: list[tuple[str, int, int, str | None]] = []
    seen: set[frozenset[int]] = set()
    for x in exchanges:
        a, b = rep_of.get(index.get(id(x.first), -1), -1), rep_of.get(index.get(id(x.second), -1), -1)
        if a < 0 or b < 0 or frozenset((a, b)) in seen:
            continue
        seen.add(frozenset((a, b)))
        sides.append((x.exchange_id, a, b, x.ratio))
    return sides


def _rename_groups(lines: list[CaptiveLine], rep_of: dict[int, int], merged: dict[int, CaptiveLine]) -> None:
    """Parts of an uncounted group that joined a counted line name that line ("of 24 hostages", not "of hostages")."""
    renamed = {(lines[i].source.doc_id, _group_name(lines[i])): _group_name(merged[r])
               for i, r in rep_of.items() if r != i and lines[i].value is None}
    for i, line in merged.items():
        new_name = renamed.get((line.source.doc_id, line.part_of or ""))
        if new_name:
            merged[i] = replace(line, part_of=new_name)


def _group_name(line: CaptiveLine) -> str:
    """How a part names its group: the group's count and captives ("24 hostages")."""
    return f"{line.count or ''} {line.captives or ''}".strip()


def _source_order(source: SourceRef) -> tuple[dt.date, str]:
    return (source.published or dt.date.min, source.doc_id)


def _counted_line_of(counted: CaptiveLine, line: CaptiveLine) -> bool:
    """An uncounted report of a movement ("the first hostages crossed into Egypt") is another source of
    the counted line of its incident ("Hamas freed 24 hostages"): same incident, action, day, done."""
    if line.value is not None or line.part_of is not None or line.incident is None or line.proposed:
        return False
    if counted.value is None or counted.part_of is not None or counted.cumulative or counted.proposed \
            or counted.every is not None:
        return False
    if (counted.incident, counted.action) != (line.incident, line.action):
        return False
    if counted.source.doc_id == line.source.doc_id:
        return False
    kind_a, kind_b = captive_kind(counted.captives), captive_kind(line.captives)
    return not (kind_a and kind_b and kind_a != kind_b) and _days_agree(counted, line)


def _mergeable(line: CaptiveLine) -> bool:
    return line.value is not None and line.part_of is None


def _same_report(a: CaptiveLine, b: CaptiveLine) -> bool:
    if not _mergeable(a) or (a.action, a.proposed, a.value, a.every) != (b.action, b.proposed, b.value, b.every):
        return False
    if (a.source.doc_id, a.sentence_start) == (b.source.doc_id, b.sentence_start):
        return False
    if a.captive_side and b.captive_side and a.captive_side != b.captive_side:
        return False
    kind_a, kind_b = captive_kind(a.captives), captive_kind(b.captives)
    if kind_a and kind_b and kind_a != kind_b:
        return False
    return _days_agree(a, b)


def _days_agree(a: CaptiveLine, b: CaptiveLine) -> bool:
    if a.day is None or b.day is None:
        return False
    if a.day_exact and b.day_exact:
        return a.day == b.day
    if abs((a.day - b.day).days) <= 1:
        return True
    if not (a.approx and b.approx):
        return False
    given, guessed = (a, b) if a.day_exact else (b, a)
    return given.day_exact and given.day is not None and guessed.day is not None and given.day <= guessed.day


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
                     and lines[j].cumulative == me.cumulative and lines[j].every == me.every
                     and _different_sides(me, lines[j])]
    if same_sentence:
        return same_sentence[0]
    if not _has_cue(me.source.sentence):
        return None
    unsided = _unsided_counterpart(lines, indexes, pos, paired)
    if unsided is not None:
        return unsided
    earlier = [j for j in indexes[:pos] if j not in paired and lines[j].proposed == me.proposed
               and lines[j].cumulative == me.cumulative and lines[j].every == me.every
               and _different_sides(me, lines[j])]
    return earlier[-1] if earlier else None


def _unsided_counterpart(lines: Sequence[CaptiveLine], indexes: Sequence[int], pos: int,
                         paired: set[int]) -> int | None:
    """The other release of an exchange sentence when one of the two has no side ("handed over 64 RSF
    fighters in exchange for 30 soldiers"): the 30 are then the releaser's own people, so the two are
    of different sides. Read so only when the sentence tells these two releases alone, an exchange cue
    stands between their counts, and the sentence names two parties: the sided release's releaser and,
    apart from it, the party its captives belong to."""
    me = lines[indexes[pos]]
    others = [j for j in indexes if j != indexes[pos] and lines[j].sentence_start == me.sentence_start]
    if len(others) != 1 or others[0] in paired:
        return None
    other = lines[others[0]]
    if other.proposed != me.proposed or other.cumulative != me.cumulative or other.every != me.every:
        return None
    unsided, sided = (me, other) if _has_no_side(me) else (other, me)
    if not _has_no_side(unsided) or not _names_two_parties(sided) or not _priced_by_cue(me, other):
        return None
    return others[0]


def _priced_by_cue(a: CaptiveLine, b: CaptiveLine) -> bool:
    """Whether the later of two counts of a sentence follows an exchange cue right before it, so it is
    the price of the earlier ("64 RSF fighters in exchange for 30 soldiers"); not two counts given by
    one side before the cue, nor a count the cue's object governs ("in return for safe passage for 30")."""
    first, second = sorted((a.position, b.position))
    return bool(_cue_before_count().search(a.source.sentence[first:second]))


@cache
def _cue_before_count() -> re.Pattern[str]:
    """An exchange cue ending a stretch of text, a comma or an article at most after it."""
    cues = sorted(_cues("exchange_cues"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\s*,?\s*(?:(?:the|some)\s+)?$", re.I)


def _has_no_side(line: CaptiveLine) -> bool:
    """A release whose captives name no country or kind and whose releaser is not named ("30 soldiers")."""
    return line.captive_side is None and captive_kind(line.captives) is None and line.by is None


def _names_two_parties(line: CaptiveLine) -> bool:
    """A release whose releaser is named and whose captives are named by another party: "the Sudanese
    army handed over 64 RSF fighters" (a name before the captives' head that the releaser does not share)."""
    if line.by is None or not line.captives:
        return False
    releaser = {w.lower() for w in re.findall(r"[A-Za-z]+", line.by)}
    modifiers = re.findall(r"[A-Za-z][A-Za-z\-]*", line.captives)[:-1]
    return any(word[0].isupper() and word.lower() not in releaser and not _is_pronoun(word)
               for word in modifiers)


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
