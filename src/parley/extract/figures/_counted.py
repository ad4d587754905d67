"""The counted noun (the nummod head, "N of ...", a pronoun's antecedent) and the category cued by the
governing verb, nominal or phrase: harmed, taken, moved, held, tallied.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon, names_party, normalise_tokens
from parley.extract.events import is_armed_strike, is_labour_strike, load_trigger_lexicon
from parley.extract.figures._exclusions import _counts_after_day_and_month
from parley.extract.figures._expressions import _after_repeat_prefix, _noun_after, _participle_cue
from parley.extract.figures._lexicons import (
    _COUNTED_MODIFIER_DEPS,
    _NOT_COUNTED_WORDS,
    _PEOPLE_CATEGORIES,
    _WALK_DEPS,
    _Expr,
    _lexicons,
)
from parley.extract.figures._units import _is_person, _misread_predicate, _Unit
from parley.extract.nlp import (
    AIMED_PREPOSITIONS,
    CAPTIVE_ROLES,
    is_bare_captive_complement,
    is_captive_complement,
    is_misread_captive,
    is_to_infinitive,
    preposition_objects,
    sentence_of,
    verb_stems,
)
from parley.extract.numbers import lexicon
from parley.types import Category

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _counted_head(doc: Doc, expr: _Expr, unit: _Unit) -> Token | None:
    """The noun the number counts: nummod head, the noun after "N of", or for a unit the noun it modifies."""
    anchor = doc[expr.end - 1]
    if unit.unit_token is not None:
        unit_tok = doc[unit.unit_token]
        if unit.category == "age" or (unit.category == "duration" and doc[expr.end].text == "-"):
            return _modified_noun(unit_tok)
        if unit.unit == "percent":
            return _share_of(unit_tok)  # "about 70% of the dead", "5% of its workforce"
        if unit.category is None and _measures_a_noun(unit_tok):
            return _compound_top(unit_tok.head)  # "a 40-tonne truck", "a 5km exclusion zone": what it measures
        return unit_tok if unit.category == "duration" else None
    if unit.category == "age" and expr.end < len(doc) and _misread_predicate(doc, expr):
        return None  # "children under 5 account for": an age of the people before, counting no "account"
    if _counts_after_day_and_month(doc, expr):  # the parser hangs "12" on "May" in "5 May 12 people"
        return _compound_top(doc[expr.end])
    for tok in reversed(doc[expr.start:expr.end]):
        head = tok.head
        if _DESIGNATION.fullmatch(head.text) and head.dep_ in _COUNTED_MODIFIER_DEPS | {"nummod"} \
                and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "40 AK-47 rifles": the parser hangs the count on the model's name
        on_adjective = tok.dep_ == "npadvmod" and head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.i > head.i
        if on_adjective:
            head = head.head  # "Thirty injured soldiers": the parser hangs the count on the adjective
        modifies = (tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") or on_adjective) \
            and head.i >= expr.end \
            and not _subject_of_misread_verb(tok, head)
        if modifies and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lexicon().scales \
                and not _is_time_after(head, expr):
            return _compound_top(head)
        shared = _whole_shared_out(tok)
        if shared is not None:
            return shared
    whole = _whole_of_part(doc, expr) or _noun_past_participle(anchor) or _nominal_participle(anchor)
    if whole is not None:
        return whole
    if anchor.lower_ in lexicon().suffix_multipliers:  # "1.8m people": the parser takes "m" for the head
        noun = _noun_after(doc, expr.end - 1)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS"):
            return _compound_top(noun)
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:  # "six of the 11 wounded": the part counts what the whole's participle names
                return _nominal_participle(objects[0]) or objects[0]
    return None


def _whole_shared_out(share: Token) -> Token | None:
    """"half the 400 families fled", "half the 46 dead": a share word right before the whole's article,
    with no "of", which the parser hangs on the whole's noun ("predet") or on its count ("quantmod").
    The share counts what the whole counts, as "half of the 400 families" does."""
    if share.lower_ not in _SHARE_WORDS or share.i + 1 >= len(share.doc) or share.nbor().dep_ == "prep":
        return None
    whole = share.head
    if whole.i <= share.i or share.dep_ not in _SHARE_DEPS:
        return None
    if whole.pos_ in ("NOUN", "PROPN"):
        return _compound_top(whole)
    if whole.pos_ == "NUM" and whole.dep_ == "nummod":
        return _nominal_participle(whole) or _compound_top(whole.head)
    return None


#: Relations the parser gives a share word before an article: "[half] the 400 families".
_SHARE_DEPS = frozenset({"predet", "quantmod", "nummod"})


def _subject_of_misread_verb(number: Token, head: Token) -> bool:
    """"About 5.4 million needed food aid": the tagger reads the verb after a bare count as a
    participle modifying its object, so the count seems to count "aid". A count hung on a singular
    noun that heads its clause, across such a verb and no plural noun, is the verb's subject and
    counts nothing written; "18 wanted suspects", "2 million displaced people" keep their noun."""
    doc = number.doc
    verb = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if verb is None or verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.head.i != head.i:
        return False
    clause_head = head.dep_ in ("ROOT", "ccomp") and head.tag_ == "NN"
    return clause_head and number.lower_ not in ("1", "one") \
        and not any(t.tag_ in ("NNS", "NNPS") for t in doc[verb.i + 1 : head.i])


def _noun_past_participle(anchor: Token) -> Token | None:
    """"detained 18 wanted suspects": the parser may make the count the subject of the participle that
    modifies the noun after it; the count still counts that noun."""
    participle = anchor.head
    noun = participle.head
    if anchor.dep_ != "nsubj" or participle.i != anchor.i + 1 or participle.dep_ not in ("amod", "compound"):
        return None
    return _compound_top(noun) if noun.pos_ in ("NOUN", "PROPN") and noun.i > participle.i else None


def _nominal_participle(number: Token) -> Token | None:
    """"the 11 wounded", "of the 2 million displaced", "the 300 evacuated": after "the" a count and a
    participle or adjective of fate stand for people, so that word is what is counted. Without the
    article ("11 wounded in the blast") the word is the count's predicate, and counts nothing written."""
    if number.pos_ != "NUM" or number.i + 1 >= len(number.doc):
        return None
    fate = number.nbor(1)
    if number.dep_ == "nummod" and number.head.i == fate.i:
        whole = fate  # "the 300 evacuated": the parser makes the participle the noun
    elif fate.dep_ in ("acl", "amod") and fate.head.i in (number.i, _part_of_whole(number).i):
        whole = number  # "two of the 15 injured": the parser may hang it on the part
    else:
        return None
    if not _names_a_fate(fate) or (fate.i + 1 < len(fate.doc) and fate.nbor(1).pos_ == "NOUN"):
        return None
    # "the 10 wounded and 3 dead": the article of the first conjunct serves the second
    articled = (whole, whole.head) if whole.dep_ == "conj" else (whole,)
    # "half the 46 dead": after a share word the parser may hang the article on the count
    shared = [c for c in number.children if c.dep_ in ("det", "quantmod") and c.lower_ == "the"]
    return fate if shared or any(c.dep_ == "det" and c.lower_ == "the" for w in articled for c in w.children) else None


def _part_of_whole(whole: Token) -> Token:
    """The part a whole hangs on by "of" ("two" in "two of the 15"), or the whole itself."""
    return whole.head.head if whole.dep_ == "pobj" and whole.head.lower_ == "of" else whole


def _names_a_fate(word: Token) -> bool:
    """A participle or adjective of what befell people ("wounded", "dead", "evacuated"), not any
    participle ("the 40 listed", "the 12 named"), which may stand for things as well."""
    return _participle_cue(word) is not None


def _measures_a_noun(unit_tok: Token) -> bool:
    """A measure's unit word modifying the noun after it ("a 30-km corridor", "50mph winds"): the figure
    measures that thing, as "a four-day truce" lasts it."""
    head = unit_tok.head
    return unit_tok.dep_ in ("compound", "amod") and head.i > unit_tok.i and head.pos_ in ("NOUN", "PROPN")


def _is_time_after(head: Token, expr: _Expr) -> bool:
    """'up from 1,500 last year': the parser hangs the number on a time phrase after it, which is when
    the count held, not what it counts."""
    return head.ent_type_ in ("DATE", "TIME") and head.tag_ == "NN" and any(
        c.i > expr.end - 1 and c.dep_ in ("amod", "det") for c in head.children) and head.i > expr.end


def _share_of(percent: Token) -> Token | None:
    """What a percentage is a share of: the noun of its "of" phrase ("70% of the dead")."""
    for prep in percent.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN", "ADJ"):
                return _compound_top(noun)
            if noun is not None:
                return _nominal_participle(noun)  # "30% of the 500 wounded"
    return None


