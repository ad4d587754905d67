"""Marking each claim of a draft: supported, contradicted, misattributed or unsourced.

A *claim* is one record extracted from the draft: a figure, an event with its status, or an
attribution. Each is compared with the evidence (:mod:`._evidence`) by the rules below, and
gets one :class:`Mark` with the reason in words and the sources behind it.

Figures (same category and unit; compatible counted noun; no other place, save a region that may hold
the draft's town or the reverse, which backs a figure but never contradicts it: see :mod:`._terms`):

* *supported* — a stored figure whose value interval overlaps the draft's (or a bound that makes
  the draft's bound true: "more than 150" for "more than 100"; a draft's bound is backed by a
  bound only so: "at least 12" does not make "at least 15" true), from a compatible
  claimant (or any claimant when the draft names one and a source agrees), or from an agency of
  the parent body the draft credits ("the UN" for UNICEF's count; the reason says so). An
  official written with a body's name speaks for it ("WFP chief Cindy McCain" for the WFP). A part
  given the number of a whole ("1.9 million children" for "1.9 million people") is not backed
  by the whole: it is *unsourced*, with the whole listed; so is the whole given a part's number
  ("10,000 people" for "10,000 women"), with the part listed;
* *misattributed* — the draft states in its own voice a number every source that gives it
  (the number itself, not a bound it falls under: "more than 50" does not give "60")
  attributes, or the draft's sentence is a report's sentence with another claimant;
* *contradicted* — a report of the same time carrying the draft's very sentence has another
  number in the figure's place (between the same words) for the same counted group, or a whole
  smaller than the draft's part of it ("400,000 children" of "350,000 people"): evidence from the same sentence of
  the same story beats a loosely compatible figure elsewhere (a bound, another story's count);
  or no stored figure gives the value, and one of the same series (same head
  word, or two words for one event's whole toll; no country conflict, compatible claimant) published
  within :data:`SAME_TIME_DAYS` of the draft gives another; or the draft's claimant gives another
  value in a report that gives the draft's from someone else; or the draft counts as done what
  sources published on its day or later give as an offer, demand or plan;
* *unsourced* — nothing comparable is stored, or only consistent bounds or earlier offers, or only
  records of another period than the years the draft sets its claim in ("in 2023" against a
  record of 2022 or of this year: the reason says so; a running total "since the war began"
  against a count of years it runs beyond, or the reverse), or only a
  count of a group an event made that may or may not hold the draft's people ("900 hostages freed"
  for "900 women freed"; the reason shows it).

Qualified figures: a bound excludes its own number ("fewer than 20" is not 20, nor is "nearly 60"
60: :func:`value_interval`); what a figure *says* (:func:`value_interval`: "more than 100" is not 400)
decides backing; what it *allows* (:func:`possible_interval`: "more than 100" is anything above)
decides contradiction, so only figures that cannot both be true contradict ("nearly 150" and
"more than 150" do; "more than 100" and "more than 150" do not).

A role's count filed under another category by its noun ("40,000 refugees had crossed", displaced)
is compared with a count of everyone told with the same verb ("40,000 people had crossed", other).

A parent body and its agency are two levels of one source: an agency's other count never
contradicts what the draft credits to the parent, and two agencies stay two sources. A claimant
that describes a party ("the paramilitary", "the group") is read, in drafts and reports alike,
as the party of that kind named before it (:mod:`._descriptors`); a share read as a ratio ("150
out of 210") is compared by the count of its part.

Small counts, figures with a unit, and figures of reports more than :data:`FAR_DAYS` apart
match only in sentences sharing some words (a count recurs by chance across months).
"No country conflict" is judged on sentences; a sentence that names no country is taken to be
about the countries its article names (so a count in a Gaza story is not backed by the same
count in a story about Russia).

Events: a stored event of the same type and mode, no conflicting target country or place, counting
compatible people ("released 30 aid workers" is not "released 200 soldiers"), close in time
and in the words of its sentence (or sharing a figure value) is the same event. Reports that
carry the draft's very sentence are heard first: if one says it took place, or one not older
than the draft gives it as offered, demanded, planned, alleged or under investigation, they
decide (*supported* / *contradicted*). When they are only older offers, or there are none, the
other reports of the event decide the same way; older offers alone leave it *unsourced* (an
offer may have been carried out since).

Attributions: a verdict on an attribution is a verdict on *who said what*, not on whether what
was said is true (the figures and events inside it get their own marks). A stored attribution
whose content shares most content words with the draft's, and gives no number of the draft's for
another category or other people ("seven killed" / "seven wounded") nor sets it in another place,
is the same statement (a number for a part is not one for the whole, nor the reverse):

* *supported* — a report carries the same statement from a compatible source (or from an agency
  of the parent body the draft credits), or the same named source is on record in other reports
  saying much the same (a paraphrase of a quote);
* *misattributed* — reports carry the statement, with the draft's numbers (or numbers it rounds),
  but only from other sources;
* *contradicted* — reports of the same time carry the statement from this source (or from an agency
  of the parent body the draft credits) with other numbers in it (a misquoted number, even one no
  figure was read from; "more than 50" for 51 is a rounding, "passed 29,000" for "passed 28,000"
  is not), or carry this source
  denying what the draft has it say ("denied" against "admitted"; the cues are data), or the reverse;
* *unsourced* — no stored report carries it, from this source or another (a quote that may be
  real but cannot be confirmed from the store).

Attributions to no one in particular ("officials said") and very short contents are not marked; a
stored statement about another country's war (by the countries its words, else its article, name)
is not the same statement.

Limits: the claim's time is the draft's publication date (an undated draft is compared with
every report), save the years its sentence names (:func:`_other_period`: written years, "last
year", "since November", "last week"); months and days within a year are not compared, nor two
running totals from other starts ("since the war began", "since October"). Claimants and
counted nouns are compared as written (see :mod:`._terms`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from parley.brief._guards import is_running_total
from parley.check._descriptors import with_named_claimant, with_named_source
from parley.check._evidence import (
    Evidence,
    Source,
    StoredAttribution,
    StoredEvent,
    StoredFigure,
    content_figures,
    content_places,
    event_figures,
    figure_places,
    proposed_figures,
    said_as,
)
from parley.check._terms import (
    BOUNDS,
    EXACT_SLACK,
    article_countries,
    as_count,
    both_tolls,
    bound_implied,
    claimant_key,
    claimants_compatible,
    content_set,
    counted_compatible,
    counted_relation,
    countries_in,
    counts_conflict,
    group_may_hold,
    intervals_overlap,
    is_denial,
    is_doubted,
    is_intent,
    is_parent_of,
    is_vague,
    names_places,
    numbers_in,
    overlap,
    parent_related,
    part_given_whole,
    places_conflict,
    places_in_sentence,
    places_nested,
    possible_interval,
    role_of_whole,
    same_story,
    states_figure,
    terms,
    value_interval,
    whole_given_part,
)
from parley.reconcile.reports import country_of
from parley.records import Attribution, Event, Extraction, Figure

__all__ = ["SAME_TIME_DAYS", "SEVERITY", "VERDICTS", "Mark", "Verdict", "by_severity", "mark_all"]

Verdict = Literal["supported", "contradicted", "misattributed", "unsourced"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "misattributed", "unsourced")
#: The order a fact-checker reads findings in: what is wrong first, what is backed next, what is unknown last.
SEVERITY: tuple[Verdict, ...] = ("contradicted", "misattributed", "supported", "unsourced")

#: Categories that count people or things (a duration or an age is not "done" or "offered").
COUNTING = frozenset({"killed", "injured", "missing", "displaced", "captured", "held", "released", "aid", "military"})
#: Two reports published this many days apart or less speak of the same time.
SAME_TIME_DAYS = 1
#: Event reports further apart than this (by event date, else publication) are other events.
EVENT_DAYS = 3
#: Share of content words two sentences must share to report the same event / statement.
EVENT_OVERLAP = 0.5
ATTRIBUTION_OVERLAP = 0.6
#: Share of content words enough when the same named source is on record (its words paraphrased).
SAME_SOURCE_OVERLAP = 0.3
#: Counts up to this, and any figure with a unit, match only in sentences sharing this much.
SMALL_NUMBER = 12
SMALL_OVERLAP = 0.3
#: Reports further apart than this many days share a count only with shared context (SMALL_OVERLAP).
FAR_DAYS = 30
#: Sentences sharing this much of their content words tell the same thing.
SAME_SENTENCE = 0.6
_CONTEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: Days within which two reports of one statement are published.
STATEMENT_DAYS = 7
#: Share of content words a statement must share with the draft's to show the source said the opposite:
#: nearly word for word, since "to free 150 fighters" and "holding 150 fighters" share two words of three.
DENIAL_OVERLAP = 0.8
_NEGATION = re.compile(r"(?i)\b(?:not|never)\b|n't\b")
#: Attribution contents shorter than this (content words) are too thin to compare.
MIN_CONTENT_WORDS = 3


@dataclass(frozen=True)
class Mark:
    """One claim of the draft with its verdict, why, and the sources behind the verdict."""

    kind: Literal["figure", "event", "attribution"]
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    verdict: Verdict
    reason: str
    claimant: str | None = None
    detail: str = ""
    evidence: tuple[Source, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "detail": self.detail,
            "claimant": self.claimant,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": [s.as_dict() for s in self.evidence],
        }


def mark_all(draft: Extraction, evidence: Evidence, *, exclude: Collection[str] = ()) -> list[Mark]:
    """Marks for every figure, event and named attribution of the draft, in text order."""
    proposed = proposed_figures(draft)
    article = article_countries(draft.document.text)  # once per draft: every claim asks
    places = figure_places(draft)
    text = draft.document.text
    marks = [_as_written(f.claimant, _figure_mark(with_named_claimant(as_count(f), text), i in proposed, draft,
                                                  evidence, exclude, article, places.get(i, frozenset()),
                                                  said_as(f, draft)))
             for i, f in enumerate(draft.figures)]
    marks += [_event_mark(e, draft, evidence, exclude, article) for e in draft.events]
    marks += [_as_written(a.source.text if a.source else None, m) for a in draft.attributions
              if (m := _attribution_mark(with_named_source(a, text), draft, evidence, exclude)) is not None]
    return sorted(marks, key=lambda m: (m.start, m.kind))


def _as_written(written: str | None, mark: Mark) -> Mark:
    """The mark showing the claimant as the draft wrote it, with the party it was read as: "The
    paramilitary (Rapid Support Forces)", so a reader sees why it was compared with that party."""
    if written is None or mark.claimant is None or mark.claimant == written:
        return mark
    return replace(mark, claimant=f"{written} ({mark.claimant})",
                   detail=mark.detail.replace(mark.claimant, written, 1) if mark.kind == "attribution" else mark.detail)


