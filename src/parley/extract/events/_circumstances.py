"""Date, place, mode and figures of an event, with upper-case wire text read by pattern and by the
gazetteer.

Wire archives (all upper case) defeat the model's entity labels: dates go unlabelled and common
nouns ("ADDITION", "CLASHES") come out as places. There dates are read by pattern
(:func:`parley.extract.dates.find_dates`) and places only from a gazetteer or a place noun.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from parley.datelines import find_dateline
from parley.extract.actors import load_actor_lexicon, names_party, names_premises
from parley.extract.dates import DateMention, find_dates, is_upper_sentence, resolve_date
from parley.extract.events._arguments import _attack_when, _conjuncts_sharing_adjuncts, _place_phrase
from parley.extract.events._lexicons import (
    _LOCATIVE_PREPS,
    _PLACE_LABELS,
    _ROUTE_PREPS,
    Trigger,
    TriggerLexicon,
    load_trigger_lexicon,
)
from parley.extract.events._parse import _is_passive, _journey_for
from parley.extract.events._places import (
    _SETTLEMENTS,
    _TOWN_PARTS,
    PlaceLexicon,
    _aimed_at_by,
    _child,
    _closed_clause,
    _compass_place,
    _fold,
    _gazetteer_name,
    _is_event_noun,
    _named_place,
    _names_a_time,
    _of_name_holder,
    _place_country,
    load_place_lexicon,
    town_naming_site,
)
from parley.extract.events._trigger_words import _is_light, _noun_forms, _noun_trigger, _occurs_by, _verb_trigger
from parley.extract.nlp import AIMED_PREPOSITIONS, agent_of, doc_text, entity_of, preposition_objects, sentence_of
from parley.extract.status import Governor
from parley.records import Document, Figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _date_tokens(trigger: Token, chain: list[Governor]) -> Iterator[Token]:
    """Tokens whose DATE entity may date the trigger: its own dependents, then its clause's governors'."""
    anchors = [trigger]
    if trigger.pos_ == "NOUN" and _occurs_by(trigger, load_trigger_lexicon()):
        anchors.append(trigger.head)  # "talks will resume next Tuesday": the verb it occurs by dates it
    for governor in chain:  # the framing clause's date: "said on Monday that ... had agreed"
        if governor.via in {"relcl", "acl", "nsubjpass"} or governor.token.pos_ not in {
            "VERB", "AUX"
        }:
            break
        anchors.append(governor.token)
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in {"prep"}:
                for time in (c for c in child.children if c.dep_ == "pobj"):
                    yield time  # and its "of": "on the night of November 12", "in the early hours of Sunday"
                    yield from preposition_objects(time, {"of"})
            elif child.dep_ in {"npadvmod", "compound", "nmod", "tmod", "pobj", "advmod", "nummod"}:
                yield child
                if child.dep_ == "advmod":  # "freed late on Monday"
                    yield from (g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")


def _event_date(trigger: Token, chain: list[Governor], document: Document) -> str | None:
    for token in _date_tokens(trigger, chain):
        if token.ent_type_ not in {"DATE", "TIME"}:  # "on the night of March 9" is labelled a time
            continue
        entity = entity_of(token)
        if entity is None:
            continue
        resolved = resolve_date(entity.text, document.date)
        if resolved is not None:
            return resolved
    if is_upper_sentence(trigger):
        return _wire_date(trigger, chain, document)
    return None


#: A determiner before a date makes it a noun's modifier ("THE 19 MARCH ELECTIONS"), not an adjunct.
_DETERMINED = re.compile(r"\b(?:the|its|their|this|that)\s+$", re.IGNORECASE)


def _dateline_span(doc: Doc) -> tuple[int, int]:
    """Where the wire dateline is ("SAN SALVADOR, 3 JAN 90 (EFE) --"), (0, 0) without one; read once
    per Doc, not once per trigger."""
    span = doc.user_data.get("parley_dateline_span")
    if not isinstance(span, tuple):
        found = find_dateline(doc_text(doc))
        span = (found.start, found.end) if found is not None else (0, 0)
        doc.user_data["parley_dateline_span"] = span
    return span


def _dateline_end(doc: Doc) -> int:
    """Where the wire dateline ends (the publication's date is in it), 0 without one."""
    return _dateline_span(doc)[1]


def _dateline_text(doc: Doc) -> str:
    """The wire dateline as written ("POINTE-NOIRE, Congo (Reuters) -"), empty without one: the place
    the story is filed from, which tells a country that the story's bare names leave open."""
    start, end = _dateline_span(doc)
    return doc_text(doc)[start:end]


def _sentence_dates(trigger: Token, document: Document) -> list[DateMention]:
    """Date mentions of the trigger's sentence, in document offsets, without the dateline's."""
    sent = sentence_of(trigger)
    text = doc_text(trigger.doc)
    skip = _dateline_end(trigger.doc)
    found = find_dates(text[sent.start_char : sent.end_char], document.date)
    shifted = [DateMention(m.start + sent.start_char, m.end + sent.start_char, m.text, m.iso) for m in found]
    return [m for m in shifted if m.start >= skip and _DETERMINED.search(text[max(0, m.start - 8) : m.start]) is None]


def _wire_date(trigger: Token, chain: list[Governor], document: Document) -> str | None:
    """On upper-case text: the date written in the trigger's clause, else the sentence's nearest one.

    The trigger's own phrase is tried first, then the clauses that govern it ("SAID TODAY THAT
    ... KILLED"), as :func:`_date_tokens` does with entities; the parse of upper-case text is poor,
    so a date elsewhere in the sentence is the fallback, the nearest to the trigger.
    """
    mentions = _sentence_dates(trigger, document)
    if not mentions:
        return None
    anchors = [trigger, *(g.token for g in chain if g.token.pos_ in {"VERB", "AUX"})]
    for anchor in anchors:
        left, right = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text)
        inside = [m for m in mentions if left <= m.start and m.end <= right]
        if inside:
            return min(inside, key=lambda m: _distance(m, anchor)).iso
    return min(mentions, key=lambda m: _distance(m, trigger)).iso


