"""The command line runs the library end to end on real articles and reports errors in one line.

Commands run through Typer's in-process runner; afterwards the store itself is inspected.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from parley.cli import _actor, app
from parley.errors import InputError, StoreError
from parley.records import Actor, Extraction
from parley.store import Store
from parley.store.backend import DuckDBBackend

SEED = Path(__file__).resolve().parents[1] / "src" / "parley" / "examples" / "seed-2023-11-30.txt"

runner = CliRunner()


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=input, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the seed report, ingested once for the read-only command tests."""
    db = str(tmp_path_factory.mktemp("cli") / "seed.duckdb")
    code, output = run("ingest", str(SEED), "--db", db)
    assert code == 0, output
    return db


def test_ingest_stores_the_seed_and_says_what_it_did(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        (doc,) = store.documents()
        counts = store.counts()
    assert doc.date is not None and doc.date.isoformat() == "2023-11-30"
    assert doc.ai_generated
    assert counts["figures"] >= 10


def test_ingest_links_the_new_events_to_incidents(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        rows = store.events()
    assert rows and all(row.event.incident for row in rows)


def test_no_reconcile_leaves_events_unlinked(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    code, _ = run("ingest", str(SEED), "--db", db, "--no-reconcile")
    assert code == 0
    with Store(db, read_only=True) as store:
        assert all(row.event.incident is None for row in store.events())


def test_ingesting_the_same_file_again_adds_nothing(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        before = store.counts()
    code, output = run("ingest", str(SEED), "--db", seeded_db)
    assert code == 0
    assert "0 added" in output and "1 already stored" in output
    with Store(seeded_db, read_only=True) as store:
        assert store.counts() == before


def test_a_bad_file_is_skipped_named_and_fails_the_run_but_the_rest_is_stored(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    code, output = run("ingest", str(articles), "--db", db)
    assert code == 1
    assert "empty.txt" in output
    assert "1 added" in output and "1 skipped" in output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_a_quiet_ingest_still_names_what_it_skipped(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, output = run("ingest", str(empty), "--db", str(tmp_path / "s.duckdb"), "-q")
    assert code == 1
    assert "skipped" in output and "empty.txt: the file is empty" in output
    assert "added" not in output  # the summary line stays quiet


def test_ingest_reads_jsonl_from_stdin_with_a_remapped_text_column(tmp_path: Path) -> None:
    line = json.dumps({"body": "Gunmen killed at least 12 villagers in an attack on Sunday, police said.",
                       "date": "2024-03-10"})
    db = str(tmp_path / "s.duckdb")
    code, output = run("ingest", "-", "--db", db, "--text-field", "body", input=line + "\n")
    assert code == 0, output
    with Store(db, read_only=True) as store:
        (row,) = store.figures()
    assert row.figure.value == 12 and row.date is not None and row.date.isoformat() == "2024-03-10"


def test_figures_json_lists_the_seed_death_toll_with_its_claimant(seeded_db: str) -> None:
    code, output = run("figures", "--db", seeded_db, "--category", "killed", "--json")
    assert code == 0
    rows = [json.loads(line) for line in output.splitlines()]
    values = {r["value"] for r in rows}
    assert 1200 in values
    assert all(r["category"] == "killed" for r in rows)
    assert all(r["sentence"] for r in rows)


def test_figures_table_and_events_table_render(seeded_db: str) -> None:
    code, output = run("figures", "--db", seeded_db)
    assert code == 0 and "figures" in output and "1,200" in output
    code, output = run("events", "--db", seeded_db)
    assert code == 0 and "events" in output


def test_show_prints_the_article_and_its_records(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        (doc,) = store.documents()
    code, output = run("show", doc.doc_id[:8], "--db", seeded_db)
    assert code == 0
    assert "Bassem Naim" in output and "legend" in output and "machine-written" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["figures", "--category", "dead"], "unknown category 'dead'"),
        (["show", "ffffffff"], "no document with id 'ffffffff'"),
        (["events", "--status", "maybe"], "unknown status 'maybe'"),
    ],
)
def test_errors_are_one_line_with_exit_status_1(seeded_db: str, args: list[str], message: str) -> None:
    code, output = run(*args, "--db", seeded_db)
    assert code == 1
    assert message in output
    assert "Traceback" not in output


@pytest.mark.parametrize("codec", ["base64", "rot13", "punycode", "idna"])
def test_a_codec_that_is_not_a_text_encoding_is_refused_in_one_line(tmp_path: Path, codec: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rebels killed 3 soldiers.", encoding="utf-8")
    code, output = run("ingest", str(article), "--encoding", codec, "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and f"unknown text encoding {codec!r}" in output
    assert "Traceback" not in output


def test_an_unknown_encoding_is_refused_before_the_store_is_created(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rebels killed 3 soldiers.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    code, output = run("ingest", str(article), "--encoding", "bogus", "--db", str(db))
    assert code == 1 and "'bogus'" in output
    assert not db.exists()


def test_queries_on_a_missing_store_say_to_ingest_first(tmp_path: Path) -> None:
    code, output = run("figures", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1 and "run `parley ingest` first" in output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_every_format(seeded_db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    code, output = run("export", "--format", fmt, "-o", str(target), "--db", seeded_db)
    assert code == 0, output
    if fmt == "jsonl":
        (doc,) = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        assert doc["date"] == "2023-11-30" and doc["figures"] and doc["ai_generated"] is True
        for figure in doc["figures"]:
            assert doc["text"][figure["start"]:figure["end"]] == figure["text"]
    else:
        reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
        [(count,)] = duckdb.sql(f"SELECT count(*) FROM {reader}('{target / f'figures.{fmt}'}')").fetchall()
        assert count >= 10


def test_an_export_that_fails_half_way_keeps_the_previous_file(
    seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSONL export cut off by an error (here the store failing while its records are read)
    must not leave a truncated file that reads as complete, nor destroy the last good export."""
    target = tmp_path / "records.jsonl"
    assert run("export", "-o", str(target), "--db", seeded_db)[0] == 0
    previous = target.read_text(encoding="utf-8")
    real = Store.iter_extractions

    def failing_read(self: Store) -> Iterator[Extraction]:
        for _extraction in real(self):
            raise StoreError("the disk holding the store went away")
        yield from ()

    monkeypatch.setattr(Store, "iter_extractions", failing_read)
    code, output = run("export", "-o", str(target), "--db", seeded_db)
    assert code == 1 and "went away" in output
    assert target.read_text(encoding="utf-8") == previous
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_eval_export_keeps_ids_and_offsets_exact(tmp_path: Path) -> None:
    text = "Ukraine said 230 soldiers had come home, while Russia said 248 servicemen were returned."
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({"doc_id": "swap-1", "text": text, "date": "2024-01-03", "figures": []}) + "\n")
    target = tmp_path / "pred.jsonl"
    code, output = run("eval-export", str(source), "-o", str(target))
    assert code == 0, output
    (pred,) = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert pred["doc_id"] == "swap-1" and pred["text"] == text
    assert sorted(f["value"] for f in pred["figures"]) == [230, 248]
    for figure in pred["figures"]:
        assert text[figure["start"]:figure["end"]] == figure["text"]


def test_eval_export_names_the_line_of_a_malformed_document(tmp_path: Path) -> None:
    source = tmp_path / "gold.jsonl"
    source.write_text('{"doc_id": "a", "text": "fine."}\n{"doc_id": "b", "text": \n', encoding="utf-8")
    code, output = run("eval-export", str(source), "-o", str(tmp_path / "pred.jsonl"))
    assert code == 1 and "gold.jsonl:2: not JSON" in output


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "Militants killed 11 soldiers in Tillaberi.", "date": "2024-01-05"}',
         ["gold.jsonl:1:", "no 'doc_id' field", "fields here: text, date", "parley ingest"]),
        ('{"doc_id": 17, "text": "Militants killed 11 soldiers in Tillaberi."}', ["'doc_id' is int 17, not a string"]),
        ('["Militants killed 11 soldiers in Tillaberi."]', ["expected a JSON object per line, got list"]),
    ],
    ids=["article-dump", "numeric-id", "array"],
)
def test_eval_export_says_what_a_line_lacks_to_be_a_document(tmp_path: Path, line: str, words: list[str]) -> None:
    """A newcomer's first try is an ordinary dump; the error names what is there and where it belongs."""
    source = tmp_path / "gold.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    code, output = run("eval-export", str(source), "-o", str(tmp_path / "pred.jsonl"), env={"COLUMNS": "300"})
    assert code == 1 and all(word in output for word in words), output


def test_documents_lists_an_article_by_its_title_when_it_has_one(tmp_path: Path) -> None:
    """The column promises the title first: a page read with a headline is listed by it."""
    db = str(tmp_path / "titled.duckdb")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"text": "Shelling killed four civilians in Kherson on Sunday, the governor said.",
                    "title": "Four killed in Kherson shelling", "date": "2024-05-12"}) + "\n"
        + json.dumps({"text": "Police fired tear gas at protesters in Dakar on Friday, witnesses said.",
                      "date": "2023-06-02"}) + "\n",
        encoding="utf-8",
    )
    assert run("ingest", str(dump), "--db", db, "--no-reconcile")[0] == 0
    code, output = run("documents", "--db", db, env={"COLUMNS": "200"})
    assert code == 0 and "Four killed in Kherson shelling" in output and "Shelling killed four" not in output
    assert "Police fired tear gas at protesters in Dakar" in output


@pytest.mark.parametrize(
    ("actor", "shown"),
    [
        (Actor(country="ISR", sector="GOV"), "[dim]ISR/GOV[/]"),
        (Actor(text="Sudan's army", country="SDN", sector="MIL"), "Sudan's army [dim]SDN/MIL[/]"),
        (Actor(text="gunmen"), "gunmen"),
        (None, ""),
    ],
    ids=["codes-only", "named", "uncoded", "none"],
)
def test_an_actor_is_shown_without_a_blank_for_a_missing_name(actor: Actor | None, shown: str) -> None:
    assert _actor(actor) == shown


def test_demo_ingests_the_bundled_examples_into_a_fresh_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    code, output = run("demo", "--db", str(db))
    assert code == 0, output
    assert "Found" in output and "Bassem Naim" in output
    with Store(db, read_only=True) as store:
        # the seed, one HTML page, one JSONL line and an RSS feed with two items
        assert store.counts()["documents"] == 5
    code, output = run("demo", "--db", str(db))
    assert code == 1 and "already exists" in output


@pytest.mark.parametrize("command", ["ingest", "figures", "events", "documents", "show", "export", "eval-export",
                                     "demo"])
def test_every_command_has_help_with_text(command: str) -> None:
    code, output = run(command, "--help")
    assert code == 0
    assert len(output.split()) > 20


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """One file per kind of bad input, with a word its error message must contain."""
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.html").write_text("<html><body><div><script>var x = 1;</script></div", encoding="utf-8")
    (folder / "rows.jsonl").write_text('{"text": "Police said 3 people died.", "date": "2024-02-30"}\n{"text": \n')
    (folder / "columns.csv").write_text("headline,published\nTruce holds,2023-11-25\n", encoding="utf-8")
    with (folder / "huge.txt").open("wb") as huge:  # sparse: 200 MB on paper, nothing on disk
        huge.truncate(200 * 1024 * 1024)
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "broken.html": "html",
        "rows.jsonl:1": "date",
        "rows.jsonl:2": "JSON",
        "columns.csv": "text",
        "huge.txt": "--max-mb",
    }


def test_every_kind_of_bad_input_is_named_and_the_store_is_left_as_it_was(seeded_db: str, tmp_path: Path) -> None:
    expected = write_bad_inputs(tmp_path / "bad")
    with Store(seeded_db, read_only=True) as store:
        before = store.counts()
    code, output = run("ingest", str(tmp_path / "bad"), "--db", seeded_db)
    assert code == 1
    skipped = [line for line in output.splitlines() if line.startswith("skipped")]
    for where, word in expected.items():
        lines = [line for line in skipped if f"{where}:" in line or line.endswith(where)]
        assert lines, f"no error names {where}: {skipped}"
        assert any(word.lower() in line.lower() for line in lines), lines
    assert "0 added" in output
    with Store(seeded_db, read_only=True) as store:
        assert store.counts() == before


@pytest.mark.parametrize(
    ("stdin_bytes", "word"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"", "empty"),
    ],
    ids=["png", "empty"],
)
def test_bytes_piped_into_ingest_are_named_and_the_store_is_left_as_it_was(
    seeded_db: str, stdin_bytes: bytes, word: str
) -> None:
    """`cat image.png | parley ingest -` from a real shell: Typer's in-process runner decodes its input
    itself, so only a separate process shows what the reader makes of the bytes."""
    with Store(seeded_db, read_only=True) as store:
        before = store.counts()
    result = subprocess.run(
        [sys.executable, "-m", "parley.cli", "ingest", "-", "--db", seeded_db],
        input=stdin_bytes, capture_output=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    output = (result.stdout + result.stderr).decode()
    (line,) = [line for line in output.splitlines() if line.startswith("skipped")]
    assert "<stdin>" in line and word in line
    with Store(seeded_db, read_only=True) as store:
        assert store.counts() == before


@pytest.fixture(scope="module")
def muc_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> str:
    """The first three MUC wire reports, whose ids (DEV-MUC3-0001...) come from the dump, not a hash."""
    folder = tmp_path_factory.mktemp("muc")
    lines = (shared_dir / "corpus" / "muc" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    (folder / "muc.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(folder / "muc.duckdb")
    code, output = run("ingest", str(folder / "muc.jsonl"), "--db", db)
    assert code == 0, output
    return db


@pytest.mark.parametrize("command", ["documents", "figures", "events"])
def test_tables_name_documents_by_an_id_that_show_accepts(muc_db: str, command: str) -> None:
    """An id the dump gave is shown whole: its first 8 characters (DEV-MUC3) are shared by every report."""
    code, output = run(command, "--db", muc_db, env={"COLUMNS": "250"})
    assert code == 0, output
    assert "DEV-MUC3-0001" in output
    code, output = run("show", "DEV-MUC3-0001", "--db", muc_db)
    assert code == 0 and "ARCE BATTALION" in output


def test_numeric_ids_the_input_gave_are_shown_whole(tmp_path: Path) -> None:
    """202403050001 and 202403050002 are all digits, so hex, but not parley's 16-digit content ids:
    cut to 8 characters both would read 20240305, which names neither for `parley show`."""
    dump, db = tmp_path / "wire.jsonl", str(tmp_path / "wire.duckdb")
    dump.write_text("".join(json.dumps(line) + "\n" for line in (
        {"doc_id": "202403050001", "text": "Hamas freed 13 Israeli hostages on Friday.", "date": "2024-03-05"},
        {"doc_id": "202403050002", "text": "Israel released 39 Palestinian prisoners on Friday.", "date": "2024-03-05"},
    )), encoding="utf-8")
    code, output = run("ingest", str(dump), "--db", db)
    assert code == 0, output
    for command in ("documents", "figures"):
        code, output = run(command, "--db", db, env={"COLUMNS": "250"})
        assert code == 0 and "202403050001" in output and "202403050002" in output, output


def test_documents_lists_the_counts_of_figures_and_events_it_promises(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        extraction = store.extraction(store.documents()[0].doc_id)
    code, output = run("documents", "--db", seeded_db, env={"COLUMNS": "200"})
    assert code == 0, output
    header = next(line for line in output.splitlines() if "doc" in line and "date" in line)
    assert "figures" in header and "events" in header
    row = next(line for line in output.splitlines() if extraction.document.doc_id[:8] in line)
    cells = [cell.strip() for cell in row.split("│")]
    assert str(len(extraction.figures)) in cells and str(len(extraction.events)) in cells


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "jsonl"],
        ["check", str(SEED), "--format", "json"],
        ["brief", "--topic", "captives"],
    ],
)
def test_an_output_path_that_is_a_directory_is_refused_in_one_line(
    seeded_db: str, tmp_path: Path, args: list[str]
) -> None:
    code, output = run(*args, "-o", str(tmp_path), "--db", seeded_db)
    assert code == 1 and "is a directory" in output


def test_eval_export_to_a_directory_is_refused_before_extracting(tmp_path: Path) -> None:
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({"doc_id": "seed", "text": SEED.read_text(encoding="utf-8")}) + "\n")
    code, output = run("eval-export", str(source), "-o", str(tmp_path))
    assert code == 1 and "is a directory" in output


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_export_onto_a_file_is_refused_in_one_line(seeded_db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("", encoding="utf-8")
    code, output = run("export", "--format", fmt, "-o", str(target), "--db", seeded_db)
    assert code == 1 and "not a directory" in output


def test_a_report_goes_into_a_folder_that_does_not_exist_yet(seeded_db: str, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "seed.html"
    code, output = run("check", str(SEED), "--format", "html", "-o", str(target), "--db", seeded_db)
    assert code == 0, output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """What the CLI shows on stderr as if it were a terminal (progress is drawn only there)."""
    screen = io.StringIO()
    monkeypatch.setattr("parley.cli.err_console", Console(file=screen, force_terminal=True, width=100))
    return screen


def test_eval_export_shows_its_progress_on_a_terminal(tmp_path: Path, terminal: io.StringIO) -> None:
    """Extracting a whole evaluation set (the MUC corpus: minutes) must not look like a hang."""
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({"doc_id": "seed", "text": SEED.read_text(encoding="utf-8")}) + "\n")
    code, output = run("eval-export", str(source), "-o", str(tmp_path / "pred.jsonl"))
    assert code == 0, output
    assert "extracting" in terminal.getvalue()


def test_check_says_what_it_is_doing_while_it_reads_the_store(seeded_db: str, terminal: io.StringIO) -> None:
    """Reading a large store as evidence takes seconds (11 s for the MUC corpus) before any output."""
    code, output = run("check", str(SEED), "--db", seeded_db)
    assert code == 0, output
    assert "reading 1 stored article" in terminal.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "-o", "{file}/out.jsonl"],
        ["check", str(SEED), "-o", "{dir}"],
        ["brief", "--topic", "truce", "-o", "{file}/brief.md"],
    ],
    ids=["export-under-file", "check-table-to-dir", "brief-under-file"],
)
def test_an_output_path_that_cannot_be_written_is_named_without_a_traceback(
    seeded_db: str, tmp_path: Path, args: list[str]
) -> None:
    taken = tmp_path / "taken.txt"
    taken.write_text("not a directory", encoding="utf-8")
    args = [a.format(dir=tmp_path, file=taken) for a in args]
    result = runner.invoke(app, [*args, "--db", seeded_db])
    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, OSError), result.exception
    assert "error:" in result.output and "cannot write" in result.output
    assert taken.read_text(encoding="utf-8") == "not a directory"


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(SEED), "--db", "{missing}", "-o", "{new}/report.txt"],
        ["brief", "--topic", "truce", "--db", "{missing}", "-o", "{new}/brief.md"],
        ["export", "--db", "{missing}", "-o", "{new}/records.jsonl"],
        ["eval-export", "{bad}", "-o", "{new}/pred.jsonl"],
    ],
    ids=["check-missing-store", "brief-missing-store", "export-missing-store", "eval-export-bad-line-1"],
)
def test_no_output_folder_is_created_when_the_command_fails_first(tmp_path: Path, args: list[str]) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    new = tmp_path / "reports"
    args = [a.format(missing=tmp_path / "none.duckdb", new=new, bad=bad) for a in args]
    code, output = run(*args)
    assert code == 1, output
    assert not new.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--db", "{db}", "-o", "{file}/x.jsonl"],
        ["check", str(SEED), "--db", "{db}", "--format", "json", "-o", "{file}/x.json"],
        ["brief", "--topic", "truce", "--db", "{db}", "-o", "{file}/x.md"],
        ["eval-export", "{gold}", "-o", "{file}/x.jsonl"],
    ],
    ids=["export", "check", "brief", "eval-export"],
)
def test_an_output_under_a_file_says_it_is_a_file_and_hints_only_what_fits(
    seeded_db: str, tmp_path: Path, args: list[str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "seed", "text": "Hamas freed 13 hostages."}) + "\n", encoding="utf-8")
    args = [a.format(db=seeded_db, file=afile, gold=gold) for a in args]
    code, output = run(*args)
    assert code == 1, output
    assert "is a file, not a folder" in output and "File exists" not in output
    assert "csv/parquet" not in output