def _whole_of_part(doc: Doc, expr: _Expr) -> Token | None:
    """'destroyed 23 of 27 drones': the parser hangs the part on the whole's number, so the part
    counts the noun the whole counts."""
    part, after = doc[expr.end - 1], doc[expr.end] if expr.end < len(doc) else None
    whole = part.head
    if after is None or after.lower_ != "of" or part.dep_ != "quantmod" or whole.pos_ != "NUM":
        return None
    if whole.i <= after.i or whole.dep_ != "nummod" or whole.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return _compound_top(whole.head)


def _compound_top(tok: Token) -> Token:
    """The head noun of a compound chain: the parser may hang the number on "Thai" in "Thai workers"."""
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _modified_noun(tok: Token) -> Token | None:
    """The noun a compound adjective like "four-day" or "10-month-old" modifies."""
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.i > tok.i:
            return cur
    return None


def _noun_phrase(doc: Doc, head: Token, after: int) -> tuple[int, int]:
    """Token range of the counted phrase: head with its left modifiers and noun conjuncts."""
    start = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.i < after or child.dep_ not in _COUNTED_MODIFIER_DEPS or child.i != start - 1:
            break
        if child.lower_ in _NOT_COUNTED_WORDS or child.like_num:
            break
        start = child.i
        edge = child.left_edge.i  # "two short-range ballistic missiles": the modifier's own hyphened words
        while edge < start and doc[edge].dep_ in {"det", "predet", "poss"}:
            edge += 1  # "a $3500 a month mortgage": not the article of the modifier
        if edge >= after and not any(t.like_num for t in doc[edge:start]):
            start = edge
    end = head.i if start < head.i and is_captive_complement(head) else head.i + 1  # "took 12 workers hostage"
    conjuncts = [c for c in head.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    has_cc = any(c.dep_ == "cc" for c in head.rights)
    if conjuncts and has_cc and not any(c.dep_ == "nummod" or c.like_num or c.lower_ in _SINGLE_COUNTS
                                        for c in conjuncts[0].children):
        end = conjuncts[0].i + 1  # "60 Israeli hostages and foreigners"; not "two soldiers and a commander"
    return start, end


#: Determiners that count one of a noun on their own: "two soldiers and a commander".
_SINGLE_COUNTS = frozenset({"a", "an", "one", "another"})


def _after_compound(doc: Doc, expr: _Expr, unit: _Unit) -> int:
    """First token after the number and any compound adjective it heads ("10-month-old", "four-day")."""
    if unit.unit_token is None:
        return expr.end
    after = unit.unit_token + 1
    if [t.lower_ for t in doc[after:after + 2]] == ["-", "old"]:
        return after + 2
    return after + 1 if after < len(doc) and doc[after].lower_ == "old" else after


def _pronoun_counted(head: Token, anchor: Token) -> Token | None:
    """For "13 of them were Israeli citizens" the attribute names what is counted."""
    verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and verb.lemma_ == "be":
        attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        if attrs:
            return attrs[0]
    for child in anchor.children:
        if child.dep_ in ("appos", "npadvmod") and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _cue_of(tok: Token, *, as_noun: bool) -> Category | None:
    lex = _lexicons()
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ == "NOUN" and is_labour_strike(tok):
        return None  # "teachers staged two strikes": stoppages of work, not military strikes
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and not as_noun):
        return lex.cue_verbs.get(lemma)
    if tok.pos_ == "ADJ":
        return lex.cue_adjectives.get(lower)
    if lemma in lex.materiel_heads and any(
            c.dep_ in ("amod", "compound") and c.lower_ in lex.materiel_modifiers for c in tok.children):
        return "military"  # "12 armoured vehicles", "seven air defence systems"
    if _is_weapon_designation(tok):
        return "military"  # "seized 25 AK-47s", "received 12 F-16s": the model's name counts the arms
    if lemma in lex.force_verbs:
        return None  # "torched 20 polling stations": as a noun a verb moving forces names a place
    return lex.cue_nouns.get(lower) or lex.cue_nouns.get(lemma) or lex.cue_verbs.get(lemma)


def _is_weapon_designation(tok: Token) -> bool:
    """A weapon family's designation written as a plural noun ("AK-47s", "T-72s", "Su-25s", "M16s"): its
    letters before the digits name a family of arms (figure_categories.json weapon_designations). The
    plural is required: a bare designation may name a group ("killed 40 M23" counts rebels)."""
    if not (tok.text.endswith("s") and _DESIGNATION.fullmatch(tok.text[:-1])):
        return False
    letters = re.match(r"[A-Za-z]+", tok.text)
    return letters is not None and letters.group().lower() in _lexicons().weapon_prefixes


def _modifier_cue(tok: Token) -> Category | None:
    """Cues in the counted noun's own modifiers: "Palestinians imprisoned", "wounded soldiers"."""
    lex = _lexicons()
    for child in tok.children:
        if child.dep_ == "relcl" and _told_of_a_part(child):
            continue  # "40 protesters, 12 of whom were later released": the clause is about the 12
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "ADJ") and not _agent_clause(child):
            cue = lex.cue_verbs.get(child.lemma_.lower()) or lex.cue_adjectives.get(child.lower_)
            if cue:
                return cue
        if child.dep_ == "amod" and child.lower_ in lex.cue_adjectives:
            return lex.cue_adjectives[child.lower_]
        if child.dep_ == "amod" and child.lower_.endswith("ed") and (
                cue := next((lex.cue_verbs[s] for s in verb_stems(child.lower_) if s in lex.cue_verbs), None)) \
                and cue in _PEOPLE_CATEGORIES:
            return cue  # "abducted workers": a participle the tagger calls an adjective; not "coal-fired plants"
        if child.dep_ == "compound" and child.is_upper and child.lower_ in lex.cue_adjectives:
            return lex.cue_adjectives[child.lower_]  # "40 WOUNDED SOLDIERS": all caps tags the adjective a name
    return None


