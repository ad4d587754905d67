"""A trigger's sense from what it acts on: background and setting nouns, what is moved, taken, blocked
or deployed, objects that rule a sense out, and the mode by means, weapon or handover (_verb_event).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    actor_for,
    capitalised_plural,
    load_actor_lexicon,
    names_party,
    names_premises,
    normalise_tokens,
    phrase_tokens,
)
from parley.extract.events._lexicons import (
    _PLACE_LABELS,
    Trigger,
    TriggerLexicon,
    TypeMode,
    load_trigger_lexicon,
)
from parley.extract.events._parse import (
    _CONTROLLED_PREPS,
    _actor,
    _headline_subject,
    _headline_verb_in_noun_chain,
    _subject,
    _takes_over,
    verb_lemmas,
)
from parley.extract.events._places import (
    PlaceLexicon,
    _child,
    _fold,
    _prep_object,
    gazetteer_country,
    load_place_lexicon,
)
from parley.extract.events._trigger_words import (
    _AHEAD,
    _TALK_PARTNER_PREPOSITIONS,
    _agreement_struck,
    _background_preposition,
    _comes_into_force,
    _compound_noun_trigger,
    _counted,
    _done_with_force,
    _goes_ahead,
    _halted_attack,
    _has_act_as_topic,
    _has_labour_modifier,
    _has_noun_argument,
    _in_fixed_preposition,
    _is_armed,
    _is_halted,
    _is_labour_strike,
    _is_light,
    _is_placed_party,
    _is_reduced_passive,
    _is_stopped,
    _names_a_liberty,
    _names_something_else,
    _noun_forms,
    _noun_of_parties,
    _noun_of_wrong_object,
    _noun_trigger,
    _of_names_party,
    _particle_of,
    _purpose_of_rebuke,
    _state_released_from,
    _takes_place,
    _tests_a_weapon,
    _unqualified,
    _verb_trigger,
    let_go_ahead,
    private_talk,
)
from parley.extract.nlp import (
    AIMED_PREPOSITIONS,
    DEFINITE_DETERMINERS,
    agent_of,
    entity_of,
    preposition_objects,
    resolve_relative,
    sentence_of,
)
from parley.extract.status import (
    denied_gerund_read_as_modifier,
    directive_speaker,
    goes_on_unstopped,
    is_subjunctive,
    load_status_cues,
)
from parley.types import EventType, Status

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_background(token: Token, lexicon: TriggerLexicon) -> bool:
    """'rebels surrendered after a government offensive', 'since the invasion': an undated event
    noun that sets another event's news in time refers to other news, and has no date of its own
    to record. Where the clause it qualifies reports no event ("five people died after a suicide
    bombing"), the noun is the news and stays."""
    if token.dep_ == "nsubj":
        return _subject_of_background_clause(token, lexicon)
    if token.dep_ != "pobj":
        return False
    background = _background_preposition(token.head, lexicon)
    if background is None or any(c.ent_type_ == "DATE" for c in token.subtree):
        return False
    clause = background.head
    return clause.pos_ not in {"VERB", "AUX"} or _verb_event(clause, lexicon) is not None


def _subject_of_background_clause(token: Token, lexicon: TriggerLexicon) -> bool:
    """'Gunmen attacked the town after talks with local leaders collapsed', 'shelled the city hours
    after negotiations with the rebels ended': an undated meeting (``setting_types``) whose course a clause of time
    tells ("after", "since", "before") sets the main clause's news in time, as "after talks" does; the
    talks are other news. The main clause must report an event ("residents fled after talks
    collapsed" keeps them), and the noun's own clause must tell no act of a party ("after troops
    attacked" has no event noun as subject anyway)."""
    clause = token.head
    if clause.dep_ != "advcl" or any(c.ent_type_ in {"DATE", "TIME"} for c in token.subtree):
        return False
    hit = _noun_trigger(token, lexicon)
    if hit is None or hit[0] not in lexicon.setting_types:
        return False  # only meetings: "released hostages after the truce took effect" tells the truce starting
    if clause.lemma_.lower() not in lexicon.meeting_endings:
        return False  # "after talks between Russia and Ukraine began in Istanbul": talks opening are news
    if not any(c.dep_ == "mark" and c.lower_ in lexicon.background_prepositions for c in clause.children):
        return False
    main = clause.head
    return main.pos_ in {"VERB", "AUX"} and _verb_event(main, lexicon) is not None \
        and _verb_event(clause, lexicon) is None


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


def _is_judged_topic(token: Token, lexicon: TriggerLexicon) -> bool:
    """'The withdrawal of troops was a mistake', 'the meeting was constructive', 'cooperation between
    them has deepened': an event noun of a ``judged_nouns`` type whose clause judges it (a copula with
    an adjective or noun complement) or tells its relation changing or lapsing is the topic of a comment,
    not news of the act taking place (see ``judged_nouns`` in the lexicon)."""
    if token.dep_ != "nsubj":
        return False  # tested before the trigger lookup: _keep_noun asks this of every event noun
    hit = _noun_trigger(token, lexicon)
    if hit is None or hit[0] not in lexicon.judged_types:
        return False
    if any(c.dep_ in {"acl", "relcl"} for c in token.children):
        return False  # "an agreement reached in Luanda on Tuesday includes ...": told done in passing
    clause = token.head
    if clause.lemma_.lower() == "be":
        complement = _child(clause, "acomp", "attr")
        return complement is not None and not (_places_in_series(complement, lexicon)
                                               or _tells_status(clause, complement, lexicon))
    return (hit[0] in lexicon.relation_types and clause.pos_ == "VERB"
            and clause.lemma_.lower() in lexicon.standing_verbs)


def _tells_status(copula: Token, complement: Token, lexicon: TriggerLexicon) -> bool:
    """'Talks are due to begin in Doha', 'the meeting is ongoing': a complement that tells whether or
    when the act takes place (``status_complements``, or one taking a clause) reports it, judging nothing."""
    return complement.lemma_.lower() in lexicon.status_complements or any(
        c.dep_ in {"xcomp", "ccomp"} for c in (*complement.children, *copula.children))


def _places_in_series(complement: Token, lexicon: TriggerLexicon) -> bool:
    """'The visit was the first by a Chinese leader since 2015', 'the aid is part of a package': a
    complement that ranks the act or sets it in a whole reports it (``placing_complements``)."""
    words = [complement, *(c for c in complement.children if c.dep_ == "amod")]  # "the last direct contact"
    return any(w.ent_type_ == "ORDINAL" or w.tag_ in {"JJS", "RBS"} or w.lemma_.lower() in lexicon.placing_complements
               for w in words)


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


def _keep_noun(token: Token, lexicon: TriggerLexicon, actors: ActorLexicon) -> bool:
    """Whether an event noun is a new event mention (not a modifier, anaphor, fixed phrase or background)."""
    if token.dep_ == "compound" or _in_fixed_preposition(token, lexicon) or _is_background(token, lexicon):
        return False
    if _is_judged_topic(token, lexicon):
        return False  # "the withdrawal was a mistake", "cooperation has deepened"
    if _noun_of_wrong_object(token, lexicon):
        return False  # "the video's release", "the release of the transcripts"
    if (_unqualified(token, lexicon) or _is_stopped(token, lexicon) or _is_halted(token, lexicon)
            or _names_a_liberty(token, lexicon, actors)):
        return False
    if _state_released_from(token, lexicon) or not _noun_of_parties(token, lexicon, actors):
        return False
    if _meeting_of_private_people(token, lexicon):
        return False  # "called a meeting of shareholders"
    if token.dep_ == "dobj" and _private_dealing(token.head, lexicon):
        return False  # "Puma signed a sponsorship deal with ...": the deal is the firm's business too
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
        or _agreement_struck(token, lexicon) or let_go_ahead(token, lexicon) or goes_on_unstopped(token)
    ):
        return False  # "workers went on strike" has no argument, but the labour sense is clear;
        # "allowed the rally to go ahead", "did not call off the strike": what goes ahead is an act, not a
        # market rally
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    told_anew = _goes_ahead(token, lexicon) or _comes_into_force(token, lexicon)
    return not (determiners & DEFINITE_DETERMINERS and not has_argument) or told_anew


