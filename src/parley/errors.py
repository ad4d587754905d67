"""The exceptions parley raises, as one tree.

Every error parley raises on purpose is a :class:`ParleyError`, so a caller can catch
"anything from parley" in one place (the CLI does exactly that)::

    ParleyError                 base; carries a message a user can act on
    ├── InputError              an input file, row or field cannot be read (carries path, line)
    ├── ExtractionError         the NLP stage failed (model missing, text unparseable)
    ├── StoreError              the database could not be opened, migrated or written
    │   └── NotFound            a document, figure or event id that is not in the store
    └── UsageError              a bad option value or combination given by the user

Errors from DuckDB, spaCy or decoding are translated at one boundary per stage and chained
(``raise StoreError(...) from exc``) so the original traceback is kept for ``--debug``.
Programmer mistakes (wrong argument types) raise built-in ``TypeError``/``ValueError``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ExtractionError",
    "InputError",
    "NotFound",
    "ParleyError",
    "StoreError",
    "UsageError",
]


class ParleyError(Exception):
    """Base of every error parley raises on purpose."""

    #: HTTP status an API should answer with when this error reaches it.
    status: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ParleyError):
    """An input (file, row, field or stdin) that cannot be read as an article.

    The message names the input and, where known, the line, so a user can find and fix it.
    """

    status = 422

    def __init__(self, source: str | Path, problem: str, *, line: int | None = None) -> None:
        self.source = str(source)
        self.line = line
        self.problem = problem
        where = f"{self.source}:{line}" if line is not None else self.source
        super().__init__(f"{where}: {problem}")


class ExtractionError(ParleyError):
    """The extraction stage could not run (for example the spaCy model is not installed)."""

    status = 500


class StoreError(ParleyError):
    """The store could not be opened, migrated, read or written."""

    status = 500


class NotFound(StoreError):
    """A record asked for by id is not in the store."""

    status = 404

    def __init__(self, kind: str, key: str) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"no {kind} with id {_shown_id(key)} in the store")


#: The most characters of an unknown id a message repeats: an id pasted wrong can be a whole page.
_SHOWN_ID_CHARS = 80


def _shown_id(key: str) -> str:
    """The id as a message shows it, cut to :data:`_SHOWN_ID_CHARS` with its full length said."""
    if len(key) <= _SHOWN_ID_CHARS:
        return repr(key)
    return f"{key[:_SHOWN_ID_CHARS]!r}… ({len(key):,} characters)"


class UsageError(ParleyError):
    """A bad option value or combination (an unknown category, a malformed date...)."""

    status = 400
