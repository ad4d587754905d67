"""The extractor version stored with each article follows the extraction code and data."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from parley.extract import EXTRACTOR_VERSION, _extractor_version


def test_version_is_parleys_with_a_digest_of_the_extract_stage() -> None:
    release, _, digest = EXTRACTOR_VERSION.partition("+")
    assert release == metadata.version("parley")
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert _extractor_version() == EXTRACTOR_VERSION


@pytest.mark.parametrize("changed", ["data/event_triggers.json", "figures/_assembly.py", "events/_triggers.py"])
def test_an_edited_lexicon_or_rule_changes_the_version(monkeypatch: pytest.MonkeyPatch, changed: str) -> None:
    """So that articles ingested again after the edit are re-extracted, not skipped as unchanged."""
    original = Path.read_bytes

    def edited(path: Path) -> bytes:
        content = original(path)
        return content + b"\n" if path.as_posix().endswith(changed) else content

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert _extractor_version() != EXTRACTOR_VERSION
