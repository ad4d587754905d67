"""Assembling events: framing governors, restated and merged events, parties completed, and
find_events, the entry point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    as_of,
    load_actor_lexicon,
    normalise_tokens,
    owner_of,
    phrase_tokens,
)
from parley.extract.event_context import complete_parties
from parley.extract.events._announcements import (
    _announcements,
    _answered_requests,
    _consequences,
    _is_tally,
    _joint_verbs,
    _protest_purposes,
    _restating_purposes,
    _tells_more,
    _threat_mode,
)
from parley.extract.events._arguments import (
    _aimed_toward,
    _escaped,
    _ground_holder,
    _noun_arguments,
    _to_blame,
    _verb_arguments,
    _with_place_country,
)
from parley.extract.events._circumstances import _dateline_text, _event_date, _figures_for, _mode, _place
from parley.extract.events._lexicons import _PLACE_LABELS, _TARGET_PREPS, Trigger, TriggerLexicon, load_trigger_lexicon
from parley.extract.events._parse import _VERBAL_TYPES, _actor, _is_passive, _subject, verb_lemmas
from parley.extract.events._parties import (
    _PLACE_TARGETED_TYPES,
    _TAKING,
    _aid_recipient,
    _charged_party,
    _compatriot_fighters,
    _domestic_authority,
    _domestic_people,
    _ethnic_by_place,
    _felt_towards,
    _foreign_ground,
    _fought_out,
    _holder_of_thing,
    _home_forces,
    _is_joint_or_posted,
    _local_police,
    _local_protesters,
    _maker_of_proposal,
    _nation_as_people,
    _own_ground,
    _owner_of_act,
    _place_as_target,
    _protest_target,
    _reported_own_forces,
    _reported_own_losses,
    _split_targets,
    _state_forces,
    _state_subject,
    _target_as_place,
    _town_set_in_its_region,
    _where_forces_move,
    _where_the_doers_are,
    _with_closing_country,
)
from parley.extract.events._places import _child, _prep_object
from parley.extract.events._trigger_senses import _are_police, _verb_event
from parley.extract.events._trigger_words import (
    _DISCONTINUING,
    _hyphen_start,
    _is_ordered,
    _noun_trigger,
    _striking_party,
    _undoes_with_particle,
    _verb_trigger,
)
from parley.extract.events._triggers import _demanded_clause, find_triggers, is_sport_copy, plays_in_sport_copy
from parley.extract.nlp import AIMED_PREPOSITIONS, doc_text, is_bare_captive_complement, sentence_of
from parley.extract.status import (
    Governor,
    StatusCues,
    advances,
    crosses_adjunct,
    goes_on_unstopped,
    governor_status,
    governors,
    is_attempt,
    is_negated,
    is_negated_purpose,
    is_negative_argument,
    load_status_cues,
    negated_governor,
    negating_governor,
    rejoinder_of,
    status_of,
    told_not_taking_place,
)
from parley.records import Actor, Document, Event, Figure
from parley.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from parley.extract.attributions import ClaimantResolver


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
        ) and not goes_on_unstopped(token, cues):  # "did not call off the strike": the strike goes ahead
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
    cross": a negated act a deed was done for. "Did not call off the strike" negates the undoing, not the act.
    "The talks were not held", "the vote did not take place": a negated verb of taking place.
    """
    if goes_on_unstopped(token, cues):
        return False  # "the union did not call off the strike": the strike goes ahead
    if told_not_taking_place(token, cues):
        return True
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
        "doc_id": document.doc_id, "start": start, "end": end, "text": doc_text(token.doc)[start:end],
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
        town = _target_as_place(target, event_type, actors)
        place = _place(act, [target], owned=owned)
        place = town if _town_set_in_its_region(place, town) else place  # "attacked Marawi in Mindanao"
        place = place or town or _target_as_place(ground, event_type, actors) \
            or _where_the_doers_are(source_tok, event_type) or _where_forces_move(act, event_type, mode)
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
    """'Israel and Hamas agreed to extend their truce', 'parliament voted to extend the truce': the
    agreement or the vote is the extension, so it happened.

    An agreed release or withdrawal stays planned: the material act is still to come.
    """
    if status != "planned" or not chain or chain[0].token.lemma_.lower() not in cues.enacting:
        return status
    if chain[0].token.lemma_.lower() in cues.ballots and chain[0].via != "xcomp":
        return status  # "a vote to extend the truce", "voted against extending": no extension told as done
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


def _headline_passive(participle: Token) -> bool:
    """'Seven injured in Kabul blast', 'Three soldiers killed in Helmand': a headline drops the "were" of
    the passive, so the participle hangs on the sentence's root noun as if it were a reduced relative.
    A sentence with no finite verb and no closing full stop is such a headline; in prose the participle
    modifies a noun of a clause that has its own verb ("the soldiers killed in Helmand were buried")."""
    head = participle.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN", "NUM"} or participle.i < head.i:
        return False
    if participle.lemma_.lower() in _PLACEMENT_VERBS:
        return False  # "Troops stationed in Poland": where forces are, no move told
    sent = sentence_of(participle)
    if sent[-1].text in {".", "!", "?"} or any(t.tag_ in _FINITE_TAGS for t in sent):
        return False
    return participle.right_edge.i == head.right_edge.i  # the participle's phrase ends the headline


