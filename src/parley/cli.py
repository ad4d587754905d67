"""The ``parley`` command line: a thin shell over the library.

Each command parses its options, calls one library function and formats the result. Errors
from parley (:class:`parley.errors.ParleyError`) are turned into a one-line message and exit
status 1 in one place (:class:`_ParleyGroup`); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from parley.errors import InputError, ParleyError, UsageError
from parley.ingest import DATE_ORDERS, TWO_DIGIT_YEAR_RULE, FieldMap, check_encoding, is_content_id
from parley.records import Document, Event, Extraction, Figure
from parley.store import DB_ENV, EventRow, FigureRow, Store, WriteOutcome, resolve_db_path
from parley.store.backend import is_postgres_url, redact

if TYPE_CHECKING:  # these import the extraction models: loaded by the commands that use them
    from parley.batch import BatchReport
    from parley.pipeline import IngestReport
    from parley.reconcile import ReconcileReport

__all__ = ["app", "main"]

_T = TypeVar("_T")
EXAMPLES_DIR = Path(__file__).parent / "examples"

console = Console()
err_console = Console(stderr=True)


class _ParleyGroup(TyperGroup):
    """Turns parley's own errors into one line ``error: <message>`` on stderr and exit status 1."""

    # ``ctx`` is typer's vendored click Context, which typer does not export under a public name.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ParleyError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            err_console.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(code=1) from exc

    def get_params(self, ctx: Any) -> list[Any]:
        """The group's own options (``--debug``, ``--help``), flags shown as flags in its help."""
        return _plain_flags(super().get_params(ctx))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """A subcommand, its flags shown as flags in its help (a subgroup does this itself)."""
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_flags(command.get_params(ctx))
        return command


def _plain_flags(params: list[Any]) -> list[Any]:
    """``params`` with their on/off flags shown in ``--help`` without a value type.

    Typer's help prints a flag's type as if it took a value (``--debug <bool>``), which reads as
    ``--debug true``; a flag takes none, so its type column is left blank (an empty metavar).
    """
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


app = typer.Typer(
    cls=_ParleyGroup,
    help=(
        "parley reads conflict news and keeps a sourced record of it: figures, events and who says so.\n\n"
        "Start with `parley demo`, then `parley ingest articles/` and `parley figures --category killed`."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    add_completion=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar=DB_ENV,
        help="Store: a DuckDB file or a postgresql:// URL. Default: $PARLEY_DB, else ./parley.duckdb.",
    ),
]
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _calendar_day(value: str) -> dt.date:
    """A ``--since``/``--until`` value read as a day: a value in the YYYY-MM-DD shape that is no
    calendar date (``2024-02-30``) is told apart from one in another shape, as each needs a
    different fix; Typer's date type says "does not match the format" for both."""
    if not _ISO_DAY.fullmatch(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date; give it as YYYY-MM-DD, e.g. 2024-02-29")
    year, month, day = (int(part) for part in value.strip().split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a calendar date ({exc})") from exc


SinceOption = Annotated[
    dt.date | None,
    typer.Option(parser=_calendar_day, metavar="YYYY-MM-DD", help="Only articles published on or after this date."),
]
UntilOption = Annotated[
    dt.date | None,
    typer.Option(parser=_calendar_day, metavar="YYYY-MM-DD", help="Only articles published on or before this date."),
]


def _date_order(value: str | None) -> str | None:
    """A ``--date-order`` value in either case (``dmy`` is DMY), refused as a usage error if it
    is no order, before any file is read."""
    if value is None:
        return None
    order = value.strip().upper()
    if order not in DATE_ORDERS:
        raise typer.BadParameter(f"{value!r} is no date order; choose {' or '.join(DATE_ORDERS)}")
    return order


DateOrderOption = Annotated[
    str | None,
    typer.Option(
        parser=_date_order, metavar="DMY|MDY",
        help="How the dumps write all-numeric dates: DMY reads 12/03/2024 as 12 March, MDY as 3 December, "
        f"and a two-digit year last (30/11/23; {TWO_DIGIT_YEAR_RULE}). "
        "Default: such a date, which reads either way round or has a two-digit year, skips its record.",
    ),
]
LimitOption = Annotated[int | None, typer.Option(min=1, help="Show at most this many rows.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")]


@app.callback()
def _root(
    ctx: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    ctx.obj = {"debug": debug}
    # parley reports unreadable pages itself, naming the file; trafilatura's own warnings about
    # the same pages would only repeat them without the file name.
    logging.getLogger("trafilatura").setLevel(logging.DEBUG if debug else logging.CRITICAL)


# ---------------------------------------------------------------------- ingest


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.", show_default=False)],
    db: DbOption = None,
    text_field: Annotated[str, typer.Option(help="JSONL/CSV column holding the article text.")] = "text",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV column holding the publication date.")] = "date",
    outlet_field: Annotated[str, typer.Option(help="JSONL/CSV column holding the outlet.")] = "outlet",
    url_field: Annotated[str, typer.Option(help="JSONL/CSV column holding the URL.")] = "url",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV column holding the headline.")] = "title",
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the inputs (e.g. cp1252) instead of detecting it.")
    ] = None,
    max_mb: Annotated[
        int,
        typer.Option("--max-mb", min=1, max=1024, help="Largest article file, or dump line, accepted (megabytes)."),
    ] = 20,
    date_order: DateOrderOption = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary; skipped inputs are still named.")
    ] = False,
    reconcile: Annotated[
        bool, typer.Option(help="Link the new events to incidents afterwards (see `parley reconcile`).")
    ] = True,
) -> None:
    """Read articles, extract figures, events and attributions, and store them.

    Reads plain text (dated by a first line `date YYYY-MM-DD`, or `YYYY-MM-DD` alone on the first
    line with the article below it, either dropped from the text; else by a wire dateline that
    names the year, kept in the text: `GAZA, Nov 30, 2023 (Reuters) -`), HTML pages,
    JSONL and CSV dumps (columns text, date, outlet, url, title), RSS/Atom feeds, whole directories,
    and `-` for standard input (one plain-text article, or JSONL when its first non-blank line is a
    JSON object: save a feed or an HTML page to a file first). Re-running on the same files adds
    nothing. Bad inputs are listed and skipped; the exit status is 1 if anything was skipped.
    Articles with no date are stored, and the summary counts them: series and conflicts cannot
    place them in time. A date must write its year in full (`30.11.23` or `30-Nov-23` skips its
    record; with --date-order the year is the last number and 00-68 are 2000-2068, 69-99 are
    1969-1999), have a real time of day if it gives one (`T25:00` skips it) and fall between 1900
    and tomorrow: a later or earlier one skips its record, or its text file.

    Examples:

        parley ingest article.txt reports/ --db news.duckdb

        parley ingest dump.csv --text-field body --date-field published

        parley ingest european-dump.csv --date-order DMY

        curl -s https://example.org/export.jsonl | parley ingest -
    """
    fields = FieldMap(text=text_field, date=date_field, outlet=outlet_field, url=url_field, title=title_field)
    check_encoding(encoding)  # before the store is opened, which would create its file
    with _removed_if_left_empty(db), Store(db) as store:
        report = _ingest_with_progress(
            paths, store, fields=fields, max_bytes=max_mb * 1024 * 1024, encoding=encoding, date_order=date_order,
            quiet=quiet,
        )
        if reconcile:
            _reconcile_if_needed(store, report.added + report.replaced, quiet)
    if not quiet:
        console.print(
            f"[bold]{report.added}[/] added, {report.replaced} re-extracted, {report.unchanged} already stored, "
            f"{_skipped_count(report.skipped)} -> {_destination(db, str(store.path))}",
            highlight=False,
        )
        _print_undated(report.undated)
    if report.skipped:
        raise typer.Exit(code=1)


