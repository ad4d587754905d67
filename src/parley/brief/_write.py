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

from parley.brief._grammar import be, capitalise, day, join
from parley.reconcile import CaptiveLine, Conflict, Series, SourceRef, TruceLine
from parley.reconcile.reports import captive_kind

__all__ = ["Quote", "Reference", "Section", "Statement", "compose"]

_CASUALTY_CATEGORIES = ("killed", "injured", "missing", "displaced")
_STATUS_VERB = {
    "happened": "was reported", "ongoing": "was under way", "offered": "was offered", "demanded": "was demanded",
    "planned": "was agreed but not yet carried out", "refused": "was refused", "alleged": "was alleged",
    "under_investigation": "was under investigation", "denied": "was denied",
    "hypothetical": "was discussed as a possibility",
}
_STAGE_SUBJECT = {
    "agreement": "A truce agreement", "start": "The start of a truce", "extension": "An extension of the truce",
    "end": "The end of the truce", "breach": "A breach of the truce", "mention": "A truce",
}
_ACTION = {"released": "released", "taken": "taken captive", "held": "held"}


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
class Statement:
    """One sentence of the brief with the references it cites and what it quotes from them."""

    text: str
    refs: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()

    def cited(self) -> str:
        """The sentence with its citation marks: '... according to X [1][2].'"""
        marks = "".join(f"[{n}]" for n in self.refs)
        return f"{self.text.rstrip('.')} {marks}."

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"text": self.cited(), "refs": list(self.refs),
                "quotes": [{"reference": q.reference, "text": q.text, "scope": q.scope} for q in self.quotes]}


@dataclass
class Section:
    """A heading and its statements."""

    heading: str
    statements: list[Statement] = field(default_factory=list)


_VAGUE = re.compile(r"^(?:hundreds|thousands|dozens|scores|tens|millions)$", re.I)
_NOT_PEOPLE = frozenset({"they", "them", "she", "he", "her", "him", "it", "we", "us", "number", "total", "how"})


def _names_people(phrase: str) -> bool:
    """A counted phrase fit to write ("Palestinian prisoners"), not a pronoun or "number"."""
    words = phrase.lower().split()
    return bool(words) and words[0] not in _NOT_PEOPLE and words[-1] not in _NOT_PEOPLE


