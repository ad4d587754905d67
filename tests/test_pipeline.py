"""The ingest job writes documents a batch at a time, and still never loses or half-writes one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.errors import InputError, StoreError
from parley.ingest import content_id
from parley.pipeline import ingest_documents, ingest_paths
from parley.records import Document, Extraction
from parley.store import Store, WriteOutcome

TEXTS = [
    "Hamas freed 13 Israeli hostages on Friday, and Israel released 39 Palestinian prisoners.",
    "The Gaza health ministry said at least 14,800 people had been killed since October 7.",
    "Qatar said the truce would be extended by two days.",
]


@pytest.fixture
def documents() -> list[Document]:
    return [Document(doc_id=f"doc-{i}", text=text) for i, text in enumerate(TEXTS)]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


def test_every_document_is_stored_once_and_a_rerun_changes_nothing(store: Store, documents: list[Document]) -> None:
    seen: list[tuple[WriteOutcome | None, str]] = []

    def on_item(outcome: WriteOutcome | None, item: Document | InputError) -> None:
        assert isinstance(item, Document)
        seen.append((outcome, item.doc_id))

    first = ingest_documents(documents, store, on_item=on_item)
    assert (first.added, first.unchanged, first.replaced) == (3, 0, 0)
    assert seen == [(WriteOutcome.ADDED, d.doc_id) for d in documents]
    counts = store.counts()
    assert counts["figures"] >= 3
    again = ingest_documents(documents, store)
    assert (again.added, again.unchanged) == (0, 3)
    assert store.counts() == counts


def test_a_repeated_document_in_one_batch_is_stored_once(store: Store, documents: list[Document]) -> None:
    report = ingest_documents([documents[0], documents[1], documents[0]], store)
    assert (report.added, report.unchanged) == (2, 1)
    assert store.counts()["documents"] == 2


def test_an_article_sent_again_under_its_id_with_a_new_text_or_date_replaces_the_old(
    store: Store, documents: list[Document]
) -> None:
    ingest_documents(documents, store)
    corrected = documents[1].model_copy(update={"text": TEXTS[1].replace("14,800", "15,000")})
    redated = documents[2].model_copy(update={"date": dt.date(2023, 11, 27)})
    report = ingest_documents([documents[0], corrected, redated], store)
    assert (report.added, report.unchanged, report.replaced) == (0, 1, 2)
    assert "15,000" in store.document("doc-1").text
    assert [f.text for f in store.extraction("doc-1").figures] == ["at least 15,000"]
    assert store.document("doc-2").date == dt.date(2023, 11, 27)
    again = ingest_documents([documents[0], corrected, redated], store)
    assert (again.unchanged, again.replaced) == (3, 0)


def test_two_articles_given_one_id_in_a_run_are_not_merged_silently(store: Store) -> None:
    first = Document(doc_id="row-1", text=TEXTS[0], origin="dump.jsonl:1")
    other = Document(doc_id="row-1", text=TEXTS[1], origin="dump.jsonl:2")
    report = ingest_documents([first, other, first], store)
    assert (report.added, report.unchanged) == (1, 1)
    assert [(e.source, "already given" in e.problem) for e in report.skipped] == [("dump.jsonl:2", True)]
    assert store.document("row-1").text == TEXTS[0]


def test_the_same_text_twice_with_two_outlets_keeps_the_first_and_a_rerun_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    """Ids made from the text: the first copy wins in a run, as the bulk write keeps it, and stays."""
    filler = [{"text": f"Filler report number {i} about the talks in Doha."} for i in range(40)]
    lines = [{"text": TEXTS[0], "outlet": "Reuters"}, *filler, {"text": TEXTS[0], "outlet": "AP"}]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    first = ingest_paths([dump], store)
    assert (first.added, first.unchanged, first.replaced, first.skipped) == (41, 1, 0, [])
    doc_id = content_id(TEXTS[0])
    assert store.document(doc_id).outlet == "Reuters"
    again = ingest_paths([dump], store)
    assert (again.added, again.unchanged, again.replaced) == (0, 42, 0)
    assert store.document(doc_id).outlet == "Reuters"


def test_a_given_id_repeated_with_other_metadata_is_refused_and_the_first_kept(store: Store) -> None:
    first = Document(doc_id="row-1", text=TEXTS[0], title="Swap", origin="dump.jsonl:1")
    retitled = first.model_copy(update={"title": "Exchange", "origin": "dump.jsonl:40"})
    redated = first.model_copy(update={"date": dt.date(2023, 11, 24), "origin": "dump.jsonl:41"})
    for _ in range(2):
        report = ingest_documents([first, retitled, redated, first], store)
        assert [e.source for e in report.skipped] == ["dump.jsonl:40", "dump.jsonl:41"]
        assert report.replaced == 0
        assert store.document("row-1").title == "Swap"
        assert store.document("row-1").date is None


def test_the_bulk_write_replaces_a_document_whose_text_changed(store: Store, documents: list[Document]) -> None:
    from parley.extract import extract

    store.write_many(list(extract(documents)))
    changed = documents[0].model_copy(update={"text": TEXTS[0].replace("13", "17")})
    outcomes = store.write_many(list(extract([changed, documents[1]])))
    assert outcomes == [WriteOutcome.REPLACED, WriteOutcome.UNCHANGED]
    assert "17" in store.document("doc-0").text


def test_when_a_batch_cannot_be_written_its_documents_are_written_one_by_one(
    store: Store, documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Store, extractions: list[Extraction]) -> list[WriteOutcome]:
        raise StoreError("the batch was refused")

    monkeypatch.setattr(Store, "write_many", refuse)
    report = ingest_documents(documents, store)
    assert report.added == 3
    assert store.counts()["documents"] == 3


def test_a_document_that_cannot_be_stored_is_named_and_those_before_it_are_kept(
    store: Store, documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = Store.write

    def refuse(self: Store, extractions: list[Extraction]) -> list[WriteOutcome]:
        raise StoreError("the batch was refused")

    def refuse_the_second(self: Store, extraction: Extraction) -> WriteOutcome:
        if extraction.document.doc_id == "doc-1":
            raise StoreError("could not store document doc-1: disk full")
        return real_write(self, extraction)

    monkeypatch.setattr(Store, "write_many", refuse)
    monkeypatch.setattr(Store, "write", refuse_the_second)
    reported: list[str] = []
    with pytest.raises(StoreError, match="doc-1"):
        ingest_documents(documents, store, on_item=lambda outcome, item: reported.append(str(outcome)))
    assert store.stored_version("doc-0") is not None
    assert store.stored_version("doc-1") is None
    assert reported == ["added"]


def test_text_that_cannot_be_encoded_is_a_store_error_naming_the_batch(store: Store) -> None:
    broken = Extraction(document=Document(doc_id="bad", text="Rebels \ud800 in Kabul."), extractor_version="v")
    with pytest.raises(StoreError, match="could not store a batch"):
        store.write_many([broken])
    assert store.counts()["documents"] == 0