def _is_mistagged_verb(token: Token) -> bool:
    """'a figure Israel disputes', 'Tens of thousands protest in Belgrade': a clause head (the sentence's
    root included) with its own subject is a verb whatever its tag; so is
    a noun with both a subject and a direct object, which only a verb takes ('Al-Shabaab fighters storm
    hotel in Mogadishu', a headline the tagger reads as a run of nouns). Not a noun that is itself
    an argument: in upper-case wire copy "THE PANAMANIAN CHARGE D'AFFAIRS ... DID NOT MAKE" parses
    "CHARGE" with a subject and an object, yet it is the subject of "MAKE". A headline verb the tagger
    read as an adjective ("Rebels free 20 hostages") is one by the same reading of the run of nouns."""
    if token.pos_ == "ADJ":  # "Taliban free two American prisoners": parsed with its own subject and object
        return _headline_subject(token) is not None or _heads_subject_and_object(token)
    if token.pos_ != "NOUN":
        return False
    if _child(token, "nsubj") is None:
        return _headline_subject(token) is not None
    return token.dep_ in {"relcl", "ccomp", "advcl", "ROOT"} or _heads_subject_and_object(token)


def _heads_subject_and_object(token: Token) -> bool:
    """A word with both a subject and a direct object of its own, which only a verb takes, heading a
    clause rather than filling another's argument."""
    return (_child(token, "nsubj") is not None and _child(token, "dobj") is not None
            and token.dep_ not in _ARGUMENT_DEPS)


