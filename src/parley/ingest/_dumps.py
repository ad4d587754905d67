"""Streamed dumps: JSONL and CSV files with one article per line or row.

Dumps can hold millions of articles, so they are never read whole: lines are pulled one at a
time from a decoding stream, each at most ``max_bytes`` long (a longer line is skipped without
being held in memory), and each becomes a Document or an InputError naming the file and line.
A dump's text is kept byte for byte (no marker stripping, no whitespace trimming) because
annotation and evaluation files give character offsets into exactly that text.

CSV needs a header row. A file without the text column is one error for the whole file,
listing the columns it has; a row with a different number of fields than the header is an
error for that row (usually an unquoted comma or newline). A quote left open reads every line
after it as one field, up to the next quote or the end of the file; the error for such a row
names the lines it took, since those rows get no error of their own. When the field count still
fits, the swallowed rows are found by the shapes of the id, date and url columns, or, in a dump
without them (title and text only), by the quote: the one that ended the open field closed it in
the middle of a later line, which no well-quoted field spread over lines does.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO

from parley.errors import InputError
from parley.ingest._decode import (
    ENCODING_HINT,
    SNIFF_BYTES,
    check_not_binary,
    reading_codec,
    sniff_encoding,
    unknown_encoding,
)
from parley.ingest._documents import make_document
from parley.records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FieldMap",
    "ReadOptions",
    "iter_csv",
    "iter_jsonl",
    "jsonl_line",
    "open_dump",
]

#: 20 MB: far above any real article (a long report is ~100 kB) and low enough that a
#: mistakenly passed archive or database file is refused instead of loaded into memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which JSONL key or CSV column holds each document field (CLI: ``--text-field`` etc.)."""

    text: str = "text"
    date: str = "date"
    outlet: str = "outlet"
    url: str = "url"
    title: str = "title"
    doc_id: str = "doc_id"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The reading options of one ``read_inputs`` call, passed down to every reader."""

    fields: FieldMap = field(default_factory=FieldMap)
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    #: How the dumps write all-numeric dates ("DMY", "MDY"); None refuses the ambiguous ones.
    date_order: str | None = None


def open_dump(raw: IO[bytes], source: str, options: ReadOptions) -> io.TextIOWrapper:
    """A decoding text stream over a dump, its encoding chosen from the first 64 kB.

    Raises:
        InputError: the file is empty, binary, or its encoding cannot be told.
    """
    sample = raw.read(SNIFF_BYTES)
    if not sample.strip():
        raise InputError(source, "the file is empty; a dump needs one article per line or row")
    check_not_binary(sample, source, encoding=options.encoding)
    encoding = options.encoding or sniff_encoding(sample, complete=len(sample) < SNIFF_BYTES)
    if encoding is None:
        raise InputError(source, f"cannot tell the text encoding (not UTF-8); {ENCODING_HINT}")
    raw.seek(0)
    try:
        return io.TextIOWrapper(raw, encoding=reading_codec(encoding), newline="")
    except LookupError as exc:
        raise InputError(source, unknown_encoding(encoding)) from exc


def bounded_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | None]]:
    """``(line number, line)`` pairs; a line over ``limit`` bytes comes as ``None``, unread.

    ``readline`` is given a size, so an oversized line is consumed in pieces and never held.
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(("\n", "\r")):
            _skip_rest_of_line(stream)
            yield number, None
        elif len(line.encode("utf-8", "surrogatepass")) > limit:
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(stream: IO[str]) -> None:
    while True:
        piece = stream.readline(SNIFF_BYTES)
        if not piece or piece.endswith(("\n", "\r")):
            return


def _too_long(limit: int) -> str:
    return (
        f"the line is over the {limit:,}-byte limit per record; raise it with "
        "read_inputs(..., max_bytes=N) (CLI: --max-mb N)"
    )