def _distance(mention: DateMention, token: Token) -> int:
    return min(abs(mention.start - token.idx), abs(mention.end - token.idx))


#: Parts of speech that end a place phrase read by position (the parse of upper-case text is poor).
_PHRASE_BREAKS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "PUNCT", "DET"})
#: Longest place phrase, in tokens, read after a preposition.
_MAX_PLACE_TOKENS = 8


def _name_run(first: int, doc: Doc, places: PlaceLexicon) -> list[Token]:
    """The words from ``first`` on that may belong to a name: no verbs, prepositions or punctuation.

    Determiners at the start are skipped; name particles ("DE", "LA") are kept inside.
    """
    end = min(first + _MAX_PLACE_TOKENS, sentence_of(doc[first]).end) if first < len(doc) else first
    while first < end and doc[first].pos_ == "DET":
        first += 1
    run: list[Token] = []
    for token in doc[first:end]:
        particle = _fold(token.text) in places.particles
        if not token.is_alpha or (not particle and (token.pos_ in _PHRASE_BREAKS or token.is_stop)):
            break
        run.append(token)
    while run and _fold(run[-1].text) in places.particles:
        run.pop()
    return run


def _known_name(tokens: Sequence[Token], places: PlaceLexicon) -> bool:
    """A gazetteer name; not one of two or three letters ("US", "CAR"), which upper case makes words."""
    name = " ".join(_fold(t.text) for t in tokens)
    return len(name) > 3 and name in places.names


#: Inflections stripped before a word is looked up among the English words ("CLASHES", "ISSUED").
_INFLECTIONS = ("s", "es", "ed", "d", "ing")


def _is_common(word: str, places: PlaceLexicon) -> bool:
    """An English word, inflected or not: the WordNet index holds base forms only."""
    return word in places.common_words or any(
        word.endswith(end) and word[: -len(end)] in places.common_words for end in _INFLECTIONS
    )


def _proper_prefix(tokens: list[Token], places: PlaceLexicon) -> list[Token]:
    """The longest start of ``tokens`` that is a name: known, or ending in a word English lacks ("SESORI")."""
    for size in range(len(tokens), 0, -1):
        words = [_fold(t.text) for t in tokens[:size]]
        if _known_name(tokens[:size], places) or (
            not _is_common(words[-1], places) and words[-1] not in places.particles
            and words[-1] not in places.heads
        ):
            return tokens[:size]
    return []


def _is_time(token: Token) -> bool:
    """A word that starts a date after a place ("IN SAN SALVADOR TODAY", "... LAST NIGHT")."""
    following = token.doc[token.i : token.i + 2].text
    return any(resolve_date(text, _ANY_DAY) is not None for text in (token.text, following))


