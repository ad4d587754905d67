"""Session fixtures shared by the whole suite: the spaCy model, parsed real articles, paths.

The model is loaded once per session (about a second); tests that need ``../shared`` (the
evaluation sets and corpora beside the repository) skip with a reason where it is absent, so a
user's clone still passes its tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "src" / "parley" / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from parley.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "FORMAT.md").exists():
        pytest.skip(f"needs the shared evaluation material at {SHARED} (not present in this checkout)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed report bundled as an example article (a copy of ../shared/seed)."""
    return (EXAMPLES / "seed-2023-11-30.txt").read_text(encoding="utf-8")
