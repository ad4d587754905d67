"""Status of an event mention from the parse: happened, offered, demanded, planned, refused...

An event's status comes from the words that govern its trigger: "willing to release" (offered),
"demanded the release" (demanded), "are to be freed" / "will free" (planned), "refused to"
(refused), "is investigating a claim that ... were killed" (under_investigation), "if"
(hypothetical), and so does a condition put by inversion ("Should the talks fail", "Were Hezbollah to
fire": :func:`_is_inverted_condition`); a past act a counterfactual supposes undone ("Had the army not
intervened, the town would have fallen") was done. A yes-no question ("Did Russia bomb the dam?")
leaves its act a claim, or with a modal a supposition. "Ongoing negotiations", a progressive verb or a
present deed with "still" ("troops still occupy the village") are ongoing, and so is an act told going
on now ("the siege continues", "teachers remain on strike": :func:`_going_on_status`). An act whose
calling off is negated ("the strike was not called off") goes ahead (:func:`goes_on_unstopped`),
and one put off instead ("not called off but postponed") is still to come.
The cue lemmas are data (``data/event_status.json``).

Truth and evidence: an act in a clause no one has shown ("no evidence that", "no sign that") or that
no one can yet settle ("too early to say whether": :func:`_hard_to_tell`) is alleged; one called false
("it is not true that", "it would be wrong to say that": :func:`_unsupported_clause_status`; "reports
that ... were baseless", "no truth to reports that": :func:`_report_called_false`) is denied, and one
granted ("it is fair to say that", "reports ... were accurate": :func:`_saying_granted`,
:func:`_report_called_true`) is told as so. An act a negated verb of excluding leaves possible
("has not ruled out an offensive") and one an indefinite subject supposes under a modal ("a ceasefire
would allow aid in": :func:`_supposed_act`) are hypothetical. An act noun whose taking place its negated
verb denies ("the talks were not held", "the vote did not take place") is no event
(:func:`told_not_taking_place`), unless the negation bears on an adjunct ("not held until March").

Negation: a negated trigger with an active subject ("Hamas did not release") is ``refused``, and
so is an act its governor says did not take place ("failed to reach agreement", "was unable to
free", "stopped protesters from marching", "foiled an attack": :func:`negating_governor`) and a
noun act whose light verb did not happen ("did not carry out the strike"); other negated
triggers ("were not killed") are dropped by the caller (:func:`is_negated`), as the text then
reports no event. An agreement to act ("agreed to release") leaves the act ``planned``; an
attempt ("sought to free") too, and so do what a ballot puts to voters ("elections to approve
the deal", "called a referendum to ratify": :func:`put_to_a_vote`) and a goal in a present
"until" clause ("fight on until Hamas is destroyed"). "Any" act under a modal ("any attack would
draw a response") is ``hypothetical``. A rumour is a report noun ("rumours that the rebels
executed prisoners": alleged); a report confirmed or proved true is told as so.

Limits: the governor chain is followed at most :data:`MAX_STEPS` steps up the parse, stops at an
adjunct ("during", "after": data) and at a reporting verb's clause boundary only implicitly
(say/tell/report carry no cue); scope of negation is the trigger's own ``neg`` child and the
nearest negating governor only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from parley.extract.actors import actor_for, load_actor_lexicon
from parley.extract.data_files import read_data
from parley.extract.nlp import (
    DEFINITE_DETERMINERS,
    agent_of,
    clause_verb,
    is_to_infinitive,
    labelled_act_verb,
    links_across_semicolon,
    resolve_relative,
    sentence_of,
    token_column,
    verb_stems,
)
from parley.types import STATUSES, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "QUESTION_WORDS", "Governor", "Rejoinder", "StatusCues", "advances", "claims_the_act", "directive_speaker",
    "enters_into_force", "finite_after_nonfinite", "follows_be_to", "framing_word", "goes_on_unstopped",
    "governor_status", "governors", "is_attempt", "is_negated", "is_negated_purpose", "is_negative_argument",
    "is_subjunctive", "load_status_cues", "negated_governor", "negating_governor", "occurring_status",
    "orders_an_act_on_others", "put_to_a_vote", "rejoinder_of", "rejoinders", "responsible_party", "status_of",
    "told_not_taking_place",
]

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
    report_rejections: frozenset[str]
    redress: frozenset[str]
    inquiries: frozenset[str]
    cessations: frozenset[str]
    light_verbs: frozenset[str]
    framing_acts: frozenset[str] = frozenset()
    directive_modals: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    closing_speech: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    negating: frozenset[str] = frozenset()
    preventing: frozenset[str] = frozenset()
    foiling: frozenset[str] = frozenset()
    #: verb-and-particle phrases that foil an act as ``foiling`` verbs do ("headed off an attack")
    foiling_phrases: frozenset[str] = frozenset()
    foiled_frames: frozenset[str] = frozenset()
    clause_only: frozenset[str] = frozenset()
    #: words of dreading an act to come ("fear an attack", "braced for an offensive"): hypothetical
    dreading: frozenset[str] = frozenset()
    dreading_prepositions: frozenset[str] = frozenset()
    #: verbs of a report coming to light ("reports emerged that ..."): the report's clause is alleged
    surfacing: frozenset[str] = frozenset()
    options: frozenset[str] = frozenset()
    #: governors that consent to an act ("approved sending troops"): planned only for their object
    consenting: frozenset[str] = frozenset()
    deferring: frozenset[str] = frozenset()
    advancing: frozenset[str] = frozenset()
    advancing_words: frozenset[str] = frozenset()
    attempts: frozenset[str] = frozenset()
    enacting: frozenset[str] = frozenset()
    enacted_acts: frozenset[str] = frozenset()
    adjuncts: frozenset[str] = frozenset()
    vows: frozenset[str] = frozenset()
    allegation_modifiers: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    #: of those, the ones a wire reports with under an empty "it" ("it was reported that"): no hearsay
    impersonal_reports: frozenset[str] = frozenset()
    replies: frozenset[str] = frozenset()
    answered_types: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    obtaining: frozenset[str] = frozenset()
    object_control: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()
    owning_verbs: frozenset[str] = frozenset()
    rejoinder_nouns: frozenset[str] = frozenset()
    rejoinder_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    #: verbs that tell their act subject taking place ("fighting may resume", "talks will begin")
    occurrences: frozenset[str] = frozenset()
    #: verbs that tell their act subject starting to bind with "into force" ("came into force")
    into_force_verbs: frozenset[str] = frozenset()
    #: verbs of wanting, which demand an act of someone else ("wants NATO to withdraw")
    wanting: frozenset[str] = frozenset()
    #: acts a vote performs by being held ("voted to condemn the invasion"), not planned by it
    voted_acts: frozenset[str] = frozenset()
    #: nouns of a ballot whose infinitive is what voters decide ("elections to approve the deal")
    ballots: frozenset[str] = frozenset()
    #: verbs that undo a plan or an offer ("dropped plans"): denying them leaves the plan standing
    undoing: frozenset[str] = frozenset()
    #: verb-and-particle phrases that undo an act as ``undoing`` verbs do ("call off")
    undoing_phrases: frozenset[str] = frozenset()
    purpose_marks: frozenset[str] = frozenset()
    ultimatum_verbs: frozenset[str] = frozenset()
    ultimatum_spans: frozenset[str] = frozenset()
    unconfirmed: frozenset[str] = frozenset()
    #: adjectives that leave a report noun's account unsettled ("unconfirmed reports said")
    unconfirmed_sources: frozenset[str] = frozenset()
    #: verbs whose "short of" names an act not done ("stopped short of imposing sanctions")
    short_of: frozenset[str] = frozenset()
    #: nouns by which a rejoinder names a claim of what happened ("a claim the police disputed")
    answered_claims: frozenset[str] = frozenset()
    #: rejoinder verbs that rebut the claim, and those that do so after "which"
    rebutting: frozenset[str] = frozenset()
    rebutting_which: frozenset[str] = frozenset()
    #: words that leave a "whether" question open by themselves ("unclear"), or when negated ("not clear")
    doubting: frozenset[str] = frozenset()
    knowing: frozenset[str] = frozenset()
    #: words judging an infinitive of telling too early or hard ("too early to say whether"), and those verbs
    hard_judges: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    #: nouns whose negation leaves a that-clause unshown ("no evidence that"): alleged
    evidence_nouns: frozenset[str] = frozenset()
    #: adjectives that call a clause or report false ("it is untrue that", "reports ... were baseless"): denied
    falsity: frozenset[str] = frozenset()
    #: words that call a clause true; negated ("it is not true that") they deny it
    truth: frozenset[str] = frozenset()
    #: adjectives that call an infinitive of saying false ("it would be wrong to say that"): denied
    misstatement: frozenset[str] = frozenset()
    #: adjectives that grant an infinitive of saying ("it is fair to say that"): the act is told
    granting: frozenset[str] = frozenset()
    #: verbs that report a report noun called true as their own word ("..., the army admitted")
    conceding: frozenset[str] = frozenset()
    #: verbs of saying, besides ``report_verbs``, whose infinitive such adjectives judge ("false to claim")
    saying_verbs: frozenset[str] = frozenset()
    #: verbs and passives by which an act noun takes place, negated: no event ("the talks were not held")
    taking_place: frozenset[str] = frozenset()
    held_passives: frozenset[str] = frozenset()
    #: adjunct prepositions and objects a negation bears on, not on the act ("not held until March")
    focus_prepositions: frozenset[str] = frozenset()
    focus_objects: frozenset[str] = frozenset()
    #: prepositions of manner a negation bears on unless they name a place or time ("not held in secret")
    manner_prepositions: frozenset[str] = frozenset()
    #: verbs, and particle verbs read whole, of excluding an act that, negated, leave it possible
    #: ("did not exclude sending troops", "has not ruled out an offensive")
    left_possible: frozenset[str] = frozenset()
    left_possible_phrases: frozenset[str] = frozenset()
    #: verbs whose act subject goes on ("the siege continues"), and "remain" with "in place" or "in force"
    going_on_verbs: frozenset[str] = frozenset()
    remaining_verbs: frozenset[str] = frozenset()
    in_force_words: frozenset[str] = frozenset()
    #: a present "be" or "remain" with one of these prepositions holds its subject in an act ("on strike")
    state_verbs: frozenset[str] = frozenset()
    state_prepositions: frozenset[str] = frozenset()
    #: subjects besides parties that such a preposition holds in an act ("the town is under siege")
    state_holders: frozenset[str] = frozenset()
    #: adverbs of habit ("routinely", "often") and "still": a deed in the simple present goes on
    habitual_adverbs: frozenset[str] = frozenset()
    #: verbs and phrases that carry out a commitment already made ("follow through on its threats")
    fulfilling: frozenset[str] = frozenset()
    fulfilling_phrases: frozenset[str] = frozenset()
    fulfilling_prepositions: frozenset[str] = frozenset()
    commitment_nouns: frozenset[str] = frozenset()
    #: verbs that let an act go ahead ("allowed the march to go ahead"), and the verbs of its going ahead
    permitting: frozenset[str] = frozenset()
    going_ahead: frozenset[str] = frozenset()
    #: verbs whose object is an act a party holds ("allowed the opposition to hold a rally")
    holding: frozenset[str] = frozenset()
    #: event types of acts held by leave, which a permission leaves planned ("allowed the march to go ahead")
    permitted_types: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Governor:
    """A content word above a trigger in the parse, with the dependency it was reached by."""

    token: Token
    via: str
    #: the preposition or subordinating mark passed on the way up ("during", "after"), if any
    across: str | None = None
    #: the word the governor was reached from (the head of the governed clause or phrase)
    below: Token | None = None


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    """Load the status cue lexicon once per process."""
    raw = read_data("event_status.json")
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
        report_rejections=frozenset(raw["report_rejections"]["lemmas"]),
        redress=frozenset(raw["redress"]["lemmas"]),
        inquiries=frozenset(raw["inquiries"]["lemmas"]),
        cessations=frozenset(raw["cessations"]["lemmas"]),
        light_verbs=frozenset(raw["light_verbs"]),
        framing_acts=frozenset(raw["framing_acts"]["lemmas"]),
        directive_modals=frozenset(raw["directive_modals"]),
        report_verbs=frozenset(raw["report_verbs"]),
        closing_speech=frozenset(raw["closing_speech"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        negating=frozenset(raw["negating"]["lemmas"]),
        preventing=frozenset(raw["preventing"]["lemmas"]),
        foiling=frozenset(raw["foiling"]["lemmas"]),
        foiling_phrases=frozenset(raw["foiling"]["phrases"]),
        foiled_frames=frozenset(raw["foiling"]["frames"]),
        clause_only=frozenset(raw["clause_only"]["lemmas"]),
        surfacing=frozenset(raw["surfacing"]["lemmas"]),
        dreading=frozenset(raw["dreading"]["lemmas"]),
        dreading_prepositions=frozenset(raw["dreading"]["prepositions"]),
        options=frozenset(raw["options"]["lemmas"]),
        consenting=frozenset(raw["consenting"]["lemmas"]),
        deferring=frozenset(raw["deferring"]["lemmas"]),
        advancing=frozenset(raw["advancing"]["lemmas"]),
        advancing_words=frozenset(raw["advancing"]["words"]),
        attempts=frozenset(raw["attempts"]["lemmas"]),
        enacting=frozenset(raw["enacting"]["lemmas"]),
        enacted_acts=frozenset(raw["enacting"]["acts"]),
        adjuncts=frozenset(raw["adjuncts"]["lemmas"]),
        vows=frozenset(raw["vows"]["lemmas"]),
        allegation_modifiers=frozenset(raw["allegation_modifiers"]["lemmas"]),
        hearsay=frozenset(raw["hearsay"]["lemmas"]),
        impersonal_reports=frozenset(raw["hearsay"]["impersonal_reports"]),
        replies=frozenset(raw["replies"]["lemmas"]),
        answered_types=frozenset(raw["replies"]["types"]),
        proposal_nouns=frozenset(raw["replies"]["proposal_nouns"]),
        obtaining=frozenset(raw["attempts"]["obtaining"]),
        object_control=frozenset(raw["object_control"]["lemmas"]),
        responsibility_nouns=frozenset(raw["responsibility"]["nouns"]),
        involvement_nouns=frozenset(raw["responsibility"]["involvement"]),
        owning_verbs=frozenset(raw["responsibility"]["owning"]),
        rejoinder_nouns=frozenset(raw["rejoinders"]["nouns"]),
        rejoinder_verbs=frozenset(raw["rejoinders"]["verbs"]),
        naming_verbs=frozenset(raw["rejoinders"]["naming_verbs"]),
        occurrences=frozenset(raw["occurrences"]["lemmas"]),
        into_force_verbs=frozenset(raw["occurrences"]["into_force_verbs"]),
        wanting=frozenset(raw["wanting"]["lemmas"]),
        voted_acts=frozenset(raw["voting"]["performed"]),
        ballots=frozenset(raw["voting"]["ballots"]),
        undoing=frozenset(raw["undoing"]["lemmas"]),
        undoing_phrases=frozenset(raw["undoing"]["phrases"]),
        purpose_marks=frozenset(raw["purposes"]["marks"]),
        ultimatum_verbs=frozenset(raw["ultimatums"]["verbs"]),
        ultimatum_spans=frozenset(raw["ultimatums"]["spans"]),
        unconfirmed=frozenset(raw["unconfirmed"]["lemmas"]),
        unconfirmed_sources=frozenset(raw["unconfirmed_sources"]["lemmas"]),
        short_of=frozenset(raw["negating"]["short_of"]),
        answered_claims=frozenset(raw["rejoinders"]["claims"]),
        rebutting=frozenset(raw["rejoinders"]["rebutting"]),
        rebutting_which=frozenset(raw["rejoinders"]["rebutting_which"]),
        doubting=frozenset(raw["open_questions"]["doubting"]),
        knowing=frozenset(raw["open_questions"]["knowing"]),
        hard_judges=frozenset(raw["open_questions"]["hard_judges"]),
        telling_verbs=frozenset(raw["open_questions"]["telling_verbs"]),
        evidence_nouns=frozenset(raw["unsupported"]["evidence_nouns"]),
        falsity=frozenset(raw["unsupported"]["falsity"]),
        truth=frozenset(raw["unsupported"]["truth"]),
        misstatement=frozenset(raw["unsupported"]["misstatement"]),
        granting=frozenset(raw["unsupported"]["granting"]),
        conceding=frozenset(raw["unsupported"]["conceding"]),
        saying_verbs=frozenset(raw["unsupported"]["saying_verbs"]),
        taking_place=frozenset(raw["not_taking_place"]["verbs"]),
        held_passives=frozenset(raw["not_taking_place"]["passives"]),
        focus_prepositions=frozenset(raw["not_taking_place"]["focus_prepositions"]),
        focus_objects=frozenset(raw["not_taking_place"]["focus_objects"]),
        manner_prepositions=frozenset(raw["not_taking_place"]["manner_prepositions"]),
        left_possible=frozenset(raw["left_possible"]["lemmas"]),
        left_possible_phrases=frozenset(raw["left_possible"]["phrases"]),
        going_on_verbs=frozenset(raw["going_on"]["verbs"]),
        remaining_verbs=frozenset(raw["going_on"]["remaining"]),
        in_force_words=frozenset(raw["going_on"]["in_force"]),
        state_verbs=frozenset(raw["going_on"]["state_verbs"]),
        state_prepositions=frozenset(raw["going_on"]["state_prepositions"]),
        state_holders=frozenset(raw["going_on"]["holders"]),
        habitual_adverbs=frozenset(raw["going_on"]["habitual"]),
        fulfilling=frozenset(raw["fulfilling"]["lemmas"]),
        fulfilling_phrases=frozenset(raw["fulfilling"]["phrases"]),
        fulfilling_prepositions=frozenset(raw["fulfilling"]["prepositions"]),
        commitment_nouns=frozenset(raw["fulfilling"]["commitments"]),
        permitting=frozenset(raw["permitting"]["lemmas"]),
        going_ahead=frozenset(raw["permitting"]["going_ahead"]),
        holding=frozenset(raw["permitting"]["holding"]),
        permitted_types=frozenset(raw["permitting"]["types"]),
    )


@dataclass(frozen=True)
class Rejoinder:
    """A second party's answer appended to a report: ", a charge Asmara denied", ", which Moscow denies"."""

    #: token index of the comma that opens it
    start: int
    #: token index one past its last word
    end: int
    #: the noun naming the claim answered ("charge"), None after "which"
    noun: Token | None
    #: token indices of who answers ("Asmara", "the rebels")
    subject: tuple[int, int]
    #: the answering verb ("denied", "has not confirmed")
    verb: Token

    def holds(self, token: Token) -> bool:
        """The token lies inside the rejoinder."""
        return self.start <= token.i < self.end