def _told_of_a_part(clause: Token) -> bool:
    """A relative clause whose subject is a part of its noun: "12 of whom", "most of them"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ in ("WP", "WDT", "PRP") for g in p.children)
        for p in c.children) for c in clause.children)


def _agent_clause(verb: Token) -> bool:
    """"12 men who had killed a shopkeeper": the relative pronoun is the subject of an active verb with an
    object, so the counted people did what the verb says rather than underwent it ("who died", "who fled"
    and "who were freed" still say what happened to them)."""
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and "auxpass" not in deps and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)


#: Verbs that tell people's fate only when people are what they act on: "took 12 hostages", but "took
#: 12 penalties", "holds 40 events a year", "traded at 25 times earnings".
#: Verbs whose object "lives" are the dead: "claimed 120 lives", "cost 9,000 lives" (not "saved").
_LIFE_TAKERS = frozenset({"claim", "cost", "take"})


#: A currency's ISO code, as figures give their unit: "USD", "GBP".
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
#: A model's designation: letters, an optional hyphen, digits ("AK-47", "T-72", "Su-25", "M1").
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?")

_POLYSEMOUS_FATE_VERBS = frozenset({"take", "grab", "hold", "keep", "trade", "exchange", "return", "hand", "round",
                                    "snatch"})


def _verb_cue(start: Token) -> Category | None:
    """Walk up from the counted noun to the first verb and read its cue (or its predicate adjective)."""
    lex = _lexicons()
    cur = start
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _WALK_DEPS:
            return None
        if _subject_of_misread_verb(cur, head):  # "2.1 million needed emergency shelter": "needed" governs
            return _own_verb_cue(cur.doc[cur.i + 1])
        if cur.dep_ == "agent" and head.pos_ in ("VERB", "AUX"):
            return None  # "ten villagers were killed by five gunmen": the agents did it, they did not undergo it
        if cur.dep_ == "prep" and cur.lower_ == "from" and (
                head.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "dobj" for c in head.children)):
            return None  # "expelled diplomats from seven countries": where they are from, not who underwent it
        if head.pos_ in ("VERB", "AUX"):
            if _raises_a_tally(head):
                return None  # "taking the total to 60,000": the tally's count, nothing taken
            if cur.lemma_.lower() == "life" and cur.dep_ == "dobj" and head.lemma_.lower() in _LIFE_TAKERS:
                return "killed"  # "the floods have claimed 120 lives", "took the lives of 14 pilgrims"
            cue = _own_verb_cue(head)
            if cur.dep_ == "nsubj" and _took_shelter_in_refuge(head):
                return "displaced"  # "took shelter in churches": its object is no one harmed
            victim = _object_of_act(cur, head)
            harm = _harm_suffered(cur, head, victim)
            if harm is not None:
                return harm  # "four people have bullet wounds": the subject is harmed, not harming
            if cur.dep_ == "nsubj" and _lost_a_body_part(head, victim):
                return "injured"  # "two children lost their legs": maimed
            if victim is not None and head.lemma_.lower() not in _lexicons().subject_moves:
                return _phrase_cue(head, containing=victim)  # "10 soldiers killed 3 rebels": the object's cue
            if cue is None and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ in ("nsubj", "nsubjpass"):
                cur = head  # "buses carrying 39 detainees left prison": the clause verb decides
                continue
            if cue is None:
                complements = [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                               and c.i > head.i  # not "17 were freed; three remain": a clause before it
                               and not _has_own_subject(c)]  # not "two officials said 17 were killed"
                if complements:  # "were found shot to death": the complement's own phrase first
                    cue = _phrase_cue(complements[0], at_verb=True) or _own_verb_cue(complements[0])
                    if _takes_a_thing(complements[0], cur):
                        cue = None  # "the 2bn plan is expected to take three years": no one taken
            if cue is None:
                raised = cur.dep_ in ("nsubj", "nsubjpass")  # "30 are believed to be dead"; not "of the 130, ..."
                predicates = [*head.children, *(g for c in head.children if raised and c.dep_ == "xcomp"
                                                and c.lemma_ == "be" for g in c.children)]
                for child in predicates:
                    if child.dep_ in ("acomp", "attr", "oprd") and child.i != cur.i:
                        cue = lex.cue_adjectives.get(child.lower_) or lex.cue_nouns.get(child.lower_)
                        cue = cue if cue in _PEOPLE_CATEGORIES else None
            own_phrase = _phrase_cue(head, at_verb=True)
            # "shot dead 5 people": the verb's own phrase says what befell them; "shoot" alone counts what is fired
            if own_phrase in _PEOPLE_CATEGORIES and cue not in _PEOPLE_CATEGORIES:
                cue = own_phrase
            found = cue or _phrase_cue(head)
            if found == "military" and _aimed_at(cur):
                return None  # "fired tear gas at hundreds of protesters": those fired at, not what is fired
            if found in {None, "military"} and head.lemma_.lower() in lex.loss_verbs and _armed_people(cur):
                return "killed"  # "the army said it had lost 12 soldiers"
            if found == "military" and _shot_person(cur, head):
                return "injured"  # "two soldiers were shot in the chest": hit, not fired
            if found in {None, "military", "held"} and _hurt_by_blows(cur, head):
                return "injured"  # "six prisoners were badly beaten", "beaten in custody": not the stock held
            if found == "military" and _shoots_no_materiel(cur, head):
                return None  # "the crew shot 12 scenes", "hunters shot 40 deer": filmed or hunted, nothing fired
            if found == "military" and _names_people(cur) and head.lemma_.lower() not in lex.force_verbs:
                return None  # "intercepted 3,000 migrants": people are no materiel
            taking = head.lemma_.lower() == "take" and not _taken_as_captive(head)  # not "251 taken hostage"
            if found == "captured" and cur.dep_ == "nsubj" and taking:
                # "thousands took to the streets", "took part": "take" alone of the taking verbs also
                # says where people go or what they join; the others without an object are a headline's
                # passive ("hundreds rounded up in crackdown")
                return None
            captive_role = any(is_bare_captive_complement(c) or c.lemma_.lower() in CAPTIVE_ROLES
                               for c in head.children if c.i != cur.i)
            if (found == "captured" and head.lemma_.lower() in _POLYSEMOUS_FATE_VERBS and not captive_role
                    and not _taken_as_captive(head) and _taken_to_a_place(head) and not _taken_by_captors(head)
                    and lex.cue_nouns.get(cur.lemma_.lower()) not in _TAKEN):
                return None  # "ambulances took 30 people to hospital": carried somewhere, not seized
            if (found in _PEOPLE_CATEGORIES and head.lemma_.lower() in _POLYSEMOUS_FATE_VERBS
                    and not _taken_as_captive(head) and not captive_role  # "took 12 foreigners hostage"
                    and (any(c.dep_ == "prt" and c.lower_ not in ("up",) for c in head.children)
                         or (cur.pos_ == "NOUN" and not cur.like_num and cur.lower_ not in lexicon().vague_plurals
                             and cur.lower_ not in lexicon().scales and _names_a_thing(cur)))):
                return None  # "took 12 penalties", "holds 40 events", "handed out 500 fines", "took off"
            return found
        if head.pos_ == "ADJ" and cur.dep_ == "nsubj" and (cue := lex.cue_adjectives.get(head.lower_)):
            return cue  # "and 20 more injured": a predicate adjective the parser made a conjunct
        if head.pos_ == "ADJ" and cur.dep_ == "nsubj" and head.dep_ in _CLAUSE_DEPS:
            return None  # "died after two dams burst": the dams have a predicate of their own
        if head.pos_ == "NOUN" and head.lemma_.lower() not in lex.force_verbs and (
                cue := lex.cue_verbs.get(head.lemma_.lower())):  # not "20 police stations": a place
            if is_labour_strike(head):
                return None  # "teachers staged two strikes": stoppages of work
            return None if cue == "military" and _aimed_at(cur) else cue  # not "strikes on 12 cities"
        if cur.dep_ == "dobj" and head.pos_ == "PROPN" and head.is_upper and (cue := _participle_cue(head)):
            return cue  # "AND WOUNDED 6 OTHERS": all caps tags the verb a name
        cur = head
    return None


def _takes_a_thing(complement: Token, subject: Token) -> bool:
    """A verb that seizes people only in one of its senses ("take", "hold"), in a complement whose
    raised subject is a thing: "the 1.5bn plan is expected to take five years" takes time, no captives."""
    return (complement.lemma_.lower() in _POLYSEMOUS_FATE_VERBS and subject.dep_ in ("nsubj", "nsubjpass")
            and not _taken_as_captive(complement) and _names_a_thing(subject))


#: Relations of a clause inside another, whose subject says nothing of the outer verb.
_CLAUSE_DEPS = frozenset({"pcomp", "advcl", "ccomp", "relcl"})


#: Words of a share that take an "of" phrase naming the whole: "two-thirds of", "half of".
_SHARE_WORDS = frozenset({"half", "third", "quarter", "fifth", "tenth", "percent", "per", "%"})


#: Nouns of a place whose "of N people" phrase gives who live there.
_POPULATED = frozenset({"city", "town", "village", "country", "nation", "region", "province", "state", "enclave",
                        "territory", "district", "camp", "island", "capital", "area", "strip"})


def _is_population(noun: Token) -> bool:
    """'a city of around 2 million people', 'an enclave of 2.3 million': the people a place holds."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _POPULATED


def _counts_a_whole(anchor: Token, noun: Token) -> bool:
    """The figure counts the whole in "17 of the 23 abducted workers", "two-thirds of Gaza's 2.3
    million people": its noun hangs by "of" on a count or a share, the part that underwent the verb.
    The whole did not all undergo it: "the 23" were abducted, not all released."""
    return anchor.head.i == noun.i and (_whole_of_part_noun(noun) or _shared_out_whole(anchor))


def _shared_out_whole(count: Token) -> bool:
    """"half the 400 families fled": the count is the whole that a share word before its article
    divides (see :func:`_whole_shared_out`); not all 400 fled, as with "half of the 400 families"."""
    return count.dep_ == "nummod" and any(
        _whole_shared_out(share) is not None
        for share in (*count.children, *count.head.children) if share.i < count.i)


def _whole_of_part_noun(noun: Token) -> bool:
    """The noun hangs by "of" on a count or a share: "[17] of the abducted workers"; or on a counted
    noun, whose members it groups: "eight members of [one] family"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    lexicon = load_actor_lexicon()  # people, not "the 16 November assassination of six Jesuits"
    people = names_party(part, lexicon) or part.lemma_.lower() in lexicon.positions
    counted_part = part.pos_ == "NOUN" and people and any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME") for c in part.children)
    return part.pos_ == "NUM" or part.lemma_.lower() in _SHARE_WORDS or counted_part


def _has_own_subject(clause: Token) -> bool:
    """The clause names its own subject ("said [17 people] were killed"): what it tells befell that
    subject, not the subject of the verb above ("were found shot to death" has none of its own)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


#: Categories of people held against their will, whose coming back is their release.
_HELD_STATES = frozenset({"captured", "held", "missing"})


