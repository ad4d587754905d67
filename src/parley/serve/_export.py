"""``GET /api/export``: the store's records as a download, written by the writers of ``parley export``.

JSONL is :func:`parley.evaluation.write_predictions` over every stored article (one document a
line with its figures, events and attributions); CSV and Parquet are the four tables of
:meth:`parley.store.Store.export_tables`, zipped into one file since a download is one file.
The export is written to a temporary folder under the store's lock and then streamed from disk
without it, so a large store is never held in memory and readers wait only while it is written.

The folder is removed when the response ends, however it ends (:class:`ExportResponse`): a
``BackgroundTask`` would run only after the whole body was sent, so a client that drops the
download (an ASGI 2.4 server then raises ``OSError`` from ``send``), a cancelled request or a
server shutting down mid-download would leave the export on disk.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import anyio
from starlette.responses import FileResponse
from starlette.types import Receive, Scope, Send

from parley.evaluation import write_predictions
from parley.serve._handle import StoreHandle

__all__ = ["EXPORT_FORMATS", "ExportFile", "ExportFormat", "ExportResponse", "export_download"]

ExportFormat = Literal["jsonl", "csv", "parquet"]

#: Download format -> the media type of the file served.
EXPORT_FORMATS: dict[str, str] = {"jsonl": "application/x-ndjson", "csv": "application/zip",
                                  "parquet": "application/zip"}


@dataclass(frozen=True)
class ExportFile:
    """A written export: the file to send and the temporary folder to remove after sending it."""

    path: Path
    media_type: str
    workdir: Path

    def remove(self) -> None:
        """Delete the export (after the download, or when writing it failed)."""
        shutil.rmtree(self.workdir, ignore_errors=True)


def export_download(handle: StoreHandle, fmt: ExportFormat) -> ExportFile:
    """Write the store's records in ``fmt`` to a new temporary folder; the caller removes it."""
    workdir = Path(tempfile.mkdtemp(prefix="parley-export-"))
    day = dt.date.today().isoformat()
    try:
        with handle.use() as store:
            if fmt == "jsonl":
                path = workdir / f"parley-records-{day}.jsonl"
                write_predictions(store.iter_extractions(), path)
            else:
                tables = store.export_tables(workdir / "tables", fmt)
                path = _zipped(tables, workdir / f"parley-tables-{fmt}-{day}.zip", compress=fmt == "csv")
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return ExportFile(path=path, media_type=EXPORT_FORMATS[fmt], workdir=workdir)


class ExportResponse(FileResponse):
    """The download of an export, whose temporary folder is removed once the response ends,
    sent in full or not."""

    def __init__(self, export: ExportFile) -> None:
        super().__init__(export.path, media_type=export.media_type, filename=export.path.name)
        self.export = export

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            # Shielded: a cancelled request (client gone, server stopping) must still remove it.
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(self.export.remove)


def _zipped(files: list[Path], target: Path, *, compress: bool) -> Path:
    """``files`` in one zip at ``target``; Parquet is compressed already, so it is stored as is."""
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(target, "w", compression=method) as archive:
        for file in files:
            archive.write(file, arcname=file.name)
    return target