#: What may stand in a rejoinder's subject: "Asmara", "the rebels", "Gowdy's office".
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_LONGEST_SUBJECT = 8


def rejoinder_of(token: Token, cues: StatusCues | None = None) -> Rejoinder | None:
    """The rejoinder ``token`` lies in, if any (found once per Doc by :func:`rejoinders`)."""
    for rejoinder in rejoinders(token.doc, cues):
        if rejoinder.holds(token):
            return rejoinder
    return None


def rejoinders(doc: Doc, cues: StatusCues | None = None) -> tuple[Rejoinder, ...]:
    """Every rejoinder in a Doc, read from the words rather than the parse.

    The parser has no one shape for them: "a charge Asmara denied" comes out as the subject of
    "denied" with the report as its complement, or as an apposition of the report's object with a
    relative clause, or with "rejects" as a plural noun. The words are plain: after a comma, a
    claim noun (``rejoinders.nouns``; with "a"/"an", or plural) or "which", then who answers, then
    the answering verb (``rejoinders.verbs``) with its auxiliaries, and no other verb up to the
    end of the sentence.
    """
    found = doc.user_data.get("parley_rejoinders")
    if isinstance(found, tuple):
        return found
    cues = cues or load_status_cues()
    out = []
    for i, word in enumerate(token_column(doc, "ORTH")):  # a Token is made for commas only
        if word == ",":
            rejoinder = _rejoinder_after(doc[i], cues)
            if rejoinder is not None:
                out.append(rejoinder)
    result = tuple(out)
    doc.user_data["parley_rejoinders"] = result
    return result


def _rejoinder_after(comma: Token, cues: StatusCues) -> Rejoinder | None:
    doc = comma.doc
    end = sentence_of(comma).end
    i = comma.i + 1
    noun: Token | None = None
    if i < end and doc[i].lower_ == "which":
        i += 1
    else:
        article = i < end and doc[i].lower_ in {"a", "an"}
        i += article
        while i < end and doc[i].pos_ == "ADJ":
            i += 1
        if i >= end or doc[i].lemma_.lower() not in cues.rejoinder_nouns:
            return None
        if not (article or doc[i].lower_.endswith("s")):  # "claims the army dismissed": tagged a verb at times
            return None
        noun = doc[i]
        i = _past_what_it_is_of(noun, end)
        if i + 1 < end and doc[i].tag_ == "VBN" and _answers(doc[i], cues) and doc[i + 1].lower_ == "by":
            return _passive_rejoinder(comma, noun, doc[i], end)  # ", a claim denied by Kyiv"
        i += i < end and doc[i].lower_ in {"that", "which"}
    first = i
    while i < end and i - first < _LONGEST_SUBJECT and not _answers(doc[i], cues) and _in_subject(doc[i]):
        i += 1
    subject_end = i
    while i < end and not _answers(doc[i], cues) and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].dep_ == "neg"):
        i += 1
    if subject_end == first or i >= end or not _answers(doc[i], cues):
        return None
    verb = doc[i]
    if (noun is None and verb.lemma_.lower() in cues.naming_verbs) or _another_verb(doc[i + 1 : end]):
        return None
    return Rejoinder(comma.i, _end_of(doc, verb, end), noun, (first, subject_end), verb)


def _past_what_it_is_of(noun: Token, end: int) -> int:
    """The index after the claim noun and a short "of" phrase naming what it is about ("a version of
    events the army rejected", "an account of the incident the police disputed"), where who answers
    begins; the phrase is no part of who answers."""
    doc = noun.doc
    i = noun.i + 1
    if not (i < end and doc[i].lower_ == "of" and doc[i].head == noun):
        return i
    after = i + 1
    while after < end and doc[after].pos_ in {"DET", "ADJ"}:
        after += 1
    return after + 1 if after < end and doc[after].pos_ == "NOUN" else i


def _passive_rejoinder(comma: Token, noun: Token, verb: Token, end: int) -> Rejoinder | None:
    """", a claim denied by Kyiv": who answers follows "by"."""
    doc = comma.doc
    first = verb.i + 2
    last = first
    while last < end and last - first < _LONGEST_SUBJECT and _in_subject(doc[last]):
        last += 1
    if last == first or _another_verb(doc[last:end]):
        return None
    return Rejoinder(comma.i, _end_of(doc, doc[last - 1], end), noun, (first, last), verb)


def _in_subject(token: Token) -> bool:
    return token.pos_ in _SUBJECT_POS or token.tag_ == "POS"


def _another_verb(rest: Span) -> bool:
    """A verb after the answer starts another clause, unless it is the answer's own participle
    after a comma (", a charge Colorado Republicans denied, noting that ...")."""
    if len(rest) > 1 and rest[0].text == "," and rest[1].tag_ == "VBG":
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in rest)


def _end_of(doc: Doc, last_word: Token, sentence_end: int) -> int:
    """A rejoinder runs to the end of its sentence, the closing full stop left out."""
    end = sentence_end - 1 if doc[sentence_end - 1].is_punct else sentence_end
    return max(end, last_word.i + 1)


def _answers(token: Token, cues: StatusCues) -> bool:
    """An inflected or finite form of an answering verb: "denied", "rejects" (tagged a plural
    noun at times), "deny"."""
    return token.lemma_.lower() in cues.rejoinder_verbs and (token.pos_ == "VERB" or token.lower_ != token.lemma_)


def _across_rejoinder(token: Token) -> bool:
    """The link from ``token`` to its head enters or leaves a rejoinder, or reaches its claim noun:
    the claim answered governs nothing in the answer, nor the answer anything in the report."""
    rejoinder = rejoinder_of(token) or rejoinder_of(token.head)
    if rejoinder is None:
        return False
    return rejoinder.holds(token) != rejoinder.holds(token.head) or token.head == rejoinder.noun


def governors(trigger: Token) -> list[Governor]:
    """Content words governing ``trigger``, nearest first, up to :data:`MAX_STEPS` of them.

    Prepositions are passed through ("committed to releasing" reaches "committed"), and so are
    auxiliaries and copulas; a ``conj`` link reaches the first conjunct's governor, so "demanded
    X but proposed Y" gives "proposed" as Y's governor, not "demanded". Each governor records the
    preposition or subordinating mark crossed to reach it, so that adjuncts ("during the summit")
    can be told from complements ("called for the release"). The walk stops at a clause the parser
    hung on a verb across a semicolon (:func:`parley.extract.nlp.links_across_semicolon`), and at
    the edge of a :class:`Rejoinder` ("..., a charge Asmara denied").
    """
    cues = load_status_cues()
    out: list[Governor] = []
    token = trigger
    via = token.dep_
    across: str | None = None
    denial = denied_gerund_read_as_modifier(trigger)
    if denial is not None:  # "denied supplying drones": the denial governs the gerund as its complement
        out.append(Governor(denial, "xcomp", None, trigger))
        token, via = denial, denial.dep_
    while (len(out) < MAX_STEPS and token.dep_ in _GOVERNING_DEPS and token.head.i != token.i
           and not links_across_semicolon(token) and not _across_rejoinder(token)):
        head = token.head
        if token.dep_ == "advcl":
            marker = next((c.lower_ for c in token.children  # "when it was hit": "when" is an advmod
                           if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")), None)
            if marker in _TIME_CLAUSE_MARKS and (not _is_past(token) or _is_promised(head)):
                marker = None  # "will release them when Hamas frees ...": a future time clause is in the present;
                # "said it would stop only when Israel halted": the past of reported speech is still to come
            across = marker or across
        if head.pos_ in {"ADP", "PART", "SCONJ"} or head.dep_ in {"aux", "auxpass"}:
            if head.pos_ in {"ADP", "SCONJ"}:
                across = head.lower_
            token = head
            continue
        if token.dep_ == "conj":
            token = head
            via = "conj"
            if finite_after_nonfinite(token, trigger) and token.head.i != token.i:
                token = token.head  # "denied carrying out the attack and blamed the army": the finite
            continue                # verb is the denial's conjunct, not the gerund's
        speaker_verb = _speaker_s_participle(token, cues)
        if speaker_verb is not None:  # "Hamas denied that it fired the rocket, blaming an Israeli strike"
            out.append(Governor(speaker_verb, "advcl", NEXT_ACT, head))
            via, token, across = speaker_verb.dep_, speaker_verb, None
            continue
        launched = labelled_act_verb(token)
        if launched is not None:  # "launched what it calls a special military operation"
            out.append(Governor(launched, "dobj", across, head))
            via, token, across = launched.dep_, launched, None
            continue
        out.append(Governor(head, via if via == "conj" else token.dep_, across, token))
        via = head.dep_
        token = head
        across = None
    return out


def denied_gerund_read_as_modifier(gerund: Token) -> Token | None:
    """The verb of denial whose gerund complement the parser read as an adjective of the gerund's own
    object: "has repeatedly denied supplying drones", "denied blocking aid convoys" hang the gerund on
    the noun as ``amod``, so it would name a state ("surrendering soldiers") and no denied act.

    Only the bare object of a denial is read so (no determiner before the gerund): what one denies is
    an act or a claim, seldom a kind of thing ("denied the growing claims" keeps its determiner).
    """
    noun = gerund.head
    if gerund.dep_ != "amod" or gerund.tag_ != "VBG" or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    if next(iter(noun.subtree)).i != gerund.i:
        return None  # "denied the mounting evidence": the noun phrase starts before the participle
    denial = noun.head
    if denial.pos_ != "VERB" or load_status_cues().governors.get(denial.lemma_.lower()) != "denied":
        return None
    return denial


def _is_promised(verb: Token) -> bool:
    """A verb with "would", "will" or "could" whose subject is a pronoun, most often the reporter's
    own ("said it would stop only when Israel halted"): what it says is still to come. With a noun
    subject it may tell a habit ("militiamen would burn homes when residents refused to pay")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ == "PRON" and any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might", "'d", "wo"} for c in verb.children)


def finite_after_nonfinite(head: Token, conjunct: Token) -> bool:
    """A past or present tense verb the parser coordinated with a gerund or infinitive complement
    ("denied carrying out the attack and blamed the army"): tense shows it is the main verb's
    conjunct, so what governs the complement does not govern it."""
    return (conjunct.dep_ == "conj" and conjunct.head.i == head.i and conjunct.tag_ in {"VBD", "VBZ", "VBP"}
            and head.tag_ in {"VBG", "VB"} and head.dep_ in {"xcomp", "pcomp"}
            and not any(c.dep_ == "aux" for c in conjunct.children))


#: The ``across`` of a speaker's participle reached past the reported clause it closes (see
#: :func:`governors`): the speaker did it, whatever the speaker says of that clause.
NEXT_ACT = ", and then"


def _speaker_s_participle(token: Token, cues: StatusCues) -> Token | None:
    """The verb of saying whose speaker a closing participle of saying belongs to, or None.

    The parser hangs ", blaming an Israeli strike" on the last verb of the reported clause
    ("denied that it had fired the rocket"), so the blaming would be denied too. A participle of
    saying or framing (``closing_speech`` in the cues) after a comma at the end of a reported
    clause is the speaker's next act. An act ("..., killing two soldiers") stays in the clause it
    closes.
    """
    head = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or head.dep_ != "ccomp" or token.i < head.i:
        return None
    lemma = token.lemma_.lower()
    if lemma not in cues.report_verbs and lemma not in cues.governors and lemma not in cues.closing_speech:
        return None
    if head.lemma_.lower() in cues.report_verbs:
        return None  # "..., Lewandowski added, saying": the participle goes on with its own verb's speech
    before = token.left_edge.i - 1
    speaker_verb = head.head
    framing = speaker_verb.lemma_.lower()
    said = (framing in cues.report_verbs or framing in cues.governors) and speaker_verb.i < head.i  # not a tail
    return speaker_verb if before >= 0 and token.doc[before].text == "," and said else None


def directive_speaker(token: Token, cues: StatusCues | None = None) -> Token | None:
    """The reporting verb that makes ``token``'s clause a demand, or None.

    "Russia said Sudan must return the helicopter": a clause with its own subject and a directive
    modal ("must", "should") under a reporting verb is the speaker's demand on that subject, not a
    hypothesis.
    """
    cues = cues or load_status_cues()
    speaker = _speech_head(token, cues)
    if speaker is None:
        return None
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ in cues.directive_modals for c in children):
        return None
    return speaker if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in children) else None


def _speech_head(clause: Token, cues: StatusCues) -> Token | None:
    """The reporting verb or speech noun a that-clause complements: "said that ...", "a reminder that ...".

    The parser may hang a noun's that-clause on the addressee as a relative clause ("a warning to
    the rebels that they must withdraw"): with a subject of its own, it is the noun's complement.
    """
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in cues.report_verbs:
        return head
    if clause.dep_ not in {"acl", "relcl", "ccomp"} or clause.tag_ != "VB":
        return None
    if head.pos_ == "NOUN" and head.lemma_.lower() in cues.speech_nouns:
        relative = any(c.tag_ in {"WDT", "WP"} and c.dep_ != "mark" for c in clause.children)
        return None if relative else head  # "the message that any candidate should have" qualifies it
    addressed = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
    if clause.dep_ != "relcl" or addressed is None:
        return None
    if addressed.pos_ == "VERB":  # "sent a warning to the rebels that ...": "to" hangs on the verb
        addressed = next((c for c in addressed.children if c.dep_ == "dobj"), addressed)
    return addressed if addressed.lemma_.lower() in cues.speech_nouns else None


def _own_status(trigger: Token, cues: StatusCues) -> Status | None:
    """Status from the trigger's own auxiliaries, modifiers and marks."""
    children = list(trigger.children)
    lemmas = {c.lemma_.lower() for c in children}
    lowers = {c.lower_ for c in children}
    if lowers & cues.conditional_marks or _is_inverted_condition(trigger):
        return "hypothetical"  # "if Hamas fires", "were Hezbollah to fire", "should the talks fail"
    asked = _yes_no_question(trigger)
    if asked is not None:
        # "Did Israel bomb the camp?" leaves a claim open; "Will Russia attack Moldova?" a supposition
        return "hypothetical" if asked.tag_ == "MD" else "alleged"
    conditioned = any((c.dep_ == "advcl" and any(m.lower_ in cues.conditional_marks for m in c.children))
                      or _is_inverted_condition(c) for c in children)
    if conditioned and "would" in lowers:
        return "hypothetical"  # "Israel would attack if the truce collapsed"; "will ... unless" stays planned
    if lowers & {"will", "shall", "'ll", "wo"}:
        return "planned"
    if "would" in lowers and _is_counterfactual(trigger):
        return "hypothetical"  # "the bomb would have killed 50 people": it did not
    if "would" in lowers:
        return "planned"
    if directive_speaker(trigger, cues) is not None:
        return "demanded"  # "Russia said Sudan must return the helicopter"
    if lowers & cues.hypothetical_modals:
        return "hypothetical"
    if _is_passive_infinitive(trigger) or _is_scheduled(trigger) or is_headline_infinitive(trigger):
        return "planned"  # "hostages are to be freed", "prisoners to be released", "Barco is to visit",
        # and the headline "Rebels to free 20 hostages"
    if _told_by_unconfirmed_report(trigger, cues) or any(
            c.dep_ in {"advmod", "amod"} and c.lower_ in cues.allegation_modifiers for c in children):
        return "alleged"  # "allegedly executed", "the alleged attack", "according to unverified reports"
    shared = trigger.head if trigger.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) \
        else None  # "allegedly tortured and killed three men": the adverb before the first verb covers both
    if shared is not None and any(c.dep_ == "advmod" and c.lower_ in cues.allegation_modifiers and c.i < shared.i
                                  for c in shared.children):
        return "alleged"
    if lemmas & {"ongoing", "continuing", "underway"}:
        return "ongoing"
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children):
        return "ongoing"
    if _still_going_on(trigger, cues):
        return "ongoing"  # "Israeli troops still occupy the village", "militias routinely detain journalists"
    return None


