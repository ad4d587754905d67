"""The templates of the brief: from ledger lines, truce lines and figure series to cited statements.

Each ``_..._statements`` function turns one kind of record into :class:`Statement` objects. A
statement keeps, beside its text, the numbers of the references it cites and its *quotes*: each
number, counted noun and claimant it contains, with the reference that gives it, so anyone (and
the tests) can verify that the records say what the brief says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from parley.brief._grammar import be, capitalise, day, in_sentence, join
from parley.brief._guards import (
    exchange_sides,
    is_common_word,
    is_running_total,
    names_people,
    per_side,
    shows_action,
    superlative_partitive,
)
from parley.extract.dates import as_day, find_dates
from parley.reconcile import CaptiveLine, Conflict, Series, SourceRef, TruceLine
from parley.reconcile.reports import captive_kind

__all__ = ["Citations", "FigureQuote", "Quote", "Reference", "Section", "Statement", "compose", "place_filter"]

_CASUALTY_CATEGORIES = ("killed", "injured", "missing", "displaced")
_STATUS_VERB = {
    "happened": "was reported", "ongoing": "was under way", "offered": "was offered", "demanded": "was demanded",
    "planned": "was planned but not yet carried out", "refused": "was refused", "alleged": "was alleged",
    "under_investigation": "was under investigation", "denied": "was denied",
    "hypothetical": "was discussed as a possibility",
}
_STAGE_SUBJECT = {
    "agreement": "A truce agreement", "start": "The start of a truce", "extension": "An extension of the truce",
    "end": "The end of the truce", "breach": "A breach of the truce", "mention": "A truce",
}
_ACTION = {"released": "released", "taken": "taken captive", "held": "held",
           "remains returned": "returned", "remains held": "held", "remains taken": "taken"}
#: Words by which a sentence says a plan was agreed between sides ("agreed to exchange", "under a deal").
#: Without one, a plan is only planned: "said they would declare a ceasefire" is no agreement, nor is
#: the bare infinitive "expected to agree".
_AGREEMENT = re.compile(r"(?i)\b(?:agreed|agrees|agreement|deal|accord|pact|brokered)\b")
_AGREED_PLAN = "was agreed but not yet carried out"


@dataclass(frozen=True)
class Reference:
    """One cited record's article and sentence."""

    number: int
    doc_id: str
    outlet: str | None
    published: dt.date | None
    sentence: str
    claimant: str | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"number": self.number, "doc_id": self.doc_id, "outlet": self.outlet,
                "published": self.published.isoformat() if self.published else None,
                "sentence": self.sentence, "claimant": self.claimant}


@dataclass(frozen=True)
class Quote:
    """A piece of a statement as its reference wrote it: in the cited sentence, or in the document."""

    reference: int
    text: str
    scope: str = "sentence"  # "sentence" | "document" (claimants resolved from earlier sentences)


@dataclass(frozen=True)
class FigureQuote:
    """A figure a statement names: its number and counted noun, both written in one cited sentence."""

    reference: int
    count: str
    counted: str


@dataclass(frozen=True)
class Statement:
    """One sentence of the brief with the references it cites and what it quotes from them."""

    text: str
    refs: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()
    figures: tuple[FigureQuote, ...] = ()

    def cited(self) -> str:
        """The sentence with its citation marks: '... according to X [1][2].'"""
        marks = "".join(f"[{n}]" for n in self.refs)
        return f"{self.text.rstrip('.')} {marks}."

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"text": self.cited(), "refs": list(self.refs),
                "quotes": [{"reference": q.reference, "text": q.text, "scope": q.scope} for q in self.quotes],
                "figures": [{"reference": f.reference, "count": f.count, "counted": f.counted}
                            for f in self.figures]}


@dataclass
class Section:
    """A heading and its statements."""

    heading: str
    statements: list[Statement] = field(default_factory=list)


_VAGUE = re.compile(r"^(?:hundreds|thousands|dozens|scores|tens|millions)$", re.I)
_NOT_PEOPLE = frozenset({"they", "them", "she", "he", "her", "him", "it", "we", "us", "number", "total", "how"})