def iter_jsonl(stream: IO[str], source: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """One Document (or InputError) per non-blank JSONL line, read lazily."""
    lines = bounded_lines(stream, options.max_bytes)
    while True:
        try:
            number, line = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield InputError(source, f"undecodable bytes after the last line read ({exc.reason}); {ENCODING_HINT}")
            return
        if line is None:
            yield InputError(source, _too_long(options.max_bytes), line=number)
            continue
        result = jsonl_line(line, source, number, options)
        if result is not None:
            yield result


def jsonl_line(line: str, source: str, number: int, options: ReadOptions) -> Document | InputError | None:
    """The Document of one JSONL line; ``None`` for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(
            source, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line", line=number
        )
    except RecursionError:  # the json module recurses once per level of nesting
        return InputError(source, "the JSON is nested too deeply to read; flatten or remove the line", line=number)
    if not isinstance(record, dict):
        return InputError(
            source,
            f'expected a JSON object per line, got {_json_kind(record)}; wrap it as {{"text": ...}}',
            line=number,
        )
    return record_to_document(record, source, number, options)


def record_to_document(
    record: Mapping[str, object], source: str, number: int, options: ReadOptions
) -> Document | InputError:
    """A Document from one dump record whose columns are named by ``options.fields``.

    The text must be a non-empty string; date, outlet, url, title and doc_id are optional.
    """
    fields = options.fields
    text = record.get(fields.text)
    if text is None:
        keys = ", ".join(sorted(map(str, record))) or "none"
        return InputError(
            source,
            f"no {fields.text!r} field (fields here: {keys}); name the text field with "
            "FieldMap(text=...) (CLI: --text-field)",
            line=number,
        )
    if not isinstance(text, str):
        return InputError(source, f"field {fields.text!r} is {_json_kind(text)}, not a string", line=number)
    if not text.strip():
        return InputError(source, f"field {fields.text!r} is empty; remove the record or fill in its text", line=number)
    try:
        return make_document(
            _encodable(text, fields.text),
            origin=f"{source}:{number}",
            date=_optional_str(record, fields.date),
            outlet=_optional_str(record, fields.outlet),
            url=_optional_str(record, fields.url),
            title=_optional_str(record, fields.title),
            doc_id=_optional_str(record, fields.doc_id),
            strip_marker=False,
            date_field=fields.date,
            date_order=options.date_order,
        )
    except InputError as exc:
        return InputError(source, exc.problem, line=number)


#: JSON's own names for the values json.loads returns, as a user who wrote the dump knows them
#: (Python's "NoneType", "dict" and "int" are not the dump's vocabulary).
_JSON_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "true or false"), (str, "a string"), (int, "a number"), (float, "a number"),
    (list, "an array"), (dict, "an object"),
)


def _json_kind(value: object) -> str:
    """What a decoded JSON value is, in JSON's words: 'an array', 'null', 'a number'."""
    if value is None:
        return "null"
    return next((name for kind, name in _JSON_KINDS if isinstance(value, kind)), f"a {type(value).__name__}")


def _optional_str(record: Mapping[str, object], name: str) -> str | None:
    """A metadata value as text: blank and null are "not given"; numbers (ids) become strings.

    A list, object or boolean is refused rather than stored as its Python spelling
    (``"['AP', 'Reuters']"`` as an outlet, ``"True"`` as a doc_id shared by every such record).

    Raises:
        InputError: the value is not a string or a number, or holds a lone surrogate.
    """
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(name, f"field {name!r} is {_json_kind(value)}, not a string; give it as text or leave it out")
    text = value if isinstance(value, str) else str(value)
    return _encodable(text, name).strip() or None


def _encodable(text: str, name: str) -> str:
    """``text`` unchanged if it can be stored as UTF-8.

    A JSON ``\\ud800`` escape decodes to a lone surrogate, which no UTF-8 store (nor the
    content hash) can take; refusing the record here names it instead of failing the batch.

    Raises:
        InputError: the text holds a lone surrogate.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start].encode("unicode_escape").decode("ascii")
        raise InputError(
            name, f"field {name!r} holds a lone surrogate ({bad}), which is not text; fix the escape in the record"
        ) from exc
    return text


def iter_csv(
    stream: IO[str], source: str, options: ReadOptions, *, delimiter: str = ","
) -> Iterator[Document | InputError]:
    """One Document (or InputError) per CSV row after the header, read lazily.

    The csv module's field limit is raised to ``max_bytes`` (it is process-wide and only ever
    raised), so a quoted field up to the limit is accepted and a longer one is an error for
    its row, not a crash.
    """
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    lines = _RowLines(stream)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader, [])]
    except (csv.Error, UnicodeDecodeError) as exc:
        yield InputError(source, f"cannot read the header row ({exc}); {ENCODING_HINT}", line=1)
        return
    if options.fields.text not in header:
        columns = ", ".join(repr(name) for name in header) or "none"
        yield InputError(
            source,
            f"no {options.fields.text!r} column (columns: {columns}); "
            + _delimiter_hint(header, delimiter, options.fields.text),
        )
        return
    # Only a column parley reads is ambiguous when repeated: spreadsheet exports often end in
    # empty names or repeat a column (notes, notes) that no field maps to, and those are ignored.
    fields = options.fields
    mapped = {fields.text, fields.date, fields.outlet, fields.url, fields.title, fields.doc_id} - {""}
    repeated = sorted(name for name, count in Counter(header).items() if count > 1 and name in mapped)
    if repeated:
        yield InputError(
            source,
            f"column(s) {', '.join(map(repr, repeated))} appear more than once in the header, so which one "
            "holds the value is ambiguous; rename or remove the copies",
        )
        return
    yield from _csv_rows(reader, lines, header, source, options, delimiter)


#: Delimiters spreadsheet exports use instead of the comma (a European Excel writes ";").
_OTHER_DELIMITERS = (";", "\t", "|", ",")


def _delimiter_hint(header: list[str], delimiter: str, text_field: str) -> str:
    """What to do about a header without the text column: when the header is one name that
    splits on another delimiter into names including the text column, the file uses that
    delimiter, which a rename cannot fix; otherwise the column is named otherwise."""
    for other in _OTHER_DELIMITERS:
        if other != delimiter and len(header) == 1 and text_field in (name.strip() for name in header[0].split(other)):
            return (
                f"the header splits on {other!r}, not on {delimiter!r}: the file uses another delimiter; "
                "save it comma-separated as .csv or tab-separated as .tsv"
            )
    return "name the text column with FieldMap(text=...) (CLI: --text-field)"


class _RowLines:
    """The lines of a CSV stream as the csv reader pulls them, the lines of the row being read kept,
    so a row read over several lines can be read again strictly (:func:`_quote_closed_mid_line`)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.row: list[str] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline()
        if not line:
            raise StopIteration
        self.row.append(line)
        return line