def _yes_no_question(verb: Token) -> Token | None:
    """The auxiliary that opens a yes-no question on the verb ("Did Israel bomb the camp?", "Will
    Russia attack Moldova?", "Has Hamas released the hostages?"), or None. The question asks whether
    the act took place or will; it does not tell it. A question word first ("Who fired the rocket?")
    takes the act as known, and a negated question ("Didn't the army fire first?") is rhetorical."""
    children = list(verb.children)
    last = verb.right_edge.i
    marked = any(c.text == "?" for c in children) or "?" in {t.text for t in verb.doc[last : last + 2]}
    if not marked or is_negated(verb):
        return None
    first = next((t for t in verb.subtree if not t.is_punct), None)  # past an opening quotation mark
    if first is None:
        return None  # a dash the tagger made a verb ("resigned ― and became ...")
    if first.dep_ not in {"aux", "auxpass"} or first.head.i != verb.i:
        return None
    return first if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in children) else None


#: Auxiliaries that open a condition by inversion: "Should the talks fail", "Had the army not
#: intervened", "Were Hezbollah to fire".
_INVERTED_CONDITION_WORDS = frozenset({"should", "had", "were"})


def _is_inverted_condition(clause: Token) -> bool:
    """The clause is a condition put without "if", its auxiliary before its subject: "Should the talks
    fail, the unions will strike", "Had the army not intervened, ...", "Were Hezbollah to fire rockets,
    Israel would ..." (:func:`_inverting_word`)."""
    return _inverting_word(clause) is not None


def _inverting_word(clause: Token) -> Token | None:
    """The auxiliary put first in a condition without "if" ("should", "had", "were"), or None.

    The parser hangs such a clause on the main verb as an adverbial clause, or at times as a
    complement. The inverted word must open the sentence or follow a comma or a conjunction, or
    follow a main clause with a modal ("would have struck Iran had the US not objected"); a question
    ("Should Israel attack Iran?") has no main verb to hang on.
    """
    if clause.dep_ not in {"advcl", "ccomp"} or clause.head.i == clause.i:
        return None
    # past a "that" and a comma the parser hangs on the clause ("said that, should Israel invade, ...")
    first = next((t for t in clause.subtree if not (t.is_punct or (t.dep_ == "mark" and t.lower_ == "that"))), None)
    if first is None:
        return None  # a dash the tagger made a clause of its own ("resigned ― and became ... ― after")
    if first.lower_ not in _INVERTED_CONDITION_WORDS or not (first.i == clause.i or (
            first.head.i == clause.i and first.dep_ in {"aux", "auxpass"})):
        return None
    before = first.doc[first.i - 1] if first.i > sentence_of(first).start else None
    if before is not None and before.text != "," and before.pos_ != "CCONJ" and not _after_a_modal(clause):
        return None  # "Israel would have struck Iran had the US not objected": no comma needed after a modal
    verbs = {clause.i, *(c.i for c in clause.children if c.dep_ in {"xcomp", "ccomp"})}
    subject_after = any(s.dep_ in {"nsubj", "nsubjpass"} and s.i > first.i and s.head.i in verbs
                        for s in clause.subtree)
    return first if subject_after else None


def _after_a_modal(clause: Token) -> bool:
    """The clause follows a head with a modal ("would have struck ... had the US not objected")."""
    head = clause.head
    return clause.i > head.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _still_going_on(verb: Token, cues: StatusCues) -> bool:
    """A deed told in the present with "still" or an adverb of habit: "Israeli troops still occupy the
    village", "militias routinely detain journalists". It has gone on and is not over, no single act
    that took place. A speech act or stance ("still refuses", "often says") is a statement made now,
    not an act going on. A headline verb the tagger read as a noun or an adjective ("Militias routinely
    detain journalists") is in the present too."""
    adverbs = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in cues.habitual_adverbs]
    present = verb.tag_ in _PRESENT_TAGS or (bool(adverbs) and _present_read_as_past(verb, adverbs))
    return bool(adverbs) and present and (not _is_speech_act(verb, cues) or _plans_nothing(verb, cues))


def _plans_nothing(verb: Token, cues: StatusCues) -> bool:
    """A word of planning that governs no act: "set" is one in "set to resume", but "militants
    routinely set fire to schools" tells the deed itself, which the habit makes ongoing. Only with
    no clause under it ("routinely plan to strike" stays a plan, not a deed going on)."""
    return cues.governors.get(verb.lemma_.lower()) == "planned" and not any(
        c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def _present_read_as_past(verb: Token, adverbs: list[str]) -> bool:
    """'Soldiers often beat detainees', 'militias routinely cut the roads': a verb whose past is
    spelt as its present, which the tagger reads as past after a plural subject and an adverb of
    habit. A past form would take "-s" in the present for a singular subject ("the guard often
    beat him" is past), "repeatedly" counts blows of one past act, and a sentence told in the past
    ("..., former inmates said") keeps the past reading."""
    if verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower() or set(adverbs) <= {"repeatedly"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    plural = subject is not None and (subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"})
    return plural and not _told_in_the_past(verb)


#: Words that set a habit in the past where the tagger labels no date ("in the past", "years ago").
_PAST_TIME_WORDS = frozenset({"past", "ago", "formerly", "previously"})


def _told_in_the_past(verb: Token) -> bool:
    """A sentence that sets a verb in the past: a date under it, or another verb of the sentence in a
    form only the past takes ("when they refused", "a court martial was told", "inmates said"). After a
    past verb of saying the present shifts back to the past, so the tagger's past reading stands."""
    if any(t.ent_type_ == "DATE" or t.lower_ in _PAST_TIME_WORDS for t in verb.subtree):
        return True  # "in 2015", "in the past", "years ago"
    return any(t.tag_ == "VBD" and t.i != verb.i and t.lower_ != t.lemma_.lower() for t in sentence_of(verb))


#: Tags of a verb in the simple present, with those of a headline verb the tagger took for a noun or an adjective.
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "JJ", "NN", "NNS"})


def _is_passive_infinitive(trigger: Token) -> bool:
    """'hostages are to be freed', 'prisoners to be released': an act still to come."""
    children = list(trigger.children)
    return any(c.lower_ == "to" for c in children) and trigger.dep_ in {"xcomp", "acl", "relcl"} and (
        trigger.head.lemma_ == "be" or trigger.dep_ != "xcomp"
    ) and any(c.dep_ == "auxpass" for c in children)


def _is_scheduled(trigger: Token) -> bool:
    """'Barco is to visit Belgium', 'the envoy was to meet Hamas': "be to" right before an active
    verb, with a party as the subject, says what is arranged, not what took place.

    Not "the reaction was to demand" (what a reaction consisted of), "it is easy to criticize", nor
    the idiom "are to blame" (an accusation)."""
    if trigger.tag_ != "VB" or trigger.lemma_ == "blame" or not follows_be_to(trigger):
        return False
    marks = load_status_cues().conditional_marks
    if _is_inverted_condition(trigger.head) or any(c.lower_ in marks for c in trigger.head.children):
        return False  # "if Ethiopia were to attack Eritrea": a supposition, not an arrangement
    subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and _is_party(subject) and not _told_later(trigger)


def is_headline_infinitive(verb: Token) -> bool:
    """'Rebels to free 20 hostages', 'Armenia, Azerbaijan to sign peace deal': a headline drops the
    "is" of "is to", so a to-infinitive heads its sentence with a subject of its own. It tells what is
    arranged, as "Barco is to visit" does. In running prose a to-infinitive with a subject hangs on
    another word ("for Israel to withdraw"), never at the root; a root infinitive with no subject is
    an imperative or a fragment ("To end the war, ..."), which this leaves alone. The passive drops
    the same "is" ("Hostages to be freed on Sunday", "Journalists to be deported"): its subject is the
    passive one."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < verb.i for c in verb.children):
        return False
    passive = _is_passive_after_to_be(verb)
    if (verb.tag_ != "VB" and not passive) or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        subject = "nsubjpass" if passive else "nsubj"
        return any(c.dep_ == subject and c.i < verb.i for c in verb.children)
    return _subject_read_as_root(verb)


def _is_passive_after_to_be(verb: Token) -> bool:
    """A participle right after "to be" ("to be freed"): the passive of a to-infinitive."""
    return verb.tag_ == "VBN" and verb.i >= 2 and verb.doc[verb.i - 1].lemma_ == "be" \
        and verb.doc[verb.i - 1].dep_ == "auxpass" and verb.doc[verb.i - 2].tag_ == "TO"


def _subject_read_as_root(verb: Token) -> bool:
    """'Syrian rebels to release captured soldiers', 'Blinken to visit Kyiv': the parser, finding no
    finite verb, makes the subject the root and hangs the infinitive on it. Only a party counts
    as that subject, so that a headline noun of its own ("Calls to release prisoners", "Time to
    act") keeps the infinitive it governs."""
    head = verb.head
    return (verb.dep_ in {"relcl", "acl", "advcl"} and head.dep_ == "ROOT" and head.i < verb.i
            and head.tag_ not in _FINITE_TAGS and _is_party(head))


#: Tags of a finite verb: a root with one of them is a verb of its own, no subject misread as the root.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def follows_be_to(verb: Token) -> bool:
    """The verb comes right after "be to" and complements it: "Barco is to visit", "Hamas was to
    blame"; not "it is hard to blame", where other words stand between."""
    be = verb.head
    return (verb.dep_ == "xcomp" and be.lemma_ == "be" and verb.i == be.i + 2
            and verb.doc[be.i + 1].lower_ == "to")


#: Words that place an act after the time told: "Putin was to invade Ukraine eight years later".
_LATER = frozenset({"afterwards", "afterward", "subsequently", "eventually"})
#: Spans of time before "later" that make it narrative ("eight years later"), not a schedule ("later today").
_SPANS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute"})


def _told_later(trigger: Token) -> bool:
    """Narrative "was to": what did come later ("was to invade eight years later", "in the months
    that followed"); not a schedule ("was to sign the agreement later in the day")."""
    for t in trigger.subtree:
        if t.lower_ in _LATER or (t.lemma_ == "follow" and t.dep_ == "relcl"):
            return True
        if t.lower_ == "later" and t.i > 0 and t.doc[t.i - 1].lemma_.lower() in _SPANS:
            return True
    return False


def _is_party(token: Token) -> bool:
    """A person, a group or a state by the word itself: a name, a personal pronoun, or a noun the
    actor lexicon places. Only the head counts: "Hamas's reaction" is no party."""
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "they", "we", "i", "you"}
    if token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}:
        return True
    roles = load_actor_lexicon().roles
    if (token.lemma_.lower(),) in roles or (token.lower_,) in roles:
        return True
    if any(c.dep_ == "poss" for c in token.children):
        return False  # "Hamas's reaction": the possessor is a party, the noun is not
    actor = actor_for(token, with_conjuncts=False)  # "MR. BARCO" in upper-case wire text
    return actor.country is not None or actor.sector is not None


def _is_counterfactual(trigger: Token) -> bool:
    """'would have killed', 'troops would have shelled the village': "would have" with a participle
    tells what did not happen. Not a future perfect in reported speech ("would have withdrawn by
    March", "within two weeks"), which a deadline marks (a passive's "by" is its agent, not a prep)."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if _under_condition(trigger):
        return True  # "Without the airstrikes, the rebels would have captured the city within days"
    return not any(c.dep_ == "prep" and c.lower_ in _DEADLINE_PREPS for c in trigger.children)


def _under_condition(trigger: Token) -> bool:
    """A condition on the verb: "without ...", "but for ...", an if-clause, or "had" put first
    ("Had the talks not collapsed, ...")."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"without", "but"}:
            return True
        if child.dep_ == "advcl" and (any(m.lower_ == "if" for m in child.children)
                                      or child.left_edge.lower_ == "had"):
            return True
    return False


#: Prepositions of a deadline, which make "would have" a future perfect: "by March", "by then",
#: "within two weeks", "before the vote".
_DEADLINE_PREPS = frozenset({"by", "within", "before"})


#: Marks of a time clause, which tells a fact of its own only in the past tense.
_TIME_CLAUSE_MARKS = frozenset({"when", "while"})


