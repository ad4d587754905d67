"""Views of one check report: a JSON document and a self-contained HTML page (the CLI draws the table).

The HTML page shows the draft with every mark highlighted in its verdict's colour; each mark
links to its entry in the evidence list (outlet, date, the source sentence with the record's
span in bold, its claimant). Every piece of text, the draft's and the sources', is escaped with
:func:`html.escape`: a draft or a stored article is untrusted input.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from parley.check._verdicts import VERDICTS, Mark, by_severity

if TYPE_CHECKING:
    from parley.check import CheckReport
    from parley.check._evidence import Source

__all__ = ["claim_context", "findings", "report_dict", "report_html", "source_line", "summary_line",
           "unsourced_summary", "verdict_counts"]

_COLOUR = {"supported": "#d7f5dd", "contradicted": "#ffd6d6", "misattributed": "#fff0b3", "unsourced": "#e8e8e8"}


def source_line(source: Source) -> str:
    """One evidence line: outlet (or document), date, who gives it, and the clipped sentence."""
    when = source.published.isoformat() if source.published else "undated"
    who = f"said by {source.claimant}" if source.claimant else "own voice"
    return f"{source.outlet or source.doc_id}, {when}, {who}: “{_clip(source.sentence, 200)}”"


def claim_context(report: CheckReport, mark: Mark, width: int = 220) -> str:
    """The draft's sentence around a claim, clipped around the claim when long."""
    text = report.draft.document.text
    start = min(mark.sentence_start, mark.start) if mark.sentence_end > mark.sentence_start else mark.start
    end = max(mark.sentence_end, mark.end)
    sentence = " ".join(text[start:end].split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(" ".join(mark.text.split())), 0)
    left = max(0, min(at - width // 3, len(sentence) - width))
    clipped = sentence[left : left + width]
    return ("…" if left else "") + clipped + ("…" if left + width < len(sentence) else "")


def findings(report: CheckReport, *, everything: bool = False) -> list[Mark]:
    """Marks to read, most severe first; unsourced ones only with ``everything`` (they are summarised)."""
    return [m for m in by_severity(report.marks) if everything or m.verdict != "unsourced"]


def unsourced_summary(report: CheckReport) -> dict[str, Any]:
    """Counts of unsourced claims per kind, and the unsourced figures as written (worth a look)."""
    unsourced = [m for m in report.marks if m.verdict == "unsourced"]
    kinds = {k: sum(1 for m in unsourced if m.kind == k) for k in ("figure", "event", "attribution")}
    figures = [f"{m.text} ({m.detail})" if m.detail else m.text for m in unsourced if m.kind == "figure"]
    return {"total": len(unsourced), "by_kind": kinds, "figures": figures}


def summary_line(report: CheckReport) -> str:
    """One line: how many claims, what came of them, against how many stored articles, as of when.

    The draft's date decides which reports speak of its time (a toll a day later may differ), so
    the reader is told which date was used, or that an undated draft was compared with every day.
    """
    counts = report.counts()
    total = sum(counts.values())
    name = f"{report.name} ({_as_of(report)})"
    if not total:
        return f"{name}: no checkable claims found (against {report.store_documents} stored articles)."
    parts = ", ".join(f"{counts[v]} {v}" for v in ("contradicted", "misattributed", "supported", "unsourced"))
    return f"{name}: {total} claims checked against {report.store_documents} stored articles — {parts}."


def _as_of(report: CheckReport) -> str:
    day = report.draft.document.date
    return f"dated {day.isoformat()}" if day else "undated: compared with reports of any day"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------------- HTML

_CSS = """
body{font:16px/1.6 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
.draft{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;border-radius:4px}
mark{padding:0 .1em;border-radius:3px}mark a{color:inherit;text-decoration:none}
.supported{background:#d7f5dd}.contradicted{background:#ffd6d6}.misattributed{background:#fff0b3}
.unsourced{background:#e8e8e8}
.legend span{margin-right:1rem;padding:.1rem .4rem;border-radius:3px}
ol.marks>li{margin-bottom:1rem}ol.marks ul{font-size:.92rem;color:#444}
.why{font-style:italic}.meta{color:#666;font-size:.9rem}.context{color:#333}
.summary{font-weight:bold}details{margin-top:1rem}summary{cursor:pointer}
"""


def report_html(report: CheckReport) -> str:
    """A self-contained HTML page (inline CSS, no scripts, no external resources)."""
    legend = "".join(f'<span class="{v}">{v}: {n}</span>' for v, n in report.counts().items())
    ordered = by_severity(report.marks)
    ids = {id(m): i for i, m in enumerate(ordered)}
    found = [(i, m) for i, m in enumerate(ordered) if m.verdict != "unsourced"]
    unsourced = [(i, m) for i, m in enumerate(ordered) if m.verdict == "unsourced"]
    doc = report.draft.document
    meta = " · ".join(html.escape(x) for x in (
        f"published {doc.date.isoformat()}" if doc.date else "undated",
        f"outlet {doc.outlet}" if doc.outlet else "outlet unknown",
        f"checked against {report.store_documents} stored articles",
        "machine-written" if doc.ai_generated else "",
    ) if x)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>parley check: {html.escape(report.name)}</title><style>{_CSS}</style></head><body>\n"
        f"<h1>parley check: {html.escape(report.name)}</h1>\n<p class=\"meta\">{meta}</p>\n"
        f"<p class=\"summary\">{html.escape(summary_line(report))}</p>\n"
        f"<p class=\"legend\">{legend}</p>\n"
        f"<h2>Findings, most severe first</h2>\n<ol class=\"marks\">{_mark_items(report, found)}</ol>\n"
        f"<details><summary>{len(unsourced)} unsourced claims: no stored report gives them</summary>\n"
        f"<ol class=\"marks\">{_mark_items(report, unsourced)}</ol></details>\n"
        f"<h2>The draft</h2>\n<div class=\"draft\">{_highlighted(doc.text, report.marks, ids)}</div>\n"
        "</body></html>\n"
    )


def _highlighted(text: str, marks: list[Mark], ids: dict[int, int]) -> str:
    """The draft with non-overlapping marks wrapped in ``<mark>`` (the first of overlapping ones wins)."""
    parts: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        i = ids[id(mark)]
        if mark.start < position or mark.end <= mark.start:
            continue
        parts.append(html.escape(text[position : mark.start]))
        label = html.escape(f"{mark.kind}: {mark.verdict} — {mark.reason}", quote=True)
        parts.append(f'<mark class="{mark.verdict}" id="m{i}" title="{label}"><a href="#e{i}">'
                     f"{html.escape(text[mark.start : mark.end])}</a></mark>")
        position = mark.end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def _mark_items(report: CheckReport, marks: list[tuple[int, Mark]]) -> str:
    return "".join(_mark_item(report, i, m) for i, m in marks)


def _mark_item(report: CheckReport, i: int, mark: Mark) -> str:
    who = mark.claimant or "the article's own voice"
    sources = "".join(f"<li>{_source_html(s)}</li>" for s in mark.evidence)
    return (
        f'<li id="e{i}"><mark class="{mark.verdict}">{mark.verdict}</mark> '
        f'<a href="#m{i}"><strong>{html.escape(_clip(mark.text, 160))}</strong></a> '
        f'<span class="meta">({html.escape(mark.kind)}; {html.escape(mark.detail)}; said by {html.escape(who)})</span>'
        f'<br><span class="context">“{html.escape(claim_context(report, mark))}”</span>'
        f'<br><span class="why">{html.escape(mark.reason)}</span>'
        + (f"<ul>{sources}</ul>" if sources else "")
        + "</li>\n"
    )


def _source_html(source: Source) -> str:
    sentence = source.sentence
    at = sentence.find(source.text) if source.text else -1
    if at >= 0:
        quoted = (html.escape(sentence[:at]) + "<strong>" + html.escape(source.text) + "</strong>"
                  + html.escape(sentence[at + len(source.text):]))
    else:
        quoted = html.escape(sentence)
    when = source.published.isoformat() if source.published else "undated"
    head = html.escape(f"{source.outlet or 'outlet unknown'}, {when}, document {source.doc_id}")
    who = html.escape(f" — said by {source.claimant}" if source.claimant else " — in the article's own voice")
    return f"{head}: “{quoted}”{who}"


def verdict_counts(marks: list[Mark]) -> dict[str, int]:
    """Number of marks per verdict, every verdict listed."""
    return {v: sum(1 for m in marks if m.verdict == v) for v in VERDICTS}


def report_dict(report: CheckReport) -> dict[str, Any]:
    """JSON-ready report: the draft's facts, a summary, counts, and every mark (most severe first,
    each with its sentence in the draft and its sources)."""
    doc = report.draft.document
    marks = []
    for m in by_severity(report.marks):
        item = m.as_dict()
        item["sentence"] = claim_context(report, m, width=10_000)
        item["source_start"], item["source_end"] = report.draft.source_span(m.start, m.end)
        marks.append(item)
    return {
        "draft": {"name": report.name, "doc_id": doc.doc_id, "format": report.draft.format,
                  "date": doc.date.isoformat() if doc.date else None, "outlet": doc.outlet,
                  "ai_generated": doc.ai_generated, "text": doc.text},
        "store_documents": report.store_documents,
        "excluded": sorted(report.excluded),
        "summary": summary_line(report),
        "counts": report.counts(),
        "unsourced": unsourced_summary(report),
        "marks": marks,
    }