#: Any article date: :func:`_is_time` only asks whether words name a time, not which.
_ANY_DAY = dt.date(2000, 6, 15)


def _wire_place(prep: Token, places: PlaceLexicon) -> Span | None:
    """On upper-case text: the place a locative preposition's phrase names, or None.

    Accepted: a name the gazetteer knows ("SAN SALVADOR", "DOWNTOWN SAN SALVADOR", with a place
    noun after it: "SAN MIGUEL DEPARTMENT"), a name English lacks before a place noun ("USULUTAN
    DEPARTMENT"), or a place noun's "of" name ("THE TOWN OF SESORI"). A common noun ("ADDITION",
    "CLASHES"), a common word before a place noun ("GUERRILLA CAMP") or a place noun with no
    name ("THE AREA") is none. Words are read by position, as the parse of such text is poor.
    """
    doc = prep.doc
    run = _name_run(prep.i + 1, doc, places)
    skip = 0
    while skip < len(run) and _fold(run[skip].text) in places.modifiers:
        skip += 1
    name = run[skip:]
    if not name:
        return None
    for size in range(len(name), 0, -1):
        if _known_name(name[:size], places):
            if size < len(name) and _fold(name[size].text) in places.heads:
                return doc[run[0].i : name[size].i + 1]
            if size < len(name) and not _is_time(name[size]):
                return None  # the name modifies a noun: "IN THE MEDELLIN CARTEL", "IN RODRIGUEZ PORTH'S"
            return doc[run[0].i : name[size - 1].i + 1]
    head = next((i for i, t in enumerate(name) if _fold(t.text) in places.heads), None)
    if head == 0 and name[0].i + 1 < len(doc) and doc[name[0].i + 1].lower_ == "of":
        inner = _proper_prefix(_name_run(name[0].i + 2, doc, places), places)
        return doc[inner[0].i : inner[-1].i + 1] if inner else None
    if head is not None and head > 0 and any(not _is_common(_fold(t.text), places) for t in name[:head]):
        return doc[run[0].i : name[head].i + 1]
    return None


