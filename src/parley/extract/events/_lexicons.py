"""The trigger lexicon (data/event_triggers.json) read into typed classes, the Trigger record, and the
preposition sets all stages share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from parley.extract.data_files import entries, read_data
from parley.types import EVENT_TYPES, EventType, Status

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    play_terms: frozenset[str] = frozenset()
    play_periods: frozenset[str] = frozenset()
    play_clock: frozenset[str] = frozenset()
    play_period_marks: frozenset[str] = frozenset()
    play_lines: frozenset[str] = frozenset()
    campaign_domains: frozenset[str] = frozenset()
    play_types: frozenset[str] = frozenset()
    sport_copy_words: frozenset[str] = frozenset()
    cause_verbs: frozenset[str] = frozenset()
    held_ground: frozenset[str] = frozenset()
    force_aims: frozenset[str] = frozenset()
    contest_modifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ConsultationSenses:
    """The words that show a meeting or visit is no consultation between parties (``consultations``)."""

    gathering_verbs: frozenset[str] = frozenset()
    visiting_verbs: frozenset[str] = frozenset()
    fixtures: frozenset[str] = frozenset()
    private_people: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()
    visited_lands: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    lone_body_sectors: frozenset[str] = frozenset()
    press_audiences: frozenset[str] = frozenset()
    unpolitical_visited: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PrivateDealings:
    """Business and sport told with verbs of agreeing, signing and banning (``private_dealings``)."""

    trades: frozenset[str] = frozenset()
    terms: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class TriggerLexicon:
    """Trigger words and phrases with their PLOVER type and mode."""

    verbs: dict[str, TypeMode]
    nouns: dict[str, TypeMode]
    phrases: dict[tuple[str, str], TypeMode]
    ambiguous_nouns: frozenset[str]
    mode_modifiers: dict[str, dict[str, str]]
    fixed_prepositions: frozenset[str]
    #: By type, a mode to the broader modes it is a kind of ("suicide-attack" of "explosives"): the narrower wins.
    narrower_modes: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    #: Mode words that tell their mode only bare or compounded with another word of it: "a gas explosion" is none.
    bare_mode_words: frozenset[str] = frozenset()
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
    #: Verbs of using arms and the arms, whose threatened use is a threat of violence ("threatened to use force").
    weapon_use_verbs: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    weapon_kinds: frozenset[str] = frozenset()
    aspectual_verbs: frozenset[str] = frozenset()
    act_only_verbs: frozenset[str] = frozenset()
    halting_verbs: frozenset[str] = frozenset()
    gerund_only_halting: frozenset[str] = frozenset()
    remote_talk_verbs: frozenset[str] = frozenset()
    remote_channels: frozenset[str] = frozenset()
    hazards: frozenset[str] = frozenset()
    storm_titles: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    question_preps: frozenset[str] = frozenset()
    failures: frozenset[str] = frozenset()
    #: blast nouns and places of work that together tell an industrial accident ("a fire at a factory")
    blast_nouns: frozenset[str] = frozenset()
    workplaces: frozenset[str] = frozenset()
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
    #: verbs of talks ending or failing: a meeting told ending in a clause of time is background
    meeting_endings: frozenset[str] = frozenset()
    background_nouns: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    setting_types: frozenset[str] = frozenset()
    purpose_restating_types: frozenset[str] = frozenset()
    admission_verbs: frozenset[str] = frozenset()
    admission_fault_only: frozenset[str] = frozenset()
    admitted_faults: frozenset[str] = frozenset()
    admitted_deed_types: frozenset[str] = frozenset()
    unarmed_sectors: frozenset[str] = frozenset()
    error_words: frozenset[str] = frozenset()
    assertion_senses: dict[str, TypeMode | None] = field(default_factory=dict)
    official_voices: frozenset[str] = frozenset()
    settling_verbs: frozenset[str] = frozenset()
    opinion_holders: frozenset[str] = frozenset()
    qualified_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    liberty_nouns: frozenset[str] = frozenset()
    place_uses: frozenset[str] = frozenset()
    forceful_senses: frozenset[str] = frozenset()
    means_of_force: frozenset[str] = frozenset()
    blade_verbs: frozenset[str] = frozenset()
    fatal_results: frozenset[str] = frozenset()
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
    left_behind: dict[str, frozenset[str]] = field(default_factory=dict)
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
    #: verbs whose object is a site or a person alike ("raided Tubas", "attacked a journalist")
    site_verbs: frozenset[str] = frozenset()
    taken_things: frozenset[str] = frozenset()
    #: gazetteer head nouns and the modifiers that make them an institution ("central bank")
    institutions: dict[str, frozenset[str]] = field(default_factory=dict)
    conveyances: frozenset[str] = frozenset()
    blocking_verbs: frozenset[str] = frozenset()
    blocked_routes: frozenset[str] = frozenset()
    blocked_goods: frozenset[str] = frozenset()
    cutting_verbs: frozenset[str] = frozenset()
    cut_supplies: frozenset[str] = frozenset()
    supply_heads: frozenset[str] = frozenset()
    protesting_sectors: frozenset[str] = frozenset()
    alert_nouns: frozenset[str] = frozenset()
    blocked_trade: frozenset[str] = frozenset()
    blocked_media: frozenset[str] = frozenset()
    civil_collectives: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    private_dealings: PrivateDealings = PrivateDealings()
    in_force_modes: frozenset[str] = frozenset()
    starting_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_passives: frozenset[str] = frozenset()
    occurrence_nouns: frozenset[str] = frozenset()
    occurrence_particles: dict[str, frozenset[str]] = field(default_factory=dict)
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
    consultations: ConsultationSenses = field(default_factory=ConsultationSenses)
    judged_types: frozenset[str] = frozenset()
    standing_verbs: frozenset[str] = frozenset()
    placing_complements: frozenset[str] = frozenset()
    relation_types: frozenset[str] = frozenset()
    status_complements: frozenset[str] = frozenset()


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
        private_dealings=PrivateDealings(
            trades=frozenset(raw["private_dealings"]["trades"]),
            terms={k: frozenset(v) for k, v in entries(raw["private_dealings"]["terms"]).items()},
        ),
        in_force_modes=frozenset(raw["coming_into_force"]["modes"]),
        starting_verbs=frozenset(raw["coming_into_force"]["starting_verbs"]),
        occurrence_verbs=frozenset(raw["occurrence_verbs"]["lemmas"]),
        occurrence_passives=frozenset(raw["occurrence_verbs"]["passive"]),
        occurrence_nouns=frozenset(raw["occurrence_verbs"]["nouns"]),
        occurrence_particles={k: frozenset(v) for k, v in raw["occurrence_verbs"]["particles"].items()},
        mode_modifiers={k: v for k, v in raw["mode_modifiers"].items() if k in EVENT_TYPES},
        narrower_modes={k: {mode: frozenset(broader) for mode, broader in v.items()}
                        for k, v in raw["narrower_modes"].items() if k in EVENT_TYPES},
        bare_mode_words=frozenset(raw["bare_mode_words"]["words"]),
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
        weapon_use_verbs=frozenset(raw["announcements"]["weapon_use_verbs"]),
        weapon_nouns=frozenset(raw["announcements"]["weapon_nouns"]),
        weapon_kinds=frozenset(raw["announcements"]["weapon_kinds"]),
        aspectual_verbs=frozenset(raw["aspectual_verbs"]["lemmas"]),
        act_only_verbs=frozenset(raw["aspectual_verbs"]["act_only"]),
        halting_verbs=frozenset(raw["aspectual_verbs"]["halting"]),
        gerund_only_halting=frozenset(raw["aspectual_verbs"]["halting_gerund_only"]),
        remote_talk_verbs=frozenset(raw["remote_talks"]["verbs"]),
        remote_channels=frozenset(raw["remote_talks"]["channels"]),
        hazards=frozenset(raw["accidents"]["hazards"]),
        storm_titles=frozenset(raw["accidents"]["storm_titles"]),
        symbols=frozenset(raw["symbols"]["lemmas"]),
        question_verbs=frozenset(raw["questions"]["verbs"]),
        question_marks=frozenset(raw["questions"]["marks"]),
        question_preps=frozenset(raw["questions"]["prepositions"]),
        failures=frozenset(raw["accidents"]["failures"]),
        blast_nouns=frozenset(raw["accidents"]["workplace_blasts"]["blasts"]),
        workplaces=frozenset(raw["accidents"]["workplace_blasts"]["workplaces"]),
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
        meeting_endings=frozenset(raw["background"]["meeting_endings"]),
        background_nouns=frozenset(raw["background"]["head_nouns"]),
        setting_prepositions=frozenset(raw["background"]["setting_prepositions"]),
        setting_types=frozenset(raw["background"]["setting_types"]),
        purpose_restating_types=frozenset(raw["background"]["purpose_restating_types"]),
        admission_verbs=frozenset(raw["admissions"]["verbs"]),
        admission_fault_only=frozenset(raw["admissions"]["fault_only"]),
        admitted_faults=frozenset(raw["admissions"]["faults"]),
        admitted_deed_types=frozenset(raw["admissions"]["deed_types"]),
        unarmed_sectors=frozenset(raw["admissions"]["unarmed_sectors"]),
        error_words=frozenset(raw["admissions"]["error_words"]),
        assertion_senses={k: _type_mode(v) if v is not None else None
                          for k, v in raw["assertions"]["senses"].items()},
        official_voices=frozenset(raw["assertions"]["official_voices"]),
        settling_verbs=frozenset(raw["assertions"]["settling"]),
        opinion_holders=frozenset(raw["assertions"]["opinion_holders"]),
        qualified_nouns={k: frozenset(v) for k, v in entries(raw.get("qualified_nouns", {})).items()},
        liberty_nouns=frozenset(raw["liberties"]["nouns"]),
        place_uses=frozenset(raw["place_uses"]["lemmas"]),
        forceful_senses=frozenset(raw["forceful_senses"]["lemmas"]),
        means_of_force=frozenset(raw["means_of_force"]["lemmas"]),
        blade_verbs=frozenset(raw["means_of_force"]["blade_verbs"]),
        fatal_results=frozenset(raw["means_of_force"]["fatal_results"]),
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
        left_behind={k: frozenset(v) for k, v in entries(raw["object_senses"]["left_behind"]).items()},
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
        site_verbs=frozenset(raw["site_verbs"]["lemmas"]),
        taken_things=frozenset(raw["taking"]["things"]) | frozenset(raw["transfers"]["goods"]),
        institutions={head: frozenset(words) for head, words in raw["taking"]["institutions"].items()},
        conveyances=frozenset(raw["taking"]["conveyances"]),
        blocking_verbs=frozenset(raw["blocking"]["verbs"]),
        blocked_routes=frozenset(raw["blocking"]["routes"]),
        blocked_goods=frozenset(raw["blocking"]["goods"]),
        cutting_verbs=frozenset(raw["blocking"]["cutting_verbs"]),
        cut_supplies=frozenset(raw["blocking"]["supplies"]),
        supply_heads=frozenset(raw["blocking"]["supply_heads"]),
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
        consultations=ConsultationSenses(**{k: frozenset(v) for k, v in entries(raw["consultations"]).items()}),
        judged_types=frozenset(raw["judged_nouns"]["types"]),
        standing_verbs=frozenset(raw["judged_nouns"]["standing_verbs"]),
        placing_complements=frozenset(raw["judged_nouns"]["placing_complements"]),
        relation_types=frozenset(raw["judged_nouns"]["relation_types"]),
        status_complements=frozenset(raw["judged_nouns"]["status_complements"]),
    )
