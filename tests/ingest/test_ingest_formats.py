"""Each input format on real-looking news text: the Documents and the metadata read from them.

Fixtures in ``fixtures/`` are short wire paragraphs written for these tests, an HTML page with
navigation and boilerplate around the article, an RSS and an Atom feed, a JSONL dump and a CSV
dump whose columns need a FieldMap. The bundled seed article is read from the package.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import FieldMap, read_inputs, read_text_file
from parley.records import Document

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "parley" / "examples"
SEED = EXAMPLES / "seed-2023-11-30.txt"

CSV_FIELDS = FieldMap(text="body", date="published", outlet="source", url="link", title="headline")


def documents(results: Iterable[Document | InputError]) -> list[Document]:
    """All results, asserting none is an error (the message shows which one was)."""
    out = list(results)
    assert [r for r in out if isinstance(r, InputError)] == []
    return [r for r in out if isinstance(r, Document)]


def test_seed_example_has_date_marker_removed_and_no_outlet(seed_text: str) -> None:
    (doc,) = documents(read_inputs([SEED]))
    assert doc.date == dt.date(2023, 11, 30)
    assert doc.outlet is None  # NDTV is named only in the disclaimer: not the outlet
    assert doc.text.startswith("In a surprising turn of events, the Islamist movement Hamas")
    assert "date 2023-11-30" not in doc.text
    assert doc.text == seed_text.strip().removeprefix("date 2023-11-30").strip()
    assert doc.origin == str(SEED)


def test_seed_example_ai_disclaimer_span_matches_text() -> None:
    (doc,) = documents(read_inputs([SEED]))
    assert doc.ai_generated is True
    assert doc.ai_evidence is not None
    assert doc.text[doc.ai_evidence.start : doc.ai_evidence.end] == doc.ai_evidence.text
    assert doc.ai_evidence.text == (
        "Disclaimer: This article, excluding the headline, has been created by the AI assistant "
        "and has not been edited by any human staff at NDTV."
    )


def test_reuters_dateline_gives_outlet_but_no_yearless_date() -> None:
    (doc,) = documents(read_inputs([FIXTURES / "wire-reuters.txt"]))
    assert doc.outlet == "Reuters"
    assert doc.date is None  # "Nov 30" has no year; a guessed year would corrupt series
    assert doc.text.startswith("GAZA, Nov 30 (Reuters) - Israel and Hamas agreed")  # dateline kept
    assert not doc.text.endswith("\n")


def test_date_marker_on_its_own_line_and_ap_dateline() -> None:
    (doc,) = documents(read_inputs([FIXTURES / "ap-dated.txt"]))
    assert doc.date == dt.date(2023, 11, 24)
    assert doc.outlet == "AP"
    assert doc.text.startswith("JERUSALEM (AP) — Hamas released 24 hostages on Friday")


def test_html_page_yields_article_without_navigation_or_footer() -> None:
    (doc,) = documents(read_inputs([FIXTURES / "article.html"]))
    assert "Under the original four-day deal, Hamas released 50 Israeli hostages" in doc.text
    for boilerplate in ("Sign in", "Subscribe now", "Ten best beaches", "All rights reserved", "Privacy policy"):
        assert boilerplate not in doc.text
    assert doc.title == "Israel and Hamas extend Gaza truce by two days"
    assert doc.text.startswith("Qatar said on Monday")  # the headline is the title, not body text
    assert doc.date == dt.date(2023, 11, 27)
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.org/world/gaza-truce-extended"


def test_rss_feed_yields_one_document_per_item_with_html_stripped() -> None:
    first, second = documents(read_inputs([FIXTURES / "feed.rss"]))
    assert first.text == (
        "Israel and Hamas agreed to extend their truce by another day, Qatar said on Thursday.\n\n"
        "Hamas freed 16 hostages late on Wednesday."
    )
    assert first.date == dt.date(2023, 11, 30)  # the local day of the pubDate, not UTC (29th)
    assert first.outlet == "Example Wire: Middle East"
    assert first.url == "https://wire.example.org/2023/11/30/truce-extended"
    assert first.title == "Truce in Gaza extended by one day"
    assert first.origin == f"{FIXTURES / 'feed.rss'}#1"
    assert second.date == dt.date(2023, 11, 29)
    assert second.text.startswith("The World Health Organization said more than 111,000 cases")


def test_atom_entry_uses_content_and_published_date() -> None:
    (doc,) = documents(read_inputs([FIXTURES / "feed.atom"]))
    assert doc.text.startswith("Hamas handed over 12 hostages to the Red Cross on Tuesday")
    assert "<p>" not in doc.text
    assert doc.date == dt.date(2023, 11, 28)  # published (local day), not updated
    assert doc.outlet == "Example Monitor"
    assert doc.url == "https://monitor.example.net/exchange-day-five"


def test_jsonl_keeps_given_doc_id_and_parses_written_out_date() -> None:
    first, second = documents(read_inputs([FIXTURES / "articles.jsonl"]))
    assert first.doc_id == "wire-1"
    assert first.date == dt.date(2023, 11, 7)
    assert (first.outlet, first.title, first.url) == (
        "Example Wire",
        "Two soldiers killed",
        "https://wire.example.org/1",
    )
    assert second.date == dt.date(2023, 11, 25)  # "25 November 2023" via dateparser
    assert second.origin == f"{FIXTURES / 'articles.jsonl'}:3"  # line 2 is blank and skipped
    assert len(second.doc_id) == 16


def test_jsonl_text_is_kept_verbatim_so_offsets_stay_valid(tmp_path: Path) -> None:
    text = " date 2023-11-30 Hamas said it was ready to release all soldiers.  "
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "g1", "text": ' + f'"{text}"' + "}\n", encoding="utf-8")
    (doc,) = documents(read_inputs([path]))
    assert doc.text == text
    assert doc.date == dt.date(2023, 11, 30)  # the marker still fills the missing date


def test_csv_with_remapped_columns_and_quoted_multiline_field() -> None:
    first, second = documents(read_inputs([FIXTURES / "remapped.csv"], fields=CSV_FIELDS))
    assert first.text.startswith("Hamas released 17 hostages on Sunday, including an American girl,")
    assert (first.date, first.outlet) == (dt.date(2023, 11, 26), "Example Daily")
    assert first.title == "Truce holds for a second day"
    assert second.title == "Aid convoys, fuel enter Gaza"
    assert second.text.endswith("the UN said.\nFuel deliveries also resumed.")
    assert second.origin == f"{FIXTURES / 'remapped.csv'}:3"


def test_tsv_is_read_with_tab_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "dump.tsv"
    path.write_text("text\tdate\nIsrael freed 30 Palestinian prisoners, officials said.\t2023-11-28\n", "utf-8")
    (doc,) = documents(read_inputs([path]))
    assert doc.date == dt.date(2023, 11, 28)


def test_directory_is_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    shutil.copy(FIXTURES / "wire-reuters.txt", tmp_path / "b" / "deeper" / "z.txt")
    shutil.copy(FIXTURES / "ap-dated.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "feed.rss", tmp_path / "b" / "feed.xml")
    (tmp_path / ".cache" / "draft.txt").write_text("an unfinished draft", "utf-8")
    (tmp_path / ".notes.txt").write_text("notes to self", "utf-8")
    docs = documents(read_inputs([tmp_path]))
    # b/deeper/z.txt sorts before b/feed.xml: the order of the full paths
    assert [Path(str(d.origin)).name for d in docs] == ["a.txt", "z.txt", "feed.xml#1", "feed.xml#2"]


def test_single_path_string_is_not_iterated_character_by_character() -> None:
    (doc,) = documents(read_inputs(str(SEED)))
    assert doc.date == dt.date(2023, 11, 30)


def test_stdin_text_is_one_article(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(seed_text))
    (doc,) = documents(read_inputs(["-"]))
    assert doc.date == dt.date(2023, 11, 30)
    assert doc.origin == "<stdin>"
    assert doc.ai_generated


def test_stdin_jsonl_is_sniffed_and_read_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (FIXTURES / "articles.jsonl").read_text("utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n" + lines))
    first, second = documents(read_inputs(["-"]))
    assert first.doc_id == "wire-1"
    assert (first.origin, second.origin) == ("<stdin>:2", "<stdin>:4")


def test_stdin_html_is_read_as_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO((FIXTURES / "article.html").read_text("utf-8")))
    (doc,) = documents(read_inputs(["-"]))
    assert doc.outlet == "Example News"


def test_extensionless_html_is_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    shutil.copy(FIXTURES / "article.html", path)
    (doc,) = documents(read_inputs([path]))
    assert doc.title == "Israel and Hamas extend Gaza truce by two days"


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIsrael released 39 Palestinian prisoners on Friday.".encode())
    (doc,) = documents(read_inputs([path]))
    assert doc.text == "Israel released 39 Palestinian prisoners on Friday."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_is_detected_and_decoded(tmp_path: Path, encoding: str) -> None:
    text = (
        "The UN’s relief agency said on Sunday that more than 1.8 million people – about 80% of "
        "Gaza’s population – had fled their homes, many to crowded shelters in the south."
    )
    if encoding == "latin-1":
        text = "Le porte-parole a déclaré que l'armée israélienne avait libéré 39 détenus palestiniens."
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = documents(read_inputs([path]))
    assert doc.text == text


SHORT_LEGACY_TEXTS = [
    # Each of these was read as a wrong code page before Windows-1252 was preferred: UTF-16-BE
    # ("捡曩"), Windows-1250 ("Săo"), Urdu cp1006, Japanese cp932.
    "Bogotá",
    "São Paulo police said 12 people died in the raid on Tuesday.",
    "Kidal café owners said the naïve plan failed.",
    "£500m in aid for Sudan was pledged in Paris.",
]


@pytest.mark.parametrize("text", SHORT_LEGACY_TEXTS)
def test_short_latin1_text_is_read_as_windows_1252(tmp_path: Path, text: str) -> None:
    """A short non-UTF-8 paragraph is decoded as Windows-1252, not as whichever code page
    charset-normalizer happens to rank first (it ranks equally clean ones by noise on English)."""
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_text_file(path) == text  # the decoding of an article file, even of one word


@pytest.mark.parametrize("text", [t for t in SHORT_LEGACY_TEXTS if len(t.split()) > 1])
def test_short_latin1_article_is_read_as_windows_1252(tmp_path: Path, text: str) -> None:
    """The same texts read as articles (a one-word text holds no report, so is refused)."""
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("latin-1"))
    (doc,) = documents(read_inputs([path]))
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Губернатор сообщил о гибели 12 человек в Харькове после удара ракеты.", "cp1251"),
        ("ガザで12人が死亡したと保健省が発表した。", "shift_jis"),
    ],
)
def test_non_latin_legacy_text_is_not_forced_to_windows_1252(tmp_path: Path, text: str, encoding: str) -> None:
    """Windows-1252 is preferred only where it reads the bytes as cleanly as the best guess."""
    path = tmp_path / "other.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = documents(read_inputs([path]))
    assert doc.text == text


def test_cp1252_jsonl_dump_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    text = "Gaza’s health ministry said 14,854 people had been killed – a figure Israel disputes."
    path.write_bytes(('{"text": "' + text + '"}\n').encode("cp1252") * 3)
    docs = documents(read_inputs([path]))
    assert [d.text for d in docs] == [text] * 3


def test_forced_encoding_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "forced.txt"
    path.write_bytes("Gaza’s".encode("cp1252"))
    (doc,) = documents(read_inputs([path], encoding="latin-1"))
    assert doc.text == "Gaza\x92s"


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_bomless_utf16_is_read_when_its_encoding_is_given(tmp_path: Path, suffix: str) -> None:
    """UTF-16 without a byte-order mark is full of NUL bytes; told the encoding, parley must not
    refuse it as binary (the explicit option was otherwise useless for exactly this file)."""
    text = "Israel released 39 Palestinian prisoners on Friday."
    body = '{"text": "' + text + '"}\n' if suffix == ".jsonl" else text
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(body.encode("utf-16-le"))
    (doc,) = documents(read_inputs([path], encoding="utf-16-le"))
    assert doc.text == text


def test_binary_file_is_still_refused_with_an_encoding_given(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00")
    (error,) = list(read_inputs([path], encoding="utf-16-le"))
    assert isinstance(error, InputError) and "binary" in error.problem


def test_an_unknown_encoding_is_one_usage_error_not_one_per_file(tmp_path: Path) -> None:
    from parley.errors import UsageError

    for name in ("a.txt", "b.jsonl"):
        (tmp_path / name).write_text('{"text": "Rebels killed 3 soldiers."}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="'klingon'"):
        list(read_inputs([tmp_path], encoding="klingon"))


@pytest.mark.parametrize("codec", ["base64", "rot13", "hex", "zlib", "idna", "punycode"])
def test_a_codec_that_is_not_a_text_encoding_is_the_same_usage_error(tmp_path: Path, codec: str) -> None:
    from parley.errors import UsageError

    (tmp_path / "a.txt").write_text("Rebels killed 3 soldiers.", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        list(read_inputs([tmp_path / "a.txt"], encoding=codec))
    with pytest.raises(UsageError) as unknown:
        list(read_inputs([tmp_path / "a.txt"], encoding="klingon"))
    assert str(caught.value) == str(unknown.value).replace("klingon", codec)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_text_codec_that_cannot_decode_the_file_is_an_input_error_not_a_crash(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"a{suffix}"
    path.write_bytes('{"text": "Rebels killed 3 soldiers in Khān Yūnis."}\n'.encode())
    (error,) = list(read_inputs([path], encoding="ascii"))
    assert isinstance(error, InputError) and "encoding" in error.problem


@pytest.mark.parametrize("declared", ["utf-8", "UTF8", "utf_8"])
def test_a_utf8_byte_order_mark_is_dropped_when_utf8_is_declared(tmp_path: Path, declared: str) -> None:
    text = "Israel released 39 Palestinian prisoners on Friday."
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + text.encode())
    (tmp_path / "b.jsonl").write_bytes(codecs.BOM_UTF8 + ('{"text": "' + text + '"}\n').encode())
    detected = documents(read_inputs([tmp_path / "a.txt"]))
    declared_docs = documents(read_inputs([tmp_path / "a.txt", tmp_path / "b.jsonl"], encoding=declared))
    assert [d.text for d in declared_docs] == [text, text]
    assert {d.doc_id for d in declared_docs} == {detected[0].doc_id}


def test_utf16_feed_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Swap</title><pubDate>Fri, 24 Nov 2023 16:00:00 GMT</pubDate>"
        "<description>Israel freed 39 Palestinian prisoners.</description></item></channel></rss>"
    )
    path = tmp_path / "wide.rss"
    path.write_bytes(feed.encode("utf-16"))
    (doc,) = documents(read_inputs([path]))
    assert (doc.title, doc.date) == ("Swap", dt.date(2023, 11, 24))
