"""Refining the parties: state forces and compatriots, domestic authorities and people, owners, holders
and authors, protest targets, and places taken as targets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from parley.extract.actors import (
    ARMED_SECTORS,
    ActorLexicon,
    attackers_sector,
    is_ethnic_group,
    load_actor_lexicon,
    names_party,
    names_premises,
    normalise_tokens,
    phrase_tokens,
)
from parley.extract.dates import is_upper_sentence
from parley.extract.events._announcements import _announcing_verb, _side
from parley.extract.events._arguments import _place_phrase, _state_acronym, _with_place_country
from parley.extract.events._circumstances import _place
from parley.extract.events._lexicons import _LOCATING_PREPOSITIONS, _PLACE_LABELS, TriggerLexicon, load_trigger_lexicon
from parley.extract.events._parse import _PLACE_ACTS, _actor, _ground_object, _is_passive, _may_be_place
from parley.extract.events._places import (
    _aimed_at_by,
    _child,
    _closed_clause,
    _compounded_name,
    _described_as_a_settlement,
    _fold,
    _is_event_noun,
    _named_place,
    _names_a_land_or_province,
    _place_country,
    _prep_object,
    _town_read_as_adverb,
    gazetteer_country,
    town_naming_site,
)
from parley.extract.events._trigger_senses import _are_police, out_of_object
from parley.extract.events._trigger_words import _clause_verb, _is_weapon_or_attack, _noun_forms, _noun_trigger
from parley.extract.nlp import AIMED_PREPOSITIONS, agent_of, entity_of, preposition_objects, sentence_of
from parley.extract.status import load_status_cues
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _state_forces(actor: Actor | None, head: Token | None, event_type: str, actors: ActorLexicon) -> Actor | None:
    """'an Israeli airstrike', 'Russian missiles struck Kharkiv', 'Israeli tank fire hit a school': a
    state's demonym on an attack, on its weapon or on its fire names the state's armed forces (MIL) as
    the attacker, where it names no body itself (a people's within a state, or Palestinians', their
    armed groups: :func:`attackers_sector`); so does the state's own name on a strike made with
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
        return actor.model_copy(update={"sector": attackers_sector(phrase_tokens(head), actor.country, actors)})
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
    words = [group, *(c for c in group.children if c.dep_ in {"compound", "amod"}), *preposition_objects(group, {"of"})]
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
    holders += [o for h in list(holders) for o in preposition_objects(h, {"in"})]
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
                yield from preposition_objects(obj, framing)
        elif child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in lexicon.protest_purpose_verbs:
            yield from (c for c in child.children if c.dep_ == "dobj")
            yield from preposition_objects(child, {"from", "against"})


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
    if where is None:
        where = out_of_object(act)  # "pulled out of the town of Kibumba": "of" after the particle
    if where is not None and where.lemma_.lower() in _BORDERS:
        beyond = _prep_object(where, frozenset({"with"}))  # "sent tanks to its border with Syria"
        named = _named_place(beyond) if beyond is not None else None
        return _place_phrase(where, named) if named is not None else None
    return _named_place_phrase(where)


#: Nouns of a frontier, which "with" joins to the country beyond it: "its border with Syria".
_BORDERS = frozenset({"border", "frontier", "boundary"})


def _target_as_place(target: Token | None, event_type: str, actors: ActorLexicon) -> Span | None:
    """A town that is the object of an attack or a seizure, as the act's place: "Russian missiles struck
    Kharkiv" happened in Kharkiv; so does a deployment into ground ("troops entered Rafah",
    :func:`_acts_on_ground`). A state so named is a party ("Israel struck Iran"), not a place; the
    town must be one the gazetteer or the tagger places, read in mixed case only. A town the tagger
    labels a place but tags an adverb ("attacked Mosul") is read as the name it is."""
    if target is None or not _acts_on_ground(target, event_type):
        return None
    if target.pos_ == "NOUN" and target.dep_ == "dobj":
        named = _named_place(target)  # "attacked Huwara village": a settlement named before its noun
        if named is not None and named.dep_ == "compound" and named.head.i == target.i:
            first = min(c.left_edge.i for c in target.lefts if c.dep_ == "compound")
            return target.doc[first : target.i + 1]
        return town_naming_site(target)  # "shelled Saada prison": the site stands in the town
    if target.dep_ == "poss" and target.head.pos_ == "NOUN" and target.head.dep_ == "dobj":
        return town_naming_site(target.head)  # "struck Kramatorsk's train station", the town taken for the target
    read_as_adverb = _town_read_as_adverb(target.head)
    misread = read_as_adverb is not None and read_as_adverb.i == target.i  # "shelled Bakhmut"
    a_name = target.pos_ == "PROPN" or (target.ent_type_ in {"GPE", "LOC"} and target.is_title)  # "Mosul", an ADV
    if is_upper_sentence(target) or not (misread or (target.dep_ == "dobj" and a_name and _may_be_place(target))):
        return None
    entity = entity_of(target)
    words = entity if entity is not None else _compounded_name(target)  # unlabelled: "Mocimboa da Praia"
    if tuple(t.lower_ for t in words if t.pos_ != "DET") in actors.country_names:
        return None
    town = words.label_ in {"GPE", "LOC", "FAC"} if entity is not None else False
    described = _described_as_a_settlement(target)  # "captured Rubaya, a mining town": a place, known or not
    if not (town or described or gazetteer_country(_fold(words.text)) is not None):
        return None  # "kill Americans": a people, not a place
    return words if described or _place_country(list(words), actors) is not None else None


def _acts_on_ground(target: Token, event_type: str) -> bool:
    """An attack or seizure, whose object may be a town ("shelled Kharkiv"), or any act whose verb takes
    only ground as its object (``ground_verbs``): armed forces' deployment into a town ("troops entered
    Rafah", MOBILIZE) happened in the town they entered."""
    return event_type in _PLACE_ACTS or _ground_object(target, load_trigger_lexicon())


def _town_set_in_its_region(place: Span | None, town: Span | None) -> bool:
    """Whether ``place`` only sets the attacked ``town`` in its land or province, written right after it
    ("shelled Mubi in Walikale territory", "attacked Marawi in the southern Philippines"): the town is
    where the act happened, the region its address, as in "a school in Gao, Mali"."""
    if place is None or town is None or place.start <= town.end or town[-1].pos_ == "NOUN":
        return False  # "attacked an al-Shabaab camp in Lower Juba": a site named for its holder is no town
    between = place.doc[town.end : place.start]
    return between[0].lower_ == "in" and all(t.pos_ == "DET" for t in between[1:]) and _names_a_land_or_province(place)


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
