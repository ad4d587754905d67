"""Announcements, threats and commitments, purposes and answered requests: acts told as said, promised
or threatened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.actors import ActorLexicon, load_actor_lexicon, normalise_tokens
from parley.extract.events._arguments import _inherited_subject
from parley.extract.events._circumstances import _mode
from parley.extract.events._lexicons import Trigger, TriggerLexicon, load_trigger_lexicon
from parley.extract.events._parse import _actor, _is_passive, _subject
from parley.extract.events._places import _child, _prep_object
from parley.extract.events._trigger_senses import _is_party
from parley.extract.events._trigger_words import _is_light
from parley.extract.nlp import is_to_infinitive
from parley.extract.status import Governor, StatusCues, governors, is_negated, load_status_cues
from parley.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Token


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


def _plan_told_by_others(intent: Token, planner: Token, cues: StatusCues, actors: ActorLexicon) -> bool:
    """A plan that is no threat (PLOVER THREATEN is a party's own words of menace): one told in the
    past ("Al-Shabaab planned to bomb the hotel": a plot, carried out or not), or one a speaker of
    another land discloses ("Russia is planning to attack Kharkiv, Zelensky said"). A speaker of no
    known land ("the foreign ministry said") may speak for the planner, and leaves the threat. The
    planned act stays an event of its own, planned."""
    if intent.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in intent.children):
        return True
    speaker_verb = _announcing_verb(intent, cues)
    speaker = _subject(speaker_verb) if speaker_verb is not None else None
    if speaker is None or planner.pos_ == "PRON":
        return False
    own, theirs = _side(speaker, actors)[0], _side(planner, actors)[0]
    return own is not None and theirs is not None and own != theirs  # "the foreign ministry said": its own side


def _is_conditional_threat(token: Token, cues: StatusCues, lexicon: TriggerLexicon) -> bool:
    """'will boycott the elections unless the president steps down': an act held over another's head."""
    modal = _has_future(token, lexicon) or any(
        c.dep_ == "aux" and c.lower_ in cues.hypothetical_modals for c in token.children)
    conditions = [c for c in token.children if c.dep_ == "advcl"]
    return modal and any(m.lower_ in cues.conditional_marks for c in conditions for m in c.children)


def _threat_mode(event_type: str, mode: str | None, lexicon: TriggerLexicon) -> str | None:
    """The THREATEN mode of a threatened act: violence for an attack, restrict for a curfew ..."""
    return lexicon.threat_modes.get(f"{event_type}:{mode}") or lexicon.threat_modes.get(event_type)


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
    planner = _intent_subject(governors(token), lexicon)
    if planner is not None and _plan_told_by_others(governors(token)[0].token, planner, cues, actors):
        planner = None  # "Al-Shabaab planned to bomb the hotel, police said": a plan, no threat
    if announced or (aimed and (planner is not None or conditional)):
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
    if token.dep_ in {"advcl", "xcomp"} and is_to_infinitive(token):
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
