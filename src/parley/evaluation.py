"""The evaluation interchange format (FORMAT.md): read gold documents, write predictions.

``parley eval-export IN.jsonl -o OUT.jsonl`` reads documents (only ``doc_id``, ``text`` and
``date`` are used; gold fields are ignored), extracts records and writes them in the same format,
which ``score.py`` compares against gold. The conversion is exact: offsets index the given text
unchanged, so nothing is normalised on the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.extract import extract
from parley.ingest import find_ai_disclaimer
from parley.records import Document, Extraction

__all__ = ["eval_export", "eval_predictions", "extraction_to_format", "read_eval_documents", "write_predictions"]


def read_eval_documents(path: Path) -> Iterator[Document]:
    """Read FORMAT.md documents, keeping the given doc_id and text exactly.

    Raises:
        InputError: the file cannot be read, is not UTF-8, or a line is not a document.
    """
    try:
        with path.open(encoding="utf-8") as lines:
            yield from _eval_documents(lines, path)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason}); evaluation files are UTF-8 JSONL") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror}); check its permissions") from exc


def _eval_documents(lines: Iterable[str], path: Path) -> Iterator[Document]:
    """One Document per non-blank FORMAT.md line (the reading half of :func:`read_eval_documents`)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not JSON ({exc.msg})", line=number) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("doc_id"), str):
            raise InputError(path, _not_a_document(raw), line=number)
        if not isinstance(raw.get("text"), str):
            raise InputError(path, f"document {raw['doc_id']} has no text", line=number)
        # The text is kept exactly as given (offsets index it), so the ingest readers, which
        # strip date markers, are not used; only the disclaimer detector is shared.
        disclaimer = find_ai_disclaimer(raw["text"])
        yield Document(
            doc_id=raw["doc_id"],
            text=raw["text"],
            date=_parse_date(raw.get("date"), path, number),
            outlet=raw.get("outlet"),
            ai_generated=disclaimer is not None,
            ai_evidence=disclaimer,
            origin=f"{path}:{number}",
        )


def _not_a_document(raw: Any) -> str:
    """Why a line is no evaluation document, naming what it holds: a newcomer's first try is often
    an ordinary article dump, which has no doc_id and belongs to ``parley ingest``."""
    if not isinstance(raw, dict):
        return f"expected a JSON object per line, got {type(raw).__name__}"
    if "doc_id" in raw:
        return f"'doc_id' is {type(raw['doc_id']).__name__} {raw['doc_id']!r}, not a string"
    keys = ", ".join(raw) or "none"
    return (f"no 'doc_id' field (fields here: {keys}); evaluation documents carry doc_id and text "
            "(FORMAT.md); to store a dump of articles use parley ingest")


def _each(extractions: Iterator[Extraction], callback: Callable[[], None] | None) -> Iterator[Extraction]:
    """``extractions``, calling ``callback`` as each one is made."""
    for extraction in extractions:
        if callback is not None:
            callback()
        yield extraction


def _parse_date(value: Any, path: Path, line: int) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(path, f"date {value!r} is not an ISO date (YYYY-MM-DD)", line=line) from None


def extraction_to_format(extraction: Extraction) -> dict[str, Any]:
    """One FORMAT.md document from an extraction (the document's own ai_generated flag included)."""
    doc = extraction.document
    drop = {"doc_id", "sentence_start", "sentence_end"}
    return {
        "doc_id": doc.doc_id,
        "text": doc.text,
        "date": doc.date.isoformat() if doc.date else None,
        "outlet": doc.outlet,
        "ai_generated": doc.ai_generated,
        "figures": [f.model_dump(exclude=drop) for f in extraction.figures],
        "events": [e.model_dump(exclude=drop | ({"incident"} if e.incident is None else set()))
                   for e in extraction.events],
        "attributions": [a.model_dump(exclude={"doc_id"}) for a in extraction.attributions],
    }


def eval_export(source: Path, target: Path, *, on_extracted: Callable[[], None] | None = None) -> int:
    """Extract every document of ``source`` and write predictions to ``target``; returns the count.

    Events get an ``incident`` id: parley's cluster of the real-world event, computed across all
    the documents of ``source`` (so the whole file is held in memory before writing).
    ``on_extracted`` is called after each document is extracted (a progress display's hook: a
    large set takes minutes).
    """
    return write_predictions(eval_predictions(source, on_extracted=on_extracted), target)


def eval_predictions(source: Path, *, on_extracted: Callable[[], None] | None = None) -> list[Extraction]:
    """The first half of :func:`eval_export`: every document of ``source`` extracted, events linked."""
    from parley.reconcile import link_incidents

    return link_incidents(_each(extract(read_eval_documents(source)), on_extracted))


def write_predictions(extractions: Iterable[Extraction], target: Path) -> int:
    """Extractions written to ``target`` in this format, one document a line; returns the count.

    The second half of :func:`eval_export`, and ``parley export``'s JSONL writer. The file is
    written whole or not at all: lines go to a hidden partial file beside ``target``, renamed over
    it at the end, so an interrupted run (Ctrl-C, a full disk, a store error half-way through
    the records) neither leaves a truncated file that reads as a complete export nor destroys
    the previous one.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    count = 0
    try:
        with partial.open("w", encoding="utf-8") as out:
            for extraction in extractions:
                out.write(json.dumps(extraction_to_format(extraction), ensure_ascii=False) + "\n")
                count += 1
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


if __name__ == "__main__":  # developer convenience: python -m parley.evaluation IN OUT
    import sys

    eval_export(Path(sys.argv[1]), Path(sys.argv[2]))
