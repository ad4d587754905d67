"""What the event tests share: the events of one text, found as the pipeline finds them.

Not a test module (pytest collects ``test_*.py`` only); the test modules of this folder import it
by name, as pytest puts their folder on ``sys.path``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon
from parley.extract.attributions import ClaimantResolver, find_attributions
from parley.extract.events import find_events
from parley.extract.events._places import _place_country
from parley.records import Document, Event, Figure

if TYPE_CHECKING:
    from spacy.language import Language

#: The publication date the test articles carry: dates in them ("on Sunday") resolve against it.
ARTICLE_DATE = dt.date(2023, 11, 30)


def events_in(nlp: Language, text: str, *, figures: list[Figure] | None = None,
              with_claims: bool = False, day: dt.date = ARTICLE_DATE) -> list[Event]:
    """The events of ``text``; ``with_claims`` lets its attributions name who claims each
    (the pipeline's order: attributions first), which status rules on rebuttals read."""
    doc = nlp(text)
    document = Document(doc_id="t", text=text, date=day)
    attributions = find_attributions(doc, "t") if with_claims else []
    return find_events(doc, document, figures or [], ClaimantResolver(doc, attributions))


def place_of(nlp: Language, text: str, trigger: str) -> str | None:
    """The place of the first event ``trigger`` in ``text``."""
    return place_and_target_country(nlp, text, trigger)[0]


def place_and_target_country(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None]:
    """The place and the target's country of the first event ``trigger`` in ``text``."""
    events = [e for e in events_in(nlp, text) if e.text == trigger]
    assert events, f"no event {trigger!r} in {text!r}"
    return events[0].place, events[0].target.country if events[0].target is not None else None


def town_country(nlp: Language, text: str, town: str) -> str | None:
    """The country parley gives the last mention of ``town`` in ``text``."""
    doc = nlp(text)
    start = text.rfind(town)
    span = doc.char_span(start, start + len(town), alignment_mode="expand")
    assert span is not None
    return _place_country(list(span), load_actor_lexicon())


def types_and_modes(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """The (type, mode) pairs of the events of ``text``."""
    return {(e.type, e.mode) for e in events_in(nlp, text)}


def types(nlp: Language, text: str) -> set[str]:
    """The event types of ``text``."""
    return {e.type for e in events_in(nlp, text)}


def status_in(nlp: Language, text: str, trigger: str) -> str:
    """The status of the first event ``trigger`` in ``text``."""
    events = events_in(nlp, text)
    found = [e for e in events if e.text == trigger]
    assert found, f"no event {trigger!r} in {[(e.text, e.status) for e in events]}"
    return found[0].status
