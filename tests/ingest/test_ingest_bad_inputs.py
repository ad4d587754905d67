"""Bad inputs: each yields an InputError value naming the file (and line) and reading goes on.

Every case is built in ``tmp_path`` and read together with a good file after it, so each test
also checks that one bad input does not stop the batch.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from parley.errors import InputError, UsageError
from parley.ingest import FieldMap, read_inputs
from parley.records import Document

GOOD_TEXT = "Hamas released 17 hostages on Sunday and Israel freed 39 Palestinian prisoners, officials said."
GOOD_LINE = '{"text": "Hamas released 17 hostages on Sunday.", "date": "2023-11-26"}\n'


def read_with_good_file(bad: Path, tmp_path: Path, **options: object) -> tuple[list[InputError], list[Document]]:
    """Read ``bad`` then a good article; split the results into errors and documents."""
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    results = list(read_inputs([bad, good], **options))  # type: ignore[arg-type]
    errors = [r for r in results if isinstance(r, InputError)]
    docs = [r for r in results if isinstance(r, Document)]
    assert docs[-1].text == GOOD_TEXT, "reading must go on after a bad input"
    return errors, docs


def only_error(bad: Path, tmp_path: Path, **options: object) -> InputError:
    errors, _docs = read_with_good_file(bad, tmp_path, **options)
    assert len(errors) == 1, [str(e) for e in errors]
    assert str(bad) in str(errors[0])
    return errors[0]


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


# (file name, content, words the message must contain)
WHOLE_FILE_CASES: list[tuple[str, str | bytes, tuple[str, ...]]] = [
    ("empty.txt", b"", ("empty",)),
    ("blank.txt", "  \n\n \t\n", ("empty",)),
    ("empty.html", b"", ("empty",)),
    ("bom-only.txt", b"\xef\xbb\xbf", ("empty",)),
    ("utf16-blank.txt", " \n\t ".encode("utf-16"), ("empty",)),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", ("binary", "NUL")),
    ("noise.txt", bytes(range(1, 32)) * 20 + b"Gaza", ("binary", "control bytes")),
    ("report.html", "<html><body><div><p>", ("no article text", "HTML")),
    ("nav-only.htm", "<html><body><nav></nav><script>var x = 1;</script></body></html>", ("no article text",)),
    ("notes.xml", "<?xml version='1.0'?><notes><note>Call the ministry</note></notes>", ("RSS", "Atom")),
    ("broken.rss", "<rss><channel><title>Wire</title></channel></rss>", ("no feed entries",)),
    ("only-marker.txt", "date 2023-11-30\n", ("only a date marker",)),
    ("bad-marker.txt", "date 2023-13-45 Israel said the truce would hold.", ("date marker", "not a valid date")),
]


@pytest.mark.parametrize(("name", "content", "words"), WHOLE_FILE_CASES, ids=[c[0] for c in WHOLE_FILE_CASES])
def test_bad_whole_file_yields_one_error_naming_it(
    tmp_path: Path, name: str, content: str | bytes, words: tuple[str, ...]
) -> None:
    error = only_error(write(tmp_path / name, content), tmp_path)
    for word in words:
        assert word in error.problem


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    error = only_error(tmp_path / "no-such-article.txt", tmp_path)
    assert "no such file" in error.problem


def test_directory_without_readable_files_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty-dir"
    (empty / ".git").mkdir(parents=True)
    (empty / ".git" / "HEAD").write_text("ref: refs/heads/main", "utf-8")
    error = only_error(empty, tmp_path)
    assert "no readable articles" in error.problem and "no files" in error.problem


def _cannot_list(locked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing ``locked`` fails as a folder without read permission does (chmod cannot: tests run as root)."""
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)