def test_eval_export_names_a_read_error_as_reading_not_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "seed", "text": "Hamas freed 13 hostages."}) + "\n", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("parley.reconcile.link_incidents", broken)  # fails before anything is written
    result = runner.invoke(app, ["eval-export", str(gold), "-o", str(tmp_path / "pred.jsonl")])
    assert isinstance(result.exception, OSError) and "cannot write" not in result.output


def test_eval_export_of_a_file_that_is_not_utf8_text_is_named(tmp_path: Path) -> None:
    source = tmp_path / "gold.jsonl"
    source.write_bytes(b'{"doc_id": "a", "text": "fine."}\n\x89PNG\r\n\x1a\n\x00\x00')
    result = runner.invoke(app, ["eval-export", str(source), "-o", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 1 and not isinstance(result.exception, UnicodeDecodeError), result.exception
    assert "gold.jsonl" in result.output and "UTF-8" in result.output


def test_an_absurd_max_mb_is_refused_as_an_option_error(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"text": "Rebels killed 3 soldiers."}\n', encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(dump), "--max-mb", "99999999999999", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and not isinstance(result.exception, OverflowError), result.exception
    assert "--max-mb" in result.output


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_export_that_fails_half_way_keeps_the_previous_tables(
    seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A disk filling up while the third table is written must leave the last good export whole,
    not new documents and figures beside old events and attributions."""
    target = tmp_path / "tables"
    target.mkdir()
    for name in ("documents", "figures", "events", "attributions"):  # last week's export, told apart by content
        (target / f"{name}.{fmt}").write_text(f"last week's {name}", encoding="utf-8")
    (target / "notes.txt").write_text("the analyst's own file, kept", encoding="utf-8")
    previous = {p.name: p.read_bytes() for p in target.iterdir()}
    real = DuckDBBackend.export

    def disk_full_at_events(self: DuckDBBackend, query: str, where: Path, fmt: str) -> None:
        if "FROM events" in query:
            raise duckdb.IOException("No space left on device")
        real(self, query, where, fmt)

    monkeypatch.setattr(DuckDBBackend, "export", disk_full_at_events)
    code, output = run("export", "--format", fmt, "-o", str(target), "--db", seeded_db)
    assert code == 1 and "No space left" in output and f"events.{fmt}" in output
    assert {p.name: p.read_bytes() for p in target.iterdir()} == previous  # no partial folder left either


def test_a_failed_table_export_into_a_new_folder_leaves_no_folder(
    seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: DuckDBBackend, query: str, where: Path, fmt: str) -> None:
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(DuckDBBackend, "export", disk_full)
    code, _ = run("export", "--format", "csv", "-o", str(tmp_path / "tables"), "--db", seeded_db)
    assert code == 1 and list(tmp_path.iterdir()) == []


def test_a_table_export_into_the_current_folder_writes_the_tables_there(
    seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o .`` works: the partial folder lives inside the target, not in a parent that may be read-only."""
    monkeypatch.chdir(tmp_path)
    code, output = run("export", "--format", "csv", "-o", ".", "--db", seeded_db)
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "attributions.csv", "documents.csv", "events.csv", "figures.csv"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_export_into_a_new_folder_appears_with_all_its_tables_at_once(
    seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A reader watching for ``tables/`` must never find it holding only some of the tables: the
    folder is written beside its place and renamed into it whole."""
    target = tmp_path / "exports" / "tables"
    seen_while_writing: list[bool] = []
    real = DuckDBBackend.export

    def watching(self: DuckDBBackend, query: str, where: Path, fmt: str) -> None:
        seen_while_writing.append(target.exists())
        real(self, query, where, fmt)

    monkeypatch.setattr(DuckDBBackend, "export", watching)
    code, output = run("export", "--format", fmt, "-o", str(target), "--db", seeded_db)
    assert code == 0, output
    assert seen_while_writing == [False] * 4
    assert sorted(p.name for p in target.iterdir()) == [f"{t}.{fmt}" for t in
                                                        ("attributions", "documents", "events", "figures")]
    assert [p.name for p in target.parent.iterdir()] == ["tables"]  # no partial folder left beside it


def test_a_table_export_into_an_existing_folder_keeps_the_files_it_does_not_write(
    seeded_db: str, tmp_path: Path
) -> None:
    target = tmp_path / "tables"
    target.mkdir()
    (target / "notes.txt").write_text("the analyst's own file, kept", encoding="utf-8")
    (target / "events.csv").write_text("last week's events", encoding="utf-8")
    code, output = run("export", "--format", "csv", "-o", str(target), "--db", seeded_db)
    assert code == 0, output
    assert sorted(p.name for p in target.iterdir()) == [
        "attributions.csv", "documents.csv", "events.csv", "figures.csv", "notes.txt"]
    assert (target / "events.csv").read_text(encoding="utf-8").startswith("doc_id,")


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["reconcile"], "linking events to incidents"),
        (["export", "-o", "{tmp}/records.jsonl"], "exporting"),
        (["export", "--format", "parquet", "-o", "{tmp}/tables"], "exporting"),
    ],
    ids=["reconcile", "export-jsonl", "export-parquet"],
)
def test_reconcile_and_export_show_their_progress_on_a_terminal(
    seeded_db: str, tmp_path: Path, terminal: io.StringIO, args: list[str], shown: str
) -> None:
    code, output = run(*[a.format(tmp=tmp_path) for a in args], "--db", seeded_db)
    assert code == 0, output
    assert shown in terminal.getvalue()


def test_reconcile_shows_no_progress_when_stderr_is_not_a_terminal(seeded_db: str) -> None:
    code, output = run("reconcile", "--db", seeded_db, "--json")
    assert code == 0
    assert json.loads(output)["linked"] == 0  # stdout holds the JSON alone


@pytest.mark.parametrize(
    "make_input",
    [lambda tmp: tmp / "no-such-report.txt", lambda tmp: _written(tmp / "empty.txt", "")],
    ids=["missing-path", "empty-file"],
)
def test_an_ingest_that_stores_nothing_leaves_no_new_store(
    tmp_path: Path, make_input: Callable[[Path], Path]
) -> None:
    db = tmp_path / "news.duckdb"
    code, output = run("ingest", str(make_input(tmp_path)), "--db", str(db))
    assert code == 1 and "skipped" in output
    assert not db.exists() and not db.with_name("news.duckdb.wal").exists()
    assert "not created: nothing was stored" in " ".join(output.split())  # the summary names no missing file


def test_a_batch_that_stores_nothing_leaves_no_new_store(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    empty = _written(tmp_path / "empty.txt", "")
    code, output = run("batch", str(empty), "--db", str(db), "--out", str(tmp_path / "shards"), "--no-reconcile")
    assert code == 1 and "skipped" in output
    assert not db.exists() and "not created: nothing was stored" in " ".join(output.split())


def test_an_ingest_that_stores_nothing_keeps_an_existing_store(seeded_db: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()  # a store made before, empty: still not this run's to remove
    for db in (seeded_db, str(empty)):
        with Store(db, read_only=True) as store:
            before = store.counts()
        code, _ = run("ingest", str(tmp_path / "missing.txt"), "--db", db)
        assert code == 1 and Path(db).exists()
        with Store(db, read_only=True) as store:
            assert store.counts() == before


def test_an_ingest_that_stores_something_keeps_its_new_store(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    code, output = run("ingest", str(tmp_path / "missing.txt"), str(SEED), "--db", str(db))
    assert code == 1  # one input skipped, the seed stored
    assert "not created" not in output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-02-30", "'2024-02-30' is not a calendar date (day is out of range for month)"),
        ("2023-13-01", "is not a calendar date (month must be in 1..12)"),
        ("30/11/2023", "'30/11/2023' is not a date; give it as YYYY-MM-DD"),
        ("last week", "is not a date; give it as YYYY-MM-DD"),
    ],
)
def test_a_since_that_is_no_day_says_why(seeded_db: str, value: str, message: str) -> None:
    result = runner.invoke(app, ["figures", "--since", value, "--db", seeded_db], terminal_width=200)
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())
    assert "does not match the format" not in result.output


def test_a_leap_day_is_a_good_since(seeded_db: str) -> None:
    code, output = run("figures", "--since", "2024-02-29", "--until", "2024-12-31", "--db", seeded_db, "--json")
    assert code == 0 and output == ""  # the seed is of 2023-11-30


@pytest.mark.parametrize(
    "command",
    [[], ["ingest"], ["figures"], ["events"], ["documents"], ["show"], ["export"], ["eval-export"], ["demo"],
     ["reconcile"], ["series"], ["conflicts"], ["serve"], ["check"], ["brief"], ["batch"], ["ledger"],
     ["ledger", "captives"], ["ledger", "truce"]],
    ids=lambda c: " ".join(c) or "parley",
)
def test_help_shows_on_off_flags_without_a_value(command: list[str]) -> None:
    """``--debug <bool>`` reads as if it wanted ``--debug true``; a flag takes no value."""
    result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "--help" in result.output


def test_help_still_shows_the_value_of_options_that_take_one() -> None:
    result = runner.invoke(app, ["figures", "--help"], terminal_width=200)
    assert "<str>" in result.output and "YYYY-MM-DD" in result.output


# ---- dump date order, undated articles, documents --json, batch shard folder

#: A dump from a European outlet: 12/03/2024 is 12 March there.
EUROPEAN_DUMP = "text,date\nArmed men abducted 12 pupils from a school in Kaduna.,12/03/2024\n"


def test_ingest_reads_a_european_dump_in_the_date_order_it_is_told(tmp_path: Path) -> None:
    dump = _written(tmp_path / "eu.csv", EUROPEAN_DUMP)
    db = str(tmp_path / "eu.duckdb")
    code, output = run("ingest", str(dump), "--db", db, "--date-order", "dmy", "--no-reconcile")
    assert code == 0, output
    with Store(db, read_only=True) as store:
        assert [d.date.isoformat() for d in store.documents() if d.date] == ["2024-03-12"]


def test_ingest_without_an_order_still_skips_an_ambiguous_date_and_says_how_to_state_one(tmp_path: Path) -> None:
    dump = _written(tmp_path / "eu.csv", EUROPEAN_DUMP)
    code, output = run("ingest", str(dump), "--db", str(tmp_path / "eu.duckdb"))
    assert code == 1 and "--date-order DMY" in " ".join(output.split())


def test_an_unknown_date_order_is_an_option_error(tmp_path: Path) -> None:
    code, output = run("ingest", str(SEED), "--db", str(tmp_path / "x.duckdb"), "--date-order", "YMD")
    assert code == 2 and "DMY or MDY" in output and not (tmp_path / "x.duckdb").exists()


def test_ingest_counts_the_articles_it_stored_without_a_date(tmp_path: Path) -> None:
    dump = _written(tmp_path / "mixed.jsonl", "".join(json.dumps(record) + "\n" for record in [
        {"text": "KYIV, March 3 (Reuters) - Drones struck an energy plant in Kharkiv overnight."},
        {"text": "Protesters blocked the main road into Goma on Tuesday, witnesses said."},
        {"text": "Protesters blocked the main road into Goma on Tuesday, witnesses said."},  # one article, twice
        {"text": "Rebels seized two villages in Shan state, a local monitor said.", "date": "2024-02-05"},
    ]))
    db = str(tmp_path / "mixed.duckdb")
    code, output = run("ingest", str(dump), "--db", db, "--no-reconcile")
    flat = " ".join(output.split())
    assert code == 0 and "2 stored without a date: series and conflicts cannot place them in time" in flat
    code, output = run("ingest", str(dump), "--db", db, "--no-reconcile")  # a re-run stores nothing new
    flat = " ".join(output.split())
    assert code == 0 and "0 added" in flat and "without a date" not in flat


def test_ingest_of_dated_articles_says_nothing_about_dates(seeded_db: str) -> None:
    code, output = run("ingest", str(SEED), "--db", seeded_db)
    assert code == 0 and "without a date" not in output


def test_batch_summary_counts_the_articles_it_stored_without_a_date_as_ingest_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.batch import BatchReport

    def run_batch_without_a_cluster(inputs: list[str], *, out_dir: Path, **_: object) -> BatchReport:
        """The summary is what is checked here; the counting is tested in tests/batch."""
        return BatchReport(documents=3, added=3, undated=1, out_dir=out_dir)

    monkeypatch.setattr("parley.batch.run_batch", run_batch_without_a_cluster)
    code, output = run("batch", "x.jsonl", "--db", str(tmp_path / "news.duckdb"), "--no-reconcile")
    flat = " ".join(output.split())
    assert code == 0 and "1 stored without a date: series and conflicts cannot place it in time" in flat


def test_ingest_dates_a_text_file_by_a_bare_iso_date_alone_on_its_first_line(tmp_path: Path) -> None:
    article = _written(tmp_path / "bare.txt", "2024-01-16\nTroops retook Hpakant from the Kachin rebels.\n")
    db = str(tmp_path / "bare.duckdb")
    code, output = run("ingest", str(article), "--db", db, "--no-reconcile")
    assert code == 0 and "without a date" not in output, output
    with Store(db, read_only=True) as store:
        [document] = store.documents()
    assert (document.date, document.text) == (dt.date(2024, 1, 16), "Troops retook Hpakant from the Kachin rebels.")


def test_ingest_skips_a_dump_record_whose_year_has_two_digits_unless_the_order_is_given(tmp_path: Path) -> None:
    dump = _written(tmp_path / "eu.csv", "text,date\nShelling hit a market in Donetsk.,31.01.23\n")
    code, output = run("ingest", str(dump), "--db", str(tmp_path / "a.duckdb"), "--no-reconcile")
    assert code == 1 and "two digits" in " ".join(output.split())
    db = str(tmp_path / "b.duckdb")
    code, output = run("ingest", str(dump), "--db", db, "--date-order", "DMY", "--no-reconcile")
    assert code == 0, output
    with Store(db, read_only=True) as store:
        assert [d.date for d in store.documents()] == [dt.date(2023, 1, 31)]


def test_ingest_help_says_which_first_lines_date_a_text_file() -> None:
    code, output = run("ingest", "--help")
    flat = " ".join(output.replace("│", " ").split()).replace("`", "")
    assert code == 0 and "date YYYY-MM-DD, or YYYY-MM-DD alone on the first line with the article below it" in flat


def test_documents_json_gives_one_line_per_article_with_its_counts(seeded_db: str) -> None:
    with Store(seeded_db, read_only=True) as store:
        extraction = store.extraction(store.documents()[0].doc_id)
    code, output = run("documents", "--db", seeded_db, "--json")
    assert code == 0, output
    [line] = [json.loads(line) for line in output.splitlines()]
    assert line["doc_id"] == extraction.document.doc_id and line["date"] == "2023-11-30"
    assert (line["figures"], line["events"]) == (len(extraction.figures), len(extraction.events))
    assert "text" not in line and line["headline"]


def test_a_batch_keeps_its_shards_beside_the_store_not_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.batch import BatchReport, default_shard_dir

    assert default_shard_dir(str(tmp_path / "data" / "news.duckdb")) == tmp_path / "data" / "news-batch"
    server = default_shard_dir("postgresql://parley@db.example.org/parley")
    assert server.name.startswith("parley-batch-") and server == default_shard_dir(
        "postgresql://parley@db.example.org/parley")  # stable, so a re-run finds its shards
    given: list[Path] = []

    def run_batch_without_a_cluster(inputs: list[str], *, out_dir: Path, **_: object) -> BatchReport:
        """Only where the shards would go matters here, not a Dask cluster's start-up."""
        given.append(out_dir)
        out_dir.mkdir(parents=True)
        return BatchReport(skipped=[InputError(inputs[0], "the file is empty")], out_dir=out_dir)

    monkeypatch.setattr("parley.batch.run_batch", run_batch_without_a_cluster)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _ = run("batch", "empty.txt", "--db", str(tmp_path / "news.duckdb"), "--no-reconcile")
    assert code == 1 and given == [tmp_path / "news-batch"]
    assert list(work.iterdir()) == [] and not given[0].exists()  # the empty folder made by the run is removed
