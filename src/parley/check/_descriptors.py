"""Who "the paramilitary" is: a draft's descriptor claimants read as the party named before them.

A story names a party once and then describes it: "The Rapid Support Forces pressed on in
Khartoum. The paramilitary said it had captured 300 soldiers." Compared as written, "the
paramilitary" shares no word with the stored "Rapid Support Forces", and "the group" names no
one, so the claim would be unsourced, or be checked against any source at all. The draft's
earlier name is what a reader takes it for.

The resolver is deliberately small, not a coreference model: a claimant that is one of the
descriptor phrases of ``data/check_terms.json`` (``descriptor_claimants``, each with the sectors
of the parties it may stand for) takes the organisation the actor dictionary finds nearest before
it, in its own sentence or the :data:`LOOK_BACK` sentences before, if that organisation is of one
of those sectors. Two bodies of the kind named in that sentence ("Hamas and Islamic Jihad") leave
it unresolved, as a reader could not tell either.

Sentences are cut as everywhere a plain text is (:func:`parley.ingest.sentence_starts`), once per
text: every claimant of a long draft looks back from its own place without re-reading what lies
before it.

Limits: only organisations the actor dictionary knows are antecedents; sentences are split on
end punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from parley.check._terms import claimants_compatible, terms
from parley.extract.actors import WrittenOrganisation, organisation_written
from parley.ingest import sentence_starts
from parley.records import Attribution, Figure

__all__ = [
    "LOOK_BACK",
    "claimant_named",
    "descriptor_sectors",
    "named_party",
    "source_named",
    "with_named_claimant",
    "with_named_source",
]

#: Sentences before the claimant's own in which its antecedent may be named.
LOOK_BACK = 3
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def descriptor_sectors(claimant: str | None) -> frozenset[str]:
    """The sectors of the parties a descriptor claimant ("The paramilitary") may stand for; empty for a name."""
    if not claimant:
        return frozenset()
    phrase = _ARTICLE.sub("", claimant.strip().lower().replace("’", "'"))
    return frozenset(terms()["descriptor_claimants"].get(phrase, ()))


def named_party(claimant: str | None, text: str, before: int) -> str | None:
    """The name a descriptor claimant stands for: the nearest organisation of its kind the draft names
    before offset ``before`` (the claimant's place); None for a claimant that is no descriptor, or
    when no such organisation, or two of them, are named in the nearest sentence naming one."""
    sectors = descriptor_sectors(claimant)
    if not sectors:
        return None
    for sentence in _sentences_back(text, before):
        found = _organisations(sentence)
        kind = [o for o in found if o.sector in sectors]
        if kind:
            return kind[0].name if all(claimants_compatible(kind[0].name, o.name) for o in kind) else None
    return None


def _sentences_back(text: str, before: int) -> list[str]:
    """The text of the sentence holding offset ``before`` up to it, then the :data:`LOOK_BACK`
    sentences before it, nearest first."""
    starts = _starts_of(text)
    own = max(bisect_right(starts, before) - 1, 0)
    bounds = [*starts[max(own - LOOK_BACK, 0) : own + 1], before]
    return [text[start:end] for start, end in pairwise(bounds)][::-1]


@lru_cache(maxsize=16)
def _starts_of(text: str) -> tuple[int, ...]:
    """Sentence starts of a text, cut once: a draft or report asks once per descriptor claimant."""
    return tuple(sentence_starts(text))


def claimant_named(figure: Figure, text: str) -> str | None:
    """The party a figure's descriptor claimant stands for in ``text`` (its article); None if it is no
    descriptor or stays unresolved."""
    if not figure.claimant:
        return None
    at = text.find(figure.claimant, figure.sentence_start, figure.sentence_end)
    return named_party(figure.claimant, text, at if at >= 0 else figure.sentence_start)


def source_named(attribution: Attribution, text: str) -> str | None:
    """The party an attribution's descriptor source stands for in ``text`` (as :func:`claimant_named`)."""
    source = attribution.source
    return None if source is None else named_party(source.text, text, source.start)


def with_named_claimant(figure: Figure, text: str) -> Figure:
    """A draft's figure with a descriptor claimant replaced by the party it stands for: the draft is
    checked as a reader hears it ("the paramilitary" said what the Rapid Support Forces said)."""
    name = claimant_named(figure, text)
    return figure if name is None else figure.model_copy(update={"claimant": name})


def with_named_source(attribution: Attribution, text: str) -> Attribution:
    """A draft's attribution with a descriptor source replaced by the party it stands for (as
    :func:`with_named_claimant`)."""
    source, name = attribution.source, source_named(attribution, text)
    if source is None or name is None:
        return attribution
    return attribution.model_copy(update={"source": source.model_copy(update={"text": name})})


def _organisations(sentence: str) -> list[WrittenOrganisation]:
    """The organisations the actor dictionary finds in a sentence, longest first: each found is blanked
    out before looking again, so a second body ("Hamas and Islamic Jihad") is found too."""
    found: list[WrittenOrganisation] = []
    rest = sentence
    while (organisation := organisation_written(rest)) is not None and len(found) < 5:
        found.append(organisation)
        blanked = re.sub(re.escape(organisation.name), " ", rest, count=1, flags=re.IGNORECASE)
        if blanked == rest:
            break
        rest = blanked
    return found
