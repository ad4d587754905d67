"""The examples in docstrings run as written: a doctest that no test runs rots when code moves
(the split of the attributions package left one calling a name its module no longer imports).

Examples run from a checkout's root after ``parley ingest``: they open ``news.duckdb`` and name the
bundled articles by their path; the test builds such a folder from the seed article.
"""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

import parley

SRC = Path(__file__).resolve().parents[1] / "src"
EXAMPLES = SRC / "parley" / "examples"


_EXAMPLE_LINE = re.compile(r"^\s*>>> ", re.MULTILINE)


def _modules_with_examples() -> list[str]:
    """Dotted names of the parley modules whose source holds a ``>>>`` example line."""
    return sorted(
        ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for path in (SRC / "parley").rglob("*.py")
        if _EXAMPLE_LINE.search(path.read_text(encoding="utf-8"))
    )


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like a checkout where the user ran ``parley ingest`` on the seed: ``news.duckdb``
    beside ``src/`` (examples name the bundled articles by their path in the repository)."""
    folder = tmp_path_factory.mktemp("doctest")
    (folder / "src").symlink_to(SRC, target_is_directory=True)
    with parley.Store(str(folder / "news.duckdb")) as store:
        parley.ingest_paths([str(EXAMPLES / "seed-2023-11-30.txt")], store)
    return folder


def test_some_modules_carry_examples() -> None:
    assert {"parley.extract", "parley.check", "parley.brief"} <= set(_modules_with_examples())


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_run(name: str, seeded_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(seeded_dir)
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.failed == 0, f"{results.failed} of {results.attempted} examples in {name} failed (run with -s)"
