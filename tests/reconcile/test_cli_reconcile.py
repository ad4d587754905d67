"""The reconcile commands: ledger captives, ledger truce, series, conflicts, reconcile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["ledger", "captives"], ["ledger", "truce"], ["series"], ["conflicts"],
                                     ["reconcile"]])
def test_command_has_help_with_examples(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_ledger_captives_json_lines_have_sources(example_store: Path) -> None:
    result = runner.invoke(app, ["ledger", "captives", "--db", str(example_store), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert lines and all(x["source"]["sentence"] for x in lines)
    assert any(x["ratio"] == "1:30" for x in lines)


def test_ledger_captives_table_shows_exchanges(example_store: Path) -> None:
    result = runner.invoke(app, ["ledger", "captives", "--db", str(example_store)])
    assert result.exit_code == 0, result.output
    assert "exchanges" in result.output


def test_ledger_truce_json(example_store: Path) -> None:
    result = runner.invoke(app, ["ledger", "truce", "--db", str(example_store), "--json"])
    assert result.exit_code == 0, result.output
    stages = {json.loads(x)["stage"] for x in result.output.splitlines()}
    assert "extension" in stages


def test_series_filters_by_category(example_store: Path) -> None:
    result = runner.invoke(app, ["series", "--db", str(example_store), "--category", "released", "--json"])
    assert result.exit_code == 0, result.output
    assert all(json.loads(x)["category"] == "released" for x in result.output.splitlines())


@pytest.mark.parametrize("category", ["Killed", "duration"])
def test_series_refuses_a_category_it_keeps_no_series_for(example_store: Path, category: str) -> None:
    """A typo or a category that counts no one is an error, not an empty table that reads as "no series"."""
    result = runner.invoke(app, ["series", "--db", str(example_store), "--category", category])
    assert result.exit_code == 1
    assert f"no series are kept for category {category!r}" in result.output and "killed" in result.output


def test_conflicts_runs_on_a_store(example_store: Path) -> None:
    result = runner.invoke(app, ["conflicts", "--db", str(example_store)])
    assert result.exit_code == 0, result.output
    assert "disagreements" in result.output


def test_reconcile_on_missing_store_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ledger", "captives", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1


def test_reconcile_command_reports_counts(example_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(example_store.read_bytes())
    result = runner.invoke(app, ["reconcile", "--db", str(copy), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["linked"] == 0


def test_views_reading_only_their_categories_give_the_same_ledger_and_series(example_store: Path) -> None:
    """The CLI and API read only the figure categories a view uses; the result must not change."""
    from parley.reconcile import CAPTIVE_CATEGORIES, SERIES_CATEGORIES, captives, figure_series, load
    from parley.store import Store

    with Store(example_store, read_only=True) as store:
        everything = load(store)
        lines, exchanges = captives(load(store, categories=CAPTIVE_CATEGORIES))
        series = figure_series(load(store, categories=SERIES_CATEGORIES))
    all_lines, all_exchanges = captives(everything)
    assert lines and [x.as_dict() for x in lines] == [x.as_dict() for x in all_lines]
    assert [x.ratio for x in exchanges] == [x.ratio for x in all_exchanges]
    assert series and [s.as_dict() for s in series] == [s.as_dict() for s in figure_series(everything)]


def test_values_of_an_undated_report_say_undated_not_empty_brackets(tmp_path: Path, shared_dir: Path) -> None:
    """MUC message TST1-MUC3-0092 is dated NO DATE; its casualty figures are in series all the same."""
    with (shared_dir / "corpus" / "muc" / "articles.jsonl").open(encoding="utf-8") as lines:
        line = next(x for x in lines if '"TST1-MUC3-0092"' in x)
    (tmp_path / "muc.jsonl").write_text(line, encoding="utf-8")
    db = str(tmp_path / "muc.duckdb")
    assert runner.invoke(app, ["ingest", str(tmp_path / "muc.jsonl"), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["series", "--db", db, "--category", "killed"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "67 (undated)" in result.output and "()" not in result.output