def by_severity(marks: Sequence[Mark]) -> list[Mark]:
    """Marks in :data:`SEVERITY` order, figures before events before attributions, then in text order."""
    kinds = {"figure": 0, "event": 1, "attribution": 2}
    return sorted(marks, key=lambda m: (SEVERITY.index(m.verdict), kinds[m.kind], m.start))


#: Reports listed behind one mark.
MAX_EVIDENCE = 6


def _one_per_sentence(sources: Iterable[Source]) -> tuple[Source, ...]:
    """The first :data:`MAX_EVIDENCE` sources, one per report sentence.

    Three records of one sentence ("Shelling ... killed 45 and wounded 112") are one report to a
    reader: listing its sentence three times hides the other reports behind the cap.
    """
    seen: dict[tuple[str, str], Source] = {}
    for source in sources:
        seen.setdefault((source.doc_id, source.sentence), source)
        if len(seen) == MAX_EVIDENCE:
            break
    return tuple(seen.values())


# ---------------------------------------------------------------------- figures


def _same_time(day: dt.date | None, other: dt.date | None, days: int = SAME_TIME_DAYS) -> bool:
    return day is None or other is None or abs((day - other).days) <= days


def _figure_detail(f: Figure) -> str:
    """'released Palestinian prisoners', 'duration (days)': category, what is counted, unit if not said."""
    unit = f.unit or ""
    if unit and (f.counted or "").lower().startswith(unit.lower()):
        unit = ""
    return " ".join(x for x in (f.category, f.counted or "", f"({unit})" if unit else "") if x)


