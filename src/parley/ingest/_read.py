"""``read_inputs``: from paths (files, directories, ``-``) to a stream of Documents and errors.

The format is chosen by file extension, with two content checks: an ``.xml`` file must have
a feed root, and a file with no known extension that opens with ``<!DOCTYPE html``/``<html>``
is read as HTML. Every problem is yielded as an :class:`InputError` value, never raised, so one
bad file or line costs one record and the rest of the batch is still read.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import IO

from parley.errors import InputError
from parley.ingest._dates import check_date_order
from parley.ingest._decode import SNIFF_BYTES, check_encoding, check_not_binary, decode_bytes
from parley.ingest._dumps import (
    DEFAULT_MAX_BYTES,
    FieldMap,
    ReadOptions,
    bounded_lines,
    iter_csv,
    iter_jsonl,
    jsonl_line,
    open_dump,
)
from parley.ingest._formats import (
    looks_like_feed,
    looks_like_html,
    read_feed,
    read_html,
    read_text,
    read_whole,
)
from parley.records import MAX_TEXT_CHARS, Document

__all__ = ["STDIN", "check_text_length", "decode_text", "read_article_text", "read_inputs", "read_text_file"]

#: The path that means "read standard input".
STDIN = "-"
_STDIN_SOURCE = "<stdin>"

_HTML = frozenset({".html", ".htm", ".xhtml"})
_JSONL = frozenset({".jsonl", ".ndjson", ".json"})
_CSV = {".csv": ",", ".tsv": "\t"}
_FEEDS = frozenset({".rss", ".atom", ".xml"})

Result = Document | InputError


def read_inputs(
    paths: Iterable[str | Path] | str | Path,
    *,
    fields: FieldMap = FieldMap(),  # noqa: B008 - frozen, so one shared default is safe
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    date_order: str | None = None,
) -> Iterator[Document | InputError]:
    """Stream the articles in ``paths`` as Documents, with an InputError value for each bad input.

    Args:
        paths: files, directories (read recursively in sorted order, hidden entries skipped)
            and ``"-"`` for standard input. A single path is accepted as well as a list.
        fields: the JSONL/CSV field names of text, date, outlet, url, title and doc_id.
        max_bytes: size limit of a whole-file input (text, HTML, feed), and of one line or row
            of a JSONL/CSV dump, which are streamed and may be any size.
        encoding: force a text encoding instead of detecting it (UTF-8, BOM, charset-normalizer).
        date_order: how the dumps write all-numeric dates, ``"DMY"`` (12/03/2024 is 12 March)
            or ``"MDY"`` (3 December); None refuses a date that reads either way round.

    Raises:
        UsageError: ``encoding`` is not a codec name, or ``date_order`` not one of
            :data:`DATE_ORDERS` (raised when reading starts, before any file).

    Yields:
        a Document per article, or an InputError naming the file (and line) and what to do.
        Bad records are yielded, not raised, so a caller decides whether to stop or log.
        A record whose date cannot be read is skipped with an error naming the field and value,
        because a wrong date would corrupt every series built on it. A text of fewer than
        :data:`MIN_REPORT_WORDS` words is an error too: it holds no report to read.

    >>> from parley.ingest import read_inputs
    >>> [(d.date.isoformat(), d.ai_generated) for d in read_inputs(["src/parley/examples/seed-2023-11-30.txt"])]
    [('2023-11-30', True)]
    """
    check_encoding(encoding)
    check_date_order(date_order)
    options = ReadOptions(fields=fields, max_bytes=max_bytes, encoding=encoding, date_order=date_order)
    for raw in [paths] if isinstance(paths, str | Path) else paths:
        results = read_stdin(sys.stdin, options) if str(raw) == STDIN else _read_path(Path(raw), options)
        for result in results:
            yield _within_text_limits(result)


def _within_text_limits(result: Result) -> Result:
    """A document whose text is longer than parley reads, or too short to hold a report, is an
    input error here, not a parser crash (a file under the byte limit can still hold that much
    text) nor an empty record stored (a stray "x" or "42" would count as an article read)."""
    if isinstance(result, Document):
        try:
            check_text_length(result)
            _check_holds_a_report(result)
        except InputError as exc:
            return exc
    return result


#: The fewest words a report can be told in: someone and what they did ("Troops withdrew.").
MIN_REPORT_WORDS = 2
#: A word: a run of letters in any script (digits and punctuation alone tell no report).
_WORD = re.compile(r"[^\W\d_]+")


def _check_holds_a_report(document: Document) -> None:
    """Refuse a text with fewer than :data:`MIN_REPORT_WORDS` words, naming its input, as a
    blank one is refused: such a text holds no figure, event or claim to read.

    Raises:
        InputError: the text has no word, or only one.
    """
    words = _WORD.findall(document.text)
    if len(words) < MIN_REPORT_WORDS:
        found = f"only the word {words[0]!r}" if words else "no words"
        raise InputError(document.origin or document.doc_id,
                         f"the text is too short to hold a report ({found}); give it an article's text "
                         "or remove it from the inputs")


def check_text_length(document: Document) -> None:
    """Refuse a document longer than the parser takes, naming it, before it reaches the parser.

    Raises:
        InputError: the text is over :data:`parley.records.MAX_TEXT_CHARS`.
    """
    if len(document.text) > MAX_TEXT_CHARS:
        raise InputError(document.origin or document.doc_id,
                         f"the article text is {len(document.text):,} characters, more than the "
                         f"{MAX_TEXT_CHARS:,} parley reads; split it into articles")


def read_text_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> str:
    """The text of a whole file, read with the checks an article file gets (size limit, empty,
    binary, encoding detection), for readers of other text formats such as Markdown drafts.

    Raises:
        InputError: the file is too large, unreadable, empty, binary or undecodable.
    """
    source = str(path)
    return decode_text(read_whole(Path(path), source, max_bytes), source, encoding=encoding)


def decode_text(data: bytes, source: str, *, encoding: str | None = None) -> str:
    """The text of a whole input held in memory (a request body), decoded with the binary and
    encoding checks of an article file, so a body and a file of the same bytes read alike.

    Raises:
        UsageError: ``encoding`` names no text codec.
        InputError: the bytes are binary or undecodable.
    """
    check_encoding(encoding)
    return decode_bytes(data, source, encoding=encoding)


def read_article_text(text: str, source: str, *, html: bool = False) -> Document:
    """One article from the decoded text of a whole file or body: HTML when declared so or when
    it opens like a page, else plain text. The file reader and the HTTP API share it, so an
    article is read the same way whichever door it comes through.

    Raises:
        InputError: blank text, a bad date marker, or HTML without article text.
    """
    if html or looks_like_html(text):
        return read_html(text, source)
    return read_text(text, source)


def _read_path(path: Path, options: ReadOptions) -> Iterator[Result]:
    if path.is_dir():
        yield from _read_directory(path, options)
    elif path.is_file():
        yield from _read_file(path, options)
    elif path.exists():
        yield InputError(path, "not a regular file or directory (a device or pipe?); give a file path or '-'")
    else:
        yield InputError(path, "no such file or directory; check the path")


def _read_directory(root: Path, options: ReadOptions) -> Iterator[Result]:
    """Every non-hidden file under ``root`` in sorted order; an error if none gives an article."""
    files = 0
    documents = 0
    walk_errors = 0
    for path in _walk(root):
        if isinstance(path, InputError):
            walk_errors += 1
            yield path
            continue
        files += 1
        for result in _read_file(path, options):
            documents += isinstance(result, Document)
            yield result
    if documents == 0 and files:
        yield InputError(root, f"no readable articles in the directory: none of its {files} file(s) holds one")
    elif documents == 0 and not walk_errors:  # a folder that cannot be listed, or a broken link, is named already
        yield InputError(root, "no readable articles in the directory: it has no files (hidden names are skipped)")


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Files under ``root``, depth first in sorted name order, skipping names that start with '.'.

    Symbolic links to directories are not followed, so a link loop cannot recurse forever. A
    folder that cannot be listed, or a link to nothing, is an error: the articles in it would
    otherwise be left out without a word.
    """
    try:
        entries = sorted(root.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(root, f"cannot list the directory ({exc.strerror}); check its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.is_file():
            yield entry
        elif entry.is_symlink() and not entry.exists():
            yield InputError(entry, "a symbolic link to nothing (its target is missing or loops); fix or remove it")


def _read_file(path: Path, options: ReadOptions) -> Iterator[Result]:
    suffix = path.suffix.lower()
    if suffix in _JSONL or suffix in _CSV:
        yield from _read_dump(path, options, delimiter=_CSV.get(suffix))
    else:
        try:
            yield from _read_whole_file(path, suffix, options)
        except InputError as exc:
            yield exc


def _read_dump(path: Path, options: ReadOptions, *, delimiter: str | None) -> Iterator[Result]:
    """A JSONL (``delimiter`` None) or CSV dump, streamed line by line."""
    source = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read the file ({exc.strerror}); check its permissions")
        return
    try:
        stream = open_dump(raw, source, options)
    except InputError as exc:
        raw.close()
        yield exc
        return
    with stream:  # closing the text stream closes the file, even when the caller stops early
        if delimiter is None:
            yield from iter_jsonl(stream, source, options)
        else:
            yield from iter_csv(stream, source, options, delimiter=delimiter)


def _read_whole_file(path: Path, suffix: str, options: ReadOptions) -> Iterator[Result]:
    """Text, HTML or feed files, read whole after the size check.

    Raises:
        InputError: the file is too large, empty, binary, undecodable or has no article text.
    """
    source = str(path)
    data = read_whole(path, source, options.max_bytes)
    if suffix in _FEEDS:
        check_not_binary(data[:SNIFF_BYTES], source)
        if not looks_like_feed(data[:SNIFF_BYTES]):
            raise InputError(source, "XML without an RSS or Atom root (<rss>, <feed>); only feeds are read")
        yield from read_feed(data, source)
        return
    yield read_article_text(decode_bytes(data, source, encoding=options.encoding), source, html=suffix in _HTML)


def read_stdin(stream: IO[str], options: ReadOptions) -> Iterator[Result]:
    """Standard input: JSONL when its first non-blank line is a JSON object, else one text article.

    Only the first non-blank line is used to decide, so a JSONL stream is read line by line
    like a file (a later malformed line is an error for that line) instead of being held whole.
    Text is read up to ``max_bytes``. The stream's own encoding applies (``PYTHONIOENCODING``).
    """
    lines = bounded_lines(stream, options.max_bytes)
    head: list[str] = []
    try:
        for _number, line in lines:
            if line is None:
                yield InputError(_STDIN_SOURCE, "the first line is over the size limit; raise max_bytes")
                return
            head.append(line)
            if line.strip():
                break
        if not "".join(head).strip():
            yield InputError(_STDIN_SOURCE, "standard input is empty; pipe an article or a JSONL dump into it")
            return
        if _is_json_object(head[-1]):
            yield from _stdin_jsonl(head, lines, stream, options)
        else:
            yield _stdin_text(head, stream, options)
    except UnicodeDecodeError as exc:
        yield InputError(_STDIN_SOURCE, f"standard input is not valid text ({exc.reason}); set PYTHONIOENCODING")


def _is_json_object(line: str) -> bool:
    """Whether a line is a JSON object: the mark of a JSONL stream, whether or not its record is
    usable (a first record with a bad date is an error for line 1, not a text article of JSON)."""
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _stdin_jsonl(
    head: list[str], rest: Iterator[tuple[int, str | None]], stream: IO[str], options: ReadOptions
) -> Iterator[Result]:
    numbered = chain([(len(head), head[-1])], rest)
    for number, line in numbered:
        if line is None:
            yield InputError(_STDIN_SOURCE, "the line is over the size limit; raise max_bytes", line=number)
            continue
        try:
            result = jsonl_line(_undo_escaped_bytes(line, stream, options), _STDIN_SOURCE, number, options)
        except InputError as exc:
            result = InputError(_STDIN_SOURCE, exc.problem, line=number)
        if result is not None:
            yield result


def _stdin_text(head: list[str], stream: IO[str], options: ReadOptions) -> Result:
    consumed = sum(len(line) for line in head)
    rest = stream.read(max(0, options.max_bytes - consumed) + 1)
    if consumed + len(rest) > options.max_bytes:
        return InputError(
            _STDIN_SOURCE,
            f"standard input is over the {options.max_bytes:,}-byte limit; raise it with max_bytes "
            "(CLI: --max-mb) or save it to a file",
        )
    try:
        return read_article_text(_undo_escaped_bytes("".join(head) + rest, stream, options), _STDIN_SOURCE)
    except InputError as exc:
        return exc


def _undo_escaped_bytes(text: str, stream: IO[str], options: ReadOptions) -> str:
    """Text from standard input, with the bytes its stream could not decode read as a file's are.

    Under a C or C.UTF-8 locale (the usual one in containers and CI) Python reads stdin with
    ``errors="surrogateescape"``: a Windows-1252 article arrives with lone surrogates where its
    accented letters were, which no store or content hash can take (a traceback that ended the
    whole ingest). The bytes are recovered and decoded like a file's: the ``encoding`` given,
    else detected.

    Raises:
        InputError: the recovered bytes are binary or in no encoding parley can tell.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode(getattr(stream, "encoding", None) or "utf-8", errors="surrogateescape")
        return decode_bytes(raw, _STDIN_SOURCE, encoding=options.encoding)
    return text
