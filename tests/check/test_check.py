"""The checker's verdicts on short real-style drafts, its three views, Markdown offsets and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.check import (
    SEVERITY,
    Evidence,
    check_draft,
    findings,
    markdown_draft,
    report_dict,
    report_html,
    strip_markdown,
    summary_line,
)
from parley.cli import app
from parley.extract import extract
from parley.pipeline import ingest_documents
from parley.records import Document
from parley.store import Store


def _draft(text: str, day: str = "2023-11-24") -> Document:
    return Document(doc_id="draft", text=text, date=dt.date.fromisoformat(day), outlet="Draft")


def _verdict_of(evidence: Evidence, text: str, claim: str, day: str = "2023-11-24") -> str:
    report = check_draft(_draft(text, day), evidence)
    marks = [m for m in report.marks if m.kind != "attribution" and (m.text.endswith(claim) or claim in m.text)]
    assert marks, f"no mark on {claim!r}: {[(m.text, m.verdict) for m in report.marks]}"
    return marks[0].verdict


@pytest.mark.parametrize(
    ("text", "claim", "verdict"),
    [
        ("Hamas freed 24 hostages in Gaza on Friday, Qatar's foreign ministry said.", "24", "supported"),
        ("Hamas freed 31 hostages in Gaza on Friday, Qatar's foreign ministry said.", "31", "contradicted"),
        ("Hamas freed 24 hostages in Gaza on Friday.", "24", "misattributed"),
        ("More than 14,000 people have been killed in the territory since October 7.", "14,000", "misattributed"),
        ("Gaza's health ministry says more than 14,000 people have been killed since October 7.", "14,000",
         "supported"),
        ("The civil defence agency said 2,734 people were wounded in overnight strikes.", "2,734", "unsourced"),
    ],
)
def test_figure_verdicts_follow_the_sources(evidence: Evidence, text: str, claim: str, verdict: str) -> None:
    assert _verdict_of(evidence, text, claim) == verdict


def test_swapped_claimant_of_the_same_sentence_is_misattributed(evidence: Evidence) -> None:
    text = "Hamas freed 24 hostages in Gaza on Friday, Israel's military said."
    assert _verdict_of(evidence, text, "24") == "misattributed"


def test_offer_written_as_done_is_contradicted(evidence: Evidence) -> None:
    text = "White House spokesman John Kirby said Hamas had released another 20 women and children."
    report = check_draft(_draft(text, "2023-11-28"), evidence)
    assert "contradicted" in {m.verdict for m in report.marks}


def test_offer_written_as_offer_is_not_contradicted(evidence: Evidence) -> None:
    text = "White House spokesman John Kirby said Hamas had committed to releasing another 20 women and children."
    report = check_draft(_draft(text, "2023-11-28"), evidence)
    assert "contradicted" not in {m.verdict for m in report.marks}


def test_own_article_left_out_makes_its_figures_unsourced(evidence: Evidence, report_docs: list[Document]) -> None:
    text = report_docs[0].text
    report = check_draft(_draft(text), evidence, exclude={"wire-a"})
    figures = [m for m in report.marks if m.kind == "figure"]
    assert figures and all(m.verdict == "unsourced" for m in figures)


def test_machine_written_articles_are_not_evidence() -> None:
    doc = Document(doc_id="ai", text="Hamas freed 24 hostages on Friday.", ai_generated=True)
    evidence = Evidence(extract([doc]))
    assert evidence.documents == 0 and evidence.skipped_machine_written == 1
    assert Evidence(extract([doc]), machine_written=True).documents == 1


def test_markdown_prose_maps_back_to_the_source() -> None:
    source = "# Truce\n\nHamas freed **24 hostages**, [Qatar](https://example.org) said.\n"
    prose, offsets = strip_markdown(source)
    assert prose == "Truce\n\nHamas freed 24 hostages, Qatar said.\n"
    at = prose.index("24")
    assert source[offsets[at] : offsets[at] + 2] == "24"
    draft = markdown_draft(source)
    start = draft.document.text.index("Qatar")
    s, e = draft.source_span(start, start + 5)
    assert source[s:e] == "Qatar"


def test_html_report_escapes_draft_and_sources(evidence: Evidence) -> None:
    text = "Hamas freed 31 hostages <script>alert(1)</script> on Friday, Qatar's foreign ministry said."
    page = report_html(check_draft(_draft(text), evidence))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'class="contradicted"' in page and 'href="#e' in page


def test_json_report_has_counts_and_marks_with_evidence(evidence: Evidence) -> None:
    data = report_dict(check_draft(_draft("Hamas freed 24 hostages in Gaza on Friday."), evidence))
    assert set(data) == {"draft", "store_documents", "excluded", "summary", "counts", "unsourced", "marks"}
    assert set(data["counts"]) == {"supported", "contradicted", "misattributed", "unsourced"}
    mark = next(m for m in data["marks"] if m["text"] == "24")
    assert mark["verdict"] == "misattributed"
    assert mark["evidence"][0]["doc_id"] == "wire-a" and "24 hostages" in mark["evidence"][0]["sentence"]
    assert mark["sentence"] == "Hamas freed 24 hostages in Gaza on Friday."
    assert mark["evidence"][0]["outlet"] == "Wire A" and mark["evidence"][0]["published"] == "2023-11-24"
    json.dumps(data)


def test_cli_check_prints_json_and_writes_html(tmp_path: Path, report_docs: list[Document]) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest_documents(report_docs, store)
    draft = tmp_path / "draft.md"
    draft.write_text("date 2023-11-24\n\n**Hamas** freed 31 hostages on Friday, Qatar's foreign ministry said.\n",
                     encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(draft), "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["draft"]["format"] == "markdown" and data["counts"]["contradicted"] >= 1
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["check", str(draft), "--db", str(db), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    bad = runner.invoke(app, ["check", str(draft), "--db", str(db), "--format", "pdf"])
    assert bad.exit_code == 1


_MIXED = ("Hamas freed 31 hostages in Gaza on Friday, Qatar's foreign ministry said. "
          "The civil defence agency said 2,734 people were wounded in overnight strikes. "
          "Gaza's health ministry says more than 14,000 people have been killed since October 7. "
          "More than 14,000 people have been killed in the territory since October 7.")


def test_findings_come_most_severe_first_and_unsourced_last(evidence: Evidence) -> None:
    report = check_draft(_draft(_MIXED), evidence)
    order = [m.verdict for m in findings(report, everything=True)]
    assert order == sorted(order, key=SEVERITY.index)
    assert order[0] == "contradicted" and order[-1] == "unsourced"
    assert "unsourced" not in {m.verdict for m in findings(report)}


def test_summary_line_counts_every_verdict(evidence: Evidence) -> None:
    report = check_draft(_draft(_MIXED), evidence)
    counts = report.counts()
    line = summary_line(report)
    assert f"{sum(counts.values())} claims" in line
    assert all(f"{n} {v}" in line for v, n in counts.items())
    dated = report.draft.document.date
    assert (f"dated {dated.isoformat()}" if dated else "undated") in line  # the date the claims were checked as of


def test_json_and_html_list_marks_most_severe_first(evidence: Evidence) -> None:
    report = check_draft(_draft(_MIXED), evidence)
    verdicts = [m["verdict"] for m in report_dict(report)["marks"]]
    assert verdicts == sorted(verdicts, key=SEVERITY.index)
    page = report_html(report)
    assert page.index("contradicted</mark>") < page.index("<details>") and "unsourced claims" in page


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The same statement from the same source: supported.
        ("Qatar's foreign ministry said Hamas freed 24 hostages in Gaza on Friday.", "supported"),
        # The same statement from another source: misattributed.
        ("Israel's military said Hamas freed 24 hostages in Gaza on Friday.", "misattributed"),
        # A statement no stored report carries: unsourced.
        ("Qatar's foreign ministry said talks in Doha on a longer truce would resume next week.", "unsourced"),
    ],
)
def test_attribution_verdicts_are_about_who_said_it(evidence: Evidence, text: str, verdict: str) -> None:
    report = check_draft(_draft(text), evidence)
    marks = [m for m in report.marks if m.kind == "attribution"]
    assert marks, [(m.kind, m.text) for m in report.marks]
    assert marks[0].verdict == verdict and marks[0].text in text and "said" in marks[0].detail


def test_cli_table_summarises_unsourced_claims_unless_all(tmp_path: Path, report_docs: list[Document]) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest_documents(report_docs, store)
    draft = tmp_path / "draft.txt"
    draft.write_text("date 2023-11-24\n\n" + _MIXED + "\n", encoding="utf-8")
    runner = CliRunner()
    short = runner.invoke(app, ["check", str(draft), "--db", str(db)], env={"COLUMNS": "160"})
    assert short.exit_code == 0, short.output
    assert short.stdout.index("contradicted") < short.stdout.index("supported")
    assert "Not listed:" in short.stdout and "2,734" in short.stdout and "--all" in short.stdout
    full = runner.invoke(app, ["check", str(draft), "--db", str(db), "--all"], env={"COLUMNS": "160"})
    assert "Not listed:" not in full.stdout and "civil defence agency" in full.stdout