def _names_people(phrase: str) -> bool:
    """A phrase fit to write as who is counted or who acts ("Palestinian prisoners", "the junta"), not a
    pronoun or "number": "released by them" or "a truce between it and" would name no one."""
    words = [w for w in phrase.split() if not (w.isupper() and len(w) > 1)]  # "US" is a country, not "us"
    ends = {words[0].lower(), words[-1].lower()} if words else set()
    return bool(phrase.split()) and not ends & _NOT_PEOPLE


class Citations:
    """Numbers references in order of first citation; one number per (document, sentence)."""

    def __init__(self) -> None:
        self.references: list[Reference] = []
        self._numbers: dict[tuple[str, str], int] = {}

    @classmethod
    def continuing(cls, references: Iterable[Reference]) -> Citations:
        """Citations that go on numbering after ``references`` (statements added to a written brief)."""
        citations = cls()
        for reference in references:
            citations.references.append(reference)
            citations._numbers[(reference.doc_id, reference.sentence)] = reference.number
        return citations

    def cite(self, source: SourceRef) -> int:
        key = (source.doc_id, source.sentence.strip())
        if key not in self._numbers:
            self._numbers[key] = len(self.references) + 1
            self.references.append(Reference(self._numbers[key], source.doc_id, source.outlet, source.published,
                                             source.sentence.strip(), source.claimant))
        return self._numbers[key]


def compose(topic: str, material: Any, texts: dict[str, str], *, place: str | None,
            skip: set[str]) -> tuple[list[Section], list[Reference]]:
    """Sections and references of the brief on one topic."""
    citations = Citations()
    writer = _Writer(citations, texts)
    keep = place_filter(place, skip)
    if topic == "captives":
        from parley.reconcile import captives

        lines, _ = captives(material)
        kept = [ln for ln in lines if keep(ln.source, None) and not denied(ln)]
        lines = [ln for ln in kept if supported_line(ln)]
        remains = remains_priced(kept, lines)
        writer.paired = _paired(lines + remains)
        done = [ln for ln in lines if not ln.proposed and not price_of_offer(ln, lines)]
        totals = [ln for ln in done if running_total(ln)]
        sections = [Section("What happened", writer.captive_statements([ln for ln in done if ln not in totals])),
                    Section("Running totals (over several days; not comparable with one day's count)",
                            writer.captive_statements(totals, running=True)),
                    Section("Exchanges", writer.exchange_statements(lines + remains)),
                    Section("Offered, demanded or planned — not carried out",
                            writer.captive_statements([ln for ln in lines if ln.proposed]))]
    elif topic == "truce":
        from parley.reconcile import truces

        tlines = [ln for ln in truces(material) if keep(ln.source, ln.place)]
        sections = [Section("What happened", writer.truce_statements([ln for ln in tlines if not ln.proposed])),
                    Section("Offered, demanded or planned — not carried out",
                            writer.truce_statements([ln for ln in tlines if ln.proposed]))]
    else:
        from parley.reconcile import conflicts, figure_series

        series = [s for s in figure_series(material) if s.category in _CASUALTY_CATEGORIES
                  and any(keep(p.source, s.place) for p in s.points)]
        sections = [Section("Figures by claimant", writer.series_statements(series)),
                    Section("Where sources disagree", writer.conflict_statements(conflicts(series)))]
    return [s for s in sections if s.statements], citations.references


def supported_line(ln: CaptiveLine) -> bool:
    """Whether a ledger line's own sentence supports a sentence about captives (see :mod:`._guards`).

    The captives are people; the count is not "one of the largest ..."; the sentence says they
    were taken, held or released, unless the line is a part of a group ("13 of them were
    Israeli citizens"), which the brief writes as the group's make-up, not as a movement.
    """
    sentence = ln.source.sentence
    if ln.captives is None or not names_people(ln.captives):
        return False
    if superlative_partitive(sentence, ln.count):
        return False
    return bool(_part_of(ln)) or shows_action(sentence, ln.action)