def _print_undated(undated: int) -> None:
    """Say how many articles went in without a date: they are kept, but a reader of a series or
    of the conflicts would otherwise never learn why those articles are missing from them."""
    if undated:
        console.print(
            f"[yellow]{undated} stored without a date[/]: series and conflicts cannot place "
            f"{'it' if undated == 1 else 'them'} in time (give a date column, a first line 'YYYY-MM-DD' or "
            "'date YYYY-MM-DD', "
            "or a dateline with the year)",
            highlight=False,
        )


def _ingest_with_progress(
    paths: list[str], store: Store, *, fields: FieldMap, max_bytes: int, encoding: str | None,
    date_order: str | None, quiet: bool,
) -> IngestReport:
    """:func:`parley.pipeline.ingest_paths` under a progress bar; each skipped input is named as
    it is met, even when quiet: an exit status alone says not what failed."""
    from parley.pipeline import ingest_paths

    with _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_item(outcome: WriteOutcome | None, item: Document | InputError) -> None:
            progress.advance(task)
            if isinstance(item, InputError):
                _print_skipped(item, progress.console)

        return ingest_paths(
            paths, store, fields=fields, max_bytes=max_bytes, encoding=encoding, date_order=date_order, on_item=on_item
        )


def _reconcile_if_needed(store: Store, written: int, quiet: bool) -> None:
    """Link the events of the ``written`` new or re-extracted documents to incidents, as
    `parley ingest` and `parley batch` do after storing (see :func:`needs_reconcile`)."""
    from parley.reconcile import needs_reconcile

    if needs_reconcile(store, written):
        _reconcile_with_progress(store, quiet)


def _reconcile_with_progress(store: Store, quiet: bool) -> ReconcileReport:
    """:func:`parley.reconcile.reconcile` under a progress bar counting the documents whose view
    lines are built: on a large store it runs for minutes, which must not look like a hang."""
    from parley.reconcile import reconcile

    with _progress(quiet) as progress:
        task = progress.add_task("linking events to incidents, building view lines", total=None)
        return reconcile(store, progress=lambda n: progress.advance(task, n))


def _print_skipped(item: InputError | str, to: Console) -> None:
    """Name a skipped input the same way in every command that reads inputs."""
    to.print(f"[yellow]skipped[/] {item}", highlight=False, soft_wrap=True)


def _skipped_count(skipped: list[Any]) -> str:
    """The summary's count of skipped inputs, red when there are any."""
    return f"[{'red' if skipped else 'green'}]{len(skipped)} skipped[/]"


@contextmanager
def _removed_if_left_empty(db: str | None) -> Iterator[None]:
    """Run a block that may create the DuckDB store ``db``; if it did, and stored no document in
    it (only bad inputs, a mistyped path), the new file is removed again rather than left as an
    empty store of some 800 KB. A store that existed before is never touched."""
    created = _missing_duckdb_file(db)
    try:
        yield
    finally:
        if created:
            _remove_empty_store(Path(resolve_db_path(db)))


@contextmanager
def _removed_if_left_empty_dir(folder: Path) -> Iterator[None]:
    """Run a block that may create ``folder`` (a batch's shard folder); if it did and left it
    empty (every input skipped), remove it again: an empty folder beside the store, or in the
    temporary files, tells nothing. A folder that existed before is never touched."""
    created = not folder.exists()
    try:
        yield
    finally:
        if created and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _destination(db: str | None, shown: str) -> str:
    """Where a run's documents went, as its summary says: ``shown``, or that no store was made
    when :func:`_removed_if_left_empty` removed the empty one this run had created."""
    return f"{shown} (not created: nothing was stored)" if _missing_duckdb_file(db) else shown


def _remove_empty_store(path: Path) -> None:
    """Remove the DuckDB store at ``path`` (and its write-ahead log) if it holds no documents."""
    if not path.exists():
        return
    try:
        with Store(path, read_only=True) as store:
            empty = store.counts()["documents"] == 0
    except ParleyError:  # not a store this run can read: leave it to the person to look at
        return
    if empty:
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".wal").unlink(missing_ok=True)