def _figure_mark(f: Figure, proposed: bool, draft: Extraction, evidence: Evidence,
                 exclude: Collection[str], article: frozenset[str], places: frozenset[str] = frozenset(),
                 said: str | None = None) -> Mark:
    """``article``: the countries the whole draft names (stand-in for a sentence that names none);
    ``places``: where the draft's events that count the figure happened (another place, another count);
    ``said``: the title the draft's claimant was cut from ("WFP chief Cindy McCain" for "Cindy McCain")."""
    day = draft.document.date
    sentence = draft.document.text[f.sentence_start : f.sentence_end]
    def mark(verdict: Verdict, reason: str, sources: Sequence[StoredFigure] = ()) -> Mark:
        return Mark("figure", f.start, f.end, f.text, f.sentence_start, f.sentence_end, verdict, reason,
                    f.claimant, _figure_detail(f), _one_per_sentence(s.source for s in sources))

    mine = value_interval(f)
    if mine is None:
        return mark("unsourced", "a change or an unbounded figure: not compared")
    stored = evidence.figures_of(f.category, exclude) + _same_act_as_role(f, sentence, evidence, exclude)
    in_reach = _comparable(f, sentence, day, article, places, stored, counted_compatible)
    comparable = [s for s in in_reach if not _other_period(sentence, day, f, s)]
    # A count of a region and one of a town in it may agree; a different value is no contradiction.
    same_place = [s for s in comparable if not places_conflict(places, s.places)]
    counterparts = _counterparts(f, draft.document.text, same_place)
    if counterparts and not any(_values_fit(f, s.figure) for s in counterparts):
        current = [s for s in counterparts if _same_time(day, s.source.published)]
        if current:
            said = "; ".join(f"{s.figure.text} per {_who(s.source)}" for s in current[:3])
            return mark("contradicted", f"the same sentence, reported at the same time, gives another value: {said}",
                        current)
    # "at least 30" where the sentence said "at least 50": true if it is, but not what it said.
    said_otherwise = [s for s in counterparts if _same_time(day, s.source.published)]
    if said_otherwise and not any(_values_fit(f, s.figure, said=True) for s in counterparts):
        said = "; ".join(f"{s.figure.text} per {_who(s.source)}" for s in said_otherwise[:3])
        return mark("unsourced", f"the same sentence, reported at the same time, gives another figure the "
                    f"draft's can stand beside: {said}", said_otherwise)
    overlapping = [s for s in comparable if _backs_value(f, mine, sentence, s)]
    agreeing = [s for s in overlapping if (is_vague(f) or not is_vague(s.figure))  # "hundreds" does not back "over 500"
                and not _loose_match(f, s.figure) and not _other_level(f, s.figure)]
    wholes = [s for s in overlapping if part_given_whole(f.counted, s.figure.counted)]
    parts = [s for s in overlapping if whole_given_part(f.counted, s.figure.counted)]
    rivals = [s for s in same_place
              if s.proposed == proposed and _same_time(day, s.source.published) and _same_count(f, sentence, places, s)
              and (f.claimant is None or (claimants_compatible(f.claimant, s.figure.claimant)
                                          and not parent_related(f.claimant, s.figure.claimant)))
              and not _both_possible(f, s.figure)]
    if agreeing:
        # Only a report giving both numbers ties them to one incident: the claimant's count "since January" is no rival.
        told_with = {s.source.doc_id for s in agreeing + wholes + parts}
        own_rivals = [s for s in rivals if f.claimant is not None and s.figure.claimant is not None
                      and s.source.doc_id in told_with
                      and (iv := value_interval(s.figure)) is not None and not intervals_overlap(mine, iv)]
        return _agreeing_mark(f, proposed, sentence, agreeing, mark, day, own_rivals, said)
    if rivals:
        said = "; ".join(f"{s.figure.text} per {_who(s.source)}" for s in rivals[:3])
        return mark("contradicted", f"sources give another value at the same time: {said}", rivals)
    if wholes:
        said = "; ".join(f"{s.figure.text} {s.figure.counted} per {_who(s.source)}" for s in wholes[:3])
        return mark("unsourced", f"sources give this number for a whole the draft's {f.counted} are only part of: "
                    f"{said}", wholes)
    if parts:
        said = "; ".join(f"{s.figure.text} {s.figure.counted} per {_who(s.source)}" for s in parts[:3])
        return mark("unsourced", f"sources give this number only for a part of the draft's {f.counted}: {said}", parts)
    if elsewhen := [s for s in in_reach if s not in comparable and (iv := value_interval(s.figure)) is not None
                    and intervals_overlap(mine, iv)]:
        said = "; ".join(f"{s.figure.text} per {_who(s.source)} ({_period_words(s)})" for s in elsewhen[:3])
        return mark("unsourced", f"sources give this number for another period than the draft's: {said}", elsewhen)
    return _other_group_mark(f, mine, _comparable(f, sentence, day, article, places, evidence.figures_of(
        f.category, exclude), _group_related), mark)


def _comparable(f: Figure, sentence: str, day: dt.date | None, article: frozenset[str], places: frozenset[str],
                stored: list[StoredFigure], counted: Callable[[str | None, str | None], bool]) -> list[StoredFigure]:
    """The stored figures that can count what ``f`` counts, by ``counted``: same unit, same story, no
    other place (save a region holding a town), and shared words for a coincidence-prone number."""
    return [s for s in stored
            if s.figure.unit == f.unit and counted(f.counted, s.figure.counted)
            and same_story(sentence, s.source.sentence, article, s.source.countries)
            and (not places_conflict(places, s.places) or places_nested(places, s.places))
            and (not (_coincidence_prone(f) or _far_apart(day, s.source.published))
                 or overlap(sentence, s.source.sentence) >= SMALL_OVERLAP)]


#: Words between a counted noun and its verb that are not the verb ("had crossed", "were since freed").
_AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "been", "are", "is", "be", "being", "since",
                          "now", "already", "also", "reportedly", "all"})


def _same_act_as_role(f: Figure, sentence: str, evidence: Evidence, exclude: Collection[str]) -> list[StoredFigure]:
    """Stored figures of another category that count the draft's people by the role the act gave them.

    "40,000 refugees had crossed" is filed as displaced and "40,000 people had crossed" as other,
    by their nouns alone: told with one verb they count the same people, and "refugees" is a kind
    of "people" (:func:`role_of_whole`). A role with another verb ("40,000 refugees are sheltering")
    is not that act, nor is one of sentences naming other countries ("crossed into Libya", "into Chad").
    """
    verb = _verb_after(sentence, f.end - f.sentence_start, f.counted)
    if verb is None or not f.counted:
        return []
    return [s for category, stored in evidence.figures.items() if category != f.category
            for s in stored if s.source.doc_id not in exclude and role_of_whole(f.counted, s.figure.counted)
            and (at := _offset_in(s)) is not None
            and _verb_after(s.source.sentence, at + len(s.figure.text), s.figure.counted) == verb
            and not _each_names_another_country(sentence, s.source.sentence)]


def _each_names_another_country(a: str, b: str) -> bool:
    """Whether each sentence names a country the other does not ("into Libya" / "into Chad")."""
    mine, theirs = countries_in(a), countries_in(b)
    return bool(mine - theirs) and bool(theirs - mine)


def _verb_after(sentence: str, end: int, counted: str | None) -> str | None:
    """The first word after a figure and its counted noun that is neither ("people had crossed" → "crossed")."""
    skip = {w.lower() for w in _CONTEXT_WORD.findall(counted or "")} | _AUXILIARIES
    return next((w for w in (w.lower() for w in _CONTEXT_WORD.findall(sentence[end:])[:6]) if w not in skip), None)


def _group_related(mine: str | None, theirs: str | None) -> bool:
    """A kind of person and a group an event made ("women" and "hostages"), either way round."""
    return group_may_hold(mine, theirs) or group_may_hold(theirs, mine)


def _other_group_mark(f: Figure, mine: tuple[float, float], related: list[StoredFigure], mark: _MakeMark) -> Mark:
    """Unsourced, saying why, when sources count a group that may or may not hold the draft's people.

    "900 hostages freed" (or more) may hold the draft's "900 women freed", and "900 women freed"
    may be some of its "900 hostages": the reader is shown the count, which neither backs nor
    contradicts the claim. A wider group's count below the draft's, or a part's above it, says
    nothing and is left out.
    """
    wider = [s for s in related if group_may_hold(f.counted, s.figure.counted)
             and (iv := value_interval(s.figure)) is not None and iv[1] >= mine[0]]
    narrower = [s for s in related if group_may_hold(s.figure.counted, f.counted)
                and (iv := value_interval(s.figure)) is not None and iv[0] <= mine[1]]
    if wider:
        said = "; ".join(f"{s.figure.text} {s.figure.counted} per {_who(s.source)}" for s in wider[:3])
        return mark("unsourced", f"sources count a group the draft's {f.counted} may or may not be part of: {said}",
                    wider)
    if narrower:
        said = "; ".join(f"{s.figure.text} {s.figure.counted} per {_who(s.source)}" for s in narrower[:3])
        return mark("unsourced", f"sources count only {narrower[0].figure.counted}, who may be some of the "
                    f"draft's {f.counted}: {said}", narrower)
    return mark("unsourced", "no stored report gives this figure", ())