def _csv_rows(
    reader: Iterator[list[str]], lines: _RowLines, header: list[str], source: str, options: ReadOptions,
    delimiter: str,
) -> Iterator[Document | InputError]:
    """Rows after the header; line numbers are those of the row's first physical line."""
    line_num = 1
    rows = 0
    while True:
        start = line_num + 1
        lines.row.clear()
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                yield InputError(source, "a header row and no rows; a dump needs one article per row after it")
            return
        except csv.Error as exc:
            line_num = getattr(reader, "line_num", line_num)
            rows += 1
            yield InputError(
                source, f"malformed CSV row ({exc}); check its quoting{_swallowed(start, line_num)}", line=start
            )
            continue
        except UnicodeDecodeError as exc:
            yield InputError(source, f"undecodable bytes ({exc.reason}); {ENCODING_HINT}", line=start)
            return
        line_num = getattr(reader, "line_num", line_num)
        if not row:
            continue
        rows += 1
        if len(row) != len(header):
            yield InputError(
                source,
                f"row has {len(row)} field{'' if len(row) == 1 else 's'} but the header has {len(header)}; "
                f"quote fields that contain the delimiter or a newline{_swallowed(start, line_num)}",
                line=start,
            )
            continue
        if sum(len(value) for value in row) > options.max_bytes:
            yield InputError(source, _too_long(options.max_bytes).replace("line", "row"), line=start)
            continue
        record = dict(zip(header, row, strict=True))
        swallowed = (_swallowed_row_problem(record, header, lines.row, options.fields, delimiter)
                     if line_num > start else None)
        if swallowed:
            yield InputError(source, swallowed + _swallowed(start, line_num), line=start)
            continue
        result = record_to_document(record, source, start, options)
        if isinstance(result, InputError) and _line_break_outside_text(record, options.fields):
            result = InputError(source, result.problem + _swallowed(start, line_num), line=start)
        yield result


def _line_break_outside_text(record: Mapping[str, str], fields: FieldMap) -> bool:
    """Whether a field other than the text holds a line break: a date, outlet, url or id never
    does, so the quote of such a field was left open and the following rows were read into it.
    (The text may hold paragraphs, so a line break there proves nothing.)"""
    return any("\n" in value or "\r" in value for name, value in record.items() if name != fields.text)


