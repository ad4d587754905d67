"""An exchange in the brief cites every report that tells both its sides: a second outlet's account
of the same swap is cited, a report of one side's release alone is not.

Reports written for these tests in wire style (Sudan 2025), not copied from a dev set.
"""

from __future__ import annotations

from pathlib import Path

from parley.brief import write_brief

from .support import documents, statement_texts, stored
from .test_brief import assert_supported

REPORTS = [
    ("kordofan-a", "2025-07-14", "Nile Desk",
     "The Sudanese army handed over 52 RSF fighters in exchange for 26 soldiers on Sunday, a mediator said."),
    ("kordofan-b", "2025-07-15", "Darfur Radio",
     "The Rapid Support Forces released 26 soldiers on Sunday in return for 52 of its fighters, the ICRC said."),
    ("kordofan-c", "2025-07-15", "Khartoum Daily",
     "The Rapid Support Forces released 26 soldiers near Kadugli on Sunday, residents said."),
]


def test_an_exchange_cites_each_report_of_both_sides(tmp_path: Path) -> None:
    with stored(tmp_path, documents(REPORTS)) as store:
        brief = write_brief(store, "captives")
        assert_supported(brief, store)
        exchanges = [t for t in statement_texts(brief) if "exchanged for" in t]
    assert len(exchanges) == 1, exchanges
    assert "a mediator" in exchanges[0] and "the ICRC" in exchanges[0], exchanges
    assert "residents" not in exchanges[0], exchanges