def _went_home(noun: Token) -> bool:
    """The counted people, or the count word they hang on ("thousands of Syrians"), are the
    subject of a verb of coming back (``homecomings``) and no captives: they went home; captives
    returning ("12 hostages returned to Israel") are released."""
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    homecomings = _lexicons().homecomings
    # "the number of Syrians returning home": the participle of coming back may hang on the noun itself
    returning = any(c.dep_ == "acl" and c.lemma_.lower() in homecomings for c in noun.children)
    if not returning and (subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in homecomings):
        return False
    return noun.lemma_.lower() not in load_trigger_lexicon().captive_nouns


def _aimed_at(step: Token) -> bool:
    """The walk reached a weapon's verb or noun through the phrase naming what it is aimed at."""
    return step.dep_ == "prep" and step.lower_ in AIMED_PREPOSITIONS


def _harm_suffered(subject: Token, verb: Token, harm: Token | None) -> Category | None:
    """"suffered shrapnel wounds" injures its subject, "suffered fatal wounds" kills it; "did not suffer
    any injuries", "suffered no injuries", "none of the 40 suffered injuries" harm no one ("other").
    See ``bodily_harm`` in ``data/figure_categories.json``."""
    lex = _lexicons()
    if harm is None or verb.lemma_.lower() not in lex.harm_verbs:
        return None
    if not _names_a_wound(harm):
        return None
    if harm.i + 1 < len(harm.doc) and harm.doc[harm.i + 1].pos_ == "NOUN":
        return None  # "received injuries compensation": the harm word qualifies another noun
    if (any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ == "no" for c in harm.children)
            or subject.lower_ in ("none", "neither", "nobody")):
        return "other"
    return "killed" if any(_is_fatal(c) for c in harm.children if c.dep_ in ("amod", "compound")) else "injured"


def _lost_a_body_part(verb: Token, lost: Token | None) -> bool:
    """"two children lost their legs", "three deminers lost limbs": losing a part of the body maims
    the subject; "lost their homes", "lost 12 soldiers" or "lost their first legs" (rounds of a tie) do
    not (``bodily_harm`` lost_parts)."""
    return (lost is not None and verb.lemma_.lower() in _lexicons().loss_verbs
            and lost.lemma_.lower() in _lexicons().lost_parts
            and not any(c.ent_type_ == "ORDINAL" for c in lost.children))


def _is_fatal(modifier: Token) -> bool:
    """"fatal", "mortal" wounds kill; "non-fatal", "near-fatal", "potentially fatal" ones do not (yet)."""
    if modifier.lower_ not in _lexicons().fatal_modifiers:
        return False
    doc = modifier.doc
    hedged = modifier.i >= 2 and doc[modifier.i - 1].text == "-" and doc[modifier.i - 2].lower_ in ("non", "near")
    return not hedged and not any(c.dep_ == "advmod" for c in modifier.children)


def _own_verb_cue(verb: Token) -> Category | None:
    """The cue of a verb by lemma; a participle tagged as verb ("were missing") by its adjective reading;
    a verb of leaving a place of detention ("left Ofer prison") as a release."""
    lex = _lexicons()
    if any(c.dep_ == "advmod" and c.lower_.removesuffix("ly") in lex.fatal_modifiers for c in verb.children):
        return "killed"  # "were fatally shot", "mortally wounded"
    if is_misread_captive(verb):
        return "captured"  # "took more than 240 people hostage", "hostage" read as a verb
    if _escaped_captivity(verb):
        return "released"  # "400 inmates escaped", "fled the jail": free, not held, not displaced
    if _took_shelter_in_refuge(verb):
        return "displaced"  # "3,000 residents took shelter in churches": not taken, housed as displaced
    if (left := _left_harmed(verb)) is not None:
        return left  # "two officers were left with serious injuries", "left fighting for their lives"
    cue = lex.cue_verbs.get(verb.lemma_.lower()) or _repeated_fate(verb)
    if cue is None and verb.tag_ in ("VBG", "VBN"):
        cue = lex.cue_adjectives.get(verb.lower_)
    if cue not in _PEOPLE_CATEGORIES:  # "people shot and killed by police": the passive pair's end
        fates = [lex.cue_verbs.get(c.lemma_.lower()) for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                 and (verb.tag_ == "VBN" or any(g.dep_ == "agent" for g in c.children))
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for g in c.children)]
        cue = next((f for f in fates if f in _PEOPLE_CATEGORIES), cue)
    if cue is None and verb.is_upper:  # all-caps text leaves "WOUNDED" unlemmatised
        cue = _participle_cue(verb)
    if cue is None and verb.lemma_.lower() in lex.exit_verbs and _leaves_one_of(verb, lex.detention_places):
        cue = "released"
    if cue is None and verb.lemma_.lower() in lex.driving_verbs and _leaves_one_of(verb, lex.homes, objects=False):
        cue = "displaced"  # "fighting forced 2 million people from their homes"
    if cue is None and verb.lemma_.lower() in lex.stay_verbs and _stays_in_refuge(verb):
        cue = "displaced"  # "living in makeshift tents", "staying in collective centres"
    if (cue is None and verb.lemma_.lower() in lex.evacuating_verbs
            and any(c.dep_ in ("dobj", "nsubjpass") and (_is_person(c) or c.like_num) and not _not_evacuee(c)
                    for c in verb.children)
            and _leaves_one_of(verb, lex.evacuated_places, objects=False, through=lex.evacuation_prepositions)):
        cue = "displaced"  # "troops escorted 150 civilians out of the city": an evacuation
    return cue


def _escaped_captivity(verb: Token) -> bool:
    """A verb of getting away ("escape", "flee", "break out") whose subject names captives or whose
    object or "from"/"out of" phrase names a place of detention or captors: the people are freed,
    whatever their noun ("inmates" held) or the verb ("fled" displaced) says otherwise."""
    lex = _lexicons()
    lemma = verb.lemma_.lower()
    if lemma not in lex.escape_verbs or verb.pos_ != "VERB":
        return False
    if lemma == "break" and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in lex.escape_particles
                                    for c in verb.children):
        return False  # "fighting broke out", "broke the siege"
    if any(_names_detention(p) for p in _escaped_from(verb)):
        return True
    return any(c.dep_ == "nsubj" and _names_captives(c) for c in verb.children)


def _escaped_from(verb: Token) -> list[Token]:
    """What a verb of getting away leaves: its object ("fled the jail") or the object of its
    "from"/"out of" ("escaped from prison", "broke out of a detention centre")."""
    lex = _lexicons()
    left = [c for c in verb.children if c.dep_ == "dobj"]
    through = [c for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in lex.escape_prepositions]
    return left + [g for c in through for g in c.subtree if g.dep_ == "pobj"]


def _names_detention(place: Token) -> bool:
    """A place of detention or captors, by itself or by a compound ("detention centre", "prison camp")."""
    lex = _lexicons()
    words = [place, *(c for c in place.children if c.dep_ == "compound")]
    return any(w.lower_ in lex.escape_places or w.lower_ in lex.escape_captors for w in words)


def _names_captives(noun: Token) -> bool:
    """A noun naming people held ("inmates", "hostages") or with a captive modifier ("abducted students"),
    or a count of them ("hundreds of prisoners", "dozens of the hostages")."""
    lex = _lexicons()
    if lex.cue_nouns.get(noun.lower_) == "held" or lex.cue_nouns.get(noun.lemma_.lower()) == "held":
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.captive_modifiers for c in noun.children):
        return True
    wholes = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return (noun.like_num or noun.lower_ in lexicon().vague_plurals) and any(_names_captives(w) for w in wholes)


def _repeated_fate(verb: Token) -> Category | None:
    """"nine students were rearrested", "police recaptured 14 inmates": a verb of doing again is a verb
    of its own, with the people's fate its stem names, whatever the lemmatiser makes of it ("rearreste");
    without it a clause on the noun ("who were released last year") would tell the fate. Not the stems
    of many senses ("retook three villages"), nor military ones ("relaunched two programmes"), nor a
    release, the one fate whose repeat the stem alone would misread ("re-release")."""
    word = verb.lower_
    if _after_repeat_prefix(verb):  # "re-detained", split by the tokenizer and often mistagged
        stem = word
    elif word.startswith("re") and verb.pos_ == "VERB":
        stem = word.removeprefix("re").removeprefix("-")
    else:
        return None
    fate = _people_fate_inflections().get(stem)
    return fate if fate is not None and fate != "released" else None