#: Dependency labels of a word that fills another's argument: no clause head of its own.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "oprd"})


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
    adjectival participle names a state. Not a headline verb read as an adjective ("Rebels free 20
    hostages")."""
    if token.tag_ == "JJ" and token.pos_ == "ADJ" and _is_mistagged_verb(token):
        return False
    before_noun = token.head.pos_ in {"NOUN", "PROPN"} and token.i < token.head.i
    return (token.dep_ in {"amod", "compound"} and token.tag_ in {"VBN", "VBD", "JJ"}) or (
        token.dep_ == "amod" and token.tag_ == "VBG" and before_noun
        and denied_gerund_read_as_modifier(token) is None)  # "denied supplying drones": an act


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


def _nominal_theme(token: Token) -> Token | None:
    """What a noun act is done to: its "of" phrase ("the seizure of 500 kg of cocaine"), else a noun
    compounded with it ("a record cocaine seizure")."""
    return _prep_object(token, frozenset({"of"})) or next(
        (c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD"})


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


def _cuts_supplies(token: Token, lexicon: TriggerLexicon) -> bool:
    """'Russia cut off gas supplies', 'Israel cut electricity to Gaza': a state body or an armed group
    cutting a supply of power, water, fuel or food withholds it (COERCE withhold), as blocking goods
    does; cut prices, subsidies or aid, or a storm cutting power, are not this (``blocking`` in the
    lexicon)."""
    if token.lemma_.lower() not in lexicon.cutting_verbs:
        return False
    cut = _moved_thing(token)
    if cut is None or _doer_sector(token, lexicon) not in _STATE_SECTORS | {"REB"}:
        return False
    head = _noun_forms(_counted(cut))
    if head & lexicon.cut_supplies:
        return _prep_object(cut, frozenset({"of"})) is None  # not "cut the power of the courts"
    kinds = {w for c in cut.children if c.dep_ in {"compound", "amod", "nmod"} for w in _noun_forms(c)}
    return bool(head & lexicon.supply_heads and kinds & lexicon.cut_supplies)


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
    if _names_institution(taken, lexicon):
        return None  # "the central bank": an office and its money, no ground
    if (taken.ent_type_ in {"GPE", "LOC", "FAC"} or words & lexicon.territory_nouns or words & places.heads
            or _is_town_name(taken, places)):
        return "ground"
    if taken.pos_ == "NOUN" and lemma in lexicon.taken_things:
        return "thing"
    if taken.pos_ == "NOUN" and words & lexicon.conveyances:
        return "conveyance"
    return None  # people, or unknown: the abduction stays


def _names_institution(taken: Token, lexicon: TriggerLexicon) -> bool:
    """'the central bank', 'the Central Bank of Libya': a gazetteer head noun ("bank") that a modifier
    makes an institution (``institutions`` in the lexicon); taking it over seizes no ground, unlike the
    West Bank or a river bank."""
    modifiers = lexicon.institutions.get(taken.lemma_.lower())
    return modifiers is not None and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in modifiers for c in taken.children)


def _is_town_name(token: Token, places: PlaceLexicon) -> bool:
    """A name the gazetteer holds whole, whatever entity label the model gave it: "captured Goma" is
    tagged a person, "the capture of Bakhmut" an organisation. A name that is part of a longer
    person's name in the document ("Ahmed Hassan ... captured Hassan") is that person."""
    if token.pos_ != "PROPN":
        return False
    entity = entity_of(token)
    name = _fold(entity.text if entity is not None else token.text)
    if name not in places.names and gazetteer_country(name) is None:
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
    """The verb's subject is an armed party ("troops", "rebels"), who advance rather than march in protest.
    The head noun alone may say so where the body they serve names another sector ("African Union troops
    entered Kismayo": the phrase reads as the union, the troops are armed); not a craft ("NATO jets
    entered Polish airspace"), which the actor lexicon also counts as military."""
    subject = _child(verb, "nsubj")
    if subject is None:
        return False
    subject = resolve_relative(subject, verb)
    if _is_armed(subject):
        return True
    return (subject.pos_ == "NOUN" and subject.lemma_.lower() not in load_trigger_lexicon().aircraft
            and normalise_tokens([subject], load_actor_lexicon())[1] in ARMED_SECTORS)


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
    if lemma in lexicon.party_required and not _done_by_a_party(token) and _halted_attack(token, lexicon) is None:
        return True  # "the drought reduced food supplies", "the bill would aid small businesses": no party acts
    if _leaves_a_body(token, lexicon):
        return True  # "withdrew from the grain deal", "was released from hospital"
    if lemma not in lexicon.object_requires and lemma not in lexicon.object_excludes:
        return False
    theme = _moved_thing(token)
    what = _counted(theme).lemma_.lower() if theme is not None else None  # "40 percent of the vote"
    if lemma in lexicon.object_requires:
        if _halted_attack(token, lexicon) is not None:
            return False  # "ended its offensive": a halting verb's attack makes the ceasefire
        held = _prep_object(theme, frozenset({"in", "of"})) if theme is not None else None
        wanted = lexicon.object_requires[lemma]  # "froze 6.3 billion euros in funds": what the sum is
        word = _counted(theme).lower_ if theme is not None else None  # a plural listed alone: "positions"
        return what not in wanted and word not in wanted and (held is None or held.lemma_.lower() not in wanted)
    excluded = lexicon.object_excludes[lemma]
    if lemma in lexicon.attack_at_lemmas and _prep_object(token, frozenset({"at", "on"})) is not None:
        return False  # "fired up at the helicopter", "fired on workers": aimed at what it strikes
    for child in token.children:
        if child.dep_ in {"prt", "advmod"} and child.lower_ in excluded:
            return True  # "backed out", "rammed home the point"
        if child.dep_ == "prep" and child.lower_ in excluded and theme is None:
            return True  # "the agreement provides for disarmament": stipulates, gives nothing
        if child.dep_ == "prep" and _shows_other_sense(child, theme) and any(
                o.lemma_.lower() in excluded and o.ent_type_ not in {"DATE", "TIME"}
                for o in child.children if o.dep_ == "pobj"):  # not "arrested a man in the fall of 2023"
            if lemma in lexicon.taking_lemmas and _really_taken(theme, lexicon):
                continue  # "seized ballot boxes in the vote", "soldiers were captured on camera"
            return True  # "beat Cruz in the caucuses", "signed into law", "admitted to hospital", "captured on video"
    left = out_of_object(token)
    if theme is None and left is not None and left.lemma_.lower() in excluded:
        return True  # "pulled out of the festival": what is left, as after "withdrew from"
    if what in lexicon.party_flows.get(lemma, frozenset()) and _toward_a_party(token, theme):
        return False  # "Israel cut the subsidy to the Palestinian Authority", "suspended trade with Turkey"
    return what in excluded or _is_causative(token, theme)


def _leaves_a_body(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Russia withdrew from the grain deal', 'Mali withdrew from the regional bloc', 'was released from
    hospital': what the verb leaves (``left_behind``) shows its other sense, but only as the object left,
    for 'withdrew from Kherson in a deal brokered by Turkey' is a pullout on terms, and only with nothing
    moved but the one leaving ('withdrew its troops from the pact's zone'). 'The bloc of villages' is a
    part of a place."""
    quitted = lexicon.left_behind.get(verb.lemma_.lower())
    moved = _moved_thing(verb)
    if quitted is None or (moved is not None and moved.dep_ != "nsubjpass"):
        return False  # "the soldier was released from hospital": the one who leaves
    left = out_of_object(verb) or _prep_object(verb, frozenset({"from"}))
    if left is None or left.lemma_.lower() not in quitted:
        return False
    return left.pos_ == "PROPN" or _prep_object(left, frozenset({"of"})) is None


#: Prepositions whose object may show a verb's other sense: "beat Cruz in the caucuses", "signed into law".
_SENSE_PREPOSITIONS = frozenset({"in", "by", "into", "to", "on"})
#: Those that show it only when the verb has no object: "met with resistance", "withdrew from the race";
#: not "sent warships with a warning", "withdrew troops from the match venue".
_BARE_SENSE_PREPOSITIONS = frozenset({"with", "from"})


def _shows_other_sense(prep: Token, theme: Token | None) -> bool:
    """The preposition may name the setting or the reaction that shows a verb's sense other than its event."""
    word = prep.lower_
    return word in _SENSE_PREPOSITIONS or (word in _BARE_SENSE_PREPOSITIONS and theme is None)


def out_of_object(verb: Token) -> Token | None:
    """'pulled out of the town of Kibumba', 'pulled out of the festival': what a verb with "out of"
    leaves. The parser hangs "of" on the particle, not on the verb, so the verb's own "from"
    look-ups miss it."""
    out = next((c for c in verb.children if c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"}), None)
    return _prep_object(out, frozenset({"of"})) if out is not None else None


def _toward_a_party(token: Token, theme: Token | None) -> bool:
    """A "to"/"with" phrase of the verb or its object naming a country, a people or an organisation."""
    holders = [token] if theme is None else [token, theme]
    return any(obj.ent_type_ in {"GPE", "NORP", "ORG"} or _is_party(obj, load_actor_lexicon())
               for holder in holders for obj in preposition_objects(holder, {"to", "with"}))


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
    if _private_dealing(token, lexicon):
        return None  # "Amazon agreed to buy the studio", "UEFA banned the Russian clubs": business and sport
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
    if token.pos_ not in {"VERB", "NOUN"} and not (token.pos_ == "ADJ" and _is_mistagged_verb(token)):
        return None
    if lemma in lexicon.admission_verbs:
        if _admits_fault(token, lexicon):
            return Trigger(token, "CONCEDE", None, nominal=False)  # "admitted its troops had killed 11 civilians"
        if lemma in lexicon.admission_fault_only or _admits_people(token):
            return None  # "acknowledged the crowd", "NATO admitted new members"
    if lemma in lexicon.assertion_senses and _asserts(token) and not _settles_terms(token, lexicon):
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
    if lemma in lexicon.blade_verbs and _hacked_to_death(token, lexicon):
        return Trigger(token, "ASSAULT", "primitive", nominal=False)  # "hacked to death"; not "hacked the servers"
    if lemma in lexicon.weapons_tests.test_verbs and _tests_a_weapon(token, lexicon):
        return Trigger(token, "MOBILIZE", "weapons", nominal=False)  # "tested a hypersonic missile"
    if lemma in lexicon.barring_verbs and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return Trigger(token, "COERCE", "restrict", nominal=False)  # "barred women from working"
    if _cuts_supplies(token, lexicon):
        return Trigger(token, "COERCE", "withhold", nominal=False)  # "cut off gas supplies to Bulgaria"
    if lemma in lexicon.censoring_verbs and _silences_media(token, lexicon):
        return Trigger(token, "COERCE", "censor", nominal=False)  # "suspended the broadcasts of RFI"
    if lemma in lexicon.consultations.receiving_verbs and _receives_a_party(token):
        return Trigger(token, "CONSULT", None, nominal=False)  # "Putin received Viktor Orban in the Kremlin"
    hit = _verb_trigger(token, lexicon)
    if hit is None and _talks_with_a_party(token, lexicon):
        hit = ("CONSULT", None)  # "Blinken spoke with Wang Yi", "Putin spoke to his Turkish counterpart"
    if hit is None or (hit[0] == "CONSULT" and _meets_no_party(token, lexicon)):
        return None
    if hit == ("CONSULT", "phone") and private_talk(token, lexicon):
        return None
    handed = _handover_mode(token, hit, lexicon)
    if handed is None or not _yielding_party(token, handed, lexicon) or _charged_a_fee(token, handed, lexicon):
        return None
    if handed == ("RETREAT", "release") and _lets_no_one_go(token):
        return None
    hit = handed
    faced = _subject(token) if hit[0] == "ACCUSE" and token.lemma_.lower() in lexicon.facing_verbs else None
    if faced is not None:
        return Trigger(token, hit[0], hit[1], nominal=False, theme=faced)  # "the general faces charges": charged
    return _downed_craft(_by_what_is_taken(_by_what_moves(Trigger(token, hit[0], hit[1], nominal=False), lexicon),
                                           lexicon))


#: Sectors whose parties consult in PLOVER's sense when they meet or are visited.
_POLITICAL_SECTORS = _STATE_SECTORS | {"POL", "REB", "IGO"}
#: Prepositions that name whom one meets.
_PARTNER_PREPOSITIONS = frozenset({"with", "between"})


def _private_dealing(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Investors agreed to buy a stake', 'the airline signed a deal to buy 50 jets', 'shareholders
    agreed to the merger', 'the league banned the player': agreeing, signing or banning (``terms`` of
    ``private_dealings``) whose terms are a trade or a sports sanction, by a subject that names no
    political party, is business or sport. PLOVER's AGREE and COERCE are acts of political parties;
    "Turkey agreed to buy S-400s" stays one."""
    dealings = lexicon.private_dealings
    terms = dealings.terms.get(verb.lemma_.lower())
    if terms is None or _by_a_political_party(verb):
        return False
    objects = [o for o in (_child(verb, "dobj"), _prep_object(verb, frozenset({"to"}))) if o is not None]
    clauses = [c for word in (verb, *objects) for c in word.children if c.dep_ in {"xcomp", "advcl", "acl"}]
    return (any(_names_a_term(o, terms) for o in objects)
            or any(c.lemma_.lower() in dealings.trades for c in clauses)
            or _between_firms(verb, objects))


def _between_firms(verb: Token, objects: list[Token]) -> bool:
    """'Qatar Airways signed a deal with FIFA', 'Saudi Aramco signed an agreement with TotalEnergies':
    a firm (sector BUS) dealing with a named partner that is no political party is business, whatever
    the deal. A deal of a firm with a state ("with Iraq") stays an event, and so does a firm's
    commitment with no partner named ("the company agreed to clean up the mines"), which may be made
    to a government."""
    subject = _subject(verb)
    if subject is None or actor_for(_counted(subject)).sector != "BUS":
        return False
    with_prep = frozenset({"with"})
    partners = [p for word in (verb, *objects) for p in preposition_objects(word, with_prep)]
    return bool(partners) and not any(p.ent_type_ in {"GPE", "NORP"} or actor_for(p).sector in _POLITICAL_SECTORS
                                      for p in partners)


def _names_a_term(deal: Token, terms: frozenset[str]) -> bool:
    """'the merger', 'a sponsorship deal', 'a pay rise': the object, or a noun compounded on it, names
    the business term; "deal" or "rise" alone says nothing of what kind of deal it is."""
    deal = _counted(deal)
    return any(w.lemma_.lower() in terms
               for w in (deal, *(c for c in deal.children if c.dep_ == "compound")))


def _by_a_political_party(verb: Token) -> bool:
    """The verb's subject is a state, armed, political or intergovernmental party or a land, or is not
    known (a pronoun, none): only a subject seen to be private leaves the act to business or sport."""
    subject = _subject(verb)
    if subject is None or subject.tag_ in {"PRP", "WP", "WDT"}:
        return True
    subject = _counted(resolve_relative(subject, verb))
    sector = actor_for(subject).sector
    if sector == "BUS":
        return False  # "Air India agreed to buy 470 jets": a firm the tagger reads as the land its name holds
    return subject.ent_type_ in {"GPE", "NORP"} or sector in _POLITICAL_SECTORS


def _meets_no_party(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A meeting or visit verb that is no consultation between parties (``consultations``): a body
    meeting alone, a sports fixture, kin met or visited, private people visiting, or 'meet' with a thing
    as object. PLOVER's CONSULT is what political actors do with one another; these name none."""
    senses = lexicon.consultations
    lemma = verb.lemma_.lower()
    if lemma not in senses.gathering_verbs:
        return _purpose_of_lone_meeting(verb, lexicon)
    if _in_a_fixture(verb, senses.fixtures) or _with_kin(verb, senses.kin):
        return True  # "Nigeria will meet Ghana in a World Cup qualifier", "visited his mother"
    if lemma in senses.visiting_verbs:
        seen = _visits_a_thing(verb, senses.visited_lands) and not _visits_for_talks(verb, lexicon)
        return _sightseeing(verb, lexicon) or seen or _visits_the_unpolitical(verb, senses.unpolitical_visited)
    return lemma == "meet" and (_meets_alone(verb, lexicon) or _meets_a_thing(verb)
                                or _meets_the_press(verb, senses.press_audiences))


def _meets_the_press(verb: Token, audiences: frozenset[str]) -> bool:
    """'met with reporters in Kyiv', 'the spokesman met journalists': a briefing is a statement to the
    press, no talks between parties. Every party met must be a common noun for the press outside a
    name; "met with reporters and opposition leaders", "met Reporters Without Borders" and "met
    detained journalists" (a participle tells what befell them: a visit) still consult."""
    met = _child(verb, "dobj") or _prep_object(verb, _PARTNER_PREPOSITIONS)
    if met is None:
        return False
    met = resolve_relative(met, verb)
    partners = [met, *(c for c in met.children if c.dep_ == "conj")]
    return all(p.pos_ == "NOUN" and not p.ent_type_ and p.lemma_.lower() in audiences
               and not any(c.tag_ == "VBN" and c.dep_ in {"amod", "acl"} for c in p.children) for p in partners)


def _meeting_of_private_people(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'called a meeting of shareholders', 'convened a meeting of investors in London': a consultation
    noun whose "of" phrase names people of no political standing (``private_people``) is their own
    gathering, as with the verb ("shareholders met in Zurich"); "a meeting of EU foreign ministers" or
    "of tribal elders" is talks between parties."""
    members = _prep_object(noun, frozenset({"of"}))
    hit = _noun_trigger(noun, lexicon)
    if members is None or hit is None or hit[0] != "CONSULT":
        return False
    return _is_private_person(_counted(members), lexicon)


def _purpose_of_lone_meeting(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'The cabinet met on Monday to discuss the fuel subsidy': what a body meeting alone meets to
    do is its own business, no talks with another party."""
    meeting = verb.head
    return verb.dep_ in {"xcomp", "advcl"} and _subject(verb) is None and meeting.lemma_.lower() == "meet" \
        and _meets_no_party(meeting, lexicon)


def _in_a_fixture(verb: Token, fixtures: frozenset[str]) -> bool:
    """'met in the final', 'meet Bayern in the Champions League semi-final', 'will host the African Cup
    of Nations': an "in" phrase or an object naming a match or a tournament sets the verb in sport (not
    "at", which may name where leaders met on a match's sidelines). A party is no fixture: "hosted the
    Arab League" hosts its summit. Every object of "in" counts, as the parser may hang each piece of a
    word the tokenizer cut at its hyphen there ("in the semi - final")."""
    hosted = _child(verb, "dobj")
    hosted = _counted(hosted) if hosted is not None and actor_for(hosted).sector is None else None
    settings = preposition_objects(verb, {"in"})
    return any(fixture is not None and fixture.lemma_.lower() in fixtures for fixture in (*settings, hosted))


def _with_kin(verb: Token, kin: frozenset[str]) -> bool:
    """'visited his mother in hospital', 'met his wife in a camp': one's own family is no party to talks.
    Kin named by whose they are ("the families of the hostages", "hostages' families") are."""
    met = _child(verb, "dobj")
    if met is None:
        return False
    met = _counted(resolve_relative(met, verb))
    owner = _child(met, "poss")
    return met.lemma_.lower() in kin and _prep_object(met, frozenset({"of"})) is None and (
        owner is None or owner.tag_ == "PRP$")


def _meets_alone(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'The board met on Tuesday', 'scientists met in Geneva': 'meet' with no one met, said of one
    body (a common noun), or of several people of no political standing. Two named sides ("Putin and
    Erdogan met") or political people ("foreign ministers met in Jeddah") consult each other."""
    if _child(verb, "dobj") is not None or _prep_object(verb, _PARTNER_PREPOSITIONS) is not None:
        return False
    if _partner_of_coordinated_verb(verb):
        return False  # "met and held talks with the Kenyan prime minister": the partner is the pair's
    subject = _subject(verb)
    if subject is None or subject.tag_ in {"PRP", "WP", "WDT"}:
        return False
    subject = _counted(resolve_relative(subject, verb))
    actor = actor_for(subject, with_conjuncts=False)
    several = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if several:
        return actor.sector in lexicon.consultations.private_sectors or _is_private_person(subject, lexicon)
    # "the board", "the cabinet", "Parliament"; not "the Quartet", a name for several parties
    return subject.tag_ == "NN" or _is_lone_body(subject, actor.sector, lexicon)


def _is_lone_body(subject: Token, sector: str | None, lexicon: TriggerLexicon) -> bool:
    """'The Supreme Court met on Monday', 'Parliament met in an emergency session': one named national
    body (``lone_body_sectors``) sits in a session of its own; "the Security Council met" (an
    international body) brings its members together, and "Hamas met" may be a side in talks."""
    return subject.tag_ == "NNP" and subject.ent_type_ == "ORG" and sector in lexicon.consultations.lone_body_sectors


def _partner_of_coordinated_verb(verb: Token) -> bool:
    """A verb coordinated with the meeting names whom one meets: "met and held talks with the Kenyan
    prime minister" (not "the board met and approved the budget")."""
    pair = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(t.dep_ == "prep" and t.lower_ in _PARTNER_PREPOSITIONS for other in pair for t in other.subtree)


def _meets_a_thing(verb: Token) -> bool:
    """'investors met the news with relief', 'the striker met the cross', 'failed to meet its targets':
    what is met is no party and names none ("the Saudi leadership", "the rebels' leadership" are)."""
    met = _child(verb, "dobj")
    if met is None:
        return False
    met = _counted(resolve_relative(met, verb))  # "the envoys whom he met": the envoys
    if met.tag_ in {"PRP", "WP", "WDT"}:
        return False
    return not _is_party(met, load_actor_lexicon()) and actor_for(met).country is None and not any(
        c.dep_ == "poss" and c.tag_ != "PRP$" for c in met.children)


def _visits_a_thing(verb: Token, lands: frozenset[str]) -> bool:
    """'Kim visited a munitions factory', 'the envoy visited refugee camps': a common noun visited that
    names no party, no named place and no land ('visited the country' meets its rulers; ``visited_lands``)
    is a place seen, no consultation. Named places and bodies ("visited Eritrea", "the Elysee") stay."""
    visited = _child(verb, "dobj")
    if visited is None or not _meets_a_thing(verb):
        return False
    visited = _counted(resolve_relative(visited, verb))
    if _of_names_party(visited, load_actor_lexicon()):
        return False  # "visited the headquarters of the African Union"
    return visited.pos_ == "NOUN" and not visited.ent_type_ and visited.lemma_.lower() not in lands


def _visits_for_talks(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Bush will visit this beach resort for an anti-drug summit': a visit whose purpose ("for") is a
    consultation noun (a summit, talks, a meeting) consults, wherever it is held."""
    return any((hit := _noun_trigger(purpose, lexicon)) is not None and hit[0] == "CONSULT"
               for purpose in preposition_objects(verb, ("for",)))


def _visits_the_unpolitical(verb: Token, sectors: frozenset[str]) -> bool:
    """'Zelensky visited troops near Bakhmut', 'the minister visited refugee camps': people (or their
    camps) named by a plural common noun of a sector that holds no talks (``unpolitical_visited``:
    civilians, soldiers) are seen, cheered or comforted, not consulted; PLOVER's CONSULT needs a
    political party on both sides. A body, its seat or its leader ("visited the army", "the army
    headquarters", "the Pakistani army chief") is a party, and so is anyone named."""
    visited = _child(verb, "dobj")
    if visited is None or visited.tag_ in {"PRP", "WP", "WDT"}:
        return False
    visited = _counted(resolve_relative(visited, verb))
    if visited.tag_ != "NNS" or visited.ent_type_ or _of_names_party(visited, load_actor_lexicon()):
        return False
    return actor_for(visited, with_conjuncts=False).sector in sectors


#: Sectors of a guest one receives: not armed forces, whom an army "receives" as reinforcements.
_GUEST_SECTORS = frozenset({"GOV", "POL", "REB", "IGO", "JUD"})
#: Prepositions naming where a guest is welcomed: "welcomed the Brazilian president to Beijing", "at the
#: airport" (not "in", which may belong to the guest: "welcomed the new government in Damascus").
_WELCOMING_PREPOSITIONS = frozenset({"to", "at"})


def _receives_a_party(verb: Token) -> bool:
    """'Putin received Hungarian Prime Minister Viktor Orban', 'Xi welcomed the Brazilian president to
    Beijing': a political party (or a pronoun for one) receiving another party's person or delegation
    hosts a visit (``receiving_verbs``). Aid, letters, refugees, the wounded or reinforcements received
    are no guests, nor is a thing a party gives ("an IMF loan"); and one welcomed with no place named is
    welcomed in words ("welcomed the new government" is support)."""
    guest = _child(verb, "dobj")
    host = _subject(verb)
    if guest is None or host is None or guest.tag_ in {"PRP", "WP", "WDT"} or guest.ent_type_ in _PLACE_LABELS:
        return False  # "welcomed Finland to NATO" admits a member, it hosts no one
    guest = _counted(resolve_relative(guest, verb))
    if not names_party(guest):
        return False  # "received an IMF loan", "the UN envoy's proposal": a thing a party gives
    if host.tag_ != "PRP" and actor_for(host, with_conjuncts=False).sector not in _POLITICAL_SECTORS:
        return False
    if actor_for(guest, with_conjuncts=False).sector not in _GUEST_SECTORS:
        return False
    return verb.lemma_.lower() != "welcome" or _prep_object(verb, _WELCOMING_PREPOSITIONS) is not None


def _talks_with_a_party(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Blinken spoke with Wang Yi', 'Putin spoke to his Turkish counterpart': a political party
    talking with another party's person consults it (PLOVER CONSULT, CAMEO 040), phone or none told.
    Talking to the press, troops, a crowd, residents or kin is a statement or an address, not talks
    (only a partner of ``_GUEST_SECTORS`` counts); and one speaks 'to' a body such as parliament or
    the General Assembly by addressing it, so after 'to' only a person or a party's placed people do."""
    if verb.lemma_.lower() not in lexicon.remote_talk_verbs:
        return False
    speaker = _subject(verb)
    partner = _prep_object(verb, _TALK_PARTNER_PREPOSITIONS)
    if speaker is None or partner is None or partner.tag_ in {"PRP", "WP", "WDT"}:
        return False
    speaker = resolve_relative(speaker, verb)
    if speaker.tag_ != "PRP" and actor_for(speaker, with_conjuncts=False).sector not in _POLITICAL_SECTORS:
        return False  # "witnesses spoke to the governor", "the coach spoke with the minister"
    partner = _counted(resolve_relative(partner, verb))
    found = actor_for(partner, with_conjuncts=False)
    if not names_party(partner) or found.sector not in _GUEST_SECTORS:
        return False
    return not _addressed_body(partner, found.sector, found.country)


#: Sectors of a body one addresses when one speaks 'to' it: parliament, the Security Council, a court.
_ADDRESSED_SECTORS = frozenset({"GOV", "IGO", "JUD"})


def _addressed_body(partner: Token, sector: str | None, country: str | None) -> bool:
    """'spoke to parliament', 'spoke to the UN Security Council', 'spoke to fighters in a video': a
    named state or international body, or people no country places, spoken 'to' are addressed in a
    speech; "spoke to Hamas" or "to his Turkish counterpart" talks with a party."""
    if partner.head.lower_ != "to" or partner.ent_type_ == "PERSON":
        return False
    return country is None or (partner.ent_type_ == "ORG" and sector in _ADDRESSED_SECTORS)


def _is_private_person(person: Token, lexicon: TriggerLexicon) -> bool:
    """Tourists, fans, pilgrims, students, shareholders (``private_people``): who visits or meets as a
    private person. (A private sector alone does not tell: "the hostage families visited Qatar" to
    lobby for a deal.)"""
    return person.lemma_.lower() in lexicon.consultations.private_people


def _sightseeing(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Thousands of tourists visited Petra', 'the band toured Europe': private people visiting anything
    but a political person or body (a town or a land they visit is where they go, not whom)."""
    visited = _child(verb, "dobj")
    visitor = _subject(verb)
    if visitor is None or visitor.tag_ in {"PRP", "WP", "WDT"}:
        return False
    if not _is_private_person(_counted(resolve_relative(visitor, verb)), lexicon):
        return False
    return visited is None or visited.ent_type_ in _PLACE_LABELS or (
        actor_for(visited, with_conjuncts=False).sector not in _POLITICAL_SECTORS)


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


def _admits_fault(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'admitted responsibility', 'conceded that the raid was a mistake', 'acknowledged that its troops
    had killed 11 civilians': what is admitted is a fault, or a harm the admitter itself did to unarmed
    people or by mistake, which PLOVER codes as a concession; admitting a mere fact ('acknowledged the
    talks were slow') or confirming a strike on a foe is none (``admissions`` in the lexicon)."""
    admitted = _child(verb, "dobj")
    if admitted is not None:
        return _is_own_fault(admitted, lexicon)
    clause = _child(verb, "ccomp")
    if clause is None:
        return False
    named = _child(clause, "attr")
    if named is not None and named.lemma_.lower() in lexicon.admitted_faults:
        return True  # "conceded that the raid had been a mistake"
    if clause.pos_ != "VERB":
        return False
    deed = _verb_event(clause, lexicon)
    return (deed is not None and deed.type in lexicon.admitted_deed_types
            and _done_by_admitter(clause, verb, lexicon) and _wrongs_someone(clause, lexicon))


def _is_own_fault(admitted: Token, lexicon: TriggerLexicon) -> bool:
    """A fault noun that is a fault: not a duty ('its responsibility to protect civilians') nor the
    failing of an act named after 'of' ('the failure of the peace talks'), which is that act's outcome."""
    if admitted.lemma_.lower() not in lexicon.admitted_faults:
        return False
    if any(c.dep_ in {"acl", "xcomp"} and c.pos_ == "VERB" for c in admitted.children):
        return False
    failed = _prep_object(admitted, frozenset({"of"}))
    return failed is None or failed.lemma_.lower() not in lexicon.nouns


def _done_by_admitter(deed: Token, admission: Token, lexicon: TriggerLexicon) -> bool:
    """The admitted act is the admitter's own: its doer is a pronoun ('they had recruited children') or
    owned by one ('its troops', 'a missile from its air defence'); an act with no doer named ('the
    strike had killed civilians') is an armed party's own when that party admits it. 'Officials
    acknowledged that rebels had killed 20 soldiers' admits another party's act, a loss, not a fault."""
    doer = _subject(deed) or _prep_object(deed, frozenset({"by"}))
    if doer is None:
        return False
    if doer.tag_ == "PRP" or any(w.dep_ == "poss" and w.tag_ == "PRP$" for w in doer.subtree):
        return True
    admitter = _subject(admission)
    hit = lexicon.nouns.get(doer.lemma_.lower())
    return (hit is not None and hit[0] in lexicon.admitted_deed_types and admitter is not None
            and actor_for(admitter, with_conjuncts=False).sector in ARMED_SECTORS)


def _wrongs_someone(deed: Token, lexicon: TriggerLexicon) -> bool:
    """The admitted act harmed the unarmed ('had killed 11 civilians', 'fired tear gas at the students')
    or went astray ('shot down the jet by mistake', 'hit the wrong building'): a wrong owned up to, where
    'its jets had struck rebel positions' confirms an attack and concedes nothing."""
    aimed = [c for c in deed.children if c.dep_ == "dobj"] + preposition_objects(deed, AIMED_PREPOSITIONS)
    if any(actor_for(a, with_conjuncts=False).sector in lexicon.unarmed_sectors for a in aimed):
        return True
    marks = [w for w in deed.subtree if w.dep_ in {"advmod", "amod", "pobj"}]
    return any(w.lemma_.lower() in lexicon.error_words for w in marks)


def _admits_people(verb: Token) -> bool:
    """'the school admitted refugee children', 'admitted thousands of refugees': admitting people lets
    them in; a party admits faults and facts, not persons (an 'it' or 'this' admitted is a fact)."""
    admitted = _child(verb, "dobj")
    return admitted is not None and admitted.tag_ != "PRP" and _is_person(_counted(admitted))


def _settles_terms(token: Token, lexicon: TriggerLexicon) -> bool:
    """'Israel and Hamas agreed that the truce would be extended': agreeing (or conceding) what will be
    done settles terms (AGREE, CONCEDE), where 'analysts agree that the economy will slow' and 'officials
    agree that more troops are needed' share an opinion (``settling`` in the lexicon's assertions).
    Terms put in the bare subjunctive are settled too ('accepted that the inquiry be led by a judge')."""
    if token.lemma_.lower() not in lexicon.settling_verbs:
        return False
    clause = _child(token, "ccomp")
    if clause is None or not (is_subjunctive(clause) or any(
            c.dep_ == "aux" and c.lower_ in lexicon.future_auxiliaries for c in clause.children)):
        return False
    subject = _subject(token)
    return subject is None or subject.lemma_.lower() not in lexicon.opinion_holders


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
        chain = _headline_verb_in_noun_chain(token)  # "Police fire tear gas at protesters", one noun phrase
        projectile = chain[1] if chain is not None else None
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
    """'allow 200 trucks of aid a day into Gaza', 'let aid convoys through', 'allowed a UN convoy into
    Eastern Ghouta': relief goods, or the trucks and convoys whose blocking withholds them (``blocking``
    goods), named by the object, its compound or its "of" phrase, let in by a way into a place
    (``letting_verbs``): letting in what blocking would withhold eases the restriction."""
    goods = _child(verb, "dobj")
    if goods is None:
        return False
    words = [goods, *(c for c in goods.children if c.dep_ == "compound")]
    words += preposition_objects(goods, {"of"})
    if any(_noun_forms(w) & lexicon.goods for w in words):
        return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in _WAYS_IN
                   for head in (verb, goods) for c in head.children)
    if not any(_noun_forms(w) & lexicon.blocked_goods for w in words) or not _done_by_a_party(verb):
        return False  # "organisers let the trucks into Hyde Park"
    return any(_names_a_place(o) for head in (verb, goods) for o in preposition_objects(head, _WAYS_IN))


def _names_a_place(phrase: Token) -> bool:
    """Trucks or a convoy let into a land or crossing named by a name ('into Eastern Ghouta', 'through the
    Rafah crossing') ease a restriction on aid; police letting a truck into a square or a yard do not."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in _PLACE_LABELS for t in phrase.subtree)  # "Tigray" tagged a person


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


#: Verbs whose phrase entry ('hand in', 'give up') disarms only by what is handed in or given up.
_SURRENDERING_VERBS = frozenset({"hand", "give"})
#: Their particles, which the parser may take for prepositions: "handed in (his resignation)".
_SURRENDER_PARTICLES = frozenset({"in", "up"})


def _surrendered_mode(verb: Token, hit: TypeMode, lexicon: TriggerLexicon) -> TypeMode | None:
    """'handed in 300 rifles', 'gave up their weapons' disarm; 'gave up three villages' gives up ground;
    'handed in his resignation', 'gave up hope' are no event. 'Hand in' with nothing named keeps its
    entry ('the fighters handed in'), but one who 'gave up' with nothing given up may have quit anything."""
    given = _moved_thing(verb) or _prep_object(verb, _SURRENDER_PARTICLES)  # "in" parsed as a preposition
    if given is None:
        return hit if "hand" in verb_lemmas(verb) else None
    words = _noun_forms(_counted(given))
    if words & lexicon.handed_arms:
        return hit
    if "give" in verb_lemmas(verb) and words & lexicon.handed_ground:
        return "RETREAT", "withdraw"
    return None


def _handover_mode(verb: Token, hit: TypeMode, lexicon: TriggerLexicon) -> TypeMode | None:
    """'handed over their weapons' disarms, 'handed back three districts' gives up ground: a handover
    (RETREAT release by its phrase entry) takes the mode of what is handed (``handed_arms``: disarm;
    ``handed_ground``: withdraw); captives or bodies handed over stay released. 'hand in' (RETREAT
    disarm by its phrase entry) disarms only with arms handed: 'handed in his resignation', 'handed
    in their homework' are no event of theirs (None). 'give up' (RETREAT disarm too) needs what is given
    up: 'gave up their weapons' disarms, 'gave up the town' withdraws, 'gave up hope' or a side that
    'gave up' yields nothing."""
    if hit == ("RETREAT", "disarm") and set(verb_lemmas(verb)) & _SURRENDERING_VERBS:
        return _surrendered_mode(verb, hit, lexicon)
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


def _lets_no_one_go(verb: Token) -> bool:
    """'let the hostages go', 'let go of four captives', 'let go the remaining students' release (the
    'let go' phrase entry); 'let the protest go ahead', 'let the convoy go through', 'let the strike go
    on' give leave to an act or a passage and free no one. So the one let go must be a person; with
    none named ('refused to let go') nothing is told released."""
    if verb.lemma_.lower() != "let":
        return False
    going = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() == "go"), None)
    if going is None:
        return False
    if _particle_of(going, _AHEAD | {"forward"}) is not None:
        return True  # "let the funeral procession go ahead": leave for an act, whoever walks in it
    freed = (_subject(going) or _child(going, "dobj") or _prep_object(going, frozenset({"of"}))
             or _child(verb, "dobj"))
    return freed is None or not _is_person(_counted(freed))


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


def _hacked_to_death(token: Token, lexicon: TriggerLexicon) -> bool:
    """'Herders hacked 12 farmers to death': a result after 'to' ('fatal_results') shows a blade, not a
    computer, was used, though the lexicon's 'hack' is a cyber attack."""
    result = _prep_object(token, frozenset({"to"}))
    return result is not None and bool(_noun_forms(result) & lexicon.fatal_results)


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
    warned_of = [o for a in anchors for o in preposition_objects(a, {"of", "about"})]
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


def _is_party(token: Token | None, actors: ActorLexicon) -> bool:
    """People, a body or a named state: "Senate leaders", "Gorbachev"; not a topic that only has a
    nationality ("the Syrian crisis")."""
    actor = _actor(token, actors)
    return token is not None and actor is not None and (
        actor.sector is not None or token.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"})
