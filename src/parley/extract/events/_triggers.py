"""The trigger stage, find_triggers, with the uses it rules out: attacks in words, figurative (sport,
markets, the arts), accidental, questioned or symbolic uses; and the test of sport copy an article
is read by (is_sport_copy, plays_in_sport_copy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.actors import ARMED_SECTORS, load_actor_lexicon, names_organisation, names_premises
from parley.extract.dates import is_upper_sentence
from parley.extract.events._lexicons import (
    _PLACE_LABELS,
    _TRIGGER_POS,
    FigurativeSenses,
    Trigger,
    TriggerLexicon,
    load_trigger_lexicon,
)
from parley.extract.events._parse import (
    _actor,
    _clause_subject,
    _for_a_reason,
    _subject,
    _under_attack,
    _verb_of_types,
)
from parley.extract.events._places import _child, _closed_clause, _country_name, _gazetteer_name, _prep_object
from parley.extract.events._trigger_senses import (
    _alert,
    _as_peacekeeping,
    _by_what_is_taken,
    _doer_sector,
    _is_mistagged_verb,
    _is_setting,
    _keep_noun,
    _mode_of_means,
    _verb_event,
    _weapon_mode,
    out_of_object,
)
from parley.extract.events._trigger_words import (
    _counted,
    _headline_truce_start,
    _is_armed,
    _is_country,
    _is_striker,
    _noun_forms,
    _noun_trigger,
    _takes_place,
    let_go_ahead,
)
from parley.extract.nlp import agent_of, is_to_infinitive, preposition_objects, resolve_relative, token_column
from parley.extract.status import (
    QUESTION_WORDS,
    directive_speaker,
    load_status_cues,
    occurring_status,
    permitted_status,
    rejoinder_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _is_verbal(token: Token, lexicon: TriggerLexicon) -> bool:
    """'withering attacks', 'attacked Rubio in the debate': an attack marked as made in words.

    The speech an attack is made "in" marks it; one made "during" a speech is an assault on its
    audience ("a gunman attacked the candidate during a speech"), and so is any attack by an armed
    party.
    """
    if token.pos_ == "VERB" and _is_armed(_subject(token)):
        return False
    if token.pos_ == "VERB" and not is_upper_sentence(token) and (
            _attacks_in_words(token, lexicon) or _attacked_on_grounds(token, lexicon)
            or _attacked_by_speaker(token, lexicon)):
        return True  # not in upper-case wire text, where the tagger calls any word a name
    if token.pos_ == "NOUN" and not is_upper_sentence(token) and _attack_noun_in_words(token, lexicon):
        return True
    anchors = [token, token.head] if token.dep_ == "dobj" else [token]
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in {"amod", "compound"} and (
                    child.lower_ in lexicon.verbal_adjectives or child.lemma_.lower() in lexicon.verbal_adjectives):
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    o.lemma_.lower() in lexicon.speech_settings for o in child.children if o.dep_ == "pobj"):
                return True
    return False


def _attacked(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """What an attack verb strikes: its object, its passive subject, or for "fire" and "hit" what
    they are aimed "at" ("Bush fired at Trump")."""
    attacked = _child(verb, "dobj", "nsubjpass")
    if attacked is None and verb.lemma_.lower() in lexicon.attack_at_lemmas:
        attacked = _prep_object(verb, frozenset({"at"}))
    return attacked


def _attack_doer(verb: Token) -> Token | None:
    """Who attacks: the active subject (through a relative pronoun), the passive's "by" phrase, or
    the noun a participle describes ("a TV spot attacking Strickland")."""
    doer = _subject(verb)
    if doer is None:
        agent = _child(verb, "agent")
        doer = _child(agent, "pobj") if agent is not None else None
    if doer is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        doer = verb.head
    return resolve_relative(doer, verb) if doer is not None else None


def _named_person(token: Token | None) -> bool:
    """A person named by the tagger, not a place or country it mistook for one."""
    return token is not None and token.ent_type_ == "PERSON" and not (
        _gazetteer_name(token) or _country_name(token))


def _is_text_attacked(token: Token, lexicon: TriggerLexicon) -> bool:
    """A text, a stance or a person's record: what words attack ("the bill", "his record", "the
    questioners")."""
    if token.lower_ in load_actor_lexicon().military_premises:
        return False  # "hit Ukrainian positions", "attacked army posts": premises, not stances
    return _counted(token).lemma_.lower() in lexicon.attacked_texts


def _attacks_in_words(verb: Token, lexicon: TriggerLexicon) -> bool:
    """"attacked the bill", "attacked his record": a text or a stance is attacked in words; so is a
    named person by a named person or a pronoun standing for one ("Trump attacked Clinton", "he
    attacked Cruz relentlessly")."""
    attacked = _attacked(verb, lexicon)
    if attacked is None:
        return False
    if _is_text_attacked(attacked, lexicon):
        return True
    doer = _attack_doer(verb)
    if _is_person_attacked_in_words(attacked, lexicon):  # "Trump attacked the media"; not "a man attacked a reporter"
        return _speaks_rather_than_fights(doer, lexicon)
    return _is_person_named(doer) and _named_person(attacked)  # an armed doer was ruled out by the caller


#: Pronouns that stand for a state or a group rather than a person: "it", "they" attack with arms.
_GROUP_PRONOUNS = frozenset({"it", "they", "them"})


def _is_person_named(doer: Token | None) -> bool:
    """A doer written as a person's name or a pronoun for one: who attacks a named person in words. The
    tagger often calls a surname alone ("Trump") an organisation, so a capitalised name of no other
    entity label counts; a state does not ("Russia would attack Kharkiv")."""
    if doer is None:
        return False
    named = doer.ent_type_ == "PERSON" or (
        doer.ent_type_ in {"", "ORG"} and doer.pos_ in {"PROPN", "NOUN"} and doer.text[:1].isupper())
    personal = doer.tag_ == "PRP" and doer.lower_ not in _GROUP_PRONOUNS
    return named or personal


def _is_person_attacked_in_words(token: Token, lexicon: TriggerLexicon) -> bool:
    """Rivals, candidates, the press: people politicians attack in words (``people`` in the lexicon)."""
    return _counted(token).lemma_.lower() in lexicon.attacked_people


def _is_speaker_noun(doer: Token | None, lexicon: TriggerLexicon) -> bool:
    """A campaign, an ad or a politician named by its noun or a modifier (``speakers``), unarmed."""
    if doer is None or _is_armed(doer):
        return False
    # a compound names the speaker ("a TV spot", "the Biden campaign"); an adjective only qualifies
    # the doer ("rival clans", "rival factions" fight)
    words = _noun_forms(doer) | {c.lemma_.lower() for c in doer.children if c.dep_ == "compound"}
    return bool(words & lexicon.attack_speakers)


