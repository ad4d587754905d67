"""The figure lexicons (data/figure_qualifiers.json, figure_units.json, figure_exclusions.json,
figure_categories.json) read once into _Lexicons, the entity and dependency sets all stages share,
and _Expr, the number expression found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.extract.data_files import entries, read_data
from parley.types import Category, Qualifier

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "GPE", "LOC", "NORP"})
#: Entity types of a sentence's first word that a number after it does not complete into a name.
_NOT_NAMING_ENTITIES = frozenset(
    {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
)
_PEOPLE_CATEGORIES = frozenset({"killed", "injured", "missing", "displaced", "captured", "held", "released"})
_WALK_DEPS = frozenset(
    {"pobj", "prep", "conj", "appos", "nmod", "compound", "npadvmod", "nummod", "quantmod", "nsubj",
     "nsubjpass", "dobj", "attr", "advmod", "acl", "relcl", "dative", "agent"}
)
_COUNTED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
_NOT_COUNTED_WORDS = frozenset({"more", "other", "additional", "further", "another", "extra", "some", "new", "least"})


@dataclass(frozen=True)
class _Lexicons:
    """All cue-word lists of the figure extractor, loaded once from ``data/figure_*.json``."""

    before: dict[tuple[str, ...], Qualifier]
    after: dict[tuple[str, ...], Qualifier]
    change: dict[str, Qualifier]
    collect_verbs: frozenset[str]
    length_units: frozenset[str]
    level_nouns: frozenset[str]
    percent: frozenset[str]
    currency_symbols: dict[str, str]
    sum_only_currency_codes: dict[str, str]
    currency_words: dict[str, str]
    national_currencies: dict[tuple[str, ...], str]
    shared_currencies: dict[str, dict[str, str]]
    time_units: dict[str, str]
    measures: dict[str, str]
    units_before: dict[str, str]
    unit_symbols: dict[str, str]
    currency_subunits: dict[str, str]
    glued_units: dict[str, str]
    glued_symbols: dict[str, str]
    measure_modifiers: dict[str, str]
    months: frozenset[str]
    label_nouns: frozenset[str]
    rank_words: frozenset[str]
    strength_suffixes: frozenset[str]
    index_names: dict[str, frozenset[float]]
    street_words: frozenset[str]
    time_markers: frozenset[str]
    clock_prepositions: frozenset[str]
    clock_hedges: frozenset[str]
    clock_words: frozenset[str]
    day_parts: frozenset[str]
    level_verbs: frozenset[str]
    year_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    one_determiners: frozenset[str]
    cue_verbs: dict[str, Category]
    cue_nouns: dict[str, Category]
    cue_adjectives: dict[str, Category]
    cue_phrases: dict[tuple[str, ...], Category]
    exit_verbs: frozenset[str]
    detention_places: frozenset[str]
    escape_verbs: frozenset[str]
    escape_particles: frozenset[str]
    escape_prepositions: frozenset[str]
    escape_places: frozenset[str]
    escape_captors: frozenset[str]
    people_ties: frozenset[str]
    hidden_places: frozenset[str]
    custody_places: frozenset[str]
    driving_verbs: frozenset[str]
    homes: frozenset[str]
    event_nouns: dict[str, Category]
    human_remains: frozenset[str]
    predicate_followers: frozenset[str]
    subject_moves: frozenset[str]
    force_verbs: frozenset[str]
    materiel_heads: frozenset[str]
    materiel_modifiers: frozenset[str]
    weapon_prefixes: frozenset[str]
    place_counts: frozenset[str]
    million_nouns: frozenset[str]
    sum_purposes: frozenset[str]
    holdings: frozenset[str]
    weigh_verbs: frozenset[str]
    body_weight_verbs: frozenset[str]
    pound_sums: frozenset[str]
    loss_verbs: frozenset[str]
    family_heads: frozenset[str]
    homecomings: frozenset[str]
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    fatal_modifiers: frozenset[str]
    leaving_verbs: frozenset[str]
    struggle_verbs: frozenset[str]
    struggled_for: frozenset[str]
    shot_verbs: frozenset[str]
    shot_projectiles: frozenset[str]
    blow_verbs: frozenset[str]
    contests: frozenset[str]
    lost_parts: frozenset[str]
    filmed_on: frozenset[str]
    tally_nouns: frozenset[str]
    aid_measures: frozenset[str]
    aid_goods: frozenset[str]
    tally_raisers: frozenset[str]
    score_verbs: frozenset[str]
    score_nouns: frozenset[str]
    vote_verbs: frozenset[str]
    vote_nouns: frozenset[str]
    race_verbs: frozenset[str]
    race_nouns: frozenset[str]
    maturity_units: frozenset[str]
    securities: frozenset[str]
    calibre_units: frozenset[str]
    weapons: frozenset[str]
    age_reach_verbs: frozenset[str]
    age_bounds: frozenset[str]
    age_extremes: frozenset[str]
    age_people_words: frozenset[str]
    age_infant_words: frozenset[str]
    decade_owners: frozenset[str]
    decade_parts: frozenset[str]
    age_apposition_times: tuple[tuple[str, ...], ...]
    evacuating_verbs: frozenset[str]
    evacuation_prepositions: frozenset[str]
    evacuated_places: frozenset[str]
    passing_verbs: frozenset[str]
    non_evacuees: frozenset[str]
    age_collectives: frozenset[str]
    rescue_verbs: frozenset[str]
    captors: frozenset[str]
    captive_modifiers: frozenset[str]
    list_marks: frozenset[str]
    toll_revisers: frozenset[str]
    care_settings: dict[str, tuple[frozenset[str], frozenset[str]]]
    treating_verbs: frozenset[str]
    wound_prepositions: frozenset[str]
    wound_causes: frozenset[str]
    exposures: frozenset[str]
    irritants: frozenset[str]
    care_purposes: frozenset[str]
    cover_places: frozenset[str]
    cover_modifiers: frozenset[str]
    brief_dangers: frozenset[str]
    stay_verbs: frozenset[str]
    refuge_places: frozenset[str]
    modified_refuge_places: frozenset[str]
    fled_to_places: frozenset[str]
    dangers_fled: frozenset[str]
    refuge_modifiers: frozenset[str]
    other_camps: frozenset[str]
    shelter_taking_verbs: frozenset[str]
    sheltering_places: frozenset[str]
    ambiguous_dead: frozenset[str]
    admitting_verbs: frozenset[str]
    seeking_verbs: frozenset[str]
    needing_verbs: frozenset[str]
    sought_care: frozenset[str]
    violent_causes: frozenset[str]
    violent_disorders: frozenset[str]
    violent_pairs: frozenset[tuple[str, str]]
    armed_fights: frozenset[str]
    armed_tools: frozenset[str]
    peaceful_fights: frozenset[str]
    illness_attacks: frozenset[str]
    patient_nouns: frozenset[str]
    own_state_verbs: frozenset[str]
    condition_linking_verbs: frozenset[str]
    condition_nouns: frozenset[str]
    condition_places: frozenset[str]
    intensive_care_nouns: frozenset[str]
    intensive_care_modifiers: frozenset[str]
    own_state_phrases: frozenset[tuple[str, ...]]


def _care_settings(care: dict[str, list[str]]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each verb of medical care with the prepositions that give the place of care after it and the
    places that count: "taken to hospital" or "to a clinic", but not "taken at a clinic" (seized
    there); "treated in hospital", but not "in its clinic" (which treats the sick as well)."""
    carrying = (frozenset(care["carrying_prepositions"]), frozenset(care["carrying_places"]))
    treating = (frozenset(care["treating_prepositions"]), frozenset(care["treating_places"]))
    carried = [*care["carrying_verbs"], *care["admitting_verbs"]]  # "admitted to hospital", as "taken to hospital"
    return {verb: carrying for verb in carried} | {verb: treating for verb in care["treating_verbs"]}


