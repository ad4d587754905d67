"""Status of an event mention from the parse: happened, offered, demanded, planned, refused...

An event's status comes from the words that govern its trigger: "willing to release" (offered),
"demanded the release" (demanded), "are to be freed" / "will free" (planned), "refused to"
(refused), "is investigating a claim that ... were killed" (under_investigation), "if"
(hypothetical), "ongoing negotiations" or a progressive verb (ongoing). The cue lemmas are data
(``data/event_status.json``).

Negation: a negated trigger with an active subject ("Hamas did not release") is ``refused``;
other negated triggers ("were not killed") are dropped by the caller (:func:`is_negated`), as the
text then reports no event.

Limits: the governor chain is followed at most :data:`MAX_STEPS` steps up the parse and stops at a
reporting verb's clause boundary only implicitly (say/tell carry no cue); scope of negation is the
trigger's own ``neg`` child only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, cast

from parley.types import STATUSES, Status

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Governor", "StatusCues", "directive_speaker", "governors", "is_negated", "load_status_cues", "status_of"]

#: How many content words up the parse a governing cue may sit ("investigating a claim made ... killed").
MAX_STEPS = 4

#: Dependencies along which a word governs an embedded event.
_GOVERNING_DEPS = {"xcomp", "ccomp", "acl", "dobj", "pobj", "pcomp", "prep", "acomp", "advcl", "conj", "relcl",
                   "attr", "oprd", "nsubjpass", "agent"}


@dataclass(frozen=True)
class StatusCues:
    """Cue lemmas for status, loaded from ``data/event_status.json``."""

    governors: dict[str, Status]
    absorbing: frozenset[str]
    suppressing: frozenset[str]
    future_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    conditional_marks: frozenset[str]
    report_nouns: frozenset[str]
    light_verbs: frozenset[str]
    framing_acts: frozenset[str] = frozenset()
    directive_modals: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Governor:
    """A content word above a trigger in the parse, with the dependency it was reached by."""

    token: Token
    via: str


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    """Load the status cue lexicon once per process."""
    text = resources.files("parley.extract").joinpath("data", "event_status.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    table: dict[str, Status] = {}
    for status, lemmas in raw["governors"].items():
        if status in STATUSES:
            for lemma in lemmas:
                table.setdefault(lemma, cast(Status, status))
    return StatusCues(
        governors=table,
        absorbing=frozenset(raw["absorbing"]["lemmas"]),
        suppressing=frozenset(raw["suppressing"]["lemmas"]),
        future_modals=frozenset(raw["future_modals"]),
        hypothetical_modals=frozenset(raw["hypothetical_modals"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        report_nouns=frozenset(raw["report_nouns"]),
        light_verbs=frozenset(raw["light_verbs"]),
        framing_acts=frozenset(raw["framing_acts"]["lemmas"]),
        directive_modals=frozenset(raw["directive_modals"]),
        report_verbs=frozenset(raw["report_verbs"]),
    )


def governors(trigger: Token) -> list[Governor]:
    """Content words governing ``trigger``, nearest first, up to :data:`MAX_STEPS` of them.

    Prepositions are passed through ("committed to releasing" reaches "committed"), and so are
    auxiliaries and copulas; a ``conj`` link reaches the first conjunct's governor, so "demanded
    X but proposed Y" gives "proposed" as Y's governor, not "demanded".
    """
    out: list[Governor] = []
    token = trigger
    via = token.dep_
    while len(out) < MAX_STEPS and token.dep_ in _GOVERNING_DEPS and token.head.i != token.i:
        head = token.head
        if head.pos_ in {"ADP", "PART", "SCONJ"} or head.dep_ in {"aux", "auxpass"}:
            token = head
            continue
        if token.dep_ == "conj":
            token = head
            via = "conj"
            continue
        out.append(Governor(head, via if via == "conj" else token.dep_))
        via = head.dep_
        token = head
    return out


def directive_speaker(token: Token, cues: StatusCues | None = None) -> Token | None:
    """The reporting verb that makes ``token``'s clause a demand, or None.

    "Russia said Sudan must return the helicopter": a clause with its own subject and a directive
    modal ("must", "should") under a reporting verb is the speaker's demand on that subject, not a
    hypothesis.
    """
    cues = cues or load_status_cues()
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in cues.report_verbs:
        return None
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ in cues.directive_modals for c in children):
        return None
    return token.head if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) else None


def _own_status(trigger: Token, cues: StatusCues) -> Status | None:
    """Status from the trigger's own auxiliaries, modifiers and marks."""
    children = list(trigger.children)
    lemmas = {c.lemma_.lower() for c in children}
    lowers = {c.lower_ for c in children}
    if lowers & cues.conditional_marks:
        return "hypothetical"
    if any(c.dep_ == "advcl" and any(m.lower_ in cues.conditional_marks for m in c.children) for c in children):
        return "hypothetical" if "would" in lowers else None
    if lowers & {"will", "shall", "'ll", "wo"}:
        return "planned"
    if "would" in lowers:
        return "planned"
    if directive_speaker(trigger, cues) is not None:
        return "demanded"  # "Russia said Sudan must return the helicopter"
    if lowers & cues.hypothetical_modals:
        return "hypothetical"
    if "to" in lowers and trigger.dep_ in {"xcomp", "acl", "relcl"} and (
        trigger.head.lemma_ == "be" or trigger.dep_ != "xcomp"
    ) and any(c.dep_ == "auxpass" for c in children):
        return "planned"  # "hostages are to be freed", "prisoners to be released"
    if lemmas & {"ongoing", "continuing", "underway"}:
        return "ongoing"
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children):
        return "ongoing"
    return None


def _chain_status(chain: list[Governor], cues: StatusCues) -> Status | None:
    """Status from the nearest governing cue; a report noun under "investigate" is under investigation."""
    for i, governor in enumerate(chain):
        lemma = governor.token.lemma_.lower()
        if lemma in cues.report_nouns:
            above = {g.token.lemma_.lower() for g in chain[i + 1 :]}
            if any(cues.governors.get(a) == "under_investigation" for a in above):
                return "under_investigation"
            return "alleged"
        status = cues.governors.get(lemma)
        if status is not None:
            return status
        if governor.token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in governor.token.children
        ):
            return "ongoing"
        own = _own_status(governor.token, cues)
        if own in {"planned", "hypothetical", "demanded"}:
            return own
    return None


def is_negated(trigger: Token) -> bool:
    """The trigger carries its own negation ("did not release", "no attack")."""
    return any(c.dep_ == "neg" for c in trigger.children)


def status_of(trigger: Token, chain: list[Governor] | None = None, cues: StatusCues | None = None) -> Status:
    """The status of the event whose trigger is ``trigger``.

    >>> # "Hamas demanded the release of all prisoners" -> release: 'demanded'
    """
    cues = cues or load_status_cues()
    chain = governors(trigger) if chain is None else chain
    if is_negated(trigger):
        return "refused"
    own = _own_status(trigger, cues)
    if own is None and _is_past_relative(trigger):
        return "happened"  # "a helicopter that was captured last week": told as fact whatever frames the noun
    return own or _chain_status(chain, cues) or "happened"


def _is_past_relative(trigger: Token) -> bool:
    """A relative clause in the past ("that was captured", "who had been seized") reports a fact of its own."""
    if trigger.dep_ != "relcl":
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    past = trigger.tag_ == "VBD" or any(c.tag_ in {"VBD", "VBN"} for c in auxiliaries)
    return past and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in auxiliaries)
