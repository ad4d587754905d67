"""``parley batch`` on a local Dask cluster stores exactly what ``parley ingest`` stores, once.

The cluster (2 single-threaded worker processes) is started once for the module; each worker
loads spaCy when it starts. The comparison runs on a sample of the MUC corpus in ../shared
(skipped where it is absent).
"""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.batch import connect, run_batch, shard_name
from parley.cli import app
from parley.pipeline import ingest_paths
from parley.records import Document, Extraction
from parley.store import Store

SAMPLE = 24


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect(workers=2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def muc_sample(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first and last articles of the MUC corpus (dev and the mixed-case TST4 split)."""
    lines = (shared_dir / "corpus" / "muc" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    sample = tmp_path_factory.mktemp("muc") / "sample.jsonl"
    picked = lines[: SAMPLE // 2] + lines[-SAMPLE // 2 :]
    sample.write_text("\n".join(json.dumps({k: v for k, v in json.loads(line).items() if k in ("text", "date",
                                 "outlet")}) for line in picked) + "\n", encoding="utf-8")
    return sample


@pytest.fixture(scope="module")
def ingested(muc_sample: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Extraction]:
    with Store(tmp_path_factory.mktemp("ingest") / "ingest.duckdb") as store:
        ingest_paths([muc_sample], store)
        return list(store.iter_extractions())


def _stored(db: Path) -> list[Extraction]:
    with Store(db, read_only=True) as store:
        return list(store.iter_extractions())


def test_batch_over_a_muc_sample_stores_the_same_records_as_ingest(
    client: Any, muc_sample: Path, ingested: list[Extraction], tmp_path: Path
) -> None:
    report = run_batch([muc_sample], out_dir=tmp_path / "out", db=str(tmp_path / "b.duckdb"), client=client,
                       chunk_size=5)
    assert (report.documents, report.added, report.shards) == (SAMPLE, SAMPLE, 5)
    assert sum(len(x.figures) for x in ingested) > 0
    assert _stored(tmp_path / "b.duckdb") == ingested


def test_each_worker_process_loads_spacy_once(client: Any, muc_sample: Path, tmp_path: Path) -> None:
    report = run_batch([muc_sample], out_dir=tmp_path / "out", client=client, chunk_size=3)
    assert len(report.nlp_loads) == 2
    assert set(report.nlp_loads.values()) == {1}


def test_rerun_after_a_crash_finishes_the_job_without_duplicates(
    client: Any, muc_sample: Path, ingested: list[Extraction], tmp_path: Path
) -> None:
    out, db = tmp_path / "out", tmp_path / "b.duckdb"
    run_batch([muc_sample], out_dir=out, db=str(db), client=client, chunk_size=5)
    # The crash: two shards never finished and the last loads never reached the store.
    for shard in sorted(p for p in out.iterdir() if p.is_dir())[:2]:
        shutil.rmtree(shard)
    with Store(db) as store:
        lost = "(SELECT doc_id FROM documents ORDER BY doc_id LIMIT 7)"
        for table in ("figures", "events", "attributions", "documents"):
            store._db.execute(f"DELETE FROM {table} WHERE doc_id IN {lost}")
    again = run_batch([muc_sample], out_dir=out, db=str(db), client=client, chunk_size=5)
    assert again.added == 7
    assert again.unchanged == SAMPLE - 7
    assert _stored(db) == ingested


def test_shard_names_change_with_the_documents_and_their_order() -> None:
    a, b = Document(doc_id="a", text="One."), Document(doc_id="b", text="Two.")
    assert shard_name([a, b]) == shard_name([a, b])
    assert shard_name([a, b]) != shard_name([b, a])
    assert shard_name([a]) != shard_name([a, b])


def test_shard_names_change_with_the_text_and_metadata_under_an_id() -> None:
    a = Document(doc_id="a", text="Hamas freed 13 hostages.")
    assert shard_name([a]) != shard_name([a.model_copy(update={"text": "Hamas freed 17 hostages."})])
    assert shard_name([a]) != shard_name([a.model_copy(update={"outlet": "AP"})])


def test_a_text_corrected_under_its_id_is_extracted_again_not_taken_from_the_old_shard(
    client: Any, tmp_path: Path
) -> None:
    dump, out, db = tmp_path / "dump.jsonl", tmp_path / "out", tmp_path / "b.duckdb"
    dump.write_text(json.dumps({"doc_id": "w-1", "text": "Hamas freed 13 Israeli hostages on Friday."}) + "\n",
                    encoding="utf-8")
    run_batch([dump], out_dir=out, db=str(db), client=client)
    dump.write_text(json.dumps({"doc_id": "w-1", "text": "Hamas freed 17 Israeli hostages on Friday."}) + "\n",
                    encoding="utf-8")
    again = run_batch([dump], out_dir=out, db=str(db), client=client)
    assert (again.shards_reused, again.replaced) == (0, 1)
    with Store(db, read_only=True) as store:
        assert "17" in store.document("w-1").text
        assert [f.text for f in store.extraction("w-1").figures] == ["17"]


def test_two_articles_given_one_id_are_refused_as_ingest_refuses_them_and_the_counts_add_up(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [{"doc_id": "row-1", "text": "Hamas freed 13 Israeli hostages on Friday."},
             *({"text": f"Filler report number {i} about the talks in Doha."} for i in range(40)),
             {"doc_id": "row-1", "text": "Qatar said the truce would be extended by two days."}]
    dump, db = tmp_path / "dump.jsonl", tmp_path / "b.duckdb"
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    lookups: list[int] = []
    real_current = Store.current

    def counted(self: Store, documents: list[Document], version: str) -> set[str]:
        lookups.append(len(documents))
        return real_current(self, documents, version)

    monkeypatch.setattr(Store, "current", counted)
    report = run_batch([dump], out_dir=tmp_path / "out", db=str(db), client=client, chunk_size=16)
    assert [(e.source, "already given" in e.problem) for e in report.skipped] == [(f"{dump}:42", True)]
    assert report.documents == report.added + report.replaced + report.unchanged == 41
    assert lookups == [32, 10]
    with Store(db, read_only=True) as store:
        assert "13" in store.document("row-1").text


def test_batch_counts_the_articles_it_stored_without_a_date_as_ingest_does(client: Any, tmp_path: Path) -> None:
    lines = [{"text": "MOGADISHU, May 2 (Reuters) - A car bomb killed 9 people near the port."},
             {"text": "Gunmen kidnapped 30 passengers on the Abuja-Kaduna road, police said."},
             {"text": "Gunmen kidnapped 30 passengers on the Abuja-Kaduna road, police said."},  # one article
             {"text": "Troops retook Hpakant from the Kachin rebels, state media said.", "date": "2024-01-16"}]
    dump, out, db = tmp_path / "dump.jsonl", tmp_path / "out", tmp_path / "b.duckdb"
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert run_batch([dump], out_dir=out, db=str(db), client=client).undated == 2
    assert run_batch([dump], out_dir=out, db=str(db), client=client).undated == 0  # counted by the run that stored them


def test_cli_batch_reports_documents_and_exits_0(client: Any, muc_sample: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import parley.batch._runner as runner

    real = runner.run_batch

    def on_shared_cluster(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **{**kwargs, "client": client})

    monkeypatch.setattr(runner, "run_batch", on_shared_cluster)
    monkeypatch.setattr("parley.batch.run_batch", on_shared_cluster)
    result = CliRunner().invoke(app, ["batch", str(muc_sample), "--db", str(tmp_path / "c.duckdb"), "--out",
                                      str(tmp_path / "out"), "--chunk-size", "8"])
    assert result.exit_code == 0, result.output
    assert f"{SAMPLE} documents in 3 shards" in result.output
    assert f"{SAMPLE} added" in result.output


def test_a_local_cluster_starts_while_another_server_holds_dasks_default_port() -> None:
    """A notebook's cluster or a second batch run often holds port 8787; the scheduler's HTTP server
    took it by default, so the run warned (and failed where warnings are errors, as here)."""
    holder: socket.socket | None = socket.socket()
    assert holder is not None
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen(1)
    except OSError:
        holder.close()
        holder = None  # held already by someone else: the case under test all the same
    try:
        with connect(workers=1) as dask_client:
            assert dask_client.submit(sum, [1, 2]).result() == 3
    finally:
        if holder is not None:
            holder.close()
