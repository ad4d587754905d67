"""The docs stay true: the README's quick start is what CI runs, every command is documented, and the
demo outputs the README shows are what a fresh run prints."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Quick start section has no sh block"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    ci = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
    assert ci[-1] == commands[1]


def command_names() -> list[str]:
    output = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    return re.findall(r"^│ ([a-z][a-z-]+)\s{2,}", output, re.M)


def test_the_cli_lists_its_commands() -> None:
    assert {"ingest", "figures", "events", "demo", "eval-export"} <= set(command_names())


@pytest.mark.parametrize("command", command_names())
def test_every_command_is_shown_in_the_readme(command: str) -> None:
    assert f"parley {command}" in README, f"README never shows `parley {command}`"


def readme_output(command: str) -> list[str]:
    """The lines the README shows after ``$ <command>``, up to the end of its code block."""
    after = README.split(f"$ {command}\n", 1)[1]
    return [line.rstrip() for line in after.split("```", 1)[0].splitlines()]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(db)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(
    "command", ["parley figures --db demo.duckdb --category killed", "parley events --db demo.duckdb --status offered"]
)
def test_the_readme_demo_outputs_are_what_a_fresh_run_prints(demo_db: Path, command: str) -> None:
    args = command.split()[1:]
    args[args.index("demo.duckdb")] = str(demo_db)
    result = CliRunner().invoke(app, args, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert [line.rstrip() for line in result.output.splitlines()] == readme_output(command)


@pytest.mark.parametrize("command", ["figures", "events"])
def test_json_lines_carry_the_sentence_as_the_readme_says(demo_db: Path, command: str) -> None:
    """"`--json` prints one JSON object per line: the record with its article's date and outlet and
    the sentence it came from" holds for both listings, as for their API twins."""
    assert "`--json` prints one JSON object per line" in README
    result = CliRunner().invoke(app, [command, "--db", str(demo_db), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    for record in records:
        assert {"published", "outlet", "sentence"} <= set(record)
        assert record["text"] in record["sentence"]