def _is_past(verb: Token) -> bool:
    """A verb in the past tense, or with a past auxiliary ("was hit", "had fired")."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


#: Statuses that say an act is not (yet) done; a light verb naming its act by its object does not give them.
_MODAL = frozenset({"demanded", "offered", "planned"})
#: Statuses of a claim about what is so, which a state going on may have as well as a deed done.
_CLAIMED = frozenset({"denied", "alleged", "under_investigation"})


#: Words that open an indirect question ("asked why", "how many were killed"); not "whether" or
#: "if", which ask whether the act took place at all, nor "that", which opens what is said or asked for.
QUESTION_WORDS = frozenset({"how", "why", "who", "whom", "whose", "what", "which", "when", "where"})


def _indirect_question(governor: Governor) -> bool:
    """The act is told in a question clause under the governor ("declined to say how many soldiers
    had been wounded", "asked why police had fired"): the question takes the act as known, so the
    refusal or doubt above is about the telling, not the act."""
    below = governor.below
    if governor.via != "ccomp" or below is None or below.left_edge.lower_ not in QUESTION_WORDS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in below.children)  # not "to decide who to back"


def _chain_status(chain: list[Governor], cues: StatusCues) -> Status | None:
    """Status from the nearest governing cue; a report noun under "investigate" is under
    investigation, and under "deny" denied.

    The walk stops at an adjunct ("rioting during a summit", "after a coup toppled the
    government"): what it attaches is told as a fact, whatever modality governs the clause above.
    An "until" clause is a goal ("fight on until Hamas is destroyed"): planned; in the past tense
    under a clause of fact it is a time ("fighting continued until the army withdrew").
    An attempt by the subject itself ("sought to free") is not done yet: planned. "Call" demands
    only what it is called for: "called a general strike" names the strike, which is called.
    """
    if chain and _stops_it(chain[0], cues):
        # "called on the Taliban to stop public floggings": the stopping is wanted, the act goes on
        wanted = _chain_status(chain[1:], cues)
        if wanted in _WANTED:
            return "ongoing"
    for i, governor in enumerate(chain):
        if _indirect_question(governor):
            return None  # "declined to say how many soldiers had been wounded": what is asked about happened
        if _for_purpose(governor, cues):
            return "planned"  # "arrested her so that she can face charges": what the arrest is for
        if put_to_a_vote(governor, cues):
            return "planned"  # "called elections to approve the deal": what the ballot decides, no demand
        if _under_ultimatum(governor, cues):
            return "demanded"  # "gave the government 48 hours to release the hostages"
        if _left_unconfirmed(governor, chain[i + 1 :], cues):
            return "alleged"  # "could not confirm that the commander had been killed": a report
        if governor.across == "until" and governor.below is not None:
            return _until_status(governor, chain[i + 1 :], cues)
        if governor.across in cues.conditional_marks and governor.across != "whether" and governor.via != "ccomp":
            return "hypothetical"  # "only if the militants renounce violence and cut ties": both conjuncts
        if crosses_adjunct(governor, cues) or governor.across == NEXT_ACT or _said_in_passing(governor, cues):
            return None
        lemma = governor.token.lemma_.lower()
        if lemma in cues.responsibility_nouns and governor.across == "for" and _owned_outright(chain[i + 1 :], cues):
            return None  # "claimed / denied responsibility for an attack": the attack is told as done
        if lemma in cues.involvement_nouns and governor.across in {"to", "in", "with"}:
            return None  # "denied any link to the Ankara attack": who took part is denied, not the attack
        if claims_the_act(governor):
            return None  # "the Islamic State claimed the attack": responsibility for it, told as done
        unsupported = _unsupported_clause_status(governor, cues)
        if unsupported is not None:
            return unsupported  # "there is no evidence that ...", "it is not true that ..."
        if _saying_granted(governor, cues):
            return None  # "it would be fair to say that police beat the students": told as so
        if lemma in cues.report_nouns and governor.token.pos_ in {"NOUN", "PROPN"}:
            if _report_confirmed(governor.token, cues):
                return None  # "reports that troops burned the village were confirmed": told as so
            return _report_noun_status(governor, chain[i + 1 :], cues)
        if _surfacing_report(governor, cues):
            return _report_noun_status(governor, chain[i + 1 :], cues)  # "reports emerged that troops burned ..."
        if i == 0 and cues.governors.get(lemma) == "under_investigation" and _inquiry_into_an_act(governor):
            return None  # "opened an inquiry into the massacre": the massacre is known; who did it and why is asked
        if is_attempt(governor, cues):
            return "planned"
        if lemma == "vote" and not _voted_for_later(governor, cues):
            continue  # "voted on Tuesday, sending 300 troops", "voted to condemn the invasion": done by the vote
        status = governor_status(governor, cues, nearest=i == 0)
        if status == "denied" and not _flatly_denies(governor.token, cues):
            return "alleged"  # "did not deny that it had fired", "neither confirmed nor denied": still a claim
        if (status in _MODAL and lemma in cues.light_verbs and governor.via == "dobj" and governor.across is None
                and not (lemma in cues.object_control and orders_an_act_on_others(governor))):
            status = None  # "called a general strike": a light verb's object is the act it names, not a demand
        if status is not None:
            # "unless the president agrees to step down": a cue under a condition is itself a guess
            if _own_status(governor.token, cues) == "hypothetical":
                return "hypothetical"
            return _disowned(governor, status, chain[i + 1 :], cues) or status
        if lemma == "go" and governor.token.tag_ == "VBG" and governor.via == "xcomp":
            return "planned"  # "Israel is going to release 30 prisoners": a future, not a progressive
        if governor.token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in governor.token.children
        ):
            return "ongoing"
        if is_headline_infinitive(governor.token) and any(g.across is not None for g in chain[: i + 1]):
            return None  # "Gunmen to face trial over Kaduna kidnapping": the cause is told as done
        own = _own_status(governor.token, cues)
        if own in {"planned", "hypothetical", "demanded"}:
            return own
    return None


def _until_status(governor: Governor, above: list[Governor], cues: StatusCues) -> Status | None:
    """Status of an act under an "until" clause (:func:`_chain_status`): "vowed to fight on until Hamas
    is destroyed", "would not let them return until she was released" set a goal not yet reached
    (planned, or hypothetical under a guess); "fighting continued until the army withdrew" tells a
    past time, so the act is told as done."""
    framing = _own_status(governor.token, cues) or _chain_status(above, cues)
    if governor.below is not None and _is_past(governor.below) and framing in {None, "ongoing"}:
        return None
    return "hypothetical" if framing == "hypothetical" else "planned"


def _surfacing_report(governor: Governor, cues: StatusCues) -> bool:
    """'Reports emerged that soldiers had burned villages', 'claims circulated that ...': the parser
    hangs the report's that-clause on the verb of its coming to light, not on the report noun, so the
    verb stands in for the noun ("reports that soldiers burned villages" is alleged)."""
    verb = governor.token
    if governor.via != "ccomp" or verb.lemma_.lower() not in cues.surfacing:
        return False
    report = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in cues.report_nouns), None)
    return report is not None and not _called_confirmed(report, cues)


def _called_confirmed(report: Token, cues: StatusCues) -> bool:
    """'Confirmed reports emerged that ...', 'verified accounts': the report noun is granted by its
    own adjective, so what it tells is told as so."""
    return any(c.dep_ in {"amod", "compound"} and set(verb_stems(c.lower_)) & cues.unconfirmed
               for c in report.children)


def _report_noun_status(governor: Governor, above: list[Governor], cues: StatusCues) -> Status | None:
    """Status of an act a report noun tells (:func:`_chain_status`): alleged, unless what governs the
    report investigates it, denies or rejects it, or calls it false or (ungoverned) accurate."""
    reporting = _until_adjunct(above, cues)  # not "denied it, despite a report that ..."
    if any(cues.governors.get(g.token.lemma_.lower()) == "under_investigation" for g in reporting):
        return "under_investigation"
    if (any(_flatly_denies(g.token, cues) for g in reporting) or _rejects_the_report(reporting, cues)
            or _report_called_false(governor.token, reporting, cues)):
        return "denied"  # "the army denied reports that its soldiers had executed five detainees"
    if not reporting and _report_called_true(governor.token, cues):
        return None  # "reports that soldiers burned the village were accurate": told as so
    return "alleged"


_PURPOSE_MODALS = frozenset({"can", "could", "would", "will", "may", "might", "shall"})


def _for_purpose(governor: Governor, cues: StatusCues) -> bool:
    """The act is in a purpose clause of its governor ("so that she can face charges", "in order
    that aid could reach the town"): the governor is done for it, which is still to come. "So that"
    with a verb in the past and no modal tells a result ("fell so that the convoy turned back")."""
    below = governor.below
    if below is None or _purpose_marks(governor) not in cues.purpose_marks:
        return False
    return below.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in _PURPOSE_MODALS for c in below.children)


def _purpose_marks(governor: Governor) -> str | None:
    """The subordinating marks of the clause the governor was reached from, as one string ("so
    that", "in order that"), or None when it was not reached from an adverbial clause."""
    below, token = governor.below, governor.token
    if below is None:
        return None
    marks = " ".join(c.lower_ for c in below.children if c.dep_ == "mark" and c.i < below.i)
    if governor.via == "acl" and token.lower_ == "order" and token.head.lower_ == "in":
        return f"in order {marks}"  # the parser hangs the clause on "order": "in order that aid could reach"
    return marks if governor.via == "advcl" else None


#: Purpose marks of two words, after which a negated act is one kept from happening, whether the
#: clause tells a purpose or a result; a bare "so" may join a clause of its own ("so Israel did not withdraw").
_FULL_PURPOSE_MARKS = frozenset({"so that", "in order that"})


def is_negated_purpose(trigger: Token, chain: list[Governor]) -> bool:
    """A negated act in a "so that" clause: "blew up the bridge so that rebels did not cross",
    "sealed the border so that fighters did not enter". Read as a purpose or as a result, the act
    did not take place and no one refused it, so the text reports no event of it."""
    return bool(chain) and is_negated(trigger) and _purpose_marks(chain[0]) in _FULL_PURPOSE_MARKS


def _under_ultimatum(governor: Governor, cues: StatusCues) -> bool:
    """An ultimatum told without a word of demand: "gave the government 48 hours to release the
    hostages", "granted residents three days to leave" (the infinitive hangs on the verb) or "gave
    them a deadline to withdraw" (on the span). The act is demanded of the one given the time."""
    below, token = governor.below, governor.token
    if below is None or not is_to_infinitive(below):
        return False
    lemma = token.lemma_.lower()
    if lemma in cues.ultimatum_spans and governor.via in {"acl", "relcl"}:
        return token.head.lemma_.lower() in cues.ultimatum_verbs
    return lemma in cues.ultimatum_verbs and governor.via in {"advcl", "xcomp"} and any(
        c.dep_ in {"npadvmod", "dobj"} and c.lemma_.lower() in cues.ultimatum_spans for c in token.children)


def _left_unconfirmed(governor: Governor, above: list[Governor], cues: StatusCues) -> bool:
    """What a negated verb of confirming governs is a report ("could not confirm that the commander
    had been killed", "was unable to verify that ...", "declined to confirm that ..."): alleged."""
    if governor.token.lemma_.lower() not in cues.unconfirmed or governor.via not in {"ccomp", "dobj"}:
        return False
    if _negated_or_by_no_one(governor.token):
        return True  # "could not confirm that", "no one has confirmed that"
    if not above or above[0].via != "xcomp":
        return False
    if _is_yet_to(above[0]):
        return True  # "Kyiv has yet to confirm that its troops retook the village": not confirmed
    refusing = above[0].token.lemma_.lower()
    return refusing in cues.negating or cues.governors.get(refusing) == "refused"


def _is_yet_to(governor: Governor) -> bool:
    """"has yet to", "is yet to": the infinitive under it names what has not been done so far."""
    return governor.via == "xcomp" and governor.token.lemma_.lower() in {"have", "be"} and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.token.children)


def put_to_a_vote(governor: Governor, cues: StatusCues) -> bool:
    """"Elections to approve the peace deal", "a referendum to ratify the accord": the act is what a
    ballot noun's infinitive puts to voters. Its outcome is not told, so the act is still to come,
    whatever governs the ballot ("called elections" convenes them, it demands no approval). The parser
    may hang the infinitive on the verb whose object the ballot is ("called elections to approve",
    "organised a referendum to approve")."""
    below = governor.below
    if below is None or not is_to_infinitive(below):
        return False
    if governor.via in {"xcomp", "advcl"}:
        return any(c.dep_ == "dobj" and _is_ballot(c, cues) for c in governor.token.children)
    return governor.via == "acl" and _is_ballot(governor.token, cues)


def _is_ballot(word: Token, cues: StatusCues) -> bool:
    """An election, a referendum or a vote named as a noun."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in cues.ballots


def _voted_for_later(governor: Governor, cues: StatusCues) -> bool:
    """"Parliament voted to send peacekeepers": an act a vote decides is planned. Not a participle
    hung on the vote ("voted on Tuesday, sending 300 troops"), which tells what followed, nor an act
    the vote itself performs ("voted to condemn the invasion", "voted to recognise Palestine"). An
    infinitive the parser hangs on the vote as an adverbial clause after a time ("will vote on Monday
    to extend the ceasefire") is what is voted on all the same."""
    below = governor.below
    voted_on = governor.via in {"xcomp", "prep", "pcomp", "pobj"} or (
        governor.via == "advcl" and below is not None and is_to_infinitive(below))
    return voted_on and (below is None or below.lemma_.lower() not in cues.voted_acts)


def _disowned(governor: Governor, status: Status, above: list[Governor], cues: StatusCues) -> Status | None:
    """The plan, offer, agreement or demand that frames the act is itself denied or turned down.

    "denied that it had agreed to release the hostages", "denied plans to withdraw", "denied it
    had ordered troops to fire": no plan, offer or order is granted, so the act under it is
    denied, not planned. "refused to commit to withdrawing": the subject's own commitment
    refused leaves the act refused. Another party's words turned down are not: "rejected the
    rebels' demand for the release" leaves the release demanded (the events tests pin it), and a
    demand verb refused ("refused to call for a ceasefire") says nothing of the act either. A denied
    undoing of the plan ("denied reports that it had dropped plans to withdraw") or a denial of another
    clause ("denied that plans to withdraw had been shelved", "denied his promise was a bluff") leaves
    the plan standing.
    """
    if not above and not is_negated(governor.token):
        return None
    if any(g.token.pos_ == "VERB" and _undoes(g.token, cues) for g in above):
        return None  # "denied reports that it had dropped plans to withdraw": the dropping is denied, the plan stands
    framing = status_of(governor.token, above, cues)
    denier = next((g.token for g in above if cues.governors.get(g.token.lemma_.lower()) == "denied"), None)
    framed = {governor.token, *(g.token for g in above)}
    if framing == "denied" and denier is not None and any(
            c.dep_ == "ccomp" and c not in framed for c in denier.children):
        return None  # "denied his promise to release them was a bluff": the denial is of the other clause
    if framing == "denied":
        return "denied"
    if framing == "refused" and governor.token.pos_ == "VERB" and status in {"planned", "offered"}:
        return "refused"
    return None


def _undoes(verb: Token, cues: StatusCues) -> bool:
    """The verb undoes an act or a plan: "cancel", "postpone", or a particle verb such as "call off"
    (whose bare verb, "call", would demand or carry out the act instead)."""
    return _verb_or_phrase_in(verb, cues.undoing, cues.undoing_phrases)


def _verb_or_phrase_in(verb: Token, lemmas: frozenset[str], phrases: frozenset[str]) -> bool:
    """The verb is one of ``lemmas`` or, with a particle, one of ``phrases``: a particle verb is
    looked up whole, since its bare verb means something else ("call off", "head off")."""
    with_particle = _phrases_of(verb, frozenset({"prt"}))
    return bool(with_particle & phrases) if with_particle else verb.lemma_.lower() in lemmas


def _phrases_of(verb: Token, deps: frozenset[str]) -> set[str]:
    """The verb's lemma joined to each word hung on it by one of ``deps``: "call off", "go ahead",
    "take place", "make good", however the parser labelled the second word."""
    return {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ in deps}


#: Labels the second word of a fixed verb phrase gets: "went ahead", "took place", "made good on".
_PHRASE_WORD_DEPS = frozenset({"prt", "advmod", "dobj", "acomp", "oprd"})


#: Determiners that introduce a commitment not yet made: "if Iran carries out a threat".
_INDEFINITE = frozenset({"a", "an", "any", "another", "no"})


def _carries_out_commitment(trigger: Token, chain: list[Governor], cues: StatusCues) -> bool:
    """'if Washington were to follow through on its threats', 'should Hezbollah carry out its threat',
    'whether Hamas will honour its pledge': the condition or doubt is on carrying the commitment out;
    the commitment itself was made, as its determiner presupposes. "If Iran carries out a threat"
    presupposes none, so an indefinite commitment keeps the status of its clause."""
    if not chain or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.commitment_nouns:
        return False
    if is_negated(trigger) or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in trigger.children):
        return False
    carrier = chain[0]
    reached = (carrier.across is None and carrier.via in {"dobj", "nsubjpass"}) or (
        carrier.across in cues.fulfilling_prepositions)
    verb = carrier.token
    phrased = bool(_phrases_of(verb, _PHRASE_WORD_DEPS) & cues.fulfilling_phrases)
    plain = verb.lemma_.lower() in cues.fulfilling and not _phrases_of(verb, frozenset({"prt"}))
    return reached and verb.pos_ == "VERB" and (phrased or plain)


def permitting_verb(act: Token, cues: StatusCues | None = None) -> Token | None:
    """The verb that lets an act noun take place: "allowed the march to go ahead", "let the
    protest proceed", "permitted the demonstration to take place", "allowed the opposition to hold a
    rally". The act is then permitted, not told as done; any other infinitive of "allow" ("allowed
    trucks to enter Gaza") is not this."""
    cues = cues or load_status_cues()
    if act.pos_ != "NOUN":
        return None
    verb = act.head
    in_clause = verb.dep_ in {"ccomp", "xcomp"}
    going: Token | None
    if act.dep_ == "nsubj" and in_clause:
        permitter, going = verb.head, verb  # "allowed the march to go ahead"
    elif act.dep_ == "dobj" and in_clause and verb.lemma_.lower() in cues.holding:
        permitter, going = verb.head, None  # "allowed the opposition to hold a rally"
    elif act.dep_ == "dobj":
        permitter = verb  # "permitted the demonstration to take place": the act is its object
        going = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
        if going is None:
            return None
    else:
        return None
    if permitter.pos_ != "VERB" or permitter.lemma_.lower() not in cues.permitting or not _permits_as_party(permitter):
        return None
    return permitter if going is None or _tells_taking_place(going, cues) else None


def _permits_as_party(permitter: Token) -> bool:
    """Someone grants the permission ("police allowed the march", "refused to let the strike go
    ahead"), not a state of affairs that makes room for the act ("the truce allowed talks to begin",
    "the lull allowed the evacuation to proceed"), which took place. A pronoun stands for a party
    ("the army said it would not allow the rally"). A past perfect ("had allowed the rally to go
    ahead before they fired tear gas") tells a permission the story has moved past: the act is told."""
    verb = permitter
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head  # "refused to allow", "decided to let": the subject of the deciding verb
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and (doer.pos_ == "PRON" or _is_party(doer))


def _tells_taking_place(verb: Token, cues: StatusCues) -> bool:
    """The verb tells its subject taking place: "go ahead", "take place", "proceed", "begin"."""
    return verb.lemma_.lower() in cues.going_ahead or bool(_phrases_of(verb, _PHRASE_WORD_DEPS) & cues.going_ahead)


def permitted_status(act: Token, cues: StatusCues | None = None) -> Status | None:
    """An act let go ahead is still to come (planned); one whose permission is refused, negated or
    only wanted takes the permission's status ("did not allow the rally to go ahead": refused).
    The events stage reads it only for acts a party holds by leave (``permitted_types``): "allowed
    the killings to take place" blames, it permits nothing."""
    cues = cues or load_status_cues()
    permitter = permitting_verb(act, cues)
    if permitter is None:
        return None
    permission = status_of(permitter, cues=cues)
    return "planned" if permission in {"happened", "ongoing"} else permission


def goes_on_unstopped(act: Token, cues: StatusCues | None = None) -> bool:
    """'the strike was not called off', 'talks were not cancelled', 'the march was not postponed': an
    act noun whose undoing the text negates goes ahead. Read through its verb as any passive subject
    is, it would be demanded ("call"), refused (a deferral not made) or dropped as negated. So does
    the object of such a verb in the active ("the union did not call off the strike"), which would
    otherwise be folded into the undoing as one event."""
    cues = cues or load_status_cues()
    verb = act.head
    undone = act.dep_ == "nsubjpass" or (act.dep_ == "dobj" and verb.pos_ == "VERB")
    return undone and act.pos_ == "NOUN" and is_negated(verb) and _undoes(verb, cues)


def told_not_taking_place(act: Token, cues: StatusCues | None = None) -> bool:
    """'the talks were not held as planned', 'the vote did not take place', 'the march never went
    ahead', 'clashes did not break out': an act noun whose taking place its negated verb denies.
    No status says an act did not happen, and no one refused it, so it is no event, as "no one
    was killed" is none. A negation that bears on an adjunct ("not held until March", "not held on
    time", "not held in Doha but in Cairo") tells the act held after all (:func:`_negation_on_adjunct`)."""
    cues = cues or load_status_cues()
    verb = act.head
    if act.pos_ != "NOUN" or act.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB" or not is_negated(verb):
        return False
    held = act.dep_ == "nsubjpass" and verb.lemma_.lower() in cues.held_passives
    arranged = held or (act.dep_ == "nsubj" and _tells_taking_place(verb, cues))
    phrases = {verb.lemma_.lower(), *_phrases_of(verb, _PHRASE_WORD_DEPS)}
    taking_place = arranged or (act.dep_ == "nsubj" and bool(phrases & cues.taking_place))
    return taking_place and not _negation_on_adjunct(verb, cues, arranged=arranged)


#: Entity labels of a place or a time, which a negated "held in" leaves on the act ("not held in Jeddah").
_WHERE_OR_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _negation_on_adjunct(verb: Token, cues: StatusCues, *, arranged: bool) -> bool:
    """The negation of the verb bears on an adjunct, not on the act: a time it waited for ("until
    March"), a manner ("on time", "in public", "in good faith", "behind closed doors", but not a named
    place or time: "not held in Jeddah last week" says they were not held) or a place or holder set
    against another ("in Doha but in Cairo", "not by the opposition but by students").

    The manner reading needs an act someone arranges (``arranged``: held, staged, let go ahead): an
    act that breaks out of itself has no manner to deny, so "clashes did not erupt in the north" or
    "violence never broke out in the camps" says there were none."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.focus_prepositions
                                         for m in child.children):
            return True  # "negotiations did not begin until the Americans arrived"
        if child.dep_ not in {"prep", "agent"}:
            continue
        if child.lower_ in cues.focus_prepositions:
            return True
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in cues.focus_objects for o in objects):
            return True
        if arranged and child.lower_ in cues.manner_prepositions and objects and not any(
                o.ent_type_ in _WHERE_OR_WHEN for o in objects):
            return True  # "not held in secret", "in good faith", "behind closed doors"; not "in Jeddah"
        if any(c.dep_ in {"cc", "conj"} for c in child.children):
            return True  # "not held in Doha but in Cairo": the parser joins the second phrase to the first
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def _planned_by_participle(act: Token, cues: StatusCues) -> bool:
    """The act noun carries a participle of planning ("the strike planned for Monday", "talks
    scheduled for May"): not called off, it is still to come, not told as done."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and cues.governors.get(c.lemma_.lower()) == "planned"
               for c in act.children)


def _until_adjunct(chain: list[Governor], cues: StatusCues) -> list[Governor]:
    """The governors up to the first reached across an adjunct ("despite a UN report"), which frame
    what is below them; those beyond are about something else."""
    for k, governor in enumerate(chain):
        if crosses_adjunct(governor, cues):
            return chain[:k]
    return chain


#: Statuses of an act someone wants, offers or plans.
_WANTED = frozenset({"demanded", "planned", "offered", "hypothetical"})


def _stops_it(governor: Governor, cues: StatusCues) -> bool:
    """The act is the object of a verb of stopping ("stop public floggings") or the "to" of an end
    ("an end to the shelling")."""
    lemma = governor.token.lemma_.lower()
    return lemma in cues.cessations and (governor.via == "dobj" or governor.across == "to")


def crosses_adjunct(governor: Governor, cues: StatusCues) -> bool:
    """The governor was reached across an adjunct of time, cause or circumstance ("during a summit",
    "despite talks"), or across the "for" or "to" of a word of retaliation or redress ("vowed to
    retaliate for the killing", "in response to Israeli strikes", "demanded an apology for the
    bombing"): what is below is told as a fact of its own."""
    if governor.across in cues.adjuncts:
        return True
    return governor.across in {"for", "to"} and governor.token.lemma_.lower() in cues.redress


def _said_in_passing(governor: Governor, cues: StatusCues) -> bool:
    """The walk leaves a participle of saying that closes the clause above ("Hamas rejected the
    proposal, saying it did not guarantee a permanent ceasefire"): what the speaker says there is a
    statement of its own, which the rejection above does not reach. After a refusal or a denial any
    closing participle is the speaker's own act ("rejected calls for a ceasefire, vowing to fight on")."""
    said = governor.below
    if said is None or governor.via != "advcl" or said.tag_ != "VBG" or said.left_edge.i == 0:
        return False
    lemma = said.lemma_.lower()
    refusing = cues.governors.get(governor.token.lemma_.lower()) in {"refused", "denied"}
    return (lemma in cues.report_verbs or lemma in cues.closing_speech or refusing) \
        and said.doc[said.left_edge.i - 1].text == ","


def _owned_outright(above: list[Governor], cues: StatusCues) -> bool:
    """The verb over a responsibility noun claims, admits or denies it as a fact ("claimed
    responsibility"), not as a demand, a plan or a condition ("demanded that Russia take
    responsibility", "agreed to take responsibility")."""
    if not above:
        return False
    verb = above[0].token
    lemma = verb.lemma_.lower()
    if lemma not in cues.owning_verbs and cues.governors.get(lemma) != "denied":
        return False
    return status_of(verb, above[1:], cues) == "happened"


#: Verbs that, with an act noun as their object, claim it as one's own deed: "claimed the attack".
_OWN_DEED_CLAIMS = frozenset({"claim"})


def claims_the_act(governor: Governor) -> bool:
    """'The Islamic State claimed the bombing': "claim" with an act noun as its object claims
    responsibility for it (a claim that something happened takes a clause: "claimed that ...")."""
    below = governor.below
    by_agent = governor.via == "nsubjpass" and agent_of(governor.token) is not None  # "was claimed by IS"
    return ((governor.via == "dobj" or by_agent) and governor.across is None and below is not None
            and _claims_deed(governor.token, below))


def _claims_deed(verb: Token, act: Token) -> bool:
    """``verb`` claims the act noun ``act`` as its subject's deed ("claimed the bombing")."""
    return act.pos_ == "NOUN" and verb.lemma_.lower() in _OWN_DEED_CLAIMS and not is_negated(verb)


def responsible_party(trigger: Token, cues: StatusCues | None = None) -> Token | None:
    """'Houthi rebels claimed responsibility for an attack': the one who claims, accepts or admits
    responsibility or credit for an act is its agent; one who denies it is not."""
    cues = cues or load_status_cues()
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "behind" and prep.head.lemma_ == "be" and not is_negated(prep.head):
        return _claimer(prep.head)  # "it was behind the attack"
    if trigger.dep_ == "dobj" and _claims_deed(prep, trigger):
        return _claimer(prep)  # "IS claimed the attack"
    if trigger.dep_ == "nsubjpass" and _claims_deed(prep, trigger):
        return agent_of(prep)  # "a bombing, which ..., was claimed by the Islamic State"
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in cues.responsibility_nouns:
        return None
    noun = prep.head
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in cues.owning_verbs:
        return None
    if status_of(verb, cues=cues) != "happened":
        return None  # "did not claim" is refused; "demanded that Russia take responsibility" demanded
    return _claimer(verb)  # "separatists, who have claimed ..."


def _claimer(verb: Token) -> Token | None:
    """The subject of a verb that owns an act, unless it is no one ("nobody has claimed the bombing")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or is_negative_argument(subject):
        return None
    return resolve_relative(subject, verb)


def _rejects_the_report(reporting: list[Governor], cues: StatusCues) -> bool:
    """'rejected accusations that its fighters executed civilians', 'refuted claims that ...': a verb
    that rejects the report noun it takes as object denies what the report says."""
    if not reporting or reporting[0].via != "dobj":
        return False
    verb = reporting[0].token
    return verb.lemma_.lower() in cues.report_rejections and not is_negated(verb)


def _unsupported_clause_status(governor: Governor, cues: StatusCues) -> Status | None:
    """The status of an act in a that-clause its governor leaves unshown or calls false.

    "there is no evidence that the militia shelled the camp", "no sign that troops had crossed":
    nobody has shown the act, so it is a claim (alleged), as under "could not confirm". "it is not
    true that rebels seized the town", "it was false that police beat detainees": the clause is
    called false, so it is denied, as under "denied that". A "whether" or "if" question is left to
    :func:`_left_open`.
    """
    below, token = governor.below, governor.token
    if below is None or not _is_that_clause(below):
        return None
    if governor.via not in {"ccomp", "acl"} and not _content_clause_read_as_relative(governor):
        return None
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in cues.evidence_nouns and is_negative_argument(token):
        return "alleged"
    if governor.via == "ccomp" and (_called_false(token, cues) or _saying_called_false(token, cues)):
        return "denied"  # "it is not true that ...", "it would be wrong to say that ..."
    return None


def _judge_of_saying(verb: Token, cues: StatusCues) -> Token | None:
    """The adjective an "it" copula judges an infinitive of saying by: "false" in "it is false to
    say that the army fired first", "wrong" in "it would be wrong to claim that". The parser hangs
    the infinitive on the adjective or on the copula. What is said is judged, not the saying's
    subject ("he was wrong to say" may fault his timing)."""
    if verb.lemma_.lower() not in cues.report_verbs | cues.saying_verbs:
        return None
    judge = _extraposed_judge(verb, _ADJECTIVE, _COMPLEMENT)
    return judge if judge is not None and judge.head.lemma_ == "be" else None


#: How an adjective that frames an infinitive is tagged and hung on its linking verb: "is false", "were quick".
_ADJECTIVE = frozenset({"ADJ"})
_COMPLEMENT = frozenset({"acomp"})


def framing_word(infinitive: Token, parts_of_speech: frozenset[str] = _ADJECTIVE,
                 deps: frozenset[str] = _COMPLEMENT) -> Token | None:
    """The word (of one of ``parts_of_speech``, hung on a linking verb by one of ``deps``) that frames
    an infinitive complement: "quick" in "were quick to point out", "false" in "it is false to say",
    "early" in "it remains too early to tell". The parser hangs the infinitive on that word or on the
    linking verb beside it, so each reader of such frames (here and in attributions) takes the word
    from here and checks for itself where the infinitive hangs and what the verb's subject is."""
    if infinitive.dep_ != "xcomp":
        return None
    head = infinitive.head
    if head.pos_ in parts_of_speech and head.dep_ in deps:
        return head
    return next((c for c in head.children if c.dep_ in deps and c.pos_ in parts_of_speech), None)


def _extraposed_judge(verb: Token, parts_of_speech: frozenset[str], deps: frozenset[str]) -> Token | None:
    """The word (of one of ``parts_of_speech``, hung by one of ``deps``) by which an "it" linking
    verb judges an infinitive: "false" in "it is false to say", "early" in "it remains too early to
    tell" (:func:`framing_word`), the word on the linking verb as a complement or, for "too soon",
    as an adverb."""
    if not is_to_infinitive(verb):
        return None
    judge = framing_word(verb, parts_of_speech, deps)
    if judge is None:
        return None
    extraposed = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in judge.head.children)
    return judge if extraposed else None


def _saying_called_false(verb: Token, cues: StatusCues) -> bool:
    """'it is false to say that', 'it would be wrong to claim that', 'it is not accurate to say that':
    saying the clause is called false, which denies it as "it is not true that" does."""
    judge = _judge_of_saying(verb, cues)
    return judge is not None and _called_false(judge.head, cues, also=cues.misstatement)


def _saying_granted(governor: Governor, cues: StatusCues) -> bool:
    """'it is fair to say that', 'it would be safe to say that': the clause is told as so. A modal on
    the copula hedges the saying; it does not put the act off ("would be fair to say that police beat
    the students": they did)."""
    judge = _judge_of_saying(governor.token, cues) if governor.via == "ccomp" else None
    return (judge is not None and judge.lemma_.lower() in cues.granting | cues.truth
            and not (is_negated(judge) or is_negated(judge.head)))


def _content_clause_read_as_relative(governor: Governor) -> bool:
    """A that-less content clause the parser hung on a noun as a relative one ("no evidence the
    fighters killed the miners"): no relative word, and an object of its own, so the noun fills no
    gap in it (unlike "no evidence the army has found")."""
    below = governor.below
    if governor.via != "relcl" or below is None:
        return False
    relative = any(c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that" for c in below.children)
    return not relative and any(c.dep_ == "dobj" for c in below.children)


def _is_that_clause(clause: Token) -> bool:
    """A finite declarative clause: with "that" or no mark at all, not a question or condition
    ("whether", "if") nor an infinitive ("no evidence to support his claims" says what the evidence
    would do, not what someone claims was done)."""
    return all(c.lower_ == "that" for c in clause.children if c.dep_ == "mark") and not is_to_infinitive(clause)


def _called_false(word: Token, cues: StatusCues, also: frozenset[str] = frozenset()) -> bool:
    """The word, or an adjective it takes, calls what it is said of false: "false", "baseless",
    or a word of truth negated ("not true", "no truth to"); "true" alone and "wrong" (a judgement of
    a deed, not of a report) do not. ``also`` adds words that call it false in the caller's frame
    ("wrong" of a saying: :func:`_saying_called_false`)."""
    negated = is_negated(word)
    for judge in (word, *(c for c in word.children if c.dep_ in {"acomp", "attr"})):
        lemma = judge.lemma_.lower()
        if lemma in cues.falsity | also and not (negated or is_negated(judge)):
            return True
        if lemma in cues.truth and (negated or is_negated(judge)):
            return True
    return False


def _report_called_false(report: Token, reporting: list[Governor], cues: StatusCues) -> bool:
    """A report noun called false: as subject of a predicate of falsity ("reports that soldiers
    raped women were baseless", "claims ... were fabricated") or as what a negated word of truth is
    about ("there was no truth to reports that the army had abducted journalists")."""
    if report.dep_ in {"nsubj", "nsubjpass"} and _called_false(report.head, cues):
        return True
    return bool(reporting) and reporting[0].across == "to" and _called_false(reporting[0].token, cues)


def _report_called_true(report: Token, cues: StatusCues) -> bool:
    """A report noun as the subject of a plain "be" with a word of truth: "reports that soldiers burned
    the village were accurate", which tells the act as so, as "it is true that" does. Not under a
    modal, a condition or a question ("reports may be true", "if reports are true", "whether
    reports were true"), which leave it a claim, nor negated ("were not accurate": denied), nor
    hedged ("broadly accurate but exaggerated", "true in part"). "Proved true" grants it as "were
    true" does."""
    copula = report.head
    if report.dep_ != "nsubj" or copula.lemma_ not in _COPULAS_OF_TRUTH or not _stated_outright(copula, cues):
        return False
    if any(c.dep_ in {"aux", "mark", "neg", "prep"} or c.lower_ in cues.conditional_marks
           for c in (*copula.children, *report.children)):
        return False
    # a bare word: "broadly accurate but exaggerated", "true in part" grant only some of the report
    return any(c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() in cues.truth and not any(c.children)
               for c in copula.children)


#: Verbs that with a word of truth grant a report noun their subject ("reports were true", "proved true").
_COPULAS_OF_TRUTH = frozenset({"be", "prove"})


def _report_confirmed(report: Token, cues: StatusCues) -> bool:
    """A report noun as the passive subject of a verb of confirming, stated outright and with no
    auxiliary but "be" or "have" ("reports that troops burned the village were confirmed", "have been confirmed"):
    told as so. Not negated, under a modal, asked about or hedged ("were not confirmed", "have yet to
    be verified", "could be confirmed", "confirmed only in part"), which leave the report a claim."""
    verb = report.head
    if report.dep_ != "nsubjpass" or verb.lemma_.lower() not in cues.unconfirmed or not _stated_outright(verb, cues):
        return False
    return not any(c.dep_ in {"neg", "mark", "prep"} or (c.dep_ == "aux" and c.lemma_ != "have")
                   for c in verb.children)


def _stated_outright(clause: Token, cues: StatusCues) -> bool:
    """A main clause, or one a verb of saying reports ("a UN official said reports were accurate"),
    not one asked about or looked into ("checking whether reports are accurate")."""
    speaking = cues.report_verbs | cues.conceding
    return clause.dep_ == "ROOT" or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speaking
                                     and not is_negated(clause.head))


def _flatly_denies(verb: Token, cues: StatusCues) -> bool:
    """A denial made outright: not "did not deny", "neither confirmed nor denied", "declined to
    deny" or "refused to deny", which leave what is reported a claim."""
    if cues.governors.get(verb.lemma_.lower()) != "denied" or is_negated(verb):
        return False
    if verb.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.children):
        around = [verb, verb.head, *verb.children]
        if any(c.lower_ in {"nor", "neither"} for t in around for c in t.children) or any(
                t.lower_ in {"nor", "neither"} for t in around):
            return False  # "neither confirmed nor denied"
    governor = verb.head
    return not (verb.dep_ == "xcomp" and (cues.governors.get(governor.lemma_.lower()) == "refused"
                                          or governor.lemma_.lower() in cues.negating))


def governor_status(governor: Governor, cues: StatusCues, *, nearest: bool = True) -> Status | None:
    """The status a governing word gives what it governs; an object-control verb demands only through
    its infinitive, through "for" or an act on others as its object when it is the act's nearest
    governor ("asked Russia to withdraw", "asked for the release", "ordered the arrest of", not
    "asked for comment on the airstrike"), or through a that-clause in the subjunctive ("asked that
    the detainees be released"), and only reports otherwise ("told reporters that the troops had
    left")."""
    lemma = governor.token.lemma_.lower()
    if advances(governor.token, cues):
        return None  # "pressed ahead with its offensive": the offensive goes on, no one demands it
    if lemma in cues.naming_verbs and _names_as(governor.token):
        return None  # "in what it called retaliation for the killing", "called the killing a war crime"
    asked_for = nearest and governor.across == "for"
    mandated = governor.via == "ccomp" and governor.below is not None and is_subjunctive(
        governor.below, present_too=lemma not in cues.report_verbs)
    ordered = nearest and orders_an_act_on_others(governor)
    if lemma in cues.wanting and _wants_of_others(governor) and not _negated_or_by_no_one(governor.token):
        # "Moscow wants NATO to withdraw": asked of NATO, as "urged NATO to withdraw"; "does not want
        # Israel to attack" asks for the opposite, so it keeps the wish's own status
        return "demanded"
    if lemma in _CHANCES and governor.below is not None and _perfect_infinitive(governor.below):
        return None  # "is likely to have shelled the village": an estimate of what happened, told as a report
    if lemma in cues.object_control and governor.via != "xcomp" and not (asked_for or mandated or ordered):
        return None
    if nearest and lemma in cues.dreading and _dreads_an_act_to_come(governor, cues):
        return "hypothetical"  # "residents fear an attack", "braced for an offensive": expected, not done
    if lemma in cues.clause_only and governor.via not in {"ccomp", "conj"}:
        return None  # "feared they had been captured"; not "while everyone agrees ..., critics fear"
    if lemma in cues.options and (governor.via not in {"xcomp", "dobj", "pcomp"} or any(
            c.dep_ == "auxpass" for c in governor.token.children)):
        return None  # "is considering sending aid"; not "the visit is considered the second step"
    if lemma in (cues.consenting | cues.deferring) and governor.via not in {"xcomp", "dobj", "pcomp", "nsubjpass"}:
        return None  # "approved sending troops", "delayed the release"; not "resolutions approved at the meeting"
    if _left_possible(governor, cues):
        return "hypothetical"  # "has not ruled out a ground offensive": still possible, not refused
    if governor.via == "ccomp" and lemma in cues.report_verbs and _told_by_unconfirmed_report(governor.token, cues):
        return "alleged"  # "unconfirmed reports said gunmen attacked a church"
    return cues.governors.get(lemma)


def _inquiry_into_an_act(governor: Governor) -> bool:
    """'Investigators are examining the attack on the convoy', 'an inquiry into the massacre of
    civilians': an act noun an inquiry takes as its object or after "into" is an act known to have
    taken place; the inquiry asks who did it and why (seed: "under investigation" is for an act whose
    taking place is itself in doubt: "investigating a claim that ... were killed", "investigating
    whether"). A claim, report or allegation in between (:func:`_report_noun_status`) still leaves
    what it tells under investigation."""
    below = governor.below
    if below is None:
        return False
    if governor.via == "dobj":
        return below.pos_ == "NOUN"
    return governor.via == "prep" and governor.across in _INQUIRY_PREPS and any(
        c.dep_ == "pobj" and c.pos_ == "NOUN" for c in below.children)


def _dreads_an_act_to_come(governor: Governor, cues: StatusCues) -> bool:
    """The act is the dreading word's object or its "of"/"for" phrase ("fear an attack", "fears of a
    raid", "braced for an offensive") and no definite or possessed noun: "fear the daily shelling"
    and "dread its raids" name acts already going on."""
    below = governor.below
    if below is None:
        return False
    act: Token | None = None
    if governor.via == "dobj":
        act = below
    elif governor.via == "prep" and governor.across in cues.dreading_prepositions:
        act = next((c for c in below.children if c.dep_ == "pobj"), None)
    else:
        return False
    return act is not None and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in act.children)