def remains_priced(lines: list[CaptiveLine], captives: list[CaptiveLine]) -> list[CaptiveLine]:
    """Returns of remains that are one side of an exchange whose other side is a supported release of
    captives ("757 prisoners for the bodies of 43 soldiers"): the brief writes them only there, as the
    remains of people, never as captives released."""
    priced = {ln.exchange for ln in captives if ln.exchange}
    return [ln for ln in lines if ln.action == "remains returned" and ln.exchange in priced
            and names_people(ln.captives)]


def denied(ln: CaptiveLine) -> bool:
    """A line its own source denies ("the group denied abducting the students"): no capture to write.

    The ledger keeps a denial as a line that took place; written as one, it would read "students
    were taken captive, according to" the very group that denies it. The brief tells the denial
    as its source put it instead (:mod:`parley.brief._disputes`).
    """
    return ln.status == "denied"


def price_of_offer(ln: CaptiveLine, lines: list[CaptiveLine]) -> bool:
    """A release given as done that is only the price asked in an offered exchange.

    "The RSF offered to release 200 soldiers in exchange for 150 of its fighters": the ledger
    may read the 150 (which no event of its own points to) as released. Both releases are
    proposed; the brief writes the offer and must not write its price as a release that
    happened. Only a count standing right after "exchange for" in a sentence that also offers
    a counted release is taken for a price.
    """
    if ln.proposed or ln.action != "released" or not ln.count:
        return False
    sentence = ln.source.sentence
    if not re.search(rf"\bexchange\s+for\s+{re.escape(ln.count)}\b", sentence):
        return False
    return any(o.proposed and o.action == "released" and o.count and o.source.doc_id == ln.source.doc_id
               and o.source.sentence == sentence for o in lines)


def running_total(ln: CaptiveLine) -> bool:
    """A running total by the ledger's own flag or by a cue in the count's clause of the sentence."""
    if getattr(ln, "cumulative", False):
        return True
    position = getattr(ln, "position", None)
    if ln.count and (position is None or ln.source.sentence[position:position + len(ln.count)] != ln.count):
        position = None
    return is_running_total(ln.source.sentence, ln.count, position, ln.action)


def _rough(ln: CaptiveLine) -> bool:
    """A count no ratio can be worked out from: "hundreds", "about 240" (1:6.1 would be invented precision)."""
    return ln.approx or bool(ln.count and _VAGUE.match(ln.count))


def _line_day(ln: CaptiveLine) -> str:
    """When a capture or release took place, or only when it was reported if no text says when.

    The ledger falls back on the publication day; "taken captive on 16 October" from a report
    of 16 October that never says when they were detained would date the capture wrongly.
    A holding is a state on the day of its report, so its day stays as it is.
    """
    return _day_or_reported(ln.day, ln.day_exact or ln.action == "held")


def _day_or_reported(value: dt.date | None, exact: bool) -> str:
    """'on 3 May 2025' for a day the text gives, '(reported on 3 May 2025)' for a publication day."""
    when = day(value)
    return when if not when or exact else f"(reported {when})"


def _truce_day(ln: TruceLine) -> str:
    """The day of a truce's stage, or only when it was reported where the tracker fell back on that.

    The tracker dates a stage by its cue, its event, else the publication day; a day that is its
    report's day and that no date written in the sentence gives ("from Tuesday" is another day)
    is no day of the stage, and "was planned on 20 February" would read as the day the plan was
    made. "Was reported on" already says it is a report's day.
    """
    published = ln.source.published
    if ln.status == "happened" or ln.day is None or ln.day != published:
        return day(ln.day)
    written = {as_day(m.iso) for m in find_dates(ln.source.sentence, published)}
    return _day_or_reported(ln.day, ln.day in written)


def _still_to_come(ln: TruceLine) -> bool:
    """Whether a planned stage is dated after its report ("due to end on Saturday" in a Thursday
    story): "was planned but not yet carried out on 19 April" would read as a plan made that day,
    so the brief says the stage was expected then and when that was reported. Only a plan: an
    offered truce "from 8 May" is an offer, not an expectation."""
    published = ln.source.published
    return ln.status == "planned" and ln.day is not None and published is not None and ln.day > published


