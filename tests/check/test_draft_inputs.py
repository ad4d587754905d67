"""Bad draft files: a Markdown draft is refused for what an ingested article is refused for.

Markdown drafts were read with a bare ``read_text("utf-8")``: a huge one reached the parser and
crashed with spaCy's own error, a cp1252 one could not be read at all, a binary one got a codec
message, and an empty one "passed" as a draft with no claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.check import draft_from_text, read_draft
from parley.errors import InputError, UsageError
from parley.records import MAX_TEXT_CHARS


def test_a_markdown_draft_longer_than_parley_reads_is_refused_by_name(tmp_path: Path) -> None:
    draft = tmp_path / "huge.md"
    draft.write_text("Gunmen killed five people in the town. " * (MAX_TEXT_CHARS // 39 + 10), encoding="utf-8")
    with pytest.raises(InputError, match="split it") as caught:
        read_draft(draft)
    assert caught.value.source == str(draft)


def test_a_cp1252_markdown_draft_is_decoded_like_an_article(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    text = "**Officials** in Khan Younis said 12 people were killed near the caf\u00e9 on Friday."
    text += " A r\u00e9sum\u00e9 of the day says the strike hit the market."
    text += " The health ministry said 30 others were wounded in the strike on the refugee camp."
    draft.write_bytes(text.encode("cp1252"))
    assert "caf\u00e9" in read_draft(draft).document.text


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", ("empty",)), (b"  \n\n", ("empty",)), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary",))],
    ids=["zero-bytes", "blank", "png"],
)
def test_an_empty_or_binary_markdown_draft_is_an_input_error(
    tmp_path: Path, content: bytes, words: tuple[str, ...]
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_draft(draft)
    assert caught.value.source == str(draft)
    assert all(word in caught.value.problem for word in words)


# A draft given as text (pasted in the dashboard, sent to POST /api/check) is read like a file of its format.

_BULLETIN = "The Yemeni health ministry said an air strike on a market in Saada killed nine people on Tuesday."


@pytest.mark.parametrize(
    ("text", "fmt", "prose"),
    [
        (_BULLETIN, "text", _BULLETIN),
        (f"# Saada\n\n**{_BULLETIN}**", "markdown", _BULLETIN),
        (f"<!doctype html><html><body><article><p>{_BULLETIN}</p></article></body></html>", "html", _BULLETIN),
    ],
    ids=["text", "markdown", "html"],
)
def test_a_draft_given_as_text_is_read_as_a_file_of_its_format(text: str, fmt: str, prose: str) -> None:
    draft = draft_from_text(text, fmt, origin="pasted")
    assert draft.format == fmt and draft.document.text.strip().endswith(prose)
    assert draft.document.origin == "pasted"


def test_a_markdown_file_and_the_same_text_give_the_same_draft(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(f"date 2024-02-06\n## Saada\n{_BULLETIN}", encoding="utf-8")
    from_file = read_draft(path)
    from_text = draft_from_text(path.read_text(encoding="utf-8"), "markdown", origin=str(path))
    assert from_file == from_text and str(from_file.document.date) == "2024-02-06"


@pytest.mark.parametrize(("text", "fmt", "error", "words"), [
    ("", "text", InputError, "empty"),
    (" \n\t", "markdown", InputError, "empty"),
    ("Gunmen killed five people. " * (MAX_TEXT_CHARS // 27 + 10), "text", InputError, "split it"),
    (_BULLETIN, "docx", UsageError, "unknown draft format"),
], ids=["empty", "blank-markdown", "too-long", "unknown-format"])
def test_a_draft_given_as_text_that_cannot_be_checked_is_refused(
    text: str, fmt: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        draft_from_text(text, fmt)