def _left_possible(governor: Governor, cues: StatusCues) -> bool:
    """A negated verb of excluding, with the act as its object or gerund: "has not ruled out a ground
    offensive", "did not exclude sending troops" leave the act possible. "Rule" counts only as the
    particle verb "rule out" (:func:`_verb_or_phrase_in`)."""
    verb = governor.token
    return (governor.via in {"dobj", "xcomp", "pcomp"} and is_negated(verb)
            and _verb_or_phrase_in(verb, cues.left_possible, cues.left_possible_phrases))


def _told_by_unconfirmed_report(word: Token, cues: StatusCues) -> bool:
    """The word's subject, or the object of its "according to", is a report noun its adjective leaves
    unsettled: "unconfirmed reports said", "according to unverified claims"."""
    sources = [c for c in word.children if c.dep_ == "nsubj"]
    sources += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "according"
                for to in p.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    return any(s.lemma_.lower() in cues.report_nouns and any(
        a.dep_ == "amod" and a.lower_ in cues.unconfirmed_sources for a in s.children) for s in sources)


#: Words that weigh an act's chances ('likely to resume'); with a perfect infinitive they judge a past act.
_CHANCES = frozenset({"likely", "unlikely"})


def _perfect_infinitive(verb: Token) -> bool:
    """'to have shelled', 'to have been started': an infinitive of the perfect."""
    return (is_to_infinitive(verb)
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children))