def _status_verb(status: str, sentence: str) -> str:
    """How a status reads; a plan is "agreed" only where its sentence (or, for a merged line, one of
    its reports' sentences, joined) says an agreement was made."""
    if status == "planned" and _AGREEMENT.search(sentence):
        return _AGREED_PLAN
    return _STATUS_VERB.get(status, "was reported")


def _part_of(ln: CaptiveLine) -> str | None:
    """The group a count is a part of, where the ledger knows it (absent in older ledgers)."""
    value = getattr(ln, "part_of", None)
    return value if isinstance(value, str) and value else None


def _sources(lines: Iterable[CaptiveLine]) -> list[SourceRef]:
    """Every report of the lines (the ledger's merged reports too), each once, in order."""
    return _once(source for ln in lines for source in (ln.source, *getattr(ln, "also", ())))


def _once(sources: Iterable[SourceRef]) -> list[SourceRef]:
    """The reports with each (document, sentence) kept once, in order."""
    out: dict[tuple[str, str], SourceRef] = {}
    for source in sources:
        out.setdefault((source.doc_id, source.sentence.strip()), source)
    return list(out.values())


def _exchange_sources(a: CaptiveLine, b: CaptiveLine) -> list[SourceRef]:
    """The reports of an exchange: its two sides' own, and any other report that tells both sides
    (its sentence is among the merged reports of each), so a second outlet's account of the same
    swap is cited; a report of one side's release alone tells no exchange and is not."""
    of_b = {(s.doc_id, s.sentence.strip()) for s in _sources([b])}
    return _once([a.source, b.source, *(s for s in _sources([a]) if (s.doc_id, s.sentence.strip()) in of_b)])


def _length_quote(length: str, sentence: str) -> str:
    """What a truce length quotes: its number ("two" of "two weeks"), or the whole length where an article
    stands for the number ("by a month"), as quoting a bare "a" would back nothing."""
    if re.match(r"(?i)(?:an?|another)\b", length) and length in sentence:
        return length
    return length.rsplit(" ", 1)[0]


def _is_remains(ln: CaptiveLine) -> bool:
    """A line of bodies, not of living captives: a ratio of the living to the dead is no price to print."""
    return ln.action.startswith("remains")


def _paired(lines: list[CaptiveLine]) -> set[str]:
    """Exchange ids with both sides in the ledger (the Exchanges section writes those)."""
    sides: dict[str, int] = {}
    for ln in lines:
        if ln.exchange:
            sides[ln.exchange] = sides.get(ln.exchange, 0) + 1
    return {x for x, n in sides.items() if n == 2}


_QUALIFIED = re.compile(r"(?i)(?:at|about|around|more|over|nearly|almost|roughly|some|up|less|fewer|an?|the)\b")


#: A counted phrase opening with a possessive takes "of" after its number: "150 of its fighters".
_POSSESSIVE = re.compile(r"(?i)(?:its|their|his|her|our|my|your)\b")


def _article_as_written(phrase: str, sentence: str) -> str:
    """'the ' where the sentence writes the phrase after 'the' ("released by the army"), else ''."""
    return "the " if re.search(rf"(?i)\bthe\s+{re.escape(phrase)}", sentence) else ""


#: Words of a counted phrase that already say its casualty category ("wounded people" are injured).
_CATEGORY_WORDS = {"injured": {"injured", "wounded"}, "killed": {"killed", "dead"},
                   "missing": {"missing"}, "displaced": {"displaced"}}


def _says_category(counted: str, category: str) -> bool:
    """'The number of wounded people' needs no 'injured' after it: 'wounded people injured' is no English."""
    return bool(_CATEGORY_WORDS.get(category, set()) & set(counted.lower().split()))


def _the(phrase: str) -> str:
    """'the ' before a group written without a qualifier or article ('the 24 hostages')."""
    return "" if _QUALIFIED.match(phrase) else "the "


def _lower_word(count: str) -> str:
    """'Seventeen' → 'seventeen' inside a sentence (a number in figures stays as written)."""
    return count[:1].lower() + count[1:] if count[:1].isupper() and count.split()[0].isalpha() else count


