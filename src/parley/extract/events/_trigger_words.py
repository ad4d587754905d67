"""Finding trigger words: verb, phrase and noun triggers, light verbs, labour strikes, and the tests
that keep an event noun (its own arguments, a fixed preposition, a purpose).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    actor_for,
    load_actor_lexicon,
    names_party,
    names_premises,
    normalise_tokens,
    phrase_tokens,
)
from parley.extract.events._lexicons import (
    _NOUN_ARG_PREPS,
    LabourStrikes,
    TriggerLexicon,
    TypeMode,
    load_trigger_lexicon,
)
from parley.extract.events._parse import (
    _VERBAL_TYPES,
    _actor,
    _counted_party,
    _for_a_reason,
    _gerund_controller,
    _is_passive,
    _journey_for,
    _subject,
    _under_attack,
    verb_lemmas,
)
from parley.extract.events._places import _child, _prep_object
from parley.extract.nlp import (
    agent_of,
    captive_clause,
    is_captive_complement,
    is_to_infinitive,
    labelled_act_verb,
    preposition_objects,
    resolve_relative,
    sentence_of,
)
from parley.extract.status import (
    Governor,
    StatusCues,
    enters_into_force,
    goes_on_unstopped,
    governors,
    is_negated,
    load_status_cues,
    negating_governor,
    orders_an_act_on_others,
    permitting_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    if not mutual or _talks_to_no_party(verb) or private_talk(verb, lexicon):
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


#: Prepositions that name the channel of a talk: "by telephone", "over video link", "on the phone", "in a call".
_CHANNEL_PREPOSITIONS = frozenset({"by", "over", "via", "on", "in"})


def _channels(verb: Token) -> list[Token]:
    """What a verb is done by, over or via: "telephone" in "spoke by telephone"."""
    return preposition_objects(verb, _CHANNEL_PREPOSITIONS)


def private_talk(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Witnesses called the police', 'analysts spoke with investors on a conference call', 'residents
    spoke by phone with relatives': a call or talk by people of no political standing (a common noun
    that names no party, or one of ``private_sectors``) is no consultation between parties (PLOVER
    CONSULT is what political actors do with one another)."""
    speaker = _subject(verb)
    if speaker is None or speaker.pos_ != "NOUN":
        return False
    speaker = _counted(resolve_relative(speaker, verb))
    return not names_party(speaker) or (
        actor_for(speaker, with_conjuncts=False).sector in lexicon.consultations.private_sectors)


#: Prepositions naming whom one talks with: "spoke with Wang Yi", "spoke to his counterpart".
_TALK_PARTNER_PREPOSITIONS = frozenset({"with", "to"})


def _talks_to_no_party(verb: Token) -> bool:
    """'Witnesses spoke to AFP by phone': an interview is a statement to the press (CAMEO 01), not
    talks between parties (PLOVER CONSULT); nor is a call with one who names no party ('the lawyers
    talked on the phone with their client')."""
    partner = _prep_object(verb, _TALK_PARTNER_PREPOSITIONS) or _channel_partner(verb)
    if partner is None:
        return False
    partner = resolve_relative(partner, verb)
    return not names_party(partner) or actor_for(partner, with_conjuncts=False).sector == "MED"


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


def is_labour_strike(token: Token) -> bool:
    """'teachers staged two strikes', 'held three general strikes': a stoppage of work, for stages
    outside event finding (a figure counting strikes counts no military strikes then); see
    _is_labour_strike."""
    return _is_labour_strike(token, load_trigger_lexicon())