def _split_repeat_fate(counted: Token) -> Category | None:
    """"9 of the released fishermen were re-detained", "12 inmates were re-captured": the fate of a
    hyphenated repeat, which the tokenizer splits so that the parser hangs the verb on "be" or on "re"
    (``acomp``, ``advcl``). As with "rearrested", doing it again is the news, whatever the noun or its
    modifier says the people were before."""
    cur = counted
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _WALK_DEPS:
            return None
        if head.pos_ in ("VERB", "AUX"):
            main = head.head if head.dep_ in ("aux", "auxpass") else head  # "were" hung below "detained"
            verbs = [main, *(c for c in main.children if c.dep_ in ("acomp", "advcl", "xcomp") and c.i > cur.i)]
            return next((fate for v in verbs if _after_repeat_prefix(v) and (fate := _repeated_fate(v))), None)
        cur = head
    return None


@cache
def _people_fate_inflections() -> dict[str, Category]:
    """The written forms of the one-word verb cues of people's fates ("arrest", "arrested",
    "arresting", "captured"), each with its category, for :func:`_repeated_fate`."""
    forms: dict[str, Category] = {}
    for lemma, cue in _lexicons().cue_verbs.items():
        if " " in lemma or cue not in _PEOPLE_CATEGORIES or lemma in _POLYSEMOUS_FATE_VERBS:
            continue
        base = lemma.removesuffix("e")
        doubled = lemma + lemma[-1] if len(lemma) > 3 and lemma[-1] in "pdtg" and lemma[-2] in "aeiou" else lemma
        for form in (lemma, lemma + "s", base + "ed", base + "ing", doubled + "ed", doubled + "ing"):
            forms[form] = cue
    return forms


def _left_harmed(verb: Token) -> Category | None:
    """"two officers were left with serious injuries" (killed when the wounds are fatal), "two
    policemen were left fighting for their lives", "three are fighting for their lives in hospital":
    the state of harm a verb of leaving puts people in, or a struggle for life in care. See
    ``bodily_harm`` in ``data/figure_categories.json``."""
    lex = _lexicons()
    if verb.lemma_.lower() in lex.leaving_verbs:
        left = [c for c in verb.children if c.dep_ == "dobj"]  # the parser may hang "with burns" on them
        wounds = [obj for p, obj in _phrases_of(verb, *left) if p == "with" and _names_a_wound(obj)]
        if wounds:
            fatal = any(_is_fatal(c) for c in wounds[0].children if c.dep_ in ("amod", "compound"))
            return "killed" if fatal else "injured"
        states = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp", "oprd")]
        return "injured" if any(_struggles_for_life(c) for c in states) else None
    lives = _lives_struggled_for(verb)
    # the parser hangs "in hospital" on the verb or on "lives"
    in_care = any(obj.lower_ in lex.condition_places for p, obj in _phrases_of(verb, *lives) if p in ("in", "at"))
    return "injured" if in_care and lives else None


def _shot_person(subject: Token, verb: Token) -> bool:
    """"two soldiers were shot in the chest", "one of them was shot": people hit by fire, told in the
    passive; not "12 drones were shot down" (a particle), nor materiel ("rockets were shot"). Told
    actively ("police shot 12 protesters") the object is hit the same way, if it names people: a bare
    count may be what is fired ("troops shot 40 rounds"), and "shot dead" is a phrase of its own."""
    if verb.lemma_.lower() not in _lexicons().shot_verbs:
        return False
    if subject.dep_ == "dobj" and verb.pos_ == "VERB":
        return _shot_people(subject, verb)
    if subject.dep_ != "nsubjpass":
        return False
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and not list(c.children)) for c in verb.children):
        return False  # "shot down", "shot at but unharmed"
    if any(p == "on" and obj.lower_ in _lexicons().filmed_on for p, obj in _phrases_of(verb)):
        return False  # "shot on camera": filmed
    return _names_people_or_counts_them(subject)


def _shoots_no_materiel(target: Token, verb: Token) -> bool:
    """"shot 12 scenes", "shot 40 deer", "shot 5 dogs": what "shoot" takes as object counts materiel
    fired only when its noun names materiel ("shot 30 rounds", "shot 12 rockets") or a projectile
    (``shot_projectiles``: "shot 22 flares"); anything else is filmed, hunted or scored. A bare
    count ("shot 40 at the crowd") is left to the other rules."""
    lex = _lexicons()
    if verb.lemma_.lower() not in lex.shot_verbs or target.dep_ != "dobj" or target.pos_ != "NOUN":
        return False
    return _cue_of(target, as_noun=True) != "military" and target.lower_ not in lex.shot_projectiles


def _shot_people(hit: Token, verb: Token) -> bool:
    """"police shot 12 protesters", "shot three of his comrades": the object names people, or counts
    them by an "of" phrase, and no particle, "at", camera or state ("shot 12 people dead") says the
    shot did other than wound them."""
    states = ("prt", "oprd", "xcomp", "ccomp")
    counts_people = hit.like_num and any(p == "of" and _names_people(obj) for p, obj in _phrases_of(hit))
    if not (_names_people(hit) or counts_people) or any(c.dep_ in states for c in (*verb.children, *hit.children)):
        return False
    return not any(p == "on" and obj.lower_ in _lexicons().filmed_on for p, obj in _phrases_of(verb, hit))


def _hurt_by_blows(subject: Token, verb: Token) -> bool:
    """"two journalists were beaten unconscious", "five guards were stabbed": people hurt by blows,
    blades or fire, told in the passive; not things ("20 homes were burned") nor "beaten back"."""
    if subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in _lexicons().blow_verbs:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "the attackers were beaten back", "the houses were burned down"
    if any(p in ("in", "at") and obj.lower_ in _lexicons().contests for p, obj in _phrases_of(verb)):
        return False  # "two candidates were beaten in the runoff": defeated
    return _names_people_or_counts_them(subject)


def _names_people_or_counts_them(subject: Token) -> bool:
    """The subject names people: a count of them ("one of them", "dozens of protesters") or a noun of
    people, not of things ("two of the drones", "rockets")."""
    if subject.like_num or subject.lower_ in lexicon().vague_plurals:  # "one of them", "dozens of protesters"
        ofs = [obj for p, obj in _phrases_of(subject) if p == "of"]
        return not _names_a_thing(ofs[0] if ofs else _counted_noun(subject))
    return _names_people(subject)


def _struggles_for_life(verb: Token) -> bool:
    """"fighting for their lives", "battling for his life": a struggle of the badly wounded to live."""
    return bool(_lives_struggled_for(verb))


def _lives_struggled_for(verb: Token) -> list[Token]:
    """The "life" or "lives" of "fighting for their lives", if the verb is such a struggle."""
    lex = _lexicons()
    if verb.lemma_.lower() not in lex.struggle_verbs:
        return []
    return [obj for p, obj in _phrases_of(verb) if p == "for" and obj.lemma_.lower() in lex.struggled_for]


#: Prepositions that say where people stay or shelter: "living in tents", "sheltering at a stadium".
_STAY_PREPOSITIONS = frozenset({"in", "at", "inside", "under"})


def _places_stayed_in(verb: Token) -> list[Token]:
    """The places after the verb's "in"/"at"/"inside"/"under": "living in [tents]", "sheltered in the [basement]"."""
    return preposition_objects(verb, _STAY_PREPOSITIONS)


def _stays_in_refuge(verb: Token) -> bool:
    """People living or staying in camps, tents or collective centres are displaced: the place, not the
    verb, tells it (``refuge_stays``)."""
    return _subject_may_be_displaced(verb) and any(
        _houses_the_displaced(p) or (_bare_refuge(p) and _fled_themselves(verb))
        for p in _places_stayed_in(verb))


def _bare_refuge(place: Token) -> bool:
    """"living in tents": a plural shelter with no modifier (``fled_to_places``), which houses the
    displaced only when the people are told to have fled (see :func:`_fled_themselves`)."""
    return place.lemma_.lower() in _lexicons().fled_to_places and place.tag_ == "NNS" and not _place_modifiers(place)