def _negated_or_by_no_one(verb: Token) -> bool:
    """The verb is negated or its subject is no one: "does not want Israel to attack", "nobody wants
    the army to attack" ask for the opposite of the act; "nobody knows whether" leaves it open."""
    return is_negated(verb) or any(c.dep_ == "nsubj" and is_negative_argument(c) for c in verb.children)


def _wants_of_others(governor: Governor) -> bool:
    """The wanted act is someone else's: an infinitive with a subject of its own ("wants NATO to
    withdraw", parsed as a clause) or after an object ("would like Israel to scale back")."""
    below = governor.below
    if below is None or below.pos_ != "VERB" or not is_to_infinitive(below):
        return False
    if governor.via == "ccomp":
        return any(c.dep_ == "nsubj" for c in below.children)
    return governor.via == "xcomp" and any(c.dep_ == "dobj" for c in governor.token.children)


def _names_as(verb: Token) -> bool:
    """'called the killing a war crime', 'what it called retaliation': a verb of naming with a
    predicate of its own names what it is said about; it demands nothing."""
    return any(c.dep_ == "oprd" for c in verb.children)


def advances(verb: Token, cues: StatusCues | None = None) -> bool:
    """'Pressed ahead with its offensive', 'pushed deeper into Donetsk': a verb of demanding told with
    a word of moving on is an advance (``advancing`` in the cues)."""
    cues = cues or load_status_cues()
    if verb.lemma_.lower() not in cues.advancing or any(c.dep_ == "dobj" for c in verb.children):
        return False  # "pressed him on his record", "pushed the bill through": the object is pressed
    return any(c.lower_ in cues.advancing_words and _moves_on(c) for c in verb.children)


def _moves_on(word: Token) -> bool:
    """A particle, an adverb or a preposition of moving on after a verb; "on" moves only as a
    particle ("pressed on with"), not with an object of its own ("when pressed on why the plan ...")."""
    if word.dep_ in {"prt", "advmod"}:
        return True
    return word.dep_ == "prep" and (word.lower_ != "on" or not any(g.dep_ in {"pobj", "pcomp"} for g in word.children))


def orders_an_act_on_others(governor: Governor) -> bool:
    """'ordered the arrest of the minister', 'the release of the journalist', 'the evacuation of the
    town': an act with its patient, commanded as the verb's object, is for others to carry out, so it
    is demanded. An act named bare is set going by the order ("ordered an investigation", "ordered a
    curfew")."""
    act = governor.below
    return (governor.via == "dobj" and governor.across is None and act is not None and act.pos_ == "NOUN"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in act.children))


#: Tags of a finite verb form other than the base form.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_subjunctive(clause: Token, *, present_too: bool = False) -> bool:
    """'asked that the detainees be released', 'ordered that Israel halt its strikes': a that-clause
    whose verb is in the base form, with a subject of its own and no tense, says what is to be done.

    After a plural subject the base form is the present's ("that the troops withdraw"), and the
    tagger says present; ``present_too`` takes it where the governor does not report ("asked
    that", "ordered that"; "told reporters that the troops withdraw every night" reports)."""
    base = clause.tag_ == "VB" or (present_too and clause.tag_ == "VBP")
    if not base and not (clause.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)):
        return False
    children = list(clause.children)
    if any(c.dep_ in {"aux", "auxpass"} and (c.tag_ in _FINITE_TAGS or c.lower_ == "to") for c in children):
        return False  # a tense, a modal, or an infinitive ("that the people to be evacuated might ...")
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children)


def is_attempt(governor: Governor, cues: StatusCues | None = None) -> bool:
    """'Israel sought to free the hostages': the governor's own subject tries the act (xcomp, no object).

    "urged Israel to free" (object control) and "sought the release" (an object) are demands.
    """
    cues = cues or load_status_cues()
    token = governor.token
    if governor.via != "xcomp" or token.lemma_.lower() not in cues.attempts:
        return False
    return not any(c.dep_ in {"dobj", "dative"} for c in token.children)