def _missing_duckdb_file(db: str | None) -> bool:
    """Whether ``db`` names a DuckDB file that does not exist: for a server without a write token
    that is a mistyped ``--db``, to be refused rather than served as a new, empty dashboard; for
    an ingest, a file to remove again if nothing is stored in it."""
    target = resolve_db_path(db)
    return not is_postgres_url(target) and target != ":memory:" and not Path(target).exists()


# ---------------------------------------------------------------------- queries


@app.command()
def figures(
    db: DbOption = None,
    category: Annotated[str | None, typer.Option(help="killed, injured, captured, held, released, ...")] = None,
    claimant: Annotated[
        str | None, typer.Option(help="Substring of who gives the figure; `none` for the article's own voice.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: Annotated[str | None, typer.Option(help="Substring of the sentence or of what is counted.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document (id or id prefix).")] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored figures: value, what is counted, category and who says so.

    Examples:

        parley figures --category killed

        parley figures --claimant "health ministry" --since 2023-11-01

        parley figures --text hostages --json
    """
    with Store(db, read_only=True) as store:
        rows = store.figures(
            category=category, claimant=claimant, since=since, until=until, text=text, doc_id=doc,
            limit=limit,
        )
    columns = ("date", "figure", "counted", "category", "claimant", "doc")
    _print_records(rows, "figures", columns, as_json=as_json, as_dict=_figure_json, cells=_figure_cells)


@app.command()
def events(
    db: DbOption = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type: ASSAULT, RETREAT, AGREE, ...")] = None,
    status: Annotated[
        str | None, typer.Option(help="happened, offered, demanded, planned, denied, under_investigation, ...")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: Annotated[str | None, typer.Option(help="Substring of the sentence.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document (id or id prefix).")] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored events: PLOVER type and mode, actors, status, date, place, claimant.

    Examples:

        parley events --type RETREAT --status offered

        parley events --status under_investigation --json
    """
    with Store(db, read_only=True) as store:
        rows = store.events(
            type=type, status=status, since=since, until=until, text=text, doc_id=doc, limit=limit
        )
    columns = ("date", "event", "trigger", "who → whom", "status", "claimant", "doc")
    _print_records(rows, "events", columns, as_json=as_json, as_dict=_event_json, cells=_event_cells)


def _print_records(
    rows: Sequence[_T], what: str, columns: tuple[str, ...], *, as_json: bool,
    as_dict: Callable[[_T], dict[str, Any]], cells: Callable[[_T], tuple[str, ...]],
) -> None:
    """Print listed records as JSON lines (``--json``) or as one table titled with their number:
    ``figures`` and ``events`` print alike, so scripts and readers meet one shape."""
    if as_json:
        for row in rows:
            typer.echo(json.dumps(as_dict(row), ensure_ascii=False))
        return
    table = _table(f"{len(rows)} {what}", columns)
    for row in rows:
        table.add_row(*cells(row))
    console.print(table)


def _figure_cells(row: FigureRow) -> tuple[str, ...]:
    """A figure's table row: publication date, the figure as written with its unit, what and who."""
    f = row.figure
    return (_iso(row.date), f.text + (f" {f.unit}" if f.unit else ""), f.counted or "", f.category,
            f.claimant or "[dim](article)[/]", _short_id(f.doc_id))


def _event_cells(row: EventRow) -> tuple[str, ...]:
    """An event's table row: its own date (else the publication date, dimmed), kind, trigger and sides."""
    e = row.event
    return (e.date or f"[dim]{_iso(row.published)}[/]", _event_kind(e), e.text, _who_whom(e), e.status,
            e.claimant or "[dim](article)[/]", _short_id(e.doc_id))


#: A listed document with its counts of figures and events, as ``Store.document_page`` gives it.
_ListedDocument = tuple[Document, int, int]


@app.command()
def documents(db: DbOption = None, limit: LimitOption = None, as_json: JsonOption = False) -> None:
    """List stored articles, newest first, with their counts of figures and events.

    The first column is the id that parley show and the --doc option of figures and events take.
    With --json each line holds the article's metadata (not its text: see parley export) with its
    headline and counts, as /api/documents lists them.

    Examples:

        parley documents --db news.duckdb

        parley documents --limit 20

        parley documents --json
    """
    with Store(db, read_only=True) as store:
        # The API's page query, newest first like the listing, counts each document's records in SQL.
        docs, _ = store.document_page(order="-date", limit=limit or store.counts()["documents"])
    columns = ("doc", "date", "outlet", "AI", "figures", "events", "title / first words")
    _print_records(docs, "documents", columns, as_json=as_json, as_dict=_document_json, cells=_document_cells)


def _document_cells(listed: _ListedDocument) -> tuple[str, ...]:
    """A document's table row: short id, date, outlet, machine-written mark, counts and headline."""
    d, n_figures, n_events = listed
    return (_short_id(d.doc_id), _iso(d.date), d.outlet or "", "yes" if d.ai_generated else "",
            str(n_figures), str(n_events), d.headline(12))


def _document_json(listed: _ListedDocument) -> dict[str, Any]:
    """A document's ``--json`` line: its metadata with the headline and counts the table shows,
    under /api/documents' names. The text is left out: a listing of a large store would print
    every article whole (``parley export`` writes them)."""
    d, n_figures, n_events = listed
    out = d.model_dump(mode="json", exclude={"text"})
    out.update(headline=d.headline(), figures=n_figures, events=n_events)
    return out


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, or a unique prefix of one (as in tables).")],
    db: DbOption = None,
) -> None:
    """Show an article with its figures, claimants, cues and event triggers highlighted.

    Prints the text in colour, then its figures and events as tables.

    Examples:

        parley show 4ee4dba7

        parley show reports-dev-01 --db news.duckdb
    """
    with Store(db, read_only=True) as store:
        extraction = store.extraction(doc_id)
    _print_extraction(extraction)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File (jsonl) or directory (csv, parquet).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Export the store: one JSON line per document with all its records, or a CSV/Parquet file per table.

    The JSONL export uses the evaluation interchange format (documents with figures, events and
    attributions), so it can be scored or re-read by other tools.

    Examples:

        parley export -o records.jsonl

        parley export --format parquet -o tables/
    """
    from parley.evaluation import write_predictions

    fmt = fmt.lower()
    if fmt not in ("jsonl", "csv", "parquet"):
        raise UsageError(f"unknown export format {fmt!r}; choose jsonl, csv or parquet")
    unit = "documents" if fmt == "jsonl" else "tables"
    with Store(db, read_only=True) as store, _progress(False, f"[bold]{{task.completed}}[/] {unit}") as progress:
        task = progress.add_task("exporting", total=None)
        if fmt == "jsonl":
            with _writing(_output_file(output)):
                count = write_predictions(_advancing(store.iter_extractions(), progress, task), output)
        else:
            with _writing(output, tables=True):
                written = store.export_tables(output, fmt, on_table=lambda _: progress.advance(task))
    if fmt == "jsonl":
        console.print(f"wrote {count} documents to {output}")
    else:
        console.print("wrote " + ", ".join(str(p) for p in written))


def _advancing(items: Iterable[_T], progress: Progress, task: TaskID) -> Iterator[_T]:
    """``items``, advancing ``task`` by one as each is taken: progress for a writer that takes
    an iterable and has no callback of its own."""
    for item in items:
        yield item
        progress.advance(task)


@app.command("eval-export")
def eval_export(
    source: Annotated[Path, typer.Argument(help="Documents in the evaluation format (JSONL).", exists=True,
                                           dir_okay=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the predictions (JSONL).")],
) -> None:
    """Extract from evaluation documents and write predictions in the same format (FORMAT.md).

    Only doc_id, text and date are read; gold fields are ignored. Nothing is stored.

    Example:

        parley eval-export ../shared/eval/seed/seed.jsonl -o pred.jsonl
    """
    from parley.evaluation import eval_predictions, write_predictions

    target = _output_file(output)
    with _progress(False, "[bold]{task.completed}[/] extracted") as progress:
        task = progress.add_task("extracting", total=None)
        predictions = eval_predictions(source, on_extracted=lambda: progress.advance(task))
    with _writing(target):
        count = write_predictions(predictions, target)
    err_console.print(f"wrote predictions for {count} documents to {output}")


@app.command()
def demo(
    db: Annotated[
        str | None, typer.Option("--db", help="Where to build the demo store (default: a temporary file).")
    ] = None,
) -> None:
    """Ingest the bundled example articles (the seed report among them) into a fresh store and show what was found.

    Prints each article highlighted with its figures and events. Without --db the store is a
    temporary file, removed afterwards; with --db (a path that must not exist yet) it is kept,
    to explore with the other commands.

    Examples:

        parley demo

        parley demo --db demo.duckdb && parley figures --db demo.duckdb --category killed
    """
    from parley.pipeline import ingest_paths

    workdir = None
    if db is None:
        workdir = tempfile.mkdtemp(prefix="parley-demo-")
        db = str(Path(workdir) / "demo.duckdb")
    elif Path(db).exists():
        raise UsageError(f"{db} already exists; the demo builds a fresh store, so give a new path")
    try:
        with Store(db) as store:
            with _progress(False) as progress:
                task = progress.add_task("ingesting examples", total=None)
                report = ingest_paths([EXAMPLES_DIR], store, on_item=lambda *_: progress.advance(task))
            _reconcile_with_progress(store, quiet=False)
            console.print(f"[bold]{report.added}[/] example articles ingested into {db}\n")
            for document in store.documents():
                _print_extraction(store.extraction(document.doc_id))
            counts = store.counts()
        console.print(
            f"[bold]Found {counts['figures']} figures, {counts['events']} events and "
            f"{counts['attributions']} attributions in {counts['documents']} articles.[/]"
        )
        if workdir is None:
            console.print(f"Explore them: parley figures --db {db}")
    finally:
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)


# ---------------------------------------------------------------------- rendering


_STYLES = {"figure": "bold cyan", "claimant": "magenta", "cue": "yellow", "event": "bold red"}


def _print_extraction(extraction: Extraction) -> None:
    doc = extraction.document
    header = f"[bold]{doc.headline(12)}[/]\n{doc.doc_id}  {_iso(doc.date)}  {doc.outlet or ''}"
    if doc.ai_generated:
        header += "  [red]machine-written[/]"
    console.print(header, highlight=False)
    text = Text(doc.text)
    for a in extraction.attributions:
        if a.source:
            text.stylize(_STYLES["claimant"], a.source.start, a.source.end)
        text.stylize(_STYLES["cue"], a.cue.start, a.cue.end)
    for e in extraction.events:
        text.stylize(_STYLES["event"], e.start, e.end)
    for f in extraction.figures:
        text.stylize(_STYLES["figure"], f.start, f.end)
    console.print(text)
    legend = Text("legend: ")
    for name, style in _STYLES.items():
        legend.append(name, style=style).append("  ")
    console.print(legend)
    if extraction.figures:
        table = _table("figures", ("figure", "value", "counted", "category", "claimant"))
        for f in extraction.figures:
            table.add_row(f.text, _value(f.value, f.low, f.high, f.qualifier, f.unit), f.counted or "",
                          f.category, f.claimant or "[dim](article)[/]")
        console.print(table)
    if extraction.events:
        table = _table("events", ("trigger", "event", "who → whom", "status", "when, where", "claimant"))
        for e in extraction.events:
            when_where = ", ".join(x for x in (e.date, e.place) if x)
            table.add_row(e.text, _event_kind(e), _who_whom(e), e.status, when_where, e.claimant or "[dim](article)[/]")
        console.print(table)
    console.print()


#: Short codes that read badly when broken across lines.
_NO_WRAP = {"date", "event", "trigger", "status", "category", "doc", "AI", "value"}


def _table(title: str, columns: tuple[str, ...]) -> Table:
    """A left-titled table whose short code columns never wrap; prose columns wrap at words."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, no_wrap=column in _NO_WRAP, overflow="fold")
    return table


def _value(value: float | None, low: float | None, high: float | None, qualifier: str, unit: str | None) -> str:
    def num(x: float) -> str:
        return f"{x:,.0f}" if x == int(x) else f"{x:,}"

    if value is not None:
        shown = num(value)
    elif low is not None and high is not None:
        shown = f"{num(low)}–{num(high)}"
    elif low is not None:
        shown = f"≥{num(low)}"
    else:
        shown = "?"
    return f"{shown}{' ' + unit if unit else ''} ({qualifier})"


def _event_kind(event: Event) -> str:
    return event.type + (f"/{event.mode}" if event.mode else "")


def _who_whom(event: Event) -> str:
    source, target = _actor(event.source), _actor(event.target)
    if not target:
        return source
    return f"{source or '?'} → {target}"


def _actor(actor: Any) -> str:
    """An actor as written with its codes; an actor the text leaves unnamed (a state inferred from
    a place) is its codes alone, without a blank where the name would be."""
    if actor is None:
        return ""
    codes = "/".join(c for c in (actor.country, actor.sector) if c)
    return " ".join(part for part in (actor.text, f"[dim]{codes}[/]" if codes else "") if part)


def _short_id(doc_id: str, width: int = 8) -> str:
    """How a table names a document: the start of parley's own content id (16 hex digits), which
    is unique in practice, but an id the input gave (``reports-dev-01``, ``202403050001``) in
    full, as its start is shared by its neighbours and would name none of them for ``parley show``."""
    return doc_id[:width] if is_content_id(doc_id) else doc_id


def _figure_json(row: FigureRow) -> dict[str, Any]:
    """A figure's ``--json`` line: the record with the article's date, outlet and the sentence."""
    return _record_json(row.figure, row.date, row.outlet, row.sentence)


def _event_json(row: EventRow) -> dict[str, Any]:
    """An event's ``--json`` line, in the shape of a figure's (and of ``/api/events``)."""
    return _record_json(row.event, row.published, row.outlet, row.sentence)


def _record_json(
    record: Figure | Event, published: dt.date | None, outlet: str | None, sentence: str
) -> dict[str, Any]:
    """A listed record as JSON with what a reader of one line needs beside it: the article's date
    and outlet and the sentence it came from (offsets alone send them back to the store)."""
    out = record.model_dump(mode="json")
    out.update(published=_iso(published) or None, outlet=outlet, sentence=sentence)
    return out


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _on_day(text: str, day: dt.date | None) -> str:
    """A value with the day it was given; a report with no date says so rather than ``()``."""
    return f"{text} ({_iso(day) or 'undated'})"


def _progress(quiet: bool, count: str = "[bold]{task.completed}[/] documents") -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn(count),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )


# ---- reconcile

ledger_app = typer.Typer(
    cls=_ParleyGroup,
    help="Ledgers rebuilt across reports: captives taken, held, released and exchanged; truces.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(ledger_app, name="ledger")


def _read_view(db: str | None, view: Callable[[Store], _T]) -> _T:
    """What ``view`` makes of the store ``db``, opened read-only."""
    with Store(db, read_only=True) as store:
        return view(store)


def _source_cell(source: Any) -> str:
    who = source.claimant or "(article)"
    where = " ".join(x for x in (source.outlet or "", _iso(source.published), _short_id(source.doc_id, 10)) if x)
    return f"{who} [dim]{where}[/]"


@app.command("reconcile")
def reconcile_cmd(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Link events not yet reconciled to incidents (one per real event), keeping earlier incidents.

    Incremental: `parley ingest` and `parley batch` run it after storing new articles (unless
    --no-reconcile); new reports join or open incidents. It also builds each new document's part
    of the ledgers and series (view lines), which the ledger, series and conflicts commands read.

    Examples:

        parley reconcile --db news.duckdb

        parley reconcile --json
    """
    with Store(db) as store:
        report = _reconcile_with_progress(store, quiet=False)
        incidents = store.incident_table(min_reports=2, limit=10)
    if as_json:
        typer.echo(json.dumps(report.as_dict()))
        return
    console.print(f"[bold]{report.linked}[/] events linked: {report.joined} joined an incident, "
                  f"{report.opened} opened one ({report.pruned} stale links pruned); view lines built for "
                  f"{report.views_built} documents", highlight=False)
    if incidents:
        table = Table(title="incidents with most reports")
        for column in ("incident", "event", "first day", "last day", "place", "reports", "documents"):
            table.add_column(column, overflow="fold")
        for i in incidents:
            table.add_row(i["incident_id"], i["type"] + (f"/{i['mode']}" if i["mode"] else ""), _iso(i["first_day"]),
                          _iso(i["last_day"]), i["place"] or "", str(i["reports"]), str(i["documents"]))
        console.print(table)


@ledger_app.command("captives")
def ledger_captives(
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None, as_json: JsonOption = False,
    proposed: Annotated[bool, typer.Option("--proposed/--no-proposed", help="Also list offers and demands.")] = True,
) -> None:
    """Captives taken, held and released per side and date, exchanges with their ratio, each with its source.

    Offers, demands, plans and refusals are listed apart from what happened.

    Examples:

        parley ledger captives --db news.duckdb

        parley ledger captives --since 2023-11-24 --json
    """
    from parley.reconcile import captives_in

    lines, exchanges = _read_view(db, lambda store: captives_in(store, since, until))
    if as_json:
        for line in lines:
            if proposed or not line.proposed:
                typer.echo(json.dumps(line.as_dict(), ensure_ascii=False))
        return
    for title, part in (("what happened", [ln for ln in lines if not ln.proposed]),
                        ("offered, demanded, planned or refused", [ln for ln in lines if ln.proposed])):
        if part and (proposed or title == "what happened"):
            console.print(_captive_table(f"captives: {title} ({len(part)})", part))
    if exchanges:
        table = Table(title=f"exchanges ({len(exchanges)})")
        for column in ("exchange", "status", "one side", "other side", "ratio", "source"):
            table.add_column(column, overflow="fold")
        for x in exchanges:
            table.add_row(x.exchange_id, x.first.status, f"{x.first.count or '?'} {x.first.captives or ''}",
                          f"{x.second.count or '?'} {x.second.captives or ''}", x.ratio or "?",
                          _source_cell(x.first.source))
        console.print(table)


def _by_cell(line: Any) -> str:
    """The party of a line, and who demanded it where a demand names someone else ("demanded by Hamas")."""
    demanded = f"demanded by {line.demanded_by}" if line.demanded_by else ""
    return "; ".join(part for part in (line.by or "", demanded) if part)


def _captive_table(title: str, lines: list[Any]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("day", "action", "status", "count", "captives", "side", "by", "exchange", "incident", "source",
                   "sentence"):
        table.add_column(column, overflow="fold")
    for ln in lines:
        action = ln.action + (" (to date)" if ln.cumulative else "") + (f" ({ln.every})" if ln.every else "")
        if ln.part_of:
            action += f", of {ln.part_of}"
        source = _source_cell(ln.source)
        if ln.also:
            source += f" [dim]+ {len(ln.also)} more: {', '.join(a.doc_id[:10] for a in ln.also)}[/]"
        table.add_row(_iso(ln.day), action, ln.status, ln.count or "?", ln.captives or "", ln.captive_side or "",
                      _by_cell(ln), f"{ln.exchange or ''} {ln.ratio or ''}".strip(), (ln.incident or "")[-8:],
                      source, ln.source.sentence.strip()[:140])
    return table


@ledger_app.command("truce")
def ledger_truce(
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None, as_json: JsonOption = False
) -> None:
    """Truces: agreements, start, length, extensions offered / agreed / refused, end or breach, with reports.

    Examples:

        parley ledger truce --db news.duckdb

        parley ledger truce --json
    """
    from parley.reconcile import truces_in

    lines = _read_view(db, lambda store: truces_in(store, since, until))
    if as_json:
        for line in lines:
            typer.echo(json.dumps(line.as_dict(), ensure_ascii=False))
        return
    from parley.reconcile import truce_groups

    for truce in truce_groups(lines):
        console.print(_truce_table(truce))


def _truce_table(truce: Any) -> Table:
    """One truce: a summary title, then its lines oldest first (extensions by outcome in the outcome column)."""
    agreed = ", ".join(ln.length or "?" for ln in truce.extensions("agreed"))
    offered = ", ".join(ln.length or "?" for ln in truce.extensions("offered"))
    refused = ", ".join(ln.length or "?" for ln in truce.extensions("refused"))
    summary = "; ".join(part for part in (
        f"{_iso(truce.first_day)} to {_iso(truce.last_day)}", f"began {_iso(truce.start)}" if truce.start else "",
        f"length {truce.length}" if truce.length else "",
        f"extensions agreed: {agreed}" if agreed else "", f"offered: {offered}" if offered else "",
        f"refused: {refused}" if refused else "", "/".join(truce.countries)) if part)
    table = Table(title=f"{truce.truce_id} ({len(truce.lines)} reports): {summary}", title_justify="left")
    for column in ("day", "stage", "outcome", "status", "length", "source", "sentence"):
        table.add_column(column, overflow="fold")
    for ln in truce.lines:
        length = ln.length or ""
        if ln.truce_length:
            length += f" (truce: {ln.truce_length})"
        table.add_row(_iso(ln.day), ln.stage, ln.outcome, ln.status, length.strip(), _source_cell(ln.source),
                      ln.source.sentence.strip()[:140])
    return table


@app.command("series")
def series_cmd(
    db: DbOption = None,
    category: Annotated[str | None, typer.Option(help="killed, injured, captured, held, released, ...")] = None,
    counted: Annotated[str | None, typer.Option(
        help="Substring of what is counted (its head word); toll, dead and victims find the series of people.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """Figure series per (category, what is counted, place, claimant) over time; nothing is overwritten.

    Examples:

        parley series --category killed

        parley series --counted hostage --json
    """
    from parley.reconcile import SERIES_CATEGORIES, series_head, series_in

    categories = [category] if category else SERIES_CATEGORIES
    found = _read_view(db, lambda store: series_in(store, since, until, categories))
    # "--counted toll" finds the tolls a series shows as "people", as "--counted prisoners" finds "prisoner"
    rows = [s for s in found if not counted or counted.lower() in s.counted or series_head(counted) == s.counted]
    if as_json:
        for s in rows:
            typer.echo(json.dumps(s.as_dict(), ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} series")
    for column in ("category", "counted", "place", "claimant", "values over time", "latest", "latest source"):
        table.add_column(column, overflow="fold")
    for s in rows:
        steps = " → ".join(_on_day(p.text, p.day) for p in s.points)
        table.add_row(s.category, s.counted, s.place or "", s.claimant, steps, s.points[-1].text,
                      _source_cell(s.points[-1].source))
    console.print(table)


@app.command("conflicts")
def conflicts_cmd(
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None, as_json: JsonOption = False
) -> None:
    """Where claimants disagree: the newest values of two claimants for one count, given within a day.

    An undated value is set only against values of its own article; a value with no place only
    against values whose articles tell of a country in common (or of none).

    Examples:

        parley conflicts --db news.duckdb

        parley conflicts --json
    """
    from parley.reconcile import conflicts_in

    rows = _read_view(db, lambda store: conflicts_in(store, since, until))
    if as_json:
        for c in rows:
            typer.echo(json.dumps(c.as_dict(), ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} disagreements")
    for column in ("category", "counted", "place", "one claimant", "says", "other claimant", "says", "spread"):
        table.add_column(column, overflow="fold")
    for c in rows:
        table.add_row(c.category, c.counted, c.place or "", c.a.claimant,
                      _on_day(c.a.points[-1].text, c.a.points[-1].day), c.b.claimant,
                      _on_day(c.b.points[-1].text, c.b.points[-1].day), f"{c.spread:.0%}")
    console.print(table)


# ---- serve


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps the server to this machine.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="PARLEY_TOKEN", show_envvar=True, help="Write token; POST /api/documents needs it."),
    ] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the store read-only; refuse writes.")] = False,
    public_reads: Annotated[
        bool, typer.Option("--public-reads", help="On a non-loopback address, let anyone read without the token.")
    ] = False,
) -> None:
    """Serve the dashboard and the HTTP API over a store (open http://127.0.0.1:8000/).

    Writes (POST /api/documents) need the token. Reads are open on loopback; on any other
    address they need the token too (browsers sign in once at /login), unless --public-reads.
    A writable server on a non-loopback address without a token is refused.

    Examples:

        parley serve --db news.duckdb

        PARLEY_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(24))') parley serve --host 0.0.0.0

        parley serve --host 0.0.0.0 --read-only --public-reads
    """
    import uvicorn

    from parley.serve import ServeConfig, check_bind, create_app, reads_open

    config = ServeConfig(db=db, token=token or None, read_only=read_only,
                         open_reads=reads_open(host, public_reads))
    check_bind(host, config)
    # Fail here, with parley's message, if the store cannot be opened; a server that can never
    # write does not create a store it would only ever show empty.
    with Store(db, read_only=read_only or (not config.writable and _missing_duckdb_file(db))) as store:
        path = store.path
    writes = "writes need the token" if config.writable else "read-only: no writes"
    reads = "reads open" if config.open_reads else "reads need the token"
    err_console.print(f"serving {path} on http://{host}:{port}/ ({reads}; {writes})", highlight=False)
    uvicorn.run(create_app(config), host=host, port=port, log_level="info")


# ---- check and brief

_DRAFT_HELP = ("The draft: text, HTML or Markdown. A first line 'date YYYY-MM-DD' dates it: its claims are "
               "compared with reports of its time (an undated draft, with every report).")


@app.command("check")
def check_cmd(
    draft: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help=_DRAFT_HELP)],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or html.")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the report to this file.")] = None,
    machine_written: Annotated[
        bool, typer.Option("--machine-written", help="Also use machine-written stored articles as evidence.")
    ] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="List every unsourced claim in the table (else they are summarised).")
    ] = False,
) -> None:
    """Check a draft against the store: each figure, event and attribution is marked contradicted,
    misattributed, supported or unsourced, with the stored reports behind the mark. The report
    opens with a summary line and lists findings most severe first; unsourced claims are
    summarised (--all lists them; JSON and HTML always hold them all).

    Examples:

        parley check draft.txt --db news.duckdb

        parley check story.md --format html -o report.html

        parley check story.html --format json
    """
    from parley.check import Evidence, check_draft, read_draft, report_dict, report_html

    if fmt not in ("table", "json", "html"):
        raise UsageError(f"unknown format {fmt!r}: choose table, json or html")
    output = _output_file(output) if output else None
    with Store(db, read_only=True) as store:
        stored = store.counts()["documents"]
        # Reading a large store takes seconds before anything is printed: say so on a terminal.
        with err_console.status(f"reading {stored} stored article{'s' if stored != 1 else ''} as evidence…"):
            evidence = Evidence.from_store(store, machine_written=machine_written)
    with err_console.status("checking the draft…"):
        report = check_draft(read_draft(draft), evidence)
    if fmt == "table":
        if output:
            with _writing(output), output.open("w", encoding="utf-8") as handle:
                Console(file=handle, width=160).print(_check_table(report, show_all))
        else:
            console.print(_check_table(report, show_all))
        return
    text = json.dumps(report_dict(report), ensure_ascii=False, indent=2) if fmt == "json" else report_html(report)
    _emit(text, output)


def _output_file(path: Path) -> Path:
    """``path`` checked, before any work is done, to be writable as one file; nothing is created.

    A directory in its place, or a file where one of its folders should be, is refused with a
    message rather than a traceback. Missing folders are made by :func:`_writing`, just before
    writing, so a command that fails first leaves nothing behind.
    """
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory; give the name of the file to write, "
                         f"e.g. {path / 'out'}")
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise UsageError(f"cannot write {path}: {folder} is a file, not a folder; give a path in a folder")
            break
    return path


@contextmanager
def _writing(output: Path, *, tables: bool = False) -> Iterator[None]:
    """Write ``output``: its missing folders are made first (``tables``: ``output`` is the folder
    the writer makes). A path that cannot be written (no permission, a disk full) is a usage
    error naming it, not a traceback from deep inside the writer."""
    what = "a directory to hold the table files" if tables else "a file path"
    try:
        if not tables:
            output.parent.mkdir(parents=True, exist_ok=True)
        yield
    except OSError as exc:
        raise UsageError(
            f"cannot write {output}: {exc.strerror or exc}; give {what} in a writable directory"
        ) from exc


def _emit(text: str, output: Path | None) -> None:
    if output:
        with _writing(output):
            output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output}", highlight=False)
    else:
        typer.echo(text)


@app.command("brief")
def brief_cmd(
    topic: Annotated[str, typer.Option("--topic", help="captives, truce or casualties.")],
    db: DbOption = None,
    place: Annotated[str | None, typer.Option(help="Only records whose place or sentence names this.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[str, typer.Option("--format", help="markdown or html.")] = "markdown",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the brief to this file.")] = None,
    machine_written: Annotated[
        bool, typer.Option("--machine-written", help="Also use machine-written stored articles.")
    ] = False,
) -> None:
    """Write a brief from stored records only: every sentence cites its records, every figure
    names its claimant, contested figures are set side by side, offers are written as offers,
    and a denial, allegation or investigation is told as its source put it, next to the claim it answers.

    Examples:

        parley brief --topic captives --db news.duckdb

        parley brief --topic truce --since 2023-11-24 --until 2023-12-01

        parley brief --topic casualties --place Gaza --format html -o brief.html
    """
    from parley.brief import write_brief

    if fmt not in ("markdown", "html"):
        raise UsageError(f"unknown format {fmt!r}: choose markdown or html")
    output = _output_file(output) if output else None
    with Store(db, read_only=True) as store:
        brief = write_brief(store, topic, place=place, since=since, until=until,
                            machine_written=machine_written)
    _emit(brief.markdown() if fmt == "markdown" else brief.html(), output)


_VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "misattributed": "bold yellow", "unsourced": "dim"}


def _check_table(report: Any, show_all: bool = False) -> Any:
    """A check report for the terminal (a rich ``Group``): summary line, findings most severe first,
    unsourced claims summarised unless ``show_all``."""
    from rich.console import Group

    from parley.check import claim_context, findings, source_line, summary_line, unsourced_summary

    table = Table(show_lines=True, expand=True)
    table.add_column("verdict", no_wrap=True, min_width=13)
    for column, ratio in (("claim, in its sentence", 7), ("why, and the evidence", 9)):
        table.add_column(column, overflow="fold", ratio=ratio)
    for mark in findings(report, everything=show_all):
        claim = Text(mark.text if len(mark.text) <= 120 else mark.text[:119] + "…", style="bold")
        said_by = mark.claimant or "the article's own voice"
        claim.append(f"\n{mark.kind}: {mark.detail}; said by {said_by}", style="dim")
        claim.append(f"\n“{claim_context(report, mark)}”")
        why = Text(mark.reason)
        for source in mark.evidence[:3]:
            why.append(f"\n• {source_line(source)}", style="dim" if mark.verdict == "unsourced" else "")
        table.add_row(Text(f"{mark.verdict}\n({mark.kind})", style=_VERDICT_STYLE[mark.verdict]), claim, why)
    parts: list[Any] = [Text(summary_line(report), style="bold")]
    if table.rows:
        parts.append(table)
    rest = unsourced_summary(report)
    if rest["total"] and not show_all:
        kinds = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in rest["by_kind"].items() if n)
        line = f"Not listed: {rest['total']} unsourced claims ({kinds}) that no stored report gives"
        if rest["figures"]:
            line += "; unsourced figures: " + "; ".join(rest["figures"])
        parts.append(Text(line + ". Use --all to list them with their sentences.", style="dim"))
    return Group(*parts)


# ---- batch


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories (JSONL/CSV dumps, text, HTML, feeds).",
                                                show_default=False)],
    db: DbOption = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local cluster size (default: one worker per core).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Directory for the Parquet shards (kept; a re-run reuses them). Default: beside a DuckDB store, "
            "named after it (news.duckdb -> news-batch/); for a postgresql:// store, a temporary folder. "
            "With --scheduler give a folder every worker can reach.",
            show_default=False,
        ),
    ] = None,
    chunk_size: Annotated[int, typer.Option(min=1, help="Documents per task and per shard.")] = 64,
    date_order: DateOrderOption = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary; skipped inputs are still named.")
    ] = False,
    reconcile: Annotated[
        bool, typer.Option(help="Link the new events to incidents afterwards (see `parley reconcile`).")
    ] = True,
) -> None:
    """Ingest many articles on a Dask cluster: shards of Parquet, loaded into the store in bulk.

    Runs the same extraction as `parley ingest`, in parallel: a local cluster with one worker per
    core by default, or an existing cluster with --scheduler. Re-running after a failure finishes
    the job without duplicates. The store may be a DuckDB file or a postgresql:// URL. The shards
    are kept beside a DuckDB store (news.duckdb -> news-batch/), so they go when the store goes,
    not in the folder the command was started from.

    Examples:

        parley batch archive/ --db news.duckdb

        parley batch dumps/*.jsonl --workers 8 --db postgresql://parley@db.example.org/parley

        parley batch s3-mirror/ --scheduler tcp://10.0.0.5:8786 --out /shared/parley-batch --db postgresql://...
    """
    from parley.batch import default_shard_dir

    store_target = resolve_db_path(db)
    shard_dir = out or default_shard_dir(store_target)
    with _removed_if_left_empty(db), _removed_if_left_empty_dir(shard_dir):  # as for `parley ingest`
        report = _batch_with_progress(
            inputs, store_target, out=shard_dir, scheduler=scheduler, workers=workers,
            chunk_size=chunk_size, date_order=date_order, quiet=quiet,
        )
        if reconcile and store_target:
            with Store(store_target) as store:  # one process, after the workers: the client writes alone
                _reconcile_if_needed(store, report.added + report.replaced, quiet)
    for skipped in report.skipped:  # named even when quiet, as by `parley ingest`
        _print_skipped(skipped, err_console)
    if not quiet:
        console.print(
            f"[bold]{report.documents}[/] documents in {report.shards} shards ({report.shards_reused} reused): "
            f"{report.added} added, {report.replaced} re-extracted, {report.unchanged} already stored, "
            f"{_skipped_count(report.skipped)} -> {_destination(db, redact(store_target))} "
            f"[dim](shards in {report.out_dir})[/]",
            highlight=False,
        )
        _print_undated(report.undated)
    if report.skipped:
        raise typer.Exit(code=1)


class _DocumentRate(ProgressColumn):
    """Documents per second: a batch runs for hours, and its rate says when it will be done."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:,.1f} documents/s")


def _batch_with_progress(
    inputs: list[str], store_target: str, *, out: Path, scheduler: str | None, workers: int | None,
    chunk_size: int, date_order: str | None, quiet: bool,
) -> BatchReport:
    """:func:`parley.batch.run_batch` under a progress bar with the documents done and their rate."""
    from parley.batch import run_batch

    progress = Progress(
        SpinnerColumn(), TextColumn("batch"), TextColumn("[bold]{task.completed}[/] documents"), _DocumentRate(),
        TimeElapsedColumn(), console=err_console, disable=quiet, transient=True,
    )
    with progress:
        task = progress.add_task("batch", total=None)
        return run_batch(
            inputs, out_dir=out, db=store_target, scheduler=scheduler, workers=workers, chunk_size=chunk_size,
            date_order=date_order, on_progress=lambda n: progress.advance(task, n),
        )


def main() -> None:
    """Entry point of the ``parley`` script."""
    app()


if __name__ == "__main__":
    main()