def _only_opens_sentences(phrase: str, text: str) -> bool:
    """Whether every place ``phrase`` is written in ``text`` opens a sentence (or follows a dateline's dash)."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    return bool(starts) and all(re.search(r"(?:^|[.!?:\-–—][\"'”’]?)\s*$", text[:i]) for i in starts)


def place_filter(place: str | None, skip: set[str]) -> Callable[[SourceRef, str | None], bool]:
    """Whether a record is in the brief: not a skipped article, and at the place asked for (if any)."""
    def keep(source: SourceRef, written_place: str | None) -> bool:
        if source.doc_id in skip:
            return False
        if not place:
            return True
        wanted = place.lower()
        return wanted in (written_place or "").lower() or wanted in source.sentence.lower()

    return keep


def _told_in_exchange(ln: CaptiveLine, paired: set[str] | None = None) -> bool:
    """A release told as one side of an exchange both of whose sides the ledger has."""
    return paired is not None and ln.exchange in paired and exchange_sides(ln.source.sentence, ln.by) is not None


class _Writer:
    """Fills the templates; every claimant and quote goes through :meth:`according`."""

    def __init__(self, citations: Citations, texts: dict[str, str]) -> None:
        self.citations = citations
        self.texts = texts
        self.paired: set[str] = set()

    def according(self, sources: Iterable[SourceRef]) -> tuple[str, list[int], list[Quote]]:
        """'according to A [1] and B [2]' without the marks, the reference numbers, and the quotes."""
        names: dict[str, list[int]] = {}
        refs: list[int] = []
        quotes: list[Quote] = []
        for source in sources:
            n = self.citations.cite(source)
            refs.append(n)
            who = self._who(source)
            names.setdefault(who, []).append(n)
            if source.claimant and source.claimant in self.texts.get(source.doc_id, ""):
                quotes.append(Quote(n, source.claimant, "document"))
        return "according to " + join(list(names)), sorted(set(refs)), quotes

    def _who(self, source: SourceRef) -> str:
        """The claimant as it reads inside a sentence ("The Gaza Government Media Office" is "the ...").

        A claimant only ever written at the start of a sentence may owe its capital to that place
        ("Witnesses said"); one written capitalised mid-sentence is a name and keeps it.
        """
        if source.claimant:
            return self.inside(source.claimant, source)
        return f"{source.outlet}'s own report" if source.outlet else "a report that names no source"

    def inside(self, phrase: str, source: SourceRef) -> str:
        """A phrase of the source as it reads inside the brief's sentence: "Gunmen said" → "by gunmen".

        A common word owes its capital to opening its sentence only where the article never writes
        it capitalised mid-sentence; otherwise the capital is the source's own and is kept.
        """
        opens = _only_opens_sentences(phrase, self.texts.get(source.doc_id, source.sentence))
        return in_sentence(phrase, is_common_word if opens else None)

    def quote(self, n: int, text: str | None, sentence: str) -> list[Quote]:
        return [Quote(n, text)] if text and text in sentence else []

    # ------------------------------------------------------------------ captives

    def captive_statements(self, lines: list[CaptiveLine], *, running: bool = False) -> list[Statement]:
        """Statements on what happened to captives; ``running`` writes running totals as such."""
        parts = [ln for ln in lines if _part_of(ln)]
        groups: dict[tuple[object, ...], list[CaptiveLine]] = {}
        for ln in lines:
            if _part_of(ln) or _told_in_exchange(ln, self.paired):
                continue
            key = (ln.incident or f"{ln.source.doc_id}:{ln.sentence_start}:{ln.count}", ln.action, ln.status,
                   captive_kind(ln.captives) or ln.captive_side, ln.day,  # a disagreement is about one day
                   ln.every)  # a rate ("20 each week") is no rival count of one release
            groups.setdefault(key, []).append(ln)
        out = []
        for group in groups.values():
            counted = [ln for ln in group if ln.count] or group  # a report with no number disputes none
            by_value: dict[float | None, list[CaptiveLine]] = {}
            for ln in counted:
                by_value.setdefault(ln.value, []).append(ln)
            if len(by_value) == 1:
                out.append(self._captive_group(counted, running))
            else:
                out.append(self._contested_captives(list(by_value.values()), running))
        out += self._compositions(parts, lines)
        return out

    def _what(self, ln: CaptiveLine) -> tuple[str, list[Quote], list[FigureQuote]]:
        n = self.citations.cite(ln.source)
        sentence = ln.source.sentence
        named = ln.captives if ln.captives and ln.captives in sentence and names_people(ln.captives) else None
        captives = named or "captives"
        quotes = self.quote(n, ln.count, sentence) + self.quote(n, named, sentence)
        if ln.count and ln.count in sentence:
            of = " of" if _VAGUE.match(ln.count) or _POSSESSIVE.match(captives) else ""
            figure = [FigureQuote(n, ln.count, named)] if named else []
            each = " each" if per_side(sentence, ln.count, named, ln.position) else ""
            return f"{ln.count}{of} {captives}{each}", quotes, figure
        if named:  # "the crew", as the sentence wrote it: "Crew were released" is no English
            return f"{_article_as_written(named, sentence)}{self.inside(named, ln.source)}", quotes, []
        return captives, quotes, []

    def _captive_group(self, group: list[CaptiveLine], running: bool = False) -> Statement:
        first = group[0]
        what, quotes, figures = self._what(first)
        by = ""
        sides = exchange_sides(first.source.sentence, first.by)
        n = self.citations.cite(first.source)
        if running:
            sides = None
        elif sides is not None and first.action == "released" and not first.proposed:
            by = f" between {sides[0]} and {sides[1]}" if sides[0] else ""  # "exchanged in an exchange" repeats
            quotes += [Quote(n, side) for side in sides if side]
        elif first.by and first.by in first.source.sentence and _names_people(first.by) \
                and first.action != "held" and not running:  # "released by they" names no one
            by = f" by {_article_as_written(first.by, first.source.sentence)}{self.inside(first.by, first.source)}"
            quotes += self.quote(n, first.by, first.source.sentence)
        when = day(first.day) if running else _line_day(first)  # a total is given on the day it is reported
        every, every_quotes = self._every(first, n)
        quotes += every_quotes
        according, refs, claim_quotes = self.according(_sources(group))
        if running:
            text = f"A running total of {what} {_ACTION[first.action]} was given{' ' + when if when else ''}, " \
                   f"{according}."
        elif first.proposed:
            verb = _status_verb(first.status, " ".join(source.sentence for source in _sources(group)))
            demander, demander_quotes = self._demander(first, n)
            quotes += demander_quotes
            text = f"The {'release' if first.action == 'released' else 'taking'} of {what}{every}{by} " \
                   f"{verb}{demander}{' ' + when if when else ''}, {according}."
        else:
            action = "exchanged" if sides is not None and first.action == "released" else _ACTION[first.action]
            verb = f"{be(first.value, first.count, subject=what)} {action}"
            text = f"{capitalise(what)} {verb}{by}{every}{' ' + when if when else ''}, {according}."
        return Statement(text, tuple(refs), tuple(quotes + claim_quotes), tuple(figures))

    def _every(self, ln: CaptiveLine, n: int) -> tuple[str, list[Quote]]:
        """" each week" for a recurring count, as its sentence writes the period: without it, "20
        prisoners were released" would read as one release of 20."""
        every = ln.every
        if not every or every not in ln.source.sentence:
            return "", []
        return f" {every}", self.quote(n, every, ln.source.sentence)

    def _demander(self, ln: CaptiveLine, n: int) -> tuple[str, list[Quote]]:
        """" by Hamas" after "was demanded", naming who demanded a release as its sentence writes it."""
        demander = ln.demanded_by
        sentence = ln.source.sentence
        if ln.status != "demanded" or not demander or demander not in sentence or not _names_people(demander):
            return "", []
        return f" by {_article_as_written(demander, sentence)}{self.inside(demander, ln.source)}", \
            self.quote(n, demander, sentence)

    def _contested_captives(self, by_value: list[list[CaptiveLine]], running: bool = False) -> Statement:
        """Different numbers for one movement, one part per value; equal values are agreement."""
        first = by_value[0][0]
        parts, refs, quotes, figures = [], [], [], []
        for lines in by_value:
            ln = lines[0]
            self.citations.cite(ln.source)  # the line's own report is numbered first
            according, numbers, claim_quotes = self.according(_sources(lines))
            what, what_quotes, what_figures = self._what(ln)  # the number with what it counts
            parts.append(f"{what} {according}")
            refs += numbers
            quotes += what_quotes + claim_quotes
            figures += what_figures
        action = _ACTION[first.action] + ("" if not first.proposed else f" ({first.status})")
        when = day(first.day) if running else _line_day(first)
        kind = "running totals" if running else "numbers"
        text = f"Reports give different {kind} of captives {action}{' ' + when if when else ''}: {'; '.join(parts)}."
        return Statement(text, tuple(sorted(set(refs))), tuple(quotes), tuple(figures))

    def _compositions(self, parts: list[CaptiveLine], lines: list[CaptiveLine]) -> list[Statement]:
        """'Of the 24 hostages released, 13 were Israeli citizens and 10 were Thai nationals.'

        A count that is a part of a group named before ("13 of them were Israeli citizens") says
        who was in the group, not a movement of its own; it is written as such, citing the
        part's sentence (and the document that names the group).
        """
        groups: dict[tuple[str, str, str], list[CaptiveLine]] = {}
        for ln in parts:
            groups.setdefault((ln.source.doc_id, _part_of(ln) or "", ln.source.sentence), []).append(ln)
        parents = {(ln.source.doc_id, f"{ln.count} {ln.captives}"): ln for ln in lines if ln.count}
        out = []
        for (doc_id, whole, _), group in groups.items():
            first = group[0]
            n = self.citations.cite(first.source)
            parent = parents.get((doc_id, whole))
            in_text = whole in self.texts.get(doc_id, "")
            quotes = [Quote(n, whole, "document")] if in_text else []
            head = f"{_the(whole)}{whole}" if in_text else "those"
            pieces, figures = [], []
            same_action = parent is None or parent.action == first.action
            for ln in group:
                if not ln.count or ln.count not in ln.source.sentence:
                    continue
                quotes += self.quote(n, ln.count, ln.source.sentence)
                count = _lower_word(ln.count)
                named = ln.captives if ln.captives and ln.captives in ln.source.sentence else None
                if same_action and named and names_people(named):
                    pieces.append(f"{count} {be(ln.value, ln.count)} {named}")
                    quotes += [Quote(n, named)]
                    figures.append(FigureQuote(n, ln.count, named))
                else:
                    pieces.append(f"{count} {be(ln.value, ln.count)} {_ACTION[ln.action]}")
            if not pieces:
                continue
            action = f" {_ACTION[(parent or first).action]}"
            when = day(first.day) if same_action else ""
            according, refs, claim_quotes = self.according([first.source])
            text = f"Of {head}{action}{' ' + when if when else ''}, {join(pieces)}, {according}."
            out.append(Statement(text, tuple(refs), tuple(quotes + claim_quotes), tuple(figures)))
        return out

    def exchange_statements(self, lines: list[CaptiveLine]) -> list[Statement]:
        pairs: dict[str, list[CaptiveLine]] = {}
        for ln in lines:
            if ln.exchange:
                pairs.setdefault(ln.exchange, []).append(ln)
        out = []
        for pair in pairs.values():
            if len(pair) != 2 or not all(names_people(ln.captives) for ln in pair):
                continue
            a, b = sorted(pair, key=_is_remains)  # captives first: "N prisoners for the remains of M"
            what_a, qa, fa = self._what(a)
            what_b, qb, fb = self._what(b)
            if _is_remains(b):
                what_b = f"the remains of {what_b}"
            according, refs, claim_quotes = self.according(_exchange_sources(a, b))
            ratio = f", a ratio of {a.ratio}" if a.ratio and not (_rough(a) or _rough(b) or _is_remains(b)) else ""
            if a.proposed:
                text = f"An exchange of {what_a} for {what_b}{ratio}{',' if ratio else ''} " \
                       f"{_status_verb(a.status, a.source.sentence)}, " \
                       f"{according}."
            else:
                text = f"{capitalise(what_a)} {be(a.value, a.count)} exchanged for {what_b}{ratio}, {according}."
            out.append(Statement(text, tuple(refs), tuple(qa + qb + claim_quotes), tuple(fa + fb)))
        return out

    # ------------------------------------------------------------------ truce

    def truce_statements(self, lines: list[TruceLine]) -> list[Statement]:
        out = []
        for ln in lines:
            n = self.citations.cite(ln.source)
            sentence = ln.source.sentence
            quotes: list[Quote] = []
            subject = _STAGE_SUBJECT.get(ln.stage, "A truce")
            parties = [p.strip() for p in (ln.parties or "").split("/")
                       if p.strip() in sentence and _names_people(p.strip())]  # "between it and" names no one
            if len(parties) == 2:
                subject += f" between {parties[0]} and {parties[1]}"
                quotes += [Quote(n, p) for p in parties]
            lengths = [x for x in (ln.length or "").split(", ") if x and x.rsplit(" ", 1)[0] in sentence]
            if lengths:
                subject += f" of {join(lengths)}"
                quotes += [Quote(n, _length_quote(x, sentence)) for x in lengths]
            when = _truce_day(ln)
            according, refs, claim_quotes = self.according([ln.source])
            verb = _status_verb(ln.status, sentence)
            if ln.stage == "holding" and ln.status == "happened":  # "A truce was reported" hides that it held
                verb = "was reported to be holding"
            if _still_to_come(ln):
                verb, when = "was expected", f"{when} (reported {day(ln.source.published)})"
            text = f"{subject} {verb}{' ' + when if when else ''}, {according}."
            out.append(Statement(text, tuple(refs), tuple(quotes + claim_quotes)))
        return out

    # ------------------------------------------------------------------ casualties

    def series_statements(self, series: list[Series]) -> list[Statement]:
        out = []
        for s in series:
            latest = s.points[-1]
            n = self.citations.cite(latest.source)
            counted = latest.counted if latest.counted and latest.counted in latest.source.sentence \
                and names_people(latest.counted) else "people"  # "the number of toll killed" is no English
            where = f" in {s.place}" if s.place and s.place in latest.source.sentence else ""
            according, refs, claim_quotes = self.according([latest.source])
            quotes = self.quote(n, latest.text, latest.source.sentence) + self.quote(n, counted,
                                                                                     latest.source.sentence)
            when = day(latest.day)
            category = "" if _says_category(counted, s.category) else f" {s.category}"
            text = (f"The number of {counted}{category}{where} was given as {_lower_word(latest.text)}"
                    f"{' ' + when if when else ''}, {according}.")
            earlier = [p for p in s.points[:-1] if p.text != latest.text]
            if earlier:
                steps = []
                for p in earlier[-3:]:
                    m = self.citations.cite(p.source)
                    refs.append(m)
                    quotes += self.quote(m, p.text, p.source.sentence)
                    steps.append(f"{_lower_word(p.text)}{' ' + day(p.day) if p.day else ''}")
                text = text.rstrip(".") + f"; the same source earlier gave {join(steps)}."
            out.append(Statement(text, tuple(sorted(set(refs))), tuple(quotes + claim_quotes)))
        return out

    def conflict_statements(self, conflicts: list[Conflict]) -> list[Statement]:
        out = []
        for c in conflicts:
            parts, refs, quotes = [], [], []
            for s in (c.a, c.b):
                p = s.points[-1]
                n = self.citations.cite(p.source)
                according, numbers, claim_quotes = self.according([p.source])
                parts.append(f"{_lower_word(p.text)} {according}")
                refs += numbers
                quotes += self.quote(n, p.text, p.source.sentence) + claim_quotes
            text = f"Sources give different numbers of people {c.category}: {'; '.join(parts)}."
            out.append(Statement(text, tuple(sorted(set(refs))), tuple(quotes)))
        return out
