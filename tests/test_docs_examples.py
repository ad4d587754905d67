"""The examples a newcomer copies run as written: every ``parley ...`` line in the README, in docs/
and in the commands' own help names a command and options the CLI has, every command's help
shows an example, the README's Python snippet runs and prints what its comments say, and the
README's bad-input run prints what it shows.

A renamed option or a moved function breaks a first copy-paste long before anyone rereads the
prose; these checks are cheap (no store is built except by the snippet and the bad-input run).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperCommand, TyperGroup
from typer.testing import CliRunner

from parley.cli import app
from parley.ingest import read_inputs
from parley.records import Document
from parley.store import Store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "src" / "parley" / "examples"
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
README = (REPO / "README.md").read_text(encoding="utf-8")
# Typer ships its own copy of click, so its groups are told from commands by Typer's classes.
CLI = typer.main.get_command(app)
assert isinstance(CLI, TyperGroup)

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
_INLINE = re.compile(r"(?<!`)`(parley [^`]+)`(?!`)")
# Where one shell command ends and the next begins on a line (a pipe into parley, `&& parley ...`).
_COMMAND_END = {"|", "||", "&&", ";", ">", ">>", "2>", "<"}


def fenced_blocks(markdown: str) -> list[tuple[str, str]]:
    """Each fenced code block of a Markdown text as (language, body)."""
    return [(match.group(1), match.group(2)) for match in _FENCE.finditer(markdown)]


def _shell_lines(body: str) -> list[str]:
    """A block's lines with backslash continuations joined, a ``$ `` prompt dropped and a trailing
    ``# comment`` cut, so each line is one command as a shell would read it."""
    joined = re.sub(r"\\\n\s*", " ", body)
    lines = [line.removeprefix("$ ") for line in joined.splitlines()]
    return [re.split(r"\s#\s", line, maxsplit=1)[0].strip() for line in lines]


def parley_invocations(line: str) -> list[list[str]]:
    """The arguments of each ``parley`` command on a shell line (after env assignments, pipes)."""
    try:
        tokens = shlex.split(line)
    except ValueError:  # prose or output with an odd quote, no command
        return []
    invocations = []
    for start, token in enumerate(tokens):
        if token == "parley" and _at_command_position(tokens[:start]):
            rest = tokens[start + 1:]
            ends = [i for i, t in enumerate(rest) if t in _COMMAND_END]
            invocations.append(rest[: ends[0]] if ends else rest)
    return invocations


def _at_command_position(before: list[str]) -> bool:
    """Whether a word after ``before`` is a command's name, not an argument (``createdb parley``):
    it opens the line or follows a pipe or ``&&``, with only ``NAME=value`` settings between."""
    since_last_command = before[max((i + 1 for i, t in enumerate(before) if t in _COMMAND_END), default=0):]
    return all(re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", word) for word in since_last_command)


def documented_commands() -> list[tuple[str, list[str]]]:
    """(where, arguments) for every ``parley`` command the docs show: in shell and output blocks
    (a ``$ parley`` line of an output block included) and in inline code spans."""
    found: list[tuple[str, list[str]]] = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for language, body in fenced_blocks(text):
            if language in ("", "sh", "bash", "console"):
                lines = _shell_lines(body) if language else [ln[2:] for ln in body.splitlines() if ln.startswith("$ ")]
                found += [(path.name, args) for line in lines for args in parley_invocations(line)]
        prose = _FENCE.sub("", text)
        found += [(path.name, args) for span in _INLINE.findall(prose) for args in parley_invocations(span)]
    return found


def leaf_commands(group: TyperGroup = CLI, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], TyperCommand]]:
    """Every command a user runs (``ingest``, ``ledger captives``), with the words that name it."""
    leaves: list[tuple[tuple[str, ...], TyperCommand]] = []
    for name, sub in sorted(group.commands.items()):
        if isinstance(sub, TyperGroup):
            leaves += leaf_commands(sub, (*path, name))
        elif isinstance(sub, TyperCommand):
            leaves.append(((*path, name), sub))
    return leaves