def _place(trigger: Token, arguments: Sequence[Token | None], *, into_clauses: bool = True,
           owned: Token | None = None) -> Span | None:
    """A GPE/LOC/FAC in a locative phrase on the trigger or its target, with its modifiers; else one
    on what the verb acts on (:func:`_objects_as_written`) or on the thing ``owned`` by the target
    ("the army's last stronghold in North Darfur"), and for a closing participle (", killing eight")
    the place of the clause it closes.

    On upper-case text the entity labels are not trusted: a locative phrase must name a place by
    :func:`_wire_place`, and when the parse attaches none to the trigger, the sentence's locative
    phrase nearest the trigger is taken.
    """
    upper = is_upper_sentence(trigger)
    anchors = [trigger, *(a for a in arguments if a is not None)]
    acting = _acting_subject(trigger)
    anchors += [acting] if acting is not None and acting.i not in {a.i for a in anchors} else []
    agent = _passive_agent(trigger)
    anchors += [agent] if agent is not None and agent.i not in {a.i for a in anchors} else []
    carrier = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _is_light(trigger.head) else None
    if carrier is not None:
        anchors.append(carrier)  # "carried out an airstrike in Rafah": the phrase hangs on the light verb
    journey = _journey_for(trigger)
    if journey is not None:
        anchors.append(journey)  # "arrived in Islamabad for a two-day visit"
    telling = _telling_verb(trigger)
    if telling is not None:
        anchors.append(telling)  # "clashes killed nine people in Bentiu": the place hangs on the verb
    objects = {o.i for o in [*_objects_as_written(trigger), *([owned] if owned is not None else [])]}
    objects -= {a.i for a in anchors}
    anchors += [trigger.doc[i] for i in sorted(objects)]
    anchors += _described_by(a for a in anchors if a.i != trigger.i and a.pos_ in {"NOUN", "PROPN"})
    anchors += [o for act in (trigger, acting) if act is not None
                for o in preposition_objects(act, {"between"})]  # "fighting between rival militias in Tripoli"
    anchors += _conjuncts_sharing_adjuncts(trigger)  # "were killed and 12 wounded in an attack in Borno"
    anchors += [o for o in preposition_objects(trigger, {"during", "amid", "after", "following"})
                if _is_event_noun(o)]  # "shot during protests in Maputo"
    unplaced: Span | None = None  # "the town of Cizre" with no known country, before "in southeastern Turkey"
    site_town: Span | None = None  # "at Kano mosque": the town a site is named by, if no phrase names a place
    locative = _LOCATIVE_PREPS if upper else _LOCATIVE_PREPS | _ROUTE_PREPS
    for anchor in anchors:
        part = _of_name_holder(anchor)  # "an attack on the city of El Obeid": the target is the name
        if anchor.i != trigger.i and not upper and _is_part_of_place(part):
            named = _named_place(part)
            entity = entity_of(named) if named is not None else None
            end = entity.end if entity is not None else (named.i + 1 if named is not None else part.i + 1)
            return part.doc[part.left_edge.i : end]  # "struck the centre of Sumy"
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in locative | AIMED_PREPOSITIONS:
                continue
            on_part = not upper and _on_a_part_of_place(prep)  # "on the outskirts of Kharkiv"
            where = prep.lower_ in locative or on_part
            if not where and (upper or not (_is_event_noun(anchor) or anchor is carrier
                                            or _attack_aim_on_verb(anchor, prep))):
                continue  # "strikes on a wedding in Burkina Faso" only: an act's target, not a verb's
            if anchor.i in objects and prep.lower_ not in _WHERE_PREPS and not on_part:
                continue  # "rejected an offer from Afghanistan": where the object comes from, not where it happened
            if prep.lower_ == "from" and anchor.lemma_.lower() in load_trigger_lexicon().projectile_verbs:
                continue  # "rockets fired from southern Lebanon at Kiryat Shmona": where they flew from
            if prep.lower_ == "from" and anchor.i != trigger.i and anchor.pos_ == "NOUN" and names_party(anchor) \
                    and not _moves_people(trigger):
                continue  # "two UN peacekeepers from Nepal were wounded": where they come from
            if upper:
                found = _wire_place(prep, load_place_lexicon())
                if found is not None:
                    return found
                continue
            if not where:
                obj, named = _aimed_site_place(prep)  # "strikes on a wedding in Mali"; not "attacks on Rubio"
            else:
                obj = _child(prep, "pobj")
                named = _named_place(obj) if obj is not None else None
                if obj is not None and named is None:
                    within = _place_of_site(obj)  # "at a mosque in Peshawar": the site lies in the place
                    obj, named = within if within is not None else (None, None)
            if obj is not None and named is not None:
                found = _place_phrase(obj, named)
                if named is obj or _place_country(list(found), load_actor_lexicon()) is not None:
                    return found
                unplaced = unplaced or found
            elif site_town is None:
                site_town = _town_of_site_at(prep, where)
        compass = _compass_place(anchor) if not upper else None
        if compass is not None:  # "attacked a village 20 km north of Goma": where, measured from a town
            if _place_country(list(compass), load_actor_lexicon()) is not None:
                return compass
            unplaced = unplaced or compass
    if unplaced is not None or site_town is not None:
        return unplaced or site_town
    closed = _closed_clause(trigger)
    if not upper and closed is not None:
        # "opened fire on protesters in Khartoum, killing five": the killing is where the shooting was
        return _place(closed, _aimed_at_by(closed), into_clauses=into_clauses)
    attack = _attack_when(trigger, load_trigger_lexicon()) if into_clauses and not upper else None
    if attack is not None:  # "70 people were killed when gang members opened fire on residents in Pont-Sonde"
        return _place(attack, _aimed_at_by(attack), into_clauses=False)  # once down: no walking back up and down
    first = _first_conjunct(trigger) if into_clauses and not upper else None
    if first is not None:  # "stormed a hospital in El Fasher and killed nine patients"
        return _place(first, [_child(first, "dobj")], into_clauses=False)
    return _nearest_wire_place(trigger) if upper else None


