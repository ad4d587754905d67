"""Source and target of a trigger (_verb_arguments, _noun_arguments): inherited and controlled
subjects, objects, passive agents, attackers of an instrument, parties between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    is_ethnic_group,
    load_actor_lexicon,
    names_organisation,
    names_party,
    normalise_tokens,
    owner_of,
    phrase_tokens,
)
from parley.extract.events._lexicons import (
    _PARTY_PREPS,
    _PASSIVE_PARTY_PREPS,
    _PLACE_LABELS,
    _TARGET_PREPS,
    Trigger,
    TriggerLexicon,
    load_trigger_lexicon,
)
from parley.extract.events._parse import (
    _CONTROLLED_PREPOSITIONS,
    _actor,
    _gapped_passive_subject,
    _gerund_controller,
    _ground_object,
    _harms,
    _headline_object,
    _is_passive,
    _journey_for,
    _may_be_place,
    _misattached_accused,
    _reduced_passive_clause,
    _subject,
    _under_attack,
    _verb_of_types,
)
from parley.extract.events._places import (
    _PROVINCES,
    _aimed_at_by,
    _child,
    _closed_clause,
    _country_name,
    _is_event_noun,
    _name_end_past_particles,
    _named_place,
    _place_country,
    _prep_object,
    _town_read_as_adverb,
    load_place_lexicon,
)
from parley.extract.events._trigger_senses import _is_person, _kind_taken, _verb_event
from parley.extract.events._trigger_words import (
    _beneficiary,
    _carrying_verb,
    _channel_partner,
    _framed_act,
    _is_light,
    _is_weapon_or_attack,
    _noun_trigger,
    _occurs_by,
    _verb_taking,
    _verb_trigger,
)
from parley.extract.events._triggers import _demanded_clause
from parley.extract.nlp import (
    AIMED_PREPOSITIONS,
    FATE_VERBS,
    agent_of,
    captive_clause_subject,
    entity_of,
    is_misread_captive,
    is_to_infinitive,
    resolve_relative,
)
from parley.extract.status import (
    Governor,
    StatusCues,
    follows_be_to,
    governor_status,
    governors,
    is_attempt,
    load_status_cues,
    rejoinder_of,
    responsible_party,
)
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Event types of verbs that judge a party for an act: "blamed Israel for the strike", "praised Qatar for
#: its mediation", "sanctioned Iran for its nuclear test"; not "visit Moscow for talks".
_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "SANCTION", "COERCE"})


def _judges(verb: Token) -> bool:
    return verb.pos_ == "VERB" and _verb_of_types(verb, _JUDGING_TYPES)


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
        target = _verb_object(trigger) or _headline_object(trigger) or _town_read_as_adverb(trigger) \
            or _prep_object(trigger, _TARGET_PREPS["default"]) or _hedged_count(trigger) \
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
                and is_to_infinitive(clause):
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


#: Words joined by a hyphen before a party's name that make an act one against it ("anti-ISIS raid").
_OPPOSING_PREFIXES = frozenset({"anti", "counter"})


def _names_armed_group(modifier: Token, actors: ActorLexicon) -> bool:
    """'a JNIM ambush', 'an Islamic State attack': an armed group of no country of its own (it
    fights in several states) named before the act is its doer, as a state's demonym is; not the
    group an act is against ("an anti-ISIS raid", "a counter-Islamic State operation")."""
    words = phrase_tokens(modifier)
    doc, first = modifier.doc, words[0].i
    prefixed = [*doc[max(first - 2, 0) : first], *words]
    if any(t.lower_ in _OPPOSING_PREFIXES for t in prefixed):
        return False
    return names_organisation(words, actors) and normalise_tokens(words, actors)[1] in ARMED_SECTORS


def _names_a_city(modifier: Token, actors: ActorLexicon) -> bool:
    """'the Ankara attack', 'the Doha talks': a capital compounded before an act names where it was,
    not who did it; a country's name or its people's ("Russian strikes") name the doer."""
    key = (modifier.lower_,)
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and key in actors.countries \
        and key not in actors.country_names and key not in actors.demonyms


#: Verbs by which an authority orders its own act done ("ordered the release", "authorised the strike").
_ORDERING = frozenset({"order", "authorize", "authorise", "decree", "sanction"})


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
        source = next((c for c in modifiers if (normalise_tokens([c], actors)[0] is not None
                                                or _names_armed_group(c, actors))
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


def _coordinated_region_name(word: Token, region: Token) -> bool:
    """The first part of a region's name of two coordinated words, parsed a modifier of its region noun:
    "Sistan" in "Sistan and Baluchestan province"; not a town set before its region ("Bali, Taraba state")."""
    return (word.dep_ == "nmod" and word.pos_ == "PROPN" and region.lemma_.lower() in _PROVINCES
            and any(c.dep_ == "cc" for c in word.children)
            and not any(t.is_punct for t in word.doc[word.i : region.i]))


def _place_phrase(obj: Token, named: Token) -> Span:
    """The words of a place phrase: the locative object with its modifiers ("southern Lebanon", "the
    besieged town of Madaya") up to the end of the name it gives, the tagger's cuts mended: a region
    noun's coordinated name ("Sistan and Baluchestan province", its "Sistan" parsed a modifier) and a
    name running on past a particle ("Valle del Cauca", tagged "Valle")."""
    start = min([obj.i, *(c.left_edge.i for c in obj.lefts if c.dep_ in {"amod", "compound"}
                          or _coordinated_region_name(c, obj))])
    entity = entity_of(named)
    name_start = entity.start if entity is not None else named.i
    entity_end = max(entity.end if entity is not None else named.i + 1, obj.i + 1)
    if entity is not None and named is obj:  # "Port-au-Prince": the parse hangs "Port" as nmod
        start = min(start, next(t.i for t in entity if t.pos_ != "DET" or t.i == obj.i))
    if named is obj:
        entity_end = _name_end_past_particles(name_start, entity_end, obj.doc)
    return obj.doc[start:entity_end]
