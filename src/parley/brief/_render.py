"""A brief as Markdown and as a self-contained HTML page (every text escaped).

Each citation mark links to its reference; each reference gives the outlet, publication date,
document id and the sentence the statement rests on.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.brief import Brief
    from parley.brief._write import Reference

__all__ = ["brief_html", "brief_markdown"]


def _reference_line(r: Reference) -> str:
    when = r.published.isoformat() if r.published else "undated"
    return f"{r.outlet or 'outlet unknown'}, {when}, document {r.doc_id}: “{' '.join(r.sentence.split())}”"


def brief_markdown(brief: Brief) -> str:
    """Markdown: title, sections of cited sentences, numbered references."""
    out = [f"# {brief.title}", ""]
    if not brief.sections:
        out += ["No stored record on this topic matches the filters.", ""]
    for section in brief.sections:
        out += [f"## {section.heading}", ""]
        out += [f"- {st.cited()}" for st in section.statements]
        out.append("")
    if brief.references:
        out += ["## References", ""]
        out += [f"{r.number}. {_reference_line(r)}" for r in brief.references]
        out.append("")
    return "\n".join(out)


_MARK = re.compile(r"\[(\d+)\]")
_CSS = ("body{font:16px/1.6 Georgia,serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}.refs{font-size:.9rem;color:#444}"
        "sup a{text-decoration:none}")


def brief_html(brief: Brief) -> str:
    """A self-contained HTML page; citation marks link to the references."""
    body = [f"<h1>{html.escape(brief.title)}</h1>"]
    if not brief.sections:
        body.append("<p>No stored record on this topic matches the filters.</p>")
    for section in brief.sections:
        body.append(f"<h2>{html.escape(section.heading)}</h2><ul>")
        for st in section.statements:
            marks = "".join(f'<sup><a href="#r{n}">[{n}]</a></sup>' for n in st.refs)
            body.append(f"<li>{html.escape(st.text.rstrip('.'))} {marks}.</li>")
        body.append("</ul>")
    if brief.references:
        body.append('<h2>References</h2><ol class="refs">')
        body += [f'<li id="r{r.number}">{html.escape(_reference_line(r))}</li>' for r in brief.references]
        body.append("</ol>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(brief.title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def strip_marks(text: str) -> str:
    """A cited sentence without its citation marks (for comparisons)."""
    return _MARK.sub("", text).strip()
