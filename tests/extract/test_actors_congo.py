"""Which Congo: since 1997 a bare "Congo"/"Congolese" is the Democratic Republic (COD), unless the
actor, its event's place or the article's dateline names the Republic (COG) or one of its towns."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.extract import extract_one
from parley.records import Document

_RECENT = dt.date(2024, 3, 1)


def _countries(text: str, date: dt.date | None = _RECENT) -> dict[str, str | None]:
    """Every event party's country, by the party's words."""
    extraction = extract_one(Document(doc_id="t", text=text, date=date))
    return {a.text: a.country for e in extraction.events for a in (e.source, e.target) if a is not None and a.text}


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # the war in the east: bare names are the Democratic Republic's
        ("The Congolese army shelled rebel positions outside Bukavu, residents said.", "Congolese army", "COD"),
        ("Congo's army recaptured Sake from the M23.", "Congo's army", "COD"),
        ("Burundi sent troops to help Congo's army fight the M23.", "Congo's army", "COD"),
        ("GOMA, Congo (AP) — Congolese police arrested 40 people after the riot.", "Congolese police", "COD"),
        # a dateline naming the Democratic Republic in full holds "Republic of Congo" but is no Republic
        ("KINSHASA, Democratic Republic of Congo (Reuters) - Congolese police fired tear gas at protesters.",
         "Congolese police", "COD"),
        # Reuters' "Congo Republic", a Republic dateline or town: the Republic's
        ("Congo Republic's army attacked Ninja rebels in the Pool region.", "Congo Republic's army", "COG"),
        ("Security forces in Congo Republic fired tear gas at opposition supporters.", "Security forces", "COG"),
        ("POINTE-NOIRE, Congo (Reuters) - Congolese police arrested 15 striking oil workers on Monday.",
         "Congolese police", "COG"),
        ("BRAZZAVILLE, Congo (AP) — Congolese soldiers clashed with militiamen in the Pool region.",
         "Congolese soldiers", "COG"),
        ("Congolese soldiers killed 12 rebels near Dolisie, the army said.", "Congolese soldiers", "COG"),
    ],
)
def test_which_congo_an_actor_is(text: str, actor: str, expected: str) -> None:
    assert _countries(text)[actor] == expected


def test_an_older_article_keeps_the_republic() -> None:
    """Before May 1997 "Congo" alone was the Republic, whatever the dateline says."""
    text = "GOMA, Congo (AP) — Congolese police arrested 40 people after the riot."
    assert _countries(text, dt.date(1994, 8, 1))["Congolese police"] == "COG"


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        # a dateline elsewhere changes nothing
        ("NAIROBI, Kenya (Reuters) - Congolese troops clashed with ADF fighters in Ituri province.",
         "Congolese troops", "COD"),
        # a capitalised word that is also a Republic place name inside the dateline's agency is no town
        ("KAMPALA, Uganda (AP) — Congolese soldiers attacked rebels near Beni.", "Congolese soldiers", "COD"),
    ],
)
def test_other_datelines_leave_the_reading(text: str, actor: str, expected: str) -> None:
    assert _countries(text)[actor] == expected
