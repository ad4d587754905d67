"""The extractors' data files (``parley/extract/data/*.json``), each read and parsed once per process.

Several extractors read the same file: the country list serves the actor lexicon, the gazetteer
and the parser's list of names to keep capitalised; the leaders dictionary serves the actor
lexicon and that list too. One cached reader keeps a file from being parsed twice, and a damaged
install fails with one error that names the file. Callers build their own structures from what
it returns and must not change it (the parsed file is shared).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from parley.errors import ExtractionError

_Value = TypeVar("_Value")

__all__ = ["entries", "read_data"]


@cache
def read_data(name: str) -> dict[str, Any]:
    """The parsed JSON object of ``data/<name>``.

    Raises:
        ExtractionError: the file is missing or is not a JSON object (a damaged install).
    """
    try:
        raw = json.loads(resources.files("parley.extract").joinpath("data", name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractionError(f"cannot read parley's data file {name} ({exc}); reinstall parley") from exc
    if not isinstance(raw, dict):
        raise ExtractionError(f"parley's data file {name} is not a JSON object; reinstall parley")
    return raw


def entries(table: dict[str, _Value]) -> dict[str, _Value]:
    """A data table without its notes: a key that starts with "_" explains the entries beside it."""
    return {key: value for key, value in table.items() if not key.startswith("_")}
