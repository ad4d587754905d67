"""The cue lexicon (data/attribution_cues.json) read once into _Lexicon, and the tags, dependency sets
and quotation marks all stages share.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parley.extract.data_files import read_data

#: The parts of speech a verb or noun candidate can have (see _verb_candidate, _noun_candidate).
_CANDIDATE_POS = frozenset({"VERB", "NOUN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = frozenset({"ccomp", "xcomp"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
#: A relative pronoun ("the meeting that they called") stands for a noun outside the clause: no content.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Sources that name no one: "nobody", "none of the officials"; "no" before a noun works alike.
_NO_ONE = frozenset({"nobody", "none", "neither", "noone"})
#: Dependents of a cue verb that belong to the cue when they sit right before it ("did not say").
_CUE_LEFT = frozenset({"aux", "auxpass", "neg"})
#: Dependents that attach a reporting verb to the clause it reports on ("X, the operator said, Y").
_PARENTHETICAL = frozenset({"parataxis"})
#: A subject-less reporting verb inherits the subject of its head through these ("and added").
_INHERIT = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_OPEN_QUOTES = frozenset({'"', "“", "``", "''", "‘‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "''", "’’"})
_EDGE_PUNCT = " \t\n,;:.—–-"


@dataclass(frozen=True)
class _Lexicon:
    """The cue lexicon of ``data/attribution_cues.json`` (see its ``note`` for the source)."""

    verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    inverting_verbs: frozenset[str]
    question_verbs: frozenset[str]
    question_not_before_if: frozenset[str]
    inviting_particles: frozenset[str]
    means_verbs: frozenset[str]
    raising_verbs: frozenset[str]
    raised_thinking: frozenset[str]
    source_preps: tuple[tuple[str, ...], ...]
    instrument_nouns: frozenset[str]
    poll_nouns: frozenset[str]
    poll_kinds: frozenset[str]
    poll_elections: frozenset[str]
    viewpoint_nouns: frozenset[str]
    sight_nouns: frozenset[str]
    sight_verbs: frozenset[str]
    sight_paths: frozenset[str]
    figure_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    stance_adjectives: frozenset[str]
    volition_adjectives: frozenset[str]
    manner_adjectives: frozenset[str]
    voiced_nouns: frozenset[str]
    light_verbs: frozenset[str]
    light_preps: frozenset[str]
    light_venues: frozenset[str]
    light_partitives: frozenset[str]
    chain_heads: frozenset[str]
    organisation_heads: frozenset[str]
    toll_verbs: frozenset[str]
    toll_revisers: frozenset[str]
    content_preps: frozenset[str]
    informing_nouns: frozenset[str]
    charge_preps: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_group: frozenset[str]
    expletives: frozenset[str]
    furniture_labels: frozenset[str]
    physical_senses: frozenset[str]
    deeds_on_people: frozenset[str]
    judging_verbs: frozenset[str]
    not_agents: frozenset[str]
    refusals: frozenset[str]
    provenance_verbs: frozenset[str]
    other_sense_verbs: frozenset[str]
    said_things: frozenset[str]
    advocate_nouns: frozenset[str]
    copular_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the cue lexicon once per process."""
    raw = read_data("attribution_cues.json")
    return _Lexicon(
        verbs=frozenset(raw["verbs"]),
        recipient_verbs=frozenset(raw["recipient_verbs"]),
        addressing_verbs=frozenset(raw["addressing_verbs"]["lemmas"]),
        warning_verbs=frozenset(raw["speaker_after_verb"]["warning_verbs"]),
        inverting_verbs=frozenset(raw["speaker_after_verb"]["inverting_verbs"]),
        question_verbs=frozenset(raw["question_verbs"]["lemmas"]),
        question_not_before_if=frozenset(raw["question_verbs"]["not_before_if"]),
        inviting_particles=frozenset(raw["question_verbs"]["inviting_particles"]),
        means_verbs=frozenset(raw["means_verbs"]["lemmas"]),
        raising_verbs=frozenset(raw["raising_verbs"]["lemmas"]),
        raised_thinking=frozenset(raw["raising_verbs"]["thinking"]) | frozenset(raw["verbs"]),
        source_preps=tuple(tuple(p.split()) for p in raw["source_prepositions"]),
        instrument_nouns=frozenset(raw["instrument_nouns"]),
        poll_nouns=frozenset(raw["poll_frames"]["nouns"]),
        poll_kinds=frozenset(raw["poll_frames"]["kinds"]),
        poll_elections=frozenset(raw["poll_frames"]["elections"]),
        viewpoint_nouns=frozenset(raw["viewpoint_frames"]["nouns"]),
        sight_nouns=frozenset(raw["viewpoint_frames"]["sight_nouns"]),
        sight_verbs=frozenset(raw["viewpoint_frames"]["sight_verbs"]),
        sight_paths=frozenset(raw["viewpoint_frames"]["sight_paths"]),
        figure_nouns=frozenset(raw["figure_nouns"]),
        toll_nouns=frozenset(raw["figure_nouns"]) | frozenset(raw["toll_nouns"]),
        channel_nouns=frozenset(raw["channel_nouns"]),
        claim_verbs=frozenset(raw["claim_verbs"]),
        claim_nouns=frozenset(raw["claim_nouns"]["lemmas"]),
        attitude_adjectives=frozenset(raw["attitude_adjectives"]["words"]),
        stance_adjectives=frozenset(raw["attitude_adjectives"]["stances"]),
        volition_adjectives=frozenset(raw["attitude_adjectives"]["volition"]),
        manner_adjectives=frozenset(raw["attitude_adjectives"]["manner"]),
        voiced_nouns=frozenset(raw["voiced_nouns"]["lemmas"]),
        light_verbs=frozenset(raw["light_verbs"]["lemmas"]),
        light_preps=frozenset(raw["light_verbs"]["prepositions"]),
        light_venues=frozenset(raw["light_verbs"]["venues"]),
        light_partitives=frozenset(raw["light_verbs"]["partitives"]),
        chain_heads=frozenset(raw["chain_heads"]),
        organisation_heads=frozenset(raw["organisation_heads"]),
        toll_verbs=frozenset(raw["toll_verbs"]),
        toll_revisers=frozenset(raw["toll_revisers"]),
        content_preps=frozenset(raw["content_prepositions"]),
        informing_nouns=frozenset(raw["informing_nouns"]["lemmas"]),
        charge_preps=frozenset(raw["charge_prepositions"]),
        pronouns_person=frozenset(raw["pronouns"]["person"]),
        pronouns_group=frozenset(raw["pronouns"]["group"]),
        expletives=frozenset(raw["pronouns"]["expletive"]),
        furniture_labels=frozenset(raw["furniture_labels"]),
        physical_senses=frozenset(raw["physical_senses"]["lemmas"]),
        deeds_on_people=frozenset(raw["deeds_on_people"]["lemmas"]),
        judging_verbs=frozenset(raw["judging_verbs"]["lemmas"]),
        not_agents=frozenset(raw["judging_verbs"]["not_agents"]),
        refusals=frozenset(raw["judging_verbs"]["refusals"]),
        provenance_verbs=frozenset(raw["judging_verbs"]["provenance"]),
        other_sense_verbs=frozenset(raw["judging_verbs"]["other_senses"]),
        said_things=frozenset(raw["judging_verbs"]["said_things"]) | frozenset(raw["claim_nouns"]["lemmas"]),
        advocate_nouns=frozenset(raw["nominal_stances"]["advocates"]),
        copular_nouns=frozenset(raw["copular_nouns"]["lemmas"]) | frozenset(raw["claim_nouns"]["lemmas"])
        | frozenset(raw["voiced_nouns"]["lemmas"]),
    )
