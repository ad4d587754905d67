"""Every data file the package reads ships in the wheel: package-data covers each data folder."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "parley"


def test_every_non_python_file_is_matched_by_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["parley"]
    files = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    missing = [f for f in files if not any(_matches(f, pattern) for pattern in patterns)]
    assert missing == []


def _matches(path: str, pattern: str) -> bool:
    """setuptools' package-data globs: ``dir/*`` matches files directly inside ``dir`` only."""
    folder, _, name = path.rpartition("/")
    pattern_folder, _, pattern_name = pattern.rpartition("/")
    return folder == pattern_folder and fnmatch(name, pattern_name)