def _word_pair(phrase: str) -> tuple[str, str]:
    """A two-word entry ("tear gas") as its modifier and head, for matching on the parse."""
    modifier, head = phrase.split()
    return modifier, head


def _invert(groups: dict[str, list[str]]) -> dict[str, Any]:
    return {word: name for name, words in entries(groups).items() for word in words}


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    qualifiers, units = read_data("figure_qualifiers.json"), read_data("figure_units.json")
    exclusions, categories = read_data("figure_exclusions.json"), read_data("figure_categories.json")
    return _Lexicons(
        before={tuple(k.split()): v for k, v in qualifiers["before"].items()},
        after={tuple(k.split()): v for k, v in qualifiers["after"].items()},
        change=_invert(qualifiers["change_verbs"]),
        collect_verbs=frozenset(qualifiers["collect_verbs"]["verbs"]),
        length_units=frozenset(qualifiers["distance_changes"]["length_units"]),
        level_nouns=frozenset(qualifiers["distance_changes"]["level_nouns"]),
        percent=frozenset(units["percent"]),
        currency_symbols=entries(units["currency_symbols"]),
        sum_only_currency_codes=entries(units["sum_only_currency_codes"]),
        currency_words=units["currency_words"],
        national_currencies={tuple(k.split()): v for k, v in entries(units["national_currencies"]).items()},
        shared_currencies=entries(units["shared_currencies"]),
        time_units=units["time_units"],
        measures=units["measures"],
        units_before=entries(units["units_before"]),
        unit_symbols=units["unit_symbols"],
        currency_subunits=units["currency_subunits"],
        glued_units=units["glued_units"],
        glued_symbols=entries(units["glued_symbols"]),
        measure_modifiers=entries(units["measure_modifiers"]),
        months=frozenset(exclusions["months"]),
        label_nouns=frozenset(exclusions["label_nouns"]),
        rank_words=frozenset(exclusions["rank_words"]),
        strength_suffixes=frozenset(exclusions["strength_suffixes"]["words"]),
        index_names={k: frozenset(float(n) for n in v) for k, v in entries(exclusions["index_names"]).items()},
        street_words=frozenset(exclusions["street_words"]),
        time_markers=frozenset(exclusions["time_markers"]),
        clock_prepositions=frozenset(exclusions["clock_prepositions"]),
        clock_hedges=frozenset(exclusions["clock_hedges"]),
        clock_words=frozenset(exclusions["clock_words"]),
        day_parts=frozenset(exclusions["day_parts"]),
        level_verbs=frozenset(exclusions["level_verbs"]),
        year_prepositions=frozenset(exclusions["year_prepositions"]),
        occasion_nouns=frozenset(exclusions["occasion_nouns"]),
        one_determiners=frozenset(exclusions["pronoun_one_determiners"]),
        cue_verbs=_invert(categories["verbs"]),
        cue_nouns=_invert(categories["nouns"]),
        cue_adjectives=_invert(categories["adjectives"]),
        cue_phrases={tuple(p.split()): c for c, ps in categories["phrases"].items() for p in ps},
        exit_verbs=frozenset(categories["release_exits"]["verbs"]),
        detention_places=frozenset(categories["release_exits"]["places"]),
        escape_verbs=frozenset(categories["escapes"]["verbs"]),
        escape_particles=frozenset(categories["escapes"]["break_particles"]),
        escape_prepositions=frozenset(categories["escapes"]["prepositions"]),
        escape_places=frozenset(categories["escapes"]["places"]),
        escape_captors=frozenset(categories["escapes"]["captors"]),
        people_ties=frozenset(categories["people_ties"]["nouns"]),
        hidden_places=frozenset(categories["hidden_places"]["modifiers"]),
        custody_places=frozenset(categories["hidden_places"]["custody"]),
        driving_verbs=frozenset(categories["displacement_exits"]["verbs"]),
        homes=frozenset(categories["displacement_exits"]["places"]),
        event_nouns=_invert(categories["event_nouns"]),
        human_remains=frozenset(categories["human_remains"]["nouns"]),
        predicate_followers=frozenset(categories["predicate_followers"]["words"]),
        subject_moves=frozenset(categories["subject_moves"]["verbs"]),
        force_verbs=frozenset(categories["force_verbs"]["verbs"]),
        materiel_heads=frozenset(categories["materiel"]["heads"]),
        materiel_modifiers=frozenset(categories["materiel"]["modifiers"]),
        weapon_prefixes=frozenset(categories["weapon_designations"]["prefixes"]),
        place_counts=frozenset(categories["place_counts"]["nouns"]),
        million_nouns=frozenset(units["million_nouns"]["nouns"]),
        sum_purposes=frozenset(units["million_nouns"]["purposes"]),
        holdings=frozenset(units["million_nouns"]["holdings"]),
        weigh_verbs=frozenset(units["pound_weights"]["weigh_verbs"]),
        body_weight_verbs=frozenset(units["pound_weights"]["body_verbs"]),
        pound_sums=frozenset(units["pound_weights"]["sum_nouns"]),
        loss_verbs=frozenset(categories["loss_verbs"]["verbs"]),
        family_heads=frozenset(categories["family_heads"]["nouns"]),
        homecomings=frozenset(categories["homecomings"]["verbs"]),
        harm_verbs=frozenset(categories["bodily_harm"]["verbs"]),
        harm_nouns=frozenset(categories["bodily_harm"]["nouns"]),
        fatal_modifiers=frozenset(categories["bodily_harm"]["fatal"]),
        leaving_verbs=frozenset(categories["bodily_harm"]["leaving_verbs"]),
        struggle_verbs=frozenset(categories["bodily_harm"]["struggle_verbs"]),
        struggled_for=frozenset(categories["bodily_harm"]["struggled_for"]),
        shot_verbs=frozenset(categories["bodily_harm"]["shot_verbs"]),
        shot_projectiles=frozenset(categories["bodily_harm"]["shot_projectiles"]),
        blow_verbs=frozenset(categories["bodily_harm"]["blow_verbs"]),
        contests=frozenset(categories["bodily_harm"]["contests"]),
        lost_parts=frozenset(categories["bodily_harm"]["lost_parts"]),
        filmed_on=frozenset(categories["bodily_harm"]["filmed_on"]),
        tally_nouns=frozenset(categories["tally_nouns"]["nouns"]),
        aid_measures=frozenset(categories["aid_goods"]["measures"]),
        aid_goods=frozenset(categories["aid_goods"]["goods"]),
        tally_raisers=frozenset(categories["tally_nouns"]["raisers"]),
        score_verbs=frozenset(exclusions["scores"]["verbs"]),
        score_nouns=frozenset(exclusions["scores"]["nouns"]),
        vote_verbs=frozenset(exclusions["votes"]["verbs"]),
        vote_nouns=frozenset(exclusions["votes"]["nouns"]),
        race_verbs=frozenset(exclusions["race_distances"]["verbs"]),
        race_nouns=frozenset(exclusions["race_distances"]["nouns"]),
        maturity_units=frozenset(exclusions["named_kinds"]["maturity_units"]),
        securities=frozenset(exclusions["named_kinds"]["securities"]),
        calibre_units=frozenset(exclusions["named_kinds"]["calibre_units"]),
        weapons=frozenset(exclusions["named_kinds"]["weapons"]),
        age_reach_verbs=frozenset(units["age_phrases"]["reach_verbs"]),
        age_bounds=frozenset(units["age_phrases"]["bounds"]),
        age_extremes=frozenset(units["age_phrases"]["extremes"]),
        age_people_words=frozenset(units["age_phrases"]["people_words"]),
        age_infant_words=frozenset(units["age_phrases"]["infant_words"]),
        decade_owners=frozenset(units["age_phrases"]["decade_owners"]),
        decade_parts=frozenset(units["age_phrases"]["decade_parts"]),
        age_apposition_times=tuple(tuple(phrase.split()) for phrase in units["age_phrases"]["apposition_times"]),
        evacuating_verbs=frozenset(categories["evacuation_exits"]["verbs"]),
        evacuation_prepositions=frozenset(categories["evacuation_exits"]["prepositions"]),
        evacuated_places=frozenset(categories["evacuation_exits"]["places"]),
        passing_verbs=frozenset(qualifiers["passing_verbs"]["verbs"]),
        non_evacuees=frozenset(categories["evacuation_exits"]["not_evacuees"]),
        age_collectives=frozenset(units["age_phrases"]["collectives"]),
        rescue_verbs=frozenset(categories["rescues"]["verbs"]),
        captors=frozenset(categories["rescues"]["captors"]),
        captive_modifiers=frozenset(categories["rescues"]["captive_modifiers"]),
        list_marks=frozenset(categories["list_labels"]["marks"]),
        toll_revisers=frozenset(read_data("attribution_cues.json")["toll_revisers"]),
        care_settings=_care_settings(categories["medical_care"]),
        treating_verbs=frozenset(categories["medical_care"]["treating_verbs"]),
        wound_prepositions=frozenset(categories["medical_care"]["wound_prepositions"]),
        wound_causes=frozenset(categories["medical_care"]["wound_causes"]),
        exposures=frozenset(categories["medical_care"]["exposures"]),
        irritants=frozenset(categories["medical_care"]["irritants"]),
        care_purposes=frozenset(categories["medical_care"]["purposes"]),
        cover_places=frozenset(categories["cover_places"]["places"]),
        cover_modifiers=frozenset(categories["cover_places"]["modifiers"]),
        brief_dangers=frozenset(categories["cover_places"]["brief_dangers"]),
        stay_verbs=frozenset(categories["refuge_stays"]["verbs"]),
        refuge_places=frozenset(categories["refuge_stays"]["places"]),
        modified_refuge_places=frozenset(categories["refuge_stays"]["modified_places"]),
        fled_to_places=frozenset(categories["refuge_stays"]["fled_to_places"]),
        dangers_fled=frozenset(categories["refuge_stays"]["dangers_fled"]),
        refuge_modifiers=frozenset(categories["refuge_stays"]["refuge_modifiers"]),
        other_camps=frozenset(categories["refuge_stays"]["other_camps"]),
        shelter_taking_verbs=frozenset(categories["refuge_stays"]["taking_verbs"]),
        sheltering_places=frozenset(categories["refuge_stays"]["sheltering_places"]),
        ambiguous_dead=frozenset(categories["medical_care"]["ambiguous_dead"]),
        admitting_verbs=frozenset(categories["medical_care"]["admitting_verbs"]),
        seeking_verbs=frozenset(categories["medical_care"]["seeking_verbs"]),
        needing_verbs=frozenset(categories["medical_care"]["needing_verbs"]),
        sought_care=frozenset(categories["medical_care"]["sought_care"]),
        violent_causes=frozenset(categories["medical_care"]["violent_causes"]),
        violent_disorders=frozenset(categories["medical_care"]["violent_disorders"]),
        violent_pairs=frozenset(_word_pair(p) for p in categories["medical_care"]["violent_pairs"]),
        armed_fights=frozenset(categories["medical_care"]["armed_fights"]),
        armed_tools=frozenset(categories["medical_care"]["armed_tools"]),
        peaceful_fights=frozenset(categories["medical_care"]["peaceful_fights"]),
        illness_attacks=frozenset(categories["medical_care"]["illness_attacks"]),
        patient_nouns=frozenset(categories["medical_care"]["patient_nouns"]),
        own_state_verbs=frozenset(categories["own_states"]["verbs"]),
        condition_linking_verbs=frozenset(categories["medical_care"]["condition_linking_verbs"]),
        condition_nouns=frozenset(categories["medical_care"]["condition_nouns"]),
        condition_places=frozenset(categories["medical_care"]["condition_places"]),
        intensive_care_nouns=frozenset(categories["medical_care"]["intensive_care"]["nouns"]),
        intensive_care_modifiers=frozenset(categories["medical_care"]["intensive_care"]["modifiers"]),
        own_state_phrases=frozenset(tuple(p.split()) for p in categories["own_states"]["phrases"]),
    )


@dataclass
class _Expr:
    """A number expression found in the text: token range and value, before qualifiers and units."""

    start: int  # first token of the number (index into the Doc)
    end: int  # one past the last token
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    glued_currency: str | None = None
    glued_unit: str | None = None
    sign: str | None = None  # "+" or "-" written against the digits: a change ("Dow +0.2%")
    loose: bool = False  # a number word that is approximate by itself: "a couple of" (two, give or take)