def _fled_themselves(verb: Token) -> bool:
    """The people staying somewhere are told to have fled or been displaced, by a verb of the clause
    they stay in or of the one it is coordinated with ("living in tents after fleeing Khan Younis",
    "fled to Goma and are living in tents", "families displaced by the fighting are living in tents"),
    read by the verb cues (``_own_verb_cue``). A flight with a subject of its own ("to report on people
    fleeing the city") is someone else's; violence alone says nothing of where the people came from."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    stayers = {c.i for v in (verb, top) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    stay_verbs = _lexicons().stay_verbs
    for flight in top.subtree:
        if flight.pos_ != "VERB" or flight.lemma_.lower() in stay_verbs or flight.lemma_.lower() == "shelter":
            continue
        if flight.dep_ in ("acl", "relcl") and flight.head.i not in stayers:
            continue  # "people fleeing the city": others' flight
        subjects = [c for c in flight.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.i not in stayers and c.tag_ not in ("WP", "WDT") for c in subjects):
            continue  # "after militias forced residents out": someone else's flight or deed
        if _own_verb_cue(flight) == "displaced" and _fled_from_danger_or_home(flight):
            return True
    return False


#: Prepositions that name where a flight is from or to: "fled from Rafah", "fled to Goma".
_FLIGHT_PREPOSITIONS = frozenset({"from", "to", "into", "across", "out"})
#: Event types whose nouns name a danger people flee: "the fighting", "the shelling".
_FLED_EVENT_TYPES = frozenset({"ASSAULT", "FIGHT"})


def _fled_from_danger_or_home(flight: Token) -> bool:
    """A flight with no object, or from or to a place or a danger ("fleeing Khan Younis", "fled to
    Goma", "fled the fighting", "fled the floods", "fled their homes"; ``dangers_fled``), not from
    anything else ("fleeing the heat"), which tells no displacement."""
    lex, triggers = _lexicons(), load_trigger_lexicon()
    objects = [c for c in flight.children if c.dep_ == "dobj"] + preposition_objects(flight, _FLIGHT_PREPOSITIONS)
    lemmas = {o.lemma_.lower() for o in objects}
    named = any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects)
    events = {(triggers.nouns.get(lemma) or ("",))[0] for lemma in lemmas}
    return not objects or named or bool(events & _FLED_EVENT_TYPES) or bool(
        lemmas & (lex.homes | lex.evacuated_places | lex.dangers_fled))


def _took_shelter_in_refuge(verb: Token) -> bool:
    """"2,000 people took shelter in schools", "have taken shelter in Moldova": displaced; "took shelter
    from the storm in a hut", "took shelter behind a wall" are not (``refuge_stays``)."""
    lex = _lexicons()
    if verb.lemma_.lower() not in lex.shelter_taking_verbs or not any(
            c.dep_ == "dobj" and c.lemma_.lower() == "shelter" for c in verb.children):
        return False
    places = _places_stayed_in(verb)
    return _subject_may_be_displaced(verb) and any(
        _houses_the_displaced(p) or p.lemma_.lower() in lex.sheltering_places or p.ent_type_ == "GPE"
        for p in places)


def _subject_may_be_displaced(verb: Token) -> bool:
    """Forces and captives staying somewhere are no displaced people: "500 soldiers are staying in tents"."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and _not_evacuee(c) for c in verb.children)


def _houses_the_displaced(place: Token) -> bool:
    """Camps and shelters in the plural or named for refuge ("living in camps", "in makeshift
    shelters"), centres, sites and tents named for refuge ("collective centres", "displacement sites"); not a
    camp named for something else ("a training camp") nor a lone camp anyone may stay in ("a camp near Petra")."""
    lex = _lexicons()
    lemma, modifiers = place.lemma_.lower(), _place_modifiers(place)
    if lemma in lex.refuge_places:
        return not modifiers & lex.other_camps and (place.tag_ == "NNS" or bool(modifiers & lex.refuge_modifiers))
    return lemma in lex.modified_refuge_places and bool(modifiers & lex.refuge_modifiers)


def _took_cover(counted: Token) -> bool:
    """People who shelter from a raid in a basement, bunker or metro station are not displaced
    (``cover_places``): the verb they are subject of, or the clause hung on them ("400 people sheltered
    in the basement"), names such a place."""
    lex = _lexicons()
    verbs = [c for c in counted.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if counted.dep_ in ("nsubj", "nsubjpass") and counted.head.pos_ in ("VERB", "AUX"):
        verbs.append(counted.head)
    return any(place.lemma_.lower() in lex.cover_places or _place_modifiers(place) & lex.cover_modifiers
               or (_during_brief_danger(verb) and not _may_house_the_displaced(place))
               for verb in verbs for place in _places_stayed_in(verb))


def _may_house_the_displaced(place: Token) -> bool:
    """A camp or centre named for refuge, or a school, church or compound (``sheltering_places``): the
    displaced stay there for months, so sheltering there tells displacement even during a clash."""
    return _houses_the_displaced(place) or place.lemma_.lower() in _lexicons().sheltering_places


def _during_brief_danger(verb: Token) -> bool:
    """"sheltered in the library during the clashes": the verb's "during" phrase names violence that
    lasts hours (``brief_dangers``), so the people took cover there, wherever that was."""
    dangers = _lexicons().brief_dangers
    return any(danger.lemma_.lower() in dangers or danger.lower_ in dangers
               for danger in preposition_objects(verb, {"during"}))


def _place_modifiers(place: Token) -> set[str]:
    """The lemmas of the words naming what kind of place it is: "[bomb] shelters", "[collective] centres"."""
    return {c.lemma_.lower() for c in place.children if c.dep_ in ("amod", "compound", "nmod")}


def _not_evacuee(moved: Token) -> bool:
    """People moved who are not evacuated when moved: armed men or police ("moved 2,000 troops out of
    the district", "pulled 40 officers out"), captives and suspects ("moved 60 hostages from the
    village", "escorted 12 suspects out of the town"): troops redeploy, captives stay held."""
    counted = _counted_noun(moved)
    role = load_actor_lexicon().roles.get((counted.lemma_.lower(),))
    lex = _lexicons()
    return (role in _ARMED_ROLES or lex.cue_nouns.get(counted.lower_) in ("held", "captured", "military")
            or counted.lemma_.lower() in lex.non_evacuees)


#: Roles of people who are moved as forces, not evacuated: soldiers, fighters, police.
_ARMED_ROLES = frozenset({"MIL", "REB", "GOV"})


def _counted_noun(tok: Token) -> Token:
    """The noun a number counts ("60 hostages" parsed with the number as object), or the token itself."""
    if tok.like_num and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return tok.head
    return tok


def _leaves_one_of(verb: Token, places: frozenset[str], *, objects: bool = True,
                   through: frozenset[str] | None = None) -> bool:
    """The verb's object (with ``objects``) or a word after its preposition or particle is one of
    ``places``: "left Ofer prison", "walked out of jail", "forced 2,000 people from their homes".
    With ``through``, only a preposition or particle in that set counts ("out of the city", not "to")."""
    found = [c for c in verb.children if c.dep_ == "dobj"] if objects else []
    deps = ("prep", "prt") if through is None else ("prep", "prt", "advmod")  # "led 45 families away from"
    found += [g for c in verb.children if c.dep_ in deps and (through is None or c.lower_ in through)
              for g in c.subtree if g.dep_ == "pobj"]
    return any(p.lower_ in places for p in found)


def _phrase_cue(verb: Token, *, containing: Token | None = None, at_verb: bool = False) -> Category | None:
    """Multi-word cues read off the verb phrase: "lost their lives", "remain in captivity".

    With ``containing``, only a phrase that holds that word ("lost their lives" holds the object
    "lives"; "shot dead 3 policemen" does not hold "policemen"). With ``at_verb``, only a phrase
    that the verb itself opens ("shot dead", "shot five protesters dead"), not one further on
    ("deployed 3,000 troops and shot dead two protesters").
    """
    words = [t.lower_ for t in sorted(verb.subtree, key=lambda t: t.i) if t.i >= verb.i][:6]  # non-projective parses
    resulting = (verb.lower_, *_result_words(verb))  # "shot five protesters dead", "beat him to death"
    starts = [0] if at_verb else range(len(words))
    for phrase, category in _lexicons().cue_phrases.items():
        n = len(phrase)
        if containing is not None and containing.lower_ not in phrase:
            continue
        if any(tuple(words[k:k + n]) == phrase for k in starts) or resulting == phrase:
            return category
    return None


def _result_words(verb: Token) -> list[str]:
    """The state a verb leaves its object in, after the object: "dead" in "shot five protesters dead",
    "to death" in "beat two men to death"."""
    for child in verb.children:
        if child.i > verb.i + 1 and child.dep_ in {"advcl", "oprd", "acomp", "xcomp", "advmod"} and child.pos_ == "ADJ":
            return [child.lower_]
        if child.i > verb.i + 1 and child.dep_ == "prep" and child.lower_ == "to":
            return ["to", *(o.lower_ for o in child.children if o.dep_ == "pobj")]
    return []


def _object_of_act(counted: Token, verb: Token) -> Token | None:
    """The direct object of an active verb whose subject is the counted noun: the verb's cue says what
    happened to the object ("10 soldiers killed 3 rebels", "4 gunmen seized 2 tourists"), and the
    subject did it."""
    if counted.dep_ != "nsubj":
        return None
    return None if _taken_as_captive(verb) else next((c for c in verb.children if c.dep_ == "dobj"), None)


def _taken_to_a_place(verb: Token) -> bool:
    """"took 30 people to hospital", "took 400 residents to shelters": "take" with a destination moves
    people; only a place of detention ("took 9 suspects into custody") or a hidden one ("took them to an
    unknown location") makes it a capture."""
    lex = _lexicons()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DESTINATION_PREPOSITIONS:
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        hidden = any(c.lower_ in lex.hidden_places for c in place.children)
        names = [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]  # "a detention centre"
        owner = next(iter(preposition_objects(place, {"of"})), None)  # "the headquarters of the Red Crescent"
        custody = owner is None or owner.lemma_.lower() in lex.custody_places
        detained = any(w.lemma_.lower() in lex.detention_places or w.lower_ in lex.detention_places
                       or (custody and w.lemma_.lower() in lex.custody_places) for w in names)
        return not hidden and not detained
    return False


def _taken_by_captors(verb: Token) -> bool:
    """"Houthi rebels seized the ship and took its 25 crew members to the port": people taken somewhere
    by an armed party, or by one that has just seized them, are captives wherever they are taken."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (c for c in first.children if c.dep_ == "nsubj"), None)
    if subject is not None and _is_armed_party(subject):
        return True
    return first is not verb and _lexicons().cue_verbs.get(first.lemma_.lower()) == "captured"


def _is_armed_party(subject: Token) -> bool:
    """The subject with its modifiers names an armed party: "armed men", "Israeli troops", "militants"
    are, "men" alone are not."""
    return normalise_tokens([t for t in subject.subtree if t.i <= subject.i])[1] in {"MIL", "REB"}


def _after_armed_harm(token: Token) -> bool:
    """An armed party kills or wounds in the token's sentence or the one before ("militants killed six
    soldiers", "Israeli troops killed two Palestinians"): violence told by its actor, not by a noun,
    which :func:`_after_violence` needs."""
    sent = sentence_of(token)
    told = [sent, *([sentence_of(token.doc[sent.start - 1])] if sent.start > 0 else [])]
    harms = ("killed", "injured")
    return any(_lexicons().cue_verbs.get(verb.lemma_.lower()) in harms and _is_armed_party(subject)
               for span in told for verb in span if verb.pos_ == "VERB"
               for subject in verb.children if subject.dep_ == "nsubj")


def _in_medical_care(counted: Token) -> bool:
    """The counted people are in care for a wound: brought to or treated in a place of care (see
    :func:`_brought_to_care`), and, when "admitted", after violence told in this sentence or the one
    before ("A bombing killed 14 in Kabul. 20 others were admitted to hospital")."""
    if not _brought_to_care(counted):
        return _sought_care(counted) and _after_violence(counted.head)
    verb = counted.head
    return verb.lemma_.lower() not in _lexicons().admitting_verbs or _after_violence(verb)


def _after_violence(verb: Token) -> bool:
    """Violence is told in the verb's sentence or the one before: what makes people in care the
    wounded rather than the sick."""
    sent = sentence_of(verb)
    before = [sentence_of(verb.doc[sent.start - 1])] if sent.start > 0 else []
    return any(_tells_of_violence(told) for told in [sent, *before])


def _sought_care(counted: Token) -> bool:
    """"five others sought medical attention", "14 residents received treatment": the counted people
    look for or get medical care, with no other reason given ("sought treatment for cholera"). Alone
    this tells no wound (the sick seek care too); :func:`_in_medical_care` asks for violence as well."""
    lex = _lexicons()
    verb = counted.head
    needing = verb.lemma_.lower() in lex.needing_verbs
    if counted.dep_ != "nsubj" or verb.pos_ != "VERB" or not (needing or verb.lemma_.lower() in lex.seeking_verbs):
        return False
    care = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.sought_care]
    medical = [c for c in care if _plainly_medical(c) and (not needing or _hospital_care(c))]
    return bool(medical) and not _for_another_reason(verb, counted, *medical)


def _hospital_care(care: Token) -> bool:
    """"hospital treatment", "hospital care": care given in a place of care, which people need when
    hurt; "medical help" or "treatment" alone is also what a population in need lacks (``needing_verbs``)."""
    return any(m.dep_ in ("amod", "compound") and m.lower_ in _lexicons().condition_places for m in care.children)


def _plainly_medical(care: Token) -> bool:
    """"medical help", "treatment", "medical attention", "hospital treatment": care of any wound; a place
    of care ("condition_places") names no kind of care. Another modifier names a kind of care the sick
    need ("dialysis treatment", "psychological help"), and "help" or "care" alone may be any help."""
    modifiers = [m.lower_ for m in care.children if m.dep_ in ("amod", "compound")]
    if any(m != "medical" and m not in _lexicons().condition_places for m in modifiers):
        return False
    return care.lemma_.lower() == "treatment" or "medical" in modifiers


def _for_another_reason(*heads: Token) -> bool:
    """A "for"/"with" phrase on these words names a reason for care that is no wound nor a kind of care
    ("treated in hospital for heatstroke", "taken to hospital with cholera", "sought treatment for cholera")."""
    lex = _lexicons()
    reasons = [obj for p, obj in _phrases_of(*heads) if p in lex.wound_prepositions]
    return any(not _names_a_care_reason(obj) and obj.lemma_.lower() not in lex.care_purposes for obj in reasons)


def _brought_to_care(counted: Token) -> bool:
    """The counted people are brought to or treated in a place of care ("12 people were taken to
    hospital", "280 are being treated in hospitals", "admitted to hospital") or treated for a wound
    ("treated 19 people for gunshot wounds", "treated 30 gunshot victims"): alive, and mostly the
    wounded, though "take" alone would seize them and "victims" alone would count the dead. Not when
    captors take them, nor when a "for" phrase gives another reason ("taken to hospital with cholera").
    See ``medical_care`` in ``data/figure_categories.json``."""
    verb = counted.head
    if _care_setting(counted) is None:
        return False
    if _treated_for_a_wound(verb, counted):
        return True
    places = _places_of_care(counted)
    return bool(places) and not _sick_not_wounded(counted, places)


def _care_setting(counted: Token) -> tuple[frozenset[str], frozenset[str]] | None:
    """The prepositions and places of care of the verb the counted people undergo ("taken to",
    "treated in"), if it is a verb of care and they are its object or passive subject."""
    verb = counted.head
    if counted.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    return _lexicons().care_settings.get(verb.lemma_.lower())


def _places_of_care(counted: Token) -> list[Token]:
    """The places of care the counted people are brought to or treated in ("to hospital"), unless
    captors take them there, which keeps them captives."""
    setting, verb = _care_setting(counted), counted.head
    if setting is None or _taken_as_captive(verb) or _taken_by_captors(verb):
        return []
    prepositions, care_places = setting
    places = [obj for p, obj in _phrases_of(verb) if p in prepositions and _names_one_of(obj, care_places)]
    return places + (_care_place_read_as_verb(verb, care_places) if "to" in prepositions else [])


def _care_place_read_as_verb(verb: Token, care_places: frozenset[str]) -> list[Token]:
    """"rushed to hospital": the parser may read "to hospital" as an infinitive, "hospital" a verb
    hung on the verb of carrying; a place of care by its word after that "to" is still the place."""
    return [c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in care_places
            and is_to_infinitive(c)]


def _sick_not_wounded(counted: Token, places: list[Token]) -> bool:
    """Care given for a reason that is no wound: a "for"/"with" phrase ("for observation", "with
    cholera"), what they are "suffering from" ("suffering from dehydration"), or the patients of an
    illness ("cholera patients")."""
    verb = counted.head
    suffered = [obj for obj in _suffered_from(verb) if not _names_a_care_reason(obj)]
    return bool(suffered) or _for_another_reason(verb, counted, *places) or _patients_of_an_illness(counted)


def _in_care_without_wound(counted: Token) -> bool:
    """The counted people are brought to care for a reason that is no wound ("six people were taken to
    hospital for observation", "hundreds of cholera patients were taken to hospital"): in care, so not
    seized by "take" nor dead, but no wound is told either (see ``_care_without_wound_note``). Treating
    is care wherever it is given ("another 50 were treated for shock")."""
    places = _places_of_care(counted)
    treated = _care_setting(counted) is not None and counted.head.lemma_.lower() in _lexicons().treating_verbs
    return (bool(places) or treated) and _sick_not_wounded(counted, places)


def _suffered_from(verb: Token) -> list[Token]:
    """What people cared for are "suffering from" ("taken to hospital suffering from dehydration"): the
    object of the "from" right after "suffering" in the verb's clause, whatever the parser made of the
    participle (it often reads it as a noun)."""
    return [obj for tok in verb.subtree if tok.lower_ == "suffering" and tok.i + 1 < len(tok.doc)
            and tok.nbor().lower_ == "from" for obj in tok.nbor().children if obj.dep_ == "pobj"]


def _patients_of_an_illness(counted: Token) -> bool:
    """"cholera patients", "dialysis patients": patients named after what ails them, when that is no
    wound cause ("trauma patients", "burn patients" are the wounded). The patients may hang on the
    count by "of" ("hundreds of cholera patients")."""
    lex = _lexicons()
    nouns = [counted, *preposition_objects(counted, {"of"})]
    kinds = [c for n in nouns if n.lemma_.lower() in lex.patient_nouns
             for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return any(k.lemma_.lower() not in lex.wound_causes for k in kinds)


def _tells_of_violence(sent: Span) -> bool:
    """The sentence names an attack, bombing, shelling or clash (an unambiguous ASSAULT noun of the event
    triggers) or a violent cause ("blast", "gunfire"), a riot, or a strike its modifier arms ("the drone
    strike"): what makes people admitted to hospital the wounded rather than the sick. Nouns only, since
    verbs such as "strike" or "fire" have peaceful senses, and a bare "strike" may be a labour or hunger strike."""
    violent = _lexicons().violent_causes
    return any(tok.pos_ == "NOUN" and (tok.lemma_.lower() in violent or _names_an_assault(tok) or is_armed_strike(tok)
                                       or _names_a_riot(tok) or _names_a_weapon_pair(tok) or _names_a_fight(tok)
                                       or _armed_tool_strikes(tok))
               for tok in sent)


def _names_a_weapon_pair(noun: Token) -> bool:
    """"tear gas", "pepper spray": a weapon named by its head with one modifier (``violent_pairs``)."""
    pairs, lemma = _lexicons().violent_pairs, noun.lemma_.lower()
    return any((c.lower_, lemma) in pairs for c in noun.children if c.dep_ in ("compound", "amod"))


def _armed_tool_strikes(noun: Token) -> bool:
    """"a drone hit their frigate": a craft that may carry arms or a camera (``armed_tools``) as the
    subject of an assault verb; "drones filmed the floods" tells no violence."""
    if noun.lower_ not in _lexicons().armed_tools or noun.dep_ != "nsubj":
        return False
    return (load_trigger_lexicon().verbs.get(noun.head.lemma_.lower()) or ("",))[0] == "ASSAULT"


def _names_a_fight(noun: Token) -> bool:
    """"the battle for the airport", "heavy fighting": a fight, unless a modifier or its "with" /
    "against" phrase names a contest of another kind ("a legal battle", "his battle with cancer")."""
    lex = _lexicons()
    if noun.lemma_.lower() not in lex.armed_fights and noun.lower_ not in lex.armed_fights:
        return False
    modifiers = [c for c in noun.children if c.dep_ in _COUNTED_MODIFIER_DEPS]
    opponents = preposition_objects(noun, {"with", "against", "of"})
    return not any(w.lower_ in lex.peaceful_fights or w.lower_ in lex.illness_attacks for w in (*modifiers, *opponents))


def _names_a_riot(noun: Token) -> bool:
    """"after the riot", "a prison riot": a riot as the noun heading its phrase; "riot police", "the
    riot trial" and "a riot-hit town" name police, a trial and a town."""
    modifier = noun.dep_ in _COUNTED_MODIFIER_DEPS or noun.dep_ == "npadvmod"
    return noun.lemma_.lower() in _lexicons().violent_disorders and not modifier


def _names_an_assault(noun: Token) -> bool:
    """An unambiguous ASSAULT noun of the event triggers ("bombing", "attack"), but no bout of illness
    told with one ("a heart attack", "an attack of fever": figure_categories.json illness_attacks)."""
    triggers, lemma = load_trigger_lexicon(), noun.lemma_.lower()
    if lemma in triggers.ambiguous_nouns or (triggers.nouns.get(lemma) or ("",))[0] != "ASSAULT":
        return False
    return not any(t.lemma_.lower() in _lexicons().illness_attacks for t in noun.subtree)


def _treated_for_a_wound(verb: Token, counted: Token) -> bool:
    """"treated 19 people for gunshot wounds", "treated 30 gunshot victims": treating names the wound,
    or the counted noun names what wounds; either way the treated live, so they are the wounded."""
    lex = _lexicons()
    if verb.lemma_.lower() not in lex.treating_verbs:
        return False
    return (any(p in lex.wound_prepositions and _names_a_care_reason(obj)
                for p, obj in _phrases_of(verb, counted, clauses=True))
            or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.wound_causes for c in counted.children))


def _phrases_of(*heads: Token, clauses: bool = False) -> list[tuple[str, Token]]:
    """Each preposition on these words with its object: the parser hangs "for gunshot wounds" on the
    verb, the counted noun or the place, wherever it belongs. With ``clauses``, a clause after the
    preposition counts as its object too ("treated for inhaling tear gas")."""
    objects = ("pobj", "pcomp") if clauses else ("pobj",)
    return [(prep.lower_, obj) for head in heads for prep in head.children if prep.dep_ == "prep"
            for obj in prep.children if obj.dep_ in objects]


def _names_a_care_reason(reason: Token) -> bool:
    """A reason for care that tells a harm to the body: a wound ("for gunshot wounds") or breathing an
    irritant ("for tear gas inhalation", "for inhaling tear gas", "for exposure to smoke"). Both the
    exposure and the irritant must be named: "treated for exposure" is the cold, and "shock" is no
    wound (see ``_exposures_note`` in ``data/figure_categories.json``)."""
    if _names_a_wound(reason):
        return True
    lex = _lexicons()
    if reason.lemma_.lower() not in lex.exposures:
        return False
    named = [t for t in reason.subtree if t is not reason]  # "tear gas inhalation", "exposure to smoke"
    return any(t.lemma_.lower() in lex.irritants or t.lower_ in lex.irritants for t in named)


def _names_a_wound(noun: Token) -> bool:
    """"gunshot wounds", "injuries", "burns": a harm the body suffers (``bodily_harm`` nouns)."""
    return noun.lemma_.lower() in _lexicons().harm_nouns or noun.lower_.rstrip("s") in _lexicons().harm_nouns


def _names_one_of(noun: Token, places: frozenset[str]) -> bool:
    """"hospital", "a field hospital", "the trauma centre": the noun or a word naming its kind is one of
    ``places``."""
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in places for w in [noun, *kinds])


#: Prepositions that give where people are taken: "to hospital", "into Jordan", "towards the border".
_DESTINATION_PREPOSITIONS = frozenset({"to", "into", "towards", "toward"})


def _taken_as_captive(verb: Token) -> bool:
    """'... and 251 taken hostage': a gapped passive whose bare "hostage", parsed as the object, says
    what its subject was taken as; the subject underwent the taking."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and verb.tag_ == "VBN" and is_bare_captive_complement(obj)


#: Categories of people taken or held.
_TAKEN = frozenset({"captured", "held"})


def _raises_a_tally(verb: Token) -> bool:
    """A verb of raising whose object is a tally or a toll ("taking the total to", "bringing the toll to")."""
    lex = _lexicons()
    return verb.lemma_.lower() in lex.tally_raisers and any(
        c.dep_ == "dobj" and (_is_tally(c) or c.lemma_.lower() == "toll") for c in verb.children)


def _is_tally(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _lexicons().tally_nouns


def _names_people(noun: Token) -> bool:
    """A counted noun that names people (a role or a collective of the actor dictionary)."""
    return noun.pos_ == "NOUN" and not _names_a_thing(noun)


def _armed_people(noun: Token) -> bool:
    """The object of a verb names people of an armed party: soldiers, troops, fighters, militants, or
    "men" lost by an armed unit ("his unit had lost at least 60 men")."""
    if noun.dep_ != "dobj" or not _names_people(noun):
        return False
    if normalise_tokens([noun])[1] in {"MIL", "REB"}:
        return True
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return noun.lemma_.lower() in {"man", "men"} and subject is not None and normalise_tokens(
        [subject])[1] in {"MIL", "REB"}


def _names_a_thing(noun: Token) -> bool:
    """A counted noun that names no person or group of people ("strikes", "rockets", not "fighters",
    "reservists"): what happened to people cannot have happened to it. People are the actor
    dictionary's roles and the ties of ``people_ties``; only materiel is overruled so ("15 trucks
    captured" stays captured)."""
    lexicon = load_actor_lexicon()
    lemma = noun.lemma_.lower()
    if _is_weapon_designation(noun):
        return True  # "AK-47s", tagged a name
    if lemma in _lexicons().people_ties:
        return False  # "shot 2 colleagues": people named by a tie to someone, no side of the actor dictionary
    return noun.pos_ == "NOUN" and (lemma,) not in lexicon.roles and lemma not in lexicon.collectives