class _Citations:
    """Numbers references in order of first citation; one number per (document, sentence)."""

    def __init__(self) -> None:
        self.references: list[Reference] = []
        self._numbers: dict[tuple[str, str], int] = {}

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
    citations = _Citations()
    writer = _Writer(citations, texts)
    keep = _filter(place, skip)
    if topic == "captives":
        from parley.reconcile import captives

        lines, _ = captives(material)
        lines = [ln for ln in lines if keep(ln.source, None)]
        sections = [Section("What happened", writer.captive_statements([ln for ln in lines if not ln.proposed])),
                    Section("Exchanges", writer.exchange_statements(lines)),
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


def _filter(place: str | None, skip: set[str]) -> Callable[[SourceRef, str | None], bool]:
    def keep(source: SourceRef, written_place: str | None) -> bool:
        if source.doc_id in skip:
            return False
        if not place:
            return True
        wanted = place.lower()
        return wanted in (written_place or "").lower() or wanted in source.sentence.lower()

    return keep


class _Writer:
    """Fills the templates; every claimant and quote goes through :meth:`according`."""

    def __init__(self, citations: _Citations, texts: dict[str, str]) -> None:
        self.citations = citations
        self.texts = texts

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

    @staticmethod
    def _who(source: SourceRef) -> str:
        if source.claimant:
            return source.claimant
        return f"{source.outlet}'s own report" if source.outlet else "a report that names no source"

    def quote(self, n: int, text: str | None, sentence: str) -> list[Quote]:
        return [Quote(n, text)] if text and text in sentence else []

    # ------------------------------------------------------------------ captives

    def captive_statements(self, lines: list[CaptiveLine]) -> list[Statement]:
        groups: dict[tuple[object, ...], list[CaptiveLine]] = {}
        for ln in lines:
            key = (ln.incident or f"{ln.source.doc_id}:{ln.sentence_start}:{ln.count}", ln.action, ln.status,
                   captive_kind(ln.captives) or ln.captive_side)
            groups.setdefault(key, []).append(ln)
        out = []
        for group in groups.values():
            values = {ln.value for ln in group}
            out.append(self._captive_group(group) if len(values) == 1 else self._contested_captives(group))
        return out

    def _what(self, ln: CaptiveLine) -> tuple[str, list[Quote]]:
        n = self.citations.cite(ln.source)
        sentence = ln.source.sentence
        named = ln.captives if ln.captives and ln.captives in sentence and _names_people(ln.captives) else None
        captives = named or "captives"
        quotes = self.quote(n, ln.count, sentence) + self.quote(n, named, sentence)
        if ln.count and ln.count in sentence:
            of = " of" if _VAGUE.match(ln.count) else ""
            return f"{ln.count}{of} {captives}", quotes
        return captives, quotes

    def _captive_group(self, group: list[CaptiveLine]) -> Statement:
        first = group[0]
        what, quotes = self._what(first)
        by = ""
        if first.by and first.by in first.source.sentence and first.action != "held":
            by = f" by {first.by}"
            quotes += self.quote(self.citations.cite(first.source), first.by, first.source.sentence)
        when = day(first.day)
        according, refs, claim_quotes = self.according(ln.source for ln in group)
        if first.proposed:
            text = f"The {'release' if first.action == 'released' else 'taking'} of {what}{by} " \
                   f"{_STATUS_VERB.get(first.status, 'was reported')}{' ' + when if when else ''}, {according}."
        else:
            verb = f"{be(first.value, first.count)} {_ACTION[first.action]}"
            text = f"{capitalise(what)} {verb}{by}{' ' + when if when else ''}, {according}."
        return Statement(text, tuple(refs), tuple(quotes + claim_quotes))

    def _contested_captives(self, group: list[CaptiveLine]) -> Statement:
        first = group[0]
        parts, refs, quotes = [], [], []
        for ln in group:
            n = self.citations.cite(ln.source)
            according, numbers, claim_quotes = self.according([ln.source])
            parts.append(f"{ln.count or 'no number'} {according}")
            refs += numbers
            quotes += self.quote(n, ln.count, ln.source.sentence) + claim_quotes
        action = _ACTION[first.action] + ("" if not first.proposed else f" ({first.status})")
        when = day(first.day)
        text = f"Reports give different numbers of captives {action}{' ' + when if when else ''}: {'; '.join(parts)}."
        return Statement(text, tuple(sorted(set(refs))), tuple(quotes))

    def exchange_statements(self, lines: list[CaptiveLine]) -> list[Statement]:
        pairs: dict[str, list[CaptiveLine]] = {}
        for ln in lines:
            if ln.exchange:
                pairs.setdefault(ln.exchange, []).append(ln)
        out = []
        for pair in pairs.values():
            if len(pair) != 2:
                continue
            a, b = pair
            what_a, qa = self._what(a)
            what_b, qb = self._what(b)
            according, refs, claim_quotes = self.according([a.source, b.source])
            ratio = f", a ratio of {a.ratio}" if a.ratio else ""
            if a.proposed:
                text = f"An exchange of {what_a} for {what_b}{ratio} {_STATUS_VERB.get(a.status, 'was reported')}, " \
                       f"{according}."
            else:
                text = f"{capitalise(what_a)} {be(a.value, a.count)} exchanged for {what_b}{ratio}, {according}."
            out.append(Statement(text, tuple(refs), tuple(qa + qb + claim_quotes)))
        return out

    # ------------------------------------------------------------------ truce

    def truce_statements(self, lines: list[TruceLine]) -> list[Statement]:
        out = []
        for ln in lines:
            n = self.citations.cite(ln.source)
            sentence = ln.source.sentence
            quotes: list[Quote] = []
            subject = _STAGE_SUBJECT.get(ln.stage, "A truce")
            parties = [p.strip() for p in (ln.parties or "").split("/") if p.strip() and p.strip() in sentence]
            if len(parties) == 2:
                subject += f" between {parties[0]} and {parties[1]}"
                quotes += [Quote(n, p) for p in parties]
            lengths = [x for x in (ln.length or "").split(", ") if x and x.rsplit(" ", 1)[0] in sentence]
            if lengths:
                subject += f" of {join(lengths)}"
                quotes += [Quote(n, x.rsplit(" ", 1)[0]) for x in lengths]
            when = day(ln.day)
            according, refs, claim_quotes = self.according([ln.source])
            verb = _STATUS_VERB.get(ln.status, "was reported")
            text = f"{subject} {verb}{' ' + when if when else ''}, {according}."
            out.append(Statement(text, tuple(refs), tuple(quotes + claim_quotes)))
        return out

    # ------------------------------------------------------------------ casualties

    def series_statements(self, series: list[Series]) -> list[Statement]:
        out = []
        for s in series:
            latest = s.points[-1]
            n = self.citations.cite(latest.source)
            counted = latest.counted if latest.counted and latest.counted in latest.source.sentence else "people"
            where = f" in {s.place}" if s.place and s.place in latest.source.sentence else ""
            according, refs, claim_quotes = self.according([latest.source])
            quotes = self.quote(n, latest.text, latest.source.sentence) + self.quote(n, latest.counted,
                                                                                     latest.source.sentence)
            when = day(latest.day)
            text = (f"The number of {counted} {s.category}{where} was given as {latest.text}"
                    f"{' ' + when if when else ''}, {according}.")
            earlier = [p for p in s.points[:-1] if p.text != latest.text]
            if earlier:
                steps = []
                for p in earlier[-3:]:
                    m = self.citations.cite(p.source)
                    refs.append(m)
                    quotes += self.quote(m, p.text, p.source.sentence)
                    steps.append(f"{p.text}{' ' + day(p.day) if p.day else ''}")
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
                parts.append(f"{p.text} {according}")
                refs += numbers
                quotes += self.quote(n, p.text, p.source.sentence) + claim_quotes
            text = f"Sources give different numbers of people {c.category}: {'; '.join(parts)}."
            out.append(Statement(text, tuple(sorted(set(refs))), tuple(quotes)))
        return out