def _swallowed_row_problem(
    record: Mapping[str, str], header: list[str], lines: list[str], fields: FieldMap, delimiter: str
) -> str | None:
    """What shows that a row read over several lines took in the rows after it, or None: the shapes
    of its id, date and url where it has any, else its quoting."""
    if _filled_shaped_columns(record, header, fields):
        if _holds_a_swallowed_row(record, header, fields, delimiter):
            return "a field of this row holds, after a line break, a whole row shaped like this one"
    elif _quote_closed_mid_line(lines, header, delimiter):
        return ("a quote opened in this row is closed in the middle of a later line, and the lines it took "
                "read as rows of this file")
    return None


def _quote_closed_mid_line(lines: list[str], header: list[str], delimiter: str) -> bool:
    """Whether a row read over ``lines`` took in later rows through a quote left open, told by its
    quoting alone (for dumps with no id, date or url whose shapes :func:`_holds_a_swallowed_row`
    compares).

    The open field runs on to the next quote in the file (or to its end): usually the quote opening
    a later row's quoted field, so the field closes with more of that line after it. A strict reader
    refuses text after a closing quote, and the end of the file inside a quote; a field quoted over
    several lines on purpose gives it neither. The later line must also read as a row: at least the
    header's number of fields, its first quote (if any) opening a field, so that a stray quote in a
    paragraph ("the army denied "it" later") is not taken for one.
    """
    try:
        for _ in csv.reader(io.StringIO("".join(lines), newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return any(_reads_as_a_row(line, len(header), delimiter) for line in lines[1:])
    return False


def _reads_as_a_row(line: str, fields: int, delimiter: str) -> bool:
    """Whether a physical line could be a row of its own: ``fields`` or more fields, and no quote
    before the first one that opens a field (at the line's start or right after a delimiter)."""
    quote = line.find('"')
    opens_a_field = quote <= 0 or line[quote - 1] == delimiter
    return opens_a_field and len(next(csv.reader([line], delimiter=delimiter), [])) >= fields


#: The columns whose values keep one shape from row to row in a dump (an id, a date, a link),
#: unlike a title or an outlet name, so a line that repeats all their shapes is another row.
_SHAPED_COLUMNS = ("doc_id", "date", "url")


def _holds_a_swallowed_row(record: Mapping[str, str], header: list[str], fields: FieldMap, delimiter: str) -> bool:
    """Whether a row read over several lines took in the next row through a quote left open.

    The field count alone cannot tell: an unclosed quote in the last column swallows the next
    row whole and the count still matches. The sign is a line inside a field that reads as a
    row with at least the header's number of fields whose id, date and link have the same shapes as this
    row's. A paragraph with commas does not repeat an id's and a date's shapes in their places,
    so legitimate multi-line text is kept; a row with none of those columns filled is not judged.
    """
    compared = _filled_shaped_columns(record, header, fields)
    if not compared:
        return False
    for value in record.values():
        for line in value.splitlines()[1:]:
            candidate = next(csv.reader([line], delimiter=delimiter), [])
            if len(candidate) < len(header):  # more, if its own text had the delimiter in quotes
                continue
            if all(_value_shape(candidate[header.index(name)]) == _value_shape(record[name]) for name in compared):
                return True
    return False


def _filled_shaped_columns(record: Mapping[str, str], header: list[str], fields: FieldMap) -> list[str]:
    """The id, date and url columns this row has and fills (:data:`_SHAPED_COLUMNS`)."""
    shaped = [getattr(fields, name) for name in _SHAPED_COLUMNS]
    return [name for name in shaped if name in header and record[name].strip()]


def _value_shape(value: str) -> str:
    """A value's shape: each run of letters becomes "a", each run of digits "9", other characters
    stay ("2023-11-30" and "2024-01-02" are both "9-9-9"); a link is shaped by its scheme only,
    since its host and path vary from row to row."""
    text = value.strip()
    if "://" in text:
        return text.split("://", 1)[0].lower() + "://"
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", text))


def _swallowed(start: int, end: int) -> str:
    """For a bad row read over several lines, which lines it took: with a quote left open the csv
    module reads on to the next quote or the end of the file, and the rows in between are not
    read (nor named) on their own. Empty for a row on one line."""
    if end <= start:
        return ""
    one = end == start + 1
    rest = f"line {end}" if one else f"lines {start + 1}-{end}"
    return (
        f"; it was read from lines {start}-{end} as one row, so {rest} got no error of "
        f"{'its' if one else 'their'} own: if a quote opened on line {start} is not closed where its field "
        "ends, close it (or double a quote inside the field) and ingest again"
    )