def test_an_unreadable_subdirectory_is_named_not_silently_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that cannot be listed (chmod 000; simulated, since tests may run as root) loses
    every article in it: that must be an error naming it, while its siblings are still read."""
    folder = tmp_path / "reports"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    write(locked / "a.txt", GOOD_TEXT)
    write(folder / "b.txt", GOOD_TEXT + " More.")
    _cannot_list(locked, monkeypatch)
    errors, docs = read_with_good_file(folder, tmp_path)
    assert [(e.source, "Permission denied" in e.problem) for e in errors] == [(str(locked), True)]
    assert [d.origin for d in docs] == [str(folder / "b.txt"), str(tmp_path / "zz-good.txt")]


def test_a_directory_that_cannot_be_listed_is_named_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    _cannot_list(locked, monkeypatch)
    errors, _docs = read_with_good_file(locked, tmp_path)
    assert [(e.source, "cannot list" in e.problem) for e in errors] == [(str(locked), True)]


def test_a_directory_holding_only_a_dangling_symlink_is_named_once(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    errors, _docs = read_with_good_file(folder, tmp_path)
    assert [e.source for e in errors] == [str(folder / "gone.txt")]


def test_a_dangling_symlink_in_a_directory_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    write(folder / "b.txt", GOOD_TEXT + " More.")
    errors, _docs = read_with_good_file(folder, tmp_path)
    assert [e.source for e in errors] == [str(folder / "gone.txt")]
    assert "link" in errors[0].problem


def test_directory_of_only_bad_files_gives_their_errors_and_one_for_the_directory(tmp_path: Path) -> None:
    folder = tmp_path / "bad-dir"
    folder.mkdir()
    write(folder / "empty.txt", b"")
    errors, _docs = read_with_good_file(folder, tmp_path)
    assert [e.source for e in errors] == [str(folder / "empty.txt"), str(folder)]


def test_undecodable_text_names_the_encoding_option(tmp_path: Path) -> None:
    path = write(tmp_path / "wrong.txt", "Gaza’s ministry said".encode("cp1252"))
    errors, _docs = read_with_good_file(path, tmp_path, encoding="utf-8")
    assert len(errors) == 1
    assert "encoding=" in errors[0].problem and "--encoding" in errors[0].problem


def test_file_over_max_bytes_gives_size_and_how_to_raise_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", GOOD_TEXT * 20)
    error = only_error(path, tmp_path, max_bytes=1000)
    assert f"{path.stat().st_size:,} bytes" in error.problem
    assert "1,000-byte limit" in error.problem
    assert "max_bytes" in error.problem and "--max-mb" in error.problem


def test_feed_over_max_bytes_is_refused(tmp_path: Path) -> None:
    feed = (Path(__file__).parent / "fixtures" / "feed.rss").read_bytes()
    error = only_error(write(tmp_path / "feed.rss", feed), tmp_path, max_bytes=200)
    assert "limit" in error.problem


# (JSONL line, words the message must contain)
JSONL_CASES: list[tuple[str, tuple[str, ...]]] = [
    ('{"text": "Hamas freed 13 Israelis."\n', ("not valid JSON",)),
    ("Hamas freed 13 Israelis.\n", ("not valid JSON",)),
    ('["Hamas freed 13 Israelis."]\n', ("JSON object", "got an array")),
    ('null\n', ("JSON object", "got null")),
    ('"Hamas freed 13 Israelis."\n', ("JSON object", "got a string")),
    ('{"body": "Hamas freed 13 Israelis."}\n', ("no 'text' field", "body", "--text-field")),
    ('{"text": 13}\n', ("'text'", "is a number", "not a string")),
    ('{"text": "   "}\n', ("'text'", "empty")),
    ('{"text": "Hamas freed 13 Israelis.", "date": "garbage"}\n', ("'date'", "'garbage'")),
    ('{"text": "Hamas freed 13 Israelis.", "date": "November 2023"}\n', ("'date'", "'November 2023'")),
    ('{"text": "Hamas freed 13 Israelis.", "date": "yesterday"}\n', ("'date'", "'yesterday'")),
    ('{"text": "Hamas freed 13 Israelis.", "date": "12/03/2024"}\n', ("'12/03/2024'", "12 March or 3 December")),
    ('{"text": "Hamas freed 13 Israelis.", "date": "05.11.2023 14:20"}\n', ("either way round", "YYYY-MM-DD")),
    ('{"text": "Hamas freed 13 Israelis.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n", ("nested too deeply",)),
    ('{"text": "Hamas freed 13 Israelis \\ud800."}\n', ("'text'", "surrogate", "\\ud800")),
    ('{"text": "Hamas freed 13 Israelis.", "title": "Truce \\udc00"}\n', ("'title'", "surrogate")),
    ('{"text": "Hamas freed 13 Israelis.", "outlet": ["AP", "Reuters"]}\n', ("'outlet'", "is an array")),
    ('{"text": "Hamas freed 13 Israelis.", "doc_id": true}\n', ("'doc_id'", "is true or false")),
    ('{"text": "Hamas freed 13 Israelis.", "url": {"href": "https://example.org"}}\n', ("'url'", "is an object")),
]


@pytest.mark.parametrize(("line", "words"), JSONL_CASES)
def test_bad_jsonl_line_is_an_error_with_its_line_number(tmp_path: Path, line: str, words: tuple[str, ...]) -> None:
    path = write(tmp_path / "dump.jsonl", GOOD_LINE + line + GOOD_LINE)
    errors, docs = read_with_good_file(path, tmp_path)
    assert len(errors) == 1
    assert errors[0].line == 2
    assert f"{path}:2:" in str(errors[0])
    for word in words:
        assert word in errors[0].problem
    assert len(docs) == 3  # both good lines around it, and the good file


def test_garbage_date_error_names_the_remapped_field(tmp_path: Path) -> None:
    path = write(tmp_path / "dump.jsonl", '{"body": "Hamas freed 13 Israelis.", "when": "soon-ish"}\n')
    error = only_error(path, tmp_path, fields=FieldMap(text="body", date="when"))
    assert "'when'" in error.problem and "'soon-ish'" in error.problem


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("25/12/2024", dt.date(2024, 12, 25)),  # 25 is no month: day first, unambiguous
        ("11/30/2023", dt.date(2023, 11, 30)),  # 30 is no month: month first, unambiguous
        ("07/07/2025", dt.date(2025, 7, 7)),  # either way round it is the same day
        ("2024/03/12", dt.date(2024, 3, 12)),  # the year first: only ISO order is in use
        ("12 March 2024", dt.date(2024, 3, 12)),
        ("Mar 12, 2024", dt.date(2024, 3, 12)),
    ],
)
def test_a_date_that_reads_only_one_way_is_still_read(tmp_path: Path, written: str, day: dt.date) -> None:
    """Only a numeric date whose day and month could swap is refused; these name one day."""
    path = write(tmp_path / "dump.jsonl", f'{{"text": "Gunmen killed 9 herders in Benue.", "date": "{written}"}}\n')
    errors, docs = read_with_good_file(path, tmp_path)
    assert errors == [] and docs[0].date == day


def test_jsonl_line_over_max_bytes_is_skipped_and_next_line_read(tmp_path: Path) -> None:
    long_line = '{"text": "' + "Gaza " * 400 + '"}\n'
    path = write(tmp_path / "dump.jsonl", GOOD_LINE + long_line + GOOD_LINE)
    errors, docs = read_with_good_file(path, tmp_path, max_bytes=500)
    assert [(e.line, "500-byte limit per record" in e.problem) for e in errors] == [(2, True)]
    assert len(docs) == 3


def test_empty_jsonl_is_an_error(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "dump.ndjson", "\n\n"), tmp_path)
    assert "empty" in error.problem


def test_binary_jsonl_is_an_error(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "dump.jsonl", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"), tmp_path)
    assert "binary" in error.problem


CSV_HEADER = "title,text,date\n"


def test_csv_row_with_wrong_number_of_fields_is_an_error_for_that_row(tmp_path: Path) -> None:
    rows = (
        CSV_HEADER
        + '"Truce","Hamas released 17 hostages on Sunday.",2023-11-26\n'
        + "Short row,Israel freed 39 prisoners, officials said,2023-11-26\n"
        + '"Aid","About 200 trucks crossed into Gaza.",2023-11-25\n'
    )
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert [(e.line, "4 fields" in e.problem and "header has 3" in e.problem) for e in errors] == [(3, True)]
    assert [d.title for d in docs[:2]] == ["Truce", "Aid"]


def test_csv_short_row_is_an_error(tmp_path: Path) -> None:
    rows = CSV_HEADER + "Only a title\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert error.line == 2 and "row has 1 field but" in error.problem


def test_csv_without_text_column_is_one_error_listing_columns(tmp_path: Path) -> None:
    rows = "headline,body\nTruce,Hamas released 17 hostages.\nAid,Trucks crossed.\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "'headline', 'body'" in error.problem
    assert "--text-field" in error.problem
    assert error.line is None


def test_csv_with_a_repeated_column_name_is_one_error_naming_it(tmp_path: Path) -> None:
    """Two 'text' columns: taking either one silently would store the wrong article text."""
    rows = "text,date,text\nHamas released 17 hostages.,2023-11-26,Israel freed 39 prisoners.\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "'text'" in error.problem and "more than once" in error.problem


@pytest.mark.parametrize("header", ["text,date,,", "text,date,notes,notes"], ids=["empty-names", "unread-copies"])
def test_csv_with_repeated_columns_parley_does_not_read_is_read(tmp_path: Path, header: str) -> None:
    """Spreadsheet exports leave empty column names and copies of columns no field maps to."""
    path = tmp_path / "dump.csv"
    path.write_text(f"{header}\nHamas released 17 hostages.,2023-11-26,a,b\n", encoding="utf-8")
    (doc,) = list(read_inputs([path]))
    assert isinstance(doc, Document)
    assert (doc.text, doc.date) == ("Hamas released 17 hostages.", dt.date(2023, 11, 26))


def test_csv_with_a_repeated_mapped_column_is_still_refused(tmp_path: Path) -> None:
    rows = "body,outlet,outlet\nHamas released 17 hostages.,AP,Reuters\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path, fields=FieldMap(text="body"))
    assert "'outlet'" in error.problem and "more than once" in error.problem


@pytest.mark.parametrize("content", ["text,date\n", "text,date\n\n\n"], ids=["header-only", "blank-rows"])
def test_csv_with_a_header_and_no_rows_is_an_error(tmp_path: Path, content: str) -> None:
    error = only_error(write(tmp_path / "dump.csv", content), tmp_path)
    assert "no rows" in error.problem


def test_csv_garbage_date_is_an_error_naming_field_and_value(tmp_path: Path) -> None:
    rows = CSV_HEADER + "Truce,Hamas released 17 hostages.,not a date\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert error.line == 2 and "'date'" in error.problem and "'not a date'" in error.problem


def test_csv_field_over_max_bytes_is_an_error_for_its_row(tmp_path: Path) -> None:
    rows = CSV_HEADER + f'Long,"{"Gaza " * 400}",2023-11-26\nShort,Hamas released 17 hostages.,2023-11-26\n'
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path, max_bytes=500)
    assert [e.line for e in errors] == [2]
    assert docs[0].title == "Short"


def test_feed_entry_with_garbage_date_is_skipped_with_error(tmp_path: Path) -> None:
    feed = (
        "<rss version='2.0'><channel><title>Wire</title>"
        "<item><title>A</title><description>Hamas freed 13 Israelis.</description>"
        "<pubDate>sometime last week</pubDate></item>"
        "<item><title>B</title><description>Israel freed 39 prisoners.</description>"
        "<pubDate>Fri, 24 Nov 2023 16:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    errors, docs = read_with_good_file(write(tmp_path / "wire.rss", feed), tmp_path)
    assert len(errors) == 1
    assert "entry 1" in errors[0].problem and "'sometime last week'" in errors[0].problem
    assert (docs[0].title, docs[0].date) == ("B", dt.date(2023, 11, 24))


def test_untitled_feed_entry_without_text_is_named_by_its_number(tmp_path: Path) -> None:
    """An entry with no title is 'feed entry 2 (untitled)', not "feed entry 2 (None)"."""
    feed = (
        "<rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Goma</title><description>Clashes in Goma killed 7 people, the army said.</description></item>"
        "<item><description></description><pubDate>Mon, 05 Feb 2024 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    errors, _docs = read_with_good_file(write(tmp_path / "wire.rss", feed), tmp_path)
    assert [e.problem for e in errors] == ["feed entry 2 (untitled) has no content or summary text"]


@pytest.mark.parametrize(
    ("stdin_text", "word"),
    [("", "empty"), ("\n   \n", "empty"), ("date 2023-11-30\n", "only a date marker")],
)
def test_bad_stdin_is_an_error(monkeypatch: pytest.MonkeyPatch, stdin_text: str, word: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin_text))
    (error,) = list(read_inputs(["-"]))
    assert isinstance(error, InputError)
    assert error.source == "<stdin>" and word in error.problem


def test_stdin_jsonl_bad_line_is_an_error_for_that_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(GOOD_LINE + "not json\n" + GOOD_LINE))
    results = list(read_inputs(["-"]))
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document"]
    assert isinstance(results[1], InputError) and results[1].line == 2


@pytest.mark.parametrize(
    "first_line",
    [
        '{"text": "Gunmen killed 3 farmers in Benue state, police said.", "date": "garbage"}\n',
        '{"body": "Gunmen killed 3 farmers in Benue state, police said."}\n',
        '{"text": ""}\n',
    ],
    ids=["bad-date", "no-text-field", "empty-text"],
)
def test_stdin_jsonl_with_a_bad_first_record_is_still_read_as_jsonl(
    monkeypatch: pytest.MonkeyPatch, first_line: str
) -> None:
    """A refused first record is an error for line 1, not a cue to store the whole dump as one
    text article made of raw JSON."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(first_line + GOOD_LINE))
    results = list(read_inputs(["-"]))
    assert [type(r).__name__ for r in results] == ["InputError", "Document"]
    assert isinstance(results[0], InputError) and results[0].line == 1
    assert results[1].text == "Hamas released 17 hostages on Sunday."  # type: ignore[union-attr]


