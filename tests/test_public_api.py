"""The public surface is declared, not accidental; the library core never imports its shells."""

from __future__ import annotations

import ast
from pathlib import Path

import parley

PACKAGE = Path(parley.__file__).parent
SHELL_ONLY = {"typer", "click", "rich", "fastapi", "uvicorn", "starlette", "jinja2"}
SHELLS = {"cli.py", "__main__.py"}


def test_all_has_no_duplicates_and_every_name_exists() -> None:
    # ruff (RUF022) keeps __all__ sorted; this checks that it only names what exists.
    assert len(set(parley.__all__)) == len(parley.__all__)
    missing = [name for name in parley.__all__ if not hasattr(parley, name)]
    assert missing == []


def test_public_names_match_all_exactly() -> None:
    public = {name for name in vars(parley) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(parley, name)).__name__ == "module"}
    assert public - modules - {"annotations"} == set(parley.__all__) - {"__version__"}


def test_library_modules_never_import_cli_or_web_packages() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in SHELLS or "serve" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in SHELL_ONLY]
    assert offenders == []
