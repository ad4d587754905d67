"""Session fixtures shared by the whole suite: the spaCy model, parsed real articles, paths.

The model is loaded once per session (about a second); tests that need ``../shared`` (the
evaluation sets and corpora beside the repository, or where ``$PARLEY_SHARED`` points) skip with
a reason where it is absent, so a user's clone still passes its tests.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED") or REPO.parent / "shared")
EXAMPLES = REPO / "src" / "parley" / "examples"
BENCHMARKS = REPO / "benchmarks"

# pytest-xdist starts its workers with COLUMNS=80. Rich fixes a console's width from COLUMNS when the
# console is made, at the import of parley.cli, so the CLI tests that give each run its own COLUMNS
# would wrap at 80 columns under `make test` and not under a plain `pytest`.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.pop("COLUMNS", None)


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


@pytest.fixture(scope="session")
def benchmark_script() -> Callable[[str], ModuleType]:
    """Loads a script of ``benchmarks/`` by name ("accuracy") as a module, once per session.

    The scripts are not a package; they import their neighbours (``_common``) by path, so the
    folder goes on ``sys.path``, and each module is registered before it runs, as its dataclasses
    look their module up while being defined.
    """
    loaded: dict[str, ModuleType] = {}

    def load(name: str) -> ModuleType:
        if name not in loaded:
            if str(BENCHMARKS) not in sys.path:
                sys.path.insert(0, str(BENCHMARKS))
            spec = importlib.util.spec_from_file_location(f"parley_benchmark_{name}", BENCHMARKS / f"{name}.py")
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
            loaded[name] = module
        return loaded[name]

    return load