def _other_level(f: Figure, stored: Figure) -> bool:
    """A part given the whole's number, or the whole given a part's: the same number for other people."""
    return part_given_whole(f.counted, stored.counted) or whole_given_part(f.counted, stored.counted)


_MakeMark = Callable[[Verdict, str, Sequence[StoredFigure]], Mark]


def _same_count(f: Figure, sentence: str, places: frozenset[str], stored: StoredFigure) -> bool:
    """Whether a stored figure counts what the draft's does, strictly enough to contradict it.

    The same head ("soldiers" / "troops"); or two words for a whole toll ("85 people were killed"
    / "the death toll rose to 58") with values apart, in sentences telling one event in the
    draft's place: a war's overall toll is not a day's count, nor a strike in Rafah one in Khan Younis.
    """
    if counted_compatible(f.counted, stored.figure.counted, strict=True):
        return True
    mine, theirs, at = value_interval(f), value_interval(stored.figure), _offset_in(stored)
    if not both_tolls(f.counted, stored.figure.counted) or mine is None or theirs is None or at is None:
        return False
    return (not intervals_overlap(mine, theirs)
            and not _is_increment(_context(sentence, f.start - f.sentence_start, f.end - f.sentence_start))
            and not _is_increment(_context(stored.source.sentence, at, at + len(stored.figure.text)))
            and names_places(stored.source.sentence, places | places_in_sentence(sentence))
            and overlap(sentence, stored.source.sentence) >= EVENT_OVERLAP)


#: Words either side of a figure compared to find its counterpart in a stored copy of its sentence.
CONTEXT_WORDS = 3
#: Share of those words (position by position) a counterpart must share.
CONTEXT_MATCH = 0.5


def _counterparts(f: Figure, text: str, comparable: list[StoredFigure]) -> list[StoredFigure]:
    """The stored figures that stand where ``f`` stands in stored copies of the draft's sentence.

    A report carrying the draft's very sentence (most of its content words) says what that
    sentence said; its figure in the same place, between the same words, is the number the
    draft changed or kept. A fact-checker takes that over a looser match elsewhere (a bound it
    falls under, a count from another story). Other figures of the same sentence ("187 pupils
    ... and 125 from the primary school") are not counterparts: the words around them differ.
    """
    sentence = text[f.sentence_start : f.sentence_end]
    mine = _context(sentence, f.start - f.sentence_start, f.end - f.sentence_start)
    out = []
    for s in comparable:
        if (value_interval(s.figure) is None or overlap(sentence, s.source.sentence) < SAME_SENTENCE
                or counted_relation(f.counted, s.figure.counted) is None):
            continue
        at = _offset_in(s)
        if at is not None and _context_match(mine, _context(s.source.sentence, at, at + len(s.figure.text))):
            out.append(s)
    return out


def _values_fit(draft: Figure, stored: Figure, *, said: bool = False) -> bool:
    """Whether the draft's value can stand beside a stored counterpart's, given the groups they count.

    The same group must share a possible value ("at least 30" and "at least 50" can both be true),
    or with ``said`` a value both say (:func:`value_interval`: "at least 30" is not what "at least
    50" says); a part of the stored group ("children" of "people") may be
    any number up to the whole's, and a whole any number from the part's up: "40,000 children"
    fits "350,000 people", "400,000 children" does not.
    """
    mine, theirs = value_interval(draft), value_interval(stored)
    relation = counted_relation(draft.counted, stored.counted)
    if mine is None or theirs is None or relation is None:
        return True
    if relation == "part":
        return mine[0] <= theirs[1]
    if relation == "whole":
        return mine[1] >= theirs[0]
    return intervals_overlap(mine, theirs) if said else _both_possible(draft, stored)


def _rounds_bound(f: Figure, sentence: str, stored: StoredFigure) -> bool:
    """Whether the draft's bound rounds a stored one that makes it true ("more than 100" of "more than
    150"), told in a sentence sharing some words: "at least 30 hostages" a day under a truce's terms is
    not made true by "more than 50 hostages" freed since Friday."""
    return bound_implied(stored.figure, f) and overlap(sentence, stored.source.sentence) >= SMALL_OVERLAP


#: Bounds from below ("more than", "at least"); the others bound from above.
_ABOVE = frozenset({"more_than", "at_least"})


def _backs_value(f: Figure, mine: tuple[float, float], sentence: str, stored: StoredFigure) -> bool:
    """Whether a stored figure's value can back the draft's: the values they say overlap, and a bound
    is backed only by a bound at least as strong (:func:`_weaker_bound`), or rounds one (:func:`_rounds_bound`)."""
    theirs = value_interval(stored.figure)
    if theirs is None:
        return False
    overlaps = intervals_overlap(mine, theirs) and not _weaker_bound(f, stored.figure)
    return overlaps or _rounds_bound(f, sentence, stored)


def _weaker_bound(draft: Figure, stored: Figure) -> bool:
    """Whether a stored bound of the draft's direction leaves the draft's bound unproven: "at least 12"
    does not make "at least 15" true, nor "fewer than 40" make "fewer than 30" true, though the
    values they say overlap.

    Backing such a bound takes one inside it (:func:`bound_implied`: "at least 15" backs "at least
    12"), save for the rounding of an exact figure (:data:`EXACT_SLACK`). Bounds of two directions
    meet in the values both say ("more than 14,000" and, days later, "nearly 15,000": a toll
    between them), and a bound beside a count or a range is compared by the values they say.
    """
    if draft.qualifier not in BOUNDS or stored.qualifier not in BOUNDS:
        return False
    if (draft.qualifier in _ABOVE) != (stored.qualifier in _ABOVE):
        return False
    mine, theirs = possible_interval(draft), possible_interval(stored)
    if mine is None or theirs is None:
        return False
    return theirs[0] < mine[0] * (1 - EXACT_SLACK) or theirs[1] > mine[1] * (1 + EXACT_SLACK)


