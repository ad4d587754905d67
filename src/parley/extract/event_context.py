"""Document context for event actors: parties a reader fills in from the rest of the article.

Wire reports on a two-sided conflict leave parties implicit: in "Hamas freed 24 hostages" the
hostages are the other side's people; in "33 prisoners had been released" the releaser is the state
that holds them; "11 hostages had returned to Israel" says where the hostages are from. This module
fills those gaps after the sentence-level pass, from three kinds of evidence, strongest first:

* *class memory*: a bare captive noun ("hostages") takes the country the article gives the same
  noun elsewhere ("Israeli hostages"), or that an earlier event resolved for it;
* *homecoming*: captives who "return to" a country are from it;
* *counterpart*: people a party releases, seizes or attacks belong to the article's other main
  party, the country named most often after the party's own (named at least twice, and strictly
  more often than any third country), provided the article shows one of the two attacking,
  coercing, seizing or freeing the other's people ("Israel freed Palestinian prisoners"); and prisoners or detainees
  released with no releaser named were released by the counterpart of their own country, whose
  prisons held them.

Limits: one two-sided conflict per article is assumed; with several parties named equally often no
counterpart is guessed. A civil war's sides share a country, and a country named as often as a side
may be a mediator or a critic ("Washington threatened sanctions" in a report on Sudan): without an
event between the two, no counterpart is taken. Only releases, abductions and assaults are completed, and only where the
sentence gave no country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.extract.actors import ActorLexicon, load_actor_lexicon, normalise_tokens, phrase_tokens
from parley.extract.nlp import token_column
from parley.records import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DocumentParties", "complete_parties"]

#: Entity labels whose mentions count as naming a party.
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG"})
#: Fewest mentions for a country to be taken as the article's other party.
MIN_COUNTERPART_MENTIONS = 2
#: Sectors of people (not states or groups acting) whose country a release or attack may imply.
_PEOPLE_SECTORS = frozenset({"CVL", "MIL"})


@dataclass(frozen=True)
class DocumentParties:
    """How often each country is named and takes part in an event, and the countries of captive nouns."""

    mentions: Counter[str]
    participation: Counter[str]
    captives: dict[str, str]
    opposed: frozenset[frozenset[str]] = frozenset()

    def counterpart(self, country: str | None) -> str | None:
        """The other main party of the article for ``country``, or None when it is not clear.

        Ranked by mentions, ties broken by taking part in events (a mediator is named as often
        as a party but acts less); evidence of both kinds must reach :data:`MIN_COUNTERPART_MENTIONS`.
        """
        if country is None:
            return None
        keys = {c: (n, self.participation[c]) for c, n in (self.mentions + self.participation).items() if c != country}
        ranked = sorted(keys.items(), key=lambda item: item[1], reverse=True)
        if not ranked or sum(ranked[0][1]) < MIN_COUNTERPART_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        other = ranked[0][0]
        return other if frozenset({country, other}) in self.opposed else None


def _count_mentions(doc: Doc, lexicon: ActorLexicon) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entity in doc.ents:
        if entity.label_ in _PARTY_LABELS:
            country = normalise_tokens(list(entity), lexicon)[0]
            if country is not None:
                counts[country] += 1
    return counts


def _captive_classes(doc: Doc, nouns: frozenset[str], lexicon: ActorLexicon) -> dict[str, str]:
    """Country of each captive noun where the article names one ("Israeli hostages"); the majority wins."""
    votes: dict[str, Counter[str]] = {}
    for i, (lemma_as_tagged, pos) in enumerate(zip(token_column(doc, "LEMMA"), token_column(doc, "POS"),
                                                   strict=True)):
        lemma = lemma_as_tagged.lower()
        if lemma in nouns and pos == "NOUN":
            country = normalise_tokens(phrase_tokens(doc[i]), lexicon)[0]
            if country is not None:
                votes.setdefault(lemma, Counter())[country] += 1
    return {lemma: counts.most_common(1)[0][0] for lemma, counts in votes.items()}


def document_parties(doc: Doc, events: list[Event], captive_nouns: frozenset[str],
                     lexicon: ActorLexicon | None = None) -> DocumentParties:
    """Count the parties an article names (events' actors count again) and its captive nouns' countries."""
    lexicon = lexicon or load_actor_lexicon()
    participation: Counter[str] = Counter(
        a.country for e in events for a in (e.source, e.target) if a is not None and a.country
    )
    opposed = frozenset(
        frozenset({e.source.country, e.target.country}) for e in events
        if _is_hostile(e) and e.source is not None and e.target is not None and e.source.country
        and e.target.country and e.source.country != e.target.country
    )
    return DocumentParties(_count_mentions(doc, lexicon), participation, _captive_classes(doc, captive_nouns, lexicon),
                           opposed)


def _is_hostile(event: Event) -> bool:
    """An act of one side on the other: an attack, a coercion, a seizure or release of captives.
    Aid, talks, appeals and criticism are made across sides and within them alike."""
    return event.type in {"ASSAULT", "COERCE"} or (event.type == "RETREAT" and event.mode == "release")


def _head(doc: Doc, actor: Actor) -> Token | None:
    if actor.start is None or actor.end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None else None


def _homecoming(trigger: Token, lexicon: ActorLexicon) -> str | None:
    """'returned to Israel': the country captives come home to."""
    if trigger.lemma_.lower() != "return":
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "GPE":
                return normalise_tokens([obj], lexicon)[0]
    return None


def _completes(event: Event) -> bool:
    return (event.type == "RETREAT" and event.mode == "release") or event.type == "ASSAULT"


def _target_country(event: Event, doc: Doc, parties: DocumentParties, captive_nouns: frozenset[str],
                    jailed_nouns: frozenset[str], lexicon: ActorLexicon) -> str | None:
    """Country of a target the sentence left without one, or None."""
    target = event.target
    if target is not None and target.country is not None:
        return None
    head = _head(doc, target) if target is not None else None
    lemma = head.lemma_.lower() if head is not None else ""
    if target is not None and lemma not in captive_nouns and target.sector not in _PEOPLE_SECTORS:
        return None
    trigger = doc.char_span(event.start, event.end, alignment_mode="expand")
    home = _homecoming(trigger.root, lexicon) if trigger is not None else None
    source_country = event.source.country if event.source is not None else None
    return (home or parties.captives.get(lemma) or parties.counterpart(source_country)
            or _other_class(lemma, parties, captive_nouns, jailed_nouns))


def _other_class(lemma: str, parties: DocumentParties, captive_nouns: frozenset[str],
                 jailed_nouns: frozenset[str]) -> str | None:
    """In an exchange, prisoners a state holds and hostages a group holds belong to opposite sides.

    A bare "prisoners" in an article whose hostages are Israeli are the counterpart's (Palestinian).
    """
    if lemma not in captive_nouns:
        return None
    jailed = lemma in jailed_nouns
    for other, country in parties.captives.items():
        if (other in jailed_nouns) != jailed:
            return parties.counterpart(country)
    return None


def _jailer(event: Event, doc: Doc, parties: DocumentParties, jailed: frozenset[str]) -> str | None:
    """Who released prisoners when the text names no one: the counterpart of the prisoners' country."""
    if event.type != "RETREAT" or event.mode != "release" or event.source is not None or event.target is None:
        return None
    head = _head(doc, event.target)
    if head is None or head.lemma_.lower() not in jailed:
        return None
    return parties.counterpart(event.target.country)


def complete_parties(doc: Doc, events: list[Event], captive_nouns: frozenset[str],
                     jailed_nouns: frozenset[str]) -> list[Event]:
    """Events with the implicit countries of their parties filled in from the article (see module doc)."""
    lexicon = load_actor_lexicon()
    parties = document_parties(doc, events, captive_nouns, lexicon)
    out: list[Event] = []
    for event in events:
        if _completes(event):
            event = _complete_one(event, doc, parties, captive_nouns, jailed_nouns, lexicon)
        out.append(event)
    return out


def _complete_one(event: Event, doc: Doc, parties: DocumentParties, captive_nouns: frozenset[str],
                  jailed_nouns: frozenset[str], lexicon: ActorLexicon) -> Event:
    country = _target_country(event, doc, parties, captive_nouns, jailed_nouns, lexicon)
    if country is not None:
        target = event.target or Actor()
        event = event.model_copy(update={"target": target.model_copy(update={"country": country})})
        head = _head(doc, target)
        if head is not None and head.lemma_.lower() in captive_nouns:
            parties.captives.setdefault(head.lemma_.lower(), country)  # later bare mentions follow
    jailer = _jailer(event, doc, parties, jailed_nouns)
    if jailer is not None:
        event = event.model_copy(update={"source": Actor(country=jailer, sector="GOV")})
    return event