def _telling_verb(noun: Token) -> Token | None:
    """The verb that tells what an event noun, its subject, did ("clashes killed nine people in Bentiu",
    "an air strike hit a market in Kidal"): the two are one act (``_consequences`` drops the verb), and the
    parser hangs the act's place on the verb. A verb of another type tells another act ("the offensive
    displaced thousands in Idlib"), placed on its own. A verb of occurrence tells only that the act
    happened, and where ("clashes erupted on the outskirts of Baidoa", "fighting broke out near Kherson")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
        return None
    lexicon = load_trigger_lexicon()
    if _occurs_by(noun, lexicon):
        return noun.head
    act, told = _noun_trigger(noun, lexicon), _verb_trigger(noun.head, lexicon)
    return noun.head if act is not None and told is not None and act[0] == told[0] else None


def _first_conjunct(verb: Token) -> Token | None:
    """The active verb before ``verb`` whose subject ``verb`` shares ("stormed ... and killed"): what
    one subject did next, told with no place of its own, happened where the first act did."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.pos_ != "VERB" or _is_passive(verb) or _is_passive(head):
        return None
    if _verb_trigger(head, load_trigger_lexicon()) is None:
        return None  # "let millions stay in America and even supports ...": no act of the first verb
    return head if _child(verb, "nsubj", "nsubjpass") is None else None


#: Participles of leaving: "refugees fleeing the war in Liberia" are no longer where they fled from.
_LEAVING = frozenset({"flee", "escape", "leave", "evacuate"})


#: Modes of acts that take people away or let them go, whose "from" phrase is where it happened.
_MOVING_MODES = frozenset({"abduct", "release", "deport", "arrest", "seize", "withdraw"})


def _moves_people(trigger: Token) -> bool:
    """'captured 240 hostages from southern Israel', 'evacuated 300 patients from the hospital': people
    moved from a place were there when it happened."""
    entry = load_trigger_lexicon().verbs.get(trigger.lemma_.lower())
    return entry is not None and (entry[1] in _MOVING_MODES or entry[0] == "AID")


def _on_a_part_of_place(prep: Token) -> bool:
    """'on the outskirts of Kharkiv', 'on the island of Negros', 'on the road to Kidal': "on" a part of a
    place or a place noun tells where, as "in" does, not what was aimed at."""
    obj = _child(prep, "pobj")
    if prep.lower_ not in {"on", "upon"} or obj is None or obj.pos_ != "NOUN":
        return False
    places = load_place_lexicon()
    return bool(_noun_forms(obj) & (places.parts | places.heads)) and not names_premises(obj)


def _attack_aim_on_verb(verb: Token, prep: Token) -> bool:
    """'were killed in Israeli strikes on two schools in Gaza City': the parser hangs the attack's "on"
    phrase on the verb; it still names what the attack the victims fell in was aimed at."""
    if verb.pos_ != "VERB" or prep.lower_ not in {"on", "upon"}:
        return False
    return any(o.dep_ == "pobj" and _is_event_noun(o) and o.i < prep.i
               for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during"} for o in p.children)


def _described_by(nouns: Iterable[Token]) -> list[Token]:
    """Words that say what a target or object is, where the parser may hang its place: a participle
    ("a convoy carrying aid workers in Jonglei state") or a "for" phrase ("a camp for displaced people
    in Kachin state")."""
    found: list[Token] = []
    for noun in nouns:
        found += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() not in _LEAVING]
        found += preposition_objects(noun, {"for"})
    return found


def _is_part_of_place(noun: Token) -> bool:
    """A part of a named place that an act reaches ("the centre of Sumy", "the outskirts of Kharkiv",
    "Beirut's southern suburbs", "a neighbourhood of Mekelle"), or a settlement named by its "of" name ("the village of
    Novomykhailivka"); not "the president of Ukraine" or "the independence of Chechnya"."""
    # "captured the village of Novomykhailivka", "shelled a neighbourhood of Mekelle"
    parts = load_place_lexicon().parts | _SETTLEMENTS | _TOWN_PARTS
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in parts and noun.lower_ not in parts):  # "outskirt"
        return False
    owner = _child(noun, "poss")
    if owner is not None and (owner.ent_type_ in _PLACE_LABELS or _gazetteer_name(owner)):
        return True
    named = _named_place(noun)
    return named is not None and named.i > noun.i


def _aimed_site_place(prep: Token) -> tuple[Token | None, Token | None]:
    """The place of the site an act noun is aimed at: "Burkina Faso" in "a drone strike on a wedding
    in northern Burkina Faso". A place an attack is aimed at directly is where it fell ("strikes on
    Rafah killed 12"); "sanctions on Iran" are imposed elsewhere, so only attacks are placed so, and
    only "on" ("an attack against the United States" names a party)."""
    site = _child(prep, "pobj")
    if site is None:
        return None, None
    named = _named_place(site)
    if named is not None:  # "the city of El Obeid" is placed whole by the caller's settlement reading
        hit = _noun_trigger(prep.head, load_trigger_lexicon()) if prep.lower_ in {"on", "upon"} else None
        own_name = named.i == site.i or (named.dep_ == "compound" and named.head.i == site.i)  # "the Jenin camp"
        direct = own_name and hit is not None and hit[0] == "ASSAULT"
        return (site, named) if direct else (None, None)
    found = _named_site(site)
    return found if found is not None else (None, None)