def surrogate_escaped_stdin(data: bytes) -> io.TextIOWrapper:
    """Standard input as Python opens it under a C or C.UTF-8 locale: undecodable bytes escaped."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def test_windows_1252_text_on_stdin_is_decoded_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "São Paulo police said 12 people died in the raid on Tuesday – a “massacre”, residents said."
    monkeypatch.setattr(sys, "stdin", surrogate_escaped_stdin(text.encode("cp1252")))
    (doc,) = list(read_inputs(["-"]))
    assert isinstance(doc, Document) and doc.text == text


def test_windows_1252_jsonl_on_stdin_is_decoded_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    line = '{"text": "Bogotá: the army said 4 soldiers were killed near Cúcuta.", "date": "2024-03-02"}\n'
    monkeypatch.setattr(sys, "stdin", surrogate_escaped_stdin(GOOD_LINE.encode() + line.encode("cp1252")))
    results = list(read_inputs(["-"]))
    assert [r.text for r in results if isinstance(r, Document)] == [
        "Hamas released 17 hostages on Sunday.", "Bogotá: the army said 4 soldiers were killed near Cúcuta."
    ]


ERROR_BUILDERS: list[Callable[[Path], Path]] = [
    lambda d: write(d / "a.txt", b""),
    lambda d: write(d / "b.jsonl", "{oops}\n"),
    lambda d: write(d / "c.csv", "body\nx\n"),
]


@pytest.mark.parametrize("build", ERROR_BUILDERS)
def test_errors_are_yielded_not_raised(tmp_path: Path, build: Callable[[Path], Path]) -> None:
    results = list(read_inputs([build(tmp_path)]))
    assert results and all(isinstance(r, InputError) for r in results)


def test_an_article_longer_than_parley_reads_is_refused_by_name(tmp_path: Path) -> None:
    """A file under the byte limit can still hold more text than the parser takes: an input error,
    not a parser crash in the middle of a batch (6 MB of a repeated sentence, as a runaway export)."""
    from parley.records import MAX_TEXT_CHARS

    text = GOOD_TEXT + " " + "Gunmen killed five people in the town. " * (MAX_TEXT_CHARS // 39 + 10)
    error = only_error(write(tmp_path / "huge.html", f"<html><body><p>{text}</p></body></html>"), tmp_path)
    assert "split it into articles" in str(error) and f"{MAX_TEXT_CHARS:,}" in str(error)


def test_a_dump_line_longer_than_parley_reads_is_refused_with_its_line(tmp_path: Path) -> None:
    from parley.records import MAX_TEXT_CHARS

    long_text = "Gunmen killed five people in the town. " * (MAX_TEXT_CHARS // 39 + 10)
    dump = write(tmp_path / "dump.jsonl", GOOD_LINE + '{"text": "' + long_text + '"}\n')
    errors, docs = read_with_good_file(dump, tmp_path)
    assert [str(e).split(": ")[0] for e in errors] == [f"{dump}:2"] and len(docs) == 2


TRUNCATED_FEED = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Sahel Monitor</title>\n"
    "<item><title>Gunmen kill 12 near Djibo</title><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>\n"
    "<description>Gunmen killed 12 villagers near Djibo on Monday, a local official said.</description></item>\n"
    "<item><title>Army says 30 militants killed</title><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>\n"
    "<description>The army said on Tuesday its troops killed 30 militants in an oper"
)


def test_a_truncated_feed_keeps_the_entries_before_the_break_and_says_the_xml_is_broken(tmp_path: Path) -> None:
    errors, docs = read_with_good_file(write(tmp_path / "sahel.rss", TRUNCATED_FEED), tmp_path)
    assert [d.title for d in docs] == ["Gunmen kill 12 near Djibo", None]  # the feed's entry, then the good file
    broken = [e for e in errors if "XML is broken" in e.problem]
    assert len(broken) == 1 and broken[0].line == 5 and "entries before the break are read" in broken[0].problem


@pytest.mark.parametrize(
    ("declared", "body"),
    [("us-ascii", "Caf\u00e9 bombing in Kabul killed 3 people, police said."),
     ("utf-8", "Shelling killed 4 civilians in Kharkiv, the regional governor said.")],
    ids=["encoding-overridden", "well-formed"],
)
def test_a_whole_feed_is_not_called_broken(tmp_path: Path, declared: str, body: str) -> None:
    """feedparser also raises its ``bozo`` flag when it overrides a declared encoding; nothing is
    lost then, so nothing is reported."""
    feed = (f"<?xml version='1.0' encoding='{declared}'?><rss version='2.0'><channel><title>Wire</title>"
            f"<item><title>A</title><description>{body}</description></item></channel></rss>")
    path = tmp_path / "wire.rss"
    path.write_bytes(feed.encode("utf-8"))
    errors, docs = read_with_good_file(path, tmp_path)
    assert errors == [] and docs[0].text == body


# ---------------------------------------------------------------------- too short to hold a report

TOO_SHORT_FILES: list[tuple[str, str, str]] = [
    ("one-letter.txt", "x", "only the word 'x'"),
    ("a-number.txt", "42", "no words"),
    ("punctuation.txt", "...\n-- \n", "no words"),
    ("one-word.txt", "Ceasefire", "only the word 'Ceasefire'"),
    ("marker-and-word.txt", "date 2024-03-01\nKhartoum", "only the word 'Khartoum'"),
    ("headline-stub.html", "<html><body><article><p>Update</p></article></body></html>", "only the word 'Update'"),
]


@pytest.mark.parametrize(("name", "content", "found"), TOO_SHORT_FILES, ids=[c[0] for c in TOO_SHORT_FILES])
def test_a_text_too_short_to_hold_a_report_is_an_error_naming_the_file(
    tmp_path: Path, name: str, content: str, found: str
) -> None:
    """A stray one-character file would be stored as an article read: it is refused as a blank file is."""
    error = only_error(write(tmp_path / name, content), tmp_path)
    assert "too short to hold a report" in error.problem and found in error.problem


def test_a_dump_record_too_short_to_hold_a_report_is_an_error_for_its_line(tmp_path: Path) -> None:
    dump = write(tmp_path / "dump.jsonl", GOOD_LINE + '{"text": "?", "date": "2023-11-26"}\n' + GOOD_LINE)
    errors, docs = read_with_good_file(dump, tmp_path)
    assert [str(e) for e in errors] == [
        f"{dump}:2: the text is too short to hold a report (no words); give it an article's text or remove it "
        "from the inputs"]
    assert len(docs) == 3


def test_stdin_too_short_to_hold_a_report_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("k\n"))
    (error,) = list(read_inputs(["-"]))
    assert isinstance(error, InputError)
    assert error.source == "<stdin>" and "too short to hold a report" in error.problem


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew.",
        "MOGADISHU - Two killed.",
        "قُتل جنديان",  # Arabic: two words in another script
        "Взрыв в Донецке",
        "date 2025-02-11\nShelling resumed.",
    ],
)
def test_a_short_report_of_two_words_or_more_is_read(tmp_path: Path, text: str) -> None:
    errors, docs = read_with_good_file(write(tmp_path / "short.txt", text), tmp_path)
    assert errors == [] and len(docs) == 2


# ---- a dump's stated date order, and quotes left open in a CSV


@pytest.mark.parametrize(
    ("written", "order", "day"),
    [
        ("12/03/2024", "DMY", dt.date(2024, 3, 12)),  # a European dump: 12 March
        ("12/03/2024", "MDY", dt.date(2024, 12, 3)),  # a US dump: 3 December
        ("04.07.2019", "DMY", dt.date(2019, 7, 4)),
        ("1/2/2022 08:15", "MDY", dt.date(2022, 1, 2)),  # a time of day after it is ignored as before
        ("25/12/2024", "DMY", dt.date(2024, 12, 25)),  # one-way dates stay as they were
        ("2024-03-12", "MDY", dt.date(2024, 3, 12)),  # ISO needs no order, and the order does not touch it
        ("12 March 2024", "MDY", dt.date(2024, 3, 12)),  # written-out months neither
    ],
)
def test_a_stated_date_order_reads_numeric_dates_that_way(
    tmp_path: Path, written: str, order: str, day: dt.date
) -> None:
    path = write(tmp_path / "dump.csv", f"text,date\nMilitia fighters burned 40 homes near Djugu.,{written}\n")
    errors, docs = read_with_good_file(path, tmp_path, date_order=order)
    assert errors == [] and docs[0].date == day


@pytest.mark.parametrize(("written", "order"), [("03/25/2024", "DMY"), ("25/03/2024", "MDY")])
def test_a_date_that_contradicts_the_stated_order_is_refused(tmp_path: Path, written: str, order: str) -> None:
    """25 cannot be the month: the column is not written the way the user said, so no day is guessed."""
    path = write(tmp_path / "dump.jsonl", f'{{"text": "Gunmen killed 9 herders in Benue.", "date": "{written}"}}\n')
    error = only_error(path, tmp_path, date_order=order)
    assert "25 is no month" in error.problem and order in error.problem


def test_without_an_order_an_ambiguous_date_says_how_to_state_one(tmp_path: Path) -> None:
    path = write(tmp_path / "dump.jsonl", '{"text": "Gunmen killed 9 herders in Benue.", "date": "05/06/2021"}\n')
    assert "--date-order" in only_error(path, tmp_path).problem


def test_an_unknown_date_order_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="DMY or MDY"):
        list(read_inputs([tmp_path / "never-read.csv"], date_order="YMD"))


def test_a_quote_left_open_names_the_lines_it_swallowed(tmp_path: Path) -> None:
    rows = (CSV_HEADER
            + "Strike,Air strikes hit Sanaa overnight.,2024-01-12\n"
            + 'Raid,"Soldiers raided a camp near Jenin.,2024-01-13\n'
            + "Talks,Envoys met in Doha on Monday.,2024-01-14\n"
            + "Aid,A convoy reached Rafah.,2024-01-15\n")
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert [e.line for e in errors] == [3]
    assert "lines 3-5 as one row" in errors[0].problem and "lines 4-5 got no error" in errors[0].problem
    assert [d.text for d in docs[:-1]] == ["Air strikes hit Sanaa overnight."]


def test_a_quote_left_open_on_the_last_row_names_its_one_swallowed_line(tmp_path: Path) -> None:
    rows = CSV_HEADER + 'Raid,"Soldiers raided a camp near Jenin.,2024-01-13\nAid,A convoy reached Rafah.,2024-01-15\n'
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "line 3 got no error of its own" in error.problem


@pytest.mark.parametrize(
    ("rows", "span"),
    [
        ("Strike,Only two fields here\n", None),  # a short row on one line names no span
        ('"Raid, night","Soldiers raided a camp\nnear Jenin.",2024-01-13,extra\n', "lines 2-3 as one row"),
    ],
)
def test_a_bad_row_names_a_span_only_when_it_took_later_lines(tmp_path: Path, rows: str, span: str | None) -> None:
    error = only_error(write(tmp_path / "dump.csv", CSV_HEADER + rows), tmp_path)
    assert (span in error.problem) if span else ("as one row" not in error.problem)


def test_a_quoted_field_over_several_lines_is_still_one_good_row(tmp_path: Path) -> None:
    rows = CSV_HEADER + 'Raid,"Soldiers raided a camp near Jenin.\n\nThree men were detained.",2024-01-13\n'
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert errors == [] and "Three men were detained." in docs[0].text


def test_a_quote_left_open_in_the_date_names_the_line_it_swallowed(tmp_path: Path) -> None:
    """No date holds a line break: a bad date that does was fed the next row by an open quote."""
    rows = CSV_HEADER + 'Strike,Air strikes hit Sanaa.,"2024-01-12\nRaid,Soldiers raided Jenin.,2024-01-13\n'
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "'date'" in error.problem and "line 3 got no error of its own" in error.problem


def test_a_bad_date_in_a_row_with_paragraphs_names_no_swallowed_lines(tmp_path: Path) -> None:
    """A line break in the text is a paragraph, not an open quote: the date error stays as it was."""
    rows = CSV_HEADER + 'Strike,"Air strikes hit Sanaa.\n\nThree died.",sometime in May\n'
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "'sometime in May'" in error.problem and "as one row" not in error.problem


SHAPED_HEADER = "doc_id,date,url,text\n"


def test_a_quote_left_open_that_swallows_a_whole_row_is_named_though_the_count_fits(tmp_path: Path) -> None:
    """The next row went into the last field, so the field count still matches the header."""
    rows = (SHAPED_HEADER
            + 'af-17,2021-08-26,https://example.org/kabul,"Two blasts hit the Kabul airport gates, officials said.\n'
            + 'af-18,2021-08-27,https://news.example.net/x,"The Taliban sealed the airport roads."\n'
            + 'af-19,2021-08-28,https://example.org/drone,"A US drone struck a car in Kabul."\n')
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert [e.line for e in errors] == [2]
    assert "lines 2-3 as one row" in errors[0].problem and "line 3 got no error of its own" in errors[0].problem
    assert [d.text for d in docs[:-1]] == ["A US drone struck a car in Kabul."]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph with commas that splits into the header's number of fields
        "Troops shelled Bakhmut, officials said.\nKyiv said Russian forces, backed by armour, attacked.",
        # numbers where the id and date sit, but not in their shapes
        "Rebels seized Goma.\n12,2022-11-30,https://example.org,another report was quoted here.",
        "Rebels seized Goma.\nM23,November 2022,www.example.org,residents said.",
    ],
)
def test_legitimate_multi_line_text_is_not_taken_for_a_swallowed_row(tmp_path: Path, text: str) -> None:
    rows = SHAPED_HEADER + f'cd-04,2022-11-30,https://example.org/goma,"{text}"\n'
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert errors == [] and docs[0].text == text


def test_a_balanced_quote_over_lines_in_a_title_text_dump_is_kept(tmp_path: Path) -> None:
    """With only free-text columns, a field quoted over lines and closed where it ends is a paragraph."""
    rows = 'title,text\nGoma,"Rebels seized Goma.\nBukavu,Rebels neared Bukavu."\n'
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert errors == [] and "Bukavu" in docs[0].text


@pytest.mark.parametrize(
    ("name", "rows", "took"),
    [
        # the open text runs to the quote opening the next row's text
        ("dump.csv", 'title,text\nMosul,"Car bomb kills 8 in Mosul, police say.\n'
                     'Kirkuk,"Two soldiers were shot at a checkpoint near Kirkuk."\n', "line 3"),
        # ... or, with no quote after it, to the end of the file
        ("dump.csv", 'title,text\nMosul,"Car bomb kills 8 in Mosul, police say.\n'
                     "Kirkuk,Two soldiers were shot near Kirkuk\nTikrit,Curfew imposed in Tikrit\n", "lines 3-4"),
        # a dump of the text alone
        ("dump.csv", 'text\n"Pirates seized a tanker off Somalia, the navy said.\n'
                     '"A mine hit a fishing boat in the Red Sea."\n', "line 3"),
        # the open quote in the title, the count still fitting the three columns
        ("dump.csv", 'outlet,title,text\nAP,"Floods and fighting,Fighting displaced 900 families in Cabo Delgado.\n'
                     'AFP,Ceasefire in Tigray,"Both sides agreed to a truce, the envoy said."\n', "line 3"),
        ("dump.tsv", 'title\ttext\nSinjar\t"Turkish drones struck Sinjar overnight\n'
                     'Duhok\t"Shelling hit villages north of Duhok."\n', "line 3"),
    ],
    ids=["next-text-quoted", "to-the-end", "text-only", "open-title", "tsv"],
)
def test_a_quote_left_open_in_a_dump_without_id_date_or_url_is_named(
    tmp_path: Path, name: str, rows: str, took: str
) -> None:
    """No id, date or url to compare shapes with: the quote that ended the open field closed it
    in the middle of a later line, which a field quoted over lines on purpose never does."""
    error = only_error(write(tmp_path / name, rows), tmp_path)
    assert error.line == 2
    assert "closed in the middle of a later line" in error.problem
    assert f"{took} got no error of" in error.problem


def test_no_article_is_read_from_a_row_that_swallowed_the_next(tmp_path: Path) -> None:
    rows = ('title,text\nMosul,"Car bomb kills 8 in Mosul, police say.\n'
            'Kirkuk,"Two soldiers were shot at a checkpoint near Kirkuk."\n'
            'Basra,"Protesters blocked the port road in Basra, officials said."\n')
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert [e.line for e in errors] == [2]
    assert [d.text for d in docs[:-1]] == ["Protesters blocked the port road in Basra, officials said."]


@pytest.mark.parametrize(
    "text",
    [
        # quotes doubled inside a paragraph, the field closed where it ends
        'The army said ""militants, on motorbikes"" attacked the post.\nResidents, fleeing, described panic.',
        # a stray quote in a later paragraph: the field closes mid-line, but that line is prose, not a row
        'Rebels took Masisi on Monday.\nThe army, however, denied "it" later.',
        # a line of the text that splits on commas into as many fields as the header
        "Casualties by town:\nEl Fasher, 27\nNyala, 12",
    ],
    ids=["doubled-quotes", "stray-quote", "comma-list"],
)
def test_paragraphs_of_a_title_text_dump_are_not_taken_for_swallowed_rows(tmp_path: Path, text: str) -> None:
    rows = f'title,text\nNorth Kivu,"{text}"\n'
    errors, docs = read_with_good_file(write(tmp_path / "dump.csv", rows), tmp_path)
    assert errors == [] and "\n" in docs[0].text


def test_a_semicolon_dump_with_a_swallowed_row_is_named(tmp_path: Path) -> None:
    rows = ("doc_id;date;text\n"
            'ml-1;2022-03-27;"Soldiers killed villagers in Moura, witnesses said.\n'
            'ml-2;2022-03-28;"The army said it had killed militants."\n')
    error = only_error(write(tmp_path / "dump.tsv", rows.replace(";", "\t")), tmp_path)
    assert error.line == 2 and "line 3 got no error of its own" in error.problem


FEED_ITEMS = (
    "<item><title>Gao</title><description>{first}</description>"
    "<pubDate>Thu, 30 Nov 2023 10:00:00 GMT</pubDate></item>"
    "<item><title>Tessit</title><description>Militants attacked a convoy near Tessit, the army said."
    "</description><pubDate>Fri, 01 Dec 2023 10:00:00 GMT</pubDate></item>"
)


def feed(first: str, *, cut: int | None = None) -> str:
    items = FEED_ITEMS.format(first=first)
    whole = f'<?xml version="1.0"?>\n<rss><channel><title>Sahel Wire</title>\n{items}\n</channel></rss>\n'
    return whole[:cut] if cut else whole


def test_html_entities_in_a_feed_lose_nothing_and_are_no_error(tmp_path: Path) -> None:
    """CMS feeds often write &eacute; or &nbsp;, undefined in XML; the lenient reading decodes them."""
    first = "L&rsquo;arm&eacute;e a dit que 5 soldats ont &eacute;t&eacute; tu&eacute;s&nbsp;&agrave; Gao."
    path = write(tmp_path / "wire.rss", feed(first))
    errors, docs = read_with_good_file(path, tmp_path)
    assert errors == []
    assert docs[0].text == "L\u2019armée a dit que 5 soldats ont été tués à Gao." and len(docs) == 3


@pytest.mark.parametrize(
    ("first", "cut", "reason"),
    [
        ("Soldiers &bogus; were killed at Gao.", None, "undefined entity"),  # no HTML entity either
        ("Soldiers were killed at Gao&nbsp;on Thursday.", -40, "truncated download"),  # entity, then a cut
    ],
)
def test_a_real_break_in_a_feed_with_entities_is_still_named(tmp_path: Path, first: str, cut: int | None,
                                                             reason: str) -> None:
    errors, _docs = read_with_good_file(write(tmp_path / "wire.rss", feed(first, cut=cut)), tmp_path)
    assert len(errors) == 1 and reason in errors[0].problem and str(tmp_path / "wire.rss") in str(errors[0])


@pytest.mark.parametrize(("name", "delimiter"), [("dump.csv", ";"), ("dump.csv", "\t"), ("dump.tsv", ";")])
def test_a_dump_in_another_delimiter_says_so_instead_of_asking_for_a_rename(
    tmp_path: Path, name: str, delimiter: str
) -> None:
    rows = f"title{delimiter}text{delimiter}date\nRaid{delimiter}Soldiers raided Jenin.{delimiter}2024-01-13\n"
    error = only_error(write(tmp_path / name, rows), tmp_path)
    assert f"splits on {delimiter!r}" in error.problem and "--text-field" not in error.problem


def test_a_header_that_lacks_the_text_column_still_asks_for_the_column_name(tmp_path: Path) -> None:
    rows = "title;body,date\nRaid;Soldiers raided Jenin.,2024-01-13\n"
    error = only_error(write(tmp_path / "dump.csv", rows), tmp_path)
    assert "--text-field" in error.problem and "splits on" not in error.problem