def help_examples() -> list[tuple[str, list[str]]]:
    """(command, arguments) for every ``parley`` line in the commands' own help texts."""
    return [
        (" ".join(path), args)
        for path, command in leaf_commands()
        for line in (command.help or "").splitlines()
        if line.strip().startswith("parley ") or "| parley " in line
        for args in parley_invocations(line.strip())
    ]


def unknown_names(args: list[str]) -> list[str]:
    """The command words and options in ``args`` the CLI does not have (empty when all exist)."""
    command = CLI
    words = list(args)
    while isinstance(command, TyperGroup):
        if not words or words[0] not in command.commands:
            return [f"command {words[0] if words else '(none)'!r}"]
        command = command.commands[words.pop(0)]
    options = {"--help"} | {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    return [word for word in words if word.startswith("-") and word != "-" and word.split("=")[0] not in options]


def _label(args: list[str]) -> str:
    return " ".join(args)[:60]


DOCUMENTED = documented_commands()
HELP_EXAMPLES = help_examples()


def test_the_docs_show_commands_to_check() -> None:
    shown = {args[0] for _, args in DOCUMENTED if args}
    assert {"ingest", "figures", "events", "serve", "batch", "ledger", "check", "brief"} <= shown
    assert any(where == "scaling.md" for where, _ in DOCUMENTED)


@pytest.mark.parametrize(("where", "args"), DOCUMENTED, ids=[_label(a) for _, a in DOCUMENTED])
def test_every_documented_command_and_option_exists(where: str, args: list[str]) -> None:
    assert unknown_names(args) == [], f"{where} shows `parley {' '.join(args)}`"


@pytest.mark.parametrize(("command", "args"), HELP_EXAMPLES, ids=[_label(a) for _, a in HELP_EXAMPLES])
def test_every_help_example_names_real_options(command: str, args: list[str]) -> None:
    assert unknown_names(args) == [], f"`parley {command} --help` shows `parley {' '.join(args)}`"


@pytest.mark.parametrize(
    "command", [path for path, _ in leaf_commands()], ids=[" ".join(path) for path, _ in leaf_commands()]
)
def test_every_command_help_teaches_by_an_example(command: tuple[str, ...]) -> None:
    """A help text with no example leaves the newcomer guessing at argument order and quoting."""
    assert any(" ".join(command) == shown for shown, _ in help_examples()), (
        f"`parley {' '.join(command)} --help` shows no `parley {' '.join(command)} ...` example"
    )


def test_help_examples_read_stdin_only_as_it_is_read() -> None:
    """Standard input is plain text or JSONL: an example piping a feed or a page into ``ingest -``
    would store its markup as one article's text."""
    piped = [line for _, cmd in leaf_commands() for line in (cmd.help or "").splitlines() if "| parley" in line]
    assert piped and not any(re.search(r"\.(rss|atom|xml|html?)\b", line) for line in piped)


@pytest.mark.parametrize(
    ("args", "unknown"),
    [
        (["figures", "--category", "killed", "--json"], []),
        (["ledger", "captives", "--since", "2023-11-24"], []),
        (["ingest", "-", "--no-reconcile"], []),
        (["figures", "--categories", "killed"], ["--categories"]),
        (["ledger", "captive"], ["command 'captive'"]),
        (["export", "--fmt", "csv", "-o", "t/"], ["--fmt"]),
    ],
)
def test_the_option_check_tells_real_options_from_typos(args: list[str], unknown: list[str]) -> None:
    assert unknown_names(args) == unknown


@pytest.mark.parametrize(
    ("line", "invocations"),
    [
        ("PARLEY_TOKEN=... parley serve --host 0.0.0.0", [["serve", "--host", "0.0.0.0"]]),
        ("curl -s https://example.org/export.jsonl | parley ingest -", [["ingest", "-"]]),
        ("parley demo --db d.duckdb && parley figures --json", [["demo", "--db", "d.duckdb"], ["figures", "--json"]]),
        ("python -m parley.extract.attribution_train train.jsonl", []),
        ("createdb parley                         # on the server, once", []),
    ],
)
def test_commands_are_found_inside_shell_lines(line: str, invocations: list[list[str]]) -> None:
    assert parley_invocations(line) == invocations


def python_snippet() -> str:
    """The README's Python API example (its one ``python`` block)."""
    (snippet,) = [body for language, body in fenced_blocks(README) if language == "python"]
    return snippet


def test_the_readme_python_snippet_runs_and_prints_what_its_comments_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a folder whose ``articles/`` holds two bundled articles, one with a health
    ministry's death toll, as a newcomer's would after copying some in."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("seed-2023-11-30.txt", "nuseirat-2024-06-09.html"):
        (articles / name).write_bytes((EXAMPLES / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(python_snippet(), "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert lines[0] == "2 added, 0 skipped"
    assert any("health ministry" in line and " -- " in line for line in lines[1:-1])
    expected = re.findall(r"^print\(.*\)\s+#\s*(.+)$", python_snippet(), re.M)
    assert expected and lines[-len(expected):] == expected


def readme_bad_input_run() -> tuple[list[str], list[str], int]:
    """The README's run over bad inputs: its command, the lines it prints and its exit status."""
    block = next(body for _, body in fenced_blocks(README) if body.startswith("$ parley ingest bad/"))
    command, *printed = block.splitlines()
    status = int(printed[printed.index("$ echo $?") + 1])
    return shlex.split(command[2:])[1:], [line for line in printed[: printed.index("$ echo $?")] if line], status


def _bad_inputs(folder: Path) -> None:
    """Files of the kinds the README's example names: a dump with an impossible date and a line
    that is no JSON, an empty file, a binary one, and a sheet without a text column."""
    folder.mkdir()
    (folder / "dump.jsonl").write_text(
        '{"text": "Militants killed 14 soldiers near Menaka, the army said.", "date": "2024-02-30"}\n'
        "<html>not a record</html>\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "sheet.csv").write_text("headline,published\nTruce holds in Sudan,2024-05-02\n", encoding="utf-8")


def _ingest_bad_inputs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str], int]:
    """Run the README's bad-input command in ``folder``: (README lines, printed lines, exit status)."""
    args, shown, status = readme_bad_input_run()
    monkeypatch.chdir(folder)
    _bad_inputs(folder / "bad")
    result = CliRunner().invoke(app, args, env={"COLUMNS": "1000"})
    assert result.exit_code == status, result.output
    return sorted(shown), sorted(line.rstrip() for line in result.output.splitlines() if line.strip()), status


def test_the_readme_bad_input_run_prints_what_it_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README runs it on the demo store it built before, so the store exists."""
    with Store(str(tmp_path / "demo.duckdb")):
        pass
    shown, printed, _ = _ingest_bad_inputs(tmp_path, monkeypatch)
    assert printed == shown


def test_the_bad_input_run_into_a_new_store_leaves_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As the README says, a run that stores nothing into a new --db leaves no empty file, and says so."""
    shown, printed, _ = _ingest_bad_inputs(tmp_path, monkeypatch)
    summary = next(line for line in shown if " skipped -> " in line)
    expected = [line for line in shown if line != summary] + [f"{summary} (not created: nothing was stored)"]
    assert printed == sorted(expected)
    assert not (tmp_path / "demo.duckdb").exists()


def readme_datelines() -> list[str]:
    """The wire datelines the README's table of inputs shows for plain text."""
    row = next(line for line in README.splitlines() if line.startswith("| plain text"))
    return re.findall(r"`([A-Z]+, [^`]*\(Reuters\) -)`", row)


@pytest.mark.parametrize("dateline", readme_datelines())
def test_the_readme_datelines_date_an_article_only_when_they_name_the_year(tmp_path: Path, dateline: str) -> None:
    """The README says a dateline dates a text only with its year; a newcomer's file without
    one is stored undated, which the table must not hide."""
    article = tmp_path / "strike.txt"
    article.write_text(f"{dateline} Israeli strikes killed 12 people in Khan Younis, health officials said.\n",
                       encoding="utf-8")
    (document,) = [doc for doc in read_inputs([article]) if isinstance(doc, Document)]
    assert document.outlet == "Reuters"
    assert document.date == (dt.date(2023, 11, 30) if "2023" in dateline else None)


def test_the_readme_shows_a_dateline_with_and_without_its_year() -> None:
    assert len(readme_datelines()) == 2