def _town_of_site_at(prep: Token, where: bool) -> Span | None:
    """The town a site in a phrase is named by (:func:`town_naming_site`): "killed in a Khan Younis
    hospital", "fighting at Tripoli airport", "an air strike on Idlib market". A site an act is aimed
    at is where it fell only for an attack, as with a place so aimed at (:func:`_aimed_site_place`)."""
    site = _child(prep, "pobj")
    if site is None:
        return None
    hit = None if where else _noun_trigger(prep.head, load_trigger_lexicon())
    return town_naming_site(site) if where or (hit is not None and hit[0] == "ASSAULT") else None


def _acting_subject(trigger: Token) -> Token | None:
    """The subject of an event verb that names the act or what did it ("the blast at a mosque in
    Peshawar killed 101", "an airstrike on a house in Rafah killed 12"), whose place is the event's
    (``acting_subjects`` in the lexicon); None for a party or no such subject."""
    if trigger.pos_ != "VERB":
        return None
    subject = _child(trigger, "nsubj")
    if subject is None or subject.pos_ != "NOUN":
        return None
    lexicon = load_trigger_lexicon()
    lemma = subject.lemma_.lower()
    weapons = lexicon.mode_modifiers.get("ASSAULT", {})
    return subject if lemma in lexicon.acting_subjects or lemma in lexicon.nouns or lemma in weapons else None


def _passive_agent(trigger: Token) -> Token | None:
    """Who did a passive act ("were abducted by gunmen in North Darfur"): the parse hangs the act's
    place on the agent, where it still says where the act was done."""
    return agent_of(trigger) if trigger.pos_ == "VERB" else None


def _site_within(site: Token) -> Token | None:
    """The place a common-noun site lies in: "Peshawar" in "a mosque in Peshawar", "a checkpoint
    near Mogadishu"; the place of the event is the named one, not the building. A festival or campaign
    the parser hangs the place on is read the same way ("arrested mourners in Muharram in Karachi")."""
    if site.pos_ != "NOUN" and not (site.pos_ == "PROPN" and _names_a_time(site)):
        return None
    for prep in site.children:
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS:
            return _child(prep, "pobj")
    return None


def _place_of_site(site: Token) -> tuple[Token, Token] | None:
    """The named place a site lies in, with the phrase word that holds it: "Peshawar" in "a mosque
    in Peshawar"; one site further for an act told by its target ("in an attack on an army post in
    western Niger"), since an "on" phrase names the target, not the place; a town so aimed at by its
    settlement noun is the place itself ("killed in strikes on the city of Zaporizhzhia")."""
    if _site_within(site) is None and _is_event_noun(site):
        aimed = next((c for c in site.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
                      and _child(c, "pobj") is not None), None)  # "an attack on an army post"
        obj, named = _aimed_site_place(aimed) if aimed is not None else (None, None)
        town = _child(aimed, "pobj") if aimed is not None and aimed.lower_ in {"on", "upon"} else None
        if obj is None and town is not None and town.lemma_.lower() in _SETTLEMENTS:
            named = _named_place(town)
            obj = town if named is not None and named.i != town.i else None
        return (obj, named) if obj is not None and named is not None else None
    return _named_site(site)


def _named_site(site: Token) -> tuple[Token, Token] | None:
    """The phrase word a site lies in and the place it names ("Peshawar" in "a mosque in
    Peshawar"), when that place is a named one."""
    within = _site_within(site)
    if within is None and site.pos_ == "NOUN":  # "two schools sheltering displaced families in Gaza City"
        described = [w for d in _described_by([site]) for w in (d, _child(d, "dobj")) if w is not None]
        within = next((o for w in described for o in preposition_objects(w, _LOCATIVE_PREPS)), None)
    named = _named_place(within) if within is not None else None
    return (within, named) if within is not None and named is not None else None


#: Prepositions that place what they are on where it is (not where it comes from or goes).
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around"})