#: Verbs whose participle tells where forces are kept, a state even in a headline ("Troops stationed in Poland").
_PLACEMENT_VERBS = frozenset({"station", "base", "garrison", "post", "position", "keep", "hold"})
#: Tags of a finite verb (or a modal): a sentence with one is no headline fragment.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


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
    if _headline_passive(token):
        return False  # "Seven injured in Kabul blast": the headline's "were" dropped, the act told
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
    sport_copy = cache(partial(is_sport_copy, doc, lexicon))  # read once, and only if asked
    for sent in doc.sents:
        candidates = _without_sport_play(find_triggers(sent), lexicon, sport_copy)
        triggers, restated = _merge_restated(_promises(candidates, cues))
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
    dateline = _dateline_text(doc)
    return [_parties_as_of(event, document.date, dateline) for event in completed]


def _without_sport_play(
    triggers: list[Trigger], lexicon: TriggerLexicon, sport_copy: Callable[[], bool]
) -> list[Trigger]:
    """The triggers but the war verbs that are play in sport copy ("Liverpool hit Manchester United"
    in a match report). ``sport_copy`` tells whether the article is sport copy; it is asked only when a
    sentence has such a verb, as most articles have none and reading every sentence costs (the caller
    caches its answer for the article)."""
    plays = {t.token.i for t in triggers if plays_in_sport_copy(t, lexicon)}
    if not plays or not sport_copy():
        return triggers
    return [t for t in triggers if t.token.i not in plays]


def _parties_as_of(event: Event, date: dt.date | None, dateline: str) -> Event:
    """The event with its parties' countries read for the article's date ("eastern Congo" since 1997)
    and where it is told from: a "BRAZZAVILLE, Congo" dateline keeps "Congolese police" the Republic's."""
    source = as_of(event.source, date, event.place, dateline)
    target = as_of(event.target, date, event.place, dateline)
    if source is event.source and target is event.target:
        return event
    return event.model_copy(update={"source": source, "target": target})


def _framed_threat_mode(token: Token, lexicon: TriggerLexicon) -> str | None:
    """'threatened to cut off electricity': the mode of the threat from the act it threatens, read in
    its sense by what it acts on ('to close the crossing' restricts, 'to block the internet' censors),
    as the act would be read if done; the bare lexicon entry only when no sense is read."""
    framed = _framed_clause(token) or next(
        (c for c in token.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)), None
    )  # "have sworn to fight", parsed as a purpose
    if framed is None:
        return None
    if framed.pos_ in {"VERB", "AUX"}:
        sensed = _verb_event(framed, lexicon)
        if sensed is not None and _takes_ground(sensed, lexicon):
            return "territory"  # "threatened to seize Taiwan by force", "to take control of the airport"
        confiscation = sensed is not None and sensed.mode == "seize"  # "to seize the tanker": no territory
        hit = (sensed.type, sensed.mode) if sensed is not None and not confiscation else _verb_trigger(framed, lexicon)
    else:
        hit = _noun_trigger(framed, lexicon)
    if hit is None and _uses_weapons(framed, lexicon):
        hit = ("ASSAULT", None)  # "threatened to use nuclear weapons": an attack, though "use" is no event word
    return _threat_mode(hit[0], hit[1], lexicon) if hit is not None else None


def _takes_ground(sensed: Trigger, lexicon: TriggerLexicon) -> bool:
    """A taking verb read as fighting for ground (ASSAULT, no mode: 'seize Taiwan', 'take control of the
    town'): threatened, it is a threat to territory (PLOVER THREATEN territory), not of violence at large.
    Taking people or things keeps its own mode, so it is not ground; nor is seizing power (a coup)."""
    if sensed.type != "ASSAULT" or sensed.mode is not None:
        return False
    lemma = sensed.token.lemma_.lower()
    if lemma in lexicon.control_verbs and sensed.target is not None:
        return True  # the ground "took control of" names, found by the taking stage
    taken = _child(sensed.token, "dobj")
    if taken is not None and taken.lemma_.lower() in lexicon.abstract_ground:
        return False  # "threatened to seize power": a coup, not ground
    return lemma in lexicon.taking_lemmas


def _uses_weapons(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'use force', 'unleash its drones': a verb of using arms with a weapon as its object (``weapon_nouns``
    of an arms kind, or an ASSAULT mode word); 'use its veto' and 'use economic weapons' are no arms."""
    weapon = _child(verb, "dobj")
    if verb.lemma_.lower() not in lexicon.weapon_use_verbs or weapon is None:
        return False
    lemma = weapon.lemma_.lower()
    if lemma in lexicon.weapon_nouns:
        kinds = [c.lemma_.lower() for c in weapon.children if c.dep_ in {"amod", "compound"}]
        return all(kind in lexicon.weapon_kinds for kind in kinds)
    return lemma in lexicon.mode_modifiers.get("ASSAULT", {})
