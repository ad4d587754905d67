"""Bad draft files: a Markdown draft is refused for what an ingested article is refused for.

Markdown drafts were read with a bare ``read_text("utf-8")``: a huge one reached the parser and
crashed with spaCy's own error, a cp1252 one could not be read at all, a binary one got a codec
message, and an empty one "passed" as a draft with no claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.check import read_draft
from parley.errors import InputError
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