def _objects_as_written(trigger: Token) -> list[Token]:
    """What a verb acts on, party or not, and its conjuncts: "set fire to homes and cars in the village
    of Huwara" is placed by the phrase on its object. An object that is an act of its own ("demanded
    the withdrawal of forces from Bosnia") has its own place."""
    if trigger.pos_ != "VERB":
        return []
    lexicon = load_trigger_lexicon()
    objects = [c for c in trigger.children if c.dep_ == "dobj" and _noun_trigger(c, lexicon) is None]
    objects += preposition_objects(trigger, {"to"})
    return [t for o in objects for t in [o, *o.conjuncts]]


def _nearest_wire_place(trigger: Token) -> Span | None:
    """The place of the sentence's locative phrase nearest the trigger (upper-case text only)."""
    places = load_place_lexicon()
    found = [
        place for token in sentence_of(trigger)
        if token.lower_ in _LOCATIVE_PREPS and token.pos_ == "ADP" and not _verb_between(trigger, token)
        and (place := _wire_place(token, places)) is not None
    ]
    return min(found, key=lambda span: abs(span.start - trigger.i)) if found else None


def _verb_between(trigger: Token, prep: Token) -> bool:
    """A verb between a place and the trigger after it: another clause's ("SPOKESMAN IN X SAID ... ATTACK").

    A place after the trigger is kept across verbs: wire sentences put the place last, after
    participles and passives ("WERE KIDNAPPED ... AND TAKEN TO X") that the parse often mislabels.
    """
    return prep.i < trigger.i and any(t.pos_ in {"VERB", "AUX"} for t in trigger.doc[prep.i + 1 : trigger.i])


def _mode(trigger: Trigger, lexicon: TriggerLexicon) -> str | None:
    """The lexicon mode, or one set by a word near the trigger ("air strike", "with mediators").

    The instrument's own modifiers count too ("killed by an improvised explosive device", "with
    mortar fire"), but not a place's ("killed at a gun range").

    A modifier coordinated with another of a different mode ("air and ground campaign") sets no
    mode: the act is mixed. A narrower mode told near the trigger wins over the broader one of the
    trigger word or of another modifier ("a suicide car bomb struck": suicide-attack, not explosives).
    """
    table = lexicon.mode_modifiers.get(trigger.type, {})
    if not table:
        return trigger.mode
    own, governors = _mode_words(trigger, lexicon), _governor_words(trigger.token)
    told = [(word, mode) for word in [*own, *governors] if (mode := _told_mode(word, table, lexicon)) is not None]
    broad = trigger.mode if trigger.mode is not None else next((mode for _, mode in told), None)
    narrower = lexicon.narrower_modes.get(trigger.type, {})
    # a conjunct's governor is another act: "drone strikes and air raids" tells no drone of the raids
    narrowing = {w.i for w in (own if trigger.token.dep_ == "conj" else [*own, *governors])
                 if _may_narrow(w, trigger.token)}
    return next((mode for word, mode in told if broad in narrower.get(mode, ()) and word.i in narrowing), broad)


def _mode_words(trigger: Trigger, lexicon: TriggerLexicon) -> list[Token]:
    """The trigger's own words that may tell its mode, nearest first: its dependents and theirs, the
    instrument ("by an explosive device", "targeted a post with guided missiles") and the weapon its
    attacker is armed with ("attackers armed with knives")."""
    token = trigger.token
    children = [c for c in token.children if not _is_victim(trigger, c, lexicon)]
    near = [*children, *(g for c in children for g in c.children)]
    near += [m for c in token.children if c.dep_ == "agent" or c.lower_ == "with"  # "by an explosive device"
             for o in c.children if o.dep_ == "pobj" for m in o.children if m.dep_ in {"amod", "compound"}]
    # "targeted a post with guided missiles"; not "raided a flat with explosives inside"
    means = [o for c in token.children if c.dep_ == "dobj" for p in c.children if p.lower_ in {"with", "using"}
             for o in p.children if o.dep_ == "pobj"
             and not any(g.dep_ in {"advmod", "acl", "relcl"} for g in o.children)
             and not (o.i + 1 < len(o.doc) and o.doc[o.i + 1].lower_ in _STORED)]
    return [*near, *means, *_modifiers(means), *_armed_with(token)]


