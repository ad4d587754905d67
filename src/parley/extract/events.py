"""Events: who did what to whom, typed with PLOVER 2.0, with status, date, place and claimant.

One :class:`~parley.records.Event` per event mention. A trigger is a verb, verb phrase or event
noun found in the trigger lexicon (``data/event_triggers.json``: "release", "take hostage",
"truce"), which gives the PLOVER type and mode. Its arguments come from the dependency parse:
the subject (or passive agent) is the source, the object (or passive subject, or "of" phrase of
a noun) the target; both are normalised by :mod:`parley.extract.actors`. Status comes from the
governing words (:mod:`parley.extract.status`), the date from a DATE entity attached to the
trigger or its governing clause (:mod:`parley.extract.dates`), the place from a GPE/LOC/FAC
entity in a locative phrase, the claimant from the attributions.

Decisions, after FORMAT.md and the seed annotation:

* A governor that only frames another event ("offered to release", "demanded the release") is
  not an event of its own: the framed event carries the status. One that is an act in itself
  ("agreed to extend", "is investigating a claim that ... were killed") stays, and so does the
  framed event. A threat stands for what it threatens: the threatened act is not emitted.
* A release whose target lists parties of different countries ("60 Israeli hostages and 180
  Palestinian prisoners") gives one event per party, as the two releases are separate acts.
* A bare definite event noun ("the attack", "the truce") refers back to an event already
  mentioned and is not emitted again; ambiguous nouns ("deal", "exchange") need an argument.
* A negated trigger with an active subject is ``refused``; otherwise it is dropped. An act its
  governor says failed ("failed to reach agreement") or was kept from ("stopped protesters from
  marching": the protesters' act) counts as negated.
* Halting an attack is a ceasefire ("suspended attacks on soldiers", "stopped shelling the
  city": RETREAT ceasefire); the attack halted is not told as done.
* A light verb ("carried out the liberation of", "conducted raids") is no trigger: its object
  noun names the event, unless the pair is a phrase of its own ("stage strike").
* A noun restating its verb's event ("wounded two soldiers in a bomb attack", "agreed upon a
  pact") is not a second event; the verb takes the noun's mode.
* A vow of a cooperative act is a promise (AGREE, the act offered); of a hostile act, a threat.
* A verb introducing a statement of fact takes its speech sense ("protested that ..." is ACCUSE;
  "insisted the unrest reflected ..." demands nothing).
* Targets as CAMEO and PLOVER coders give them: an attack, curfew, protest, threat or aid with no
  one named is aimed at its place ("demonstrated in Nairobi" → KEN); an object that is a party's
  act is aimed at the party ("condemned the army's handling" → the army), unless a pronoun owns it.

* Upper-case wire text (archives such as MUC) defeats the model's entity labels, so there a date
  is read by pattern in the trigger's clause or sentence (not from the dateline), and a place only
  when the gazetteer (``data/event_places.json`` with the actor lexicon's countries and capitals)
  knows it or a place noun carries a name that is no English word ("USULUTAN DEPARTMENT", "THE
  TOWN OF SESORI"); "IN ADDITION", "IN CLASHES" give none.

Limits: one sentence at a time (no cross-sentence argument filling except pronoun look-back for
actors); light verbs are data, but verb-noun compositions beyond the phrase list are not tried.
On upper-case text places and dates fall back to the nearest in the sentence when the parse
attaches none, and a town named for a person ("RODRIGUEZ") can still be taken for a place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from parley.datelines import find_dateline
from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    actor_for,
    as_of,
    body_of_post,
    capitalised_plural,
    is_crowd,
    is_ethnic_group,
    is_lone_person_label,
    joins_the_report,
    load_actor_lexicon,
    names_organisation,
    names_party,
    names_premises,
    normalise_tokens,
    owner_of,
    phrase_tokens,
    unaccented,
)
from parley.extract.data_files import entries, read_data
from parley.extract.dates import DateMention, find_dates, is_upper_sentence, resolve_date
from parley.extract.event_context import complete_parties
from parley.extract.nlp import (
    AIMED_PREPOSITIONS,
    FATE_VERBS,
    agent_of,
    captive_clause,
    captive_clause_subject,
    doc_text,
    entity_of,
    is_bare_captive_complement,
    is_captive_complement,
    is_misread_captive,
    labelled_act_verb,
    load_nlp,
    resolve_relative,
    sentence_of,
    token_column,
    verb_stems,
)
from parley.extract.numbers import vague_unit
from parley.extract.status import (
    QUESTION_WORDS,
    Governor,
    StatusCues,
    advances,
    crosses_adjunct,
    denied_gerund_read_as_modifier,
    directive_speaker,
    finite_after_nonfinite,
    follows_be_to,
    governor_status,
    governors,
    is_attempt,
    is_negated,
    is_negated_purpose,
    is_negative_argument,
    load_status_cues,
    negated_governor,
    negating_governor,
    orders_an_act_on_others,
    rejoinder_of,
    responsible_party,
    status_of,
)
from parley.records import Actor, Document, Event, Figure
from parley.types import EVENT_TYPES, EventType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.attributions import ClaimantResolver

__all__ = [
    "PlaceLexicon", "Trigger", "TriggerLexicon", "enacts_with_object", "find_events", "find_triggers",
    "load_place_lexicon", "load_trigger_lexicon",
]

TypeMode = tuple[EventType, str | None]

#: Prepositions whose object is an event's target, by the event's type (others use the object).
_TARGET_PREPS: dict[str, frozenset[str]] = {
    "default": frozenset({"against", "on", "with", "to", "at"}),
}
#: Prepositions that name whom a passive act is aimed at ("was blamed on the RSF", "was agreed with
#: Hamas"); not "at", which places it ("imprisoned at Rikers Island").
_PASSIVE_PARTY_PREPS = frozenset({"against", "on", "with", "to"})
#: Prepositions that name a party, never a location: "conceded four villages to Azerbaijan".
_PARTY_PREPS = frozenset({"against", "with", "to"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "into", "across", "outside", "inside", "off", "around",
                             "through", "throughout"})
#: "clashed along the border in the Galwan Valley": a route places an act by what it runs through; on
#: upper-case wire text it is left out ("ALONG THE SANTA ANA-METAPAN ROAD" names the towns it links).
_ROUTE_PREPS = frozenset({"along"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that place a group where it lives or works: "groups in Zimbabwe", "students across Ghana".
_LOCATING_PREPOSITIONS = frozenset({"in", "throughout", "across"})
_NOUN_ARG_PREPS = frozenset({"of", "by", "between", "against", "on", "with", "from", "to"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: The parts of speech a trigger can have (verbs, a clause-heading auxiliary, nouns, names).
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


@dataclass(frozen=True)
class LabourStrikes:
    """The words that mark a strike as labour action, not a military strike (``labour_strikes``)."""

    nouns: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    strikers: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FigurativeSenses:
    """The words that mark war words used of sport, markets or the arts (``figurative``)."""

    types: frozenset[str] = frozenset()
    movers: frozenset[str] = frozenset()
    works: frozenset[str] = frozenset()
    players: frozenset[str] = frozenset()
    firms: frozenset[str] = frozenset()
    firm_exceptions: frozenset[str] = frozenset()
    contests: frozenset[str] = frozenset()
    proposals: frozenset[str] = frozenset()
    proposal_verbs: frozenset[str] = frozenset()
    pelted_with: frozenset[str] = frozenset()
    setbacks: frozenset[str] = frozenset()
    demand_modifiers: frozenset[str] = frozenset()
    tallies: frozenset[str] = frozenset()
    contest_verbs: frozenset[str] = frozenset()
    rivalry_verbs: frozenset[str] = frozenset()
    candidates: frozenset[str] = frozenset()
    contest_force_words: frozenset[str] = frozenset()
    cause_verbs: frozenset[str] = frozenset()
    held_ground: frozenset[str] = frozenset()
    force_aims: frozenset[str] = frozenset()
    contest_modifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TriggerLexicon:
    """Trigger words and phrases with their PLOVER type and mode."""

    verbs: dict[str, TypeMode]
    nouns: dict[str, TypeMode]
    phrases: dict[tuple[str, str], TypeMode]
    ambiguous_nouns: frozenset[str]
    mode_modifiers: dict[str, dict[str, str]]
    fixed_prepositions: frozenset[str]
    captive_nouns: frozenset[str] = frozenset()
    captive_motion_verbs: frozenset[str] = frozenset()
    carrying_verbs: frozenset[str] = frozenset()
    jailed_nouns: frozenset[str] = frozenset()
    reciprocal_types: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    commitment_types: frozenset[str] = frozenset()
    threat_types: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    intent_governors: frozenset[str] = frozenset()
    threat_modes: dict[str, str] = field(default_factory=dict)
    aspectual_verbs: frozenset[str] = frozenset()
    act_only_verbs: frozenset[str] = frozenset()
    halting_verbs: frozenset[str] = frozenset()
    gerund_only_halting: frozenset[str] = frozenset()
    remote_talk_verbs: frozenset[str] = frozenset()
    remote_channels: frozenset[str] = frozenset()
    hazards: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    question_preps: frozenset[str] = frozenset()
    failures: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    ending_nouns: frozenset[str] = frozenset()
    endings_with_to: frozenset[str] = frozenset()
    transfer_verbs: frozenset[str] = frozenset()
    goods: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    evacuation_verbs: frozenset[str] = frozenset()
    letting_verbs: frozenset[str] = frozenset()
    overseers: frozenset[str] = frozenset()
    handed_arms: frozenset[str] = frozenset()
    handed_ground: frozenset[str] = frozenset()
    emissaries: frozenset[str] = frozenset()
    recipient_object_verbs: frozenset[str] = frozenset()
    deployment_motion_verbs: frozenset[str] = frozenset()
    armed_marches: frozenset[str] = frozenset()
    assembly_verbs: frozenset[str] = frozenset()
    assembly_protesters: frozenset[str] = frozenset()
    peacekeeping: frozenset[str] = frozenset()
    background_prepositions: frozenset[str] = frozenset()
    background_nouns: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    setting_types: frozenset[str] = frozenset()
    purpose_restating_types: frozenset[str] = frozenset()
    assertion_senses: dict[str, TypeMode | None] = field(default_factory=dict)
    official_voices: frozenset[str] = frozenset()
    qualified_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    liberty_nouns: frozenset[str] = frozenset()
    place_uses: frozenset[str] = frozenset()
    forceful_senses: frozenset[str] = frozenset()
    means_of_force: frozenset[str] = frozenset()
    expulsion_directives: frozenset[str] = frozenset()
    expulsion_departures: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    foreign_forces: frozenset[str] = frozenset()
    expulsion_idiom: str = ""
    cyber_verbs: frozenset[str] = frozenset()
    cyber_doers: frozenset[str] = frozenset()
    cyber_objects: frozenset[str] = frozenset()
    frame_nouns: frozenset[str] = frozenset()
    frame_outcomes: frozenset[str] = frozenset()
    civil_purposes: frozenset[str] = frozenset()
    protest_purpose_verbs: frozenset[str] = frozenset()
    object_requires: dict[str, frozenset[str]] = field(default_factory=dict)
    complement_required: frozenset[str] = frozenset()
    party_required: frozenset[str] = frozenset()
    party_flows: dict[str, frozenset[str]] = field(default_factory=dict)
    verbal_attack_lemmas: frozenset[str] = frozenset()
    verbal_adjectives: frozenset[str] = frozenset()
    speech_settings: frozenset[str] = frozenset()
    attacked_texts: frozenset[str] = frozenset()
    attack_speakers: frozenset[str] = frozenset()
    attack_grounds: frozenset[str] = frozenset()
    attack_lodging_verbs: frozenset[str] = frozenset()
    attacked_people: frozenset[str] = frozenset()
    attack_at_lemmas: frozenset[str] = frozenset()
    object_excludes: dict[str, frozenset[str]] = field(default_factory=dict)
    causative_participles: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()
    anonymity_asking: frozenset[str] = frozenset()
    anonymity_naming: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    taking_lemmas: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    control_nouns: frozenset[str] = frozenset()
    over_verbs: frozenset[str] = frozenset()
    discourse_nouns: frozenset[str] = frozenset()
    under_fire_nouns: frozenset[str] = frozenset()
    under_fire_verbs: frozenset[str] = frozenset()
    facing_verbs: frozenset[str] = frozenset()
    abstract_ground: frozenset[str] = frozenset()
    territory_nouns: frozenset[str] = frozenset()
    ground_verbs: frozenset[str] = frozenset()
    taken_things: frozenset[str] = frozenset()
    conveyances: frozenset[str] = frozenset()
    blocking_verbs: frozenset[str] = frozenset()
    blocked_routes: frozenset[str] = frozenset()
    blocked_goods: frozenset[str] = frozenset()
    protesting_sectors: frozenset[str] = frozenset()
    alert_nouns: frozenset[str] = frozenset()
    blocked_trade: frozenset[str] = frozenset()
    blocked_media: frozenset[str] = frozenset()
    civil_collectives: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_passives: frozenset[str] = frozenset()
    occurrence_nouns: frozenset[str] = frozenset()
    occurrence_particles: dict[str, str] = field(default_factory=dict)
    warning_verbs: frozenset[str] = frozenset()
    projectile_verbs: frozenset[str] = frozenset()
    thrown_by_hand: frozenset[str] = frozenset()
    dropped_from_above: frozenset[str] = frozenset()
    aircraft: frozenset[str] = frozenset()
    acting_subjects: frozenset[str] = frozenset()
    barring_verbs: frozenset[str] = frozenset()
    censoring_verbs: frozenset[str] = frozenset()
    censored_media: frozenset[str] = frozenset()
    weapons_tests: WeaponsTests = field(default_factory=lambda: WeaponsTests())
    threat_objects: frozenset[str] = frozenset()
    protest_prepositions: frozenset[str] = frozenset()
    protest_frames: frozenset[str] = frozenset()
    labour: LabourStrikes = field(default_factory=LabourStrikes)
    figurative: FigurativeSenses = field(default_factory=FigurativeSenses)


@dataclass(frozen=True)
class WeaponsTests:
    """Words of a weapon fired or launched as a test (see ``projectiles`` in event_triggers.json)."""

    test_prefixes: frozenset[str] = frozenset()
    test_nouns: frozenset[str] = frozenset()
    test_verbs: frozenset[str] = frozenset()
    tested_weapons: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Trigger:
    """A trigger token with its type and mode, and whether it is a noun."""

    token: Token
    type: EventType
    mode: str | None
    nominal: bool
    #: the one the event happens to when it is not the object: the captives in "hostages crossed into Egypt"
    theme: Token | None = None
    #: the announced act whose parties an announcement takes ("said it would allow": "allow")
    act: Token | None = None
    #: a status fixed by how the trigger was found (an announcement or threat was made: happened)
    status: Status | None = None
    #: the one the act is done to where the parse does not make it the object: the ambassador in
    #: "gave the French ambassador 48 hours to leave"
    target: Token | None = None
    #: for a threat, the type of the act it announces: troops a threat would deploy are the threatener's own
    threatened: EventType | None = None


def _type_mode(value: list[Any]) -> TypeMode:
    if value[0] not in EVENT_TYPES:
        raise ValueError(f"unknown PLOVER type {value[0]!r} in event_triggers.json")
    return cast(EventType, value[0]), value[1]


@lru_cache(maxsize=1)
def load_trigger_lexicon() -> TriggerLexicon:
    """Load the trigger lexicon once per process."""
    raw = read_data("event_triggers.json")
    aircraft = frozenset(raw["projectiles"]["aircraft"])  # what the projectile verbs down, and "down" requires
    phrases: dict[tuple[str, str], TypeMode] = {}
    for phrase, value in entries(raw["phrases"]).items():
        verb, _, rest = phrase.partition(" ")
        phrases[(verb, rest)] = _type_mode(value)
    return TriggerLexicon(
        verbs={k: _type_mode(v) for k, v in entries(raw["verbs"]).items()},
        nouns={k: _type_mode(v) for k, v in entries(raw["nouns"]).items()},
        phrases=phrases,
        ambiguous_nouns=frozenset(raw["ambiguous_nouns"]),
        occurrence_verbs=frozenset(raw["occurrence_verbs"]["lemmas"]),
        occurrence_passives=frozenset(raw["occurrence_verbs"]["passive"]),
        occurrence_nouns=frozenset(raw["occurrence_verbs"]["nouns"]),
        occurrence_particles=dict(raw["occurrence_verbs"]["particles"]),
        mode_modifiers={k: v for k, v in raw["mode_modifiers"].items() if k in EVENT_TYPES},
        fixed_prepositions=frozenset(raw.get("fixed_prepositions", [])),
        captive_nouns=frozenset(raw["captives"]["nouns"]),
        captive_motion_verbs=frozenset(raw["captives"]["motion_verbs"]),
        carrying_verbs=frozenset(raw["captives"]["carrying_verbs"]),
        jailed_nouns=frozenset(raw["captives"]["jailed"]),
        reciprocal_types=frozenset(raw["reciprocal_types"]["types"]),
        tally_nouns=frozenset(raw["tally_nouns"]),
        commitment_types=frozenset(raw["announcements"]["commitment_types"]),
        threat_types=frozenset(raw["announcements"]["threat_types"]),
        future_auxiliaries=frozenset(raw["announcements"]["future_auxiliaries"]),
        intent_governors=frozenset(raw["announcements"]["intent_governors"]),
        threat_modes=entries(raw["announcements"]["threat_modes"]),
        aspectual_verbs=frozenset(raw["aspectual_verbs"]["lemmas"]),
        act_only_verbs=frozenset(raw["aspectual_verbs"]["act_only"]),
        halting_verbs=frozenset(raw["aspectual_verbs"]["halting"]),
        gerund_only_halting=frozenset(raw["aspectual_verbs"]["halting_gerund_only"]),
        remote_talk_verbs=frozenset(raw["remote_talks"]["verbs"]),
        remote_channels=frozenset(raw["remote_talks"]["channels"]),
        hazards=frozenset(raw["accidents"]["hazards"]),
        symbols=frozenset(raw["symbols"]["lemmas"]),
        question_verbs=frozenset(raw["questions"]["verbs"]),
        question_marks=frozenset(raw["questions"]["marks"]),
        question_preps=frozenset(raw["questions"]["prepositions"]),
        failures=frozenset(raw["accidents"]["failures"]),
        stops=frozenset(raw["aspectual_verbs"]["stops"]),
        ending_nouns=frozenset(raw["aspectual_verbs"]["endings"]),
        endings_with_to=frozenset(raw["aspectual_verbs"]["endings_with_to"]),
        transfer_verbs=frozenset(raw["transfers"]["verbs"]),
        goods=frozenset(raw["transfers"]["goods"]),
        documents=frozenset(raw["transfers"]["documents"]),
        evacuation_verbs=frozenset(raw["transfers"]["evacuation_verbs"]),
        letting_verbs=frozenset(raw["transfers"]["letting_verbs"]),
        overseers=frozenset(raw["transfers"]["overseers"]),
        handed_arms=frozenset(raw["transfers"]["handed_arms"]),
        handed_ground=frozenset(raw["transfers"]["handed_ground"]),
        emissaries=frozenset(raw["transfers"].get("emissaries", [])),
        recipient_object_verbs=frozenset(raw["transfers"].get("recipient_object_verbs", [])),
        deployment_motion_verbs=frozenset(raw["deployments"]["motion_verbs"]),
        armed_marches=frozenset(raw["deployments"]["armed_marches"]),
        assembly_verbs=frozenset(raw["deployments"]["assembly_verbs"]),
        assembly_protesters=frozenset(raw["deployments"]["assembly_protesters"]),
        peacekeeping=frozenset(raw["deployments"]["peacekeeping"]),
        background_prepositions=frozenset(raw["background"]["prepositions"]),
        background_nouns=frozenset(raw["background"]["head_nouns"]),
        setting_prepositions=frozenset(raw["background"]["setting_prepositions"]),
        setting_types=frozenset(raw["background"]["setting_types"]),
        purpose_restating_types=frozenset(raw["background"]["purpose_restating_types"]),
        assertion_senses={k: _type_mode(v) if v is not None else None
                          for k, v in raw["assertions"]["senses"].items()},
        official_voices=frozenset(raw["assertions"]["official_voices"]),
        qualified_nouns={k: frozenset(v) for k, v in entries(raw.get("qualified_nouns", {})).items()},
        liberty_nouns=frozenset(raw["liberties"]["nouns"]),
        place_uses=frozenset(raw["place_uses"]["lemmas"]),
        forceful_senses=frozenset(raw["forceful_senses"]["lemmas"]),
        means_of_force=frozenset(raw["means_of_force"]["lemmas"]),
        expulsion_directives=frozenset(raw["expulsions"]["directives"]),
        expulsion_departures=frozenset(raw["expulsions"]["departures"]),
        envoys=frozenset(raw["expulsions"]["envoys"]),
        foreign_forces=frozenset(raw["expulsions"]["foreign_forces"]),
        expulsion_idiom=raw["expulsions"]["idiom"],
        cyber_verbs=frozenset(raw["cyber_attacks"]["verbs"]),
        cyber_doers=frozenset(raw["cyber_attacks"]["doers"]),
        cyber_objects=frozenset(raw["cyber_attacks"]["objects"]),
        frame_nouns=frozenset(raw["frame_nouns"]["lemmas"]),
        frame_outcomes=frozenset(raw["frame_nouns"]["outcomes"]),
        civil_purposes=frozenset(raw["frame_nouns"]["civil"]),
        protest_purpose_verbs=frozenset(raw["protest_targets"]["purpose_verbs"]),
        object_requires={**{k: frozenset(v) for k, v in raw["object_senses"]["requires"].items()},
                         **dict.fromkeys(raw["projectiles"]["downing_verbs"], aircraft)},
        complement_required=frozenset(raw["object_senses"]["complement_required"]["lemmas"]),
        party_required=frozenset(raw["object_senses"]["party_required"]["lemmas"]),
        party_flows={k: frozenset(v) for k, v in entries(raw["object_senses"]["party_flows"]).items()},
        verbal_attack_lemmas=frozenset(raw["verbal_attacks"]["lemmas"]),
        verbal_adjectives=frozenset(raw["verbal_attacks"]["adjectives"]),
        speech_settings=frozenset(raw["verbal_attacks"]["settings"]),
        attacked_texts=frozenset(raw["verbal_attacks"]["texts"]),
        attack_speakers=frozenset(raw["verbal_attacks"]["speakers"]),
        attack_grounds=frozenset(raw["verbal_attacks"]["grounds"]),
        attack_lodging_verbs=frozenset(raw["verbal_attacks"]["lodging_verbs"]),
        attacked_people=frozenset(raw["verbal_attacks"]["people"]),
        attack_at_lemmas=frozenset(raw["verbal_attacks"]["at_lemmas"]),
        object_excludes={k: frozenset(v) for k, v in raw["object_senses"]["excludes"].items()},
        causative_participles=frozenset(raw["object_senses"]["causative_participles"]),
        refusals=frozenset(raw["object_senses"]["withheld_words"]["refusals"]),
        anonymity_asking=frozenset(raw["object_senses"]["anonymity"]["asking"]),
        anonymity_naming=frozenset(raw["object_senses"]["anonymity"]["naming"]),
        telling=frozenset(raw["object_senses"]["withheld_words"]["telling"]),
        taking_lemmas=frozenset(raw["taking"]["lemmas"]),
        control_verbs=frozenset(raw["taking"]["control_verbs"]),
        control_nouns=frozenset(raw["taking"]["control_nouns"]),
        over_verbs=frozenset(raw["taking"]["over_verbs"]),
        discourse_nouns=frozenset(raw["discourse_nouns"]["lemmas"]),
        under_fire_nouns=frozenset(raw["under_fire"]["nouns"]),
        under_fire_verbs=frozenset(raw["under_fire"]["verbs"]),
        facing_verbs=frozenset(raw["under_fire"]["facing_verbs"]),
        abstract_ground=frozenset(raw["taking"]["abstract_ground"]),
        territory_nouns=frozenset(raw["taking"]["territory"]),
        ground_verbs=frozenset(raw["ground_verbs"]["lemmas"]),
        taken_things=frozenset(raw["taking"]["things"]) | frozenset(raw["transfers"]["goods"]),
        conveyances=frozenset(raw["taking"]["conveyances"]),
        blocking_verbs=frozenset(raw["blocking"]["verbs"]),
        blocked_routes=frozenset(raw["blocking"]["routes"]),
        blocked_goods=frozenset(raw["blocking"]["goods"]),
        protesting_sectors=frozenset(raw["blocking"]["protesting_sectors"]),
        alert_nouns=frozenset(raw["blocking"]["alert_nouns"]),
        blocked_trade=frozenset(raw["blocking"]["trade"]),
        blocked_media=frozenset(raw["blocking"]["media"]),
        civil_collectives=frozenset(raw["blocking"]["civil_collectives"]),
        armed_modifiers=frozenset(raw["blocking"]["armed_modifiers"]),
        warning_verbs=frozenset(raw["warnings"]["verbs"]),
        projectile_verbs=frozenset(raw["projectiles"]["verbs"]),
        thrown_by_hand=frozenset(raw["projectiles"]["thrown_by_hand"]),
        dropped_from_above=frozenset(raw["projectiles"]["dropped_from_above"]),
        aircraft=aircraft,
        acting_subjects=frozenset(raw["acting_subjects"]["nouns"]),
        barring_verbs=frozenset(raw["barring"]["verbs"]),
        censoring_verbs=frozenset(raw["censoring"]["verbs"]),
        censored_media=frozenset(raw["censoring"]["media"]),
        weapons_tests=WeaponsTests(**{k: frozenset(raw["projectiles"][k]) for k in (
            "test_prefixes", "test_nouns", "test_verbs", "tested_weapons")}),
        threat_objects=frozenset(raw["warnings"]["threat_objects"]),
        protest_prepositions=frozenset(raw["protest_targets"]["prepositions"]),
        protest_frames=frozenset(raw["protest_targets"]["frames"]),
        labour=LabourStrikes(**{k: frozenset(v) for k, v in entries(raw["labour_strikes"]).items()}),
        figurative=FigurativeSenses(**{k: frozenset(v) for k, v in entries(raw["figurative"]).items()}),
    )


# ------------------------------------------------------------------ triggers


def verb_lemmas(token: Token) -> list[str]:
    """The verb's lemma, then forms undone by hand where the lemmatiser slips ("staged" -> "stag").

    Regular "-ed"/"-es"/"-s" endings are stripped from the word as written; a caller looks each
    form up in turn, so a wrong guess costs nothing unless it is itself a lexicon entry.
    """
    lemma = token.lemma_.lower()
    word = token.lower_
    forms = [lemma]
    for suffix, repl in (("ed", "e"), ("ed", ""), ("es", "e"), ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    if word.startswith("re") and len(word) > _SHORTEST_PREFIXED:
        forms += ["re" + stem for stem in verb_stems(word[2:])]  # "retook" -> retake: "took" is irregular
    return list(dict.fromkeys(forms))


#: Shortest word read as "re" and a verb ("retook", "reseized"); "read", "rent" and "reset" are shorter.
_SHORTEST_PREFIXED = 5


def _verb_trigger(token: Token, lexicon: TriggerLexicon) -> TypeMode | None:
    """Type and mode of a verb, its phrase ("take hostage", "call for") winning over the verb alone.

    A light verb whose object is an event noun ("carried out the liberation of", "conducted
    raids") is no trigger: the noun names the event and gives its type, unless the pair is a
    phrase of its own ("stage strike": a labour strike, not an air strike).
    """
    lemmas = verb_lemmas(token)
    obj = _child(token, "dobj") or _passive_object(token) or _labelled_object(token)
    if _halted_attack(token, lexicon) is not None:
        return "RETREAT", "ceasefire"  # "suspended attacks on soldiers": the fighting stops
    if _talks_remotely(token, lexicon):
        return "CONSULT", "phone"  # "Putin spoke by phone with Erdogan"
    if token.lemma_.lower() in lexicon.halting_verbs and obj is not None and _unqualified(obj, lexicon):
        return None  # "suspended his presidential campaign": a candidate leaves a race
    decided, widened_act = _widened_act(token, lemmas, lexicon)
    if decided:
        return widened_act
    counted = _prep_object(obj, frozenset({"of"})) if obj is not None else None  # "took dozens of guests hostage"
    if (obj is not None and is_captive_complement(obj)) or (counted is not None and is_captive_complement(counted)) \
            or captive_clause(token) is not None:
        return "ASSAULT", "abduct"  # "held 30 guests hostage", "took 12 workers hostage"
    light = obj is not None and _is_light(token)
    if light and obj is not None and _compound_noun_trigger(obj, lexicon, with_of=False) is not None:
        return None  # "launched a cyber attack", "staged a hunger strike": the two-word noun is precise
    phrase = _phrase_trigger(token, lemmas, lexicon, {"dobj", "oprd", "attr", "nsubjpass"})
    if phrase is not None:
        return phrase
    if "send" in lemmas and obj is not None and _sends_forces(obj):
        return "MOBILIZE", "troops"  # "sent 300 paratroopers": any armed men, not only the listed words
    if light and obj is not None and _noun_trigger(_counted(obj), lexicon) is not None:
        return None  # "conducted raids", "launched one of its biggest air attacks": the noun is the act
    phrase = _phrase_trigger(token, lemmas, lexicon, {"prt", "prep", "acomp", "ccomp", "xcomp", "advmod"})
    phrase = phrase or _result_phrase(token, obj, lemmas, lexicon)
    return phrase or next((lexicon.verbs[lemma] for lemma in lemmas if lemma in lexicon.verbs), None)


def _result_phrase(verb: Token, obj: Token | None, lemmas: list[str], lexicon: TriggerLexicon) -> TypeMode | None:
    """"set an oil refinery ablaze", "set the embassy on fire": the parser hangs the state the verb
    leaves its object in on the object or the verb, after the object; with the verb it is a phrase
    entry ("set ablaze", "set on fire")."""
    if obj is None or obj.head.i != verb.i:
        return None
    results = [c.lemma_.lower() for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
    # "set the embassy on fire": the state as a phrase after the object
    results += [f"{p.lower_} {o.lemma_.lower()}" for p in verb.children if p.dep_ == "prep" and p.i > obj.i
                for o in p.children if o.dep_ == "pobj"]
    return next((lexicon.phrases[(lemma, r)] for r in results for lemma in lemmas if (lemma, r) in lexicon.phrases),
                None)


def _passive_object(verb: Token) -> Token | None:
    """The subject of a passive verb, which is its object in the active: "the attack was carried
    out"; or the noun a participle modifies ("an investigation carried out by the prosecutor")."""
    if _is_reduced_passive(verb):
        return verb.head
    return _child(verb, "nsubjpass") if _is_passive(verb) else None


def _is_reduced_passive(verb: Token) -> bool:
    """A participle after a noun with no object of its own: "the strike called by the rebels" (the
    tagger may call it a past tense: "Airstrikes carried out on Rafah")."""
    asking = {"for", "on", "upon"} if verb.lemma_ == "call" else {"for"}
    # not "an investigation called for by the UN": a demand for the act, not its carrying out
    return (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and verb.head.pos_ in {"NOUN", "PROPN"}
            and _child(verb, "dobj") is None
            and not any(p.dep_ == "prep" and p.lower_ in asking for p in verb.children))


def _carrying_verb(noun: Token) -> Token | None:
    """The passive light verb that carries the noun's act out: "the attack was carried out by
    Hamas", "an investigation carried out by the prosecutor", "the strike called by the rebels"."""
    if noun.dep_ == "nsubjpass" and _is_passive(noun.head) and _is_light(noun.head):
        return noun.head
    return next((c for c in noun.children if _is_reduced_passive(c) and _is_light(c)), None)


def _widened_act(token: Token, lemmas: list[str], lexicon: TriggerLexicon) -> tuple[bool, TypeMode | None]:
    """What an aspectual verb ("extend the curfew") widens decides its event: (True, event or None),
    or (False, None) to let the verb's own entry decide (see ``aspectual_verbs`` in the lexicon)."""
    if not lexicon.aspectual_verbs & set(lemmas):
        return False, None
    act_only = bool(lexicon.act_only_verbs & set(lemmas))
    widened = _child(token, "dobj", "nsubjpass")
    if widened is None:
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return True, None  # "the curfew, extended on Sunday": the noun is the event
        doer = _child(token, "nsubj")  # "the fighting extended into the night": an act that spreads
        if act_only and doer is not None and doer.pos_ == "NOUN" and _noun_trigger(doer, lexicon) is not None:
            return (False, None) if _is_stop(doer, lexicon) else (True, None)
        return False, None
    widened = resolve_relative(widened, token)  # "the mandate, which was extended"
    carried = _noun_trigger(widened, lexicon)  # "extend the curfew": a curfew, not a truce
    if carried is not None and not _unqualified(widened, lexicon):  # "expanded its operations" in business
        return True, carried
    if act_only and widened.lemma_.lower() in lexicon.stops and not _is_stop(widened, lexicon):
        return True, None  # "extended its pause on weapons shipments": a stop of trade
    phrase = _phrase_trigger(token, lemmas, lexicon, {"dobj", "nsubjpass"})  # "the pause was extended"
    if phrase is not None:
        return True, phrase
    if act_only and widened.pos_ in {"NOUN", "PROPN"} and not _is_stop(widened, lexicon):
        return True, None  # "extended the mandate", "the deadline was extended": no act is widened
    return False, None


def _halted_attack(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The attack a halting verb stops: "attacks" in "suspended attacks on soldiers", "strikes" in
    "halted its strikes on Gaza", "shelling" in "stopped shelling the city" (see ``halting`` in the
    lexicon). Halting anything else ("suspended talks", "halted aid") is the verb's own entry, and
    an effort or a truce that ends fighting is no party halting it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.halting_verbs:
        return None
    means = _subject(verb) or (_subject(verb.head) if verb.dep_ == "xcomp" else None)
    if means is not None and means.pos_ == "NOUN" and (
            means.lemma_.lower() in load_status_cues().suppressing or _noun_trigger(means, lexicon) is not None):
        return None  # "ceasefire efforts failed to end the fighting", "the truce ended the fighting": no party halts
    stopped = _child(verb, "dobj") or (_child(verb, "nsubjpass") if _is_passive(verb) else None)
    if stopped is not None and verb.lemma_.lower() in lexicon.gerund_only_halting:
        return None  # "stop the attack" foils it; "stopped shelling" ceases
    if stopped is not None and stopped.pos_ == "NOUN":
        hit = _noun_trigger(stopped, lexicon)  # not "suspended his presidential campaign"
        return stopped if hit is not None and hit[0] == "ASSAULT" and not _unqualified(stopped, lexicon) else None
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or lexicon.verbs.get(gerund.lemma_.lower(), ("",))[0] != "ASSAULT":
        return None
    if gerund.lemma_.lower() in lexicon.forceful_senses and not _done_with_force(gerund, lexicon):
        return None  # "stop targeting young men" in advertising
    return gerund


def _talks_remotely(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'spoke by phone with', 'the two leaders talked via video link': a talk between parties over a
    channel (see ``remote_talks``)."""
    if verb.lemma_.lower() not in lexicon.remote_talk_verbs:
        return False
    subject = _subject(verb)
    mutual = _prep_object(verb, frozenset({"with"})) is not None or _channel_partner(verb) is not None or (
        subject is not None and (subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)))
    if not mutual:
        return False  # "he speaks to supporters via video": an address, not a talk between parties
    return any(o.lemma_.lower() in lexicon.remote_channels for o in _channels(verb))


def _beneficiary(objects: list[Token]) -> Token | None:
    """"approved a $22 billion loan for Argentina": a party a thing given is for (a party of a named
    country only, not "a plan for the war"; and not what an act named by the object is for: "rejected
    a call for its forces to be deployed")."""
    lexicon, triggers = load_actor_lexicon(), load_trigger_lexicon()
    for thing in (o for o in objects if (_noun_trigger(o, triggers) or ("",))[0] not in _VERBAL_TYPES):
        party = _prep_object(thing, frozenset({"for"}))  # a name, not "for Turkey's denial"
        found = _actor(party, lexicon) if party is not None and party.pos_ == "PROPN" else None
        if found is not None and found.country is not None:
            return party
    return None


def _channels(verb: Token) -> list[Token]:
    """What a verb is done by, over or via: "telephone" in "spoke by telephone"."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"by", "over", "via"}
            for o in p.children if o.dep_ == "pobj"]


def _channel_partner(verb: Token) -> Token | None:
    """"spoke by telephone with Putin": the parser may hang the partner of a remote talk on its channel."""
    if verb.lemma_.lower() not in load_trigger_lexicon().remote_talk_verbs:
        return None
    return next((p for c in _channels(verb) if (p := _prep_object(c, frozenset({"with"}))) is not None), None)


def _purpose_of_rebuke(token: Token, lexicon: TriggerLexicon, own: TypeMode | None = None) -> bool:
    """'summoned the ambassador to protest against the raid', 'to lodge a protest': the summons is
    the rebuke, and the protest it is for is the same act, not a second one. For a protest named by
    a noun, ``token`` is the light verb that takes it and ``own`` the noun's type and mode."""
    head = token.head
    if token.dep_ not in {"xcomp", "advcl"} or head.pos_ != "VERB" or head.i == token.i:
        return False
    if head.lemma_.lower() not in lexicon.object_requires:
        return False  # a summons names its envoy; not "criticized X, accusing them of", "tell them to investigate"
    rebuke = _verb_trigger(head, lexicon)
    own = own or lexicon.verbs.get(token.lemma_.lower())
    return (rebuke is not None and rebuke[0] == "ACCUSE" and _child(head, "dobj") is not None
            and own is not None and own[0] in {"ACCUSE", "PROTEST"})


def _is_halted(act: Token, lexicon: TriggerLexicon) -> bool:
    """'suspended attacks', 'stopped shelling': the attack a halting verb stops is not told as done."""
    verb = act.head
    if act.dep_ not in {"dobj", "nsubjpass", "xcomp"}:
        return False
    halted = _halted_attack(verb, lexicon)
    return halted is not None and halted.i == act.i


#: Prepositions joining a stop in fighting to the act it stops: "a halt to", "a cessation of", "a pause in".
_STOPPED_BY = frozenset({"of", "to", "on", "in"})


def _is_stopped(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'a halt to its bombing campaign', 'a suspension of military operations', 'an end to the
    offensive': an act named as what a stop ends is not told as going on ("the end of its
    investigation" is a time, not a stop)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _STOPPED_BY or prep.head.i == prep.i:
        return False
    stop = prep.head
    if stop.pos_ != "NOUN":
        return False
    lemma = stop.lemma_.lower()
    return lemma in lexicon.stops or lemma in lexicon.ending_nouns or (
        prep.lower_ == "to" and lemma in lexicon.endings_with_to)


def _is_stop(noun: Token, lexicon: TriggerLexicon) -> bool:
    """A stop in fighting ("the pause", "a lull"); not a stop on trade ("its pause on weapons shipments")."""
    return noun.lemma_.lower() in lexicon.stops and _prep_object(noun, frozenset({"on"})) is None


def _phrase_trigger(token: Token, lemmas: list[str], lexicon: TriggerLexicon, deps: set[str]) -> TypeMode | None:
    """The phrase entry of the verb with one of its dependents along ``deps``, or None.

    A preposition heading a time ("called his counterpart on Monday") makes no phrase. An object's
    conjuncts are objects too ("used batons and tear gas"); a passive subject is the object
    ("troops were sent"), except captives, who are moved ("hostages were taken to ...").
    """
    for child in token.children:
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            continue
        if child.dep_ not in deps:
            continue
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in lexicon.captive_nouns:
            continue  # "the hostages will be taken to undisclosed locations": moved, not taken hostage
        for dependent in [child, *child.conjuncts] if child.dep_ == "dobj" else [child]:
            keys = _dependent_keys(dependent)
            if dependent.dep_ == "prep" and _child(token, "dobj") is not None:
                keys = keys[:-1]  # "gave the appearance of calm in the hearing": a bare "in" is no particle
            hit = next((lexicon.phrases[(lemma, words)] for lemma in lemmas for words in keys
                        if (lemma, words) in lexicon.phrases), None)
            if hit is not None:
                return hit
    return None


#: Event types that are deeds, not words: a verb whose object makes it one of these performs an act.
_DEED_TYPES = frozenset({"ASSAULT", "AID", "COERCE", "CONCEDE", "COOPERATE", "MOBILIZE", "PROTEST", "RETREAT",
                         "SANCTION"})


def enacts_with_object(token: Token) -> bool:
    """'declared martial law', 'declared a ceasefire': a verb that with its object performs a deed
    (a phrase entry of the lexicon), so it states nothing: the attribution stage leaves it out."""
    if any(c.dep_ in {"oprd", "ccomp", "xcomp"} or (c.dep_ in {"prt", "advmod"} and c.lower_ == "over")
           for c in token.children):
        return False  # "declared the ceasefire over": a statement about it
    hit = _phrase_trigger(token, verb_lemmas(token), load_trigger_lexicon(), {"dobj"})
    return hit is not None and hit[0] in _DEED_TYPES


def _dependent_keys(dependent: Token) -> list[str]:
    """How a phrase entry may name a verb's dependent, most specific first: with its modifier
    ("impose martial law"), with its "of" phrase ("declare state of emergency"), a preposition with
    its object ("take to the streets"), or alone. An object that is an event noun names the event
    itself ("went on strike", "came under attack"), and the noun is the trigger."""
    lemma = dependent.lemma_.lower()
    if dependent.dep_ == "prep":
        nouns = load_trigger_lexicon().nouns
        objects = [o.lemma_.lower() for o in dependent.children if o.dep_ == "pobj"]
        return [*(f"{lemma} {o}" for o in objects if o not in nouns), lemma]
    keys = [f"{c.lower_} {lemma}" for c in dependent.lefts if c.dep_ in {"amod", "compound"}]
    of = _prep_object(dependent, frozenset({"of"}))
    if of is not None:
        keys.append(f"{lemma} of {of.lemma_.lower()}")
    if dependent.tag_ == "VBG" and dependent.dep_ == "dobj":
        keys.append(dependent.lower_)  # "opened the Kerem Shalom crossing": an "-ing" noun read as a verb ("cross")
    return [*keys, lemma]


def _verb_taking(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is: the head of a direct object, or the verb a free relative
    names it for ("launched what it calls a special military operation": launched)."""
    if noun.dep_ == "dobj":
        return noun.head
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if count is not None and count.dep_ == "dobj" and (count.pos_ == "NUM" or count.lower_ in _COUNT_WORDS):
        return count.head  # "carried out dozens of airstrikes", "launched one of its biggest attacks"
    return labelled_act_verb(noun.head if noun.dep_ == "pobj" else noun)


def _labelled_object(verb: Token) -> Token | None:
    """The noun a free relative names as the verb's object: "operation" in "launched what it calls a
    special military operation", "strikes" in "carried out what it described as targeted strikes"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for label in clause.children:
            if labelled_act_verb(label) is not None:
                return label if label.dep_ == "oprd" else _child(label, "pobj")
    return None


def _is_light(token: Token) -> bool:
    """A light verb ("carry out", "conduct", "launch", "stage", "call a strike"): its object names the act.

    "Called the embargo a crime" names the embargo, which is no new act.
    """
    return (bool(set(verb_lemmas(token)) & load_status_cues().light_verbs) and not _names_something_else(token)
            and not _undoes_with_particle(token))


#: The event a verb phrase has when it stops an act rather than carrying it out ("cancel", "call off").
_DISCONTINUING = ("SANCTION", "discontinue")


def _undoes_with_particle(verb: Token) -> bool:
    """'called off the strike', 'the talks were called off': a light verb whose particle makes a phrase
    entry that stops an act (SANCTION discontinue) undoes what its object names, as "cancel" does,
    instead of carrying it out ("called a strike"), so its object is no event of its own."""
    return _phrase_trigger(verb, verb_lemmas(verb), load_trigger_lexicon(), {"prt"}) == _DISCONTINUING


def _sends_forces(obj: Token) -> bool:
    """What is sent is a state's armed forces ("paratroopers", "marines", "commandos"): the actor
    lexicon knows them as military, so no list of phrase entries has to name each."""
    forces = _counted(obj)
    return forces.pos_ == "NOUN" and actor_for(forces, with_conjuncts=False).sector == "MIL"


def _hyphen_start(token: Token) -> Token | None:
    """The first part of a word written with a hyphen that the tokenizer split ("sit" of "sit-in")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2]
    return None


def _compound_noun_trigger(token: Token, lexicon: TriggerLexicon, *, with_of: bool = True) -> TypeMode | None:
    """A two-word event noun ("hunger strike", "air strike") or, ``with_of``, one with its "of"
    phrase ("state of emergency", "cessation of hostilities"): unambiguous, unlike the bare head.

    A light verb yields to a two-word noun, but a phrase entry of the verb with an "of" noun
    ("impose state of emergency") is kept: the verb is what a threat or a plan is read from."""
    lemma = token.lemma_.lower()
    first = _hyphen_start(token)
    if first is not None:  # "a sit-in", "a cease-fire": the tokenizer splits the word at its hyphen
        hit = lexicon.nouns.get(token.doc[first.i : token.i + 1].text.lower())
        if hit is not None:
            return hit
    for child in token.lefts:
        if child.dep_ in {"compound", "amod"}:
            hit = lexicon.nouns.get(f"{child.lemma_.lower()} {lemma}") or lexicon.nouns.get(
                f"{child.lower_} {lemma}"
            )
            if hit is not None:
                return hit
    of = _prep_object(token, frozenset({"of"})) if with_of else None
    if of is not None:
        return lexicon.nouns.get(f"{lemma} of {of.lemma_.lower()}") or lexicon.nouns.get(f"{lemma} of {of.lower_}")
    return None


def _framed_act(token: Token, lexicon: TriggerLexicon) -> TypeMode | None:
    """'a mediation effort', 'an arrest campaign': an undertaking (the lexicon's ``frame_nouns``)
    is the act an unambiguous event noun compounded right before it names, unless that act is an
    outcome it seeks ("ceasefire efforts", "a release bid")."""
    if token.lemma_.lower() not in lexicon.frame_nouns or token.i == 0:
        return None
    child = token.doc[token.i - 1]
    lemma = child.lemma_.lower()
    if child.dep_ != "compound" or child.head.i != token.i or child.pos_ != "NOUN" or lemma in lexicon.ambiguous_nouns:
        return None
    hit = _compound_noun_trigger(child, lexicon) or lexicon.nouns.get(lemma)
    if hit is None or hit[0] in lexicon.frame_outcomes or f"{hit[0]}:{hit[1]}" in lexicon.frame_outcomes:
        return None
    return hit


def _noun_trigger(token: Token, lexicon: TriggerLexicon) -> TypeMode | None:
    hit = _compound_noun_trigger(token, lexicon) or _framed_act(token, lexicon)
    if hit is not None:
        return hit
    if _is_labour_strike(token, lexicon):
        return "PROTEST", "strike"
    if token.lemma_.lower() in lexicon.weapons_tests.test_nouns and _tests_a_weapon(token, lexicon):
        return "MOBILIZE", "weapons"  # "a missile test", "a nuclear test"
    if token.lemma_.lower() in lexicon.under_fire_nouns and _under_attack(token, lexicon) is not None:
        if _for_a_reason(token):
            return "ACCUSE", "disapprove"  # "the minister came under fire for his remarks": criticised
        return "ASSAULT", None  # "the convoy came under fire"
    hit = lexicon.nouns.get(token.lemma_.lower()) or lexicon.nouns.get(token.lower_)
    if hit is None and token.pos_ == "PROPN" and token.tag_ == "NNPS" and token.lower_.endswith("s"):
        hit = lexicon.nouns.get(token.lower_[:-1])  # "Airstrikes were carried out": a capital misread as a name
    return hit


def _is_labour_strike(token: Token, lexicon: TriggerLexicon) -> bool:
    """'a general strike', 'teachers went on strike', 'the union called a strike': a labour strike.

    "Strike" is military by default. A weapon ("missile strike", "armed strike") or a target it
    is on ("a strike on the depot") keeps it so; then a labour modifier ("general", "three-day")
    settles it as labour; then a strike waged by or against an armed party is military, and
    otherwise the verb that governs it or who strikes tells the labour sense (see
    ``labour_strikes`` in the lexicon). "Teachers went on strike against the government" is
    labour: being against a party is what labour strikes are too.
    """
    labour = lexicon.labour
    if token.lemma_.lower() not in labour.nouns or _strike_target(token) is not None:
        return False
    military = {*lexicon.mode_modifiers.get("ASSAULT", {}), *labour.armed}
    if any(_noun_forms(c) & military for c in _strike_modifiers(token)):
        return False
    if _has_labour_modifier(token, lexicon):
        return True
    if _waged_by_or_on_armed(token):
        return False  # "the army's strikes", "a strike against rebel positions"
    return _labour_governor(token, labour) or _is_striker(_strike_agent(token), labour)


def _strike_modifiers(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}]


def _has_labour_modifier(token: Token, lexicon: TriggerLexicon) -> bool:
    """'a general strike', 'a 24-hour strike', 'a rail strike'."""
    return any(_labour_modifier(c, lexicon.labour) for c in _strike_modifiers(token))


def _strike_target(token: Token) -> Token | None:
    """What a strike is on ("a strike on the depot"); not a day ("a general strike on Monday")."""
    hit = _prep_object(token, frozenset({"on", "upon"}))
    return hit if hit is not None and hit.ent_type_ not in {"DATE", "TIME"} else None


def _is_country(token: Token | None) -> bool:
    """A country named as a party ("Israel", "the Soviet Union"): it strikes militarily, it is no union of workers."""
    return token is not None and token.ent_type_ == "GPE"


def _labour_modifier(modifier: Token, labour: LabourStrikes) -> bool:
    """'general', 'open-ended' (read across its hyphen), or a length: 'a 24-hour strike', 'a two-day
    strike', 'a weeks-long strike'."""
    written = "".join(t.text_with_ws for t in modifier.subtree).lower().replace(" ", "")
    if _noun_forms(modifier) & labour.modifiers or written in labour.modifiers:
        return True
    if written.endswith("-long") and written[:-5].rstrip("s") in labour.durations:
        return True  # "a weeks-long strike"
    return bool(_noun_forms(modifier) & labour.durations) and any(c.dep_ == "nummod" for c in modifier.children)


def _noun_forms(token: Token) -> set[str]:
    """The lemma and the word, lower-cased, and the word without a plural "s": upper-case wire text
    ("JUDICIAL BRANCH EMPLOYEES") defeats the lemmatiser."""
    word = token.lower_
    return {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}


def _labour_governor(token: Token, labour: LabourStrikes) -> bool:
    """'called / staged / joined a strike', 'the strike was called off', 'a strike declared by the
    union', 'went / remain on strike': verbs used of labour strikes only."""
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass"}:
        return bool(set(verb_lemmas(head)) & labour.verbs)
    if any(c.dep_ in {"acl", "relcl"} and set(verb_lemmas(c)) & labour.verbs for c in token.children):
        return True
    return (token.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in {"VERB", "AUX"}
            and bool(set(verb_lemmas(head.head)) & labour.states))


def _strike_agent(token: Token) -> Token | None:
    """Who strikes: the noun's owner or "by" phrase ("a strike by bus drivers", "the teachers' strike"),
    or the subject of the verb that has it as object ("workers began a strike")."""
    owner = _child(token, "poss") or _prep_object(token, frozenset({"by", "of"}))
    if owner is not None:
        return owner
    compound = next((c for c in token.children if c.dep_ == "compound"), None)
    if compound is not None:
        return compound
    verb = token.head if token.dep_ == "dobj" else _clause_verb(token)
    return _subject(verb) if verb is not None and verb.pos_ in {"VERB", "AUX"} else None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose prepositional phrases hold ``token``: "stopped work on the first day of a strike"."""
    while token.dep_ in {"pobj", "prep"} and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _striking_party(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who is on a labour strike that names no owner: the working people who go on it or stop work,
    or whoever calls or organises it ("opposition parties organised a general strike")."""
    if token.dep_ == "dobj" and set(verb_lemmas(token.head)) & lexicon.labour.verbs:
        caller = _subject(token.head)
        return _counted_party(resolve_relative(caller, token.head)) if caller is not None else None
    agent = _strike_agent(token)
    return _counted_party(agent) if agent is not None and _is_striker(agent, lexicon.labour) else None


def _is_striker(agent: Token | None, labour: LabourStrikes) -> bool:
    """Working people or a labour or teaching party: "workers", "thousands of nurses", "the union"."""
    if agent is None or _is_country(agent):
        return False
    agent = _counted_party(agent)
    common = agent.pos_ == "NOUN" and not agent.ent_type_
    if (common or (agent.is_upper and agent.ent_type_ != "PERSON")) and _noun_forms(agent) & labour.strikers:
        return True  # a common noun ("the Soviet Union" is no union of workers), or any in all-caps copy
    return normalise_tokens(phrase_tokens(agent), load_actor_lexicon())[1] in {"LAB", "EDU"}


def _has_noun_argument(token: Token, actors: ActorLexicon, *, of_is_name: bool = False) -> bool:
    """An event noun with its own participants or time: "Israel's campaign", "release of 60", "October 7 attack".

    With ``of_is_name`` the noun's "of" phrase is part of its name ("the state of emergency"), no participant.
    """
    taking = _verb_taking(token)
    if taking is not None and _is_light(taking):
        return True  # "students staged protests": the light verb's subject is the noun's agent
    if _carrying_verb(token) is not None:
        return True  # "the attack was carried out by Hamas": the passive's agent is
    journey = _journey_for(token)
    if journey is not None and _subject(journey) is not None:
        return True  # "the king arrived in Washington for a state visit": the traveller's
    for child in token.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in _NOUN_ARG_PREPS and not (of_is_name and child.lower_ == "of"):
            return True
        if child.dep_ in {"compound", "amod", "nmod", "nummod"} and (
            child.ent_type_ == "DATE" or normalise_tokens([child], actors)[0] is not None
        ):
            return True
        if child.dep_ == "acl":
            return True
    return False


def _is_fixed_preposition(token: Token, lexicon: TriggerLexicon) -> bool:
    """'exchange' in 'in exchange for': a noun that is part of a complex preposition."""
    return (
        token.lemma_.lower() in lexicon.fixed_prepositions
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and not any(c.dep_ in {"det", "poss", "amod"} for c in token.children)
    )


def _in_fixed_preposition(token: Token, lexicon: TriggerLexicon) -> bool:
    """'in exchange for the freedom of ...': the noun or its governor forms a complex preposition.

    What follows "in exchange for" is the price of another event, not an event of its own.
    """
    if _is_fixed_preposition(token, lexicon):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "for" and _is_fixed_preposition(head.head, lexicon)


def _is_background(token: Token, lexicon: TriggerLexicon) -> bool:
    """'rebels surrendered after a government offensive', 'since the invasion': an undated event
    noun that sets another event's news in time refers to other news, and has no date of its own
    to record. Where the clause it qualifies reports no event ("five people died after a suicide
    bombing"), the noun is the news and stays."""
    if token.dep_ != "pobj":
        return False
    background = _background_preposition(token.head, lexicon)
    if background is None or any(c.ent_type_ == "DATE" for c in token.subtree):
        return False
    clause = background.head
    return clause.pos_ not in {"VERB", "AUX"} or _verb_event(clause, lexicon) is not None


def _is_setting(token: Token, hit: TypeMode, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """'accused Britain of sabotaging progress in the negotiations', 'detained during talks': an
    undated meeting with no party or place of its own ("the meeting of the board", "talks with
    Egypt", "negotiations in Istanbul"), named as the occasion of another event, is its scene."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in lexicon.setting_prepositions or hit[0] not in lexicon.setting_types:
        return False
    if any(c.ent_type_ == "DATE" for c in token.subtree) or _child(token, "poss") is not None:
        return False
    if any(_actor(_prep_object(token, frozenset({p})), actors) is not None for p in ("with", "between", "by", "of")):
        return False
    place = _prep_object(token, frozenset({"in", "at"}))
    if place is not None and place.ent_type_ in _PLACE_LABELS:
        return False  # "agreed to a deal at negotiations in Istanbul": talks with a place of their own
    return _governing_event(prep.head, lexicon)


def _governing_event(token: Token, lexicon: TriggerLexicon, steps: int = 4) -> bool:
    """Whether ``token`` or a content word above it (up to ``steps`` of them; prepositions are
    passed through) is an event."""
    while steps > 0:
        if token.pos_ == "VERB" and _verb_event(token, lexicon) is not None:
            return True
        if token.pos_ == "NOUN" and _noun_trigger(token, lexicon) is not None:
            return True
        if token.head.i == token.i:
            return False
        steps -= token.pos_ != "ADP"
        token = token.head
    return False


def _background_preposition(prep: Token, lexicon: TriggerLexicon) -> Token | None:
    """The preposition that puts a noun in the background: "after X", "after 12 days of X",
    "in the wake of X", "ahead of X", "prior to X"; None for any other."""
    if prep.lower_ in lexicon.background_prepositions:
        return prep
    governor = prep.head
    if prep.lower_ == "of" and governor.dep_ == "pobj" and governor.ent_type_ in {"DATE", "TIME"}:
        return governor.head if governor.head.lower_ in lexicon.background_prepositions else None
    if prep.lower_ not in {"of", "to"}:
        return None
    if governor.lower_ in lexicon.background_prepositions:
        return governor  # "ahead of", "prior to"
    if governor.lower_ in lexicon.background_nouns and governor.dep_ == "pobj":
        return governor.head  # "in the wake of", "on the eve of"
    return None


#: Event types whose trigger, modifying an operation, makes it a civil one ("an evacuation operation").
_CIVIL_TYPES = frozenset({"AID", "RETREAT", "COOPERATE", "CONSULT"})


def _civil_purpose(token: Token, lexicon: TriggerLexicon) -> bool:
    """'a rescue operation', 'a relief operation', 'an operation to evacuate civilians': an
    undertaking for a civil purpose (the lexicon's ``civil``, or an aid, withdrawal, cooperation or
    consultation trigger) is no attack, whoever carries it out."""
    for child in token.children:
        purpose = child.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ not in {"amod", "compound", "acl"} and not purpose:  # "an operation to evacuate ..."
            continue
        lemma = child.lemma_.lower()
        if lemma in lexicon.civil_purposes or child.lower_ in lexicon.civil_purposes:
            return True
        hit = lexicon.verbs.get(lemma) if child.pos_ == "VERB" else lexicon.nouns.get(lemma)
        if hit is not None and hit[0] in _CIVIL_TYPES:
            return True
    return False


def _is_violent(token: Token, qualifiers: frozenset[str], lexicon: TriggerLexicon) -> bool:
    """A qualifier of conflict: a listed word, or an ASSAULT/COERCE trigger ("bombing", "attacks", "to kill")."""
    lemma = token.lemma_.lower()
    if lemma in qualifiers or token.lower_ in qualifiers:
        return True
    hit = lexicon.verbs.get(lemma) if token.pos_ == "VERB" else lexicon.nouns.get(lemma)
    return hit is not None and hit[0] in {"ASSAULT", "COERCE"}


def _is_armed(token: Token | None) -> bool:
    """An armed party: by its own words, or for a pronoun the speaker it stands for ("the Houthis said
    they would continue targeting ships")."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return actor_for(token, with_conjuncts=False).sector in ARMED_SECTORS
    return normalise_tokens(phrase_tokens(token), load_actor_lexicon())[1] in ARMED_SECTORS


def _waged_by_or_on_armed(token: Token) -> bool:
    """'the army's campaign', 'government forces launched a campaign', 'a campaign against the
    rebels': a campaign an armed party wages, or one waged against one, is armed."""
    verb = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    if _is_armed(_child(token, "poss")) or (verb is not None and _is_armed(_subject(verb))):
        return True
    against = [_prep_object(t, frozenset({"against"})) for t in (token, verb) if t is not None]
    return any(_is_armed(a) for a in against)


def _unqualified(token: Token, lexicon: TriggerLexicon) -> bool:
    """'his campaign', 'the presidential campaign': a noun whose conflict sense needs a qualifier has none.

    News English marks an armed campaign ("air campaign", "campaign of violence", "campaign to
    kill"); unqualified, the word means an election or advocacy campaign.
    """
    qualifiers = lexicon.qualified_nouns.get(token.lemma_.lower())
    if qualifiers is None:
        return False
    if _civil_purpose(token, lexicon):
        return True  # "the army launched a rescue operation": armed, but no attack
    if _waged_by_or_on_armed(token):
        return False
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod", "acl"}:
            modifiers = [child]
        elif child.dep_ == "prep" and child.lower_ == "of":
            modifiers = [o for o in child.children if o.dep_ == "pobj"]
        else:
            continue
        modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
        if any(_is_violent(m, qualifiers, lexicon) for m in modifiers):
            return False
    return True


def _noun_of_wrong_object(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'the video's release', 'the release of the transcripts', 'an exchange of views': an event noun
    whose "of" object or owner is one its verb's ``object_senses`` excludes names the verb's other
    sense ("released the video" publishes it), so it is no event either."""
    excluded = lexicon.object_excludes.get(noun.lemma_.lower())
    if excluded is None:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(_counted(o).lemma_.lower() in excluded for o in owners)


def _keep_noun(token: Token, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """Whether an event noun is a new event mention (not a modifier, anaphor, fixed phrase or background)."""
    if token.dep_ == "compound" or _in_fixed_preposition(token, lexicon) or _is_background(token, lexicon):
        return False
    if _noun_of_wrong_object(token, lexicon):
        return False  # "the video's release", "the release of the transcripts"
    if (_unqualified(token, lexicon) or _is_stopped(token, lexicon) or _is_halted(token, lexicon)
            or _names_a_liberty(token, lexicon, actors)):
        return False
    if _state_released_from(token, lexicon) or not _noun_of_parties(token, lexicon, actors):
        return False
    taking = token.head if token.dep_ == "dobj" and _is_light(token.head) else None
    if taking is not None and _purpose_of_rebuke(taking, lexicon, _noun_trigger(token, lexicon)):
        return False  # "summoned the ambassador to lodge a protest": one rebuke
    two = _compound_noun_trigger(token, lexicon, with_of=False)
    two_words = two is not None
    if two is not None and two[0] == "CONSULT" and not _has_noun_argument(token, actors):
        return False  # "get-out-the-vote phone calls": a call between no one named consults no one
    named_with_of = (not two_words and _compound_noun_trigger(token, lexicon) is not None  # "the state of emergency"
                     and not _of_names_party(token, actors))  # not "the return of all hostages": they are released
    named_with_of = named_with_of or _has_act_as_topic(token, lexicon)
    has_argument = (_has_noun_argument(token, actors, of_is_name=named_with_of) or two_words
                    or _has_labour_modifier(token, lexicon))
    if token.lemma_.lower() in lexicon.ambiguous_nouns and not (
        has_argument or _is_labour_strike(token, lexicon) or _takes_place(token, lexicon)
        or _agreement_struck(token, lexicon)
    ):
        return False  # "workers went on strike" has no argument, but the labour sense is clear
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    return not (determiners & _DEFINITE and not has_argument)


def _noun_of_parties(token: Token, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """'signing' and 'concession' name an agreement or a yielding only between parties: the signing
    of a striker or a book signing signs no accord (the "of" object or a compound must be an act
    noun: 'the signing of the peace deal'), and a mining or airport concession, or a firm's, is a
    business licence (a compound that names no party, or a business as its owner)."""
    lemma = token.lemma_.lower()
    compounds = [c for c in token.children if c.dep_ == "compound"]
    if lemma == "signing":
        signed = _prep_object(token, frozenset({"of"}))
        if signed is not None:
            return _noun_trigger(signed, lexicon) is not None or signed.lemma_.lower() in lexicon.nouns
        return all(c.lemma_.lower() in lexicon.nouns for c in compounds)
    if lemma == "concession":
        if any(_actor(c, actors) is None for c in compounds):
            return False  # "the company's mining concession", "the airport concession"
        owner = _child(token, "poss")
        return owner is None or normalise_tokens([owner], actors)[1] != "BUS"
    return True


def _agreement_struck(token: Token, lexicon: TriggerLexicon) -> bool:
    """'the two sides struck a deal to end the fighting': an agreement noun whose verb is no event with
    it (``object_senses`` excludes it: striking a deal attacks no one) is the event, though no party
    is named beside it; the verb's subject made it."""
    if token.dep_ != "dobj" or lexicon.nouns.get(token.lemma_.lower(), ("", None))[0] != "AGREE":
        return False
    if is_negated(token.head) or negating_governor(token.head) is not None:
        return False  # "did not strike a deal", "failed to strike a deal": no agreement was made
    return token.lemma_.lower() in lexicon.object_excludes.get(token.head.lemma_.lower(), frozenset())


def _of_names_party(token: Token, actors: ActorLexicon) -> bool:
    named = _prep_object(token, frozenset({"of"}))
    return named is not None and _actor(named, actors) is not None


def _is_ordered(chain: list[Governor], cues: StatusCues) -> bool:
    """The act is the object of an order: "ordered the shooting of 124 inmates"."""
    return bool(chain) and chain[0].token.lemma_.lower() in cues.object_control and orders_an_act_on_others(chain[0])


#: Modes of acts that leave someone held: an arrest or detention, an abduction or captivity.
_HOLDING_MODES = frozenset({"arrest", "abduct"})


def _state_released_from(token: Token, lexicon: TriggerLexicon) -> bool:
    """'released the former president from house arrest', 'freed from detention': the arrest is the
    state the release ends, told as background, not an arrest of its own."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "from":
        return False
    released, held = lexicon.verbs.get(prep.head.lemma_.lower()), lexicon.nouns.get(token.lemma_.lower())
    return released is not None and released[1] == "release" and held is not None and held[1] in _HOLDING_MODES


def _has_act_as_topic(token: Token, lexicon: TriggerLexicon) -> bool:
    """'talk of a ceasefire', 'talk of war': a noun of discourse in the singular whose "of" phrase
    names another act speaks about that act; it names no participant, so it is no sign of the
    event sense ("the delivery of aid" delivers the aid)."""
    if token.lemma_.lower() not in lexicon.discourse_nouns or token.tag_ != "NN":
        return False
    topic = _prep_object(token, frozenset({"of"}))
    return topic is not None and topic.lemma_.lower() in lexicon.nouns


def _names_a_liberty(token: Token, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """'freedom of speech', 'press freedom': a noun of release that names a right, not someone freed.

    Its "of" phrase or noun modifier says whose freedom it is only when that is people ("the
    freedom of the hostages", "Palestinian prisoners' freedom" by its possessor).
    """
    if token.lemma_.lower() not in lexicon.liberty_nouns:
        return False
    holders = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]
    holders += [c for c in token.children if c.dep_ in {"compound", "nmod", "amod"}]
    return any(not _names_people(h, actors) for h in holders)


def _names_people(token: Token, actors: ActorLexicon) -> bool:
    """A name, demonym, personal pronoun or a noun the actor lexicon places: who can be freed."""
    named = token.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or token.pos_ == "PRON"
    return named or _actor(token, actors) is not None


def _takes_place(token: Token, lexicon: TriggerLexicon) -> bool:
    """'Protests erupted in the capital', 'fighting was reported near Bakhmut': the noun is an act
    taking place, so it is an event mention even with no participant of its own. Only the nouns
    whose bare use is that act (``occurrence_verbs`` in the lexicon), and not under a negated verb."""
    return token.lemma_.lower() in lexicon.occurrence_nouns and _occurs_by(token, lexicon)


def _occurs_by(token: Token, lexicon: TriggerLexicon) -> bool:
    """The noun is the subject of a verb of occurrence ("a clash occurred", "talks took place",
    "fighting was reported"), which is not negated and has no clause of its own."""
    verb = token.head
    if (token.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB"
            or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)):
        return False  # "agreements continue to be violated": the noun is the subject of another verb
    if is_negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False  # "protests did not erupt", "no protests were reported"
    lemmas = verb_lemmas(verb)  # "raged" is lemmatised "rag"
    if token.dep_ == "nsubjpass":
        return bool(lexicon.occurrence_passives.intersection(lemmas))
    particle = next((lexicon.occurrence_particles[m] for m in lemmas if m in lexicon.occurrence_particles), None)
    if particle is not None:
        return any(c.lower_ == particle and c.dep_ in {"prt", "dobj", "advmod"} for c in verb.children)
    return bool(lexicon.occurrence_verbs.intersection(lemmas))


def _is_mistagged_verb(token: Token) -> bool:
    """'a figure Israel disputes': a clause head with its own subject is a verb whatever its tag."""
    return token.pos_ == "NOUN" and token.dep_ in {"relcl", "ccomp", "advcl"} and _child(token, "nsubj") is not None


def _is_mistagged_noun(token: Token) -> bool:
    """'its fisheries dispute with ...': a bare base-form verb right after a noun is a noun compound's head,
    and one that modifies a noun ("Aid groups") is a noun.

    English has no base-form or present verb without a subject, "to", a modal or a coordinated
    verb to share them; after a noun it is the head of a compound the tagger misread.
    """
    if token.tag_ not in {"VB", "VBP"}:
        return False
    if token.dep_ == "compound":
        return True  # "Aid groups estimate ...": a capital first word the tagger read as a verb
    if token.i == 0:
        return False
    if token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        return True  # "ending the fisheries dispute": it fills a noun's place
    if token.dep_ in {"xcomp", "conj", "ROOT"} or token.doc[token.i - 1].pos_ != "NOUN":
        return False
    return not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in token.children)


def _is_adjectival(token: Token) -> bool:
    """'the besieged town', 'a disputed border', 'Syrian-backed militia', 'surrendering soldiers': an
    adjectival participle names a state."""
    before_noun = token.head.pos_ in {"NOUN", "PROPN"} and token.i < token.head.i
    return (token.dep_ in {"amod", "compound"} and token.tag_ in {"VBN", "VBD", "JJ"}) or (
        token.dep_ == "amod" and token.tag_ == "VBG" and before_noun
        and denied_gerund_read_as_modifier(token) is None)  # "denied supplying drones": an act


def _names_something_else(token: Token) -> bool:
    """'calling them an occupying army': "call" with a predicate complement names, it does not phone."""
    if token.lemma_.lower() != "call":
        return False
    children = list(token.children)
    if _prep_object(token, frozenset({"for"})) is not None or (
        _prep_object(token, frozenset({"on", "upon"})) is not None and any(c.dep_ == "xcomp" for c in children)
    ):
        return False  # "called for prisoners to be released", "called on Israel to withdraw": a demand
    return any(c.dep_ in {"oprd", "ccomp", "xcomp", "attr"} for c in children)


def _captive_mover(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The captives who move in "hostages crossed into Egypt", "buses carrying 39 detainees left Ofer prison".

    A motion verb whose mover is a captive reports their release in the usual case.
    """
    subject = _child(token, "nsubj")
    if subject is None:
        return None
    if subject.lemma_.lower() in lexicon.captive_nouns:
        return subject
    carrier = next((c for c in subject.children
                    if c.dep_ == "acl" and c.lemma_.lower() in lexicon.carrying_verbs), None)
    carried = _child(carrier, "dobj") if carrier is not None else None
    if carried is not None and carried.lemma_.lower() in lexicon.captive_nouns:
        return carried
    return None


def _is_nominalised(token: Token) -> bool:
    """'evacuated the wounded': a participle with a determiner and no clause of its own names people."""
    return token.tag_ == "VBN" and any(c.dep_ == "det" for c in token.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent"} for c in token.children
    )


def _moved_thing(token: Token) -> Token | None:
    """What a transfer moves: its object, passive subject, or the noun it qualifies ("a letter handed over")."""
    theme = _child(token, "dobj", "nsubjpass")
    if theme is not None and theme.tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
        theme = token.head  # "a helicopter that was captured": the pronoun stands for the noun
    if (theme is not None and theme.i + 2 < len(theme.doc) and theme.nbor(1).text == "-"
            and not theme.whitespace_ and not theme.nbor(1).whitespace_):
        theme = theme.nbor(2)  # "an e - mail": the tokenizer split the word; its last piece names it
    relative_subject = any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in token.children)
    if theme is None and ((token.dep_ in {"acl", "relcl"} and token.tag_ == "VBN")
                          or (token.dep_ == "relcl" and token.head.pos_ == "NOUN" and not relative_subject)):
        theme = token.head  # "a letter handed over", "the tweets he sent out"; not "a tie which ended 2-2"
    if theme is not None and theme.lower_ in {"tons", "tonnes", "kg", "kilograms", "pounds", "litres", "liters"}:
        measured = _child(theme, "prep")  # "700 kg of medicine": the medicine is moved
        theme = _child(measured, "pobj") if measured is not None and measured.lower_ == "of" else theme
    return theme


def _is_emissary(theme: Token, lexicon: TriggerLexicon) -> bool:
    """'sent an envoy', 'an inspector sent by the UN', 'sent him': a person sent on an errand is no aid.

    PLOVER 2.0 AID is material aid or protection; a named person, a pronoun or an errand noun
    (envoy, inspector, expert) is sent for talks or inquiries, which are events of their own.
    """
    if theme.ent_type_ == "PERSON" or theme.lower_ in {"him", "her", "them", "me", "us"}:
        return True
    if theme.lemma_.lower() in {"team", "group", "delegation", "mission"}:
        member = _prep_object(theme, frozenset({"of"}))  # "a team of inspectors", "a team of doctors"
        if member is not None:
            theme = member
    return theme.lemma_.lower() in lexicon.emissaries


def _by_what_moves(trigger: Trigger, lexicon: TriggerLexicon) -> Trigger | None:
    """A transfer's sense from what it moves: goods are AID, documents no event, people evacuated are aided.

    "handed over 700 kg of medicine" is aid, not a release; "a letter handed over to the UN" is a
    message; "helicopters evacuated the wounded" rescue people, while "evacuate 21 settlements" withdraws.
    """
    token = trigger.token
    lemmas = set(verb_lemmas(token))
    theme = _moved_thing(token)
    if theme is None:
        return trigger
    what = theme.lemma_.lower()
    written = what in lexicon.documents or theme.lower_ in lexicon.documents  # the lemma of "data" is "datum"
    if written and trigger.type in {"AID", "RETREAT"}:
        return None
    if trigger.type == "AID" and not lemmas & lexicon.recipient_object_verbs and _is_emissary(theme, lexicon):
        return None  # after "provide", "grant" a person object receives ("provides him with bodyguards")
    if lemmas & lexicon.transfer_verbs and trigger.mode == "release" and what in lexicon.goods:
        return Trigger(token, "AID", None, nominal=False)
    if lemmas & lexicon.evacuation_verbs and (
        _is_nominalised(theme) or normalise_tokens([theme], load_actor_lexicon())[1] == "CVL"
    ):
        return Trigger(token, "AID", None, nominal=False)
    return trigger


#: Words that count, hold or share what their "of" phrase names: "hundreds of soldiers", "a group of
#: tourists", "a cache of weapons", "500 kilograms of cocaine", "30 percent of the city", "a barrage
#: of missiles".
_COUNT_WORDS = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score", "scores",
    "tens", "number", "group", "handful", "batch", "boatload", "busload", "truckload", "cache", "stockpile",
    "haul", "quantity", "amount", "load", "round", "rounds", "crate", "crates", "box", "boxes", "bag", "bags",
    "barrel", "barrels", "piece", "pieces", "kilogram", "kilograms", "kilo", "kilos", "kg", "gram", "grams",
    "ton", "tons", "tonne", "tonnes", "pound", "pounds", "litre", "litres", "liter", "liters",
    "percent", "%", "share", "part", "portion", "half", "third", "quarter", "majority",
    "barrage", "salvo", "volley", "wave", "swarm", "hail",
})


def _by_what_is_taken(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """'captured two soldiers' abducts; 'captured Goma' and 'seized power' take ground (ASSAULT, no mode);
    'seized a helicopter' confiscates (COERCE seize). See ``taking`` in the lexicon.

    With nothing taken named, or a name of unknown kind, the abduction the lexicon gives stays.
    """
    if trigger is None or trigger.mode != "abduct" or trigger.token.lemma_.lower() not in lexicon.taking_lemmas:
        return trigger
    token = trigger.token
    taken = _nominal_theme(token) if trigger.nominal else _moved_thing(token)
    kind = _kind_taken(taken, lexicon) if taken is not None else None
    if kind == "conveyance":
        kind = "thing" if _doer_sector(token, lexicon) in _STATE_SECTORS else None  # "Houthis seized a ship": a hijack
    if kind == "ground":
        return replace(trigger, type="ASSAULT", mode=None)
    if kind == "thing":
        return replace(trigger, type="COERCE", mode="seize")
    if taken is not None and _detained_by_state(token, taken, lexicon):
        return replace(trigger, type="COERCE", mode="arrest")  # "police captured a top cartel leader"
    return trigger


def _detained_by_state(token: Token, taken: Token, lexicon: TriggerLexicon) -> bool:
    """People a state's forces capture are detained (COERCE arrest), as an arrest is; enemy soldiers
    so taken stay captured in war, and anything not known as people keeps the lexicon's reading."""
    if _doer_sector(token, lexicon) not in _STATE_SECTORS:
        return False
    people = actor_for(_counted(taken), with_conjuncts=False)
    return people.sector is not None and people.sector != "MIL"  # "captured a former police chief": detained


def _ground_taken_over(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The ground in 'took control of the town', 'gained control over Kamanyola', 'took over the
    airport': fighting for territory, as a capture of ground is. 'Took control of the Senate' or
    'took over the company' takes no ground, so gives None (``control_verbs`` in the lexicon)."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.control_verbs or token.pos_ != "VERB":
        return None
    obj = _child(token, "dobj")
    if obj is not None and obj.lemma_.lower() in lexicon.control_nouns:
        taken = _prep_object(obj, _CONTROLLED_PREPS) or _prep_object(token, _CONTROLLED_PREPS)
    elif _takes_over(token, lexicon):
        taken = obj
    else:
        return None
    if taken is None or _counted(taken).lemma_.lower() in lexicon.abstract_ground:
        return None  # "took over power in 1986": an office, not ground
    return taken if _kind_taken(taken, lexicon) == "ground" else None


#: Prepositions naming what a party controls: "control of the town", "control over the border crossing".
_CONTROLLED_PREPS = frozenset({"of", "over"})


def _nominal_theme(token: Token) -> Token | None:
    """What a noun act is done to: its "of" phrase ("the seizure of 500 kg of cocaine"), else a noun
    compounded with it ("a record cocaine seizure")."""
    return _prep_object(token, frozenset({"of"})) or next(
        (c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD"})


def _counted(token: Token) -> Token:
    """The people or things a count or measure word stands for: "hundreds of thousands of people" -> "people";
    "more than a tonne of fentanyl" -> "fentanyl", the parser making "more" the object."""
    if token.lower_ in {"more", "less", "fewer"}:
        token = _prep_object(token, frozenset({"than"})) or token
    while token.pos_ == "NUM" or token.lower_ in _COUNT_WORDS:
        counted = _prep_object(token, frozenset({"of"}))
        if counted is None:
            break
        token = counted
    return token


def _doer(token: Token) -> Token | None:
    """Who did what a verb or noun says, as the parse shows it before pronouns are resolved.

    A noun's possessor or "by" phrase ("Iran's seizure of the tanker"); a verb's subject, shared with
    its first conjunct ("intercepted and seized") or its governing verb ("continued to block"); the
    "by" agent of a passive; the noun a relative clause qualifies ("the navy, which seized ...");
    the reporter for a pronoun in what they report ("the Guards said they seized ...").
    """
    if token.pos_ in {"NOUN", "PROPN"}:
        return _child(token, "poss") or _prep_object(token, frozenset({"by"}))
    doer = _subject(token)
    if doer is None and token.dep_ == "xcomp":
        doer = _subject(token.head)
    if doer is None:
        doer = _prep_object(token, frozenset({"by"}))  # the passive's agent
    if doer is not None:
        doer = resolve_relative(doer, token)
    if doer is not None and doer.tag_ == "PRP" and token.dep_ == "ccomp":
        reporter = _subject(token.head)
        doer = reporter if reporter is not None and reporter.tag_ != "PRP" else doer
    if doer is None or doer.tag_ in {"PRP", "WP", "WDT"}:
        return None
    return _counted(doer)


def _doer_sector(token: Token, lexicon: TriggerLexicon) -> str | None:
    """The sector of :func:`_doer`. Men described as armed or masked are an armed group; supporters,
    activists and a bare crowd count ("thousands", by the actor lexicon) are civilians (see ``blocking``
    in the lexicon)."""
    doer = _doer(token)
    if doer is None:
        return None
    sector = actor_for(doer, with_conjuncts=False).sector
    if sector in {None, "CVL"} and any(c.lemma_.lower() in lexicon.armed_modifiers for c in doer.children):
        return "REB"
    if sector is None and doer.lemma_.lower() in lexicon.civil_collectives:
        return "CVL"
    return sector


def _blocking(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """'Farmers blocked roads' is a protest (PROTEST obstruct); 'troops blocked the crossing' restricts
    movement (COERCE restrict); 'blocked aid trucks' withholds aid (COERCE withhold); a state blocking
    trade sanctions (SANCTION), blocking websites censors (COERCE censor). A bill or a view blocked, or a
    blocker that is no actor (a landslide), gives no event. See ``blocking`` in the lexicon."""
    blocked = _moved_thing(token)
    sector = _doer_sector(token, lexicon)
    if blocked is None or sector is None:
        return None
    protest = sector in lexicon.protesting_sectors
    state = sector in _STATE_SECTORS
    armed_or_state = state or sector == "REB"

    def act(type_: EventType, mode: str | None) -> Trigger:
        return Trigger(token, type_, mode, nominal=False)

    route = act("PROTEST", "obstruct") if protest else act("COERCE", "restrict")
    if blocked.lemma_.lower() == "access":  # "blocked access to parliament / to news websites"
        reached = _prep_object(blocked, frozenset({"to"}))
        if reached is not None and _noun_forms(_counted(reached)) & lexicon.blocked_media:
            return act("COERCE", "censor") if state else None
        return route
    words = _noun_forms(_counted(blocked))
    if words & lexicon.blocked_media:
        return act("COERCE", "censor") if state else None
    if words & lexicon.blocked_trade:
        return act("PROTEST", "obstruct") if protest else act("SANCTION", None) if state else None
    if words & lexicon.blocked_goods:  # a firm holding back its own shipment is no event
        return act("PROTEST", "obstruct") if protest else act("COERCE", "withhold") if armed_or_state else None
    if words & lexicon.blocked_routes or words & load_place_lexicon().heads:
        return route
    return None


def _alert(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """'put its troops on high alert', 'police remained on alert': armed forces or police raise their
    alert status (MOBILIZE troops / police); anyone else on alert mobilises nothing."""
    prep = token.head
    if token.lemma_.lower() not in lexicon.alert_nouns or prep.lower_ != "on" or token.dep_ != "pobj":
        return None
    governor = prep.head
    alerted = governor if governor.pos_ in {"NOUN", "PROPN"} else (
        _child(governor, "dobj") or _child(governor, "nsubj", "nsubjpass"))
    if alerted is None:
        return None
    if "police" in _noun_forms(alerted):
        mode = "police"
    elif normalise_tokens(phrase_tokens(alerted), load_actor_lexicon())[1] == "MIL":
        mode = "troops"
    else:
        return None
    if governor.pos_ in {"VERB", "AUX"}:  # the parties are the verb's: "the army put its troops on alert"
        return Trigger(token, "MOBILIZE", mode, nominal=False, act=governor)
    return Trigger(token, "MOBILIZE", mode, nominal=True)


def _kind_taken(taken: Token, lexicon: TriggerLexicon) -> str | None:
    """``ground``, ``thing``, ``conveyance`` or None (people, or not known): what a capture or seizure took.

    Conjoined objects count together: people or anything unknown among them keep the abduction
    ("seized the ship and its crew"); else ground wins ("the town and dozens of tanks"), then
    vehicles ("two trucks and six revolvers": who took them decides).
    """
    taken = _counted(taken)  # "hundreds of soldiers", "a cache of weapons"
    kinds = {_kind_of_one(_counted(t), lexicon) for t in [taken, *taken.conjuncts]}
    for kind in (None, "ground", "conveyance", "thing"):
        if kind in kinds:
            return kind
    return None


def _kind_of_one(taken: Token, lexicon: TriggerLexicon) -> str | None:
    """Ground or a thing for one taken noun; None for people and for nouns no list names."""
    lemma = taken.lemma_.lower()
    places = load_place_lexicon()
    words = _noun_forms(taken)  # "bases" is lemmatised "basis"
    if (taken.ent_type_ in {"GPE", "LOC", "FAC"} or words & lexicon.territory_nouns or words & places.heads
            or _is_town_name(taken, places)):
        return "ground"
    if taken.pos_ == "NOUN" and lemma in lexicon.taken_things:
        return "thing"
    if taken.pos_ == "NOUN" and words & lexicon.conveyances:
        return "conveyance"
    return None  # people, or unknown: the abduction stays


def _is_town_name(token: Token, places: PlaceLexicon) -> bool:
    """A name the gazetteer holds whole, whatever entity label the model gave it: "captured Goma" is
    tagged a person, "the capture of Bakhmut" an organisation. A name that is part of a longer
    person's name in the document ("Ahmed Hassan ... captured Hassan") is that person."""
    if token.pos_ != "PROPN":
        return False
    entity = entity_of(token)
    name = _fold(entity.text if entity is not None else token.text)
    if name not in places.names and name not in _place_countries():
        return False
    return not any(len(e) > 1 and token.lower_ in {t.lower_ for t in e} for e in token.doc.ents
                   if e.label_ == "PERSON" and _fold(e.text) != name)  # "Wad Medani" tagged a person is the town


def _are_police(forces: Token) -> bool:
    """'riot police', 'police officers': police are the head, or name a state body's members; not
    "police dogs", nor the second of "troops and police"."""
    if "police" in _noun_forms(forces):
        return True
    members = actor_for(forces, with_conjuncts=False).sector is not None  # people: "police forces", not dogs
    return members and any("police" in _noun_forms(t) for t in forces.lefts)


def _deployed_forces(trigger: Trigger) -> Token | None:
    """The forces a deployment moves: "deployed troops", "deployment of NATO troops", "troops arrived"."""
    token = trigger.token
    if trigger.nominal:
        return _prep_object(token, frozenset({"of"}))
    return _child(token, "dobj", "nsubjpass") or _child(token, "nsubj")


def _protesters_gather(verb: Token, lexicon: TriggerLexicon) -> bool:
    """"Thousands of protesters gathered outside parliament": those gathering are named as protesters."""
    subject = _child(verb, "nsubj")
    if subject is None:
        return False
    gathered = _counted(subject)
    protesters = lexicon.assembly_protesters
    return gathered.lemma_.lower() in protesters or gathered.lower_.rstrip("s") in protesters


def _moved_by_armed(verb: Token) -> bool:
    """The verb's subject is an armed party ("troops", "rebels"), who advance rather than march in protest."""
    subject = _child(verb, "nsubj")
    return subject is not None and _is_armed(resolve_relative(subject, verb))


def _arrival(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """'Troops arrived in Sierra Leone': armed forces arriving somewhere are deployed there."""
    subject = _child(token, "nsubj")
    if subject is None:
        return None
    military = normalise_tokens(phrase_tokens(subject), load_actor_lexicon())[1] == "MIL"
    if not military and not any(t.lower_ in lexicon.peacekeeping for t in subject.subtree):
        return None
    return Trigger(token, "MOBILIZE", "troops", nominal=False)


def _as_peacekeeping(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """Peacekeepers deployed or arriving give protection: AID, not a show of force (CAMEO 074).
    Police deployed are a mobilisation of PLOVER's own police mode, not of troops."""
    if trigger is None or trigger.type != "MOBILIZE":
        return trigger
    forces = _deployed_forces(trigger)
    if forces is not None and any(t.lower_ in lexicon.peacekeeping for t in forces.subtree):
        return Trigger(trigger.token, "AID", None, nominal=trigger.nominal)
    police = forces is not None and _are_police(forces)
    if police and trigger.mode == "troops":
        return replace(trigger, mode="police")  # "deployed 1,000 police officers": PLOVER's police mode
    return trigger


#: What a verb of ``complement_required`` needs to be its event: "declined the offer", "declined
#: to comment", "the offer was declined", "the bridge blew up".
_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass", "auxpass", "prt"})


def _done_by_a_party(verb: Token) -> bool:
    """The verb's subject (or the one it inherits in "agreed to ease") is a party the actor lexicon
    knows, or a pronoun or name that may stand for one; with no subject at all, the party is unsaid."""
    subject = _subject(verb)
    if subject is None and verb.dep_ == "xcomp":
        subject = _subject(verb.head)
    if subject is None or subject.pos_ in {"PRON", "PROPN"}:
        return True
    return _actor(subject, load_actor_lexicon()) is not None


def _wrong_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """'we recall that ...', 'signed a bill', 'sign up', 'beat Cruz in the caucuses': the verb's object,
    particle or prepositional phrase shows a sense that is no event; 'prices declined' has none of
    the complements its event needs (``complement_required``: a party may leave it out, 'Hamas declined')."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.complement_required and token.pos_ == "VERB":
        if any(c.dep_ in _COMPLEMENTS for c in token.children):
            return False
        subject = _child(token, "nsubj")  # "Israel offered a truce, but Hamas declined": what is left out
        elided = (subject is not None and _is_placed_party(subject) and not _child(subject, "poss")
                  and not any(c.dep_ in {"prep", "advmod"} for c in token.children))  # not "declined in the polls"
        return not elided
    if lemma not in lexicon.object_requires and lemma not in lexicon.object_excludes:
        return False
    theme = _moved_thing(token)
    what = _counted(theme).lemma_.lower() if theme is not None else None  # "40 percent of the vote"
    if lemma in lexicon.object_requires:
        if _halted_attack(token, lexicon) is not None:
            return False  # "ended its offensive": a halting verb's attack makes the ceasefire
        if lemma in lexicon.party_required and not _done_by_a_party(token):
            return True  # "the drought reduced food supplies", "lower prices eased the rules": no party acts
        held = _prep_object(theme, frozenset({"in", "of"})) if theme is not None else None
        wanted = lexicon.object_requires[lemma]  # "froze 6.3 billion euros in funds": what the sum is
        return what not in wanted and (held is None or held.lemma_.lower() not in wanted)
    excluded = lexicon.object_excludes[lemma]
    if lemma in lexicon.attack_at_lemmas and _prep_object(token, frozenset({"at", "on"})) is not None:
        return False  # "fired up at the helicopter", "fired on workers": aimed at what it strikes
    for child in token.children:
        if child.dep_ in {"prt", "advmod"} and child.lower_ in excluded:
            return True  # "backed out", "rammed home the point"
        if child.dep_ == "prep" and child.lower_ in excluded and theme is None:
            return True  # "the agreement provides for disarmament": stipulates, gives nothing
        if child.dep_ == "prep" and child.lower_ in {"in", "by", "into", "to", "on"} and any(
                o.lemma_.lower() in excluded for o in child.children if o.dep_ == "pobj"):
            if lemma in lexicon.taking_lemmas and _really_taken(theme, lexicon):
                continue  # "seized ballot boxes in the vote", "soldiers were captured on camera"
            return True  # "beat Cruz in the caucuses", "signed into law", "admitted to hospital", "captured on video"
    if what in lexicon.party_flows.get(lemma, frozenset()) and _toward_a_party(token, theme):
        return False  # "Israel cut the subsidy to the Palestinian Authority", "suspended trade with Turkey"
    return what in excluded or _is_causative(token, theme)


def _toward_a_party(token: Token, theme: Token | None) -> bool:
    """A "to"/"with" phrase of the verb or its object naming a country, a people or an organisation."""
    holders = [token] if theme is None else [token, theme]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.ent_type_ in {"GPE", "NORP", "ORG"} or _is_party(obj, load_actor_lexicon()):
                return True
    return False


def _really_taken(theme: Token | None, lexicon: TriggerLexicon) -> bool:
    """What a capture or seizure takes is a person, a party or a thing, whatever the setting says:
    ground or power "captured in the primary" is an election won, people "captured on camera" are
    still captives."""
    if theme is None:
        return False
    if theme.tag_ == "PRP" or _kind_taken(theme, lexicon) in {"thing", "conveyance"}:
        return True
    counted = _counted(theme)
    return counted.ent_type_ != "GPE" and _is_party(counted, load_actor_lexicon())  # ground is no party here


def _is_causative(token: Token, theme: Token | None) -> bool:
    """'fighting sent thousands of residents fleeing', 'the blast sent debris flying': "send" with a
    participle says what it made its object do, and moves nothing to anyone."""
    if token.lemma_.lower() != "send":
        return False
    moved = [theme] if theme is not None else []
    moved += [o for t in moved for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    causative = load_trigger_lexicon().causative_participles
    return any(c.tag_ == "VBG" and c.dep_ in {"acl", "advcl", "xcomp", "oprd", "ccomp"}
               and c.lemma_.lower() in causative for t in [token, *moved] for c in t.children)


def _is_attempt_verb(token: Token) -> bool:
    """'sought to calm the situation': "seek" with an infinitive and no object is its subject's own
    attempt, no request of anyone ("sought the release of", "sought to obtain arms from Iran" stay
    demands; "sought to win back land from Russia" is no request). The act tried, if it is an
    event, carries the attempt as its status."""
    cues = load_status_cues()
    children = list(token.children)
    tried = next((c for c in children if c.dep_ == "xcomp"), None)
    if token.lemma_.lower() not in cues.attempts or tried is None:
        return False
    asked = tried.lemma_.lower() in cues.obtaining and _actor(_prep_object(tried, frozenset({"from"})),
                                                              load_actor_lexicon()) is not None
    return not asked and not any(c.dep_ in {"dobj", "dative"} for c in children)


def _done_with_force(token: Token, lexicon: TriggerLexicon) -> bool:
    """Whether a verb of ``forceful_senses`` is done with force.

    A means named ("with guided missiles", "with sanctions") decides by whether it is a weapon. A
    doer decides next: a weapon or an attack ("Russian missiles targeted Kyiv", "was targeted by a
    drone") is force; an armed doer is force only against a party, premises or a place, and not in
    a setting of words or policy ("the army targeted recruitment", "Hezbollah targeted voters in
    its campaign"); any other doer ("the sanctions target Hezbollah", "police targeted cartels in a
    crackdown") is not. With no doer, an armed party as the object shows force.
    """
    struck = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    means = [o for head in (token, *struck) for p in head.children if p.dep_ == "prep" and p.lower_ in {"with", "using"}
             for o in p.children if o.dep_ == "pobj"]  # the parser may hang "with missiles" on the object
    if means:
        return any(_is_weapon_or_attack(m, lexicon) or any(_is_weapon_or_attack(c, lexicon) for c in m.lefts)
                   for m in means)
    doers = [resolve_relative(d, token) for d in (_child(token, "nsubj"), agent_of(token)) if d is not None]
    if not doers and token.dep_ == "xcomp" and (controller := _subject(token.head)) is not None:
        doers = [controller]  # "the army denied targeting civilians": the army would have done it
    chain = governors(token)
    if not doers and chain and (controller := _gerund_controller(chain[0])) is not None:
        doers = [controller]  # "accused Moscow of targeting civilian infrastructure": Moscow would have
    if any(_is_weapon_or_attack(d, lexicon) for d in doers):
        return True
    if doers:
        # an armed party, or a state named as itself, striking a party, premises or a place
        forceful = any(_is_armed(d) or _is_state_itself(d) for d in doers)
        return forceful and any(_is_placed_party(o) for o in struck) and not _in_a_setting_of_words(token, lexicon)
    return any(_is_armed(o) for o in struck)


def _is_state_itself(token: Token) -> bool:
    """A state named by its own name or capital acting ("Moscow", "Russia"), not one of its bodies."""
    return token.pos_ == "PROPN" and token.ent_type_ == "GPE" and normalise_tokens(
        phrase_tokens(token), load_actor_lexicon()) == (normalise_tokens([token], load_actor_lexicon())[0], "GOV")


def _is_weapon_or_attack(word: Token, lexicon: TriggerLexicon) -> bool:
    """A weapon ("missiles", "drone") or an attack noun ("strikes"), not an unqualified one ("the campaign")."""
    weapons = lexicon.mode_modifiers.get("ASSAULT", {})
    hit = _noun_trigger(word, lexicon) if word.pos_ in {"NOUN", "PROPN"} else None
    attack = hit is not None and hit[0] == "ASSAULT" and not _unqualified(word, lexicon)
    return bool(_noun_forms(word) & set(weapons)) or attack


def _is_placed_party(word: Token) -> bool:
    """A party, premises, a place or a craft by the head word itself: "Hamas positions", "the village",
    "Kyiv", "ships"; not "recruitment", "a 10 percent increase", "the army's morale"."""
    actors = load_actor_lexicon()
    lemma = word.lemma_.lower()
    return (word.pos_ in {"PROPN", "PRON"} or word.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
            or (lemma,) in actors.roles or (word.lower_,) in actors.roles or names_premises(word, actors)
            or bool(_noun_forms(word) & load_trigger_lexicon().conveyances))


#: Settings in which an armed party targets someone with words or policy, not force.
_POLICY_SETTINGS = frozenset({"crackdown", "campaign", "election", "investigation", "probe", "drive", "appeal"})


def _in_a_setting_of_words(token: Token, lexicon: TriggerLexicon) -> bool:
    """'targeted voters in its election campaign', 'targeted the army in a speech', 'targeted its
    advertising at students': a setting of words or policy, or aiming something at someone."""
    settings = lexicon.speech_settings | _POLICY_SETTINGS
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ == "at":
            return True
        if prep.lower_ in {"in", "during", "through"} and any(
                o.lemma_.lower() in settings for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


def is_cyber_attack(token: Token) -> bool:
    """'Hackers attacked the websites of several banks': an attack on computers, a deed that states
    nothing (the attribution stage leaves it out)."""
    return _is_cyber_attack(token, load_trigger_lexicon())


def _is_cyber_attack(token: Token, lexicon: TriggerLexicon) -> bool:
    """An attack by hackers or on computers ("hackers attacked the websites", "targeted the computer
    networks"): ``cyber_attacks`` in the lexicon."""
    if token.lemma_.lower() not in lexicon.cyber_verbs:
        return False
    doers = [d for d in (_child(token, "nsubj"), agent_of(token)) if d is not None]
    if any(_noun_forms(d) & lexicon.cyber_doers for d in doers):
        return True
    for struck in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}):
        words = [struck, *(c for c in struck.children if c.dep_ == "compound")]
        if any(_noun_forms(w) & lexicon.cyber_objects for w in words):
            return True
    return False


def _expulsion(token: Token, lexicon: TriggerLexicon) -> tuple[bool, Token | None]:
    """Whether the verb expels diplomats without saying "expel", and the envoy expelled
    (``expulsions`` in the lexicon): "ordered the French ambassador to leave", "gave the
    ambassador 48 hours to leave", "declared two diplomats persona non grata"."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.expulsion_directives:
        envoy = next((c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"}
                      and (c.lemma_.lower() in lexicon.envoys or _foreign_forces(c, token, lexicon))), None)
        # the parser may hang "to leave" on the envoy or on the time given as a relative clause ("the
        # UN mission to leave", "gave French forces a month to leave")
        clauses = [c for c in token.children if c.dep_ in {"xcomp", "advcl", "ccomp"}]
        clauses += [g for c in token.children if c.dep_ in {"dobj", "dative", "npadvmod"}
                    for g in c.children if g.dep_ in {"acl", "relcl"}]
        leaves = any(c.lemma_.lower() in lexicon.expulsion_departures and any(a.lower_ == "to" for a in c.children)
                     for c in clauses)
        return (leaves and envoy is not None), envoy
    if lemma == "declare" and lexicon.expulsion_idiom:
        after = token.doc[token.i + 1 : sentence_of(token).end].text.lower()
        if lexicon.expulsion_idiom in after:
            envoy = next((t for t in token.subtree if t.i > token.i and t.lemma_.lower() in lexicon.envoys), None)
            return True, envoy
    return False, None


def _foreign_forces(forces: Token, directive: Token, lexicon: TriggerLexicon) -> bool:
    """'ordered French troops to leave', 'told the UN mission to leave': forces of another state or of
    an international body, which the party giving the order expels; its own it merely moves."""
    if forces.lemma_.lower() not in lexicon.foreign_forces or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in forces.children):
        return False
    theirs = actor_for(forces, with_conjuncts=False)
    orderer = _subject(directive)
    ours = actor_for(orderer, with_conjuncts=False).country if orderer is not None else None
    return theirs.sector == "IGO" or (theirs.country is not None and theirs.country != ours)


def _describes_a_place(token: Token, lexicon: TriggerLexicon) -> bool:
    """'a school sheltering displaced families': a participle of aid after a building says what the
    building is used for (``place_uses`` in the lexicon), not an act of its own."""
    return (token.tag_ == "VBG" and token.dep_ == "acl" and token.lemma_.lower() in lexicon.place_uses
            and names_premises(token.head))


def _asks_anonymity(token: Token, lexicon: TriggerLexicon) -> bool:
    """'who asked not to be named', 'requested not to be identified' (``anonymity`` in the lexicon)."""
    return token.lemma_.lower() in lexicon.anonymity_asking and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.anonymity_naming
        and any(g.dep_ == "neg" for g in c.children) and any(g.dep_ == "auxpass" for g in c.children)
        for c in token.children)


def _withholds_words(token: Token, lexicon: TriggerLexicon) -> bool:
    """'declined to comment', 'refused to say how many were killed' (``withheld_words`` in the lexicon)."""
    return token.lemma_.lower() in lexicon.refusals and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.telling for c in token.children)


def _verb_event(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """The trigger a verb gives: a lexicon entry, a captive's motion, or a reported demand."""
    if _is_adjectival(token) or _names_something_else(token) or _is_nominalised(token) or _is_mistagged_noun(token):
        return None
    if _wrong_object(token, lexicon) or _is_attempt_verb(token) or _describes_a_place(token, lexicon):
        return None
    if _withholds_words(token, lexicon) or _asks_anonymity(token, lexicon):
        return None  # "declined to comment", "asked not to be named": terms of speaking, no act toward anyone
    if _is_halted(token, lexicon):
        return None  # "stopped shelling the city": the halting verb gives the ceasefire
    if _purpose_of_rebuke(token, lexicon):
        return None  # "summoned the ambassador to protest against the raid": one rebuke
    if _is_cyber_attack(token, lexicon):
        return Trigger(token, "COERCE", "cyber", nominal=False)  # "hackers attacked the websites"
    if token.lemma_.lower() in lexicon.forceful_senses and not _done_with_force(token, lexicon):
        return None  # "the sanctions target Russian banks"
    expelled, envoy = _expulsion(token, lexicon)
    if expelled:
        return Trigger(token, "SANCTION", "expel", nominal=False, target=envoy)
    ground = _ground_taken_over(token, lexicon)
    if ground is not None:
        return Trigger(token, "ASSAULT", None, nominal=False, target=ground)
    lemma = token.lemma_.lower()
    if lemma in lexicon.assembly_verbs:
        return Trigger(token, "PROTEST", "demo", nominal=False) if _protesters_gather(token, lexicon) else None
    if lemma in lexicon.armed_marches and _moved_by_armed(token) and token.dep_ not in {"relcl", "acl"}:
        # "troops marched into the city"; not "18 Rwandan rebels who entered the country two years ago",
        # which says who the rebels are
        return Trigger(token, "MOBILIZE", "troops", nominal=False)
    if lemma in lexicon.captive_motion_verbs:
        mover = _captive_mover(token, lexicon)
        if mover is not None:
            return Trigger(token, "RETREAT", "release", nominal=False, theme=mover)
        if lemma in lexicon.deployment_motion_verbs:
            return _arrival(token, lexicon)
        if _child(token, "dobj") is None:
            return None  # "when I return from Caracas": a journey, not a release
    if lemma in load_status_cues().report_verbs and any(
        directive_speaker(c) == token for c in token.children if c.dep_ == "ccomp"
    ):
        return Trigger(token, "REQUEST", None, nominal=False)
    if token.pos_ not in {"VERB", "NOUN"}:
        return None
    if lemma in lexicon.assertion_senses and _asserts(token):
        sense = lexicon.assertion_senses[lemma]  # "protested that the vote was rigged": a complaint
        if sense is None:
            return None
        spoken: Status | None = "happened" if _reporting_tail(token) else None  # the speaker's act was done
        return Trigger(token, sense[0], sense[1], nominal=False, status=spoken)
    if lemma in lexicon.blocking_verbs:
        return _blocking(token, lexicon)
    if lemma in lexicon.warning_verbs and _foretells_only(token, lexicon):
        return None
    if lemma in lexicon.projectile_verbs:
        fired = _child(token, "dobj")
        if fired is None and not any(c.dep_ in {"prep", "prt"} and c.lower_ in AIMED_PREPOSITIONS
                                     and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)
                                     for c in token.children):
            fired = _child(token, "nsubjpass")  # "the minister was fired (on Monday)"; not "protesters were fired on"
        if lemma == "fire" and fired is not None and _is_person(fired):
            return None  # "the president fired the army chief": a dismissal
        mode = _projectile_mode(token, lexicon)
        if mode is not None and lemma in lexicon.thrown_by_hand and _is_riot(token, lexicon):
            return Trigger(token, "PROTEST", "riot", nominal=False)  # "protesters threw stones at police"
        if mode is not None and _fired_as_test(token, lexicon):
            return Trigger(token, "MOBILIZE", "weapons", nominal=False)  # "test-fired a ballistic missile"
        if mode == "explosives" and lemma in lexicon.dropped_from_above and _prep_object(token, AIMED_PREPOSITIONS):
            mode = "aerial"  # "dropped barrel bombs on villages"; not "dropped a grenade inside the car"
        if mode is not None:
            return Trigger(token, "ASSAULT", mode, nominal=False)
    if lemma in lexicon.letting_verbs and _lets_goods_in(token, lexicon):
        return Trigger(token, "RETREAT", "access", nominal=False)  # "will allow 200 trucks of aid into Gaza"
    if lemma in lexicon.letting_verbs and _lets_overseers_in(token, lexicon):
        return Trigger(token, "CONCEDE", None, nominal=False)  # "allowed UN inspectors into the sites"
    if lemma in lexicon.means_of_force and (weapon_mode := _mode_of_means(token, lexicon)) is not None:
        return Trigger(token, "ASSAULT", weapon_mode, nominal=False)  # "police responded with tear gas"
    if lemma in lexicon.weapons_tests.test_verbs and _tests_a_weapon(token, lexicon):
        return Trigger(token, "MOBILIZE", "weapons", nominal=False)  # "tested a hypersonic missile"
    if lemma in lexicon.barring_verbs and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return Trigger(token, "COERCE", "restrict", nominal=False)  # "barred women from working"
    if lemma in lexicon.censoring_verbs and _silences_media(token, lexicon):
        return Trigger(token, "COERCE", "censor", nominal=False)  # "suspended the broadcasts of RFI"
    hit = _verb_trigger(token, lexicon)
    if hit is None:
        return None
    handed = _handover_mode(token, hit, lexicon)
    if handed is None or not _yielding_party(token, handed, lexicon) or _charged_a_fee(token, handed, lexicon):
        return None
    hit = handed
    faced = _subject(token) if hit[0] == "ACCUSE" and token.lemma_.lower() in lexicon.facing_verbs else None
    if faced is not None:
        return Trigger(token, hit[0], hit[1], nominal=False, theme=faced)  # "the general faces charges": charged
    return _downed_craft(_by_what_is_taken(_by_what_moves(Trigger(token, hit[0], hit[1], nominal=False), lexicon),
                                           lexicon))


def _silences_media(verb: Token, lexicon: TriggerLexicon) -> bool:
    """The object of a ban or suspension, or its "of" phrase, is a medium ("the broadcasts of RFI",
    "the newspaper", "the broadcaster's licence")."""
    banned = _child(verb, "dobj", "nsubjpass")
    if banned is None:
        return False
    words = [banned, *(c for c in banned.children if c.dep_ in {"compound", "poss"})]
    words += [o for o in [_prep_object(banned, frozenset({"of"}))] if o is not None]
    return any(_noun_forms(w) & lexicon.censored_media for w in words)


def _fired_as_test(verb: Token, lexicon: TriggerLexicon) -> bool:
    """"test-fired", "test-launched": the firing verb carries a test prefix (spaCy splits the hyphen)."""
    prefixes = lexicon.weapons_tests.test_prefixes
    return any(c.lower_ in prefixes and c.i < verb.i for c in verb.children)


def _tests_a_weapon(test: Token, lexicon: TriggerLexicon) -> bool:
    """A verb or noun of testing whose object, compound or modifiers name a weapon: "tested a new
    missile", "a missile test", "a nuclear test"; not "tested positive" or "a stress test"."""
    weapons = lexicon.weapons_tests.tested_weapons
    if test.pos_ == "VERB":
        tested = _child(test, "dobj", "nsubjpass")
        words = [] if tested is None else [tested, *(c for c in tested.children if c.dep_ in {"amod", "compound"})]
    else:
        words = [c for c in test.children if c.dep_ in {"amod", "compound", "nmod"}]
        words += [g for c in test.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(w.lemma_.lower() in weapons or w.lower_ in weapons for w in words)


def _downed_craft(trigger: Trigger | None) -> Trigger | None:
    """'Shot down 31 drones', 'the airliner was shot down': an aircraft or a missile brought down by
    fire from the ground or the air, with a weapon the verb does not name, where "shot" alone or
    "shot him down" is done with a gun (firearms)."""
    if trigger is None or trigger.type != "ASSAULT" or trigger.token.lemma_.lower() != "shoot":
        return trigger
    token = trigger.token
    if not any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"} for c in token.children):
        return trigger
    downed = _child(token, "dobj", "nsubjpass", "npadvmod")  # "shot down 31 of 36 drones": a bare count
    if downed is None:
        return trigger
    craft = _counted(downed).lemma_.lower() in load_trigger_lexicon().aircraft  # "a military helicopter" has a sector
    return trigger if _is_person(downed) and not craft else replace(trigger, mode=None)


def _is_directive(clause: Token) -> bool:
    """A clause that asks for an act: a bare subjunctive ("that Israel withdraw") or "must"/"should"."""
    cues = load_status_cues()
    return (clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children)) or any(
        c.dep_ == "aux" and c.lower_ in cues.directive_modals for c in clause.children)


def _reporting_tail(token: Token) -> bool:
    """'..., a human rights group protested here Wednesday.': the verb closes the sentence as its speaker.

    The speaker phrase follows a comma, and only adverbs, times and punctuation follow the verb.
    """
    sent = sentence_of(token)
    if token.i == sent.root.i or not all(_is_circumstance(t) for t in sent if t.i > token.i):
        return False
    speaker = _child(token, "nsubj") or (token.head if token.dep_ in {"acl", "relcl"} else None)
    if speaker is None:
        return False
    left = min(t.i for t in speaker.subtree if t.i < token.i or t.i == speaker.i)
    return left > sent.start and token.doc[left - 1].text == ","


def _is_circumstance(token: Token) -> bool:
    """An adverb, a time or punctuation: what may follow a speaker's verb ("protested here on Monday")."""
    if token.dep_ in {"advmod", "npadvmod", "punct"} or token.ent_type_ in {"DATE", "TIME"}:
        return True
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def _asserts(token: Token) -> bool:
    """The verb introduces a statement of fact: an indicative that-clause, or it closes the sentence as speaker."""
    clause = _child(token, "ccomp")
    if clause is None and _reporting_tail(token):
        clause = sentence_of(token).root
    return clause is not None and clause.i != token.i and not _is_directive(clause)


def _is_person(token: Token) -> bool:
    """A person or people: a name, a personal pronoun, or a common noun the actor dictionary gives a
    sector ("the army chief", "people"); a weapon the tagger takes for a name ("MACHINEGUNS") is not."""
    if token.ent_type_ == "PERSON" or token.tag_ == "PRP":
        return True
    return token.pos_ == "NOUN" and actor_for(token, with_conjuncts=False).sector is not None


def _projectile_mode(token: Token, lexicon: TriggerLexicon) -> str | None:
    """The ASSAULT mode of what a verb fires, launches or throws ("fired rockets": heavy-weapons,
    "fired tear gas": crowd-control, "launched dozens of drones": drone), or None when its object is
    no weapon. A modifier is read before its noun ("rubber bullets" are crowd control). In the
    passive the projectile is the subject ("more than a dozen rockets were fired")."""
    projectile = _child(token, "dobj", "nsubjpass")
    if projectile is None and _is_reduced_passive(token):
        projectile = token.head  # "a drone launched from Yemen"
    if projectile is None:
        projectile = _child(token, "nsubj")  # "Two rockets fired from Gaza hit ...", parsed as the subject
    if projectile is None:
        return None
    projectile = _counted(projectile)  # "dozens of rockets", "a barrage of missiles"
    opening = capitalised_plural(projectile)  # "Rockets were fired": an opening plural the tagger took for a name
    if (projectile.pos_ != "NOUN" and not opening) or projectile.ent_type_:
        return None  # a name: "launched Black Girls Rock!"
    if opening:
        table = lexicon.mode_modifiers.get("ASSAULT", {})
        return next((table[word] for word in opening if word in table), None)
    return _weapon_mode(projectile, lexicon)


def _weapon_mode(weapon: Token, lexicon: TriggerLexicon) -> str | None:
    """The ASSAULT mode a weapon noun gives, a modifier read before its noun ("rubber bullets" are crowd
    control, "tear gas" too); None for a noun that names no weapon."""
    table = lexicon.mode_modifiers.get("ASSAULT", {})
    for modifier in (c for c in weapon.children if c.dep_ in {"amod", "compound"}):
        mode = table.get(f"{modifier.lower_} {weapon.lemma_.lower()}") or table.get(modifier.lemma_.lower())
        if mode is not None:
            return mode
    return table.get(weapon.lemma_.lower()) or table.get(weapon.lower_)


#: Words of a way in, after a verb of letting or its object: "into Gaza", "through the crossing", "let ... in".
_WAYS_IN = frozenset({"into", "through", "to", "in"})


def _lets_goods_in(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'allow 200 trucks of aid a day into Gaza', 'let aid convoys through': relief goods, named by the
    object, its compound or its "of" phrase, let in by a way into a place (``letting_verbs``)."""
    goods = _child(verb, "dobj")
    if goods is None:
        return False
    words = [goods, *(c for c in goods.children if c.dep_ == "compound")]
    words += [o for p in goods.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    if not any(_noun_forms(w) & lexicon.goods for w in words):
        return False
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in _WAYS_IN
               for head in (verb, goods) for c in head.children)


def _lets_overseers_in(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'allowed UN inspectors into the sites', 'let monitors return to the reactor': a party that admits
    foreign inspectors or monitors yields to outside involvement (CAMEO 086, PLOVER CONCEDE); the
    object names them (``overseers``) and a way in, an access or a further act of theirs follows. The
    one letting them in is a state, or the overseers an international body's: a landlord or the police
    letting investigators into a flat yield to no outside involvement."""
    admitted = _child(verb, "dobj")
    if admitted is None or not _noun_forms(admitted) & lexicon.overseers:
        return False
    actors = load_actor_lexicon()
    subject = _subject(verb)
    if subject is None and verb.dep_ == "xcomp":
        subject = _subject(verb.head)  # "Iran refused to allow inspectors into the plant"
    letting, overseers = _actor(subject, actors), _actor(admitted, actors)
    if letting is None or (letting.country is None and (overseers is None or overseers.sector != "IGO")):
        return False  # "the landlord allowed inspectors in", "police allowed investigators into the flat"
    return any((c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in _WAYS_IN) or c.dep_ in {"ccomp", "xcomp"}
               or (c.dep_ == "dobj" and c.lemma_.lower() == "access")
               for head in (verb, admitted) for c in head.children)


def _handover_mode(verb: Token, hit: TypeMode, lexicon: TriggerLexicon) -> TypeMode | None:
    """'handed over their weapons' disarms, 'handed back three districts' gives up ground: a handover
    (RETREAT release by its phrase entry) takes the mode of what is handed (``handed_arms``: disarm;
    ``handed_ground``: withdraw); captives or bodies handed over stay released. 'hand in' (RETREAT
    disarm by its phrase entry) disarms only with arms handed: 'handed in his resignation', 'handed
    in their homework' are no event of theirs (None)."""
    if hit == ("RETREAT", "disarm") and "hand" in verb_lemmas(verb):
        handed_in = _moved_thing(verb)
        if handed_in is not None and not _noun_forms(_counted(handed_in)) & lexicon.handed_arms:
            return None
        return hit
    if hit != ("RETREAT", "release") or "hand" not in verb_lemmas(verb):
        return hit
    handed = _moved_thing(verb)
    if handed is None:
        return hit
    words = _noun_forms(_counted(handed))
    if words & lexicon.handed_arms:
        return "RETREAT", "disarm"
    if words & lexicon.handed_ground or (handed.ent_type_ == "GPE" and _child(verb, "dative") is None
                                          and _prep_object(verb, frozenset({"to"})) is not None):
        return "RETREAT", "withdraw"  # "handed over Kherson to Ukrainian forces": a town given up
    return hit


#: Set phrases of yielding that are also said of things and of people who yield to no party: "the
#: roof caved in", "firefighters climbed down from the building", "the actors bowed to the audience",
#: "the coach expressed regret at the result". Their subject must be a party.
_YIELDING_PHRASE_VERBS = frozenset({"cave", "climb", "bow", "express"})


def _yielding_party(verb: Token, hit: TypeMode, lexicon: TriggerLexicon) -> bool:
    """A CONCEDE read off one of ``_YIELDING_PHRASE_VERBS`` needs a party as its subject; regret
    expressed at something or that something happened ('expressed regret that the talks had failed')
    is disappointment, not an apology."""
    if hit[0] != "CONCEDE" or verb.lemma_.lower() not in _YIELDING_PHRASE_VERBS:
        return True
    if _actor(_subject(verb), load_actor_lexicon()) is None:
        return False
    if verb.lemma_.lower() == "express":
        regret = _child(verb, "dobj")
        heads = [verb] if regret is None else [verb, regret]
        return not any(c.dep_ in {"ccomp", "acl"} or (c.dep_ == "prep" and c.lower_ == "at")
                       for head in heads for c in head.children)
    return True


def _charged_a_fee(verb: Token, hit: TypeMode, lexicon: TriggerLexicon) -> bool:
    """'faces charges of $3 million', 'the troops faced a charge by cavalry': charges faced that are a
    sum to pay, or a single charge made by a force (an onrush), accuse no one; 'faces charges of war
    crimes' and 'faces a charge of murder' do."""
    if hit[0] != "ACCUSE" or verb.lemma_.lower() not in lexicon.facing_verbs:
        return False
    charge = _child(verb, "dobj")
    if charge is None or charge.lemma_.lower() != "charge":
        return False
    if charge.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "by" for c in charge.children):
        return True  # "faced a charge by cavalry": an onrush, not an accusation ("a charge of murder" is one)
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in charge.subtree)


def _mode_of_means(token: Token, lexicon: TriggerLexicon) -> str | None:
    """The ASSAULT mode of the weapon a verb is done "with" or "using" ("responded with water cannon and
    tear gas": crowd-control), read as a fired projectile is; None when the means is no weapon."""
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]  # the parser may hang it on the object
    for prep in (p for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in {"with", "using"}):
        for means in (o for pobj in prep.children if pobj.dep_ == "pobj" for o in (pobj, *pobj.conjuncts)):
            mode = _weapon_mode(means, lexicon) if means.pos_ == "NOUN" else None
            if mode is not None:
                return mode
    return None


def _is_riot(token: Token, lexicon: TriggerLexicon) -> bool:
    """People without arms throwing at the police, troops or a state building riot ("protesters threw
    stones at police"); thrown at other people ("settlers threw stones at Palestinian cars") it is an
    assault."""
    if _doer_sector(token, lexicon) not in lexicon.protesting_sectors:
        return False
    aimed = _prep_object(token, frozenset({"at"}))
    if aimed is None:
        return True
    bodies = [aimed, *(c for c in aimed.children if c.dep_ == "compound")]  # "the police station"
    return any(actor_for(b, with_conjuncts=False).sector in _STATE_SECTORS for b in bodies)


def _foretells_only(token: Token, lexicon: TriggerLexicon) -> bool:
    """'warned that the party could split', 'warned of the dangers', 'warned residents of flooding': a
    warning of what others or events may do, not a threat (see ``warnings`` in the lexicon)."""
    clause = _child(token, "ccomp")
    if clause is None and _reporting_tail(token):
        clause = sentence_of(token).root
    if clause is not None and clause.i != token.i:
        return not (_is_directive(clause) or _speakers_own_act(clause, token, lexicon))
    addressee = _child(token, "dobj", "dative", "nsubjpass")
    if addressee is not None and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against") for c in token.children):
        return False  # "warned residents to leave", "civilians were warned to leave", "warned China against"
    anchors = [token, addressee] if addressee is not None else [token]  # "warned [residents of flooding]"
    warned_of = [o for a in anchors for p in a.children if p.dep_ == "prep" and p.lower_ in {"of", "about"}
                 for o in p.children if o.dep_ == "pobj"]
    if (addressee is not None and addressee.dep_ != "nsubjpass" and not warned_of
            and (addressee.tag_ == "PRP" or _is_party(addressee, load_actor_lexicon()))):
        return False  # "they warned the embassies": a warning given to someone, of nothing else named
    return not any(o.lemma_.lower() in lexicon.threat_objects for o in warned_of)


def _speakers_own_act(clause: Token, speaker_verb: Token, lexicon: TriggerLexicon) -> bool:
    """The clause says what the speaker will do: "we will take action", "it would close the strait",
    "police will no longer tolerate rallies" (said by a state official: the state's own police), or a
    hostile act with no other doer ("anyone collaborating would be killed")."""
    if not any(c.dep_ == "aux" and c.lower_ in lexicon.future_auxiliaries for c in clause.children):
        return False
    speaker = _subject(speaker_verb)
    me = actor_for(speaker, with_conjuncts=False) if speaker is not None else None
    doer = _child(clause, "nsubj")
    if doer is None:  # "anyone collaborating would be killed": a hostile act with no other doer named
        by = _prep_object(clause, frozenset({"by"}))
        hit = lexicon.verbs.get(clause.lemma_.lower())
        other = by is not None and actor_for(by).country not in {None, me.country if me else None}
        return _child(clause, "nsubjpass") is not None and hit is not None and hit[0] in lexicon.threat_types \
            and not other
    if doer.tag_ == "PRP":  # "it would close the strait"; a firm's "it would miss its targets" is a forecast
        return doer.lower_ != "you" and not (me is not None and me.sector == "BUS")
    if me is None:
        return False
    them = actor_for(doer, with_conjuncts=False)
    if me.country is not None and them.country == me.country:
        return True
    # a state official speaking of "police" or "the army" speaks of their own state's
    official = me.sector in _STATE_SECTORS or (me.sector is None and me.country is not None)
    return them.country is None and them.sector in _STATE_SECTORS and official


def _is_verbal(token: Token, lexicon: TriggerLexicon) -> bool:
    """'withering attacks', 'attacked Rubio in the debate': an attack marked as made in words.

    The speech an attack is made "in" marks it; one made "during" a speech is an assault on its
    audience ("a gunman attacked the candidate during a speech"), and so is any attack by an armed
    party.
    """
    if token.pos_ == "VERB" and _is_armed(_subject(token)):
        return False
    if token.pos_ == "VERB" and not is_upper_sentence(token) and (
            _attacks_in_words(token, lexicon) or _attacked_on_grounds(token, lexicon)
            or _attacked_by_speaker(token, lexicon)):
        return True  # not in upper-case wire text, where the tagger calls any word a name
    if token.pos_ == "NOUN" and not is_upper_sentence(token) and _attack_noun_in_words(token, lexicon):
        return True
    anchors = [token, token.head] if token.dep_ == "dobj" else [token]
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in {"amod", "compound"} and (
                    child.lower_ in lexicon.verbal_adjectives or child.lemma_.lower() in lexicon.verbal_adjectives):
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    o.lemma_.lower() in lexicon.speech_settings for o in child.children if o.dep_ == "pobj"):
                return True
    return False


def _attacked(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """What an attack verb strikes: its object, its passive subject, or for "fire" and "hit" what
    they are aimed "at" ("Bush fired at Trump")."""
    attacked = _child(verb, "dobj", "nsubjpass")
    if attacked is None and verb.lemma_.lower() in lexicon.attack_at_lemmas:
        attacked = _prep_object(verb, frozenset({"at"}))
    return attacked


def _attack_doer(verb: Token) -> Token | None:
    """Who attacks: the active subject (through a relative pronoun), the passive's "by" phrase, or
    the noun a participle describes ("a TV spot attacking Strickland")."""
    doer = _subject(verb)
    if doer is None:
        agent = _child(verb, "agent")
        doer = _child(agent, "pobj") if agent is not None else None
    if doer is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        doer = verb.head
    return resolve_relative(doer, verb) if doer is not None else None


def _named_person(token: Token | None) -> bool:
    """A person named by the tagger, not a place or country it mistook for one."""
    return token is not None and token.ent_type_ == "PERSON" and not (
        _gazetteer_name(token) or _country_name(token))


def _is_text_attacked(token: Token, lexicon: TriggerLexicon) -> bool:
    """A text, a stance or a person's record: what words attack ("the bill", "his record", "the
    questioners")."""
    if token.lower_ in load_actor_lexicon().military_premises:
        return False  # "hit Ukrainian positions", "attacked army posts": premises, not stances
    return _counted(token).lemma_.lower() in lexicon.attacked_texts


def _attacks_in_words(verb: Token, lexicon: TriggerLexicon) -> bool:
    """"attacked the bill", "attacked his record": a text or a stance is attacked in words; so is a
    named person by a named person or a pronoun standing for one ("Trump attacked Clinton", "he
    attacked Cruz relentlessly")."""
    attacked = _attacked(verb, lexicon)
    if attacked is None:
        return False
    if _is_text_attacked(attacked, lexicon):
        return True
    doer = _attack_doer(verb)  # the tagger often calls a surname alone ("Trump") an organisation
    named = doer is not None and (doer.ent_type_ == "PERSON" or (doer.ent_type_ in {"", "ORG"} and doer.pos_ in {
        "PROPN", "NOUN"} and doer.text[:1].isupper()))  # not a state: "Russia would attack Kharkiv"
    personal = doer is not None and doer.tag_ == "PRP" and doer.lower_ not in {"it", "they", "them"}
    if _is_person_attacked_in_words(attacked, lexicon):  # "Trump attacked the media"; not "a man attacked a reporter"
        return _speaks_rather_than_fights(doer, lexicon)
    return (named or personal) and _named_person(attacked)  # an armed doer was ruled out by the caller


def _is_person_attacked_in_words(token: Token, lexicon: TriggerLexicon) -> bool:
    """Rivals, candidates, the press: people politicians attack in words (``people`` in the lexicon)."""
    return _counted(token).lemma_.lower() in lexicon.attacked_people


def _is_speaker_noun(doer: Token | None, lexicon: TriggerLexicon) -> bool:
    """A campaign, an ad or a politician named by its noun or a modifier (``speakers``), unarmed."""
    if doer is None or _is_armed(doer):
        return False
    # a compound names the speaker ("a TV spot", "the Biden campaign"); an adjective only qualifies
    # the doer ("rival clans", "rival factions" fight)
    words = _noun_forms(doer) | {c.lemma_.lower() for c in doer.children if c.dep_ == "compound"}
    return bool(words & lexicon.attack_speakers)


def _speaks_rather_than_fights(doer: Token | None, lexicon: TriggerLexicon) -> bool:
    """A named person, a pronoun for one, or a speaker noun: who lodges or trades attacks in words.
    A state ("Israel and Hezbollah traded attacks", "Russia stepped up its attacks") fights."""
    if doer is None or _is_armed(doer):
        return False
    person = doer.ent_type_ == "PERSON" or (doer.tag_ == "PRP" and doer.lower_ not in {"it", "they", "them", "we"})
    surname = doer.pos_ == "PROPN" and doer.ent_type_ in {"", "ORG"}  # the tagger often calls "Trump" a firm
    return person or surname or _is_speaker_noun(doer, lexicon)


def _attacked_on_grounds(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'attacked Clinton over her emails', 'hitting Strickland for job losses': a person attacked
    for a stated reason is criticised. Force gives no grounds so; a time span ("for hours") is none."""
    attacked = _attacked(verb, lexicon)
    if attacked is None or not (_named_person(attacked) or attacked.tag_ == "PRP"
                                or _is_text_attacked(attacked, lexicon)
                                or _is_person_attacked_in_words(attacked, lexicon)
                                or bool(_noun_forms(attacked) & lexicon.attack_speakers)):
        return False
    doer = _attack_doer(verb)
    if doer is not None and not _speaks_rather_than_fights(doer, lexicon):
        return False  # "police attacked the reporters for filming", "a mob attacked him over a rumour"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.attack_grounds):
        grounds = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
        if any(not _is_time_span(g) for g in grounds):
            return True
    return False


#: Nouns of a span of time, which a "for" phrase measures rather than gives grounds with.
_TIME_SPANS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "while", "time"})


def _attacked_by_speaker(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'the campaign fired back', 'a TV spot attacking Strickland', 'super PAC ads that attack Trump':
    a campaign, an ad or a politician attacks in words (``speakers`` in the lexicon)."""
    attacked = _attacked(verb, lexicon)
    if attacked is not None and (_is_armed(attacked) or names_premises(attacked, load_actor_lexicon())):
        return False  # "government opponents attacked a police station": force
    return _is_speaker_noun(_attack_doer(verb), lexicon)


def _criticised_under_attack(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'Romney came under attack for his comments', 'the law came under fire from Republicans': one
    under attack for a reason, a text under it, or an attack from a speaker (campaigns, parties,
    lawmakers) is criticism; "the convoy came under fire" stays force."""
    under = _under_attack(noun, lexicon)
    if under is None or _is_armed(under):
        return False
    source = _prep_object(noun, frozenset({"from"})) or _prep_object(noun.head.head, frozenset({"from"}))
    from_speaker = source is not None and not _is_armed(source) and (
        bool(_noun_forms(source) & lexicon.attack_speakers) or _named_person(source))
    return _for_a_reason(noun) or _is_text_attacked(under, lexicon) or from_speaker


def _attack_noun_in_words(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'his attacks on Rubio', 'Romney's attacks', 'attacks that Trump lodged against Cruz': an
    attack noun aimed at a named person or a text, made by a named person, or lodged or levelled
    (``lodging_verbs``) is criticism; attacks by or on an armed party stay force."""
    if _criticised_under_attack(noun, lexicon):
        return True
    owner = _child(noun, "poss")
    aimed = _prep_object(noun, frozenset({"on", "against"}))
    if _is_armed(owner) or _is_armed(aimed):
        return False
    if aimed is not None:  # "Putin's attacks on Ukraine's energy grid" are force; "on Rubio" words
        return _named_person(aimed) or _is_text_attacked(aimed, lexicon) or _named_person(_child(aimed, "poss"))
    if _named_person(owner):
        return True
    verbs = [noun.head] if noun.dep_ == "dobj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"]
    return any(v.lemma_.lower() in lexicon.attack_lodging_verbs and _speaks_rather_than_fights(_subject(v), lexicon)
               for v in verbs)


def _as_criticism(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """A verbal attack is criticism (CAMEO 111, PLOVER ACCUSE disapprove), not an ASSAULT."""
    if trigger is None or trigger.type != "ASSAULT" or trigger.token.lemma_.lower() not in lexicon.verbal_attack_lemmas:
        return trigger
    if not _is_verbal(trigger.token, lexicon) or _market_or_sport_subject(trigger.token, lexicon):
        return trigger  # "shares hit a record high": left to ``_is_figurative``, which drops it
    return Trigger(trigger.token, "ACCUSE", "disapprove", nominal=trigger.nominal)


def _market_or_sport_subject(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Shares hit a record high', 'the striker fired a shot': a verb whose subject is a market, a
    work or a player (``figurative`` movers, works, players) strikes no one, in words or otherwise."""
    fig = lexicon.figurative
    subject = _child(verb, "nsubj")
    return subject is not None and subject.ent_type_ not in {"GPE", "NORP", "PERSON"} and (
        subject.lemma_.lower() in fig.movers | fig.works | fig.players)


def _as_walkout(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """'nurses are striking over pay', 'the miners struck for a week': striking people with no one
    struck are on a labour strike (PROTEST strike), not attacking; "jets struck the town" has its target."""
    if trigger is None or trigger.nominal or trigger.type != "ASSAULT":
        return trigger
    token = trigger.token
    if token.lemma_.lower() not in lexicon.labour.nouns or _child(token, "dobj", "nsubjpass") is not None:
        return trigger
    if _prep_object(token, frozenset({"with"})) is not None or _struck_party(token):
        return trigger  # "struck back at the police", "struck at the convoy with rocks"
    if not _is_striker(_subject(token), lexicon.labour):
        return trigger
    return Trigger(token, "PROTEST", "strike", nominal=False)


def _struck_party(verb: Token) -> bool:
    """'struck back at the militants', 'struck against Israel': a party struck at or on, or an armed
    one or a country struck against. Workers strike "at the mine" (a place) or "against the
    government" (whom they protest)."""
    hit = _actor(_prep_object(verb, frozenset({"at", "on"})), load_actor_lexicon())
    opposed = _prep_object(verb, frozenset({"against"}))
    return (hit is not None and hit.sector is not None) or _is_armed(opposed) or _is_country(opposed)


def _is_spoken_demand(token: Token) -> bool:
    """'issued a reminder to Syria that it must respect the border': a speech noun whose clause says
    someone must act is a demand (REQUEST), as "said Syria must respect the border" is."""
    return _demanded_clause(token) is not None


def _demanded_clause(token: Token) -> Token | None:
    """The that-clause of a speech noun that says someone must act, wherever the parser hung it."""
    cues = load_status_cues()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.speech_nouns:
        return None
    addressees = [token, token.head] if token.dep_ == "dobj" else [token]
    clauses = [c for c in token.children if c.dep_ in {"acl", "relcl", "ccomp"}]
    clauses += [c for a in addressees for p in a.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "relcl"]
    return next((c for c in clauses if directive_speaker(c, cues) == token), None)


def find_triggers(sent: Span, lexicon: TriggerLexicon | None = None) -> list[Trigger]:
    """Event triggers in a sentence, in text order."""
    lexicon = lexicon or load_trigger_lexicon()
    actors = load_actor_lexicon()
    out: list[Trigger] = []
    pos = token_column(sent.doc, "POS")
    for i in range(sent.start, sent.end):
        if pos[i] not in _TRIGGER_POS:
            continue  # read from one column: a Token per word costs more than the rules below
        token = sent.doc[i]
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ccomp") or _is_mistagged_verb(token):
            trigger = _as_walkout(_as_criticism(_as_peacekeeping(_verb_event(token, lexicon), lexicon), lexicon),
                                  lexicon)
            if trigger is not None and not (_by_accident(trigger, lexicon) or _symbolic(trigger, lexicon)
                                            or _is_figurative(trigger, lexicon)
                                            or _is_question(trigger, lexicon)
                                            or _names_kind_of_attack(trigger, lexicon)):
                out.append(trigger)
        elif token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ not in {"ORG", "PERSON", "GPE"}:
            if _is_spoken_demand(token):
                out.append(Trigger(token, "REQUEST", None, nominal=True))
                continue
            alert = _alert(token, lexicon)
            if alert is not None:
                out.append(alert)
                continue
            if _names_claim_answered(token):
                continue
            hit = _noun_trigger(token, lexicon)
            noun = _by_what_is_taken(Trigger(token, *hit, nominal=True), lexicon) if hit is not None else None
            if noun is not None and hit is not None and _is_setting(token, hit, lexicon, actors):
                continue
            if noun is not None and _names_kind_of_attack(noun, lexicon):
                continue  # "a deadly shooting attack": one attack
            if noun is not None and (_is_figurative(noun, lexicon)
                                     or (noun.type == "RETREAT" and _by_accident(noun, lexicon))):
                continue  # "an assault on the smartphone market", "floods forced the evacuation of ..."
            if noun is not None and _keep_noun(token, lexicon, actors):
                kept = _as_criticism(_as_peacekeeping(noun, lexicon) or noun, lexicon) or noun
                if _takes_place(token, lexicon):  # "talks will take place": the verb's status
                    kept = replace(kept, status=status_of(token.head, governors(token.head), load_status_cues()))
                out.append(kept)
    return _as_protest_damage(_without_riot_damage(out), lexicon)


#: Verbs of damage that deface or topple rather than burn or wreck: vandalism (PLOVER PROTEST vandalize).
_DEFACING = frozenset({"deface", "vandalize", "vandalise", "topple", "daub", "spray", "smash", "pull"})


def _as_protest_damage(triggers: list[Trigger], lexicon: TriggerLexicon) -> list[Trigger]:
    """'Protesters set fire to the parliament building', 'rioters torched cars', 'demonstrators
    defaced a statue': damage done by protesters is a riot or vandalism (PLOVER PROTEST riot,
    vandalize), not an armed attack or censorship. Settlers or villagers who burn homes attack.
    Civilians occupying a building protest by obstruction; troops occupying a country attack; ground
    described as occupied tells who holds it, not an act."""
    out = []
    for trigger in triggers:
        if trigger.token.lemma_.lower() == "occupy" and trigger.token.dep_ in {"acl", "amod"}:
            continue  # "neighbourhoods occupied by the guerrillas", "occupied territory": a state, no act
        damage = (trigger.type, trigger.mode) in {("ASSAULT", "destroy"), ("COERCE", "censor")}
        subject = _subject(trigger.token) if damage and not trigger.nominal else None
        if subject is not None and subject.lemma_.lower() in lexicon.assembly_protesters:
            defacing = trigger.token.lemma_.lower() in _DEFACING
            trigger = replace(trigger, type="PROTEST", mode="vandalize" if defacing else "riot")
        elif trigger.token.lemma_.lower() == "occupy" and not trigger.nominal \
                and _doer_sector(trigger.token, lexicon) in lexicon.protesting_sectors:
            trigger = replace(trigger, type="PROTEST", mode="obstruct")  # "students occupied the university"
        out.append(trigger)
    return out


def _names_kind_of_attack(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'a shooting attack', 'a stabbing attack': a participle of an assault that modifies an attack noun
    says what kind of attack it was (the noun's mode); the noun is the one event."""
    token = trigger.token
    if trigger.type != "ASSAULT" or token.dep_ not in {"amod", "compound"} or token.head.i <= token.i:
        return False
    hit = _noun_trigger(token.head, lexicon) if token.head.pos_ == "NOUN" else None
    return hit is not None and hit[0] == "ASSAULT"


def _names_claim_answered(token: Token) -> bool:
    """", an accusation the RSF denied": the noun points back at the report before it, which has its
    own event; the answer is the rejoinder's verb."""
    rejoinder = rejoinder_of(token)
    return rejoinder is not None and rejoinder.noun == token


#: Dependencies that open a clause of its own: a score or a subject there belongs to another act.
_OWN_CLAUSES = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "xcomp", "acl"})


def _clause_tokens(verb: Token, *, skip: Callable[[Token], bool] | None = None) -> list[Token]:
    """The words of a verb's own clause, without the clauses hung on it (nor the phrases ``skip`` says)."""
    out = [verb]
    for child in verb.children:
        if child.dep_ not in _OWN_CLAUSES and (skip is None or not skip(child)):
            out.extend(child.subtree)
    return out


def _sets_the_act(child: Token) -> bool:
    """A phrase that tells when, where or why an act happened, not its result: "after the 2-1 defeat",
    "during the 1980-88 war", "in the 3-2 ruling's aftermath", "at the 1-0 match"."""
    if child.dep_ not in {"prep", "npadvmod"}:
        return False
    if child.lower_ in _SETTING_PREPOSITIONS:
        return True
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _SETTING_NOUNS for o in child.children)


#: Prepositions of time, place or cause, whose phrase sets an act and gives none of its result.
_SETTING_PREPOSITIONS = frozenset({"after", "before", "following", "since", "during", "amid", "amidst", "until",
                                   "despite", "at", "over", "ahead", "throughout"})
#: Nouns that set an act in the time after another ("in the aftermath of the 3-2 vote").
_SETTING_NOUNS = frozenset({"aftermath", "wake", "run-up", "lead-up"})


def _has_score(verb: Token) -> bool:
    """'beat Chelsea 2-1', 'stormed to a 3-0 victory': a result written as two whole numbers of at
    most three digits joined by a hyphen, the higher or equal first; a range of figures ('20-30
    people') rises, and years run on ('the 2014-15 offensive', 'the 1980-88 war'). Not a tally of votes
    ('in a 13-2 vote, the Council imposed sanctions') nor one in a phrase that sets the act in time or
    place ('attacked fans after the 2-2 draw')."""
    tallies = load_trigger_lexicon().figurative.tallies
    doc = verb.doc
    for t in sorted(_clause_tokens(verb, skip=_sets_the_act), key=lambda t: t.i):
        if t.i + 2 >= len(doc) or t.whitespace_ or not _SCORE_NUMBER.fullmatch(t.text):
            continue
        hyphen, second = doc[t.i + 1], doc[t.i + 2]
        tallied = any(w.lemma_.lower() in tallies for w in doc[t.i + 3 : t.i + 5])  # "a 5-4 court ruling"
        if hyphen.text == "-" and not hyphen.whitespace_ and _SCORE_NUMBER.fullmatch(second.text) \
                and int(t.text) >= int(second.text) and not tallied:
            return True
    return False


#: A side's score: a whole number of one to three digits ("3", "110"); a year is none.
_SCORE_NUMBER = re.compile(r"\d{1,3}")


def _is_figurative(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """War words used of sport, markets or the arts (see ``figurative`` in the lexicon): "the striker
    attacked the goal", "stocks rallied", "the dollar retreated", "the film bombed", "a bill was killed
    in committee", "bombarded with questions", "Liverpool beat Chelsea 2-1". No party acts on another."""
    fig = lexicon.figurative
    token = trigger.token
    if trigger.nominal and token.lemma_.lower() == "demand" and token.tag_ == "NN":
        # "weak demand from China", "oil demand": buyers' demand, not a party's request
        wanted = _prep_object(token, frozenset({"for"}))  # "strong demand for the release of ..." is a call
        if _child(token, "poss") is not None:
            return False  # "the opposition's strong demand for early elections": a party's request
        return (wanted is None or wanted.lemma_.lower() not in lexicon.nouns) and any(
            c.lower_ in fig.demand_modifiers for c in token.children if c.dep_ in {"amod", "compound"})
    if trigger.type not in fig.types:
        return False
    if not trigger.nominal and (_contest_won(token, fig) or _rivals_clash(token, fig)
                                or _fights_for_a_cause(token, lexicon)):
        return True  # "I can beat Hillary Clinton", "Clinton and Sanders clashed over guns"
    if trigger.nominal and _rivals_contest(token, fig):
        return True  # "her battle with Sanders", "a legal battle", "the nomination fight"
    verb = token
    if trigger.nominal:  # "launched an assault on the smartphone market", "came under attack"
        if not any(p.lower_ in {"on", "against", "for"} and any(o.lemma_.lower() in fig.contests for o in p.children
                                                          if o.dep_ == "pobj")
                   for p in token.children if p.dep_ == "prep"):
            if token.dep_ not in {"dobj", "pobj"}:
                return False
            verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
            if verb.pos_ not in {"VERB", "AUX"}:
                return False
        else:
            return True
    subject = _child(verb, "nsubj")
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subject = verb.head  # "The film bombed at the box office": a main verb the parser hung on its subject
    if subject is not None and subject.ent_type_ not in {"GPE", "NORP", "PERSON"}:
        head = subject.lemma_.lower()
        if head in fig.movers | fig.works or (head in fig.players and (
                trigger.type != "PROTEST" or token.lemma_.lower() == "rally")):
            # "stocks rallied", "the album stormed to the top", "the cyclist launched an attack"; a player
            # who protests ("athletes protested against the war") protests, unless rallying in a match
            return True
        if trigger.type == "ASSAULT" and head in fig.candidates and not trigger.nominal:
            # "the other candidates battled for second place": campaigning; but candidates who
            # "reacted to a mass shooting" only speak of an act done by others
            return True
        undergoes = trigger.nominal and token.dep_ == "pobj" and token.head.lower_ == "under"
        if trigger.type == "ASSAULT" and head in fig.firms and not undergoes and not any(
                c.lower_ in fig.firm_exceptions for c in subject.children if c.dep_ in {"compound", "amod"}):
            return True  # "the internet giant launched an assault", "the central bank attacked inflation";
            # a bank that "came under attack" is what was attacked
    if trigger.nominal:
        return False
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    forces = _actor(subject, load_actor_lexicon())
    if any(_counted(o).lemma_.lower() in fig.contests for o in objects) and not (
            forces is not None and forces.sector in {"MIL", "REB", "GOV"}):
        return True  # "attacked the goal", "fans invaded the pitch"; not "riot police stormed the pitch"
    if lemma in fig.proposal_verbs and any(_counted(o).lemma_.lower() in fig.proposals for o in objects):
        return True  # "a bill was killed in committee", "shot down the proposal", "fought off a takeover bid"
    for prep in (c for c in token.children if c.dep_ in {"prep", "agent"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            what = obj.lemma_.lower()
            if prep.lower_ in {"to", "from", "for", "over"} and what in fig.contests:
                return True  # "withdrew from the tournament", "banned for three matches", "stormed to victory"
            # (not "at", "in" or "on": "a bomber attacked fans at the match" is where an attack happened)
            if prep.lower_ == "with" and what in fig.pelted_with and trigger.type == "ASSAULT":
                return True  # "bombarded with questions"
            if prep.lower_ == "by" and what in fig.setbacks | fig.movers and trigger.type == "ASSAULT":
                return True  # "the tour was hit by cancellations", "hammered by weak demand"
    return _has_score(token)


def _rivals_clash(verb: Token, fig: FigurativeSenses) -> bool:
    """'Clinton and Sanders clashed over gun control', 'Rubio battled Cruz for evangelical votes':
    named people who clash, battle or spar (``rivalry_verbs``) with each other argue; fighting is
    done by forces, crowds and groups, which news does not name one by one."""
    if verb.lemma_.lower() not in fig.rivalry_verbs:
        return False
    doers = [d for d in (_subject(verb),) if d is not None]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]
    foes = [o for o in (_child(verb, "dobj"), _prep_object(verb, frozenset({"with", "against"}))) if o is not None]
    named = [d for d in doers + foes if d.ent_type_ == "PERSON" and not (_gazetteer_name(d) or _country_name(d))]
    return bool(doers) and len(named) == len(doers + foes) and len(named) >= 2


def _fights_for_a_cause(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Warren fought for tougher bank rules', 'he has been fighting to repeal the health law': a
    person who fights (``cause_verbs``) for a cause or to get something done campaigns for it. Only a
    speaker (a named person, a pronoun for one, a politician's noun) is read so, and only with no foe
    named: fighters fight for a party, a place or ground ("for the Taliban", "for Bakhmut", "for
    control of the airport"), or to take or hold it ("fought to retake the town")."""
    fig = lexicon.figurative
    if verb.lemma_.lower() not in fig.cause_verbs or not _speaks_rather_than_fights(_fighter(verb), lexicon):
        return False
    if _child(verb, "dobj") is not None or _prep_object(verb, frozenset({"against", "with", "alongside"})):
        return False  # "fought the Taliban", "fought alongside the Kurds": a foe or an ally in arms
    if _fought_at_a_place(verb):
        return False  # "fought for the opposition in Aleppo", "fought for money in Donbas"
    causes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj" and not _is_time_span(o)]  # not "for years"
    if causes:
        return all(_is_cause(cause, fig) for cause in causes)
    aims = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # "fought (for years) to repeal"
    return any(_is_civil_aim(aim, lexicon) for aim in aims)


def _fighter(verb: Token) -> Token | None:
    """Who fights: the verb's subject, or that of the verb it completes ("she would keep fighting")."""
    subject = _subject(verb)
    if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    return subject


def _is_cause(noun: Token, fig: FigurativeSenses) -> bool:
    """What is fought for as a cause: no party, place, ground or span of time ("for the rebels",
    "for Kherson", "for control of the road", "for hours")."""
    if noun.ent_type_ in _PLACE_LABELS | {"ORG", "NORP"} or _is_armed(noun):
        return False
    actor = _actor(noun, load_actor_lexicon())
    if actor is not None and (actor.country is not None or actor.sector in ARMED_SECTORS | {"GOV"}):
        return False  # "fought for the government", "for his country"
    return _counted(noun).lemma_.lower() not in fig.held_ground


def _fought_at_a_place(verb: Token) -> bool:
    """A place named in a phrase of the verb other than what is fought for ("in Kherson", "until the
    fall of Baghuz"): a war's setting. Campaigns are told by their cause and rarely by a battlefield."""
    phrases = [c for c in verb.children if c.dep_ in {"prep", "npadvmod", "advmod"} and c.lower_ != "for"]
    return any(_names_a_town(t) for c in phrases for t in c.subtree)


def _names_a_town(token: Token) -> bool:
    """A place by its entity label or a gazetteer town the tagger mislabelled ("in Aleppo", as NORP)."""
    return token.ent_type_ in _PLACE_LABELS or _gazetteer_name(token)


def _is_time_span(noun: Token) -> bool:
    """A span of time a "for" phrase measures ("for years", "for three days"), giving no grounds."""
    return noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in _TIME_SPANS


def _is_civil_aim(aim: Token, lexicon: TriggerLexicon) -> bool:
    """'fought to repeal the law', 'fought to keep the library open': an aim that is no act of force,
    nor the taking, holding or defending of ground (``force_aims``: "fought to hold the bridge")."""
    if aim.lemma_.lower() in lexicon.figurative.force_aims:
        return False
    aimed = _child(aim, "dobj")
    if aimed is not None and (_names_a_town(aimed) or _counted(aimed).lemma_.lower() in lexicon.figurative.held_ground
                              or _noun_trigger(aimed, lexicon) is not None):
        return False  # "fought to free Mosul", "fought to reach the besieged town", "fought to win the war"
    hit = lexicon.verbs.get(aim.lemma_.lower())
    return hit is None or hit[0] != "ASSAULT"


def _rivals_contest(noun: Token, fig: FigurativeSenses) -> bool:
    """'Clinton's battle with Sanders', 'her battle against Sen. Bernie Sanders', 'a legal battle',
    'the nomination fight': a battle or a fight (``rivalry_verbs`` as nouns) of a named person or a
    pronoun for one against a named person, or one named a contest by its modifier
    (``contest_modifiers``), is a political or legal contest. A battle against an armed party or a
    leader of one ("the army's battle against Kony") stays force."""
    if noun.lemma_.lower() not in fig.rivalry_verbs:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in fig.contest_modifiers for c in noun.children):
        return True
    owner = _child(noun, "poss")
    foe = _prep_object(noun, frozenset({"with", "against"}))
    if foe is None or _is_armed(foe) or _is_armed(owner) or not _rival_name(foe):
        return False
    return _rival_name(owner) or (owner is not None and owner.lower_ in _PERSONAL_POSSESSIVES)


def _rival_name(token: Token | None) -> bool:
    """A person's name as a rival in a contest ("with Obama", "against Sanders"): labelled a person,
    or a proper noun the tagger left unlabelled or called a firm, as it often does with surnames;
    no country, place or people. ``_named_person`` doubts a lone "Obama", a town in Japan, which
    only a preposition of place would make one."""
    if token is None or token.pos_ != "PROPN" or _country_name(token):
        return False
    if token.ent_type_ == "PERSON":
        return True
    return token.ent_type_ in {"", "ORG"} and not names_organisation([token], load_actor_lexicon())


#: Possessives that stand for a person ("her battle with Sanders"); "their" may stand for a group.
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})


def _contest_won(verb: Token, fig: FigurativeSenses) -> bool:
    """'Cruz beat Trump', 'I can beat Hillary Clinton', 'he can't beat her': a verb of winning
    (``contest_verbs``) done to a named person, or with "can"/"could" of ability, is a contest won.
    Force shows in an armed doer, a weapon, "beat up" or "to death", and stays an assault."""
    if verb.lemma_.lower() not in fig.contest_verbs or _is_armed(_subject(verb)):
        return False
    beaten = _child(verb, "dobj")
    if beaten is None:
        return False
    said = {c.lower_ for c in verb.children} | {o.lower_ for c in verb.children if c.dep_ == "prep"
                                                for o in c.children}
    if said & fig.contest_force_words:
        return False  # "beat him to death", "beat up a reporter", "beat them with batons"
    if not _rival(_subject(verb)):
        return False  # "a mob beat Ahmed Khan", "thugs beat journalist Maria Lopez": an assault
    able = any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"} for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"able", "unable"})
    titled = any(c.dep_ in {"compound", "amod"} and c.ent_type_ != "PERSON" for c in beaten.children)
    named = _named_person(beaten) and not titled  # not "journalist Maria Lopez": a role says who was hurt
    return named or (able and beaten.tag_ == "PRP")


def _rival(doer: Token | None) -> bool:
    """Who runs against another: one who speaks rather than fights (a named person, a pronoun for
    one, a candidate), or "we" ("we can beat him"). A crowd, a mob or a gang that beats someone
    assaults them."""
    return doer is not None and (doer.lower_ == "we" or _speaks_rather_than_fights(doer, load_trigger_lexicon()))


def _is_hazard(cause: Token, lexicon: TriggerLexicon) -> bool:
    """A hazard named by its noun ("floods") or with the noun compounded before it ("heat waves",
    "a cold snap"), so a wave of attacks is not one."""
    if cause.ent_type_ != "":
        return False
    lemma = cause.lemma_.lower()
    compounds = [c.lemma_.lower() for c in cause.children if c.dep_ == "compound"]
    return lemma in lexicon.hazards or any(f"{c} {lemma}" in lexicon.hazards for c in compounds)


def _by_accident(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Floods killed 40 people', 'killed in a car crash', 'killed when their boat capsized': harm done
    by a hazard or a failing vehicle is no assault (see ``accidents`` in the lexicon)."""
    token = trigger.token
    if trigger.type == "RETREAT" and trigger.mode == "withdraw" and trigger.nominal and token.dep_ == "dobj":
        # "wildfires forced the evacuation of 10,000 residents": people moved out of a hazard's way,
        # no party withdrawing from another
        cause = _child(token.head, "nsubj")  # the tagger may take a capitalised "Wildfires" for a name
        return cause is not None and bool(_noun_forms(cause) & lexicon.hazards) and cause.ent_type_ in {"", "PERSON"}
    if trigger.type != "ASSAULT" or trigger.mode not in {None, "destroy"}:  # "floods destroyed 2,000 homes"
        return False
    subject = _child(token, "nsubj")
    causes = [resolve_relative(subject, token) if subject is not None else None,  # "landslides that killed 50"
              _prep_object(token, frozenset({"in", "by"}))]
    if any(c is not None and _is_hazard(c, lexicon) for c in causes):
        return True
    if any(c.dep_ == "advcl" and c.lemma_.lower() in lexicon.failures
           and any(m.lower_ in {"when", "after", "as"} for m in c.children if m.dep_ in {"mark", "advmod"})
           for c in token.children):
        return True
    closed = _closed_clause(token)  # "a station canopy collapsed, killing 15": what failed is no party
    hazard = _child(closed, "nsubj") if closed is not None else None
    if hazard is not None and hazard.lemma_.lower() in lexicon.hazards and hazard.ent_type_ == "":
        return True  # "an earthquake struck the region, killing 40": the killer is the hazard
    failed = _child(closed, "nsubj") if closed is not None and closed.lemma_.lower() in lexicon.failures else None
    if closed is None or failed is None or failed.pos_ != "NOUN" or _actor(failed, load_actor_lexicon()) is not None:
        return False
    return not _struck(closed, token, lexicon)  # not "a building collapsed after an Israeli strike, killing 20"


def _struck(verb: Token, closing: Token, lexicon: TriggerLexicon) -> bool:
    """Whether a clause tells an attack that made it happen besides the participle that closes it: "after
    an Israeli strike", "when a missile hit it"."""
    for child in verb.children:
        if child.i == closing.i:
            continue
        if child.dep_ == "advcl" and _verb_of_types(child, frozenset({"ASSAULT"})):
            return True
        obj = _child(child, "pobj") if child.dep_ == "prep" else None
        hit = _noun_trigger(obj, lexicon) if obj is not None else None
        if hit is not None and hit[0] == "ASSAULT":
            return True
    return False


def _is_question(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Asked whether the troops had left', 'asked why', 'asked about the casualties': a question
    requests nothing (see ``questions`` in the lexicon)."""
    token = trigger.token
    if trigger.type != "REQUEST" or token.lemma_.lower() not in lexicon.question_verbs:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in lexicon.question_preps:
            return True
        if child.dep_ in {"ccomp", "advcl"} and (child.left_edge.lower_ in QUESTION_WORDS or any(
                c.dep_ == "mark" and c.lower_ in lexicon.question_marks for c in child.children)):
            return True  # "asked whether ...", "asked why ...", "asked what weapons ..."
    return False


def _symbolic(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Burning American flags', 'set fire to an effigy': a gesture, no destruction (``symbols``)."""
    if trigger.type != "ASSAULT" or trigger.mode != "destroy":
        return False
    token = trigger.token
    burnt = _child(token, "dobj") or _prep_object(token, frozenset({"to"})) or next(
        (c for c in token.lefts if c.dep_ in {"npadvmod", "compound", "nmod"}), None)  # "a Koran-burning protest"
    return burnt is not None and burnt.lemma_.lower() in lexicon.symbols


def _without_riot_damage(triggers: list[Trigger]) -> list[Trigger]:
    """'Prisoners rioted, setting fire to mattresses', 'protesters marched, torching cars': damage
    done in the course of a protest, told by a participle of the protest verb, makes the protest a
    riot (CAMEO 145, PLOVER PROTEST riot), not a second event of its own.

    The participle must share the protest's subject and the protest verb must be intransitive:
    "farmers were protesting while police were torching their tractors" and "the militants
    demonstrated their reach, torching a police station" are attacks of their own.
    """
    protests = {t.token.i for t in triggers
                if t.type == "PROTEST" and not t.nominal and _child(t.token, "dobj") is None}
    damage = [t for t in triggers
              if t.type == "ASSAULT" and t.mode == "destroy" and t.token.tag_ == "VBG"
              and t.token.dep_ in {"advcl", "conj"} and t.token.head.i in protests
              and _child(t.token, "nsubj", "aux") is None]
    rioting = {t.token.head.i for t in damage}
    return [replace(t, mode="riot") if t.token.i in rioting else t for t in triggers if t not in damage]


# ------------------------------------------------------------------ arguments


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _subject(token: Token) -> Token | None:
    """The active subject; a verb without one shares its first conjunct's ("Hamas demanded X but proposed Y").

    Where the parser gives two subjects ("the movement Hamas"), the proper name wins.
    """
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects:  # "Qatar have been mediating": the parser hangs the subject on an auxiliary
        subjects = [g for c in token.children if c.dep_ == "aux" and c.i < token.i
                    for g in c.children if g.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        first = token.head.head if finite_after_nonfinite(token.head, token) else token.head
        if _joined_to_the_report(token):
            first = token.head.head  # "said India's claims were baseless, and warned of a response"
        return _subject(first)  # "denied carrying it out and blamed"; "robbed, beat and abducted"
    if not subjects:
        return None
    return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])




def _joined_to_the_report(verb: Token) -> bool:
    """A verb of speech joined after a comma to a reported clause ("Pakistan said India's claims were
    baseless, and warned of a strong response"): the parser hangs it on the clause, but the comma
    sets it beside the report, so it is the reporter's act. "Said gunmen attacked, and killed 12" is
    the gunmen's deed. Without the comma, a verb in the past like the report's is joined to it too
    ("said the complaint was disturbing and accused the administration of ...")."""
    doc, head = verb.doc, verb.head
    if verb.i < 2 or doc[verb.i - 1].lower_ not in {"and", "but"}:
        return False
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in load_status_cues().report_verbs:
        return False
    joined = head.head.tag_ == "VBD" and verb.tag_ in {"VBD", "VBN"}
    if doc[verb.i - 2].text != "," and not (joined and joins_the_report(verb)):
        return False  # "said the gunmen stormed the school and demanded a ransom": the gunmen's demand
    spoken = load_trigger_lexicon().verbs.get(verb.lemma_.lower())
    return spoken is not None and (spoken[0] in _VERBAL_TYPES or spoken[0] == "THREATEN")


def _prep_object(token: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first of ``preps`` on ``token``; a time ("on Monday") is never a participant."""
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            obj = _child(child, "pobj")
            if obj is not None and obj.pos_ == "ADJ":
                obj = _child(obj, "appos") or obj  # "by the paramilitary Rapid Support Forces", misparsed
            if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:
                return obj
    return None


def _reduced_passive_clause(token: Token) -> bool:
    """'The men face life in prison if convicted', 'once arrested, the suspects ...': a bare past
    participle opening a clause of condition or time, or put before the main clause, is passive;
    the main clause's subject undergoes it. Forces sent or armed are not what the act is aimed at:
    "Deployed to Mali in 2013, French troops left" tells whose the troops are."""
    if token.tag_ != "VBN" or token.dep_ != "advcl" or any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux"} for c in token.children):
        return False
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in _REDUCED_CLAUSE_MARKS for c in token.children):
        return True
    moved = load_trigger_lexicon().verbs.get(token.lemma_.lower(), ("",))[0] == "MOBILIZE"
    return token.i < token.head.i and not moved


#: Words opening a clause that may drop its subject and "be": "if convicted", "once arrested".
_REDUCED_CLAUSE_MARKS = frozenset({"if", "unless", "once", "when", "until", "after", "before", "while"})


def _is_passive(token: Token) -> bool:
    """A passive verb, or a past participle that modifies a noun or follows "with" ("with 5,287
    injured"): the people it counts underwent it, and the clause around it did not do it."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
        return True
    if token.dep_ == "conj" and token.tag_ == "VBN" and token.head.tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "dobj"} for c in token.children) and _is_passive(token.head):
        return True  # "were tortured or executed": the second shares the first's passive auxiliary
    if _gapped_passive_subject(token) is not None:
        return True
    if _reduced_passive_clause(token):
        return True
    # a participle with an object is active: "strikes killed 46 people" parsed as a reduced relative;
    # "people taken hostage" has none: "hostage" says what they were taken as (tagged a past tense)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    captive = _only_captive_roles(objects)
    return ((token.tag_ == "VBN" or (captive and token.tag_ == "VBD")) and token.dep_ in {"acl", "relcl", "pcomp"}
            and (captive or not objects) and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children))


def _only_captive_roles(objects: list[Token]) -> bool:
    """The verb's objects are all bare captive words ("taken hostage", "held captive"): what its
    subject was taken or held as, no object of its own."""
    return bool(objects) and all(is_bare_captive_complement(o) for o in objects)


def _gapped_passive_subject(token: Token) -> Token | None:
    """The counted subject of a passive whose auxiliary is left out after the first: in "five
    policemen were killed and 24 soldiers injured", "and 15 wounded", "and five others wounded" the
    parse makes the count the subject of an active verb, but the soldiers were injured.

    Only a count (a number or a noun with one, "others") of a verb of harm is read so: "two soldiers
    were killed and the rebels retreated", "and 2,000 protesters marched" are active."""
    if token.dep_ != "conj" or token.tag_ not in {"VBN", "VBD"} or not _is_passive(token.head):
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    taken = _only_captive_roles(objects)  # "and 251 taken hostage"
    subject = _child(token, "nsubj")
    if subject is None or subject.i < token.head.i or (objects and not taken) or not (taken or _harms(token)):
        return None
    counted = subject.pos_ == "NUM" or subject.lemma_.lower() == "other" or vague_unit(subject.text) is not None \
        or any(c.dep_ == "nummod" for c in subject.children)  # "and dozens wounded"

    return subject if counted else None


def _harms(verb: Token) -> bool:
    """A verb of harm or coercion (ASSAULT, COERCE), which people undergo: "injured", "arrested";
    not "marched" or "surrendered", which a counted subject does."""
    return _verb_of_types(verb, frozenset({"ASSAULT", "COERCE"}))


def _verb_of_types(verb: Token, types: frozenset[str]) -> bool:
    """Whether one of the verb's lemmas is an entry of the trigger lexicon of one of ``types``."""
    lexicon = load_trigger_lexicon()
    return any(lexicon.verbs.get(lemma, ("",))[0] in types for lemma in verb_lemmas(verb))


#: Prepositions whose gerund or act noun a verb's object does: "accused X of killing", "blamed X for the
#: attack", "stopped X from marching".
_CONTROLLED_PREPOSITIONS = frozenset({"of", "for", "from"})


def _gerund_controller(governor: Governor) -> Token | None:
    """'Israel accused Hamas of killing 30 civilians', 'the Kremlin accused Kyiv of staging the
    attack', 'praised Qatar for mediating': the act after "of" or "for" is done by the verb's
    object, when the object is a party, not by its subject."""
    token = governor.token
    if governor.across not in _CONTROLLED_PREPOSITIONS:
        return None
    if _misattached_accused(token):
        return token  # "accused Chinese vessels of ramming and firing water cannon": the vessels fired
    accused = _accused_past_accuser(token)
    if accused is not None:
        return accused  # "the military has been accused by rights groups of carrying out air strikes"
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    obj = _child(token, "dobj")
    if obj is None and token.pos_ == "VERB":
        obj = _child(token, "nsubjpass")  # "the militia was accused of carrying out executions": the militia
    if (obj is None or obj.tag_ in {"WDT", "WP"}) and _relative_object(token):
        obj = token.head  # "officials it accused of deporting children", "men who were accused of ...": the men
    actors = load_actor_lexicon()
    if obj is None or obj.tag_ in {"WDT", "WP"} or obj.lemma_.lower() in actors.premises:  # "used tanks for attacking"
        return None
    return obj if _actor(obj, actors) is not None else None


#: Event types of verbs that judge a party for an act: "blamed Israel for the strike", "praised Qatar for
#: its mediation", "sanctioned Iran for its nuclear test"; not "visit Moscow for talks".
_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "SANCTION", "COERCE"})


def _judges(verb: Token) -> bool:
    return verb.pos_ == "VERB" and _verb_of_types(verb, _JUDGING_TYPES)


def _misattached_accused(noun: Token) -> bool:
    """The object of an accusation that the parser gave the "of" of the act it is accused of
    ("accused [vessels of ramming]"): the object did the act, as with "of" on the verb."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if load_status_cues().governors.get(verb.lemma_.lower()) != "alleged":
        return False
    return _actor(noun, load_actor_lexicon()) is not None


def _accused_past_accuser(noun: Token) -> Token | None:
    """The subject of a passive accusation whose "of" the parser hung on the accuser in its "by" phrase
    ("was accused [by rights groups of carrying out strikes]"): the accused did the act."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return None
    verb = noun.head.head
    if load_status_cues().governors.get(verb.lemma_.lower()) != "alleged":
        return None
    accused = _child(verb, "nsubjpass")
    return accused if accused is not None and _actor(accused, load_actor_lexicon()) is not None else None


def _accused_of_closing_harm(governor: Governor) -> Token | None:
    """The party accused of an act whose result a closing participle tells ("accused the army of
    bombing a market in Nyala, killing dozens"): the parser hangs the participle on the accusation,
    but the harm is the accused act's."""
    below, token = governor.below, governor.token
    if governor.via != "advcl" or below is None or below.tag_ != "VBG" or not _harms(below):
        return None
    if load_status_cues().governors.get(token.lemma_.lower()) != "alleged":
        return None
    accused = _child(token, "dobj")
    charged = any(p.dep_ == "prep" and p.lower_ in _CONTROLLED_PREPOSITIONS and _child(p, "pcomp") is not None
                  for p in token.children)
    return accused if accused is not None and charged and _actor(accused, load_actor_lexicon()) else None


def _relative_object(verb: Token) -> bool:
    """The verb heads a relative clause whose noun is its object or passive subject, not its doer:
    "officials (whom) it accused", "men who were accused", not "a report which accused"."""
    if verb.dep_ != "relcl":
        return False
    subject = _child(verb, "nsubj")
    return subject is None or subject.tag_ not in {"WDT", "WP"}


def _inherited_subject(chain: list[Governor], cues: StatusCues) -> Token | None:
    """Subject of the clause that frames the event ("Hamas declared its willingness to release")."""
    fallback: Token | None = None
    for governor in chain:
        token = governor.token
        accused = _accused_of_closing_harm(governor)
        if accused is not None:
            return accused  # "accused the army of bombing a market, killing dozens": the army killed them
        controller = _gerund_controller(governor)
        if controller is not None:
            return controller  # "accused Hamas of killing 30 civilians": Hamas is said to have killed
        if governor.via == "acl" and token.lemma_.lower() in cues.foiled_frames:
            plotter = _prep_object(token, frozenset({"by"}))
            if plotter is not None:
                return plotter  # "foiled a plot by Hamas to assassinate officials": the plotters would act
        if token.lemma_.lower() in cues.foiling:
            return None  # "police foiled a plot to attack the parade": the foiler is not the attacker
        controller = _object_controller(governor)
        if controller is not None:
            return controller  # "Qatar persuaded Hamas to release the hostages": Hamas releases
        raised = _child(token, "nsubjpass") if governor.via == "xcomp" else None
        if raised is not None:
            return raised  # "Hamas is expected to release", "Israel was urged to free": the one who acts
        demanded = governor_status(governor, cues, nearest=governor is chain[0]) == "demanded"
        if demanded and not is_attempt(governor, cues):
            # the one who demands a release is not the one who releases; the one urged to is
            # ("urged Eritrean troops to withdraw", "called on Israel to free")
            return _urged(token) if governor.via == "xcomp" else None
        if governor.via not in {"xcomp", "acl", "pcomp", "prep", "conj", "advcl", "dobj", "pobj", "acomp"}:
            return fallback
        if _modified_party(governor):
            return token  # "detained two men suspected of planning an attack": the men plan it
        if _carried_by(governor):
            return None  # "intercepted a flotilla carrying aid to Gaza": the interceptor sends no aid
        possessor = _child(token, "poss") if token.pos_ == "NOUN" else None
        if possessor is not None and possessor.pos_ != "PRON":
            return possessor
        fallback = fallback or possessor
        subject = _subject(token)
        if subject is not None and token.pos_ != "NOUN":
            return subject
    return fallback


#: Verbs whose infinitive their own subject carries out even with an object: "promised Egypt to ...",
#: "used his speech to call out Trump" (the object is the means), "called Sanders to congratulate him"
#: and "visited Kyiv to discuss aid" (the infinitive is the purpose of the call or the visit).
_SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "swear", "offer", "use", "employ", "utilise", "utilize",
                              "call", "phone", "telephone", "contact", "visit", "meet", "join",
                              # a place or target entered or struck: "Iraqi forces entered Kuwait to support ..."
                              "enter", "cross", "invade", "storm", "raid", "attack", "strike", "bomb", "shell",
                              "occupy", "seize", "capture", "besiege", "reach", "leave", "travel", "fly"})


def _object_controller(governor: Governor) -> Token | None:
    """The party a verb's object names, who does what its infinitive says: Hamas in "Qatar persuaded
    Hamas to release the hostages", the peacekeepers in "forced UN peacekeepers to withdraw"."""
    token, below = governor.token, governor.below
    if governor.via == "prep" and governor.across == "against" and token.lemma_.lower() in load_trigger_lexicon(
            ).warning_verbs:
        obj = _child(token, "dobj")  # "warned Iran against attacking US forces": Iran would attack
        return obj if obj is not None and _actor(obj, load_actor_lexicon()) is not None else None
    if governor.via != "xcomp" or token.pos_ != "VERB" or token.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    obj = _child(token, "dobj")
    if obj is None or (below is not None and obj.i == below.i) or obj.tag_ in {"WDT", "WP"}:
        return None
    return obj if _actor(obj, load_actor_lexicon()) is not None else None


def _carried_by(governor: Governor) -> bool:
    """The governor is a vehicle that a participle of carrying modifies ("a flotilla carrying aid",
    "buses carrying detainees"): what it carries was sent by whoever loaded it, not by the clause above."""
    below = governor.below
    return (governor.via == "acl" and governor.token.pos_ == "NOUN" and below is not None and below.tag_ == "VBG"
            and below.lemma_.lower() in load_trigger_lexicon().carrying_verbs
            and not any(c.dep_ == "prt" for c in below.children))  # not "a decision to carry out the sentence"


def _modified_party(governor: Governor) -> bool:
    """The governor is a party that a participle with no subject of its own modifies, so the party
    is that participle's subject: "men suspected of planning an attack", "fighters accused of
    killing civilians", "soldiers trying to storm the town"."""
    token, below = governor.token, governor.below
    if governor.via != "acl" or token.pos_ not in {"NOUN", "PROPN"} or below is None or below.pos_ != "VERB":
        return False
    if below.tag_ not in {"VBN", "VBG"} or any(c.dep_ in _FINITE_MARKS for c in below.children):
        return False  # not "confidence that Russia was involved in hacking": a clause of its own
    actors = load_actor_lexicon()
    party = names_party(token, actors) or token.lemma_.lower() in load_trigger_lexicon().emissaries
    return party and _actor(token, actors) is not None  # not "a General Assembly vote condemning ..."


#: Dependents that make a verb a clause with its own subject or tense, not a bare participle.
_FINITE_MARKS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})


def _closing_antecedent(trigger: Token) -> Token | None:
    """'targeted an Israeli tank with a guided missile, destroying it': "it" in a closing participle
    is what the clause's act was done to, not the clause's subject."""
    head = _closed_clause(trigger)
    if head is None or load_trigger_lexicon().verbs.get(trigger.lemma_.lower(), ("",))[0] != "ASSAULT":
        return None  # not "practicing containment while calling it something else"
    actors = load_actor_lexicon()
    objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    parties = [o for o in [*objects, *_aimed_at_by(head)] if _actor(o, actors) is not None]
    if not parties and head.lemma_.lower() in _REPELLING:
        # "repelled an attack by Boko Haram fighters, killing 17 of them": the attackers fell
        parties = [a for o in objects if (a := _agent_named_on(o)) is not None and _actor(a, actors) is not None]
    return parties[0] if parties else next(iter(objects), None)  # "opened fire on protesters, killing 50"


#: Verbs of beating back an attack: those killed while doing so are the attackers.
_REPELLING = frozenset({"repel", "repulse", "rebuff"})


def _agent_named_on(act: Token) -> Token | None:
    """Who an act noun's possessor or own "by" phrase names as its doer ("Hamas's attack", "an attack
    by Boko Haram"); captives who own it are what it is done to ("the hostages' release"), and a time
    that owns it only dates it ("Sunday's bombing by Al-Shabaab", "last week's attack")."""
    owner = _child(act, "poss")
    if owner is not None and (_captive_owner(act) is not None or owner.ent_type_ in {"DATE", "TIME"}):
        owner = None
    return owner or _prep_object(act, frozenset({"by"}))


#: Verbs that put someone under a restriction: "placed under house arrest", "kept under curfew".
_PLACING = frozenset({"place", "put", "keep", "hold"})


def _placed_under(act: Token) -> Token | None:
    """The verb an act noun is put "under" by ("placed under house arrest", "was put under curfew"),
    whose object or passive subject is who undergoes it."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in _PLACING:
        return None  # not "came under fire": who comes under it is its target by the ``under_fire`` entry
    return prep.head


def _captive_owner(act: Token) -> Token | None:
    """The captives an act noun is owned by ("the hostages' release", "the prisoners' transfer"): held
    people are released, moved or freed, they do not do it."""
    owner = _child(act, "poss")
    if owner is None or owner.lemma_.lower() not in load_trigger_lexicon().captive_nouns:
        return None
    return owner


def _urged(verb: Token) -> Token | None:
    """Who a demand verb asks to act: its object ("urged Eritrean troops to withdraw"), or for
    "call", the one called on ("called on Israel to free"); "called Sanders to congratulate him"
    is a telephone call with a purpose, which asks Sanders nothing."""
    if verb.lemma_.lower() == "call":
        return _prep_object(verb, frozenset({"on", "upon"}))
    addressed = _child(verb, "dobj")
    if addressed is None and verb.lemma_.lower() in load_status_cues().object_control:
        return _subject(verb)  # "Zelensky asked to meet Putin": with no one addressed, the asker acts
    return addressed


def _verb_arguments(trigger: Token, chain: list[Governor], cues: StatusCues) -> tuple[Token | None, Token | None]:
    rejoinder = rejoinder_of(trigger, cues)
    if rejoinder is not None and rejoinder.verb == trigger:  # ", a charge Asmara denied": Asmara answers
        return trigger.doc[rejoinder.subject[0] : rejoinder.subject[1]].root, None
    left = _left_in_state(trigger)
    if left is not None:  # "clashes left 55 people dead and 146 wounded": the clashes wounded them
        leaver = resolve_relative(left[0], trigger.head) if left[0] is not None else None  # "a minefield, which left"
        unresolved = leaver is not None and leaver.tag_ in {"WDT", "WP"}
        return (None if unresolved else _agent_of_act(leaver, cues)), left[1]
    if _is_passive(trigger):
        target = _child(trigger, "nsubjpass") or _gapped_passive_subject(trigger)
        projectile = target if target is not None and _is_projectile(trigger, target) else None
        if projectile is not None:
            target = _prep_object(trigger, AIMED_PREPOSITIONS)  # "rockets were fired into northern Israel"
        if target is None and trigger.dep_ == "conj" and _is_passive(trigger.head):
            target = _child(trigger.head, "nsubjpass")  # "were arrested and later released": the men
        if target is None and trigger.dep_ in {"acl", "relcl"}:
            target = trigger.head
        if target is None:
            target = _passive_gerund_controller(trigger)  # "killed three Israelis before being shot dead"
        if target is None and _reduced_passive_clause(trigger):
            target = _child(trigger.head, "nsubj", "nsubjpass")  # "the men face life in prison if convicted"
        actors = load_actor_lexicon()
        party = _prep_object(trigger, _PASSIVE_PARTY_PREPS) if projectile is None else None
        if party is not None and _actor(party, actors) is not None and (
                target is None or (target.pos_ == "NOUN" and _actor(target, actors) is None)):
            target = party  # "the attack was blamed on the RSF", "a ceasefire was agreed with Hamas"
        if target is None and trigger.dep_ == "xcomp":
            # "called for prisoners to be released"; "hostages are to be freed"
            target = _prep_object(trigger.head, frozenset({"for"})) or _child(trigger.head, "nsubj", "nsubjpass")
        agent = _child(trigger, "agent") or _shared_agent(trigger)
        source = (_child(agent, "pobj") or _attacker_on_gerund(agent, cues)) if agent is not None \
            else _attacker_of_instrument(trigger)
        if source is None and projectile is not None:
            source = _owner_named_on(projectile)  # "another FMLN missile was fired", "Hezbollah rockets"
    else:
        source = _subject(trigger) or _inherited_subject(chain, cues)
        if source is None and trigger.tag_ == "VBG":
            source = _parties_between(trigger, load_actor_lexicon())  # "fighting between rival militias killed 55"
        if source is None and trigger.dep_ == "acl" and trigger.head.pos_ in {"NOUN", "PROPN"}:
            source = trigger.head  # "a blast killing five people", "strikes killed 46 people" (misparsed)
        target = _verb_object(trigger) or _prep_object(trigger, _TARGET_PREPS["default"]) or _hedged_count(trigger) \
            or captive_clause_subject(trigger) or _shared_object(trigger) or _channel_partner(trigger)
        dispersed = _dispersed(trigger)  # "fired tear gas to disperse the protesters": the crowd, not the gas
        if dispersed is not None and (target is None or _actor(target, load_actor_lexicon()) is None):
            target = dispersed
        if target is None and trigger.dep_ == "relcl" and trigger.head.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in trigger.children):
            target = trigger.head  # "the people they had kidnapped": the clause's object is the noun it is on
        given = target is not None and target.pos_ in {"NOUN", "NUM", "SYM"}  # "$500 million in aid"
        if target is not None and given and _actor(target, load_actor_lexicon()) is None:
            # "imposed sanctions on Iran", "deliver aid to Sudan": the object is the act's means; "seized
            # the town of Bunagana on the Ugandan border" names what was taken, and its phrase where it
            # lies, but "conceded four villages to Azerbaijan" has the party on the verb
            place = _names_a_place(target)  # then "on"/"at" say where it lies, not whom the act is aimed at
            # the parser may split "a ceasefire deal with Hezbollah" into two objects: the phrase is on either
            objects = [target, *(c for c in trigger.children if c.dep_ == "dobj" and c.i != target.i)]
            own = None if place else next(
                (p for o in objects if (p := _prep_object(o, _TARGET_PREPS["default"])) is not None), None)
            found = own or _prep_object(trigger, _PARTY_PREPS if place else _TARGET_PREPS["default"])
            means = found is not None and found.head.lower_ == "with"
            if means and found is not None and _is_weapon_or_attack(found, load_trigger_lexicon()):
                found = None  # "attacked the village with heavy artillery": the means, not whom it is aimed at
            target = found or _beneficiary(objects) or target
    relative = source is not None and resolve_relative(source, trigger) is not source
    source = resolve_relative(source, trigger) if source is not None else None
    # "a bombing that killed 12 people": the bomber; "an airstrike by Israel hit a house, killing 12": the striker
    source = _agent_of_act(_act_before_place(source, trigger) if relative else source, cues)
    target = resolve_relative(target, trigger) if target is not None else None
    if target is not None and (target.lower_ == "it" or (target.pos_ == "NUM" and target.dep_ == "dobj")):
        target = _closing_antecedent(trigger) or target  # "..., killing at least 50": 50 of those fired on
    if target is not None and target.lemma_.lower() in cues.report_nouns:
        # "investigating a claim made by Hamas's armed wing": the claim's author is the target
        author = _child(target, "poss")
        made = _child(target, "acl")
        if author is None and made is not None:
            author = agent_of(made)
        target = author
    return source, target


def _left_in_state(participle: Token) -> tuple[Token | None, Token] | None:
    """Who or what left people in the state a participle names, and the people: "left at least 55
    people dead and 146 wounded" (parsed as a clause "people ... wounded"), "left 12 soldiers
    wounded" (parsed as an adverbial). The people underwent it; what left them so did it."""
    head = participle.head
    if participle.tag_ != "VBN" or head.lemma_.lower() != "leave" or head.i > participle.i:
        return None
    if participle.dep_ not in {"ccomp", "xcomp", "oprd", "advcl", "conj"} or any(
            c.dep_ in {"aux", "auxpass", "dobj", "mark"} for c in participle.children):
        return None
    subject = _child(participle, "nsubj")  # "left 30 people dead and 80 wounded": a conjunct with its count
    left = subject if participle.dep_ == "conj" else subject or _child(head, "dobj")
    return (_child(head, "nsubj"), left) if left is not None else None


def _verb_object(verb: Token) -> Token | None:
    """The direct object; not "dead" in "shot dead a Red Cross worker", which the parser may also
    call an object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return next((o for o in objects if not (o.pos_ == "ADJ" and o.is_lower)), objects[0] if objects else None)


#: Verbs of driving a crowd away, whose object a weapon fired "to" do so is aimed at.
_DISPERSING = frozenset({"disperse", "scatter", "break", "clear", "repel", "push"})


def _dispersed(verb: Token) -> Token | None:
    """'used tear gas to disperse hundreds of protesters', 'fired water cannon to break up the rally':
    who a weapon is fired at is the crowd its purpose clause drives away, or the people who hold the
    gathering it breaks up ("to break up a rally by thousands of opposition supporters")."""
    for clause in verb.children:
        if clause.dep_ in {"xcomp", "advcl"} and clause.lemma_.lower() in _DISPERSING \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            crowd = _verb_object(clause)
            held_by = None
            if crowd is not None and _is_event_noun(crowd):  # the parser may hang "by ..." on the verb
                held_by = _prep_object(crowd, frozenset({"by", "of"})) or _prep_object(clause, frozenset({"by"}))
            return held_by or crowd
    return None


def _shared_object(verb: Token) -> Token | None:
    """'Soldiers beat and detained 12 men', 'arrested, beat and tortured activists': a verb with no
    object of its own, joined to the next verb by nothing but a comma or a conjunction, shares that
    verb's object. A conjunct with its own subject is another clause ("fled and they burned it")."""
    after = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if after is None or _child(after, "nsubj", "nsubjpass") is not None:
        return None
    if any(not (t.dep_ in {"cc", "punct"} or (t.dep_ == "advmod" and t.head.i == after.i))
           for t in verb.doc[verb.i + 1 : after.i]):
        return None
    return _verb_object(after) or _shared_object(after)


#: Qualifiers of a count the parser takes for a preposition: "arrested over 2,500 people".
_COUNT_HEDGES = frozenset({"over", "around", "about", "nearly", "almost", "under"})


def _hedged_count(verb: Token) -> Token | None:
    """The object of a verb whose count qualifier the parser made a preposition ("arrested [over]
    2,500 people"): a counted noun right after the hedge."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _COUNT_HEDGES and prep.i > verb.i:
            obj = _child(prep, "pobj")
            if obj is not None and any(c.dep_ == "nummod" and c.i == prep.i + 1 for c in obj.children):
                return obj
    return None


def _owner_named_on(thing: Token) -> Token | None:
    """The party a noun's modifier names as its owner: "FMLN" in "another FMLN missile", "Israeli"
    in "Israeli missiles", "Hezbollah's rockets"."""
    actors = load_actor_lexicon()
    return next((c for c in thing.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"}
                 and normalise_tokens([c], actors)[0] is not None), None)


def _names_a_place(noun: Token) -> bool:
    """A place noun the gazetteer's heads hold: "the town of Bunagana", "a village"."""
    return noun.lemma_.lower() in load_place_lexicon().heads



def _is_projectile(verb: Token, subject: Token) -> bool:
    """The passive subject of "fire", "launch" or "throw" is what was sent, not whom it hit ("more than
    a dozen rockets were fired", "tear gas was fired"), unless it is people ("protesters were fired on")."""
    lexicon = load_trigger_lexicon()
    weapon = subject.lemma_.lower() in lexicon.mode_modifiers.get("ASSAULT", {})  # "another FMLN missile"
    return verb.lemma_.lower() in lexicon.projectile_verbs and (weapon or not _is_person(subject))


def _act_before_place(source: Token | None, trigger: Token) -> Token | None:
    """'Hamas's attack on Israel, which killed 1,200 people': the parser hangs the relative clause
    on the nearest noun, but what killed is the attack whose object that noun is."""
    if source is None or trigger.dep_ != "relcl" or trigger.head.i != source.i or source.dep_ != "pobj":
        return source
    act = source
    for _ in range(3):  # "the strike on its consulate in Damascus, which killed seven officers"
        if act.dep_ != "pobj" or act.head.head.i == act.head.i:
            return source
        act = act.head.head
        hit = _noun_trigger(act, load_trigger_lexicon()) if act.pos_ == "NOUN" else None
        if hit is not None and hit[0] == "ASSAULT":
            return act
    return source


def _agent_of_act(source: Token | None, cues: StatusCues) -> Token | None:
    """'a suicide bombing that killed 12 people', claimed by the Taliban: an act noun as the subject
    of what it did stands for the one who did it, when its own phrase names no one."""
    actors = load_actor_lexicon()
    if source is None or not (source.pos_ == "NOUN" or _nominal_gerund(source)) or _actor(source, actors) is not None:
        return source  # "Indian shelling killed two civilians": a gerund used as a noun is the act too
    hit = _noun_trigger(source, load_trigger_lexicon())
    if hit is None or hit[0] != "ASSAULT":
        return source
    agent, _ = _noun_arguments(source, governors(source), cues, actors)
    return agent if agent is not None and _actor(agent, actors) is not None else source


def _attacker_of_instrument(trigger: Token) -> Token | None:
    """'killed in an Israeli air strike', 'wounded by Russian shelling', 'in a Hamas rocket attack',
    'in Israel's air strikes': who made the attack the victims were caught in, named on the attack
    noun by a demonym, an organisation or a possessor. Only an assault noun counts ("killed in a
    Gaza hospital" names a place), and a place compound does not ("killed in Gaza air strikes"
    names where they fell)."""
    lexicon = load_trigger_lexicon()
    for prep in [*trigger.children, *(p for c in _conjuncts_sharing_adjuncts(trigger) for p in c.children)]:
        if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"in", "by"}:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        noun = objects[-1] if objects else None  # "in [RSF] [shelling] of Omdurman": the parser splits the phrase
        split = objects[0] if len(objects) == 2 and objects[0].pos_ == "PROPN" else None
        hit = _noun_trigger(noun, lexicon) if noun is not None and noun.pos_ == "NOUN" else None
        if noun is not None and hit is not None and hit[0] == "ASSAULT":
            actors = load_actor_lexicon()
            if split is not None and _actor(split, actors) is not None:
                return split
            named = next((c for c in noun.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}
                          and (c.pos_ == "ADJ" or c.dep_ == "poss" or c.ent_type_ in {"NORP", "ORG"}
                               or names_organisation(phrase_tokens(c), actors) or _state_acronym(c))
                          # "a Boko Haram attack", "a US drone strike"; not "Gaza air strikes"
                          and not (c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"} and not _state_acronym(c))
                          and normalise_tokens(phrase_tokens(c), actors)[0] is not None), None)
            by = _prep_object(noun, frozenset({"by"}))  # "killed in an attack by Boko Haram"
            harmed = (_verb_trigger(trigger, lexicon) or ("", None))[0] == "ASSAULT"  # not "arrested in a clash"
            return named or (by if by is not None and _actor(by, actors) is not None else None) or _named_doer(
                noun) or (_parties_between(noun, actors) if harmed else None)  # "injured in clashes between ..."
    return _attacker_when(trigger, lexicon)


def _attacker_on_gerund(agent: Token, cues: StatusCues) -> Token | None:
    """'Three civilians were killed by Russian shelling in Kherson': the parser may read an attack
    noun after "by" as a gerund of its own clause ("shelling [in Kherson]") and leave "by" with no
    object; the demonym or name it still carries is the attacker, as on the noun ("an Israeli strike")."""
    gerund = _child(agent, "pcomp")
    if gerund is None or not _nominal_gerund(gerund):
        return None
    attacker = _agent_of_act(gerund, cues)
    return attacker if attacker is not gerund else None


def _nominal_gerund(token: Token) -> bool:
    """A gerund the parser made a verb though it is used as a noun: it has an adjective, an article or
    a possessor before it ("Indian shelling killed two civilians", "the shelling")."""
    return token.tag_ == "VBG" and any(c.dep_ in {"amod", "det", "poss"} for c in token.lefts)


def _shared_agent(trigger: Token) -> Token | None:
    """'were killed and dozens wounded by Israeli fire': the agent of a later passive of the same kind;
    not "wounded and taken by the Red Cross to hospital", where the second act is another's."""
    lexicon = load_trigger_lexicon()
    kind = _verb_trigger(trigger, lexicon)
    for verb in _conjuncts_sharing_adjuncts(trigger):
        agent = _child(verb, "agent")
        other = _verb_trigger(verb, lexicon)
        if agent is not None and kind is not None and other is not None and other[0] == kind[0]:
            return agent
    return None


def _passive_gerund_controller(verb: Token) -> Token | None:
    """'A gunman killed three people before being shot dead', 'was wounded after being hit': a passive
    gerund with no subject of its own befalls the subject of the clause it hangs on."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return None
    if _child(verb, "nsubj", "nsubjpass") is not None:
        return None  # "without a bullet being fired": the bullet is its own subject
    governing = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ not in {"pcomp", "advcl"} or governing.pos_ not in {"VERB", "AUX"}:
        return None
    subject = _subject(governing) or _child(governing, "nsubjpass")
    return resolve_relative(subject, governing) if subject is not None else None  # "Aung San, who ... before being"


def _conjuncts_sharing_adjuncts(trigger: Token) -> list[Token]:
    """'Five soldiers were killed and 12 wounded in an attack by Boko Haram', 'bandits killed 12 people
    and abducted dozens more in a raid on a village in Zamfara': the phrase after the last of two verbs
    tells how and where both came about. Only a verb with no such phrase of its own shares the ones
    of the verbs joined after it: passives with passives, and actives with actives of the same
    subject (a conjunct with a subject of its own is another clause)."""
    if any(c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"} for c in trigger.children):
        return []
    if _is_passive(trigger):
        gapped = [a for c in trigger.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "NUM"} and c.i > trigger.i
                  for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]  # "and dozens [wounded by ...]"
        return [c for c in trigger.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > trigger.i] + gapped
    return [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > trigger.i
            and not _is_passive(c) and _child(c, "nsubj", "nsubjpass") is None]


def _state_acronym(token: Token) -> bool:
    """'US', 'UK': a state written as an acronym before an attack noun names who struck, where a
    name written out may be where ("Gaza air strikes", "Yemen strikes")."""
    return token.is_upper and len(token.text.strip(".").replace(".", "")) <= 3 and _country_name(token)


def _attacker_when(trigger: Token, lexicon: TriggerLexicon) -> Token | None:
    """'35 people were killed when gunmen attacked a market': who made the attack the victims fell
    in, told in a "when" or "as" clause with an attack verb of its own; the clause may hang on a
    conjunct ("six people were killed and 30 injured when a suicide bomber blew himself up"). A
    passive clause names its attacker after "by" ("when their home was hit by a Russian drone")."""
    clause = _attack_when(trigger, lexicon)
    if clause is None:
        return None
    attacker = agent_of(clause) if _is_passive(clause) else _child(clause, "nsubj")
    return attacker if attacker is not None and _actor(attacker, load_actor_lexicon()) is not None else None


def _attack_when(trigger: Token, lexicon: TriggerLexicon) -> Token | None:
    """The verb of a "when" or "as" clause on the trigger or its conjunct that tells an attack:
    "attacked" in "35 people were killed when gunmen attacked a market", "thrown" in "when a grenade
    was thrown into a market in Kismayo" (a weapon's motion, which the verb lexicon alone misses)."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for clause in (c for verb in verbs for c in verb.children):
        if clause.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "as"}
                                                 for c in clause.children):
            continue
        act = _verb_trigger(clause, lexicon)
        if act is None:
            found = _verb_event(clause, lexicon)  # "a grenade was thrown": a weapon's motion
            act = (found.type, found.mode) if found is not None else None
        if act is not None and act[0] == "ASSAULT":
            return clause
    return None



def _names_a_city(modifier: Token, actors: ActorLexicon) -> bool:
    """'the Ankara attack', 'the Doha talks': a capital compounded before an act names where it was,
    not who did it; a country's name or its people's ("Russian strikes") name the doer."""
    key = (modifier.lower_,)
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and key in actors.countries \
        and key not in actors.country_names and key not in actors.demonyms


#: Verbs by which an authority orders its own act done ("ordered the release", "authorised the strike").
_ORDERING = frozenset({"order", "authorize", "authorise", "decree", "sanction"})


#: Verbs of travel whose "for" phrase names the visit or talks travelled for.
_TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "return"})


def _journey_for(trigger: Token) -> Token | None:
    """The verb of travel an event noun is the purpose of: "arrived in Islamabad for a two-day visit",
    "travelled to Kabul for talks"."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "for" or head.head.pos_ != "VERB":
        return None
    return head.head if head.head.lemma_.lower() in _TRAVEL_VERBS else None


def _noun_arguments(
    trigger: Token, chain: list[Governor], cues: StatusCues, actors: ActorLexicon
) -> tuple[Token | None, Token | None]:
    if _demanded_clause(trigger) is not None:
        return _spoken_demand_parties(trigger)
    source = _agent_named_on(trigger) or _named_doer(trigger) or responsible_party(trigger, cues)
    if source is None and _framed_act(trigger, load_trigger_lexicon()) is not None:
        source = _prep_object(trigger, frozenset({"of"}))  # "the mediation mission of the African Union"
    if source is not None and source.pos_ == "PRON":
        source = owner_of(source) or source  # "Russia intensified its campaign": Russia's
    if source is None and chain and chain[0].below is not None and chain[0].below.i == trigger.head.i \
            and (_judges(chain[0].token) or _misattached_accused(chain[0].token)):
        source = _gerund_controller(chain[0])  # "blamed Israel for the strike", "praised Qatar for its mediation"
    if source is None:
        modifiers = [c for c in trigger.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        # "a Russian missile strike": the parser hangs the demonym on the weapon before the act
        modifiers += [a for c in modifiers if c.dep_ == "compound" for a in c.lefts if a.dep_ == "amod"]
        source = next((c for c in modifiers if normalise_tokens([c], actors)[0] is not None
                       and not _names_a_city(c, actors)), None)
    head = trigger.head
    taking = _verb_taking(trigger)
    if source is None and taking is not None and (_is_light(taking) or taking.lemma_.lower() in cues.absorbing):
        source = _inherited_subject(chain, cues)  # "Israel launched a campaign", "Hamas proposed the liberation"
        if source is not None:
            source = resolve_relative(source, source.head)  # "North Korea, which has conducted a test"
    agreeing = head.head if trigger.dep_ == "pobj" and head.lower_ in {"to", "on"} else None
    if source is None and agreeing is not None and agreeing.pos_ == "VERB" and _verb_of_types(
            agreeing, frozenset({"AGREE"})):
        source = _subject(agreeing)  # "India and Pakistan agreed to a ceasefire": theirs
    carrier = _carrying_verb(trigger)
    if source is None and carrier is not None:
        source = agent_of(carrier)  # "the attack was carried out by Hamas"
    ordering = trigger.head if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _ORDERING else None
    if source is None and ordering is not None:
        source = _subject(ordering)  # "the president ordered the release of 50 prisoners": his act
    journey = _journey_for(trigger)
    if source is None and journey is not None:
        source = _subject(journey)  # "Wang Yi arrived in Islamabad for a two-day visit": his visit
    between = _parties_between(trigger, actors)
    mediated = between is not None and _noun_mode(trigger) == "third-party"
    if source is None and not mediated:
        source = between
    fallen = None
    if source is None and trigger.dep_ == "pobj" and head.lower_ in {"in", "during"}:
        main_verb = head.head  # "In an attack on October 7, Hamas captured ...": the clause's agent
        if is_misread_captive(main_verb):
            main_verb = main_verb.head  # "took 240 people hostage during the attack", "hostage" read as a verb
        if main_verb.pos_ == "VERB" and not _is_passive(main_verb) and not _met_with_force(trigger, main_verb):
            with_side = _prep_object(trigger, frozenset({"with"})) is not None
            side = with_side and _is_mutual(trigger, load_trigger_lexicon())  # "died in a clash with troops"
            if main_verb.lemma_.lower() in FATE_VERBS and not side:
                fallen = _child(main_verb, "nsubj")  # "40 civilians died in an attack": they fell in it
            else:
                source = _subject(main_verb)  # "bandits killed 12 and abducted dozens in a raid": the bandits
    target = _prep_object(trigger, frozenset({"of", "against", "on", "with"}))
    kind = _noun_trigger(trigger, load_trigger_lexicon())
    if target is None and kind == ("CONSULT", "visit"):
        # "began an official visit to India", "arrived in Moscow for a three-day visit": the host
        target = _prep_object(trigger, frozenset({"to"})) or (
            _prep_object(journey, frozenset({"in", "to"})) if journey is not None else None)
    if target is None and kind is not None and (kind == ("RETREAT", "access") or kind[0] == "AID"):
        # "humanitarian access to Gaza", "an aid package for Ukraine"
        reached = _prep_object(trigger, frozenset({"to", "for", "into"}))
        target = (_named_place(reached) or reached) if reached is not None else None  # "for the Darfur region"
    if target is not None and source is not None and target.i == source.i:
        target = _prep_object(trigger, frozenset({"against", "on", "with"}))
    if target is None and carrier is not None:
        target = _prep_object(carrier, frozenset({"against", "on"}))  # "airstrikes were carried out on Rafah"
    if target is None and taking is not None and _is_light(taking):
        target = _prep_object(taking, frozenset({"against", "on", "to"}))  # "laid siege to Mariupol"
    clause = _child(trigger, "acl")
    if target is None and clause is not None and _verb_trigger(clause, load_trigger_lexicon()) is None:
        target = _child(clause, "dobj")  # "a campaign to eliminate Hamas"
    if target is None and mediated:
        target = between  # "mediation efforts between rival militias": the mediator is another
    if target is None:
        target = fallen
    survivor = _survivor(trigger) or _under_attack(trigger, load_trigger_lexicon())
    if target is None:
        target = _captive_owner(trigger)  # "the hostages' release"
    placed = _placed_under(trigger)
    if placed is not None:  # "police placed Bobi Wine under house arrest", "he was placed under arrest"
        source = source or _subject(placed)
        target = target or _child(placed, "dobj", "nsubjpass")
    if target is None and survivor is not None and (source is None or source.i != survivor.i):
        target = survivor  # "the prime minister survived an assassination attempt"; not "repelled an attack on Bakhmut"
    return source, target


#: Participles on an act noun that name its doer: by their agent ("an attack claimed by the Islamic
#: State"), or by what the act is laid on ("a drone strike blamed on the RSF", "attributed to Hamas").
_CLAIMED_BY = frozenset({"claim"})
_LAID_ON = frozenset({"blame", "attribute", "pin"})


def _named_doer(act: Token) -> Token | None:
    """The party a participle on an act noun names as its doer: the Islamic State in "a bombing claimed
    by the Islamic State", the RSF in "a drone attack blamed on the RSF". Who laid the blame is not
    said; the act is still told as done, and the one it is laid on is its source.

    The parser may hang the blame on the last noun of the act's own phrase ("an attack on a village in
    Ituri province blamed on the ADF"); a place or a victim is not what blame is laid on, so the act
    takes it. A claim so hung stays with its noun ("an attack on a town claimed by Russia")."""
    for clause in act.subtree:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or not _in_own_phrase(clause.head, act):
            continue
        lemma = clause.lemma_.lower()
        if clause.head.i != act.i and lemma not in _LAID_ON:
            continue
        doer = agent_of(clause) if lemma in _CLAIMED_BY else (
            _prep_object(clause, frozenset({"on", "to"})) if lemma in _LAID_ON else None)
        if doer is not None and _actor(doer, load_actor_lexicon()) is not None:
            return doer
    return None


def _in_own_phrase(noun: Token, act: Token) -> bool:
    """``noun`` is the act noun or is reached from it through prepositional phrases alone."""
    while noun.i != act.i:
        if noun.dep_ not in {"pobj", "prep"}:
            return False
        noun = noun.head
    return True


def _met_with_force(occasion: Token, main_verb: Token) -> bool:
    """'Police detained 50 people during protests': whoever arrests, attacks or coerces during a
    protest meets it with force, and does not march in it."""
    lexicon = load_trigger_lexicon()
    hit = _noun_trigger(occasion, lexicon)
    act = _verb_event(main_verb, lexicon)
    return hit is not None and hit[0] == "PROTEST" and act is not None and act.type in {"ASSAULT", "COERCE"}


#: Waters a missile may be fired toward without aiming at anyone ("towards the Sea of Japan").
_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "waters", "bay"})


def _aimed_toward(verb: Token) -> Token | None:
    """What an attack or threat is aimed toward: "toward Tel Aviv", not "toward the Sea of Japan".
    The parser may hang the phrase on what is fired ("fired a barrage of rockets toward Tel Aviv").
    People an attack goes into are its target too ("a car rammed into a crowd", "fired into the
    crowd"); a place gone into is not ("fired a missile into the sea")."""
    toward = frozenset({"toward", "towards"})
    fired = _child(verb, "dobj")
    aimed = _prep_object(verb, toward) or (_prep_object(fired, toward) if fired is not None else None)
    into = _prep_object(verb, frozenset({"into"}))
    if aimed is None and into is not None and into.pos_ == "NOUN" and names_party(into):
        aimed = into
    if aimed is None or any(t.lemma_.lower() in _WATERS for t in aimed.subtree):
        return None
    return aimed


def _to_blame(verb: Token) -> Token | None:
    """Who "is to blame" ("Hamas was to blame for the collapse"): the subject of "be", blamed, not blaming."""
    if verb.lemma_.lower() != "blame" or not follows_be_to(verb):
        return None  # not "it is hard to blame any one person"
    return _child(verb.head, "nsubj")


#: Verbs of getting away from an act, and the acts one gets away from before they happen.
_ESCAPING = frozenset({"escape", "evade", "avoid", "dodge", "elude"})
_WHAT_IS_ESCAPED = frozenset({"arrest", "abduct", "restrict"})


def _escaped(trigger: Trigger) -> bool:
    """'The journalist escaped arrest', 'two journalists narrowly escaped abduction': an act one
    gets away from did not happen. An attack escaped ("escaped an ambush") did: its escaper is its target."""
    token = trigger.token
    return (trigger.nominal and token.dep_ == "dobj" and token.head.lemma_.lower() in _ESCAPING
            and (trigger.mode in _WHAT_IS_ESCAPED or trigger.type == "COERCE"))


#: Verbs whose subject underwent or held off the act their object names.
_SURVIVING = frozenset({"survive", "escape", "withstand", "repel", "repulse"})


def _survivor(trigger: Token) -> Token | None:
    """Who survived, escaped or held off the act: the subject of "survived an assassination
    attempt", "repelled an attack on its base"."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in _SURVIVING:
        return None
    subject = _child(verb, "nsubj")
    return resolve_relative(subject, verb) if subject is not None else None


def _for_a_reason(fire: Token) -> bool:
    """'came under fire for his remarks', 'over the decision': fire with a reason is criticism."""
    verb = fire.head.head
    return any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in [*fire.children, *verb.children])


def _under_attack(trigger: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who comes or is under the act: the subject of "the convoy came under fire", "the town was under
    heavy shelling" (``under_fire`` in the lexicon)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in lexicon.under_fire_verbs:
        return None
    subject = _child(prep.head, "nsubj")
    return resolve_relative(subject, prep.head) if subject is not None else None


def _noun_mode(trigger: Token) -> str | None:
    """The mode an event noun names on its own ("mediation": third-party)."""
    hit = _noun_trigger(trigger, load_trigger_lexicon())
    return hit[1] if hit is not None else None


def _is_mutual(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """A noun act two sides do together: talks, a deal, clashes, a ceasefire; not an attack with a
    weapon ("drone strikes between Sanaa and Hodeidah" names a stretch of road, not the sides)."""
    hit = _noun_trigger(trigger, lexicon)
    if hit == ("RETREAT", "ceasefire"):
        return True  # "the ceasefire between Israel and Hezbollah": both hold their fire
    return hit is not None and hit[0] in lexicon.reciprocal_types and (hit[0] != "ASSAULT" or hit[1] is None)


def _is_town(token: Token, actors: ActorLexicon) -> bool:
    """A place name that is no country: "between Rafah and Khan Younis" is a stretch, not two sides."""
    if token.ent_type_ not in _PLACE_LABELS:
        return False
    name = entity_of(token)
    words = tuple(t.lower_ for t in name) if name is not None else (token.lower_,)
    return words not in actors.countries and words[1:] not in actors.countries


def _parties_between(trigger: Token, actors: ActorLexicon) -> Token | None:
    """'clashes between police and protesters', 'fighting broke out between the army and the RSF':
    the parties named after "between", on the noun, on the verb it takes place by, or on the light
    verb that has it as object ("launched a mediation effort between ..."). Their conjuncts join
    them as partners, so the act is joint, as "police and protesters clashed" is; in a mediation
    ("efforts between rival militias") they are its target."""
    lexicon = load_trigger_lexicon()
    parties = _prep_object(trigger, frozenset({"between"}))
    if parties is None and (_occurs_by(trigger, lexicon) or (trigger.dep_ == "dobj" and _is_light(trigger.head))):
        parties = _prep_object(trigger.head, frozenset({"between"}))  # "launched a mediation effort between"
    if parties is None or _is_town(parties, actors) or not _is_mutual(trigger, lexicon):
        return None  # the trigger lookup last: most event nouns have no "between" at all
    side = _actor(parties, actors)
    return parties if side is not None and (side.country or side.sector) else None


def _spoken_demand_parties(trigger: Token) -> tuple[Token | None, Token | None]:
    """Speaker and addressee of a demand made in a speech noun: "the minister issued a reminder to
    Syria that ...": the owner or the subject of the verb that has the noun as object, and the one
    it is addressed "to" (on the noun or on that verb); with no addressee, the framed clause gives it."""
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else None
    source = _child(trigger, "poss") or (_subject(verb) if verb is not None else None)
    target = _prep_object(trigger, frozenset({"to"}))
    if target is None and verb is not None:
        target = _prep_object(verb, frozenset({"to"}))
    return source, target


_NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _actor(token: Token | None, actors: ActorLexicon, *, conjuncts: bool = True) -> Actor | None:
    """The actor headed by ``token``, or None when the phrase names no one we can place.

    A phrase with neither country nor sector that is not a name or pronoun ("the truce", "a
    claim") is a thing, not an actor. In "the Islamist movement Hamas" the name is the head.
    """
    if token is None or token.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}:
        return None
    token = _counted_party(token)
    if token.ent_type_ in _NON_ACTOR_ENTITIES and not is_crowd(token):  # "thousands rallied" are people
        return None
    appos = _child(token, "appos")
    described: Actor | None = None
    if appos is not None and appos.pos_ == "PROPN" and token.pos_ == "NOUN":
        if token.lemma_.lower() in actors.collectives or normalise_tokens([token], actors)[1] is not None:
            described = actor_for(token, lexicon=actors, with_conjuncts=conjuncts)  # a person or group
        token = appos
    actor = actor_for(token, lexicon=actors, with_conjuncts=conjuncts)
    if described is None and appos is not None and token.pos_ == "PROPN" and appos.pos_ == "NOUN":
        actor = _described_name(token, appos, actor, actors)
    if described is not None:  # "a member of the Kenyan parliament, John Mbadi": the name, placed by its description
        actor = actor.model_copy(update={"country": actor.country or described.country,
                                         "sector": actor.sector or described.sector})
    if actor.country is None and actor.sector is None and token.pos_ not in {"PROPN", "PRON"}:
        return None
    if actor.country is None and _may_be_place(token) and not is_upper_sentence(token):
        # "bombed Idlib": the town's country (upper-case text's entity labels are not trusted)
        entity = entity_of(token)
        country = _place_country(list(entity) if entity is not None else [token], actors)
        if country is not None:
            return actor.model_copy(update={"country": country})
    return actor


#: Prepositions of place, and nouns of a settlement named with "of" ("the town of Aleppo").
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "across", "around", "outside", "inside", "from",
                                    "toward", "towards"})
_SETTLEMENTS = frozenset({"town", "city", "village", "province", "region", "district", "capital", "port"})
#: Region nouns written after their name: "Zamfara state", "Cabo Delgado province", "Kherson oblast".
_PROVINCES = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast", "prefecture",
                        "territory", "township", "camp", "village", "town"})
#: The same for the parts of a town ("the Solino neighbourhood"), whose names the gazetteer of towns does
#: not hold: "San Borja neighborhood in Lima" is no Bolivian town of San Borja.
_TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "suburb", "municipality"})
_REGIONS = _PROVINCES | _TOWN_PARTS
#: Acts done to a place when its name is their object: "attacked Aleppo", "shelled Kherson".
_PLACE_ACTS = frozenset({"ASSAULT", "COERCE"})


def _may_be_place(token: Token) -> bool:
    """A place by its entity label, or a name the tagger called a people ("attacked Aleppo" is
    tagged NORP) as the object of an attack or a seizure, whatever the label after a verb whose
    object is ground ("shelled Kharkiv" is tagged a person), or one it left unlabelled or called a
    people after a preposition of place. The gazetteer then may place it; a name asked, signed or
    forgiven ("asked God", "signed Walker") is no place."""
    if token.ent_type_ in _PLACE_LABELS:
        return True
    head = token.head
    lexicon = load_trigger_lexicon()
    if token.pos_ == "PROPN" and (_ground_object(token, lexicon) or _controlled(token, lexicon)):
        return token.ent_type_ in {"", "NORP", "PERSON", "ORG"}  # "shelled Kharkiv", tagged a person
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "NORP", "ORG"}:
        return False
    if token.dep_ == "dobj":  # an unlabelled object may be a person: "troops killed Walker"
        hit = load_trigger_lexicon().verbs.get(head.lemma_.lower())
        # "attacked El Fasher", tagged an organisation: a town's name of several words is the town
        named = token.ent_type_ == "NORP" or (token.ent_type_ == "ORG" and _town_of_several_words(token))
        return named and hit is not None and hit[0] in _PLACE_ACTS
    if token.ent_type_ == "ORG":
        return False
    if token.dep_ != "pobj":
        return False
    return head.lower_ in _LOCATIVE_PREPOSITIONS or (head.lower_ == "of" and head.head.lemma_.lower() in _SETTLEMENTS)


def _town_of_several_words(token: Token) -> bool:
    """The whole entity is a gazetteer town of several words and no organisation the actor lexicon
    knows ("El Fasher", not "Al Shabaab")."""
    entity = entity_of(token)
    if entity is None or len(entity) < 2 or names_organisation(list(entity), load_actor_lexicon()):
        return False
    return _fold(entity.text) in _place_countries()


def _ground_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """The object of a verb whose object is ground: "shelled Kharkiv", "took over Goma"."""
    if token.dep_ != "dobj":
        return False
    return bool(lexicon.ground_verbs.intersection(verb_lemmas(token.head))) or _takes_over(token.head, lexicon)


def _ground_holder(act: Token, target: Token | None, actors: ActorLexicon) -> Token | None:
    """'retook Wad Madani from the RSF': ground taken from an armed party or a state is taken from that
    party, which the act is aimed at; the ground is where it happened. "Evacuated civilians from
    Rafah" and "fired from Lebanon" name places, not holders, and keep their objects."""
    ground, lexicon = _child(act, "dobj"), load_trigger_lexicon()
    if target is None or ground is None or not _ground_object(ground, lexicon) \
            or _kind_taken(ground, lexicon) != "ground":
        return None
    holder = _prep_object(act, frozenset({"from"}))
    found = _actor(holder, actors) if holder is not None else None
    if holder is None or found is None or found.sector not in {"MIL", "REB", "GOV"} or _may_be_place(holder):
        return None
    return holder


def _takes_over(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'took over Goma': a verb of ``over_verbs`` with the particle "over"."""
    return verb.lemma_.lower() in lexicon.over_verbs and any(c.dep_ == "prt" and c.lower_ == "over"
                                                            for c in verb.children)


def _controlled(token: Token, lexicon: TriggerLexicon) -> bool:
    """What a party has or takes control of: "control of Goma", "control over Bakhmut"."""
    return (token.dep_ == "pobj" and token.head.lower_ in _CONTROLLED_PREPS
            and token.head.head.lemma_.lower() in lexicon.control_nouns)


def _described_name(name: Token, appos: Token, actor: Actor, actors: ActorLexicon) -> Actor:
    """'The Kachin Independence Army, an ethnic armed group': a name the dictionary does not know,
    described right after it, is what the description says (REB), not what its last word ("Army")
    would make it. A name the dictionary knows keeps its entry."""
    if names_organisation(phrase_tokens(name), actors):
        return actor
    country, sector = normalise_tokens(phrase_tokens(appos), actors)
    sector = body_of_post(appos, actors) or sector  # "Hector Oqueli, leader of the leftist party": POL
    if sector is None:
        return actor
    return actor.model_copy(update={"country": actor.country or country, "sector": sector})


#: Words that take a part of the people their "of" phrase names: "some of the soldiers", "many of its troops".
_PARTITIVES = frozenset({"many", "some", "most", "several", "few", "all", "both", "each", "half", "majority", "rest"})


def _counted_party(token: Token) -> Token:
    """A count of people stands for the people: "hundreds of settlers", "tens of thousands of students",
    "some of the soldiers".

    The count itself is a number, not a party; the "of" phrase it heads names who acted or was hit.
    A pronoun there ("13 of them") is left alone: it names no one by itself, and taking it as the
    party would give "them" the country of whoever is nearest.
    """
    while (token.ent_type_ in {"CARDINAL", "QUANTITY"} or token.like_num or vague_unit(token.text) is not None
           or token.lower_ in _PARTITIVES):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = _child(of, "pobj") if of is not None else None
        if counted is None or counted.pos_ == "PRON":
            return token
        token = counted
    return token


def _with_place_country(actor: Actor | None, head: Token | None, place: Span | None,
                        actors: ActorLexicon) -> Actor | None:
    """A target with no country takes the one of where it was hit or taken from ("hostages from Israel").

    People attacked or seized at a place are, in the usual case, of that place.
    """
    if actor is None or head is None or _is_international(actor):
        return actor  # "gunmen attacked a UN convoy in Mali": the UN's convoy is no Malian one
    if actor.country is not None and not (place is not None and is_ethnic_group(head, actors)):
        return actor  # an ethnic group is of where it lives: "ethnic Albanians demonstrated in Serbia"
    origin = _prep_object(head, frozenset({"from"}))
    candidates = [phrase_tokens(origin)] if origin is not None and origin.ent_type_ in _PLACE_LABELS else []
    if place is not None:
        candidates.append(list(place))
    for tokens in candidates:
        country = _place_country(tokens, actors)
        if country is not None:
            return actor.model_copy(update={"country": country})
    return actor


def _is_international(actor: Actor) -> bool:
    """An intergovernmental body ("the UN", "UNRWA staff"): where it works says nothing of whose it
    is. Aid groups are left to their place: "the Red Crescent in Bam" is Iran's national society."""
    return actor.sector == "IGO"


#: Types of talk and dealings between parties, which often take place on a third party's ground.
_VERBAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT"})


def _state_forces(actor: Actor | None, head: Token | None, event_type: str, actors: ActorLexicon) -> Actor | None:
    """'an Israeli airstrike', 'Russian missiles struck Kharkiv', 'Israeli tank fire hit a school': a
    state's demonym on an attack, on its weapon or on its fire names the state's armed forces (MIL) as
    the attacker, where it names no body itself; so does the state's own name on a strike made with
    arms of war ("a US drone strike", "Israel's air strikes"), which the dictionary alone reads as its
    government. The tagger reads some demonyms as places or names ("Ukrainian shelling killed ..."),
    so the actor dictionary says what is one."""
    if actor is None or head is None or event_type != "ASSAULT" or actor.country is None:
        return actor
    if actor.sector == "GOV" and _state_named_on_strike(head, actors):
        return actor.model_copy(update={"sector": "MIL"})
    if actor.sector is not None:
        return actor
    lexicon = load_trigger_lexicon()
    weapons = lexicon.mode_modifiers.get("ASSAULT", {})
    demonym = (head.pos_ == "ADJ" and head.ent_type_ == "NORP") or _demonym_before_attack(head, actors)
    fire = bool(_noun_forms(head) & lexicon.under_fire_nouns)  # "Israeli fire", "Israeli tank fire"
    if demonym or fire or bool(_noun_forms(head) & set(weapons)) or _is_event_noun(head):
        return actor.model_copy(update={"sector": "MIL"})
    return actor


def _demonym_before_attack(word: Token, actors: ActorLexicon) -> bool:
    """'Ukrainian shelling killed a woman', 'by Russian shelling': a demonym right before an attack or
    weapon word, which the tagger may call a place or a name and the parser the verb's subject; not
    one standing for a person ("a Russian stabbed two people") or a people ("Ukrainians")."""
    if word.tag_ not in {"JJ", "NNP"} or (word.lower_,) not in actors.demonyms or word.i + 1 >= len(word.doc):
        return False
    after, lexicon = word.nbor(1), load_trigger_lexicon()
    if after.pos_ == "NOUN":
        return _is_weapon_or_attack(after, lexicon)
    # "shelling" read as a verb is still the noun of the lexicon; "an Afghan stabbed" is a verb
    return after.tag_ == "VBG" and lexicon.nouns.get(after.lower_, ("",))[0] == "ASSAULT"


#: Modes of attacks made with arms of war, which a state makes through its armed forces.
_WAR_ARMS_MODES = frozenset({"aerial", "drone", "heavy-weapons"})
#: Attack nouns of no weapon that a state makes through its armed forces: "a US strike" (a raid may be
#: the police's: "a US raid on an Iowa plant").
_MILITARY_STRIKES = frozenset({"strike"})


def _state_named_on_strike(name: Token, actors: ActorLexicon) -> bool:
    """'a US drone strike', 'Israel's air strikes': a state's own name (not a people's, a capital's
    or a region's) as the possessor of an attack made with arms of war (``_WAR_ARMS_MODES``) or of
    such a weapon, or written as an acronym before it (:func:`_state_acronym`). A name written out
    before the attack may be where it fell ("Yemen air strikes killed 20")."""
    acronym = _state_acronym(name)
    owner = name.dep_ == "poss" or (name.dep_ in {"compound", "nmod"} and acronym)
    if name.pos_ != "PROPN" or not owner or ((name.lower_,) not in actors.country_names and not acronym):
        return False
    lexicon = load_trigger_lexicon()
    weapons = lexicon.mode_modifiers.get("ASSAULT", {})
    strike = name.head
    armed_by = [strike, *(c for c in strike.children if c.dep_ in {"compound", "amod"})]
    if any(weapons.get(form) in _WAR_ARMS_MODES for word in armed_by for form in _noun_forms(word)):
        return True  # "a US drone strike", "Israel's missiles"
    hit = _noun_trigger(strike, lexicon) if strike.pos_ == "NOUN" else None
    armed = hit is not None and (hit[1] in _WAR_ARMS_MODES or strike.lemma_.lower() in _MILITARY_STRIKES)
    return hit is not None and hit[0] == "ASSAULT" and armed  # "Israel's airstrikes", "a US strike"


def _reported_own_losses(actor: Actor | None, act: Token, source: Token | None,
                         actors: ActorLexicon) -> Actor | None:
    """'Israel's military said two soldiers were killed in fighting in southern Gaza': soldiers of no
    named side, hit by no named attacker, whom a state's army or government reports are its own, not
    of the place they fell in (Gaza would make them Palestinian). A report of what the speaker did
    ("said it killed 20 soldiers") names an attacker and is left alone."""
    return actor if source is not None else _reported_own_forces(actor, act, actors)


def _reported_own_forces(actor: Actor | None, act: Token, actors: ActorLexicon) -> Actor | None:
    """'Pakistan's military said security forces killed 11 militants': forces of no named side whose
    deed a state's army or government reports are its own."""
    if actor is None or actor.country is not None or actor.sector != "MIL":
        return actor
    country = _reporting_state(act, actors)
    return actor.model_copy(update={"country": country}) if country is not None else actor


def _reporting_state(act: Token, actors: ActorLexicon) -> str | None:
    """The country of the army or government whose report announces ``act``, if a state's body reports it."""
    report = _announcing_verb(act, load_status_cues())
    speaker = _child(report, "nsubj") if report is not None else None
    if speaker is None:
        return None
    country, sector = _side(speaker, actors)
    return country if sector in {"MIL", "GOV"} else None


def _with_closing_country(actor: Actor | None, trigger: Token, actors: ActorLexicon) -> Actor | None:
    """'ambushed an Israeli patrol in Jabalia, killing three soldiers': the victims of a closing
    participle are of the party the clause's act was aimed at, before the place is asked (Jabalia
    would make the soldiers Palestinian)."""
    if actor is None or actor.country is not None or actor.sector in {None, "CVL"}:
        return actor
    head = _closed_clause(trigger)
    if head is None:
        return actor
    for obj in [*(o for o in head.children if o.dep_ == "dobj"), *_aimed_at_by(head)]:
        found = _actor(obj, actors)
        if found is not None and found.country is not None:
            return actor.model_copy(update={"country": found.country})
    return actor


def _ethnic_by_place(actor: Actor | None, head: Token | None, trigger: Token, actors: ActorLexicon) -> Actor | None:
    """An ethnic group acting somewhere is of that country ("ethnic Albanians demonstrated in Serbia")."""
    if actor is None or head is None or not is_ethnic_group(head, actors):
        return actor
    return _with_place_country(actor, head, _place(trigger, []), actors)


#: Acts only a state's own civil authorities exercise over its territory: arrests, curfews, bans,
#: censorship, seizures, and the threat of them (PLOVER COERCE; THREATEN restrict).
_AUTHORITY_SECTORS = frozenset({"GOV", "JUD"})


def _domestic_authority(actor: Actor | None, event_type: str, mode: str | None, place: Span | None,
                        actors: ActorLexicon) -> Actor | None:
    """'Police arrested 20 people in Lahore', 'he will extend the curfew in Abidjan': the authority is the place's.

    A government or judicial actor with no country who arrests, bans or imposes a curfew at a
    place of known country is that country's own authority: a state coerces on its own soil.
    Armed forces are left alone (they also occupy).
    """
    coercive = event_type == "COERCE" or (event_type == "THREATEN" and mode == "restrict")
    if actor is None or actor.country is not None or not coercive or place is None:
        return actor
    if actor.sector is not None and actor.sector not in _AUTHORITY_SECTORS:
        return actor
    return _of_the_place(actor, place, actors)


def _of_the_place(actor: Actor, place: Span, actors: ActorLexicon) -> Actor:
    """``actor`` with the country of ``place``, when the gazetteer knows it."""
    country = _place_country(list(place), actors)
    return actor.model_copy(update={"country": country}) if country is not None else actor


#: Sectors of people a state coerces, tries or punishes at home: its civilians, opposition, press, clergy.
_SUBJECT_SECTORS = frozenset({"CVL", "POL", "MED", "REL", "EDU", "LAB", "HLH", "BUS"})


def _state_subject(target: Actor | None, target_tok: Token | None, source: Actor | None, event_type: str,
                   mode: str | None) -> Actor | None:
    """'Vietnam jailed environmental activist Hoang Thi Minh Hong', 'a Moscow court sentenced
    opposition politician Vladimir Kara-Murza', 'Iranian authorities executed a protester': people of
    no named country whom a state's government, police or courts arrest, try or punish are its own
    subjects. Its armed forces are left alone (they also occupy), and so are expulsions and releases,
    whose people are often foreign ("expelled two diplomats", "Israel released prisoners")."""
    if target is None or target.country is not None or source is None or source.country is None:
        return target
    if source.sector not in _AUTHORITY_SECTORS:
        return target
    punished = event_type == "COERCE" or (event_type, mode) == ("SANCTION", "convict") or event_type == "ASSAULT"
    person = target.sector in _SUBJECT_SECTORS or (
        target.sector is None and target_tok is not None and target_tok.ent_type_ == "PERSON")
    return target.model_copy(update={"country": source.country}) if punished and person else target


#: Acts of force and coercion between a state's forces and armed groups of its own.
_INTERNAL_FIGHTING = frozenset({"ASSAULT", "COERCE"})
#: Sectors of a state's forces and authorities, whose armed foes at home are mostly its own insurgents.
_STATE_FORCE_SECTORS = frozenset({"MIL", "GOV"})


def _compatriot_fighters(source: Actor | None, target: Actor | None, event_type: str,
                         actors: ActorLexicon) -> tuple[Actor | None, Actor | None]:
    """'Cameroonian soldiers killed separatist fighters', 'guerrillas killed two Peruvian soldiers':
    an armed group of no named country fighting a state's forces or police is, failing a place or a
    name that says otherwise (those were asked first), of that state: insurgents, gangs and
    militias mostly fight their own state. Only between the two parties of one act of force."""
    if event_type not in _INTERNAL_FIGHTING or source is None or target is None:
        return source, target
    return _armed_compatriot(source, target, actors), _armed_compatriot(target, source, actors)


def _is_joint_or_posted(head: Token | None, actors: ActorLexicon) -> bool:
    """'French and Malian troops', 'Kenyan police deployed in Haiti': forces of several states, or
    posted in another country, say nothing of their foes' country."""
    if head is None:
        return False
    joined = [c for c in head.children if c.dep_ == "conj"]
    joined += [c for left in head.lefts for c in left.children if c.dep_ == "conj"]  # "Nigerian and Chadian troops"
    if joined:
        return True
    return any(t.dep_ == "pobj" and t.head.lower_ in {"in", "to"} and normalise_tokens([t], actors)[0] is not None
               for t in head.subtree if t.i > head.i)


def _armed_compatriot(fighter: Actor, state: Actor, actors: ActorLexicon) -> Actor:
    """``fighter`` with ``state``'s country when it is an armed group of none and ``state`` a state's
    force at home. Not a named group of no country ("Islamic State fighters" fight in many states), nor
    against a post held abroad ("gunmen attacked the US embassy") or forces mostly reported abroad
    (the lexicon's ``forces_abroad``: "Israeli troops killed three militants")."""
    if fighter.country is not None or fighter.sector != "REB" or state.country is None:
        return fighter
    if state.sector not in _STATE_FORCE_SECTORS or state.country in actors.forces_abroad:
        return fighter
    words = (state.text or "").lower().replace("-", " ").split()
    if any(w.rstrip("s") in actors.posted_abroad or w in actors.posted_abroad for w in words[-1:]):
        return fighter
    if _names_stateless_group(fighter.text or "", actors):
        return fighter
    return fighter.model_copy(update={"country": state.country})


def _names_stateless_group(text: str, actors: ActorLexicon) -> bool:
    """The phrase holds a dictionary organisation of no country ("Islamic State", "al-Qaeda")."""
    words = text.lower().replace("-", " - ").split()
    for n in range(min(6, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            found = actors.organisations.get(tuple(words[i : i + n]))
            if found is not None:
                return found[0] is None
    return False


#: Acts done to people: a nation's name for their object means its people.
_ACTS_ON_PEOPLE = frozenset({"ASSAULT", "COERCE"})


def _nation_as_people(actor: Actor | None, head: Token | None, event_type: str,
                      actors: ActorLexicon) -> Actor | None:
    """'troops detained 15 Palestinians', 'a gunman attacked Israelis at a bus stop': a plural demonym
    alone, attacked or detained, is people of that nation (CVL), not its state. As a speaker or doer
    ("the Israelis rejected the plan") it is left alone: there it is the state's side."""
    if actor is None or head is None or actor.sector is not None or event_type not in _ACTS_ON_PEOPLE:
        return actor
    plural = head.tag_ in {"NNS", "NNPS"}
    # "the Israelis", "the Americans" name a side in a war; people are written without the article
    alone = not any(c.dep_ in {"compound", "amod", "poss", "det"} for c in head.children)
    nation = (head.lower_,) in actors.demonyms
    return actor.model_copy(update={"sector": "CVL"}) if plural and alone and nation else actor


def _local_police(actor: Actor | None, head: Token | None, place: Span | None, actors: ActorLexicon,
                  event_type: str) -> Actor | None:
    """'Security forces fired live ammunition at demonstrators in Nairobi', 'police in Dhaka killed a
    student', 'government troops clashed with Tamil rebels near Jaffna', 'gunmen killed 12 villagers in
    Zamfara state': police, security forces, a government's forces and armed groups of no named
    country, acting at a place of known country, are its own, whatever they do. Troops and soldiers
    alone are left alone: they also fight abroad."""
    if actor is None or actor.country is not None or head is None or place is None or is_upper_sentence(head):
        return actor
    security = head.lemma_.lower() in _SECURITY_HEADS and any(c.lower_ == "security" for c in head.lefts)
    governing = any(c.lower_ in {"government", "regime", "junta", "federal"} for c in head.lefts)  # "federal troops"
    # "gunmen killed 12 villagers in Zamfara state": local armed men, where they struck; a threat is
    # placed where the threatened attack would be, not where its makers are
    insurgents = actor.sector == "REB" and event_type == "ASSAULT"
    if not (_are_police(head) or security or governing or insurgents):
        return actor
    return _of_the_place(actor, place, actors)


#: Lemmas of a state's armed forces written without a country: "troops", "soldiers", "the army".
_BARE_FORCES = frozenset({"troop", "soldier", "army", "military"})
#: Dependencies of words that tell whose forces they are or that they are several states': "foreign
#: troops", "UN troops", "its soldiers", "troops and police", "soldiers from Chad".
_FORCES_OWNERS = frozenset({"amod", "compound", "poss", "nmod", "conj", "appos", "prep", "acl", "relcl"})


def _home_forces(actor: Actor | None, head: Token | None, place: Span | None, event_type: str, mode: str | None,
                 target: Actor | None, actors: ActorLexicon) -> Actor | None:
    """'Troops opened fire on protesters in Mandalay', 'soldiers killed six militants in North
    Waziristan': troops or soldiers of no named owner, attacking or seizing people where they are,
    are the place's own state's forces, as with police (:func:`_local_police`).

    Not where they would mostly be foreign: at a place of a state whose forces are mostly reported
    abroad (``forces_abroad``; Ukrainian troops fought in Kursk) or held by another's forces
    (``held_by_foreign_forces``: Gaza, the West Bank); not when the article names such a state, or
    this sentence another state, before the act; not for shelling, air or drone strikes
    (``_WAR_ARMS_MODES``), which reach a place from afar ("troops shelled Kherson"), nor for an act
    on no people, whose place may be only what was struck ("soldiers killed two smugglers near Lake
    Chad", the lake read as the object)."""
    if actor is None or actor.country is not None or actor.sector != "MIL" or head is None or place is None:
        return actor
    if target is None or target.sector is None:
        return actor
    if event_type not in _INTERNAL_FIGHTING or mode in _WAR_ARMS_MODES or is_upper_sentence(head):
        return actor
    if head.lemma_.lower() not in _BARE_FORCES or any(c.dep_ in _FORCES_OWNERS for c in head.children):
        return actor
    country = _place_country(list(place), actors)
    if country is None or country in actors.forces_abroad or country in actors.held_by_foreign_forces:
        return actor
    return actor if _other_state_named(head, country, actors) else actor.model_copy(update={"country": country})


def _other_state_named(head: Token, home: str, actors: ActorLexicon) -> bool:
    """Whether the text up to the end of ``head``'s sentence names a state other than ``home`` that
    could own its forces: in this sentence or the one before any ("Rwandan troops were deployed to
    Cabo Delgado. Troops killed ..."), further back one whose forces are mostly reported abroad (an
    article on Gaza names Israel). An international body named near them ("the African Union mission
    said") may own them too."""
    sentence, doc = sentence_of(head), head.doc
    near = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    names = [list(ent) for ent in doc.ents if ent.end <= sentence.end and (
        ent.label_ in _PLACE_LABELS | {"NORP"} or (ent.label_ == "ORG" and ent.start >= near))]
    names += [[t] for t in doc[near : sentence.end] if t.pos_ in {"PROPN", "ADJ"} and not t.text.islower()]
    for words in names:
        country, sector = normalise_tokens(words, actors)
        if sector == "IGO" and words[0].i >= near:
            return True  # "the African Union mission said", "UN troops"
        if country is None or country == home or sector not in {None, "GOV", "MIL"}:  # not "HRW", "M23"
            continue
        if words[0].i >= near or country in actors.forces_abroad:
            return True
    return False


#: Heads of "security forces", "security services": a state's own internal forces.
_SECURITY_HEADS = frozenset({"force", "forces", "service", "services", "personnel", "agent", "agents", "official",
                             "officials", "officer", "officers"})


def _local_protesters(actor: Actor | None, event_type: str, place: Span | None, actors: ActorLexicon) -> Actor | None:
    """'Hundreds of thousands of people marched in Hong Kong': civilians protesting at a place of
    known country, with no country of their own, are its people, as CAMEO and PLOVER coders take a
    crowd to be local unless the text says otherwise."""
    if event_type != "PROTEST" or actor is None or actor.country is not None or actor.sector != "CVL":
        return actor
    return _of_the_place(actor, place, actors) if place is not None else actor


def _domestic_people(source: Actor | None, source_tok: Token | None, target: Actor | None,
                     target_tok: Token | None, actors: ActorLexicon) -> tuple[Actor | None, Actor | None]:
    """A named person of unknown country who deals with one country's own people is of that country.

    "President Mwanawasa reneged on his commitment to the Zambian people", "opposition groups in
    Zimbabwe demand that President Mugabe resign": leaders are reported acting on, and being
    challenged by, their own citizens, parties, students and press. A state, army, armed group or
    international body as the other party says nothing of the person's own country, nor do
    refugees and migrants, who live abroad.
    """
    return (_as_compatriot(source, source_tok, target, target_tok, actors),
            _as_compatriot(target, target_tok, source, source_tok, actors))


def _as_compatriot(person: Actor | None, head: Token | None, other: Actor | None,
                   other_head: Token | None, actors: ActorLexicon) -> Actor | None:
    """``person`` with the country of ``other`` when it is an unplaced person and ``other`` a domestic group."""
    if person is None or person.country is not None or head is None or head.ent_type_ != "PERSON":
        return person
    if other is None or other.country is None or other_head is None or not _heads(other, other_head):
        return person
    if other_head.pos_ != "NOUN" or not _is_constituency(other_head, other.country, actors):
        return person  # "Putin met Ukrainian negotiators": a foreign group says nothing of the person
    return person.model_copy(update={"country": other.country})


def _is_constituency(group: Token, country: str, actors: ActorLexicon) -> bool:
    """A country's own public, as its leaders face it: "the Zambian people", "Ugandan opposition
    candidates", "a member of the Syrian parliament" (a constituency word in the phrase), or a group
    located in the country ("opposition groups in Zimbabwe", "a newspaper based in Beirut").
    Foreign negotiators, prisoners or journalists, placed by a demonym only, say nothing of whose
    leader one is ("Putin met Ukrainian negotiators")."""
    of_objects = [o for p in group.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    words = [group, *(c for c in group.children if c.dep_ in {"compound", "amod"}), *of_objects]
    if any(w.lemma_.lower() in actors.constituencies for w in words):
        return True
    places = [t for t in group.subtree if t.dep_ == "pobj" and t.head.lower_ in _LOCATING_PREPOSITIONS
              and t.ent_type_ in _PLACE_LABELS]
    return any(_place_country(phrase_tokens(t), actors) == country for t in places)


def _heads(actor: Actor, token: Token) -> bool:
    """The actor lies in ``token``'s phrase ("a member of the Syrian parliament, Mohammed Mamoun"), so it
    was not replaced by the place of the act ("delivering a win in South Carolina")."""
    first, last = token.left_edge, token.right_edge
    return actor.start is not None and first.idx <= actor.start < last.idx + len(last.text)


def _owner_of_act(target: Token | None, actors: ActorLexicon) -> Token | None:
    """The actor whose act or decision is the object: "denounced Serbia's suppression" → Serbia.

    An object that is a thing, not a party, and is owned by one ("protest Sweden's decision",
    "President Assad's failure") is aimed at its owner. A party as object stays as it is, and so
    does a thing owned through a pronoun: "extend their truce", "defend its borders" mostly point
    back at the subject itself. A thing that has a country only through its owner ("condemned North
    Korea's missile launch") is no party of its own either.
    """
    if target is None or target.pos_ != "NOUN":
        return target
    actor = _actor(target, actors)
    if actor is not None and (actor.sector is not None or names_party(target, actors)):
        return target
    return (_party_owner(target, actors) or _premises_owner(target, actors) or _held_by(target, actors)
            or _carried_people(target, actors) or target)


#: Participles that name who holds or runs a thing: "positions held by a rival militia".
_HOLDING = frozenset({"hold", "control", "occupy", "run", "use", "operate", "man"})


#: Participles that name whom a vehicle carries: "a vehicle carrying police officers".
_CARRYING = frozenset({"carry", "transport", "ferry"})


def _held_by(thing: Token, actors: ActorLexicon) -> Token | None:
    """'shelled positions held by a rival militia', 'struck a hospital run by MSF': a thing is aimed at
    the party that holds, runs or uses it."""
    return _party_of_participle(thing, actors, "VBN", _HOLDING, agent_of)


def _carried_people(vehicle: Token, actors: ActorLexicon) -> Token | None:
    """'hit a vehicle carrying police officers', 'attacked a bus transporting pilgrims': an attack on
    a vehicle is aimed at the people it carries."""
    return _party_of_participle(vehicle, actors, "VBG", _CARRYING, lambda clause: _child(clause, "dobj"))


def _party_of_participle(thing: Token, actors: ActorLexicon, tag: str, lemmas: frozenset[str],
                         party_in: Callable[[Token], Token | None]) -> Token | None:
    """The party that ``party_in`` finds in a participle of ``lemmas`` on a thing, if it is one."""
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == tag and clause.lemma_.lower() in lemmas:
            party = party_in(clause)
            if party is not None and _actor(party, actors) is not None:
                return party
    return None


def _holder_of_thing(target: Token | None, actors: ActorLexicon) -> Token | None:
    """'froze the assets of 12 Iranian officials', 'revoked the licence of the BBC': what a sanction
    or a coercion takes away is aimed at the party it is of."""
    if target is None or target.pos_ != "NOUN" or _actor(target, actors) is not None:
        return target
    return _party_of(target, actors) or target


def _felt_towards(feeling: Token | None, actors: ActorLexicon) -> Token | None:
    """'expressed support for Yeltsin', 'voiced concern over Iran's programme': a noun of feeling a
    verb expresses is aimed at the party its preposition names (or that party's act's owner)."""
    if feeling is None or feeling.pos_ != "NOUN" or _actor(feeling, actors) is not None:
        return None
    aimed = _prep_object(feeling, frozenset({"for", "with", "over", "about", "toward", "towards", "at"}))
    aimed = _owner_of_act(aimed, actors)
    return aimed if aimed is not None and _actor(aimed, actors) is not None else None


#: Legal instruments an accusation is made through, aimed at whom they are "for" or "against".
_LEGAL_INSTRUMENTS = frozenset({"warrant", "charge", "case", "lawsuit", "suit", "complaint", "indictment", "petition",
                                "summons", "writ", "subpoena"})


def _charged_party(act: Token, instrument: Token | None, actors: ActorLexicon) -> Token | None:
    """'issued an arrest warrant for Putin', 'filed charges against the general', 'a warrant for the
    arrest of the former president': a legal instrument is aimed at whom it is "for" or "against",
    or at the one whose arrest or extradition it is for. The parser may hang the phrase on the verb."""
    if instrument is None or instrument.pos_ != "NOUN" or instrument.lemma_.lower() not in _LEGAL_INSTRUMENTS:
        return instrument  # "blamed the death squads for the assassination of six priests": the squads
    preps = frozenset({"for", "against"})
    named = _prep_object(instrument, preps) or (_prep_object(act, preps) if instrument.head.i == act.i else None)
    if named is not None and _actor(named, actors) is None:
        named = _party_of(named, actors)  # "for the arrest of ..."
    return named if named is not None and _actor(named, actors) is not None else instrument


def _aid_recipient(verb: Token, given: Token | None, actors: ActorLexicon) -> Token | None:
    """'provided $60 billion in military aid to Ukraine': the party aid goes "to", which the parser may
    hang on the verb, on what is given or on the "in aid" phrase after it."""
    holders = [verb, *([given] if given is not None else [])]
    holders += [o for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children if o.dep_ == "pobj"]
    for holder in holders:
        recipient = _prep_object(holder, frozenset({"to"}))
        if recipient is not None and _actor(recipient, actors) is not None:
            return recipient
    return None


def _party_of(thing: Token, actors: ActorLexicon) -> Token | None:
    """The party named in a thing's "of" phrase ("the assets of 12 officials", "a convoy of troops")."""
    owner = _prep_object(thing, frozenset({"of"}))
    return owner if owner is not None and _actor(owner, actors) is not None else None


def _premises_owner(thing: Token, actors: ActorLexicon) -> Token | None:
    """'ambushed a convoy of Kenyan troops', 'attacked the home of the governor': premises (the actor
    lexicon's ``premises``) are aimed at the party they are of."""
    return _party_of(thing, actors) if names_premises(thing, actors) else None


def _maker_of_proposal(target: Token | None, actors: ActorLexicon) -> Token | None:
    """'conceded to demands from UNITA', 'condemned the killing of its general by the United States':
    a speech act about another's deed or words is aimed at whoever did or said it.

    "by" names the doer of any deed; "from" names a party only after a noun of its words (a
    demand, proposal, offer: ``proposal_nouns``), since after a deed it names where it happened.
    """
    if target is None or target.pos_ != "NOUN" or _actor(target, actors) is not None:
        return target
    maker = _prep_object(target, frozenset({"by"}))
    if maker is None and target.lemma_.lower() in load_status_cues().proposal_nouns:
        maker = _prep_object(target, frozenset({"from"}))  # "the withdrawal of troops from Kherson" is a place
    if maker is None or maker.ent_type_ in {"LOC", "FAC"} or _actor(maker, actors) is None:
        return target
    return maker


def _party_owner(thing: Token, actors: ActorLexicon) -> Token | None:
    """The party named as a thing's possessor ("Serbia's suppression"); not a pronoun ("its borders")."""
    owner = _child(thing, "poss")
    if owner is None or owner.pos_ == "PRON" or _actor(owner, actors) is None:
        return None
    return owner


def _author(thing: Token, actors: ActorLexicon) -> Token | None:
    """The party a protested thing belongs to: itself if a party, else its owner or its agent.

    "the minister's decision" → minister; "abuses by the police", "a law passed by parliament",
    "compensation from the government" → the agent or giver. A thing with no party named gives none.
    """
    owner = _party_owner(thing, actors)
    if owner is not None:
        return owner
    agent = _prep_object(thing, frozenset({"by", "from"}))
    if agent is None:
        made = next((c for c in thing.children if c.dep_ in {"acl", "relcl"} and _is_passive(c)), None)
        agent = _prep_object(made, frozenset({"by"})) if made is not None else None
    if agent is not None and _actor(agent, actors) is not None:
        return agent
    party = _actor(thing, actors)
    if party is None or thing.ent_type_ in _PLACE_LABELS or (thing.pos_ == "NOUN" and party.sector is None):
        return None  # "the government's refusal" is no party; "the police", "Hamas" are
    return thing


def _protested(anchor: Token, lexicon: TriggerLexicon) -> Iterator[Token]:
    """What a protest is against or about, by its prepositions and its stated purpose."""
    against = lexicon.protest_prepositions - {"of"}
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in against:
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "in":  # "in protest of the arrest", "in defiance of"
            framing = lexicon.protest_prepositions | {"to", "at"}  # "in opposition to", "in protest at"
            for obj in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in lexicon.protest_frames):
                for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in framing):
                    yield from (c for c in prep.children if c.dep_ == "pobj")
        elif child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in lexicon.protest_purpose_verbs:
            yield from (c for c in child.children if c.dep_ == "dobj")
            yield from (c for c in child.children if c.dep_ == "prep" and c.lower_ in {"from", "against"}
                        for c in c.children if c.dep_ == "pobj")


def _protest_target(trigger: Token, actors: ActorLexicon) -> Token | None:
    """The party a protest is aimed at, from the trigger or the verb that stages it.

    "staged rallies against the chairman": the preposition hangs on the staging verb.
    """
    lexicon = load_trigger_lexicon()
    anchors = [trigger]
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        anchors.append(trigger.head)
    verb = _clause_verb(trigger) if trigger.dep_ == "pobj" else None
    if verb is not None and verb.pos_ == "VERB":
        anchors.append(verb)  # "stopped work on the first day of a strike over the bill"
    for anchor in anchors:
        for thing in _protested(anchor, lexicon):
            author = _author(thing, actors)
            if author is not None:
                return author
    return None


#: Types whose act falls on a place's people when no one is named: an attack, a curfew, a protest,
#: a threat or aid "in Kabul" is aimed at Afghanistan, as CAMEO and PLOVER coders code it.
_PLACE_TARGETED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "AID"})
#: Acts that take people or things away: what they take is their target, never the place they
#: happen ("abducted 20 in Zamfara" took 20 people, not Zamfara).
_TAKING = frozenset({("ASSAULT", "abduct"), ("COERCE", "arrest"), ("COERCE", "seize")})


def _place_as_target(place: Span | None, actors: ActorLexicon, event_type: str) -> Actor | None:
    """The place of an act with no named target, as its target, when the place gives a country.

    A place an attack came from is no target: "rockets were fired from Gaza" struck elsewhere
    (people evacuated from a town are aided there).
    """
    if place is None or (event_type == "ASSAULT" and place.root.head.lower_ == "from"):
        return None
    country = _place_country(list(place), actors)
    if country is None:
        return None
    return Actor(text=place.text, start=place.start_char, end=place.end_char, country=country)


def _foreign_ground(place: Span | None, source: Actor | None, actors: ActorLexicon) -> Actor | None:
    """'sent tanks to its border with Syria', 'pulled its troops out of southern Iraq': forces moved
    into or out of another country's ground are aimed at that country (never at the mover's own)."""
    ground = _place_as_target(place, actors, "MOBILIZE")
    if ground is None or source is None or source.country is None or ground.country == source.country:
        return None
    return ground


def _own_ground(target: Actor, place: Span | None, source: Actor | None) -> bool:
    """'India moved troops to Ladakh': the place forces are moved to in their own country is no party."""
    return (place is not None and source is not None and source.country is not None
            and target.start == place.start_char and target.country == source.country)


def _where_the_doers_are(source: Token | None, event_type: str) -> Span | None:
    """'Police in Karachi arrested 12 men', 'soldiers in Mindanao killed five rebels': where the forces
    that strike or arrest are is where they did it, when nothing else places the act. Not for words
    or policy ("officials in Washington imposed sanctions" acted on no one in Washington)."""
    if source is None or event_type not in _PLACE_ACTS or is_upper_sentence(source):
        return None
    forces = _actor(source, load_actor_lexicon())
    if not (_are_police(source) or (forces is not None and forces.sector in ARMED_SECTORS)):
        return None  # "the government in Riyadh" sits there; it did not act there
    return _named_place_phrase(_prep_object(source, frozenset({"in"})))


def _named_place_phrase(where: Token | None) -> Span | None:
    """The place phrase of a locative object that names a place, or None."""
    named = _named_place(where) if where is not None else None
    return _place_phrase(where, named) if where is not None and named is not None else None


def _where_forces_move(act: Token, event_type: str, mode: str | None) -> Span | None:
    """'will send 1,000 police officers to Haiti', 'pulled out of the town of Kibumba': forces moved
    to a place, or withdrawn from one, are moved there, when nothing else places the act."""
    if event_type == "MOBILIZE":
        preps = frozenset({"to", "into"})
    elif (event_type, mode) == ("RETREAT", "withdraw"):
        preps = frozenset({"from", "of"})  # "pulled out of": "of" after the particle
    else:
        return None
    if act.pos_ != "VERB" or is_upper_sentence(act):
        return None
    where = _prep_object(act, preps)
    out = next((c for c in act.children if c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"}), None)
    if where is None and out is not None:
        where = _prep_object(out, frozenset({"of"}))  # "pulled out of the town of Kibumba"
    if where is not None and where.lemma_.lower() in _BORDERS:
        beyond = _prep_object(where, frozenset({"with"}))  # "sent tanks to its border with Syria"
        named = _named_place(beyond) if beyond is not None else None
        return _place_phrase(where, named) if named is not None else None
    return _named_place_phrase(where)


#: Nouns of a frontier, which "with" joins to the country beyond it: "its border with Syria".
_BORDERS = frozenset({"border", "frontier", "boundary"})


def _place_phrase(obj: Token, named: Token) -> Span:
    """The words of a place phrase: the locative object with its modifiers ("southern Lebanon", "the
    besieged town of Madaya") up to the end of the name it gives."""
    start = min([obj.i, *(c.left_edge.i for c in obj.lefts if c.dep_ in {"amod", "compound"})])
    entity = entity_of(named)
    entity_end = max(entity.end if entity is not None else named.i + 1, obj.i + 1)
    if entity is not None and named is obj:  # "Port-au-Prince": the parse hangs "Port" as nmod
        start = min(start, next(t.i for t in entity if t.pos_ != "DET" or t.i == obj.i))
    return obj.doc[start:entity_end]


def _target_as_place(target: Token | None, event_type: str, actors: ActorLexicon) -> Span | None:
    """A town that is the object of an attack or a seizure, as the act's place: "Russian missiles struck
    Kharkiv" happened in Kharkiv. A state so named is a party ("Israel struck Iran"), not a place; the
    town must be one the gazetteer or the tagger places, read in mixed case only."""
    if target is not None and target.pos_ == "NOUN" and event_type in _PLACE_ACTS and target.dep_ == "dobj":
        named = _named_place(target)  # "attacked Huwara village": a settlement named before its noun
        if named is not None and named.dep_ == "compound" and named.head.i == target.i:
            first = min(c.left_edge.i for c in target.lefts if c.dep_ == "compound")
            return target.doc[first : target.i + 1]
        return None
    if (target is None or event_type not in _PLACE_ACTS or target.dep_ != "dobj" or target.pos_ != "PROPN"
            or is_upper_sentence(target) or not _may_be_place(target)):
        return None
    entity = entity_of(target)
    words = entity if entity is not None else target.doc[target.i : target.i + 1]
    if tuple(t.lower_ for t in words if t.pos_ != "DET") in actors.country_names:
        return None
    town = words.label_ in {"GPE", "LOC", "FAC"} if entity is not None else False
    if not (town or _fold(words.text) in _place_countries()):
        return None  # "kill Americans": a people, not a place
    return words if _place_country(list(words), actors) is not None else None


def _fought_out(act: Token, source: Token | None) -> bool:
    """'The army and the rebels clashed near Goma': conjoined sides that act with no object act on
    each other, and the place they meet is where, not whom, they fight."""
    return act.pos_ == "VERB" and source is not None and bool(source.conjuncts) and _child(act, "dobj") is None \
        and _prep_object(act, AIMED_PREPOSITIONS) is None


def _split_targets(target: Token | None, actors: ActorLexicon) -> list[Token | None]:
    """Conjoined released parties of different countries are separate releases ("60 Israelis and 180 Palestinians").

    Only releases are split: the two sides of an exchange are released by different parties,
    while "visited Mauritania and Senegal" is one trip.
    """
    if target is None:
        return [None]
    heads: list[Token | None] = [target, *[t for t in target.conjuncts if t.i > target.i]]
    countries = {normalise_tokens(phrase_tokens(h), actors)[0] for h in heads if h is not None}
    countries.discard(None)
    return heads if len(countries) > 1 else [target]


# ------------------------------------------------------------------ date, place, mode, figures


def _date_tokens(trigger: Token, chain: list[Governor]) -> Iterator[Token]:
    """Tokens whose DATE entity may date the trigger: its own dependents, then its clause's governors'."""
    anchors = [trigger]
    if trigger.pos_ == "NOUN" and _occurs_by(trigger, load_trigger_lexicon()):
        anchors.append(trigger.head)  # "talks will resume next Tuesday": the verb it occurs by dates it
    for governor in chain:  # the framing clause's date: "said on Monday that ... had agreed"
        if governor.via in {"relcl", "acl", "nsubjpass"} or governor.token.pos_ not in {
            "VERB", "AUX"
        }:
            break
        anchors.append(governor.token)
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in {"prep"}:
                for time in (c for c in child.children if c.dep_ == "pobj"):
                    yield time
                    yield from _of_object(time)  # "on the night of November 12", "in the early hours of Sunday"
            elif child.dep_ in {"npadvmod", "compound", "nmod", "tmod", "pobj", "advmod", "nummod"}:
                yield child
                if child.dep_ == "advmod":  # "freed late on Monday"
                    yield from (g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")


def _of_object(token: Token) -> Iterator[Token]:
    return (g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


def _event_date(trigger: Token, chain: list[Governor], document: Document) -> str | None:
    for token in _date_tokens(trigger, chain):
        if token.ent_type_ not in {"DATE", "TIME"}:  # "on the night of March 9" is labelled a time
            continue
        entity = entity_of(token)
        if entity is None:
            continue
        resolved = resolve_date(entity.text, document.date)
        if resolved is not None:
            return resolved
    if is_upper_sentence(trigger):
        return _wire_date(trigger, chain, document)
    return None


# ------------------------------------------------------------------ upper-case wire text
#
# Wire archives (all upper case) defeat the model's entity labels: dates go unlabelled and common
# nouns ("ADDITION", "CLASHES") come out as places. There dates are read by pattern
# (:func:`parley.extract.dates.find_dates`) and places only from a gazetteer or a place noun.

#: A determiner before a date makes it a noun's modifier ("THE 19 MARCH ELECTIONS"), not an adjunct.
_DETERMINED = re.compile(r"\b(?:the|its|their|this|that)\s+$", re.IGNORECASE)


def _dateline_end(doc: Doc) -> int:
    """Where the wire dateline ends ("SAN SALVADOR, 3 JAN 90 (EFE) --": the publication's date), 0
    without one; read once per Doc, not once per trigger."""
    end = doc.user_data.get("parley_dateline_end")
    if not isinstance(end, int):
        found = find_dateline(doc_text(doc))
        end = found.end if found is not None else 0
        doc.user_data["parley_dateline_end"] = end
    return end


def _sentence_dates(trigger: Token, document: Document) -> list[DateMention]:
    """Date mentions of the trigger's sentence, in document offsets, without the dateline's."""
    sent = sentence_of(trigger)
    text = doc_text(trigger.doc)
    skip = _dateline_end(trigger.doc)
    found = find_dates(text[sent.start_char : sent.end_char], document.date)
    shifted = [DateMention(m.start + sent.start_char, m.end + sent.start_char, m.text, m.iso) for m in found]
    return [m for m in shifted if m.start >= skip and _DETERMINED.search(text[max(0, m.start - 8) : m.start]) is None]


def _wire_date(trigger: Token, chain: list[Governor], document: Document) -> str | None:
    """On upper-case text: the date written in the trigger's clause, else the sentence's nearest one.

    The trigger's own phrase is tried first, then the clauses that govern it ("SAID TODAY THAT
    ... KILLED"), as :func:`_date_tokens` does with entities; the parse of upper-case text is poor,
    so a date elsewhere in the sentence is the fallback, the nearest to the trigger.
    """
    mentions = _sentence_dates(trigger, document)
    if not mentions:
        return None
    anchors = [trigger, *(g.token for g in chain if g.token.pos_ in {"VERB", "AUX"})]
    for anchor in anchors:
        left, right = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text)
        inside = [m for m in mentions if left <= m.start and m.end <= right]
        if inside:
            return min(inside, key=lambda m: _distance(m, anchor)).iso
    return min(mentions, key=lambda m: _distance(m, trigger)).iso


def _distance(mention: DateMention, token: Token) -> int:
    return min(abs(mention.start - token.idx), abs(mention.end - token.idx))


@dataclass(frozen=True)
class PlaceLexicon:
    """Place names and place nouns for upper-case text, folded to lower case without accents."""

    names: frozenset[str]
    heads: frozenset[str]
    waters: frozenset[str]
    parts: frozenset[str]
    modifiers: frozenset[str]
    particles: frozenset[str]
    common_words: frozenset[str]


def _fold(text: str) -> str:
    return unaccented(text).lower()


def _common_words() -> frozenset[str]:
    """English words of the WordNet index the model's lemmatizer carries: names that are also words."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w.lower() for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))


@lru_cache(maxsize=1)
def load_place_lexicon() -> PlaceLexicon:
    """Load the gazetteer (``data/event_places.json``) with the country names and capitals, once."""
    raw = read_data("event_places.json")
    countries = read_data("actor_countries.json")["countries"]
    names = {_fold(n) for n in raw["names"]}
    names |= {_fold(n) for entry in countries for n in [*entry["names"], *entry["capitals"]]}
    return PlaceLexicon(
        names=frozenset(names), heads=frozenset(raw["heads"]), waters=frozenset(raw["waters"]),
        parts=frozenset(raw["parts"]),
        modifiers=frozenset(raw["modifiers"]),
        particles=frozenset(raw["particles"]), common_words=_common_words(),
    )


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, str]:
    """Folded town and province names → ISO3 (``data/place_countries.json``, from GeoNames), once."""
    return cast(dict[str, str], read_data("place_countries.json")["places"])


def _place_country(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The country of a place phrase (:func:`_named_place_country`); a province or country the writer
    sets the town in decides, as it tells a town the gazetteers miss ("Maru, Zamfara state") and one
    whose name several countries' towns share ("Tripoli, Lebanon", "Kani township, Sagaing region")."""
    if not tokens or _names_waters(tokens):
        return None  # "the Gulf of Oman" is no part of Oman
    region = _enclosing_region(tokens[-1])
    country = _named_place_country(region, actors) if region is not None else None
    return country or _named_place_country(tokens, actors)


def _enclosing_region(name: Token) -> list[Token] | None:
    """The larger place a town's name is set in, as wire copy writes it: after a comma ("Tonj, Warrap
    state", "Fresnillo, Zacatecas"), or after "in"/"of" when that names a province ("Mongbwalu in Ituri
    province"). A person, people or organisation after the comma is no place ("in Goma, Corneille Nangaa
    said", "in Tripoli, Hezbollah"), and of a list only a province the parser joins to the town as a
    conjunct is ("in Maru, Zamfara state"; not "in Goma, Bukavu and Uvira")."""
    listed = any(child.dep_ == "cc" for child in name.children)
    for child in name.rights:
        after_comma = child.left_edge.i > 0 and child.left_edge.nbor(-1).text == ","
        if child.dep_ == "appos" and after_comma and (child.lower_ in _PROVINCES or _names_a_land(child)):
            return phrase_tokens(child)
        if child.dep_ == "conj" and after_comma and not listed and child.lower_ in _PROVINCES:
            return phrase_tokens(child)
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
            region = _child(child, "pobj")
            if region is not None and region.lower_ in _PROVINCES:
                return phrase_tokens(region)
    return None


def _names_a_land(token: Token) -> bool:
    """A proper noun that may name a country or province: no person, people or organisation the actor
    lexicon knows (the tagger calls "Balochistan" an organisation, but no lexicon does)."""
    return (token.pos_ == "PROPN" and token.ent_type_ not in {"PERSON", "NORP"}
            and not names_organisation(phrase_tokens(token), load_actor_lexicon()))


def _named_place_country(tokens: Sequence[Token], actors: ActorLexicon) -> str | None:
    """The country of a place's name: a country or capital the actor lexicon knows ("southern Lebanon"),
    else a town or province of the gazetteer ("El Fasher", "northern Idlib"); articles before the
    name are skipped, and so are modifiers, unless they are part of the name ("South Carolina" is
    no "Carolina")."""
    country = normalise_tokens(list(tokens), actors)[0]
    if country is not None:
        return country
    skip, places = load_place_lexicon().modifiers, _place_countries()
    words = [t for t in tokens if t.pos_ != "DET"]
    of = [i for i, t in enumerate(words) if t.lower_ == "of" and i > 0]
    if of and _of_name_holder(words[-1]).i == words[of[-1] - 1].i:
        words = words[of[-1] + 1 :]  # "the city of El Obeid": the name after the settlement noun
    if len(words) > 1 and words[-1].lower_ in _TOWN_PARTS:
        return None
    if len(words) > 1 and words[-1].lower_ in _PROVINCES and _fold(" ".join(t.text for t in words)) not in places:
        words = words[:-1]  # "Kaduna state", "Kherson oblast": the region's own name
    while words:
        country = places.get(_fold(" ".join(t.text for t in words)))
        if country is not None or words[0].lower_ not in skip:
            return country
        words = words[1:]
    return None


def _names_waters(tokens: Sequence[Token]) -> bool:
    """A body of water named for a land ("the Gulf of Oman", "the Sea of Azov")."""
    waters = load_place_lexicon().waters
    return any(t.lower_ in waters and t.nbor().lower_ == "of" for t in tokens[:-1])


def _gazetteer_name(token: Token) -> bool:
    """A proper noun after a locative preposition that names a gazetteer town, whatever entity label the
    model gave it ("in Aleppo" labelled NORP): after "in", "near", "from", a town is the likely reading.
    """
    if token.pos_ != "PROPN" or token.ent_type_ in {"DATE", "TIME"}:
        return False
    entity = entity_of(token)
    # The upper-case gazetteer's names: it leaves out one-word names that are also English words
    # ("Police", "March", "Reading") unless the city is large ("Aleppo"); a name of several words in the
    # country gazetteer is none ("Nagorno-Karabakh", labelled an organisation)
    name = _fold(entity.text if entity is not None else token.text)
    several_words = len(name.split()) > 1 or "-" in name
    # a name labelled a person is a town by several words ("withdrew from Khan Younis"), or when the
    # article never names it as a person again ("a shopping centre in Kremenchuk")
    trusted_person = token.ent_type_ == "PERSON" and not (is_lone_person_label(token) and not is_upper_sentence(token))
    town = not trusted_person and name in load_place_lexicon().names
    # in mixed case, a capitalised name the tagger calls an organisation is a town the upper-case list
    # left out for sharing a word with the dictionary ("in Herat", "in Goma")
    named_town = (token.ent_type_ == "ORG" and token.is_title and not is_upper_sentence(token)
                  and not names_organisation([token], load_actor_lexicon()))
    return town or ((several_words or named_town) and name in _place_countries()) or _compound_town(token)


def _compound_town(token: Token) -> bool:
    """A gazetteer town of several words the tagger cut short ("Dera Ismail Khan", tagged "Ismail Khan" a
    person): the proper nouns compounded before the name, read with it."""
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words or any(c.i != words[0].i + k for k, c in enumerate(words)) or words[-1].i != token.i - 1:
        return False
    return _fold(" ".join(t.text for t in [*words, token])) in _place_countries()


#: Parts of speech that end a place phrase read by position (the parse of upper-case text is poor).
_PHRASE_BREAKS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "PUNCT", "DET"})
#: Longest place phrase, in tokens, read after a preposition.
_MAX_PLACE_TOKENS = 8


def _name_run(first: int, doc: Doc, places: PlaceLexicon) -> list[Token]:
    """The words from ``first`` on that may belong to a name: no verbs, prepositions or punctuation.

    Determiners at the start are skipped; name particles ("DE", "LA") are kept inside.
    """
    end = min(first + _MAX_PLACE_TOKENS, sentence_of(doc[first]).end) if first < len(doc) else first
    while first < end and doc[first].pos_ == "DET":
        first += 1
    run: list[Token] = []
    for token in doc[first:end]:
        particle = _fold(token.text) in places.particles
        if not token.is_alpha or (not particle and (token.pos_ in _PHRASE_BREAKS or token.is_stop)):
            break
        run.append(token)
    while run and _fold(run[-1].text) in places.particles:
        run.pop()
    return run


def _known_name(tokens: Sequence[Token], places: PlaceLexicon) -> bool:
    """A gazetteer name; not one of two or three letters ("US", "CAR"), which upper case makes words."""
    name = " ".join(_fold(t.text) for t in tokens)
    return len(name) > 3 and name in places.names


#: Inflections stripped before a word is looked up among the English words ("CLASHES", "ISSUED").
_INFLECTIONS = ("s", "es", "ed", "d", "ing")


def _is_common(word: str, places: PlaceLexicon) -> bool:
    """An English word, inflected or not: the WordNet index holds base forms only."""
    return word in places.common_words or any(
        word.endswith(end) and word[: -len(end)] in places.common_words for end in _INFLECTIONS
    )


def _proper_prefix(tokens: list[Token], places: PlaceLexicon) -> list[Token]:
    """The longest start of ``tokens`` that is a name: known, or ending in a word English lacks ("SESORI")."""
    for size in range(len(tokens), 0, -1):
        words = [_fold(t.text) for t in tokens[:size]]
        if _known_name(tokens[:size], places) or (
            not _is_common(words[-1], places) and words[-1] not in places.particles
            and words[-1] not in places.heads
        ):
            return tokens[:size]
    return []


def _is_time(token: Token) -> bool:
    """A word that starts a date after a place ("IN SAN SALVADOR TODAY", "... LAST NIGHT")."""
    following = token.doc[token.i : token.i + 2].text
    return any(resolve_date(text, _ANY_DAY) is not None for text in (token.text, following))


#: Any article date: :func:`_is_time` only asks whether words name a time, not which.
_ANY_DAY = dt.date(2000, 6, 15)


def _wire_place(prep: Token, places: PlaceLexicon) -> Span | None:
    """On upper-case text: the place a locative preposition's phrase names, or None.

    Accepted: a name the gazetteer knows ("SAN SALVADOR", "DOWNTOWN SAN SALVADOR", with a place
    noun after it: "SAN MIGUEL DEPARTMENT"), a name English lacks before a place noun ("USULUTAN
    DEPARTMENT"), or a place noun's "of" name ("THE TOWN OF SESORI"). A common noun ("ADDITION",
    "CLASHES"), a common word before a place noun ("GUERRILLA CAMP") or a place noun with no
    name ("THE AREA") is none. Words are read by position, as the parse of such text is poor.
    """
    doc = prep.doc
    run = _name_run(prep.i + 1, doc, places)
    skip = 0
    while skip < len(run) and _fold(run[skip].text) in places.modifiers:
        skip += 1
    name = run[skip:]
    if not name:
        return None
    for size in range(len(name), 0, -1):
        if _known_name(name[:size], places):
            if size < len(name) and _fold(name[size].text) in places.heads:
                return doc[run[0].i : name[size].i + 1]
            if size < len(name) and not _is_time(name[size]):
                return None  # the name modifies a noun: "IN THE MEDELLIN CARTEL", "IN RODRIGUEZ PORTH'S"
            return doc[run[0].i : name[size - 1].i + 1]
    head = next((i for i, t in enumerate(name) if _fold(t.text) in places.heads), None)
    if head == 0 and name[0].i + 1 < len(doc) and doc[name[0].i + 1].lower_ == "of":
        inner = _proper_prefix(_name_run(name[0].i + 2, doc, places), places)
        return doc[inner[0].i : inner[-1].i + 1] if inner else None
    if head is not None and head > 0 and any(not _is_common(_fold(t.text), places) for t in name[:head]):
        return doc[run[0].i : name[head].i + 1]
    return None


def _place(trigger: Token, arguments: Sequence[Token | None], *, into_clauses: bool = True,
           owned: Token | None = None) -> Span | None:
    """A GPE/LOC/FAC in a locative phrase on the trigger or its target, with its modifiers; else one
    on what the verb acts on (:func:`_objects_as_written`) or on the thing ``owned`` by the target
    ("the army's last stronghold in North Darfur"), and for a closing participle (", killing eight")
    the place of the clause it closes.

    On upper-case text the entity labels are not trusted: a locative phrase must name a place by
    :func:`_wire_place`, and when the parse attaches none to the trigger, the sentence's locative
    phrase nearest the trigger is taken.
    """
    upper = is_upper_sentence(trigger)
    anchors = [trigger, *(a for a in arguments if a is not None)]
    acting = _acting_subject(trigger)
    anchors += [acting] if acting is not None and acting.i not in {a.i for a in anchors} else []
    agent = _passive_agent(trigger)
    anchors += [agent] if agent is not None and agent.i not in {a.i for a in anchors} else []
    carrier = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _is_light(trigger.head) else None
    if carrier is not None:
        anchors.append(carrier)  # "carried out an airstrike in Rafah": the phrase hangs on the light verb
    journey = _journey_for(trigger)
    if journey is not None:
        anchors.append(journey)  # "arrived in Islamabad for a two-day visit"
    objects = {o.i for o in [*_objects_as_written(trigger), *([owned] if owned is not None else [])]}
    objects -= {a.i for a in anchors}
    anchors += [trigger.doc[i] for i in sorted(objects)]
    anchors += _described_by(a for a in anchors if a.i != trigger.i and a.pos_ in {"NOUN", "PROPN"})
    anchors += [o for act in (trigger, acting) if act is not None
                for p in act.children if p.dep_ == "prep" and p.lower_ == "between"
                for o in p.children if o.dep_ == "pobj"]  # "fighting between rival militias in Tripoli"
    anchors += _conjuncts_sharing_adjuncts(trigger)  # "were killed and 12 wounded in an attack in Borno"
    anchors += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"during", "amid", "after", "following"}
                for o in p.children if o.dep_ == "pobj" and _is_event_noun(o)]  # "shot during protests in Maputo"
    unplaced: Span | None = None  # "the town of Cizre" with no known country, before "in southeastern Turkey"
    locative = _LOCATIVE_PREPS if upper else _LOCATIVE_PREPS | _ROUTE_PREPS
    for anchor in anchors:
        part = _of_name_holder(anchor)  # "an attack on the city of El Obeid": the target is the name
        if anchor.i != trigger.i and not upper and _is_part_of_place(part):
            named = _named_place(part)
            entity = entity_of(named) if named is not None else None
            end = entity.end if entity is not None else (named.i + 1 if named is not None else part.i + 1)
            return part.doc[part.left_edge.i : end]  # "struck the centre of Sumy"
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in locative | AIMED_PREPOSITIONS:
                continue
            on_part = not upper and _on_a_part_of_place(prep)  # "on the outskirts of Kharkiv"
            where = prep.lower_ in locative or on_part
            if not where and (upper or not (_is_event_noun(anchor) or anchor is carrier
                                            or _attack_aim_on_verb(anchor, prep))):
                continue  # "strikes on a wedding in Burkina Faso" only: an act's target, not a verb's
            if anchor.i in objects and prep.lower_ not in _WHERE_PREPS and not on_part:
                continue  # "rejected an offer from Afghanistan": where the object comes from, not where it happened
            if prep.lower_ == "from" and anchor.lemma_.lower() in load_trigger_lexicon().projectile_verbs:
                continue  # "rockets fired from southern Lebanon at Kiryat Shmona": where they flew from
            if prep.lower_ == "from" and anchor.i != trigger.i and anchor.pos_ == "NOUN" and names_party(anchor) \
                    and not _moves_people(trigger):
                continue  # "two UN peacekeepers from Nepal were wounded": where they come from
            if upper:
                found = _wire_place(prep, load_place_lexicon())
                if found is not None:
                    return found
                continue
            if not where:
                obj, named = _aimed_site_place(prep)  # "strikes on a wedding in Mali"; not "attacks on Rubio"
            else:
                obj = _child(prep, "pobj")
                named = _named_place(obj) if obj is not None else None
                if obj is not None and named is None:
                    within = _place_of_site(obj)  # "at a mosque in Peshawar": the site lies in the place
                    obj, named = within if within is not None else (None, None)
            if obj is not None and named is not None:
                found = _place_phrase(obj, named)
                if named is obj or _place_country(list(found), load_actor_lexicon()) is not None:
                    return found
                unplaced = unplaced or found
    if unplaced is not None:
        return unplaced
    closed = _closed_clause(trigger)
    if not upper and closed is not None:
        # "opened fire on protesters in Khartoum, killing five": the killing is where the shooting was
        return _place(closed, _aimed_at_by(closed), into_clauses=into_clauses)
    attack = _attack_when(trigger, load_trigger_lexicon()) if into_clauses and not upper else None
    if attack is not None:  # "70 people were killed when gang members opened fire on residents in Pont-Sonde"
        return _place(attack, _aimed_at_by(attack), into_clauses=False)  # once down: no walking back up and down
    first = _first_conjunct(trigger) if into_clauses and not upper else None
    if first is not None:  # "stormed a hospital in El Fasher and killed nine patients"
        return _place(first, [_child(first, "dobj")], into_clauses=False)
    return _nearest_wire_place(trigger) if upper else None


def _first_conjunct(verb: Token) -> Token | None:
    """The active verb before ``verb`` whose subject ``verb`` shares ("stormed ... and killed"): what
    one subject did next, told with no place of its own, happened where the first act did."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.pos_ != "VERB" or _is_passive(verb) or _is_passive(head):
        return None
    if _verb_trigger(head, load_trigger_lexicon()) is None:
        return None  # "let millions stay in America and even supports ...": no act of the first verb
    return head if _child(verb, "nsubj", "nsubjpass") is None else None


#: Participles of leaving: "refugees fleeing the war in Liberia" are no longer where they fled from.
_LEAVING = frozenset({"flee", "escape", "leave", "evacuate"})


#: Modes of acts that take people away or let them go, whose "from" phrase is where it happened.
_MOVING_MODES = frozenset({"abduct", "release", "deport", "arrest", "seize", "withdraw"})


def _moves_people(trigger: Token) -> bool:
    """'captured 240 hostages from southern Israel', 'evacuated 300 patients from the hospital': people
    moved from a place were there when it happened."""
    entry = load_trigger_lexicon().verbs.get(trigger.lemma_.lower())
    return entry is not None and (entry[1] in _MOVING_MODES or entry[0] == "AID")


def _on_a_part_of_place(prep: Token) -> bool:
    """'on the outskirts of Kharkiv', 'on the island of Negros', 'on the road to Kidal': "on" a part of a
    place or a place noun tells where, as "in" does, not what was aimed at."""
    obj = _child(prep, "pobj")
    if prep.lower_ not in {"on", "upon"} or obj is None or obj.pos_ != "NOUN":
        return False
    places = load_place_lexicon()
    return bool(_noun_forms(obj) & (places.parts | places.heads)) and not names_premises(obj)


def _attack_aim_on_verb(verb: Token, prep: Token) -> bool:
    """'were killed in Israeli strikes on two schools in Gaza City': the parser hangs the attack's "on"
    phrase on the verb; it still names what the attack the victims fell in was aimed at."""
    if verb.pos_ != "VERB" or prep.lower_ not in {"on", "upon"}:
        return False
    return any(o.dep_ == "pobj" and _is_event_noun(o) and o.i < prep.i
               for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during"} for o in p.children)


def _described_by(nouns: Iterable[Token]) -> list[Token]:
    """Words that say what a target or object is, where the parser may hang its place: a participle
    ("a convoy carrying aid workers in Jonglei state") or a "for" phrase ("a camp for displaced people
    in Kachin state")."""
    found: list[Token] = []
    for noun in nouns:
        found += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() not in _LEAVING]
        found += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj"]
    return found


def _of_name_holder(token: Token) -> Token:
    """The noun whose "of" name ``token`` is ("city" for "El Obeid" in "the city of El Obeid"), else itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        return token.head.head
    return token


def _is_part_of_place(noun: Token) -> bool:
    """A part of a named place that an act reaches ("the centre of Sumy", "the outskirts of Kharkiv",
    "Beirut's southern suburbs"), or a settlement named by its "of" name ("the village of
    Novomykhailivka"); not "the president of Ukraine" or "the independence of Chechnya"."""
    parts = load_place_lexicon().parts | _SETTLEMENTS  # "captured the village of Novomykhailivka"
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in parts and noun.lower_ not in parts):  # "outskirt"
        return False
    owner = _child(noun, "poss")
    if owner is not None and (owner.ent_type_ in _PLACE_LABELS or _gazetteer_name(owner)):
        return True
    named = _named_place(noun)
    return named is not None and named.i > noun.i


def _is_event_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_trigger_lexicon().nouns


def _aimed_site_place(prep: Token) -> tuple[Token | None, Token | None]:
    """The place of the site an act noun is aimed at: "Burkina Faso" in "a drone strike on a wedding
    in northern Burkina Faso". A place an attack is aimed at directly is where it fell ("strikes on
    Rafah killed 12"); "sanctions on Iran" are imposed elsewhere, so only attacks are placed so, and
    only "on" ("an attack against the United States" names a party)."""
    site = _child(prep, "pobj")
    if site is None:
        return None, None
    named = _named_place(site)
    if named is not None:  # "the city of El Obeid" is placed whole by the caller's settlement reading
        hit = _noun_trigger(prep.head, load_trigger_lexicon()) if prep.lower_ in {"on", "upon"} else None
        own_name = named.i == site.i or (named.dep_ == "compound" and named.head.i == site.i)  # "the Jenin camp"
        direct = own_name and hit is not None and hit[0] == "ASSAULT"
        return (site, named) if direct else (None, None)
    found = _named_site(site)
    return found if found is not None else (None, None)


def _acting_subject(trigger: Token) -> Token | None:
    """The subject of an event verb that names the act or what did it ("the blast at a mosque in
    Peshawar killed 101", "an airstrike on a house in Rafah killed 12"), whose place is the event's
    (``acting_subjects`` in the lexicon); None for a party or no such subject."""
    if trigger.pos_ != "VERB":
        return None
    subject = _child(trigger, "nsubj")
    if subject is None or subject.pos_ != "NOUN":
        return None
    lexicon = load_trigger_lexicon()
    lemma = subject.lemma_.lower()
    weapons = lexicon.mode_modifiers.get("ASSAULT", {})
    return subject if lemma in lexicon.acting_subjects or lemma in lexicon.nouns or lemma in weapons else None


def _passive_agent(trigger: Token) -> Token | None:
    """Who did a passive act ("were abducted by gunmen in North Darfur"): the parse hangs the act's
    place on the agent, where it still says where the act was done."""
    return agent_of(trigger) if trigger.pos_ == "VERB" else None


def _closed_clause(trigger: Token) -> Token | None:
    """The verb of the clause a closing participle ends (", killing five"), or None."""
    head = trigger.head
    return head if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head.pos_ == "VERB" else None


def _aimed_at_by(verb: Token) -> list[Token]:
    """What a verb's aiming phrases name: "protesters" in "opened fire on protesters"."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPOSITIONS
            for o in p.children if o.dep_ == "pobj"]


def _site_within(site: Token) -> Token | None:
    """The place a common-noun site lies in: "Peshawar" in "a mosque in Peshawar", "a checkpoint
    near Mogadishu"; the place of the event is the named one, not the building."""
    if site.pos_ != "NOUN":
        return None
    for prep in site.children:
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS:
            return _child(prep, "pobj")
    return None


def _place_of_site(site: Token) -> tuple[Token, Token] | None:
    """The named place a site lies in, with the phrase word that holds it: "Peshawar" in "a mosque
    in Peshawar"; one site further for an act told by its target ("in an attack on an army post in
    western Niger"), since an "on" phrase names the target, not the place; a town so aimed at by its
    settlement noun is the place itself ("killed in strikes on the city of Zaporizhzhia")."""
    if _site_within(site) is None and _is_event_noun(site):
        aimed = next((c for c in site.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
                      and _child(c, "pobj") is not None), None)  # "an attack on an army post"
        obj, named = _aimed_site_place(aimed) if aimed is not None else (None, None)
        town = _child(aimed, "pobj") if aimed is not None and aimed.lower_ in {"on", "upon"} else None
        if obj is None and town is not None and town.lemma_.lower() in _SETTLEMENTS:
            named = _named_place(town)
            obj = town if named is not None and named.i != town.i else None
        return (obj, named) if obj is not None and named is not None else None
    return _named_site(site)


def _named_site(site: Token) -> tuple[Token, Token] | None:
    """The phrase word a site lies in and the place it names ("Peshawar" in "a mosque in
    Peshawar"), when that place is a named one."""
    within = _site_within(site)
    if within is None and site.pos_ == "NOUN":  # "two schools sheltering displaced families in Gaza City"
        described = [w for d in _described_by([site]) for w in (d, _child(d, "dobj")) if w is not None]
        within = next((o for w in described for p in w.children if p.dep_ == "prep" and p.lower_ in _LOCATIVE_PREPS
                       for o in p.children if o.dep_ == "pobj"), None)
    named = _named_place(within) if within is not None else None
    return (within, named) if within is not None and named is not None else None


#: Prepositions that place what they are on where it is (not where it comes from or goes).
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around"})


def _objects_as_written(trigger: Token) -> list[Token]:
    """What a verb acts on, party or not, and its conjuncts: "set fire to homes and cars in the village
    of Huwara" is placed by the phrase on its object. An object that is an act of its own ("demanded
    the withdrawal of forces from Bosnia") has its own place."""
    if trigger.pos_ != "VERB":
        return []
    lexicon = load_trigger_lexicon()
    objects = [c for c in trigger.children if c.dep_ == "dobj" and _noun_trigger(c, lexicon) is None]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                if o.dep_ == "pobj"]
    return [t for o in objects for t in [o, *o.conjuncts]]


def _named_place(obj: Token) -> Token | None:
    """The place name of a locative object: itself, or its "of" name ("the besieged town of Madaya").

    News English names a town or region by a common noun with an "of" apposition; the name is
    the place, the noun and its modifiers ("besieged Syrian") belong to the place phrase. After a
    settlement noun the name is a place whatever label the tagger gives it; so is a name before a
    region noun ("Zamfara state", "Cabo Delgado province").
    """
    if obj.ent_type_ in _PLACE_LABELS or _gazetteer_name(obj) or _country_name(obj):
        return obj
    if obj.pos_ != "NOUN":
        return None
    of_name = _prep_object(obj, frozenset({"of"}))  # "the West Bank village of Turmus Ayya": the village's own
    if obj.lemma_.lower() in _REGIONS and obj.i > 0 and not (of_name is not None and of_name.pos_ == "PROPN"):
        before = obj.doc[obj.i - 1]  # "in Zamfara state", "in Cabo Delgado province": the name before it
        if before.pos_ == "NOUN" and before.dep_ == "compound" and obj.i > 1:
            before = obj.doc[obj.i - 2]  # "the Jenin refugee camp": a describing noun between
        named = before.pos_ == "PROPN" or before.ent_type_ in _PLACE_LABELS  # "Sagaing region", tagged a verb
        if before.dep_ == "compound" and before.head.i == obj.i and named:
            # a country's name before a region noun is another country's region ("Niger state", Nigeria)
            return None if (before.lower_,) in load_actor_lexicon().country_names else before
    name = _prep_object(obj, frozenset({"of"}))
    if name is not None and name.pos_ == "NOUN" and name.lemma_.lower() in _PROVINCES:
        return _named_place(name)  # "rebel-held areas of Idlib province": the region's own name
    settlement = obj.lemma_.lower() in _SETTLEMENTS  # "the village of Huwara", tagged a person, is a village
    if name is not None and name.pos_ == "PROPN" and (
            settlement or name.ent_type_ in _PLACE_LABELS or _gazetteer_name(name)):
        return name
    return None


def _country_name(token: Token) -> bool:
    """A country's own name after a locative preposition, whatever label the tagger gave it ("in
    western Niger" labelled a date)."""
    return token.pos_ == "PROPN" and (token.lower_,) in load_actor_lexicon().country_names


def _nearest_wire_place(trigger: Token) -> Span | None:
    """The place of the sentence's locative phrase nearest the trigger (upper-case text only)."""
    places = load_place_lexicon()
    found = [
        place for token in sentence_of(trigger)
        if token.lower_ in _LOCATIVE_PREPS and token.pos_ == "ADP" and not _verb_between(trigger, token)
        and (place := _wire_place(token, places)) is not None
    ]
    return min(found, key=lambda span: abs(span.start - trigger.i)) if found else None


def _verb_between(trigger: Token, prep: Token) -> bool:
    """A verb between a place and the trigger after it: another clause's ("SPOKESMAN IN X SAID ... ATTACK").

    A place after the trigger is kept across verbs: wire sentences put the place last, after
    participles and passives ("WERE KIDNAPPED ... AND TAKEN TO X") that the parse often mislabels.
    """
    return prep.i < trigger.i and any(t.pos_ in {"VERB", "AUX"} for t in trigger.doc[prep.i + 1 : trigger.i])


def _mode(trigger: Trigger, lexicon: TriggerLexicon) -> str | None:
    """The lexicon mode, or one set by a word near the trigger ("air strike", "with mediators").

    The instrument's own modifiers count too ("killed by an improvised explosive device", "with
    mortar fire"), but not a place's ("killed at a gun range").

    A modifier coordinated with another ("air and ground campaign") sets no mode: the act is mixed.
    """
    table = lexicon.mode_modifiers.get(trigger.type, {})
    if trigger.mode is not None or not table:
        return trigger.mode
    token = trigger.token
    children = [c for c in token.children if not _is_victim(trigger, c, lexicon)]
    near = [*children, *(g for c in children for g in c.children)]
    near += [m for c in token.children if c.dep_ == "agent" or c.lower_ == "with"  # "by an explosive device"
             for o in c.children if o.dep_ == "pobj" for m in o.children if m.dep_ in {"amod", "compound"}]
    # "targeted a post with guided missiles"; not "raided a flat with explosives inside"
    means = [o for c in token.children if c.dep_ == "dobj" for p in c.children if p.lower_ in {"with", "using"}
             for o in p.children if o.dep_ == "pobj" and not o.conjuncts
             and not any(g.dep_ in {"advmod", "acl", "relcl"} for g in o.children)
             and not (o.i + 1 < len(o.doc) and o.doc[o.i + 1].lower_ in _STORED)]
    near += [*means, *(m for o in means for m in o.children if m.dep_ in {"amod", "compound"})]
    if token.head.i != token.i:
        near += [c for c in token.head.children if c.i != token.i]
        near += [g for c in token.head.children if c.dep_ == "prep" for g in c.children]
    for word in near:
        mode = table.get(word.lemma_.lower())
        if mode is not None and not any(c.dep_ == "conj" for c in word.children):
            return mode
    return None


def _is_victim(trigger: Trigger, child: Token, lexicon: TriggerLexicon) -> bool:
    """The object of an attack verb is what was attacked, not the weapon: "shot down a drone", "hit a
    tank", "a helicopter was ambushed". An event noun as object is the act itself ("carried out air
    strikes") and keeps its modifiers."""
    return (trigger.type == "ASSAULT" and not trigger.nominal and child.dep_ in {"dobj", "nsubjpass"}
            and child.lemma_.lower() not in lexicon.nouns)


#: Words after a "with" object that make it what a place holds, not a weapon used: "a flat with explosives inside".
_STORED = frozenset({"inside", "aboard", "hidden", "stored", "stashed", "within"})


def _char_range(head: Token) -> tuple[int, int]:
    """Characters of a phrase without its conjuncts: where figures counting it may lie."""
    right = [c for c in head.rights if c.dep_ not in {"cc", "conj", "punct", "relcl"}]
    last = right[-1].right_edge if right else head
    return head.left_edge.idx, last.idx + len(last.text)


def _figures_for(heads: list[Token | None], figures: Sequence[Figure]) -> list[int]:
    ranges = [_char_range(h) for h in heads if h is not None]
    return [i for i, f in enumerate(figures) if any(s <= f.start and f.end <= e for s, e in ranges)]


# ------------------------------------------------------------------ assembly


def _framing_lemmas(triggers: list[Trigger], cues: StatusCues) -> tuple[set[int], set[int]]:
    """Token indexes of governors absorbed into the event they frame, and of events a threat suppresses."""
    absorbed: set[int] = set()
    suppressed: set[int] = set()
    by_index = {t.token.i: t for t in triggers}
    trigger_ids = set(by_index)
    for trigger in triggers:
        token = trigger.token
        if trigger.nominal and token.dep_ == "dobj" and token.head.i in trigger_ids and (
            token.head.lemma_.lower() not in cues.absorbing | cues.framing_acts or _undoes_with_particle(token.head)
        ):
            suppressed.add(token.i)  # "extend the truce", "negotiate a ceasefire", "called off the strike": one event
            continue
        if trigger.nominal and _is_discontinued(token, by_index):
            suppressed.add(token.i)  # "the march was cancelled": the cancelling is the event
            continue
        for governor in governors(trigger.token):
            if crosses_adjunct(governor, cues):
                break  # "vowed to retaliate for the killing of its commander": the cause is no threat
            lemma = governor.token.lemma_.lower()
            # a warning that is no threat ("X could attack, Y warned") stands for nothing
            comment = lemma in load_trigger_lexicon().warning_verbs and governor.token.i not in trigger_ids
            # "warned Iran against attacking US forces": what the one warned might do, no threat of the warner's
            warned_off = lemma in load_trigger_lexicon().warning_verbs and _warned_against(trigger.token)
            if lemma in cues.suppressing and not _is_promised(trigger, lemma, cues) and not (comment or warned_off):
                suppressed.add(trigger.token.i)
                break
            if (lemma in cues.absorbing or is_attempt(governor, cues)) and governor.token.i in trigger_ids \
                    and governor.via not in _UNFRAMING_LINKS:
                absorbed.add(governor.token.i)  # "sought to free": the attempt is no demand of its own
                break
            # an order or request on the way ("threatened to order troops to invade") is part of the threat
            if governor.token.i in trigger_ids or (lemma in cues.governors and lemma not in cues.object_control):
                break
    return absorbed, suppressed


def _is_discontinued(noun: Token, by_index: dict[int, Trigger]) -> bool:
    """'the march was cancelled', 'talks were called off': an act noun that is the passive subject of a
    verb that stops it is folded into that verb's event, as its object is in the active ("cancelled the
    march"); told apart, it would read as an act that took place. One not stopped ("the strike was not
    called off") goes on, and stays an event of its own."""
    stopping = by_index.get(noun.head.i)
    return (noun.dep_ == "nsubjpass" and stopping is not None and not stopping.nominal
            and (stopping.type, stopping.mode) == _DISCONTINUING and not is_negated(noun.head))


#: Links by which a governor does not frame the act below it: a clause of time or cause ("set fire to a
#: bus after police detained a cartel boss") or a conjunct is another act, told beside it, and so is
#: an act in a phrase on it ("set fire to cars, according to the ministry, which urged ...").
_UNFRAMING_LINKS = frozenset({"advcl", "conj", "prep"})


def _warned_against(act: Token) -> bool:
    """'warned Iran against attacking': the act hangs on "against" after a warning with an addressee."""
    prep = act.head
    return (act.dep_ in {"pcomp", "pobj"} and prep.lower_ == "against"
            and _child(prep.head, "dobj") is not None)


def _is_promised(act: Trigger, governor_lemma: str, cues: StatusCues) -> bool:
    """'vowed to free the hostages': a vow of a cooperative act is a promise, and the act stays (offered)."""
    return governor_lemma in cues.vows and act.type not in load_trigger_lexicon().threat_types | {"THREATEN"}


def _promises(triggers: list[Trigger], cues: StatusCues) -> list[Trigger]:
    """Vows of cooperative acts retyped as AGREE (a promise); vows of hostile acts stay threats.

    "Hamas vowed to destroy Israel" threatens; "Israel vowed to free the hostages" promises.
    """
    by_index = {t.token.i: t for t in triggers}
    out: list[Trigger] = []
    for trigger in triggers:
        token = trigger.token
        framed = _framed_clause(token) if not trigger.nominal and token.lemma_.lower() in cues.vows else None
        act = by_index.get(framed.i) if framed is not None else None
        if act is not None and _is_promised(act, token.lemma_.lower(), cues):
            trigger = Trigger(token, "AGREE", None, nominal=False)
        out.append(trigger)
    return out


def _same_event_nouns(triggers: list[Trigger]) -> dict[int, Trigger]:
    """Event nouns that restate their verb's event: "agreed upon a pact", "wounded two soldiers in a bomb attack".

    A noun of the verb's own type and mode, its object or in a complement phrase, is the same act;
    a noun in an adjunct ("bombed Gaza after the October 7 attack") is another, and so is a whole
    of which the verb tells a part of another mode ("captured 240 hostages in an attack"). Returns the nouns by the
    index of the verb that stands for them.
    """
    cues = load_status_cues()
    verbs = {t.token.i: t for t in triggers if not t.nominal}
    out: dict[int, Trigger] = {}
    for trigger in triggers:
        chain = governors(trigger.token) if trigger.nominal else []
        if not chain or chain[0].via not in {"dobj", "prep", "nsubjpass"} or crosses_adjunct(chain[0], cues):
            continue  # "sanctions were imposed": the passive subject is the object
        verb = verbs.get(chain[0].token.i)
        if verb is not None and _undone(verb.token):
            continue  # "no one was killed in the drone strike": the strike happened, the killing did not
        if verb is not None and verb.type == trigger.type and verb.mode in {None, trigger.mode}:
            out.setdefault(verb.token.i, trigger)  # "captured hostages in an attack": a part, not the whole
    return out


def _undone(verb: Token) -> bool:
    """The verb is negated or has a participant that is no one ("no one was killed", "did not kill")."""
    arguments = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and not c.conjuncts]
    return is_negated(verb) or any(is_negative_argument(a) for a in arguments)


def _merge_restated(triggers: list[Trigger]) -> tuple[list[Trigger], set[int]]:
    """Verbs take the mode of the noun that restates them ("wounded ... in a bomb attack": explosives).

    Returns the triggers with modes filled in and the indexes of the restating nouns, to drop.
    """
    nouns = _same_event_nouns(triggers)
    lexicon = load_trigger_lexicon()
    out = [replace(t, mode=_mode(nouns[t.token.i], lexicon)) if t.token.i in nouns and t.mode is None else t
           for t in triggers]
    return out, {t.token.i for t in nouns.values()}


_COOPERATIVE_ACCEPTANCE = frozenset({"AGREE", "CONCEDE"})
#: Types whose event is said about another act; their target is that act's party when they have no object.
_FRAMING_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE", "SUPPORT", "CONCEDE"})


def _is_joint(source: Token | None, event_type: str, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """'Israel and Hamas agreed', 'Jordan and Britain held talks': the parties act together.

    PLOVER codes such conjoined parties as one compound source with no target: neither acts on
    the other, so no conjunct (nor a party of the act they agree on) is taken as the target.
    """
    return source is not None and event_type in lexicon.reciprocal_types and _other_party(source, actors) is not None


def _with_partners(source: Actor | None, head: Token | None) -> Actor | None:
    """A joint source written as all its parties ("Israel and Hamas"), so none is lost: its country
    and sector stay the first party's, as PLOVER codes a compound source."""
    if source is None or head is None or source.start is None:
        return source
    last = max((c for c in head.conjuncts if c.i > head.i), key=lambda c: c.i, default=None)
    if last is None:
        return source
    end = max(t.idx + len(t.text) for t in phrase_tokens(last))
    if end <= (source.end or 0):
        return source
    return source.model_copy(update={"text": doc_text(head.doc)[source.start:end], "end": end})


def _other_party(source: Token, actors: ActorLexicon) -> Token | None:
    """'Israel and Hamas agreed': a conjunct of another country than the first one's."""
    own = normalise_tokens(phrase_tokens(source), actors)[0]
    for conj in source.conjuncts:
        if conj.i > source.i:
            country = normalise_tokens(phrase_tokens(conj), actors)[0]
            if country is not None and country != own:
                return conj
    return None


def _framed_clause(token: Token) -> Token | None:
    """The act a speech act is about: "threatened to cut off electricity", "demanded that Hamas renounce",
    "a reminder that Syria must respect the border"."""
    demanded = _demanded_clause(token)
    if demanded is not None:
        return demanded
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
    obj = _child(token, "dobj")
    if obj is not None:  # "rejected a fresh offer from Afghanistan", "denounced Serbia's suppression"
        return obj
    return None


#: An actor of no country, for places that name no party: "attacks in the Red Sea".
_NO_PARTY = Actor()


def _framed_party(token: Token, event_type: str, source: Token | None, actors: ActorLexicon) -> Token | None:
    """Who a demand, refusal, threat or accusation is directed at, found in the act it is about.

    A demand is addressed to the one asked to act ("demanded that Hamas renounce"); otherwise the
    target is the one the act would affect ("threatened to cut off electricity to Nakhichevan").
    An object noun's author counts too ("rejected an offer from Afghanistan", "Serbia's suppression").
    """
    clause = _framed_clause(token)
    if clause is None:
        return None
    candidates: list[Token | None] = []
    if clause.pos_ in {"VERB", "AUX"}:
        subject = _child(clause, "nsubj", "nsubjpass")
        if event_type == "REQUEST" and subject is not None and subject.pos_ != "PRON":
            candidates.append(subject)
        obj = _child(clause, "dobj")
        candidates += [_prep_object(clause, _TARGET_PREPS["default"] | {"from"}), obj]
        if obj is not None:
            candidates.append(_prep_object(obj, _TARGET_PREPS["default"]))
        # where the act would be, or its war's other side: "threatened to resume attacks in Israel",
        # "to launch an offensive in its war with Iraq"
        places = [p for p in (_prep_object(clause, frozenset({"in"})),
                              _prep_object(obj, frozenset({"in"})) if obj is not None else None) if p is not None]
        partners = [_prep_object(p, frozenset({"with"})) for p in places]
        candidates += [p for p in [*places, *partners] if p is not None and (_actor(p, actors) or _NO_PARTY).country]
    else:
        candidates += [_child(clause, "poss"), _prep_object(clause, frozenset({"from", "by", "of", "against", "on"}))]
    source_i = source.i if source is not None else -1
    for candidate in candidates:
        if candidate is not None and candidate.i != source_i and _actor(candidate, actors) is not None:
            return candidate
    return None


def _told_as_not_happening(token: Token, chain: list[Governor], cues: StatusCues) -> bool:
    """The sentence says the act did not happen to or by anyone, or is not intended at all.

    "No one was killed", "the army killed no civilians", "nobody fired": a participant that is no
    one. "Fighting never broke out": a gerund subject of a negated verb of occurrence. "Israel has no plans to
    withdraw", "showed no willingness to release": a negated noun of intent or offer above it, or a
    negated verb of intent, offer or demand ("does not plan to withdraw"). "So that rebels did not
    cross": a negated act a deed was done for.
    """
    if token.pos_ != "NOUN":
        # a conjoined participant leaves someone: "no soldiers and two civilians were killed"
        arguments = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and not c.conjuncts]
        if token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            # "nobody was killed or wounded": the second verb shares the first one's subject
            arguments += [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"} and not c.conjuncts]
        if any(is_negative_argument(a) for a in arguments):
            return True
    if (token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass"} and is_negated(token.head)
            and _occurrence_verb(token.head)):
        return True  # "fighting never broke out"; but "shelling never stopped" went on
    if _done_without(chain) or is_negated_purpose(token, chain):
        return True
    return negated_governor(chain, cues) is not None or (bool(chain) and _intent_denied(chain[0], cues))


def _done_without(chain: list[Governor]) -> bool:
    """'withdrew from the camp without firing a shot', 'talks ended without an agreement on a
    ceasefire': what a deed was done without did not happen. The act may sit under nouns inside the
    phrase. "Would not accept a deal without the release of all hostages" makes the release a
    condition, not a thing undone: a negated verb leaves it to the other rules."""
    for governor in chain:
        if governor.across == "without":  # not a verb joined to the act ("without offering resistance and surrender")
            return governor.via != "conj" and governor.token.pos_ in {"VERB", "AUX"} and not is_negated(governor.token)
        if governor.token.pos_ != "NOUN":
            return False
    return False


#: Statuses of an act meant, offered or asked for, which a negated governor withdraws.
_INTENDED = frozenset({"offered", "planned", "demanded"})


def _intent_denied(governor: Governor, cues: StatusCues) -> bool:
    """'does not plan to withdraw', 'did not offer to release', 'did not demand the release', 'did not
    recommend that she face charges': the act
    is neither planned, offered, asked for nor done, so the text reports no event of it (as "has no
    plans to withdraw"). The governor may be an event of its own ("did not offer" is a refusal)."""
    undone = is_negated(governor.token) or any(  # "neither side has agreed to meet"
        c.dep_ == "nsubj" and is_negative_argument(c) for c in governor.token.children)
    status = governor_status(governor, cues)
    # "did not recommend that she face charges": a that-clause demanded by a demand not made
    clause = governor.via == "ccomp" and status == "demanded"
    return (governor.via in {"xcomp", "dobj"} or clause) and undone and status in _INTENDED


def _alleged_act_subject(verb: Token, lexicon: TriggerLexicon, cues: StatusCues) -> bool:
    """The verb's subject is an act noun put as a claim ("the alleged attack killed four people", "a
    suspected drone strike hit a wedding"): the verb is kept as the event, so the claim on its
    subject is the verb's. A party named as suspected ("suspected smugglers shot a guard") is only
    not yet identified, and is no act noun: what it did is told as done."""
    subject = _child(verb, "nsubj")
    if subject is None or subject.pos_ != "NOUN" or _noun_trigger(subject, lexicon) is None:
        return False
    return any(c.dep_ == "amod" and c.lower_ in cues.allegation_modifiers for c in subject.children)


def _occurrence_verb(verb: Token) -> bool:
    """A verb of occurrence ("erupted", "took place", "broke out"): ``occurrence_verbs`` in the lexicon."""
    lexicon = load_trigger_lexicon()
    lemmas = set(verb_lemmas(verb))
    return bool(lemmas & lexicon.occurrence_verbs or lemmas & set(lexicon.occurrence_particles))


def _events_for(
    trigger: Trigger, document: Document, figures: Sequence[Figure], claimants: ClaimantResolver,
    target_override: Token | None = None,
) -> list[Event]:
    lexicon, cues, actors = load_trigger_lexicon(), load_status_cues(), load_actor_lexicon()
    token = trigger.token
    chain = governors(token)
    if is_negated(token) and (trigger.nominal or _is_passive(token) or _child(token, "nsubj") is None):
        return []
    if _told_as_not_happening(token, chain, cues) or _escaped(trigger):
        return []
    if _is_passive(token) and negating_governor(token, chain, cues) is not None:
        return []  # "the hostages failed to be freed": no release, and no one refused it
    if _is_state_participle(token) or advances(token, cues) or _tallied_count(token) or _named_as(token):
        return []  # "pressed ahead with its offensive" demands nothing
    event_type, mode = trigger.type, _mode(trigger, lexicon)
    status: Status = trigger.status or _enacted(status_of(token, chain, cues), chain, event_type, mode, cues)
    if status == "happened" and not trigger.nominal and _alleged_act_subject(token, lexicon, cues):
        status = "alleged"  # "the alleged attack killed four people": what a claimed act did is claimed too
    if event_type == "THREATEN" and mode is None:
        mode = _framed_threat_mode(token, lexicon)
    act = trigger.act or token  # an announcement's parties are those of the act it announces
    arg_chain = governors(act) if trigger.act is not None else chain
    ordered_deed = status == "demanded" and event_type == "ASSAULT" and _is_ordered(chain, cues)
    if ordered_deed:
        # "ordered the shooting of 124 inmates": news tells an order of violence after the deed, so
        # the act has the status of the order ("was accused of ordering the shooting": alleged)
        status = status_of(chain[0].token, cues=cues)
    if not trigger.nominal and status == "refused" and event_type in _COOPERATIVE_ACCEPTANCE:
        event_type, mode, status = "REJECT", None, "happened"  # "Syria will not accept refugees": a refusal
    source_tok: Token | None
    target_tok: Token | None
    if trigger.theme is not None:
        source_tok, target_tok = None, trigger.theme
    elif trigger.nominal:
        source_tok, target_tok = _noun_arguments(token, chain, cues, actors)
    else:
        source_tok, target_tok = _verb_arguments(act, arg_chain, cues)
    if ordered_deed and source_tok is None:
        source_tok = _subject(chain[0].token)  # who orders a killing answers for it
    if trigger.target is not None:
        target_tok = trigger.target  # "gave the French ambassador 48 hours to leave"
    blamed = _to_blame(act)
    if blamed is not None:
        source_tok, target_tok = None, blamed  # "Hamas was to blame": Hamas is blamed; the speaker blames
    if target_override is not None:
        target_tok = target_override
    if event_type == "MOBILIZE" and source_tok is None and _forces_moving_themselves(act, target_tok, actors):
        source_tok, target_tok = target_tok, _prep_object(act, frozenset({"to", "into"}))  # "troops were deployed"
    if event_type in {"ASSAULT", "THREATEN"} and not trigger.nominal and (
            target_tok is None or _actor(target_tok, actors) is None):
        target_tok = _aimed_toward(act) or target_tok  # "fired a barrage of rockets toward Tel Aviv"
    holder = _ground_holder(act, target_tok, actors) if event_type == "ASSAULT" and not trigger.nominal else None
    ground, target_tok = (target_tok, holder) if holder is not None else (None, target_tok)
    aimed_at = target_tok  # before it is read as its owner: "the army's last stronghold in North Darfur"
    target_tok = _owner_of_act(target_tok, actors)
    if event_type in {"SANCTION", "COERCE"}:
        target_tok = _holder_of_thing(target_tok, actors)  # "froze the assets of 12 officials"
    if event_type == "ACCUSE":
        target_tok = _charged_party(act, target_tok, actors)  # "issued an arrest warrant for Putin"
    if event_type in {"SUPPORT", "ACCUSE"} and not trigger.nominal:
        target_tok = _felt_towards(target_tok, actors) or target_tok  # "expressed support for Yeltsin"
    if event_type == "AID" and not trigger.nominal and (target_tok is None or _actor(target_tok, actors) is None):
        target_tok = _aid_recipient(act, target_tok, actors) or target_tok
    if target_tok is not None and target_tok.lower_ in _REFLEXIVES:
        target_tok = None  # "a suicide bomber blew himself up at a mosque": the attack is aimed elsewhere
    if mode == "withdraw" or "MOBILIZE" in {event_type, trigger.threatened}:
        target_tok = _beyond_own(act, target_tok, source_tok, actors)  # "would send its troops to the border"
    if event_type in _FRAMING_TYPES:
        target_tok = _maker_of_proposal(target_tok, actors)
    if event_type == "PROTEST" and source_tok is not None and _permitted(token, chain, source_tok):
        source_tok = None  # "Sweden allowed a protest outside the embassy": who allows a protest does not protest
    if (event_type, mode) == ("PROTEST", "strike") and trigger.nominal and source_tok is None:
        source_tok = _striking_party(token, lexicon)
        if source_tok is not None and target_tok is not None and source_tok.i == target_tok.i:
            target_tok = None  # "the strike of the drivers": the drivers strike, they are not struck at
    if event_type == "PROTEST" and (target_tok is None or _actor(target_tok, actors) is None):
        target_tok = _protest_target(token, actors) or target_tok
    if event_type == "PROTEST" and mode == "demo" and _official_voice(source_tok, lexicon, actors):
        event_type, mode = "ACCUSE", "disapprove"  # "the ministry summoned the ambassador to protest against ..."
    joint = _is_joint(source_tok, event_type, lexicon, actors)
    if joint and (target_tok is None or _actor(target_tok, actors) is None):
        target_tok = None  # "agreed to a prisoner exchange": the object is no party
    if not joint and (target_tok is None or _actor(target_tok, actors) is None) and event_type in _FRAMING_TYPES:
        target_tok = _framed_party(token, event_type, source_tok, actors) or target_tok
    answered = rejoinder_of(act, cues)
    if answered is not None and answered.verb == act:
        target_tok = None  # ", a charge Asmara denied": the claim answered names no party
    first = _hyphen_start(token)
    if first is None or token.doc[first.i : token.i + 1].text.lower() not in load_trigger_lexicon().nouns:
        first = token  # "a sit-in" is the whole word; "test-fired" is read as "fired"
    start, end = first.idx, token.idx + len(token.text)
    common: dict[str, Any] = {
        "doc_id": document.doc_id, "start": start, "end": end, "text": token.doc.text[start:end],
        "type": event_type, "mode": mode, "status": status,
        "source": _reported_own_forces(_state_forces(
            _ethnic_by_place(_actor(source_tok, actors), source_tok, token, actors), source_tok, event_type, actors),
            act, actors),
        "date": _event_date(token, chain, document),
        "claimant": claimants.claimant_for(start, end, denied=status == "denied"),
        "sentence_start": sentence_of(token).start_char, "sentence_end": sentence_of(token).end_char,
    }
    if source_tok is not None and _other_party(source_tok, actors) is not None:
        common["source"] = _with_partners(common["source"], source_tok)  # "Israel and Hamas extended the truce"
    events = []
    targets = _split_targets(target_tok, actors) if trigger.mode == "release" else [target_tok]
    for target in targets:
        owned = aimed_at if len(targets) == 1 and aimed_at is not target else None  # placed as an object is
        place = _place(act, [target], owned=owned) or _target_as_place(target, event_type, actors) \
            or _target_as_place(ground, event_type, actors) or _where_the_doers_are(source_tok, event_type) \
            or _where_forces_move(act, event_type, mode)
        target_actor = _actor(target, actors, conjuncts=len(targets) == 1)
        if target is not None and len(targets) == 1 and _other_party(target, actors) is not None:
            target_actor = _with_partners(target_actor, target)  # "mediation between Israel and Hamas"
        source, actor = _domestic_people(common["source"], source_tok, target_actor, target, actors)
        source = _domestic_authority(source, event_type, mode, place, actors)
        source = _local_police(source, source_tok, place, actors, event_type)
        source = _home_forces(source, source_tok, place, event_type, mode, actor, actors)
        source = _local_protesters(source, event_type, place, actors)
        if trigger.mode != "release":  # captives released at a place are not of that place
            actor = _with_closing_country(actor, act, actors)
            actor = _reported_own_losses(actor, act, source_tok, actors)
            # "welcomed him in Jerusalem": talk and dealings often happen on a third party's ground
            actor = _with_place_country(actor, target, place if event_type not in _VERBAL_TYPES else None, actors)
            actor = _state_subject(actor, target, source, event_type, mode)
            actor = _nation_as_people(actor, target, event_type, actors)
        if not _is_joint_or_posted(source_tok, actors) and not _is_joint_or_posted(target, actors):
            source, actor = _compatriot_fighters(source, actor, event_type, actors)
        if actor is None and event_type in _PLACE_TARGETED_TYPES and (event_type, trigger.mode) not in _TAKING \
                and not _fought_out(act, source_tok):
            actor = _place_as_target(place, actors, event_type)
        if event_type == "MOBILIZE" or mode == "withdraw":
            actor = _foreign_ground(place, source, actors) if actor is None or _own_ground(actor, place, source) \
                else actor
        events.append(Event(
            target=actor,
            place=place.text if place is not None else None,
            figures=_figures_for([source_tok, target, owned] + ([token] if trigger.nominal else []), figures),
            **{**common, "source": source},
        ))
    return events


#: Verbs by which an authority lets others act.
_PERMITTING = frozenset({"allow", "permit", "authorise", "authorize", "tolerate", "approve"})


def _permitted(act: Token, chain: list[Governor], source: Token) -> bool:
    """The act is let happen by a verb above it ("allowed a protest", "criticised Sweden for allowing a
    protest"), and the source was taken from above it, so it is the one who allows, not the one who acts."""
    if not chain or chain[0].via != "dobj" or chain[0].token.lemma_.lower() not in _PERMITTING:
        return False
    return not any(t.i == source.i for t in act.subtree)


#: Pronouns by which an actor names itself as the object of its own act.
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})


def _official_voice(source: Token | None, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """A state speaking through its government, ministries, envoys or leaders, or named itself
    ("Beijing protested"): its protest is an official complaint (``assertions`` in the lexicon)."""
    actor = _actor(source, actors) if source is not None else None
    if source is None or actor is None or actor.sector != "GOV":
        return False
    words = [t.lemma_.lower() for t in phrase_tokens(source)]
    named_state = source.pos_ == "PROPN" and source.ent_type_ in _PLACE_LABELS
    return named_state or words[-1] in lexicon.official_voices or " ".join(words[-2:]) in lexicon.official_voices


def _forces_moving_themselves(act: Token, moved: Token | None, actors: ActorLexicon) -> bool:
    """'Rwandan troops were deployed to Cabo Delgado': forces deployed, with no one named to deploy them,
    are the state's own moving, so they are the source, and where they go is the target."""
    if moved is None or not _is_passive(act) or moved.dep_ != "nsubjpass":
        return False
    forces = _actor(moved, actors)
    return forces is not None and (forces.sector in ARMED_SECTORS or _are_police(moved))


def _beyond_own(act: Token, target: Token | None, source: Token | None, actors: ActorLexicon) -> Token | None:
    """'Israel withdrew its troops from Gaza', 'Iran recalled its ambassador from Baku', 'Russia
    deployed its troops to Belarus': what a party moves of its own is no target; where it is moved
    from or to is, when that is named."""
    if target is None or source is None or not _moves_its_own(target, source, actors):
        return target
    return _prep_object(act, frozenset({"from", "to", "into"})) or _prep_object(target, frozenset({"from", "to"}))


def _moves_its_own(target: Token, source: Token, actors: ActorLexicon) -> bool:
    """The moved party is the mover's: "its troops", or forces or police no one else is named to own
    ("sent more troops to the border", "sent 42 warplanes across the median line", "deployed 400
    police officers to Haiti")."""
    pronoun = _child(target, "poss")
    if pronoun is not None:
        owner = owner_of(pronoun) if pronoun.pos_ == "PRON" else None
        return owner is not None and owner.i == source.i
    moved, mover = _actor(target, actors), _actor(source, actors)
    return (moved is not None and (moved.sector == "MIL" or _are_police(target))
            and (moved.country is None or (mover is not None and moved.country == mover.country)))


def _enacted(status: Status, chain: list[Governor], event_type: str, mode: str | None, cues: StatusCues) -> Status:
    """'Israel and Hamas agreed to extend their truce': the agreement is the extension, so it happened.

    An agreed release or withdrawal stays planned: the material act is still to come.
    """
    if status != "planned" or not chain or chain[0].token.lemma_.lower() not in cues.enacting:
        return status
    if negating_governor(chain[0].token, cues=cues) is not None:
        return "refused"  # "failed to agree on a ceasefire": no agreement, so no truce
    if f"{event_type}:{mode}" not in cues.enacted_acts:
        return status
    agreeing = status_of(chain[0].token, chain[1:], cues)  # "pressed them to agree to a ceasefire": no truce yet
    return "happened" if agreeing in {"happened", "ongoing"} else agreeing


def _named_as(noun: Token) -> bool:
    """'condemned the attack as a massacre', 'described the strike as retaliation': an act noun after "as"
    says what the verb's object is called; the object is the act, told once."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    verb = noun.head.head  # not "carried out what it described as targeted strikes": the act itself
    return verb.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and c.i < noun.i and c.tag_ not in {"WP", "WDT"}
                                       for c in verb.children)


def _tallied_count(token: Token) -> bool:
    """'the death toll had risen to 34,183, with 77,143 wounded': a count given with a toll in a "with"
    phrase, its participle's only word the number, is part of the tally, no act of its own."""
    if token.tag_ != "VBN" or token.dep_ not in {"pcomp", "pobj"} or token.head.lower_ != "with":
        return False
    return [(c.dep_, c.like_num) for c in token.children] == [("nsubj", True)]


def _is_state_participle(token: Token) -> bool:
    """'Palestinians imprisoned in Israeli jails', 'those previously released': a state, not an act.

    A reduced relative participle is taken as an event only with an agent or a date of its own.
    """
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    if token.head.lemma_.lower() in load_trigger_lexicon().tally_nouns:
        return True  # "the number released since Friday": a count, not a release
    if any(c.dep_ in {"nsubjpass", "nsubj", "mark"} for c in token.children):
        return False  # a clause of its own: "a report that three men were killed"
    if any(c.dep_ == "dobj" and not is_bare_captive_complement(c) for c in token.children) and _actor(
            token.head, load_actor_lexicon()) is not None:
        return False  # "Israeli forces arrested 20 Palestinians": the main verb, parsed as a participle
    if token.lemma_.lower() in load_trigger_lexicon().projectile_verbs and any(
            c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ in AIMED_PREPOSITIONS) for c in token.children):
        return False  # "a drone launched from Yemen", "rockets fired at Israel": a shot, with where it flew
    return not any(c.dep_ == "agent" or c.ent_type_ == "DATE" for c in token.subtree)


def find_events(
    doc: Doc, document: Document, figures: Sequence[Figure], claimants: ClaimantResolver
) -> list[Event]:
    """Every event mention in a parsed document, in text order.

    Args:
        doc: the spaCy parse of ``document.text``.
        document: the article; its ``date`` anchors relative dates ("on Friday").
        figures: the document's figures; an event lists the indexes of those inside its arguments.
        claimants: resolves who the text says reports each event.

    >>> # "Israel released 39 Palestinian women on Friday." ->
    >>> # Event(text='released', type='RETREAT', mode='release', source ISR, target PSE CVL, ...)
    """
    cues = load_status_cues()
    lexicon = load_trigger_lexicon()
    events: list[Event] = []
    for sent in doc.sents:
        triggers, restated = _merge_restated(_promises(find_triggers(sent), cues))
        absorbed, suppressed = _framing_lemmas(triggers, cues)
        merged, objects = _consequences(triggers)
        merged |= _protest_purposes(triggers) | _restating_purposes(triggers, lexicon) | restated
        merged |= _answered_requests(triggers, cues)
        kept = [t for t in triggers if t.token.i not in absorbed | suppressed | merged and not _is_tally(t, lexicon)]
        joint = _joint_verbs(kept)
        told = [(t, _events_for(t, document, figures, claimants, objects.get(t.token.i))) for t in _announcements(kept)]
        firsts = {e.start: e for _, found in told for e in found}
        for trigger, found in told:
            first = joint.get(trigger.token.i)
            start = doc[first].idx if first is not None else None
            if start not in firsts or any(_tells_more(e, firsts[start]) for e in found):
                events.extend(found)  # the first verb's event tells the act, unless the two differ in status
    completed = complete_parties(doc, events, lexicon.captive_nouns, lexicon.jailed_nouns)
    return [_parties_as_of(event, document.date) for event in completed]


def _parties_as_of(event: Event, date: dt.date | None) -> Event:
    """The event with its parties' countries read for the article's date ("eastern Congo" since 1997)."""
    source, target = as_of(event.source, date, event.place), as_of(event.target, date, event.place)
    if source is event.source and target is event.target:
        return event
    return event.model_copy(update={"source": source, "target": target})



# ------------------------------------------------------------------ announcements

_SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _has_future(token: Token, lexicon: TriggerLexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.future_auxiliaries for c in token.children)


def _announcing_verb(act: Token, cues: StatusCues) -> Token | None:
    """The reporting verb that announces ``act``: "said it would allow", "X will provide ..., Y said".

    A negated report ("did not say how many Israel would free") announces nothing.
    """
    clause = act
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    verb: Token | None
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues.report_verbs:
        verb = clause.head
    else:  # the speaker after the clause, which the parser may hang under it
        verb = next((c for c in clause.children if c.dep_ in {"conj", "parataxis", "ccomp"} and c.i > clause.i
                     and c.lemma_.lower() in cues.report_verbs and _child(c, "nsubj") is not None), None)
    return None if verb is None or is_negated(verb) else verb


def _side(head: Token, actors: ActorLexicon) -> tuple[str | None, str | None]:
    """Country and sector a speaker speaks for, from any name in its phrase ("spokesman for the Israeli PM")."""
    actor = _actor(head, actors)
    if actor is not None and actor.country is not None:
        return actor.country, actor.sector
    for token in head.subtree:
        country = normalise_tokens([token], actors)[0] if token.pos_ in {"PROPN", "ADJ"} else None
        if country is not None:
            return country, None
    return None, actor.sector if actor is not None else None


def _speaks_for(speaker: Token | None, agent: Token | None, actors: ActorLexicon) -> bool:
    """Whether a speaker announces its own side's act, not a third party's plan.

    "Iraq said it would", "Norway will ..., Norway's foreign minister said": the same side.
    "Qatar said Israel would free ...": a third party reports a plan; that is no commitment.
    """
    if speaker is None or agent is None:
        return False
    if agent.pos_ == "PRON":
        return agent.lower_ in _SELF_PRONOUNS
    if agent.i == speaker.i:
        return True
    own, own_sector = _side(speaker, actors)
    theirs, their_sector = _side(agent, actors)
    if own is not None:
        return own == theirs
    return own_sector == their_sector == "IGO"


def _intent_subject(chain: list[Governor], lexicon: TriggerLexicon) -> Token | None:
    """The one who plans or stands ready to act: "Greece plans to impose", "is prepared to impose"."""
    if not chain or chain[0].via != "xcomp" or chain[0].token.lemma_.lower() not in lexicon.intent_governors:
        return None
    governor = chain[0].token
    if is_negated(governor):
        return None
    return _subject(governor) or _inherited_subject(chain[1:], load_status_cues())


def _is_conditional_threat(token: Token, cues: StatusCues, lexicon: TriggerLexicon) -> bool:
    """'will boycott the elections unless the president steps down': an act held over another's head."""
    modal = _has_future(token, lexicon) or any(
        c.dep_ == "aux" and c.lower_ in cues.hypothetical_modals for c in token.children)
    conditions = [c for c in token.children if c.dep_ == "advcl"]
    return modal and any(m.lower_ in cues.conditional_marks for c in conditions for m in c.children)


def _threat_mode(event_type: str, mode: str | None, lexicon: TriggerLexicon) -> str | None:
    """The THREATEN mode of a threatened act: violence for an attack, restrict for a curfew ..."""
    return lexicon.threat_modes.get(f"{event_type}:{mode}") or lexicon.threat_modes.get(event_type)


def _framed_threat_mode(token: Token, lexicon: TriggerLexicon) -> str | None:
    """'threatened to cut off electricity': the mode of the threat from the act it threatens."""
    framed = _framed_clause(token) or next(
        (c for c in token.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)), None
    )  # "have sworn to fight", parsed as a purpose
    if framed is None:
        return None
    hit = _verb_trigger(framed, lexicon) if framed.pos_ in {"VERB", "AUX"} else _noun_trigger(framed, lexicon)
    return _threat_mode(hit[0], hit[1], lexicon) if hit is not None else None


def _as_threat(trigger: Trigger, cues: StatusCues, lexicon: TriggerLexicon, actors: ActorLexicon) -> Trigger | None:
    """A hostile act its own side announces, plans or holds out on a condition: a THREATEN (PLOVER 2.0).

    A plan or condition makes a threat only when the act is aimed at someone or something ("plans
    to impose restrictions", "will boycott the elections unless"); "prepared to fight" is resolve.
    A condition needs a speaker: "If the truce collapses, Israel would attack" is the writer's guess.
    """
    token = trigger.token
    if trigger.nominal or trigger.type not in lexicon.threat_types or is_negated(token):
        return None
    verb = _announcing_verb(token, cues)
    announced = verb is not None and _has_future(token, lexicon) and _speaks_for(
        _subject(verb), _subject(token), actors)
    aimed = _child(token, "dobj") is not None or _prep_object(token, frozenset({"against", "on"})) is not None
    conditional = verb is not None and _is_conditional_threat(token, cues, lexicon)
    if announced or (aimed and (_intent_subject(governors(token), lexicon) is not None or conditional)):
        mode = _threat_mode(trigger.type, _mode(trigger, lexicon), lexicon)
        return replace(trigger, type="THREATEN", mode=mode, status="happened", threatened=trigger.type)
    return None


def _commitment(trigger: Trigger, cues: StatusCues, lexicon: TriggerLexicon, actors: ActorLexicon) -> Trigger | None:
    """The AGREE of a party announcing its own future cooperative act ("Iraq said it would allow ...").

    The act stays an event of its own with status planned; the announcement is the commitment.
    Offers ("willing to", "prepared to") stay offers: the act alone, with status offered.
    """
    token = trigger.token
    key = f"{trigger.type}:{trigger.mode}" if trigger.mode else trigger.type
    if trigger.nominal or key not in lexicon.commitment_types or not _has_future(token, lexicon):
        return None
    if is_negated(token) or _is_passive(token):
        return None
    verb = _announcing_verb(token, cues)
    if verb is None or not _speaks_for(_subject(verb), _subject(token), actors):
        return None
    return Trigger(verb, "AGREE", None, nominal=False, act=token, status="happened")


def _announcements(triggers: list[Trigger]) -> list[Trigger]:
    """Triggers with announced hostile acts turned into threats and commitments added beside their acts."""
    cues, lexicon, actors = load_status_cues(), load_trigger_lexicon(), load_actor_lexicon()
    out: list[Trigger] = []
    for trigger in triggers:
        threat = _as_threat(trigger, cues, lexicon, actors)
        out.append(threat or trigger)
        commitment = _commitment(trigger, cues, lexicon, actors)
        if commitment is not None and not any(t.token.i == commitment.token.i for t in triggers):
            out.append(commitment)
    return out


def _consequences(triggers: list[Trigger]) -> tuple[set[int], dict[int, Token]]:
    """Verbs that tell what an event noun did ("the October 7 attack killed 1,200 people"): one event.

    The verb is dropped and its object becomes the noun's target. Returns the dropped verbs'
    indexes and, by noun index, the object taken over.
    """
    nouns = {t.token.i: t for t in triggers if t.nominal}
    merged: set[int] = set()
    objects: dict[int, Token] = {}
    for trigger in triggers:
        subject = _child(trigger.token, "nsubj") if not trigger.nominal else None
        noun = nouns.get(subject.i) if subject is not None else None
        if noun is None or noun.type != trigger.type:
            continue
        merged.add(trigger.token.i)
        obj = _child(trigger.token, "dobj")
        if obj is not None:
            objects[noun.token.i] = obj
    return merged, objects


def _joint_verbs(triggers: list[Trigger]) -> dict[int, int]:
    """Two verbs of one type that share their subject and object tell one act: "police arrested and
    detained 20 demonstrators", "met and held talks with", of one mode joined by "and".
    The first verb, with no object, clause or phrase of its own, takes the second's; "bombed Gaza and
    shelled Rafah", "called on FEMA to act and said the administration should" are two acts each.
    Harm stays apart ("killed and wounded 40 people": the dead and the wounded are told apart).
    Returns, by the second verb's index, the first verb's."""
    by_index = {t.token.i: t for t in triggers}
    dropped: dict[int, int] = {}
    for trigger in triggers:
        clause = trigger.token
        if trigger.nominal and clause.dep_ == "dobj" and _is_light(clause.head):
            clause = clause.head  # "held talks"
        if clause.dep_ != "conj" or _child(clause, "nsubj") is not None or _child(clause, "nsubjpass") is not None:
            continue
        first = by_index.get(clause.head.i)
        if (first is None or first.nominal or first.type == "ASSAULT"
                or (first.type, first.mode) != (trigger.type, trigger.mode)):
            continue  # "tortured or executed", "shelled and bombarded": acts of two modes stay two
        if is_negated(clause) != is_negated(first.token) or not any(
                c.dep_ == "cc" and c.lower_ == "and" for c in first.token.children):
            continue
        if not any(c.dep_ in _OWN_COMPLEMENTS for c in first.token.children):
            dropped[trigger.token.i] = first.token.i
    return dropped


def _tells_more(second: Event, first: Event) -> bool:
    """The second of two joined verbs differs in status from the first or names a target it lacks:
    "protesters gathered and marched on parliament" keeps the march on parliament."""
    if second.status != first.status:
        return True
    return second.target is not None and (first.target is None or first.target.text != second.target.text)


#: What gives a verb an act of its own beside the verb joined to it: an object, a clause, a phrase.
_OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "agent", "dative", "attr", "oprd"})


def _purpose_head(token: Token) -> Token | None:
    """The verb a purpose phrase hangs on: "staged rallies to demand", "began a hunger strike in protest of"."""
    if token.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.lemma_.lower() == "protest":
        return token.head.head
    return None


def _protest_purposes(triggers: list[Trigger]) -> set[int]:
    """A demand or protest stated as the purpose of a protest is that protest, not a second event.

    "Students staged demonstrations to demand reforms": one PROTEST; the demand is what it is for.
    So is a purpose on a clause that describes the protest: "a general strike that shut down the
    capital in protest of the arrests".
    """
    protests = [t.token for t in triggers if t.type == "PROTEST"]
    dropped: set[int] = set()
    for trigger in triggers:
        if trigger.type not in {"PROTEST", "REQUEST"}:
            continue
        head = _purpose_head(trigger.token)
        if head is not None and any(p.i != trigger.token.i and _carries_purpose(head, p) for p in protests):
            dropped.add(trigger.token.i)
    return dropped


def _restating_purposes(triggers: list[Trigger], lexicon: TriggerLexicon) -> set[int]:
    """'telephoned his counterpart to discuss the crisis': a purpose of the act's own type is that act.

    A purpose that names a party of its own ("visited the Capitol to meet Senate leaders") tells
    who the act was with, and stays.
    """
    actors = load_actor_lexicon()
    verbs = {t.token.i: t for t in triggers if not t.nominal}
    dropped: set[int] = set()
    for trigger in verbs.values():
        token = trigger.token
        if trigger.type not in lexicon.purpose_restating_types or token.dep_ not in {"advcl", "xcomp"}:
            continue  # "telephoned Rajiv Gandhi to discuss tensions": the parser may make the purpose an xcomp
        head = verbs.get(token.head.i)
        if head is None or head.type != trigger.type or _purpose_head(token) is None:
            continue
        parties = [_child(token, "dobj"), _prep_object(token, frozenset({"with"}))]
        if not any(_is_party(p, actors) for p in parties):
            dropped.add(token.i)
    return dropped


def _is_party(token: Token | None, actors: ActorLexicon) -> bool:
    """People, a body or a named state: "Senate leaders", "Gorbachev"; not a topic that only has a
    nationality ("the Syrian crisis")."""
    actor = _actor(token, actors)
    return token is not None and actor is not None and (
        actor.sector is not None or token.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"})


def _carries_purpose(head: Token, protest: Token) -> bool:
    """The purpose's head is the protest, the verb that stages it, or a clause describing it."""
    return head.i in {protest.i, protest.head.i} or (head.dep_ in {"relcl", "acl"} and head.head.i == protest.i)


def _answered_requests(triggers: list[Trigger], cues: StatusCues) -> set[int]:
    """'rejected North Korea's demand', 'conceded to demands from UNITA': the request a reply answers.

    The noun only names the other party's words, told again as what the reply is about; the
    reply is the event, and its target is who asked (``_maker_of_proposal``). What the request
    asks for ("demand to sever the alliance") stays an event of its own with its status.
    """
    verbs = {t.token.i for t in triggers if not t.nominal}
    answered: set[int] = set()
    for trigger in triggers:
        named = trigger.nominal or trigger.token.dep_ in {"dobj", "pobj"}  # "meet hostage-takers demands"
        chain = governors(trigger.token) if named and trigger.type in cues.answered_types else []
        if chain and chain[0].token.i in verbs and _answers(chain[0], cues):
            answered.add(trigger.token.i)
    return answered


def _answers(reply: Governor, cues: StatusCues) -> bool:
    """A reply verb with the request as object ("met the demands") or after 'to' ("bowed to demands")."""
    complement = reply.across == "to" or (reply.across is None and reply.via in {"dobj", "conj"})
    return complement and reply.token.lemma_.lower() in cues.replies


def _is_tally(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'More than 14,000 people have been killed since': a running count, recorded as a figure, not an event.

    A passive perfect of a casualty verb with no agent and a counted subject; "two soldiers were
    killed on Monday" (a simple past) stays an event.
    """
    token = trigger.token
    if trigger.nominal or trigger.type != "ASSAULT" or trigger.mode is not None or not _is_passive(token):
        return False
    children = list(token.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    subject = _child(token, "nsubjpass")
    counted = subject is not None and any(c.dep_ == "nummod" or c.like_num for c in subject.subtree)
    return perfect and counted and not any(c.dep_ == "agent" for c in children)
