"""Denials, allegations and investigations: who disputes a claim, told next to the claim it answers.

A toll or an accusation told alone hides that it is disputed: "14 people were killed, according
to residents" reads as settled when the army, in the same article, denied shelling the market. A
*dispute* here is one attribution as its source gave it, chosen from the stored records:

* an event whose status is doubted (denied, alleged, under investigation; the checker's
  :func:`~parley.check._terms.is_doubted`) and the innermost attribution whose content holds
  its trigger: "The Sudanese army denied that its troops had shelled the market";
* an attribution whose cue is a denial (:func:`~parley.check._terms.is_denial`) and whose
  content is only a word for the claim ("rejected the accusation"), in an article that has such
  an event, or after a figure of one of the topic's events told as fact: "The government
  disputed the figure." answers "Gunmen abducted 40 villagers", and a word for a number
  ("figure", "toll", "number") names a claim only then;
* an investigation that is an event of its own (mode ``investigate``, under way or done), in an
  article with an event of the topic: the innermost attribution holding it ("Police said they
  were investigating the attack"), else its sentence when the event names who investigates ("The
  African Union formed a committee to investigate the killings"). What it looks into is read from
  the words after its trigger: a noun for the topic's kind of event ("the attack", "into the
  kidnapping") places it beside the claim; none, or only "the incident", leaves it unclear, and it
  goes to the closing section; anything else ("allegations of fraud") is not the topic's and is
  not told. A call for an inquiry is a demand, not an investigation, and is not told.

The statement copies the source, cue and content as the sentence wrote them, in the sentence's
order ("..., residents said"), so it names who denies or alleges and states nothing the record
does not; it cites the sentence. A denial in apposition ("Sudan's army said it had retaken the
palace, a claim the RSF denied") has only "a claim" for content, and its claim is the clause
before it: the whole sentence is told, and the claim's own attribution is not told as a dispute
beside it. :func:`place_disputes` puts each one right after the first statement that cites its
own sentence, else its article or its incident, and the rest in a section of their own; a
section that takes disputes says so in its heading (:data:`ANSWERED_NOTE`), so "Figures by
claimant" lists no denial as a figure. :func:`renumbered` then numbers the references in
reading order again.

Limits: an article that carries a toll and a denial of something else is read as answering it
(the cited sentence shows what is denied); a doubted event no attribution covers is left out,
as the brief could only guess who doubts it; so is one whose source is a pronoun ("It denied
carrying out the strike"): the claimant the extractor resolves for it can be the accuser of an
earlier sentence, and "Local officials denied ..." would turn the accuser into the denier.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from parley.brief._grammar import capitalise, in_sentence
from parley.brief._guards import terms
from parley.brief._write import Citations, FigureQuote, Quote, Reference, Section, Statement
from parley.check._terms import is_denial, is_doubted
from parley.reconcile import SourceRef
from parley.reconcile.captives import captive_action
from parley.reconcile.reports import Report, is_realized
from parley.records import Attribution, Event, Span

__all__ = ["ANSWERED_NOTE", "DISPUTE_HEADING", "Dispute", "disputed_documents", "disputes", "investigations",
           "place_disputes", "renumbered", "tell_disputes", "topic_events"]

DISPUTE_HEADING = "Denied, alleged or under investigation"
#: Added to a section's heading when disputes are told inside it, next to the claims they answer:
#: "Figures by claimant" alone would call "The RSF denied shelling the market" a figure.
ANSWERED_NOTE = " (with the denials, allegations and investigations that answer them)"
#: Words that stand for a source only through an earlier sentence ("it denied ...").
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})
#: At most this many words in a denial's content that only names the claim ("the latest allegations").
_CLAIM_WORDS = 4
#: Investigations the brief tells: under way or done (not called for, planned or denied).
_UNDER_WAY = frozenset({"happened", "ongoing"})
#: At most this many words after an investigation's trigger name what it looks into.
_OBJECT_WORDS = 6
_CLAUSE_END = re.compile(r"[.;,:!?\n—–]|\s-\s")


@dataclass(frozen=True)
class Dispute:
    """One attribution that denies, alleges or investigates, with the sentence and incident it sits in."""

    source: SourceRef
    who: str
    parts: tuple[str, ...]  # source, cue and content as written, in the sentence's order
    content: str
    incident: str | None
    position: int
    place: str | None
    concerns_claim: bool = True  # False: what it investigates is unclear, so it is told apart


def topic_events(topic: str) -> Callable[[Event], bool]:
    """Which events a topic's brief tells disputes about: abductions and releases for captives,
    other attacks for casualties (a truce's status is told by the truce tracker itself)."""
    if topic == "captives":
        return lambda event: captive_action(event) is not None
    if topic == "casualties":
        return lambda event: event.type == "ASSAULT" and captive_action(event) is None
    return lambda event: False


def disputed_documents(topic: str, reports: Iterable[Report], texts: dict[str, str] | None = None) -> set[str]:
    """Articles with a doubted event of the topic, an investigation, or a figure of the topic and a
    denial cue in their text (``texts``): the only ones whose attributions the brief reads."""
    wanted = topic_events(topic)
    reports = list(reports)
    doubted = {r.event.doc_id for r in reports if is_doubted(r.event.status) and wanted(r.event)}
    counted = {doc_id for doc_id, _ in _counted_at(topic, reports)
               if texts is not None and is_denial(" ".join(re.findall(r"[A-Za-z]+", texts.get(doc_id, ""))))}
    return doubted | counted | {r.event.doc_id for r, _ in investigations(topic, reports)}


def _counted_at(topic: str, reports: Iterable[Report]) -> set[tuple[str, int]]:
    """(article, offset) of each sentence whose event of the topic, told as done, points to a stored
    figure: a number in an offer or plan ("offered to free 11") is answered by the offer's own record."""
    wanted = topic_events(topic)
    return {(r.event.doc_id, r.event.sentence_start) for r in reports
            if wanted(r.event) and r.figures and is_realized(r.event.status)}


def _after_a_figure(counted: set[tuple[str, int]], doc_id: str, offset: int) -> bool:
    """Whether the article tells a figure of the topic before ``offset``: what "the figure" names."""
    return any(doc == doc_id and start < offset for doc, start in counted)


def tell_disputes(topic: str, sections: list[Section], references: list[Reference], reports: Sequence[Report],
                  attributions: dict[str, list[Attribution]],
                  keep: Callable[[SourceRef, str | None], bool]) -> tuple[list[Section], list[Reference]]:
    """The brief's sections with the topic's disputes told (``keep`` is the brief's place filter)."""
    found = [d for d in disputes(reports, attributions, topic) if keep(d.source, d.place)]
    if not found:
        return sections, references
    citations = Citations.continuing(references)
    incidents: dict[tuple[str, str], set[str]] = {}
    for report in reports:
        if report.event.incident:
            incidents.setdefault((report.event.doc_id, report.sentence.strip()), set()).add(report.event.incident)
    placed = place_disputes(sections, found, references, incidents, citations.cite)
    return renumbered(placed, citations.references)


def disputes(reports: Sequence[Report], attributions: dict[str, list[Attribution]], topic: str) -> list[Dispute]:
    """Every dispute of the topic's events, once per attribution, in article order."""
    wanted = topic_events(topic)
    found: dict[tuple[str, int], Dispute] = {}
    doubted_docs: set[str] = set()
    by_doc: dict[str, list[Report]] = {}
    for report in reports:
        by_doc.setdefault(report.event.doc_id, []).append(report)
        if not (is_doubted(report.event.status) and wanted(report.event)):
            continue
        doubted_docs.add(report.event.doc_id)
        attribution = _covering(report.event, attributions.get(report.event.doc_id, []))
        if attribution is not None and not _denied_in_apposition(report, attributions.get(report.event.doc_id, [])):
            _add(found, report, attribution)
    counted = _counted_at(topic, reports)
    for doc_id in doubted_docs | {doc for doc, _ in counted}:
        for attribution in attributions.get(doc_id, []):
            sentence_of = _sentence_report(attribution.cue.start, by_doc[doc_id])
            if sentence_of is None or not is_denial(attribution.cue.text):
                continue
            after_figure = _after_a_figure(counted, doc_id, attribution.cue.start)
            if (doc_id in doubted_docs or after_figure) and _names_a_claim(attribution.content, after_figure):
                _add(found, sentence_of, attribution)
    for report, concerns_claim in investigations(topic, reports):
        _add_investigation(found, report, attributions.get(report.event.doc_id, []), concerns_claim)
    return sorted(found.values(), key=lambda d: (d.source.doc_id, d.position))


def investigations(topic: str, reports: Sequence[Report]) -> list[tuple[Report, bool]]:
    """Investigations to tell in the topic's brief, each with whether it names the topic's claim.

    Only articles with an event of the topic count: an inquiry elsewhere answers nothing the
    brief tells.
    """
    wanted = topic_events(topic)
    topical = {r.event.doc_id for r in reports if wanted(r.event)}
    out = []
    for report in reports:
        if report.event.doc_id in topical and report.event.mode == "investigate" \
                and report.event.status in _UNDER_WAY:
            concerns_claim = _names_topic(report, topic)
            if concerns_claim is not None:
                out.append((report, concerns_claim))
    return out


def _names_topic(report: Report, topic: str) -> bool | None:
    """True: the words after the trigger name the topic's kind of event ("into the strike");
    False: they name nothing, or only "the incident"; None: they name something else."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", _after_trigger(report))][:_OBJECT_WORDS]
    if set(words) & set(terms()["investigated_nouns"].get(topic, [])):
        return True
    if not words or set(words) & set(terms()["vague_objects"]):
        return False
    return None


def _after_trigger(report: Report) -> str:
    """The rest of the trigger's clause: what an investigation looks into, when it says."""
    event = report.event
    start, end = event.start - event.sentence_start, event.end - event.sentence_start
    if report.sentence[start:end] != event.text:
        return ""  # offsets that do not match the stored sentence: read nothing rather than guess
    return _CLAUSE_END.split(report.sentence[end:], maxsplit=1)[0]


def _add_investigation(found: dict[tuple[str, int], Dispute], report: Report, attributions: Sequence[Attribution],
                       concerns_claim: bool) -> None:
    """The attribution holding the investigation, else its sentence when the event names who investigates."""
    attribution = _covering(report.event, attributions)
    if attribution is not None:
        _add(found, report, attribution, concerns_claim)
        return
    event = report.event
    who = event.source.text if event.source is not None else None
    sentence = report.sentence.strip().rstrip(".")
    if not who or not _named(who) or who not in sentence:
        return
    source = SourceRef(event.doc_id, report.outlet, report.published, report.sentence, who)
    found.setdefault((event.doc_id, event.sentence_start), Dispute(
        source, who, (sentence,), sentence, event.incident, event.sentence_start, event.place, concerns_claim))


def _covering(event: Event, attributions: Sequence[Attribution]) -> Attribution | None:
    """The innermost named attribution whose content holds the event's trigger."""
    holding = [a for a in attributions if a.source is not None and a.content.start <= event.start < a.content.end]
    return min(holding, key=lambda a: a.content.end - a.content.start, default=None)


def _sentence_report(offset: int, reports: Sequence[Report]) -> Report | None:
    """A report of the sentence holding ``offset`` (the sentence a dispute cites)."""
    return next((r for r in reports if r.event.sentence_start <= offset < r.event.sentence_end), None)


def _names_a_claim(content: Span, after_figure: bool = False) -> bool:
    """'the accusation', 'these reports': a short content whose last word is a word for a claim;
    after a figure of the topic (``after_figure``) a word for a number ('the figure') is one too."""
    words = re.findall(r"[A-Za-z]+", content.text.lower())
    nouns = set(terms()["claim_nouns"]) | (set(terms()["figure_nouns"]) if after_figure else set())
    return 0 < len(words) <= _CLAIM_WORDS and words[-1] in nouns


def _appositive_denial(attribution: Attribution) -> bool:
    """'..., a claim the RSF denied': a denial whose content, a word for the claim, comes before its
    source. Its claim is the clause before it, so only the whole sentence tells what is denied."""
    return attribution.source is not None and attribution.content.start < attribution.source.start \
        and is_denial(attribution.cue.text) and _names_a_claim(attribution.content)


def _denied_in_apposition(report: Report, attributions: Sequence[Attribution]) -> bool:
    """Whether the report's sentence holds an appositive denial, which tells the whole sentence:
    the claim it answers ("Sudan's army said it had retaken the palace") is not a dispute itself."""
    event = report.event
    return any(event.sentence_start <= a.cue.start < event.sentence_end and _appositive_denial(a)
               and a.source is not None and _named(a.source.text) for a in attributions)


def _named(who: str) -> bool:
    """Whether a source is named, not only a pronoun that stands for an earlier sentence's."""
    return bool(who.split()) and who.split()[0].lower() not in _PRONOUNS


def _add(found: dict[tuple[str, int], Dispute], report: Report, attribution: Attribution,
         concerns_claim: bool = True) -> None:
    """Record the attribution as a dispute once, unless its source is only a pronoun."""
    key = (report.event.doc_id, attribution.cue.start)
    if key in found or attribution.source is None or not _named(attribution.source.text):
        return
    who = attribution.source.text
    content = attribution.content.text.rstrip(" ,;:")
    source = SourceRef(report.event.doc_id, report.outlet, report.published, report.sentence, who)
    if _appositive_denial(attribution):  # told whole, and quoted whole: it carries the claim's figures
        content = report.sentence.strip().rstrip(".")
        parts: tuple[str, ...] = (content,)
    else:
        parts = _as_written(attribution.source, attribution.cue, attribution.content.start, content)
    found[key] = Dispute(source, who, parts, content, report.event.incident, attribution.cue.start,
                         report.event.place, concerns_claim)


def _as_written(who: Span, cue: Span, content_start: int, content: str) -> tuple[str, ...]:
    """Source, cue and content in the sentence's order: "..., residents said" keeps the source last.

    A content told before its source ends in a comma, and the source then reads as inside a
    sentence ("the army said", not "The army said").
    """
    parts = sorted([(who.start, who.text), (cue.start, cue.text), (content_start, content)])
    out = []
    for i, (start, text) in enumerate(parts):
        if start == who.start and i > 0:
            text = in_sentence(text)
        if start == content_start and i < len(parts) - 1:
            text += ","
        out.append(text)
    return tuple(out)


def statement(dispute: Dispute, cite: Callable[[SourceRef], int]) -> Statement:
    """'The Sudanese army denied that its troops had shelled the market', quoting each part."""
    n = cite(dispute.source)
    quotes = [Quote(n, dispute.who), Quote(n, dispute.content)]
    text = capitalise(" ".join(dispute.parts)) + "."
    return Statement(text, (n,), tuple(quotes))


def place_disputes(sections: list[Section], found: Sequence[Dispute], references: Sequence[Reference],
                   incidents: dict[tuple[str, str], set[str]], cite: Callable[[SourceRef], int]) -> list[Section]:
    """Each dispute right after the first statement citing its article or incident; the rest apart.

    ``incidents`` maps a cited (document, sentence) to the incidents of its events.
    """
    by_number = {r.number: r for r in references}
    placed: dict[int, list[Statement]] = {}
    apart: list[Statement] = []
    flat = [st for section in sections for st in section.statements]
    for dispute in found:
        at = _answered_at(dispute, flat, by_number, incidents)
        written = statement(dispute, cite)
        if written.text in {s.text for s in placed.get(at if at is not None else -1, [])} | {s.text for s in apart}:
            continue  # one article's copy of another's dispute says nothing new
        (apart if at is None else placed.setdefault(at, [])).append(written)
    out, i = [], 0
    for section in sections:
        statements = []
        for st in section.statements:
            statements += [st, *placed.get(i, [])]
            i += 1
        answered = len(statements) > len(section.statements)
        out.append(Section(section.heading + (ANSWERED_NOTE if answered else ""), statements))
    if apart:
        out.append(Section(DISPUTE_HEADING, apart))
    return out


def _answered_at(dispute: Dispute, flat: Sequence[Statement], by_number: dict[int, Reference],
                 incidents: dict[tuple[str, str], set[str]]) -> int | None:
    """The statement a dispute follows: the first citing the dispute's own sentence (the claim it
    answers, "50 people were killed ..., an account the army denied"), else the first citing its
    article or incident; None when what it answers is unclear."""
    if not dispute.concerns_claim:
        return None
    own = (dispute.source.doc_id, dispute.source.sentence.strip())
    cited = [[by_number[n] for n in st.refs if n in by_number] for st in flat]
    same_sentence = (i for i, refs in enumerate(cited) if any((r.doc_id, r.sentence) == own for r in refs))
    related = (i for i, refs in enumerate(cited) if any(_answers(dispute, r, incidents) for r in refs))
    return next(same_sentence, next(related, None))


def _answers(dispute: Dispute, reference: Reference, incidents: dict[tuple[str, str], set[str]]) -> bool:
    """Whether a cited sentence tells the claim the dispute answers: same article, or same incident."""
    if reference.doc_id == dispute.source.doc_id:
        return True
    return dispute.incident is not None and dispute.incident in incidents.get(
        (reference.doc_id, reference.sentence), set())


def renumbered(sections: list[Section], references: Sequence[Reference]) -> tuple[list[Section], list[Reference]]:
    """Sections and references with the references numbered in reading order (first citation first)."""
    order: dict[int, int] = {}
    for section in sections:
        for st in section.statements:
            for n in st.refs:
                order.setdefault(n, len(order) + 1)
    by_number = {r.number: r for r in references}
    new_refs = [replace(by_number[old], number=new) for old, new in order.items()]

    def moved(st: Statement) -> Statement:
        return Statement(st.text, tuple(sorted(order[n] for n in st.refs)),
                         tuple(replace(q, reference=order[q.reference]) for q in st.quotes),
                         tuple(FigureQuote(order[f.reference], f.count, f.counted) for f in st.figures))

    return [Section(s.heading, [moved(st) for st in s.statements]) for s in sections], new_refs