def _governor_words(token: Token) -> list[Token]:
    """The governor's words that may tell the trigger's mode: its other dependents and their prepositions'
    objects, and for a clause of result the kind of thing that did it ("a mortar round landed on a
    school, wounding six"; not "a mortar team moved in, killing time": a party is no weapon)."""
    if token.head.i == token.i:
        return []
    words = [c for c in token.head.children if c.i != token.i]
    words += [g for c in token.head.children if c.dep_ == "prep" for g in c.children]
    if token.dep_ == "advcl":
        words += _modifiers([c for c in token.head.children if c.dep_ == "nsubj" and not names_party(c)])
    return words


def _modifiers(nouns: Iterable[Token]) -> list[Token]:
    """The adjectives and compounds of nouns, which name a weapon's kind ("guided missiles", "mortar round")."""
    return [m for noun in nouns for m in noun.children if m.dep_ in {"amod", "compound"}]


def _armed_with(token: Token) -> list[Token]:
    """The weapons the trigger's attacker is armed with ("attackers armed with knives killed a priest",
    "killed by gunmen armed with rifles"), and their modifiers."""
    attackers = [c for c in token.children if c.dep_ == "nsubj"]
    attackers += [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    weapons = [o for attacker in attackers for arming in attacker.children
               if arming.dep_ == "acl" and arming.lemma_.lower() in _ARMING
               for p in arming.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return [*weapons, *_modifiers(weapons)]


def _told_mode(word: Token, table: dict[str, str], lexicon: TriggerLexicon) -> str | None:
    """The mode a word tells; None when it is coordinated with a word of another mode or none ("air and
    ground campaign", "troops and police": a mixed act), or when it is a bare-only word another noun
    makes a kind of its own ("a gas explosion"). A name before it says where, not what kind ("a Kabul
    blast")."""
    mode = _table_mode(word, table)
    if mode is None or any(_table_mode(c, table) != mode for c in word.conjuncts):
        return None
    if word.lemma_.lower() in lexicon.bare_mode_words and any(
            c.dep_ == "compound" and c.pos_ != "PROPN" and _table_mode(c, table) != mode for c in word.children):
        return None
    return mode


def _table_mode(word: Token, table: dict[str, str]) -> str | None:
    """The mode of a word in a mode table, by lemma or as written (the tagger takes "axes" for "axis")."""
    return table.get(word.lemma_.lower()) or table.get(word.lower_)


def _may_narrow(word: Token, trigger: Token) -> bool:
    """Whether a word may narrow the trigger's mode: not in what an attack is aimed at ("air strikes on
    drone sites"), nor in a clause of its own below the trigger ("deployed troops to fight militias");
    the attacker's arms count ("armed with drones")."""
    if any(t.dep_ == "pobj" and t.head.lower_ in AIMED_PREPOSITIONS for t in (word, word.head)):
        return False
    for above in word.ancestors:
        if above.i in {trigger.i, trigger.head.i}:
            return True
        if above.pos_ in {"VERB", "AUX"} and above.lemma_.lower() not in _ARMING:
            return False
    return True


def _is_victim(trigger: Trigger, child: Token, lexicon: TriggerLexicon) -> bool:
    """The object of an attack verb is what was attacked, not the weapon: "shot down a drone", "hit a
    tank", "a helicopter was ambushed". An event noun as object is the act itself ("carried out air
    strikes") and keeps its modifiers."""
    return (trigger.type == "ASSAULT" and not trigger.nominal and child.dep_ in {"dobj", "nsubjpass"}
            and child.lemma_.lower() not in lexicon.nouns)


#: Words after a "with" object that make it what a place holds, not a weapon used: "a flat with explosives inside".
_STORED = frozenset({"inside", "aboard", "hidden", "stored", "stashed", "within"})

#: Participles of bearing arms, after an attacker: "gunmen armed with machetes", "fighters equipped with drones".
_ARMING = frozenset({"arm", "equip"})


def _char_range(head: Token) -> tuple[int, int]:
    """Characters of a phrase without its conjuncts: where figures counting it may lie."""
    right = [c for c in head.rights if c.dep_ not in {"cc", "conj", "punct", "relcl"}]
    last = right[-1].right_edge if right else head
    return head.left_edge.idx, last.idx + len(last.text)


def _figures_for(heads: list[Token | None], figures: Sequence[Figure]) -> list[int]:
    ranges = [_char_range(h) for h in heads if h is not None]
    return [i for i, f in enumerate(figures) if any(s <= f.start and f.end <= e for s, e in ranges)]