def _both_possible(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true ("more than 100" and "more than 150" can; "nearly 150"
    and "more than 150" cannot): only figures that cannot contradict each other."""
    mine, theirs = possible_interval(a), possible_interval(b)
    return mine is None or theirs is None or intervals_overlap(mine, theirs)


#: A year written in a sentence ("in 2022", "since March 2023"); not part of a longer number ("2,022").
_YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?:19[5-9]\d|20\d\d)(?!\d|,\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
#: "since November" without a year: the last November before publication.
_SINCE_MONTH = re.compile(rf"(?i)\bsince\s+({'|'.join(_MONTHS)})\b(?!\s*,?\s*\d{{4}})")
#: Words that set a claim in the days around its publication ("last week", "on Tuesday", "yesterday").
_RECENT = re.compile(r"(?i)\b(?:last|this|past)\s+(?:week|month|weekend|night)\b|\bthis\s+year\b"
                     r"|\b(?:yesterday|today|overnight)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_LAST_YEAR = re.compile(r"(?i)\blast\s+year\b")
#: A year that opens a period running to the report's day ("since 2022", "since February 2022",
#: "the war that began in 2023"): the claim is about every year from it on.
_START_YEAR = re.compile(r"(?i)\b(?:since|(?:began|started|erupted|broke\s+out)\s+in)\s+(?:[a-z]+\s+){0,2}"
                         r"((?:19[5-9]|20\d)\d)\b")
#: Days before publication a record naming no time may speak of ("killed 500": this year's or last year's toll).
RECORD_REACH_DAYS = 365


def _years_said(sentence: str, published: dt.date | None) -> frozenset[int]:
    """The years a sentence sets its claim in: written ones, "last year", "since November" and
    "since 2022" (running to the publication date); empty when it says nothing of the time."""
    years = {int(y) for y in _YEAR.findall(sentence)}
    if published is not None:
        if _LAST_YEAR.search(sentence):
            years.add(published.year - 1)
        for month in _SINCE_MONTH.findall(sentence):
            start = published.year - (_MONTHS.index(month.lower()) + 1 > published.month)
            years.update(range(start, published.year + 1))
        for start_year in _START_YEAR.findall(sentence):
            years.update(range(int(start_year), published.year + 1))
    return frozenset(years)


def _other_period(sentence: str, day: dt.date | None, f: Figure, stored: StoredFigure) -> bool:
    """Whether the draft dates its claim in years the stored record's period does not touch, or one
    is a running total and the other a count of years it runs beyond (:func:`_total_against_years`).

    "In 2023, 1,000 were killed" is not backed, nor contradicted, by "in 2022, 1,000 were killed";
    nor is "last week" by a record of 2022. A record that names no time speaks of the year before
    its publication at most (:data:`RECORD_REACH_DAYS`). A draft that says nothing of the time is
    compared as before: its time is its publication date.
    """
    if _total_against_years(sentence, day, f, stored):
        return True
    mine = _claim_years(sentence, day)
    if not mine:
        return False
    published = stored.source.published
    theirs = _years_said(stored.source.sentence, published)
    if not theirs and published is not None:
        theirs = frozenset(range((published - dt.timedelta(days=RECORD_REACH_DAYS)).year, published.year + 1))
    return bool(theirs) and not mine & theirs


def _claim_years(sentence: str, day: dt.date | None) -> frozenset[int]:
    """The years a sentence sets its claim in (:func:`_years_said`), or its publication year for words
    of the days around it ("last week", "on Tuesday")."""
    years = _years_said(sentence, day)
    if not years and day is not None and _RECENT.search(sentence):
        return frozenset({day.year})
    return years


def _total_against_years(sentence: str, day: dt.date | None, f: Figure, stored: StoredFigure) -> bool:
    """Whether one figure is a running total and the other a count of named years it runs beyond.

    "In 2024, 1,500 civilians were killed" is one year's count; "10,500 civilians have been killed
    since February 2022" is a total over three years, and "since the war began" over years the
    sentence does not say: neither backs nor contradicts the other, whatever their numbers. A total
    that runs within the count's years ("since January", in a story of that year) is left to the
    comparison of years.
    """
    draft = (sentence, day, _running_total(sentence, f.text, f.start - f.sentence_start))
    theirs = (stored.source.sentence, stored.source.published,
              _running_total(stored.source.sentence, stored.figure.text, _offset_in(stored)))
    for (total, total_day, running), (count, count_day, counted_so) in ((draft, theirs), (theirs, draft)):
        if running and not counted_so:
            years, runs_over = _claim_years(count, count_day), _claim_years(total, total_day)
            if years and not (runs_over and runs_over <= years):
                return True
    return False


def _running_total(sentence: str, figure: str, at: int | None) -> bool:
    """Whether a figure (its text, at offset ``at`` of its sentence) is a running total by the words of
    its clause (:func:`is_running_total`: "since the war began", "so far", "in total"). The figure's own
    words are blanked first: the "least" of "at least 14,000" is no superlative that makes "since" a
    comparison ("the largest since 2022")."""
    if at is None or sentence[at : at + len(figure)] != figure:
        return is_running_total(sentence, figure)
    blank = "0" * len(figure)
    return is_running_total(sentence[:at] + blank + sentence[at + len(figure) :], blank, at)


def _period_words(stored: StoredFigure) -> str:
    """The years a stored record speaks of, for the reason: "2022", else its publication date."""
    years = _years_said(stored.source.sentence, stored.source.published)
    if years:
        return ", ".join(map(str, sorted(years)))
    return f"published {stored.source.published}" if stored.source.published else "undated"


_Context = tuple[list[str], list[str]]


def _offset_in(s: StoredFigure) -> int | None:
    """Where the stored figure's text is in its (stripped) sentence: the occurrence nearest its offset."""
    sentence, needle = s.source.sentence, s.figure.text
    expected = s.figure.start - s.figure.sentence_start
    found = [i for i in range(len(sentence)) if sentence.startswith(needle, i)] if needle else []
    return min(found, key=lambda i: abs(i - expected)) if found else None


def _context(sentence: str, start: int, end: int) -> _Context:
    """Up to :data:`CONTEXT_WORDS` words before (nearest first) and after a span, numbers left out."""
    def words(part: str) -> list[str]:
        return [w.lower() for w in _CONTEXT_WORD.findall(part)]
    return words(sentence[:start])[::-1][:CONTEXT_WORDS], words(sentence[end:])[:CONTEXT_WORDS]


def _is_increment(context: _Context) -> bool:
    """Whether a count adds to a toll ("another 12", "12 more people") by the words next to it."""
    before, after = context
    words = terms()["increment_words"]
    return bool((before and before[0] in words["before"]) or (after and after[0] in words["after"]))


def _context_match(a: _Context, b: _Context) -> bool:
    """Whether two figures stand between the same words (position by position, either side)."""
    same = sum(x == y for side_a, side_b in zip(a, b, strict=True) for x, y in zip(side_a, side_b, strict=False))
    possible = sum(min(len(side_a), len(side_b)) for side_a, side_b in zip(a, b, strict=True))
    return possible > 0 and same / possible >= CONTEXT_MATCH


def _loose_match(f: Figure, stored: Figure) -> bool:
    """Loose twice over: a bound the number only falls under, counting something only as generic.

    "More than 50" (of a "number released") backs neither "61 hostages" nor "50 prisoners":
    either looseness alone is common in honest reporting, both together is a coincidence.
    """
    return not states_figure(stored, f) and not counted_compatible(f.counted, stored.counted, strict=True)


def _far_apart(day: dt.date | None, other: dt.date | None) -> bool:
    """Reports more than :data:`FAR_DAYS` apart: a count they share is a coincidence without shared words.

    "33 hostages" to be freed in a January 2025 truce does not back "at least 30 hostages" in
    a November 2023 one; the October 7 toll restated months later still shares its sentence's words.
    """
    return day is not None and other is not None and abs((day - other).days) > FAR_DAYS


def _coincidence_prone(f: Figure) -> bool:
    """Small counts, durations and ages recur in unrelated sentences: they need shared context."""
    value = f.value if f.value is not None else f.low
    return f.unit is not None or (value is not None and value <= SMALL_NUMBER)


def _agreeing_mark(f: Figure, proposed: bool, sentence: str, agreeing: list[StoredFigure], mark: _MakeMark,
                   day: dt.date | None, own_rivals: Sequence[StoredFigure] = (), said: str | None = None) -> Mark:
    """Verdict for a figure whose value some source gives: check its mood, then its claimant.

    When some sources carry the very sentence (most of its words), they alone decide who said
    it: the same sentence with another source is a swapped claimant, whatever other reports say.
    ``own_rivals`` are same-time figures of the same count from the draft's claimant with another
    value: when no source like the draft's gives its number, the claimant's own other number
    ("the army said 12" against the draft's "the army said 31") contradicts it.
    An offer contradicts a number given as done only if reported on the draft's day or later
    (an offer made on Monday may be carried out by Wednesday). ``said`` is the title the draft's
    claimant was cut from: "WFP chief Cindy McCain" speaks for the WFP, whose record then backs her.
    """
    same_mood = [s for s in agreeing if s.proposed == proposed]
    if not same_mood:
        told_as_offer = [s for s in agreeing if f.category in COUNTING
                         and counted_compatible(f.counted, s.figure.counted, strict=True)]
        current = [s for s in told_as_offer if _not_older(s.source.published, day)]
        if not proposed and current:
            return mark("contradicted", "sources give this number for an offer, demand or plan, "
                        "not for something that happened", current)
        if not proposed and told_as_offer:
            return mark("unsourced", "earlier reports give this number for an offer, demand or plan; "
                        "none says it was carried out", told_as_offer)
        same_mood = agreeing  # the draft offers what sources say was done: not a contradiction
    closest = [s for s in same_mood if overlap(sentence, s.source.sentence) >= SAME_SENTENCE]
    same_mood = closest or same_mood
    if f.claimant is None:
        return _own_voice_mark(f, proposed, same_mood, mark)
    title = _title_of(said, f.claimant)
    matching = [s for s in same_mood if s.figure.claimant is None or _same_claimant(f.claimant, s)
                or _speaks_for(title, s.figure.claimant)]
    if matching:
        return mark("supported", "reports give the same figure from a compatible source", matching)
    agencies = [s for s in same_mood if is_parent_of(f.claimant, s.figure.claimant)
                or is_parent_of(title, s.figure.claimant)]
    if agencies:
        return mark("supported", f"attributed to {f.claimant}, the parent body of "
                    f"{_names_of(agencies)}, which gives the same figure", agencies)
    named = _names_of(same_mood)
    if closest:  # the same sentence, another source: the claimant was changed
        return mark("misattributed", f"attributed to {f.claimant}; the same report gives it as said by {named}",
                    same_mood)
    if own_rivals:
        said = "; ".join(f"{s.figure.text} per {_who(s.source)}" for s in own_rivals[:3])
        return mark("contradicted", f"{f.claimant} gives another value at the same time: {said}; "
                    f"{named} gives this one", [*own_rivals, *same_mood])
    # Two bodies may well give one number: without the same statement, no accusation.
    return mark("unsourced", f"no source gives it as said by {f.claimant}; {named} gives the same value", same_mood)


def _title_of(said: str | None, name: str) -> str | None:
    """The title a claimant's name was cut from, without the name: "WFP chief" of "WFP chief Cindy
    McCain", "UNICEF's executive director" of "Catherine Russell, UNICEF's executive director"."""
    if said is None or name not in said:
        return None
    return said.replace(name, " ").strip(" ,") or None


def _speaks_for(title: str | None, claimant: str | None) -> bool:
    """Whether an official's title names the body of a stored claimant ("WFP chief" for "the World
    Food Programme", "UNICEF spokesperson" for "the UN children's agency"). A title that names no
    body ("spokesman", "the minister") says nothing of whom the official speaks for."""
    key = claimant_key(title)
    return (key is not None and not key.vague and bool(key.words or key.country) and claimant is not None
            and claimants_compatible(title, claimant))


def _named_alike(claimant: str, named_as: str | None) -> bool:
    """Whether the draft's claimant can be the party a stored descriptor claimant stands for ("JNIM" for
    a report's "the jihadist group" that named JNIM before). A draft claimant naming no one is left to
    the comparison with the descriptor as written."""
    key = claimant_key(claimant)
    return named_as is not None and key is not None and not key.vague and claimants_compatible(claimant, named_as)


def _same_claimant(claimant: str, stored: StoredFigure) -> bool:
    """Whether the draft's claimant can be the stored figure's, by its name or by the title the
    name was cut from ("the governor" said what "regional governor Oleksandr Prokudin" said).

    The title must hold every word of the draft's claimant ("the defence minister" is not "Health
    Minister Majed Abu Ramadan"), and only a name cut from the end of its title counts. Only for
    backing a figure: a title is too loose to accuse a draft with.
    """
    if claimants_compatible(claimant, stored.figure.claimant) or _named_alike(claimant, stored.named_as):
        return True
    said, named = stored.said_as, stored.figure.claimant
    if said is None or named is None or not said.endswith(named):
        return False
    mine, title = claimant_key(claimant), claimant_key(said)
    return (mine is not None and title is not None and bool(mine.all_words)
            and mine.all_words <= title.all_words and claimants_compatible(claimant, said))


def _own_voice_mark(f: Figure, proposed: bool, agreeing: list[StoredFigure], mark: _MakeMark) -> Mark:
    """Verdict for a figure the draft states as fact, given sources whose values agree with it.

    Saying it is misattributed accuses the draft of dropping a source, so it needs sources that
    give this very number: "more than 50" (a bound 60 falls under, perhaps reported days
    earlier) does not make "60" the Israeli army's figure. Without such a source the figure is
    only unsourced, with the compatible reports listed. An offer, demand or plan the sources
    also give as one drops no source: "the RSF offered to release 200" names whose offer it is.
    """
    own_voice = [s for s in agreeing if s.figure.claimant is None]
    if own_voice:
        return mark("supported", "reports give the same figure",
                    own_voice + [s for s in agreeing if s not in own_voice])
    stating = [s for s in agreeing if states_figure(s.figure, f)]
    offered = [s for s in stating if proposed and s.proposed]
    if offered:
        return mark("supported", "reports give the same number for the same offer, demand or plan", offered)
    if stating:
        named = _names_of(stating)
        return mark("misattributed", f"stated in the article's own voice; every source attributes it: {named}",
                    stating)
    said = "; ".join(f"{s.figure.text} per {_who(s.source)}" for s in agreeing[:3])
    return mark("unsourced", f"no report gives this number; it is compatible with {said}", agreeing)


def _who(source: Source) -> str:
    return source.claimant or f"{source.outlet or source.doc_id} (own voice)"


def _names_of(stored: Sequence[StoredFigure | StoredAttribution]) -> str:
    """The claimants of some stored records, each once, in order: "UNICEF, the UN refugee agency"."""
    return ", ".join(dict.fromkeys(_who(s.source) for s in stored))


# ---------------------------------------------------------------------- events


def _event_day(event: Event, published: dt.date | None) -> dt.date | None:
    if event.date and len(event.date) >= 10:
        try:
            return dt.date.fromisoformat(event.date[:10])
        except ValueError:
            return published
    return published


def _period_agrees(e: Event, day: dt.date | None) -> bool:
    """An event dated only by year or month ("in 2011") is not one reported on another day."""
    if not e.date or len(e.date) >= 10 or day is None:
        return True
    return day.isoformat().startswith(e.date)


def _same_event(e: Event, sentence: str, figures: tuple[Figure, ...], day: dt.date | None, s: StoredEvent,
                article: frozenset[str] = frozenset()) -> bool:
    """Whether a stored event can be the draft's: same mode, place, target country, time and people counted."""
    g = s.event
    if e.mode and g.mode and e.mode != g.mode:
        return False
    if places_conflict(_places(e), _places(g)) or counts_conflict(figures, s.figures):
        return False
    te = (e.target.country if e.target else None) or country_of(e.target.text if e.target else None)
    tg = (g.target.country if g.target else None) or country_of(g.target.text if g.target else None)
    if te and tg and te != tg:
        return False
    other_day = _event_day(g, s.source.published)
    if not _same_time(day, other_day, EVENT_DAYS) or not _period_agrees(e, other_day):
        return False
    if not _period_agrees(g, day) or not same_story(sentence, s.source.sentence, article, s.source.countries):
        return False
    values = frozenset(f.value for f in figures if f.value is not None)
    return bool(values & s.values) or overlap(sentence, s.source.sentence) >= EVENT_OVERLAP


def _places(event: Event) -> frozenset[str]:
    return frozenset({event.place}) if event.place else frozenset()


def _event_mark(e: Event, draft: Extraction, evidence: Evidence, exclude: Collection[str],
                article: frozenset[str]) -> Mark:
    text = draft.document.text
    sentence = text[e.sentence_start : e.sentence_end]
    figures = event_figures(e, draft)
    day = None if e.date and len(e.date) < 10 else _event_day(e, draft.document.date)
    same = [s for s in evidence.events_of(e.type, exclude)
            if _same_event(e, sentence, figures, day, s, article)]
    detail = f"{e.type}{'/' + e.mode if e.mode else ''} · {e.status}"

    def mark(verdict: Verdict, reason: str, sources: Sequence[StoredEvent] = ()) -> Mark:
        return Mark("event", e.start, e.end, e.text, e.sentence_start, e.sentence_end, verdict, reason,
                    e.claimant, detail, _one_per_sentence(s.source for s in sources))

    if not same:
        return mark("unsourced", "no stored report of this event")
    if is_intent(e.status) or is_doubted(e.status):
        alike = [s for s in same if s.event.status == e.status] or same
        return mark("supported", f"reports of the same event ({_statuses(alike)})", alike)
    return _took_place_mark(sentence, draft.document.date, same, mark)


_MakeEventMark = Callable[[Verdict, str, Sequence[StoredEvent]], Mark]


def _took_place_mark(sentence: str, published: dt.date | None, same: list[StoredEvent],
                     mark: _MakeEventMark) -> Mark:
    """Verdict for an event the draft says took place, given the reports of the same event.

    Reports that carry the draft's very sentence (most of its words) are heard first, and decide
    when they can: when the sentence the draft rewrote says "would free" at the draft's time, a
    "freed" elsewhere in the story is another release. A report of an offer or plan contradicts
    the draft only if it is not older than the draft: an offer reported on Monday may have been
    carried out by Wednesday. So when those reports are all older offers (or there are none),
    the other reports of the event decide: a later "freed" there may be that offer carried out.
    """
    closest = [s for s in same if overlap(sentence, s.source.sentence) >= SAME_SENTENCE]
    for pool in (closest, same):
        realized = [s for s in pool if not (is_intent(s.event.status) or is_doubted(s.event.status))]
        if realized:
            return mark("supported", "reports of the same event say it took place", realized)
        current = [s for s in pool if _not_older(s.source.published, published)]
        if current:
            return mark("contradicted", f"the draft says it took place; sources say {_statuses(current)}",
                        current)
    return mark("unsourced", f"earlier reports give it as {_statuses(same)}; none says it took place since", same)


def _not_older(report: dt.date | None, draft: dt.date | None) -> bool:
    """A report published on the draft's day or later (or either undated) speaks of the draft's time."""
    return report is None or draft is None or report >= draft


def _statuses(reports: Sequence[StoredEvent]) -> str:
    return ", ".join(dict.fromkeys(s.event.status.replace("_", " ") for s in reports))


# ---------------------------------------------------------------------- attributions


def _attribution_mark(a: Attribution, draft: Extraction, evidence: Evidence, exclude: Collection[str]) -> Mark | None:
    """None for attributions to no one in particular (nothing to compare a source with)."""
    key = claimant_key(a.source.text if a.source else None)
    if a.source is None or key is None or key.vague:
        return None
    if len(content_set(a.content.text)) < MIN_CONTENT_WORDS:
        return None
    spans = [x for x in (a.source, a.cue, a.content) if x is not None]
    sentence_start, sentence_end = min(x.start for x in spans), max(x.end for x in spans)
    day = draft.document.date
    counts, places = content_figures(a, draft), content_places(a, draft)
    # The statement's own words tell its war: "told reporters in Geneva" names the speaker's place, not its story.
    story = (a.content.text, article_countries(draft.document.text))
    carrying = [s for s in evidence.attributions_of(exclude)
                if overlap(a.content.text, s.attribution.content.text) >= ATTRIBUTION_OVERLAP
                and _same_time(day, s.source.published, STATEMENT_DAYS) and not _counts_differ(counts, s.counts)
                and not places_conflict(places, s.places)
                and same_story(story[0], s.source.sentence, story[1], s.source.countries)]
    denies = _denies(a)
    same = [s for s in carrying if _denies(s.attribution) == denies]
    opposite = [s for s in carrying if s not in same and s.source.claimant is not None
                and claimants_compatible(a.source.text, s.source.claimant)
                and overlap(a.content.text, s.attribution.content.text) >= DENIAL_OVERLAP]
    start, end = a.content.start, a.content.end

    def mark(verdict: Verdict, reason: str, sources: Sequence[Source] = ()) -> Mark:
        return Mark("attribution", start, end, a.content.text, sentence_start,
                    sentence_end, verdict, reason, a.source.text if a.source else None,
                    f"{a.source.text if a.source else 'someone'} {a.cue.text}", _one_per_sentence(sources))

    if opposite and not any(claimants_compatible(a.source.text, s.source.claimant) for s in same):
        return mark("contradicted", f"this source is on record {'affirming' if denies else 'denying'} it",
                    [s.source for s in opposite])
    speaker = a.source.text  # named: checked above

    def on_record_elsewhere(reason: str) -> Mark:
        elsewhere = _same_source_elsewhere(a, evidence, exclude, day, counts, places, story)
        if elsewhere:
            return mark("supported", f"{speaker} is on record saying this in other reports", elsewhere)
        return mark("unsourced", reason)

    if not same:
        return on_record_elsewhere("no stored report carries this statement, from this source or another")
    named = [s for s in same if s.source.claimant is not None]
    agreeing = [s for s in named if claimants_compatible(a.source.text, s.source.claimant)
                or _named_alike(a.source.text, s.named_as)]
    agencies = [s for s in named if is_parent_of(speaker, s.source.claimant)]
    # The parent quoted with other numbers than its agency's statement misquotes it, as its own would.
    misquoted = _other_numbers(a.content.text, counts, agreeing + agencies, day)
    if misquoted:
        said = "; ".join(f"{s.source.text!r}" for s in misquoted[:2])
        return mark("contradicted", f"the same statement from this source, reported at the same time, "
                    f"gives other numbers: {said}", [s.source for s in misquoted])
    if agreeing or not named:
        return mark("supported", "reports carry the same statement from this source",
                    [s.source for s in agreeing or same])
    if agencies:
        return mark("supported", f"attributed to {speaker}, the parent body of {_names_of(agencies)}, "
                    "which made the statement", [s.source for s in agencies])
    # Another source's "more than 70 wounded" is its own count, not the draft's "more than 100" misattributed.
    named = [s for s in named if not _gives_other_numbers(a.content.text, counts, s)]
    if not named:
        return on_record_elsewhere("other sources make this statement, with other numbers")
    who = ", ".join(dict.fromkeys(s.source.claimant or "" for s in named))
    return mark("misattributed", f"reports give this statement as said by {who}", [s.source for s in named])


def _denies(a: Attribution) -> bool:
    """Whether the source says the content is not so: a denying cue, or a negated content, not both.

    "denied that it held 150 fighters" and "said it was not holding 150 fighters" say the same.
    """
    return is_denial(a.cue.text) != bool(_NEGATION.search(a.content.text))


def _other_numbers(content: str, counts: Sequence[Figure], agreeing: list[StoredAttribution],
                   day: dt.date | None) -> list[StoredAttribution]:
    """Same-time reports of the statement that put other numbers where the draft has its own.

    A quote is the source's words: "13 Israelis, 10 Thais and one Filipino" quoted as "... and 2
    Filipino" is not what was said, even when no figure was read from it. Only a substitution
    counts (see :func:`_gives_other_numbers`), and only when no report of the same statement
    carries the draft's numbers: a report that quotes less, or adds a number, does not contradict it.
    """
    if not numbers_in(content):
        return []
    if any(not _numbers_missing(content, s.attribution.content.text, s.counts, STATING) for s in agreeing):
        return []
    return [s for s in agreeing if _same_time(day, s.source.published) and _gives_other_numbers(content, counts, s)]


def _gives_other_numbers(content: str, counts: Sequence[Figure], stored: StoredAttribution) -> bool:
    """Whether a stored statement swaps a number of the draft's for another: each side has a number the
    other neither states nor allows.

    The draft may round what was said: "more than 50" or "about 50" for a statement of 51 is no
    other number (:data:`ROUNDING`). The source's own bound states no number inside it: "passed
    28,000" quoted as "passed 29,000", or as "15,000" for "more than 14,000", is (:data:`STATING`).
    A range's ends are numbers of their own: "between 23 and 41" is not "between 24 and 40".
    """
    theirs = stored.attribution.content.text
    return (_numbers_missing(content, theirs, stored.counts, STATING)
            and _numbers_missing(theirs, content, counts, ROUNDING))


#: Qualifiers of a figure whose interval gives the numbers inside it ("about 150" gives 153).
STATING = frozenset({"exact", "approx"})
#: Qualifiers by which a draft may round a stated number: a bound too ("more than 50" for 51).
ROUNDING = STATING | BOUNDS


def _numbers_missing(text: str, other: str, other_figures: Sequence[Figure], qualifiers: frozenset[str]) -> bool:
    """Whether ``text`` states a number that ``other`` neither states nor allows (by the intervals of
    its figures with one of ``qualifiers``)."""
    stated = numbers_in(other)
    allowed = [iv for f in other_figures if f.value is not None and f.qualifier in qualifiers
               and (iv := value_interval(f)) is not None]
    return any(n not in stated and not any(low <= n <= high for low, high in allowed) for n in numbers_in(text))


def _counts_differ(mine: Sequence[Figure], theirs: Sequence[Figure]) -> bool:
    """Whether two statements give one number for different things: "seven killed" / "seven wounded",
    "released 60 soldiers" / "released 60 civilians".

    Such statements share nearly every word and are still not the same: the other count is not
    a contradiction either (both may be true), so the statement is simply not carried.
    """
    shared = {f.value for f in mine if f.value is not None} & {g.value for g in theirs}
    return any(_other_count([f for f in mine if f.value == value], [g for g in theirs if g.value == value])
               for value in shared)


def _other_count(mine: list[Figure], theirs: list[Figure]) -> bool:
    """Whether figures of one value count something else: another category, other people, or a part
    where the other counts the whole ("10,000 women" / "10,000 people"): a number of one level is
    not said of the other, as for figures (:func:`_other_level`)."""
    return (not {f.category for f in mine} & {g.category for g in theirs} or counts_conflict(mine, theirs)
            or all(_other_level(f, g) for f in mine for g in theirs))


def _same_source_elsewhere(a: Attribution, evidence: Evidence, exclude: Collection[str],
                           day: dt.date | None, counts: Sequence[Figure] = (),
                           places: frozenset[str] = frozenset(),
                           story: tuple[str, frozenset[str]] = ("", frozenset())) -> list[Source]:
    """Statements of the same named source in other reports that share much of the draft's content.

    A source quoted in other words by another outlet still said it: half the overlap a
    same-statement match needs is enough when the source is the same (by its distinctive words).
    Its denial of the content is not saying it, nor is its statement about another country's war
    (``story``: the draft's statement and the countries its article names).
    """
    if a.source is None:
        return []
    key = claimant_key(a.source.text)
    if key is None or not key.words:
        return []
    return [s.source for s in evidence.attributions_of(exclude)
            if s.source.claimant is not None and (claimant_key(s.source.claimant) or key).words & key.words
            and overlap(a.content.text, s.attribution.content.text) >= SAME_SOURCE_OVERLAP
            and _denies(s.attribution) == _denies(a) and not _counts_differ(counts, s.counts)
            and not _gives_other_numbers(a.content.text, counts, s)
            and not places_conflict(places, s.places) and _same_time(day, s.source.published, STATEMENT_DAYS)
            and same_story(story[0], s.source.sentence, story[1], s.source.countries)][:6]