def _speaks_rather_than_fights(doer: Token | None, lexicon: TriggerLexicon) -> bool:
    """A named person, a pronoun for one, or a speaker noun: who lodges or trades attacks in words.
    A state ("Israel and Hezbollah traded attacks", "Russia stepped up its attacks") fights."""
    if doer is None or _is_armed(doer):
        return False
    person = doer.ent_type_ == "PERSON" or (doer.tag_ == "PRP" and doer.lower_ not in _GROUP_PRONOUNS | {"we"})
    surname = doer.pos_ == "PROPN" and doer.ent_type_ in {"", "ORG"}  # the tagger often calls "Trump" a firm
    return person or surname or _is_speaker_noun(doer, lexicon)


def _attacked_on_grounds(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'attacked Clinton over her emails', 'hitting Strickland for job losses': a person attacked
    for a stated reason is criticised. Force gives no grounds so; a time span ("for hours") is none."""
    attacked = _attacked(verb, lexicon)
    if attacked is None or not (_named_person(attacked) or attacked.tag_ == "PRP"
                                or _is_text_attacked(attacked, lexicon)
                                or _is_person_attacked_in_words(attacked, lexicon)
                                or bool(_noun_forms(attacked) & lexicon.attack_speakers)):
        return False
    doer = _attack_doer(verb)
    if doer is not None and not _speaks_rather_than_fights(doer, lexicon):
        return False  # "police attacked the reporters for filming", "a mob attacked him over a rumour"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.attack_grounds):
        grounds = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
        if any(not _is_time_span(g) and not _is_bare_number(g) for g in grounds):  # "hit Al Nassr for four"
            return True
    return False


#: Nouns of a span of time, which a "for" phrase measures rather than gives grounds with.
_TIME_SPANS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "while", "time"})


def _attacked_by_speaker(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'the campaign fired back', 'a TV spot attacking Strickland', 'super PAC ads that attack Trump':
    a campaign, an ad or a politician attacks in words (``speakers`` in the lexicon)."""
    attacked = _attacked(verb, lexicon)
    if attacked is not None and (_is_armed(attacked) or names_premises(attacked, load_actor_lexicon())):
        return False  # "government opponents attacked a police station": force
    return _is_speaker_noun(_attack_doer(verb), lexicon)


def _criticised_under_attack(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'Romney came under attack for his comments', 'the law came under fire from Republicans': one
    under attack for a reason, a text under it, or an attack from a speaker (campaigns, parties,
    lawmakers) is criticism; "the convoy came under fire" stays force."""
    under = _under_attack(noun, lexicon)
    if under is None or _is_armed(under):
        return False
    source = _prep_object(noun, frozenset({"from"})) or _prep_object(noun.head.head, frozenset({"from"}))
    from_speaker = source is not None and not _is_armed(source) and (
        bool(_noun_forms(source) & lexicon.attack_speakers) or _named_person(source))
    return _for_a_reason(noun) or _is_text_attacked(under, lexicon) or from_speaker


def _attack_noun_in_words(noun: Token, lexicon: TriggerLexicon) -> bool:
    """'his attacks on Rubio', 'Romney's attacks', 'attacks that Trump lodged against Cruz': an
    attack noun aimed at a named person or a text, made by a named person, or lodged or levelled
    (``lodging_verbs``) is criticism; attacks by or on an armed party stay force."""
    if _criticised_under_attack(noun, lexicon):
        return True
    owner = _child(noun, "poss")
    aimed = _prep_object(noun, frozenset({"on", "against"}))
    if _is_armed(owner) or _is_armed(aimed):
        return False
    if aimed is not None:  # "Putin's attacks on Ukraine's energy grid" are force; "on Rubio" words
        return _named_person(aimed) or _is_text_attacked(aimed, lexicon) or _named_person(_child(aimed, "poss"))
    if _named_person(owner):
        return True
    verbs = [noun.head] if noun.dep_ == "dobj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"]
    return any(v.lemma_.lower() in lexicon.attack_lodging_verbs and _speaks_rather_than_fights(_subject(v), lexicon)
               for v in verbs)


def _as_criticism(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """A verbal attack is criticism (CAMEO 111, PLOVER ACCUSE disapprove), not an ASSAULT."""
    if trigger is None or trigger.type != "ASSAULT" or trigger.token.lemma_.lower() not in lexicon.verbal_attack_lemmas:
        return trigger
    verb = trigger.token
    if not _is_verbal(verb, lexicon) or _market_or_sport_subject(verb, lexicon) \
            or _told_of_play(verb, _clause_subject(verb), lexicon) or _tells_a_score(verb):
        return trigger  # "shares hit a record high", "hit Zamalek with two goals", "hit Al Nassr for four":
        # ``_is_figurative`` drops it
    return Trigger(trigger.token, "ACCUSE", "disapprove", nominal=trigger.nominal)


def _market_or_sport_subject(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Shares hit a record high', 'the striker fired a shot': a verb whose subject is a market, a
    work or a player (``figurative`` movers, works, players) strikes no one, in words or otherwise."""
    fig = lexicon.figurative
    subject = _child(verb, "nsubj")
    return subject is not None and subject.ent_type_ not in {"GPE", "NORP", "PERSON"} and (
        subject.lemma_.lower() in fig.movers | fig.works | fig.players)


def _as_walkout(trigger: Trigger | None, lexicon: TriggerLexicon) -> Trigger | None:
    """'nurses are striking over pay', 'the miners struck for a week': striking people with no one
    struck are on a labour strike (PROTEST strike), not attacking; "jets struck the town" has its target."""
    if trigger is None or trigger.nominal or trigger.type != "ASSAULT":
        return trigger
    token = trigger.token
    if token.lemma_.lower() not in lexicon.labour.nouns or _child(token, "dobj", "nsubjpass") is not None:
        return trigger
    if _prep_object(token, frozenset({"with"})) is not None or _struck_party(token):
        return trigger  # "struck back at the police", "struck at the convoy with rocks"
    if not _is_striker(_subject(token), lexicon.labour):
        return trigger
    return Trigger(token, "PROTEST", "strike", nominal=False)


def _struck_party(verb: Token) -> bool:
    """'struck back at the militants', 'struck against Israel': a party struck at or on, or an armed
    one or a country struck against. Workers strike "at the mine" (a place) or "against the
    government" (whom they protest)."""
    hit = _actor(_prep_object(verb, frozenset({"at", "on"})), load_actor_lexicon())
    opposed = _prep_object(verb, frozenset({"against"}))
    return (hit is not None and hit.sector is not None) or _is_armed(opposed) or _is_country(opposed)


def _is_spoken_demand(token: Token) -> bool:
    """'issued a reminder to Syria that it must respect the border': a speech noun whose clause says
    someone must act is a demand (REQUEST), as "said Syria must respect the border" is."""
    return _demanded_clause(token) is not None


def _demanded_clause(token: Token) -> Token | None:
    """The that-clause of a speech noun that says someone must act, wherever the parser hung it."""
    cues = load_status_cues()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.speech_nouns:
        return None
    addressees = [token, token.head] if token.dep_ == "dobj" else [token]
    clauses = [c for c in token.children if c.dep_ in {"acl", "relcl", "ccomp"}]
    clauses += [c for a in addressees for p in a.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "relcl"]
    return next((c for c in clauses if directive_speaker(c, cues) == token), None)


def find_triggers(sent: Span, lexicon: TriggerLexicon | None = None) -> list[Trigger]:
    """Event triggers in a sentence, in text order."""
    lexicon = lexicon or load_trigger_lexicon()
    actors = load_actor_lexicon()
    out: list[Trigger] = []
    pos = token_column(sent.doc, "POS")
    for i in range(sent.start, sent.end):
        if pos[i] not in _TRIGGER_POS and pos[i] != "ADJ":
            continue  # read from one column: a Token per word costs more than the rules below
        if pos[i] == "ADJ" and not _is_mistagged_verb(sent.doc[i]):
            continue  # an adjective is a trigger only as a headline verb ("Rebels free 20 hostages")
        token = sent.doc[i]
        truce = _headline_truce_start(token, lexicon)
        if truce is not None:  # "Truce to take effect at dawn": planned, whatever the tagger made of "Truce"
            out.append(Trigger(token, *truce, nominal=True, status="planned"))
            continue
        if _headline_release_of_captive(token, lexicon) is not None:
            continue  # "Iran frees detained French tourist": the release is the event, read at "frees"
        released = _headline_release(token, lexicon)
        if released is not None:
            out.append(released)
            continue
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ccomp") or _is_mistagged_verb(token):
            trigger = _as_walkout(_as_criticism(_as_peacekeeping(_verb_event(token, lexicon), lexicon), lexicon),
                                  lexicon)
            if trigger is not None and not (_by_accident(trigger, lexicon) or _symbolic(trigger, lexicon)
                                            or _is_figurative(trigger, lexicon)
                                            or _is_question(trigger, lexicon)
                                            or _alleged_by_no_one(trigger)
                                            or _names_kind_of_attack(trigger, lexicon)
                                            or _describes_released_captive(trigger, lexicon)):
                out.append(trigger)
        elif token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ not in {"ORG", "PERSON", "GPE"}:
            if _is_spoken_demand(token):
                out.append(Trigger(token, "REQUEST", None, nominal=True))
                continue
            alert = _alert(token, lexicon)
            if alert is not None:
                out.append(alert)
                continue
            if _names_claim_answered(token):
                continue
            hit = _noun_trigger(token, lexicon)
            noun = _by_what_is_taken(Trigger(token, *hit, nominal=True), lexicon) if hit is not None else None
            if noun is not None and hit is not None and _is_setting(token, hit, lexicon, actors):
                continue
            if noun is not None and _names_kind_of_attack(noun, lexicon):
                continue  # "a deadly shooting attack": one attack
            if noun is not None and _in_released_captive_description(token, lexicon):
                continue  # "release 12 soldiers captured in clashes": the clashes are earlier news too
            if noun is not None and (_is_figurative(noun, lexicon)
                                     or (noun.type == "RETREAT" and _by_accident(noun, lexicon))):
                continue  # "an assault on the smartphone market", "floods forced the evacuation of ..."
            if noun is not None and _keep_noun(token, lexicon, actors):
                kept = _as_criticism(_as_peacekeeping(noun, lexicon) or noun, lexicon) or noun
                if _takes_place(token, lexicon):  # "talks will take place", "fighting continues"
                    kept = replace(kept, status=occurring_status(token))
                out.append(_as_permitted(kept, lexicon))
    return _as_protest_damage(_without_riot_damage(out), lexicon)


def _as_permitted(trigger: Trigger, lexicon: TriggerLexicon) -> Trigger:
    """'allowed the march to go ahead', 'did not allow the rally to take place': an act held by leave
    takes the status of its permission (planned once granted, refused when denied), which the
    clause around it does not tell (it reads "allowed" as a fact)."""
    if not let_go_ahead(trigger.token, lexicon):
        return trigger
    status = permitted_status(trigger.token)
    return replace(trigger, status=status) if status is not None else trigger


#: Verbs of damage that deface or topple rather than burn or wreck: vandalism (PLOVER PROTEST vandalize).
_DEFACING = frozenset({"deface", "vandalize", "vandalise", "topple", "daub", "spray", "smash", "pull"})


def _as_protest_damage(triggers: list[Trigger], lexicon: TriggerLexicon) -> list[Trigger]:
    """'Protesters set fire to the parliament building', 'rioters torched cars', 'demonstrators
    defaced a statue': damage done by protesters is a riot or vandalism (PLOVER PROTEST riot,
    vandalize), not an armed attack or censorship. Settlers or villagers who burn homes attack.
    Civilians occupying a building protest by obstruction; troops occupying a country attack; ground
    described as occupied tells who holds it, not an act."""
    out = []
    for trigger in triggers:
        if trigger.token.lemma_.lower() == "occupy" and trigger.token.dep_ in {"acl", "amod"}:
            continue  # "neighbourhoods occupied by the guerrillas", "occupied territory": a state, no act
        damage = (trigger.type, trigger.mode) in {("ASSAULT", "destroy"), ("COERCE", "censor")}
        subject = _subject(trigger.token) if damage and not trigger.nominal else None
        if subject is not None and subject.lemma_.lower() in lexicon.assembly_protesters:
            defacing = trigger.token.lemma_.lower() in _DEFACING
            trigger = replace(trigger, type="PROTEST", mode="vandalize" if defacing else "riot")
        elif trigger.token.lemma_.lower() == "occupy" and not trigger.nominal \
                and _doer_sector(trigger.token, lexicon) in lexicon.protesting_sectors:
            trigger = replace(trigger, type="PROTEST", mode="obstruct")  # "students occupied the university"
        out.append(trigger)
    return out


def _names_kind_of_attack(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'a shooting attack', 'a stabbing attack': a participle of an assault that modifies an attack noun
    says what kind of attack it was (the noun's mode); the noun is the one event."""
    token = trigger.token
    if trigger.type != "ASSAULT" or token.dep_ not in {"amod", "compound"} or token.head.i <= token.i:
        return False
    hit = _noun_trigger(token.head, lexicon) if token.head.pos_ == "NOUN" else None
    return hit is not None and hit[0] == "ASSAULT"


def _names_claim_answered(token: Token) -> bool:
    """", an accusation the RSF denied": the noun points back at the report before it, which has its
    own event; the answer is the rejoinder's verb."""
    rejoinder = rejoinder_of(token)
    return rejoinder is not None and rejoinder.noun == token


#: Dependencies that open a clause of its own: a score or a subject there belongs to another act.
_OWN_CLAUSES = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "xcomp", "acl"})


def _clause_tokens(verb: Token, *, skip: Callable[[Token], bool] | None = None) -> list[Token]:
    """The words of a verb's own clause, without the clauses hung on it (nor the phrases ``skip`` says)."""
    out = [verb]
    for child in verb.children:
        if child.dep_ not in _OWN_CLAUSES and (skip is None or not skip(child)):
            out.extend(child.subtree)
    return out


def _sets_the_act(child: Token) -> bool:
    """A phrase that tells when, where or why an act happened, not its result: "after the 2-1 defeat",
    "during the 1980-88 war", "in the 3-2 ruling's aftermath", "at the 1-0 match"."""
    if child.dep_ not in {"prep", "npadvmod"}:
        return False
    if child.lower_ in _SETTING_PREPOSITIONS:
        return True
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _SETTING_NOUNS for o in child.children)


#: Prepositions of time, place or cause, whose phrase sets an act and gives none of its result.
_SETTING_PREPOSITIONS = frozenset({"after", "before", "following", "since", "during", "amid", "amidst", "until",
                                   "despite", "at", "over", "ahead", "throughout"})
#: Nouns that set an act in the time after another ("in the aftermath of the 3-2 vote").
_SETTING_NOUNS = frozenset({"aftermath", "wake", "run-up", "lead-up"})


def _has_score(verb: Token) -> bool:
    """'beat Chelsea 2-1', 'stormed to a 3-0 victory': a result written as two whole numbers of at
    most three digits joined by a hyphen, the higher or equal first; a range of figures ('20-30
    people') rises, and years run on ('the 2014-15 offensive', 'the 1980-88 war'). Not a tally of votes
    ('in a 13-2 vote, the Council imposed sanctions') nor one in a phrase that sets the act in time or
    place ('attacked fans after the 2-2 draw')."""
    tallies = load_trigger_lexicon().figurative.tallies
    doc = verb.doc
    for t in sorted(_clause_tokens(verb, skip=_sets_the_act), key=lambda t: t.i):
        if t.i + 2 >= len(doc) or t.whitespace_ or not _SCORE_NUMBER.fullmatch(t.text):
            continue
        hyphen, second = doc[t.i + 1], doc[t.i + 2]
        tallied = any(w.lemma_.lower() in tallies for w in doc[t.i + 3 : t.i + 5])  # "a 5-4 court ruling"
        if hyphen.text == "-" and not hyphen.whitespace_ and _SCORE_NUMBER.fullmatch(second.text) \
                and int(t.text) >= int(second.text) and not tallied:
            return True
    return False


def _tells_a_score(verb: Token) -> bool:
    """A result in the verb's clause ("beat Chelsea 2-1") or goals or runs counted alone ("hit Al
    Nassr for four"): play between sides, neither force nor words."""
    return _has_score(verb) or _scored_for(verb)


def _scored_for(verb: Token) -> bool:
    """'Al Hilal hit Al Nassr for four', 'hit for six': a "for" phrase whose object is a number alone
    counts goals or runs (a bare count is no time span, "for three days", nor grounds, "for his
    remarks"); force is measured in time or people named."""
    return any(_is_bare_number(o) for o in preposition_objects(verb, {"for"}))


def _is_bare_number(noun: Token) -> bool:
    """A number standing alone as a phrase's object ("for four"), counting nothing it names; a year
    ("for 2016") is a date."""
    return noun.pos_ == "NUM" and noun.ent_type_ not in {"DATE", "TIME"}


#: A side's score: a whole number of one to three digits ("3", "110"); a year is none.
_SCORE_NUMBER = re.compile(r"\d{1,3}")


def _is_figurative(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """War words used of sport, markets or the arts (see ``figurative`` in the lexicon): "the striker
    attacked the goal", "stocks rallied", "the dollar retreated", "the film bombed", "a bill was killed
    in committee", "bombarded with questions", "Liverpool beat Chelsea 2-1". No party acts on another."""
    fig = lexicon.figurative
    token = trigger.token
    if trigger.nominal and token.lemma_.lower() == "demand" and token.tag_ == "NN":
        # "weak demand from China", "oil demand": buyers' demand, not a party's request
        wanted = _prep_object(token, frozenset({"for"}))  # "strong demand for the release of ..." is a call
        if _child(token, "poss") is not None:
            return False  # "the opposition's strong demand for early elections": a party's request
        return (wanted is None or wanted.lemma_.lower() not in lexicon.nouns) and any(
            c.lower_ in fig.demand_modifiers for c in token.children if c.dep_ in {"amod", "compound"})
    if trigger.type not in fig.types:
        return False
    if trigger.type == "ASSAULT" and _campaign_of_words(token, lexicon):
        return True  # "launched a charm offensive", "a diplomatic offensive"
    if not trigger.nominal and (_contest_won(token, fig) or _rivals_clash(token, fig)
                                or _fights_for_a_cause(token, lexicon)):
        return True  # "I can beat Hillary Clinton", "Clinton and Sanders clashed over guns"
    if trigger.nominal and _rivals_contest(token, fig):
        return True  # "her battle with Sanders", "a legal battle", "the nomination fight"
    verb = token
    if trigger.nominal:  # "launched an assault on the smartphone market", "came under attack"
        if not any(p.lower_ in {"on", "against", "for"} and any(o.lemma_.lower() in fig.contests for o in p.children
                                                          if o.dep_ == "pobj")
                   for p in token.children if p.dep_ == "prep"):
            if token.dep_ not in {"dobj", "pobj"}:
                return False
            verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
            if verb.pos_ not in {"VERB", "AUX"}:
                return False
        else:
            return True
    subject = _clause_subject(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subject = verb.head  # "The film bombed at the box office": a main verb the parser hung on its subject
    if subject is not None and (subject.ent_type_ not in {"GPE", "NORP", "PERSON"} or _names_a_currency(subject, fig)):
        head = subject.lemma_.lower()
        if head in fig.movers | fig.works or (head in fig.players and (
                trigger.type != "PROTEST" or token.lemma_.lower() == "rally")):
            # "stocks rallied", "the album stormed to the top", "the cyclist launched an attack"; a player
            # who protests ("athletes protested against the war") protests, unless rallying in a match
            return True
        if trigger.type == "ASSAULT" and head in fig.candidates and not trigger.nominal:
            # "the other candidates battled for second place": campaigning; but candidates who
            # "reacted to a mass shooting" only speak of an act done by others
            return True
        undergoes = trigger.nominal and token.dep_ == "pobj" and token.head.lower_ == "under"
        if trigger.type == "ASSAULT" and head in fig.firms and not undergoes and not any(
                c.lower_ in fig.firm_exceptions for c in subject.children if c.dep_ in {"compound", "amod"}):
            return True  # "the internet giant launched an assault", "the central bank attacked inflation";
            # a bank that "came under attack" is what was attacked
    if trigger.type in fig.play_types and _told_of_play(verb, subject, lexicon):
        return True  # "Senegal struck twice in the first half", "launched a counter-attack in the second half"
    if trigger.nominal:
        return False
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    forces = _names_forces(subject)
    if any(_counted(o).lemma_.lower() in fig.contests for o in objects) and not forces:
        return True  # "attacked the goal", "Argentina captured the World Cup"; not "riot police stormed the pitch"
    left = out_of_object(token)
    if left is not None and left.lemma_.lower() in fig.contests:
        return True  # "Nigeria bombed out of the Africa Cup of Nations"
    if lemma in fig.proposal_verbs and any(_counted(o).lemma_.lower() in fig.proposals for o in objects):
        return True  # "a bill was killed in committee", "shot down the proposal", "fought off a takeover bid"
    for prep in (c for c in token.children if c.dep_ in {"prep", "agent"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            what = obj.lemma_.lower()
            if prep.lower_ in {"to", "into", "from", "for", "over"} and what in fig.contests and not forces:
                return True  # "withdrew from the tournament", "banned for three matches", "stormed to victory",
                # "stormed into the final"
            # (not "at", "in" or "on": "a bomber attacked fans at the match" is where an attack happened)
            if prep.lower_ == "with" and what in fig.pelted_with and trigger.type == "ASSAULT":
                return True  # "bombarded with questions"
            if prep.lower_ == "by" and what in fig.setbacks | fig.movers and trigger.type == "ASSAULT":
                return True  # "the tour was hit by cancellations", "hammered by weak demand"
    return _tells_a_score(token)


def _campaign_of_words(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """'a charm offensive', 'launched a diplomatic offensive': an attack noun, or an attack noun a
    verb launches, qualified by a field of words, trade or image (``campaign_domains``) is a campaign,
    not force. The object of a verb of force is its target ("jets struck the media office")."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else [
        c for c in trigger.children if c.dep_ == "dobj" and _noun_trigger(c, lexicon) is not None]
    return any(m.dep_ in {"amod", "compound"} and m.lower_ in lexicon.figurative.campaign_domains
               for noun in nouns for m in noun.children)


def _names_forces(party: Token | None) -> bool:
    """Troops, police, rebels or a government as a party ("riot police stormed the pitch", "the rebels
    stormed to victory"): they act by force even in a stadium. A country named alone is also what a
    national side is called in sport copy ("Argentina captured the World Cup"), so it is none."""
    if party is None or _named_country(party):
        return False
    forces = _actor(party, load_actor_lexicon())
    return forces is not None and forces.sector in ARMED_SECTORS | {"GOV"}


def _told_of_play(verb: Token, subject: Token | None, lexicon: TriggerLexicon) -> bool:
    """'Al Ahly hit Zamalek with two late goals', 'Senegal struck twice in the first half': a war word
    whose own clause tells play in a match (``play_terms``, ``play_periods``) is sport, unless force
    shows (``_force_shows``): "fans attacked police in the second half", "pelted the referee with
    bottles", "Israel struck Gaza in the first minutes" stay."""
    fig = lexicon.figurative
    if not any(_tells_play(t, fig) for t in _clause_tokens(verb, skip=_sets_the_act)):
        return False
    return not _force_shows(verb, subject, lexicon)


def _struck_parties(verb: Token) -> list[Token]:
    """Whom or what a war verb acts on: its object, passive subject, or an "at", "on" or "against" phrase."""
    found = (_child(verb, "dobj", "nsubjpass"), _prep_object(verb, frozenset({"at", "on", "against"})))
    return [t for t in found if t is not None]


def _force_shows(verb: Token, subject: Token | None, lexicon: TriggerLexicon) -> bool:
    """What keeps a war word literal among words of sport: a party with a sector but a country (fans,
    police, troops, rebels, a capital for its government), a town a country acts on ("Russia struck
    Kharkiv"), or a weapon as doer or means ("a bomb hit the stand", "pelted with bottles")."""
    targets = _struck_parties(verb)
    if any(_has_a_sector(p) for p in (subject, *targets) if p is not None):
        return True
    if _named_country(subject) and any(_names_a_town(t) and not _named_country(t) for t in targets):
        return True  # a country strikes towns; a club's rival is often labelled a place ("Chelsea")
    armed_subject = subject is not None and _weapon_mode(subject, lexicon) is not None
    return armed_subject or _mode_of_means(verb, lexicon) is not None


def _has_a_sector(party: Token) -> bool:
    """A party with a sector the actor lexicon knows (police, fans, rebels), other than a country."""
    if _named_country(party):
        return False
    actor = _actor(party, load_actor_lexicon())
    return actor is not None and actor.sector is not None


def _named_country(party: Token | None) -> bool:
    """A country by the actor lexicon's name for it, whatever label the tagger gave ("Senegal struck
    twice"); the tagger's place label alone is also given to clubs and towns ("Chelsea")."""
    if party is None:
        return False
    name = (*(t.lower_ for t in party.lefts if t.dep_ == "compound"), party.lower_)  # "Saudi Arabia"
    return _country_name(party) or (party.pos_ == "PROPN" and name in load_actor_lexicon().country_names)


def _tells_play(token: Token, fig: FigurativeSenses) -> bool:
    """A word of play in a match: a goal, a header, a penalty ("with two late goals"), a part of the
    match set by an ordinal, an owner or a mark of time ("in the first half", "their own half", "in
    straight sets"), or a minute counted in figures ("in the 78th minute"). An "of" phrase makes it
    another sense ("the goal of the operation", "the first half of 2024")."""
    lemma = token.lemma_.lower()
    if lemma in fig.play_lines:
        return _a_sides_line(token)
    if token.pos_ != "NOUN" or lemma not in fig.play_terms | fig.play_periods | fig.play_clock:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    if lemma in fig.play_terms:
        return True
    if lemma in fig.play_clock:  # "the 78th minute"; "the first minutes" of a raid are no match's
        return any(_ORDINAL.fullmatch(c.lower_) is not None for c in token.children)
    return any(c.dep_ == "poss" or c.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(c.lower_) is not None
               or c.lower_ in fig.play_period_marks for c in token.children)


def _a_sides_line(line: Token) -> bool:
    """'the Chelsea defence', 'Milan's midfield': a line of players (``play_lines``) owned by a named
    side that is no country and no party with a sector. An army's or a country's defences ("Ukraine's
    air defence", "the Hezbollah defence"), a plural ("the city's defences"), a "defence of" a town
    and a noun modifier ("the defence ministry") are the war's."""
    if line.pos_ != "NOUN" or line.tag_ != "NN" or line.dep_ == "compound" or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in line.children):
        return False
    owners = [c for c in line.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"]
    return bool(owners) and not any(_named_country(o) or _has_a_sector(o) for o in owners) and not any(
        c.dep_ in {"amod", "compound"} and c.pos_ != "PROPN" for c in line.children)


#: A written ordinal number ("78th", "1st", "22nd"), which the tagger may not label ORDINAL.
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def is_sport_copy(doc: Doc, lexicon: TriggerLexicon) -> bool:
    """An article most of whose sentences (three at least) tell sport (``_tells_sport``): a match
    report or a results round-up, where "Liverpool hit Manchester United" needs no goal beside it."""
    sents = list(doc.sents)
    if len(sents) < _SPORT_COPY_MIN_SENTENCES:
        return False
    return 2 * sum(_tells_sport(sent, lexicon.figurative) for sent in sents) >= len(sents)


#: Sentences an article needs before its sentences' share of sport is read as its section.
_SPORT_COPY_MIN_SENTENCES = 3


def _tells_sport(sent: Span, fig: FigurativeSenses) -> bool:
    """A sentence with a word of play, a player, a sport word (``sport_copy_words``) or a score."""
    words = fig.players | fig.sport_copy_words
    return any(_tells_play(t, fig) or (t.pos_ == "NOUN" and t.lemma_.lower() in words) for t in sent) \
        or _has_score(sent.root)


def plays_in_sport_copy(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """In sport copy (``is_sport_copy``), a war verb between a named side and a named rival or none is
    play: "Liverpool hit Manchester United", "Arsenal attacked down the left". Kept: a noun trigger, a
    doer that is no proper noun ("gunmen attacked the team bus"), any party with a sector but a country
    (fans, police, rebels), a place a country strikes ("Russia struck Kharkiv") or a weapon named
    (``_force_shows``), and a country as target. The tagger labels clubs places ("Chelsea"), so a
    place is read as a rival when the doer is no country ("Liverpool hit Chelsea")."""
    verb = trigger.token
    if trigger.nominal or trigger.type not in lexicon.figurative.play_types:
        return False
    subject = _clause_subject(verb)
    if subject is None or subject.pos_ != "PROPN" or _force_shows(verb, subject, lexicon):
        return False
    return not any(_named_country(t) for t in _struck_parties(verb))  # "Colombia overran Paraguay" is left


def _names_a_currency(subject: Token, fig: FigurativeSenses) -> bool:
    """'The naira retreated against the dollar': the tagger may label a currency named after its land a
    place or a people; a common noun among the ``movers`` names no party whatever its label (a person
    named "Sterling" is left to the name)."""
    return subject.ent_type_ != "PERSON" and subject.lemma_.lower() in fig.movers


def _rivals_clash(verb: Token, fig: FigurativeSenses) -> bool:
    """'Clinton and Sanders clashed over gun control', 'Rubio battled Cruz for evangelical votes':
    named people who clash, battle or spar (``rivalry_verbs``) with each other argue; fighting is
    done by forces, crowds and groups, which news does not name one by one."""
    if verb.lemma_.lower() not in fig.rivalry_verbs:
        return False
    doers = [d for d in (_subject(verb),) if d is not None]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]
    foes = [o for o in (_child(verb, "dobj"), _prep_object(verb, frozenset({"with", "against"}))) if o is not None]
    named = [d for d in doers + foes if d.ent_type_ == "PERSON" and not (_gazetteer_name(d) or _country_name(d))]
    return bool(doers) and len(named) == len(doers + foes) and len(named) >= 2


def _fights_for_a_cause(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'Warren fought for tougher bank rules', 'he has been fighting to repeal the health law': a
    person who fights (``cause_verbs``) for a cause or to get something done campaigns for it. Only a
    speaker (a named person, a pronoun for one, a politician's noun) is read so, and only with no foe
    named: fighters fight for a party, a place or ground ("for the Taliban", "for Bakhmut", "for
    control of the airport"), or to take or hold it ("fought to retake the town")."""
    fig = lexicon.figurative
    if verb.lemma_.lower() not in fig.cause_verbs or not _speaks_rather_than_fights(_fighter(verb), lexicon):
        return False
    if _child(verb, "dobj") is not None or _prep_object(verb, frozenset({"against", "with", "alongside"})):
        return False  # "fought the Taliban", "fought alongside the Kurds": a foe or an ally in arms
    if _fought_at_a_place(verb):
        return False  # "fought for the opposition in Aleppo", "fought for money in Donbas"
    causes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj" and not _is_time_span(o)]  # not "for years"
    if causes:
        return all(_is_cause(cause, fig) for cause in causes)
    aims = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
            and is_to_infinitive(c)]  # "fought (for years) to repeal"
    return any(_is_civil_aim(aim, lexicon) for aim in aims)


def _fighter(verb: Token) -> Token | None:
    """Who fights: the verb's subject, or that of the verb it completes ("she would keep fighting")."""
    subject = _subject(verb)
    if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    return subject


def _is_cause(noun: Token, fig: FigurativeSenses) -> bool:
    """What is fought for as a cause: no party, place, ground or span of time ("for the rebels",
    "for Kherson", "for control of the road", "for hours")."""
    if noun.ent_type_ in _PLACE_LABELS | {"ORG", "NORP"} or _is_armed(noun):
        return False
    actor = _actor(noun, load_actor_lexicon())
    if actor is not None and (actor.country is not None or actor.sector in ARMED_SECTORS | {"GOV"}):
        return False  # "fought for the government", "for his country"
    return _counted(noun).lemma_.lower() not in fig.held_ground


def _fought_at_a_place(verb: Token) -> bool:
    """A place named in a phrase of the verb other than what is fought for ("in Kherson", "until the
    fall of Baghuz"): a war's setting. Campaigns are told by their cause and rarely by a battlefield."""
    phrases = [c for c in verb.children if c.dep_ in {"prep", "npadvmod", "advmod"} and c.lower_ != "for"]
    return any(_names_a_town(t) for c in phrases for t in c.subtree)


def _names_a_town(token: Token) -> bool:
    """A place by its entity label or a gazetteer town the tagger mislabelled ("in Aleppo", as NORP)."""
    return token.ent_type_ in _PLACE_LABELS or _gazetteer_name(token)


def _is_time_span(noun: Token) -> bool:
    """A span of time a "for" phrase measures ("for years", "for three days"), giving no grounds."""
    return noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in _TIME_SPANS


def _is_civil_aim(aim: Token, lexicon: TriggerLexicon) -> bool:
    """'fought to repeal the law', 'fought to keep the library open': an aim that is no act of force,
    nor the taking, holding or defending of ground (``force_aims``: "fought to hold the bridge")."""
    if aim.lemma_.lower() in lexicon.figurative.force_aims:
        return False
    aimed = _child(aim, "dobj")
    if aimed is not None and (_names_a_town(aimed) or _counted(aimed).lemma_.lower() in lexicon.figurative.held_ground
                              or _noun_trigger(aimed, lexicon) is not None):
        return False  # "fought to free Mosul", "fought to reach the besieged town", "fought to win the war"
    hit = lexicon.verbs.get(aim.lemma_.lower())
    return hit is None or hit[0] != "ASSAULT"


def _rivals_contest(noun: Token, fig: FigurativeSenses) -> bool:
    """'Clinton's battle with Sanders', 'her battle against Sen. Bernie Sanders', 'a legal battle',
    'the nomination fight': a battle or a fight (``rivalry_verbs`` as nouns) of a named person or a
    pronoun for one against a named person, or one named a contest by its modifier
    (``contest_modifiers``), is a political or legal contest. A battle against an armed party or a
    leader of one ("the army's battle against Kony") stays force."""
    if noun.lemma_.lower() not in fig.rivalry_verbs:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in fig.contest_modifiers for c in noun.children):
        return True
    owner = _child(noun, "poss")
    foe = _prep_object(noun, frozenset({"with", "against"}))
    if foe is None or _is_armed(foe) or _is_armed(owner) or not _rival_name(foe):
        return False
    return _rival_name(owner) or (owner is not None and owner.lower_ in _PERSONAL_POSSESSIVES)


def _rival_name(token: Token | None) -> bool:
    """A person's name as a rival in a contest ("with Obama", "against Sanders"): labelled a person,
    or a proper noun the tagger left unlabelled or called a firm, as it often does with surnames;
    no country, place or people. ``_named_person`` doubts a lone "Obama", a town in Japan, which
    only a preposition of place would make one."""
    if token is None or token.pos_ != "PROPN" or _country_name(token):
        return False
    if token.ent_type_ == "PERSON":
        return True
    return token.ent_type_ in {"", "ORG"} and not names_organisation([token], load_actor_lexicon())


#: Possessives that stand for a person ("her battle with Sanders"); "their" may stand for a group.
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})


def _contest_won(verb: Token, fig: FigurativeSenses) -> bool:
    """'Cruz beat Trump', 'I can beat Hillary Clinton', 'he can't beat her': a verb of winning
    (``contest_verbs``) done to a named person, or with "can"/"could" of ability, is a contest won.
    Force shows in an armed doer, a weapon, "beat up" or "to death", and stays an assault."""
    if verb.lemma_.lower() not in fig.contest_verbs or _is_armed(_subject(verb)):
        return False
    beaten = _child(verb, "dobj")
    if beaten is None:
        return False
    said = {c.lower_ for c in verb.children} | {o.lower_ for c in verb.children if c.dep_ == "prep"
                                                for o in c.children}
    if said & fig.contest_force_words:
        return False  # "beat him to death", "beat up a reporter", "beat them with batons"
    if not _rival(_subject(verb)):
        return False  # "a mob beat Ahmed Khan", "thugs beat journalist Maria Lopez": an assault
    able = any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"} for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"able", "unable"})
    titled = any(c.dep_ in {"compound", "amod"} and c.ent_type_ != "PERSON" for c in beaten.children)
    named = _named_person(beaten) and not titled  # not "journalist Maria Lopez": a role says who was hurt
    return named or (able and beaten.tag_ == "PRP")


def _rival(doer: Token | None) -> bool:
    """Who runs against another: one who speaks rather than fights (a named person, a pronoun for
    one, a candidate), or "we" ("we can beat him"). A crowd, a mob or a gang that beats someone
    assaults them."""
    return doer is not None and (doer.lower_ == "we" or _speaks_rather_than_fights(doer, load_trigger_lexicon()))


def _is_hazard(cause: Token, lexicon: TriggerLexicon) -> bool:
    """A hazard named by its noun ("floods") or with the noun compounded before it ("heat waves",
    "a cold snap"), so a wave of attacks is not one."""
    if cause.ent_type_ != "":
        return False
    lemma = cause.lemma_.lower()
    compounds = [c.lemma_.lower() for c in cause.children if c.dep_ == "compound"]
    return lemma in lexicon.hazards or any(f"{c} {lemma}" in lexicon.hazards for c in compounds)


def _names_a_hazard(doer: Token, lexicon: TriggerLexicon) -> bool:
    """'Floods', 'heavy snow', 'Wildfires' (which the tagger may take for a name when capitalised),
    'Hurricane Ian', 'Tropical Storm Daniel': a hazard by its noun, or a storm by the title before its
    name (``storm_titles``). A "storm of rockets" or "a hail of bullets" is the weapons it names (not "a
    storm of protest", which is no party's act either)."""
    weapons = _prep_object(doer, frozenset({"of"}))
    if weapons is not None and _weapon_mode(weapons, lexicon) is not None:
        return False
    # "Floodwaters" labelled an organisation, "the glacier" tagged an adjective ("glaci")
    misread = doer.pos_ in {"NOUN", "ADJ"} or doer.ent_type_ == "PERSON"
    if _is_hazard(doer, lexicon) or (misread and bool(_noun_forms(doer) & lexicon.hazards)):
        return True
    return doer.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.storm_titles
                                        for c in doer.subtree if c.i < doer.i)  # "Tropical Storm Daniel"


def _done_by_a_hazard(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'The storm cut power to 40,000 homes', 'Hurricane Ian hit Florida', 'floodwaters retreated',
    'wildfires forced thousands to evacuate': a verb whose doer is a hazard tells what nature did, no
    party's act. An evacuation with no subject of its own is done by whoever forced it (not "the storm
    forced troops to withdraw", where troops still pull back from a front)."""
    doer = _child(verb, "nsubj")
    if doer is None and verb.dep_ == "xcomp" and verb.lemma_.lower() in lexicon.evacuation_verbs:
        doer = _child(verb.head, "nsubj")
    return doer is not None and _names_a_hazard(doer, lexicon)


def _by_accident(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Floods killed 40 people', 'killed in a car crash', 'killed when their boat capsized': harm done
    by a hazard or a failing vehicle is no assault (see ``accidents`` in the lexicon); nor is any
    other act a hazard does ("the storm cut power", "Hurricane Ian hit Florida")."""
    token = trigger.token
    if not trigger.nominal and _done_by_a_hazard(token, lexicon):
        return True
    if trigger.type == "RETREAT" and trigger.mode == "withdraw" and trigger.nominal and token.dep_ == "dobj":
        # "wildfires forced the evacuation of 10,000 residents": people moved out of a hazard's way,
        # no party withdrawing from another
        cause = _child(token.head, "nsubj")  # the tagger may take a capitalised "Wildfires" for a name
        return cause is not None and bool(_noun_forms(cause) & lexicon.hazards) and cause.ent_type_ in {"", "PERSON"}
    if trigger.type != "ASSAULT":
        return False
    subject = _child(token, "nsubj")
    if not trigger.nominal and _workplace_blast(subject, lexicon):
        return True
    if trigger.mode not in {None, "destroy"}:  # "floods destroyed 2,000 homes"
        return False
    causes = [resolve_relative(subject, token) if subject is not None else None,  # "landslides that killed 50"
              _prep_object(token, frozenset({"in", "by"}))]
    if any(c is not None and _names_a_hazard(c, lexicon) for c in causes):
        return True
    if any(_failing_thing(c, lexicon) for c in token.children):
        return True
    closed = _closed_clause(token)  # "a station canopy collapsed, killing 15": what failed is no party
    hazard = _child(closed, "nsubj") if closed is not None else None
    if hazard is not None and hazard.lemma_.lower() in lexicon.hazards and hazard.ent_type_ == "":
        return True  # "an earthquake struck the region, killing 40": the killer is the hazard
    failed = _child(closed, "nsubj") if closed is not None and closed.lemma_.lower() in lexicon.failures else None
    if closed is None or failed is None or failed.pos_ != "NOUN" or _actor(failed, load_actor_lexicon()) is not None:
        return False
    return not _struck(closed, token, lexicon)  # not "a building collapsed after an Israeli strike, killing 20"


#: The (type, mode) of a capture: what a participle describing a released captive tells.
_CAPTURES = frozenset({("ASSAULT", "abduct"), ("COERCE", "arrest"), ("COERCE", "seize")})


def _describes_released_captive(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Rebels release 12 soldiers captured in clashes', 'freed 30 students kidnapped from a school':
    an undated participle of capture on whom a release frees says who the captives are; their
    capture is earlier news, no event of this report. One dated ("hostages abducted on October 7")
    stays, as it can be recorded on its day."""
    verb = trigger.token
    if (trigger.type, trigger.mode) not in _CAPTURES or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    captive = verb.head
    if captive.dep_ not in {"dobj", "nsubjpass"} or any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False
    release = _verb_event(captive.head, lexicon) if captive.head.pos_ == "VERB" else None
    return release is not None and (release.type, release.mode) == ("RETREAT", "release")


def _headline_release_of_captive(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The headline verb of release the parser made the subject of a participle of capture: in
    "Taliban release detained British journalist" and "Iran frees detained French tourist" it reads
    "Taliban release" as a noun phrase and "detained" as the main verb. The word before the
    participle is a verb of release in a present form ("release", "frees"), with a capitalised party
    hung on it; the participle only says who the captive is, as in :func:`_describes_released_captive`.
    Returns the word of release, or None."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]  # the cheap tests of the parse first: this runs for every past form
    if word.dep_ != "nsubj" or word.head.i != verb.i or word.pos_ != "NOUN":
        return None
    base = word.lower_[:-1] if word.lower_.endswith("s") else word.lower_
    if lexicon.verbs.get(base) != ("RETREAT", "release") or not _names_a_captive(_child(verb, "dobj")):
        return None
    captured = _verb_event(verb, lexicon)
    if captured is None or (captured.type, captured.mode) not in _CAPTURES:
        return None
    party = any(c.dep_ in {"compound", "nmod", "amod"} and c.i < word.i and c.is_title for c in word.children)
    return word if party else None


def _names_a_captive(noun: Token | None) -> bool:
    """An object that names someone held: not "nobody" nor a noun under "no"."""
    if noun is None or noun.lower_ in {"nobody", "none", "no-one"}:
        return False
    return not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _headline_release(word: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """The release a headline tells through a word the parser made a subject ("Taliban release
    detained British journalist"): a release of whom the participle's object names."""
    verb = word.head
    if word.dep_ != "nsubj" or _headline_release_of_captive(verb, lexicon) != word:
        return None
    return Trigger(word, "RETREAT", "release", nominal=True, target=_child(verb, "dobj"))


def _in_released_captive_description(noun: Token, lexicon: TriggerLexicon) -> bool:
    """An event noun inside an undated participle that describes released captives ("soldiers
    captured in clashes"): part of who the captives are, as the participle is."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    participle = _verb_event(prep.head, lexicon)
    return participle is not None and _describes_released_captive(participle, lexicon)


def _failing_thing(clause: Token, lexicon: TriggerLexicon) -> bool:
    """'killed when their boat capsized', 'died after the roof collapsed': a clause of a thing that
    failed as the harm was done. Talks or a truce that collapsed ("attacked the town after talks
    collapsed") are events that broke down, no failing vehicle or building: the attack stands."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in lexicon.failures:
        return False
    if not any(m.lower_ in {"when", "after", "as"} for m in clause.children if m.dep_ in {"mark", "advmod"}):
        return False
    failed = _child(clause, "nsubj")
    return failed is None or _noun_trigger(failed, lexicon) is None


def _workplace_blast(doer: Token | None, lexicon: TriggerLexicon) -> bool:
    """'An explosion at a fireworks factory injured nine workers', 'a fire at a warehouse killed 11':
    a blast or fire told by itself at a place of work, with no weapon, attacker or owner named
    (``workplace_blasts`` in the lexicon), is an industrial accident, no party's assault. A blast at
    a market, a checkpoint or a police station is left to the event rules, as is "a bomb blast at a
    factory", "Israeli fire" or "the explosion at the plant", which refers to one told before."""
    if doer is None or doer.lemma_.lower() not in lexicon.blast_nouns or doer.ent_type_ != "":
        return False
    if any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in doer.children):
        return False  # "a bomb blast", "a suicide explosion", "Israeli fire", "its fire"
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in doer.children):
        return False
    sites = [o for p in doer.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "inside"}
             for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in lexicon.workplaces and o.ent_type_ == "" for o in sites)


def _struck(verb: Token, closing: Token, lexicon: TriggerLexicon) -> bool:
    """Whether a clause tells an attack that made it happen besides the participle that closes it: "after
    an Israeli strike", "when a missile hit it"."""
    for child in verb.children:
        if child.i == closing.i:
            continue
        if child.dep_ == "advcl" and _verb_of_types(child, frozenset({"ASSAULT"})):
            return True
        obj = _child(child, "pobj") if child.dep_ == "prep" else None
        hit = _noun_trigger(obj, lexicon) if obj is not None else None
        if hit is not None and hit[0] == "ASSAULT":
            return True
    return False


def _alleged_by_no_one(trigger: Trigger) -> bool:
    """'It was alleged that police beat detainees', 'it has been claimed that ...': an accusation in
    the passive with an empty "it" and no "by" phrase names neither accuser nor accused; it is the
    writer's hedge on the clause, which it leaves alleged (:mod:`parley.extract.status`), no act of
    accusing of its own."""
    verb = trigger.token
    return (trigger.type == "ACCUSE" and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
            and any(c.dep_ == "ccomp" for c in verb.children) and agent_of(verb) is None)


def _is_question(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Asked whether the troops had left', 'asked why', 'asked about the casualties': a question
    requests nothing (see ``questions`` in the lexicon)."""
    token = trigger.token
    if trigger.type != "REQUEST" or token.lemma_.lower() not in lexicon.question_verbs:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in lexicon.question_preps:
            return True
        if child.dep_ in {"ccomp", "advcl"} and (child.left_edge.lower_ in QUESTION_WORDS or any(
                c.dep_ == "mark" and c.lower_ in lexicon.question_marks for c in child.children)):
            return True  # "asked whether ...", "asked why ...", "asked what weapons ..."
    return False


def _symbolic(trigger: Trigger, lexicon: TriggerLexicon) -> bool:
    """'Burning American flags', 'set fire to an effigy': a gesture, no destruction (``symbols``)."""
    if trigger.type != "ASSAULT" or trigger.mode != "destroy":
        return False
    token = trigger.token
    burnt = _child(token, "dobj") or _prep_object(token, frozenset({"to"})) or next(
        (c for c in token.lefts if c.dep_ in {"npadvmod", "compound", "nmod"}), None)  # "a Koran-burning protest"
    return burnt is not None and burnt.lemma_.lower() in lexicon.symbols


def _without_riot_damage(triggers: list[Trigger]) -> list[Trigger]:
    """'Prisoners rioted, setting fire to mattresses', 'protesters marched, torching cars': damage
    done in the course of a protest, told by a participle of the protest verb, makes the protest a
    riot (CAMEO 145, PLOVER PROTEST riot), not a second event of its own.

    The participle must share the protest's subject and the protest verb must be intransitive:
    "farmers were protesting while police were torching their tractors" and "the militants
    demonstrated their reach, torching a police station" are attacks of their own.
    """
    protests = {t.token.i for t in triggers
                if t.type == "PROTEST" and not t.nominal and _child(t.token, "dobj") is None}
    damage = [t for t in triggers
              if t.type == "ASSAULT" and t.mode == "destroy" and t.token.tag_ == "VBG"
              and t.token.dep_ in {"advcl", "conj"} and t.token.head.i in protests
              and _child(t.token, "nsubj", "aux") is None]
    rioting = {t.token.head.i for t in damage}
    return [replace(t, mode="riot") if t.token.i in rioting else t for t in triggers if t not in damage]