def is_armed_strike(token: Token) -> bool:
    """'the drone strike', 'an air strike', 'a missile strike', 'an armed strike': a strike its own
    modifier marks as an attack. Stricter than not being a labour strike (_is_labour_strike), which
    leaves a bare 'strike' military: a reader who needs violence told ('admitted to hospital after
    the strike') cannot tell the bare word from a labour or hunger strike."""
    lexicon = load_trigger_lexicon()
    if token.lemma_.lower() not in lexicon.labour.nouns:
        return False
    military = {*lexicon.mode_modifiers.get("ASSAULT", {}), *lexicon.labour.armed}
    return any(_noun_forms(c) & military for c in _strike_modifiers(token))


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
        purpose = child.dep_ == "relcl" and is_to_infinitive(child)
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
    owners += preposition_objects(noun, {"of"})
    return any(_counted(o).lemma_.lower() in excluded for o in owners)


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
    holders = preposition_objects(token, {"of"})
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
    "fighting was reported"), which is not negated and has no clause of its own; or whose stopping is
    negated ("protests were not called off"), so it went ahead."""
    verb = token.head
    if (token.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB"
            or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)):
        return False  # "agreements continue to be violated": the noun is the subject of another verb
    if goes_on_unstopped(token):
        return True  # "protests were not called off": they went ahead
    if is_negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False  # "protests did not erupt", "no protests were reported"
    lemmas = verb_lemmas(verb)  # "raged" is lemmatised "rag"
    if token.dep_ == "nsubjpass":
        return bool(lexicon.occurrence_passives.intersection(lemmas))
    particles = next((lexicon.occurrence_particles[m] for m in lemmas if m in lexicon.occurrence_particles), None)
    if particles is not None:
        return _particle_of(verb, particles) is not None
    return bool(lexicon.occurrence_verbs.intersection(lemmas))


def _particle_of(verb: Token, particles: frozenset[str]) -> str | None:
    """Which of ``particles`` the verb takes ("broke out", "took place", "went ahead"), however parsed."""
    return next((c.lower_ for c in verb.children if c.lower_ in particles and c.dep_ in {"prt", "dobj", "advmod"}),
                None)


#: The particle of going ahead: "the march went ahead despite a ban".
_AHEAD = frozenset({"ahead"})


def _goes_ahead(token: Token, lexicon: TriggerLexicon) -> bool:
    """'the strike was not called off', 'the march went ahead despite a police ban': the act was
    planned and now takes place after all. That it happens is the news, so even a definite noun
    ("the strike") is a mention of its own, not a mere reference back to the plan. So is an act let
    go ahead ("allowed the protest to go ahead", "let the rally proceed"): the permission is the news,
    and the act is read as planned (:func:`parley.extract.status.permitting_verb`)."""
    verb = token.head
    infinitive = verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    ahead = not infinitive and _particle_of(verb, _AHEAD) is not None and _occurs_by(token, lexicon)
    return ahead or goes_on_unstopped(token) or let_go_ahead(token, lexicon)


#: Statuses of a governor that raises an act noun as the subject of its infinitive ("the truce is
#: expected to take effect", "is due to begin"): the start is foretold, not denied.
_FORETELLING = frozenset({"planned", "hypothetical"})


def _comes_into_force(token: Token, lexicon: TriggerLexicon) -> bool:
    """'the ceasefire took effect at 7 a.m.', 'the truce will begin on Tuesday', 'the truce is expected
    to come into force at midnight': a truce (``coming_into_force`` in the lexicon) starting is news of
    its own, as a march going ahead is, so even a definite noun with no party named is a mention. Not a
    start told as a time or a condition ("since the truce began", "hours before the ceasefire took
    effect", "if the truce takes effect"), nor one in the plain present ("the truce starts on Sunday"
    may be a schedule or a headline), nor a negated one or one with an object or a clause of its own
    ("the truce did not take effect", "began to fray", "started a new phase")."""
    hit = _noun_trigger(token, lexicon)
    if hit is None or hit[1] not in lexicon.in_force_modes:
        return False
    return any(_tells_a_start(verb, lexicon) for verb in _verbs_of_start(token))


def _tells_a_start(verb: Token, lexicon: TriggerLexicon) -> bool:
    """The verb tells its subject starting, in a clause of its own, in the past or with a modal."""
    if is_negated(verb) or verb.tag_ in {"VBZ", "VBP"} or any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children):
        return False  # "since the truce began", "when the ceasefire began": a time, not the news
    return enters_into_force(verb) or (verb.lemma_.lower() in lexicon.starting_verbs and not any(
        c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children))


def _headline_truce_start(token: Token, lexicon: TriggerLexicon) -> TypeMode | None:
    """'Truce to take effect at dawn', 'Gaza ceasefire to begin Monday': a headline drops the "is" of
    "is to", leaving a truce noun opening the sentence with the infinitive of its start. The tagger
    may read the bare noun as an imperative verb, but no imperative of a truce noun exists. Only a
    sentence-opening noun with no determiner, subject or object of its own: in prose the same words
    hang on a verb ("agreed a truce to end the war") or take an article ("the truce to begin")."""
    if token.dep_ != "ROOT" or token.tag_ not in {"VB", "NN", "NNP"}:
        return None
    sent = sentence_of(token)
    if token.left_edge.i != sent.start:
        return None
    if any(c.dep_ not in {"amod", "compound", "advcl", "acl", "relcl", "xcomp", "prep", "punct"}
           for c in token.children) or token.doc[sent.end - 1].text == "?":
        return None
    hit = _noun_trigger(token, lexicon)
    if hit is None or hit[1] not in lexicon.in_force_modes:
        return None
    starts = any(c.dep_ in {"advcl", "acl", "relcl", "xcomp"} and c.i > token.i and is_to_infinitive(c)
                 and _tells_a_start(c, lexicon) for c in token.children)
    return hit if starts else None


def _verbs_of_start(token: Token) -> list[Token]:
    """The verbs that may tell an act noun starting: the one it is the subject of, and the infinitive
    a governor of plan or likelihood raises it to ("is expected to take effect", "is due to begin")."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    cues = load_status_cues()
    clause = token.head
    raisers = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    return [clause, *(c for raiser in raisers if cues.governors.get(raiser.lemma_.lower()) in _FORETELLING
                      for c in raiser.children if c.dep_ == "xcomp")]


def let_go_ahead(token: Token, lexicon: TriggerLexicon) -> bool:
    """'allowed the march to go ahead', 'let the talks begin': an act a party holds by leave
    (``permitted_types`` of the status cues) that someone lets take place. An act of force let take
    place ("allowed the killings to take place") blames who let it and is not read so."""
    hit = _noun_trigger(token, lexicon)
    return (hit is not None and hit[0] in load_status_cues().permitted_types
            and permitting_verb(token) is not None)


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
    # the parser may hang "with missiles" on the object
    means = [o for head in (token, *struck) for o in preposition_objects(head, {"with", "using"})]
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