def negating_governor(trigger: Token, chain: list[Governor] | None = None,
                      cues: StatusCues | None = None) -> Token | None:
    """The word that says the act did not take place: "failed to reach", "was unable to free",
    "stopped protesters from marching", "foiled an attack".

    Only the nearest governor counts, reached through an infinitive complement, a "from" gerund or
    (for foiling) the object; a negated one ("did not fail to", "was unable to stop") cancels out.
    """
    cues = cues or load_status_cues()
    chain = governors(trigger) if chain is None else chain
    if not chain:
        return None
    governor = chain[0].token
    lemma = governor.lemma_.lower()
    if chain[0].via in {"xcomp", "acomp"} and lemma in cues.negating and not is_negated(governor):
        return governor
    fell_short = _fell_short_of(chain[0], cues)
    if fell_short is not None:
        return fell_short  # "stopped short of imposing sanctions", "fell short of capturing the port"
    if _is_yet_to(chain[0]):
        return governor  # "Hamas has yet to release the bodies", "is yet to withdraw": not done
    foiled = _foiled_by(chain, cues)
    if foiled is not None and status_of(foiled, cues=cues) == "happened":
        return foiled  # "foiled an attack", "thwarted an attempt to storm the embassy"
    if _kept_from(chain[0], cues) and status_of(governor, cues=cues) == "happened":
        # "stopped protesters from marching"; not "did not stop", "was unable to stop gangs from seizing",
        # nor "urged it to desist from offering him protection" (the desisting is asked: the offer is a demand's)
        return governor
    return None


def _foiled_by(chain: list[Governor], cues: StatusCues) -> Token | None:
    """The verb that foiled the act, taken as its object or infinitive ("foiled an attack", "foiled
    a plot to attack"), or through the attempt or plot it names ("thwarted an attempt to storm")."""
    first = chain[0]
    if first.token.pos_ == "NOUN" and first.token.lemma_.lower() in cues.foiled_frames and len(chain) > 1:
        first = chain[1]  # "an attempt to storm": the attempt is what was thwarted
    if not _verb_or_phrase_in(first.token, cues.foiling, cues.foiling_phrases) or first.across is not None:
        return None
    if first.via in {"dobj", "xcomp"}:
        return first.token
    framed = first.via == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.foiled_frames
                                          for c in first.token.children)
    return first.token if framed else None  # "foiled a plot to attack", the infinitive hung on the verb


def _kept_from(governor: Governor, cues: StatusCues) -> bool:
    """'prevented the rebels from capturing the town', 'refrained from attacking': a gerund after
    "from" on a verb of prevention names an act that did not take place."""
    below = governor.below
    return (governor.across == "from" and governor.token.lemma_.lower() in cues.preventing
            and governor.token.pos_ == "VERB" and below is not None
            and any(c.tag_ == "VBG" and c.dep_ == "pcomp" for c in below.children))


def is_negated(trigger: Token) -> bool:
    """The trigger carries its own negation: "did not release", or "no" before a noun ("no
    arrests were made", "no ceasefire has been agreed") but not before a comparative, which
    bounds a number ("no fewer than 12 rebels")."""
    return any(c.dep_ == "neg" or _is_negative_determiner(c) for c in trigger.children)


#: Words after "no" that make it part of a bound on a number, not a negation.
_COMPARATIVES = frozenset({"more", "fewer", "less", "longer", "later", "earlier", "sooner"})

#: Pronouns that say no one did or underwent the act ("no one was killed", "nobody fired").
_NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "no-one", "noone"})


def _is_negative_determiner(token: Token) -> bool:
    """'no' or 'neither' as a determiner of a noun: "no arrests", "no plans", "no one", "neither side";
    not the abbreviation of "number" ("No 10 urged Israel", "Hamas's No 2") nor a bound ("no fewer than")."""
    if token.dep_ == "det" and token.lower_ == "neither":
        return True  # "neither side has agreed to meet"
    if token.dep_ != "det" or token.lower_ != "no" or (token.head.pos_ == "NUM" and token.head.lower_ != "one"):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.lower_ == "one" or (after.lower_ not in _COMPARATIVES and not after.like_num)


def is_negative_argument(token: Token) -> bool:
    """A participant that is no one: "no one", "nobody", "no civilians", "none of the hostages"."""
    return token.lower_ in _NEGATIVE_PRONOUNS or any(_is_negative_determiner(c) for c in token.children)


def negated_governor(chain: list[Governor], cues: StatusCues | None = None) -> Token | None:
    """A noun of intent, offer, demand or report above the trigger that "no" negates: "has no plans
    to withdraw", "showed no willingness to release", "made no request to extend", "no reports of
    casualties". What it governs is then neither planned, offered, demanded nor reported.

    The nearest such noun decides. A relative clause on the way up tells a fact of its own ("no
    plans to release the hostages it seized"), an act someone is to answer for is told as done
    ("no claim of responsibility for the bombing"), and an inquiry looks into what happened ("no
    investigation into the killings"): none of these is negated, nor is an adjunct's act ("no reports
    of fighting when troops arrived": the arrival is told as a fact).
    """
    cues = cues or load_status_cues()
    for governor in chain[:MAX_STEPS]:
        token = governor.token
        lemma = token.lemma_.lower()
        if governor.via == "relcl" or lemma in cues.responsibility_nouns or crosses_adjunct(governor, cues):
            return None
        if token.pos_ == "NOUN" and (lemma in cues.governors or lemma in cues.report_nouns):
            if cues.governors.get(lemma) == "under_investigation":
                return None
            return token if any(_is_negative_determiner(c) for c in token.children) else None
    return None


def status_of(trigger: Token, chain: list[Governor] | None = None, cues: StatusCues | None = None) -> Status:
    """The status of the event whose trigger is ``trigger``.

    A rejoinder after the claim the act is told in makes an act told as so a claim: "gunmen opened
    fire, a claim the police disputed" is alleged (:func:`_answered_claim_status`).

    >>> # "Hamas demanded the release of all prisoners" -> release: 'demanded'
    """
    cues = cues or load_status_cues()
    status = _status_in_clause(trigger, governors(trigger) if chain is None else chain, cues)
    if status not in _ANSWERABLE:
        return status
    return _answered_claim_status(trigger, cues) or status


#: Statuses of an act told as so, which a rejoinder that rebuts or doubts the claim makes a claim.
_ANSWERABLE = frozenset({"happened", "ongoing"})


def _status_in_clause(trigger: Token, chain: list[Governor], cues: StatusCues) -> Status:
    """The status the words of the trigger's own sentence give it, a rejoinder aside."""
    if _joined_to_open_question(trigger, cues):  # "unclear whether the militia attacked the convoy or merely fired"
        return "alleged"
    if is_negated(trigger) and _supposed_undone(trigger):
        return "happened"  # "had the army not blown up the bridge, tanks would have crossed": it did blow it up
    if _carries_out_commitment(trigger, chain, cues):
        return "happened"  # "if Washington were to follow through on its threats": the threats were made
    if any(c.lower_ in cues.conditional_marks for c in trigger.children):
        # "whether" as a clause ("investigating whether") or after a preposition ("looking into
        # whether", "an inquiry into whether"): what is asked about is under investigation
        asked = chain and (chain[0].via == "ccomp" or chain[0].across in _INQUIRY_PREPS)
        inquiry = chain[0].token.lemma_.lower() if asked else ""
        if cues.governors.get(inquiry) == "under_investigation" or inquiry in cues.inquiries:
            return "under_investigation"  # "are investigating whether a drone strike killed civilians"
        if _left_open(trigger, chain, cues):
            return "alleged"  # "it is not clear whether the militia attacked the convoy": a report no one has settled
        return "hypothetical"  # a condition, negated or not: "attack if the government did not release him"
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and _conditional_clause(trigger.head, cues):
        return "hypothetical"  # "if attacks from Afghan soil continue", "the delivery would be an escalation"
    if _supposed_act(trigger, cues):
        return "hypothetical"  # "a ceasefire would allow aid to reach Gaza": a ceasefire supposed, not made
    if chain and goes_on_unstopped(trigger, cues):
        # "the strike was not called off": it goes ahead; "talks were not postponed": still to come
        # ("will not be cancelled" is still to come: the modal of the undoing verb is the act's)
        deferred = _put_off(trigger.head, cues) or _planned_by_participle(trigger, cues)
        return _chain_status(chain[1:], cues) or ("planned" if deferred else _own_status(trigger.head, cues)
                                                  or "happened")
    if is_negated(trigger) or negating_governor(trigger, chain, cues) is not None or _undone_by_its_verb(chain, cues):
        return "refused"
    if _raised_by_hearsay(chain, cues):
        return "alleged"  # "troops were said to have executed prisoners"
    if chain and _for_purpose(chain[0], cues):
        return "planned"  # "so that the engineers could demolish the bridge": its modal is the purpose's
    own = _own_status(trigger, cues)
    if own == "planned" and _is_passive_infinitive(trigger):
        framed = _chain_status(chain, cues)  # "called for forces to be deployed": demanded
        own = framed if framed not in {None, "ongoing", "happened"} else own
    if own == "ongoing" and chain and (chain[0].via == "ccomp" or (
            chain[0].via == "acl" and chain[0].token.lemma_.lower() in cues.report_nouns)):
        framed = _chain_status(chain, cues)  # "denied that it is massing troops": what goes on is denied
        own = framed if framed in _CLAIMED else own
    if own is None and _qualifies_any(trigger, cues):
        return "hypothetical"  # "any soldier who has fired on protesters will be prosecuted"
    unshown = bool(chain) and _unsupported_clause_status(chain[0], cues) is not None  # "no evidence the army shot"
    reported = _report_content_read_as_relative(trigger, cues)  # "reports that soldiers burned the village"
    if own is None and _is_past_relative(trigger) and not unshown and not reported:
        return "happened"  # "a helicopter that was captured last week": told as fact whatever frames the noun
    raised = _raised_subject_status(trigger, cues) if own is None else None
    taking_place = _occurrence_status(trigger, cues) if own is None and not chain else None
    # raised: "talks are due to begin"; taking_place: "fighting may resume", "the siege has entered its third month"
    return own or raised or _chain_status(chain, cues) or taking_place or _going_on_status(trigger, cues) or "happened"


#: Statuses an act noun takes from the verb that tells it taking place; "refused" is left out, as
#: "talks did not resume" says no talks were held, not that anyone refused them.
_OCCURRENCE_PASSED = frozenset({"planned", "hypothetical", "demanded", "offered", "alleged", "denied",
                                "under_investigation", "ongoing"})


def _put_off(verb: Token, cues: StatusCues) -> bool:
    """The verb, or a verb joined to it that is not negated, puts the act off: "the rally was
    postponed", "the march was not called off but postponed". What is put off is still to come."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and not is_negated(c))]
    return any(v.lemma_.lower() in cues.deferring for v in verbs)


def _supposed_undone(clause: Token) -> bool:
    """A past condition supposing the act undone, under a main clause of what would have been: "Had
    the army not intervened, the town would have fallen", "if NATO had not bombed the column,
    Benghazi could have fallen". Supposing it undone says it was done. Only with "had" and a
    "would/could/might have" main verb: "if Hamas does not release them" supposes a future."""
    clause = clause.head if clause.dep_ in {"ccomp", "xcomp"} and _is_inverted_condition(clause.head) else clause
    inverted = _inverting_word(clause)
    children = list(clause.children)
    if_had = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in children)
    supposed = if_had or (inverted is not None and inverted.lower_ == "had")
    return supposed and _is_counterfactual_main(clause.head)


def _is_counterfactual_main(verb: Token) -> bool:
    """'would have fallen', 'could have been prevented': a modal before a counterfactual "have"
    (:func:`_is_counterfactual`), which tells what did not happen."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and _is_counterfactual(verb)


def _occurrence_status(trigger: Token, cues: StatusCues) -> Status | None:
    """An act noun that is the subject of a verb telling it taking place ("fighting may resume",
    "talks will begin", "the vote could take place") has that verb's status; the parse makes it a
    plain subject, which no governor reaches. In the present, "the siege has entered its third
    month" and "negotiations are under way" tell it going on (verbs of going on, such as
    "continue": :func:`_going_on_status`)."""
    if trigger.dep_ != "nsubj" or not (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG"):
        return None
    verb = trigger.head
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    present = _in_present(verb)
    if lemma == "be":
        under_way = any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children)
                        for c in children)
        going_on = any(c.dep_ in {"acomp", "advmod"} and c.lower_ in {"ongoing", "underway"} for c in children)
        return "ongoing" if present and (under_way or going_on) else None
    into_force = enters_into_force(verb, cues)
    if lemma not in cues.occurrences and not into_force:
        return None
    if lemma == "take" and not into_force:
        return None  # "the offensive took the town": an act of its own, not the offensive taking place
    if lemma == "enter" and not (into_force or any(c.dep_ == "dobj" and c.lemma_.lower() in _SPANS for c in children)):
        return None  # "the siege has entered its third month"; not "the convoy entered the city"
    status = status_of(verb, cues=cues)
    if status in _OCCURRENCE_PASSED:
        return status
    if status == "happened" and present and lemma == "enter":
        return "ongoing"  # "the siege has entered its third month": the span entered is the siege's own
    return None


def occurring_status(noun: Token, cues: StatusCues | None = None) -> Status:
    """The status of an act noun that a verb tells taking place ("talks will take place": the verb's),
    going on ("fighting continues": ongoing) or not stopped ("protests were not called off": the
    status of the clause, as the negated stopping verb's would be refused)."""
    cues = cues or load_status_cues()
    if goes_on_unstopped(noun, cues):
        return status_of(noun, cues=cues)
    told = status_of(noun.head, governors(noun.head), cues)
    return (_going_on_status(noun, cues) or told) if told == "happened" else told


def _in_present(verb: Token) -> bool:
    """The verb tells the present: "continues", "are", "has entered", "have been", "is continuing"."""
    auxiliaries = {c.lemma_ for c in verb.children if c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"}}
    return (verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VBN" and "have" in auxiliaries)
            or (verb.tag_ == "VBG" and "be" in auxiliaries))


def _not_past(verb: Token) -> bool:
    """The verb tells the present or, with a modal, what is still to come ("could continue for weeks"):
    either way what it says goes on is going on now."""
    return _in_present(verb) or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def _going_on_status(trigger: Token, cues: StatusCues) -> Status | None:
    """An act told as going on now: "the siege continues", "the blockade remains in place", "the
    shelling has not stopped", "teachers remain on strike", "dock workers are on strike". It is
    ongoing, or what a claim above the verb makes it ("denied that fighting continues"). Told in
    the past ("fighting continued on Tuesday", "stayed on strike") it is left as done."""
    if not (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG"):
        return None
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.dep_ == "nsubj" and not _goes_on_as_subject(verb, cues):
        return None
    if trigger.dep_ == "pobj" and not _held_in_act(trigger.head, cues):
        return None
    if trigger.dep_ not in {"nsubj", "pobj"}:
        return None
    framed = status_of(verb, cues=cues)
    return framed if framed in _CLAIMED else "ongoing"


def _goes_on_as_subject(verb: Token, cues: StatusCues) -> bool:
    """The verb says its act subject goes on: "continues", "could rage for weeks", "remains in force",
    "has not stopped". A negated verb of going on ("talks will not continue") says it stops."""
    lemma = verb.lemma_.lower()
    if lemma in cues.cessations:
        return is_negated(verb) and _in_present(verb)
    if is_negated(verb) or _no_longer(verb) or not _not_past(verb):
        return False
    if lemma in cues.remaining_verbs:
        return _in_force_phrase(verb, "in", cues)
    return lemma in cues.going_on_verbs


def _in_force_phrase(verb: Token, preposition: str, cues: StatusCues) -> bool:
    """The verb has ``preposition`` with a word of force as object ("remains in force", "came into
    effect"): what it says of its act subject is whether the act binds."""
    return any(c.dep_ == "prep" and c.lower_ == preposition and any(
        g.dep_ == "pobj" and g.lemma_.lower() in cues.in_force_words for g in c.children) for c in verb.children)


def enters_into_force(verb: Token, cues: StatusCues | None = None) -> bool:
    """'took effect', 'came into force', 'went into effect', 'entered into force' (and "took place"):
    the verb tells its act subject starting to bind or taking place, so that subject is the act's
    mention and the verb's tense and modals its status ("the truce will take effect at dawn": planned)."""
    cues = cues or load_status_cues()
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.in_force_words for c in verb.children)
    return lemma in cues.into_force_verbs and _in_force_phrase(verb, "into", cues)


def _held_in_act(prep: Token, cues: StatusCues) -> bool:
    """The preposition puts the subject of a present "be", "remain" or "stay" in an act: "are on
    strike", "remain under siege", "remains in detention"; not "went on strike", "were on strike",
    "are no longer on strike", nor an abstract subject that only points at the act ("the focus is on
    the withdrawal")."""
    verb = prep.head
    if not (prep.dep_ == "prep" and prep.lower_ in cues.state_prepositions and verb.lemma_.lower() in cues.state_verbs
            and not is_negated(verb) and not _no_longer(verb) and _in_present(verb)):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (_is_party(subject) or subject.lemma_.lower() in cues.state_holders)


def _no_longer(verb: Token) -> bool:
    """'are no longer on strike', 'fighting no longer continues': the act has stopped."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
               for c in verb.children)


#: Prepositions that take a "whether" clause as what an inquiry looks into.
_INQUIRY_PREPS = frozenset({"into", "at", "on", "about"})


def _conditional_clause(verb: Token, cues: StatusCues) -> bool:
    """The clause an act noun is the subject of is a condition ("if attacks continue") or a
    copula of what would be ("the delivery would be an escalation")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} - {"whether"}
    if verb.dep_ == "advcl" and marks & cues.conditional_marks:
        return True
    guessed = any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in verb.children)
    if verb.lemma_ != "be" or not guessed:
        return False
    # not "Monday's bombing would be the deadliest attack since 2021 if the toll is confirmed": a ranking
    # of what happened, which only the count is uncertain about
    ranked = any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"first", "last", "worst", "biggest"}
                 for c in verb.children if c.dep_ == "attr" for t in c.subtree)
    return not ranked


#: Modals by which a clause weighs what an act would bring about ("a truce could save lives").
_SUPPOSING_MODALS = frozenset({"would", "could", "might", "may"})

#: Adverbs of a narrative "would" that tells what came next ("the attack would later be blamed on Kyiv").
_NARRATIVE_ADVERBS = frozenset({"later", "eventually", "subsequently", "soon"})


def _supposed_act(trigger: Token, cues: StatusCues) -> bool:
    """An act noun with "a" or "an" as the subject of a verb under "would", "could", "might" or "may"
    telling what it would bring about: "a ceasefire would allow aid to reach Gaza", "an invasion of
    Taiwan would devastate the economy", "a truce might give negotiators time". The act is supposed,
    not told: hypothetical. A verb that tells the act itself taking place or lasting ("a truce would
    begin at dawn", "would last 60 days") gives the terms of a plan and is left to the other rules,
    as is a narrative "would later", and "the ceasefire could collapse" (a definite act already made)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.children):
        return False
    verb = trigger.head
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _NARRATIVE_ADVERBS for c in children):
        return False
    if any(c.dep_ in {"relcl", "acl"} and (_is_past(c) or c.tag_ == "VBN") for c in trigger.children):
        return False  # "a ceasefire that took effect on Sunday would hold": the act is told as made
    lemma = verb.lemma_.lower()
    return not (lemma in cues.occurrences or lemma in cues.going_on_verbs or lemma in cues.taking_place
                or lemma in _LASTING or _tells_taking_place(verb, cues))


#: Verbs that give how long, how far or when an act would run ("would last 60 days", "would come into
#: force on Monday"), or whether one already made lasts ("could not hold", "could collapse"): terms of
#: a plan or the fate of an act made, not what a supposed act would bring about.
_LASTING = frozenset({"last", "run", "cover", "include", "apply", "come", "hold", "collapse", "survive", "end",
                      "fail"})


def _raised_subject_status(trigger: Token, cues: StatusCues) -> Status | None:
    """'Talks are due to begin in Doha', 'the vote is likely to take place': an event noun that is the
    subject of "be" with an adjective of time or likelihood and an infinitive is that adjective's
    (planned, hypothetical); the parse makes it the copula's plain subject, which governs nothing."""
    if trigger.dep_ != "nsubj" or trigger.pos_ != "NOUN" or trigger.head.lemma_ != "be":
        return None
    for adjective in trigger.head.children:
        lemma = adjective.lemma_.lower()
        if adjective.dep_ == "acomp" and lemma in cues.governors and any(c.dep_ == "xcomp" for c in adjective.children):
            return cues.governors[lemma]
    return None


def _raised_by_hearsay(chain: list[Governor], cues: StatusCues) -> bool:
    """The act is the infinitive of a passive verb of saying or believing ("were said to have
    executed", "is believed to have carried out"), reached directly or through a light verb's object;
    or the clause of one whose subject is an empty "it" ("it was rumoured that the general had been
    arrested", "it is believed that Iran supplied the drones"): in both no one named vouches for it."""
    if not chain:
        return False
    light = chain[0].via == "dobj" and chain[0].token.lemma_.lower() in cues.light_verbs
    raising = chain[1] if light and len(chain) > 1 else chain[0]
    verb = raising.token
    if verb.lemma_.lower() not in cues.hearsay or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    said_of_it = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
    reported = verb.lemma_.lower() in cues.impersonal_reports  # "it was reported that": the wire's own report
    return raising.via == "xcomp" or (raising.via == "ccomp" and said_of_it and not reported)


def _undone_by_its_verb(chain: list[Governor], cues: StatusCues) -> bool:
    """A noun act whose light verb did not happen: "Israel did not carry out the strike", "failed to
    reach an agreement on a ceasefire" (the agreement and the ceasefire under it). Reached through
    the verb's object, and through "of"/"on" phrases of nouns on the way, as a negated verb is."""
    for i, governor in enumerate(chain[:MAX_STEPS]):
        token = governor.token
        if token.pos_ in {"VERB", "AUX"}:
            reached = chain[i - 1].token if i else None
            conditional = any(c.lower_ in cues.conditional_marks for c in token.children)  # "if Israel did not resume"
            return (governor.via == "dobj" and token.lemma_.lower() in cues.light_verbs and not conditional
                    and (reached is None or reached.pos_ == "NOUN")
                    and (is_negated(token) or negating_governor(token, cues=cues) is not None))
        if governor.via not in {"pobj", "prep"} or governor.across not in {None, "of", "on"}:
            return False
    return False


#: Determiners of a noun that stands for whoever may fit it, not for someone who does.
_FREE_CHOICE = frozenset({"any", "whichever"})


#: Nouns of an answer to an act, which "any" act only conditions: "a response to any attack".
_ANSWERS = frozenset({"response", "retaliation", "reaction", "reprisal", "answer"})


def _qualifies_any(trigger: Token, cues: StatusCues) -> bool:
    """A relative clause on "any ..." in a clause about what will, would, should or is meant to
    happen says what would make one fit, not what anyone did: "any soldier who has fired on protesters will be
    prosecuted". In a clause of fact it tells what some did ("an inquiry into any officers who
    shot at protesters"). So does an act noun itself: "any attack on its territory would draw a
    response"."""
    if trigger.pos_ == "NOUN":
        noun = trigger
    elif trigger.dep_ == "relcl":
        noun = trigger.head
    else:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _FREE_CHOICE for c in noun.children):
        return False
    answer = noun.head.head if noun.head.dep_ == "prep" else None
    if answer is not None and answer.lemma_.lower() in _ANSWERS and answer.dep_ not in {"attr", "acomp"}:
        return True  # "warned of a crushing response to any attack"; not "its strikes were a response to any attack"
    clause = clause_verb(noun.head)
    return clause is not None and status_of(clause, cues=cues) not in {"happened", "ongoing"}


def _report_content_read_as_relative(clause: Token, cues: StatusCues) -> bool:
    """A report noun's content clause the parser hung on it as a relative one: "reports that soldiers
    burned the village were untrue" with "that" as a mark, not as a relative pronoun filling a gap.
    What it tells is the report's, not a fact of its own (:func:`_is_past_relative`)."""
    return (clause.dep_ == "relcl" and clause.head.lemma_.lower() in cues.report_nouns
            and clause.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _is_past_relative(trigger: Token) -> bool:
    """A relative clause in the past or perfect ("that was captured", "who had been seized", "a group
    that has pledged loyalty") reports a fact of its own.

    So does a reduced passive relative with its agent ("property seized by government forces"):
    naming who did it tells the act as done, whatever frames the noun it qualifies.
    """
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        children = list(trigger.children)
        return any(c.dep_ == "agent" for c in children) and not any(c.dep_ in {"aux", "auxpass"} for c in children)
    if trigger.dep_ != "relcl":
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    perfect = trigger.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)  # "that has pledged"
    past = trigger.tag_ == "VBD" or perfect or any(c.tag_ in {"VBD", "VBN"} for c in auxiliaries)
    return past and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in auxiliaries)


def _fell_short_of(governor: Governor, cues: StatusCues) -> Token | None:
    """The verb of "stopped short of imposing sanctions", "fell short of capturing the port": the act
    after "short of" was not done. The parser hangs "short" on the verb as an adverb, and "of" on
    "short" or on the verb, so the walk up from the act reaches one of them across "of"; a negated
    verb ("did not stop short of") cancels out."""
    word = governor.token
    if governor.across != "of":
        return None
    if word.lower_ == "short":
        verb = word.head
    elif any(c.lower_ == "short" for c in word.children):
        verb = word
    else:
        return None
    return verb if verb.lemma_.lower() in cues.short_of and not is_negated(verb) else None


def _left_open(trigger: Token, chain: list[Governor], cues: StatusCues) -> bool:
    """A past act asked about in a "whether" clause of a word that leaves the question open: "it is
    not clear whether the militia attacked the convoy", "it remains unclear whether the commander was
    killed", "it is not known whether", "officials could not confirm whether the army had shot".
    No one has settled what is reported, so it is alleged, as under a negated "confirm"; a future or
    modal act ("unclear whether Hamas will release them") stays a hypothesis."""
    # "it is not clear if ...": the parser hangs an "if" question on the copula as a clause of condition
    if not chain or chain[0].via not in {"ccomp", "advcl"} or not _told_as_past(trigger):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in trigger.children):
        return False
    if _left_unconfirmed(chain[0], chain[1:], cues):
        return True
    head = chain[0].token
    if _hard_to_tell(head, cues):
        return True  # "it is too early to say whether the militia attacked the convoy"
    negated = _negated_or_by_no_one(head)  # "not known whether", "nobody knows whether"
    return any(word.lemma_.lower() in cues.doubting or (word.lemma_.lower() in cues.knowing and (
        negated or is_negated(word))) for word in (head, *(c for c in head.children if c.dep_ == "acomp")))


def _hard_to_tell(verb: Token, cues: StatusCues) -> bool:
    """'it is too early to say', 'it is hard to tell', 'it remains too soon to know': an infinitive of
    telling that an "it" linking verb judges too early or too hard, so the question it asks is left
    open (:func:`_left_open`). Not when the judge is negated ("it is not hard to say")."""
    if verb.lemma_.lower() not in cues.telling_verbs:
        return False
    judge = _extraposed_judge(verb, _JUDGING_PARTS, _JUDGING_DEPS)
    return (judge is not None and judge.lemma_.lower() in cues.hard_judges
            and not (is_negated(judge) or is_negated(judge.head)))


#: How a judge of telling is tagged and hung on its "it" linking verb: "is hard", "was too soon".
_JUDGING_PARTS = frozenset({"ADJ", "ADV"})
_JUDGING_DEPS = frozenset({"acomp", "advmod"})


def _joined_to_open_question(trigger: Token, cues: StatusCues) -> bool:
    """A past act joined by "or"/"and" to the first act of an open "whether" question: in "it is
    unclear whether the militia attacked the convoy or merely fired warning shots" the second act is
    asked about as much as the first, though the "whether" hangs on the first alone, so it is alleged
    as the first is (:func:`_left_open`)."""
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    own_tense = any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)  # else it shares the first's
    if first is trigger or not _told_as_past(trigger if own_tense else first):
        return False
    return _left_open(first, governors(first), cues)


def _told_as_past(verb: Token) -> bool:
    """A verb in the past or the perfect, with no modal: "attacked", "was killed", "had used", "has
    been killed"; not "will release", "would attack", "could have hit"."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    return _is_past(verb) or perfect


def _answered_claim_status(trigger: Token, cues: StatusCues) -> Status | None:
    """The status a rejoinder after the claim gives an act told in it: "gunmen opened fire on
    worshippers, a claim the police disputed", "Armenia said Azerbaijani troops had shelled
    villages, which Baku denied" and "Russian forces took the village, a claim Ukraine has not
    confirmed" tell a claim one side makes and the other contests, alleged (as "accused Moscow of
    targeting civilians, a charge Russia denies" is). A disputed figure or toll ("a figure Hamas
    disputed") and a move turned down ("a decision Egypt rejected") say nothing of whether the act
    took place, and a confirmation or a rebuttal not made ("a claim the army confirmed", "a claim the
    Taliban did not dispute") leaves it as told. Names of data:
    ``rejoinders`` (claims, rebutting, rebutting_which)."""
    sentence = sentence_of(trigger)
    answer = next((r for r in rejoinders(trigger.doc, cues) if trigger.i < r.start < sentence.end), None)
    if answer is None or (answer.noun is not None and answer.noun.lemma_.lower() not in cues.answered_claims):
        return None
    if not _within_the_claim(trigger, answer, cues):
        return None
    lemma = answer.verb.lemma_.lower()
    negated = is_negated(answer.verb) or any(t.dep_ == "neg" for t in trigger.doc[answer.subject[1] : answer.verb.i])
    if lemma in (cues.rebutting_which if answer.noun is None else cues.rebutting):
        return None if negated else "alleged"  # "a claim the police disputed"; not "the Taliban did not dispute"
    return "alleged" if lemma in cues.unconfirmed and negated else None


def _within_the_claim(trigger: Token, answer: Rejoinder, cues: StatusCues) -> bool:
    """The act is part of the claim a rejoinder answers: the main clause of its sentence, or what a
    verb of saying or claiming in it reports ("the army said its troops had killed 30 militants").

    A speech act is no part of it ("said", "accused", "blamed"): the charge answered is what it
    says, not whether it was said. Nor is what another speech act is about ("blamed Hamas for the
    blast", "condemned the attack": who did it is contested, not the blast), nor an act in an
    adjunct of time or cause ("after a coup toppled the government"), told as a fact of its own.
    The walk up ends at the rejoinder, on which the parser may hang the claim ("shelled a school, a
    charge Kyiv rejected": "shelled" as the complement of "rejected")."""
    if _is_speech_act(trigger, cues):
        return False
    token = trigger
    while token.head.i != token.i and not answer.holds(token.head):
        if _joins_as_adjunct(token, cues):
            return False
        token = token.head
        if _frames_a_claim(token, cues):
            return True
        if _is_speech_act(token, cues):
            return False
    return True


def _frames_a_claim(token: Token, cues: StatusCues) -> bool:
    """A verb or noun that reports what is claimed: "said", "accused ... of", "claimed", "reports"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in cues.report_nouns
    return token.pos_ in {"VERB", "AUX"} and (lemma in cues.report_verbs or lemma in cues.hearsay
                                              or cues.governors.get(lemma) in {"alleged", "denied"})


def _is_speech_act(token: Token, cues: StatusCues) -> bool:
    """A word of saying, judging, asking or intending ("said", "blamed", "condemned", "demanded",
    "threatened", "planned"): its event is the saying, which a rejoinder does not deny."""
    lemma = token.lemma_.lower()
    return _frames_a_claim(token, cues) or lemma in cues.closing_speech or lemma in cues.rejoinder_verbs \
        or lemma in cues.governors


def _joins_as_adjunct(token: Token, cues: StatusCues) -> bool:
    """``token`` hangs on its head by a preposition or clause of time, cause or circumstance
    ("after", "despite", "when"): ``adjuncts`` in the cues."""
    head = token.head
    if head.pos_ in {"ADP", "SCONJ"} and head.lower_ in cues.adjuncts:
        return True
    return token.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in cues.adjuncts for c in token.children)
