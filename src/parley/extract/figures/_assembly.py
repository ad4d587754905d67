"""Assembling Figure records: cues read around the number (surface, among, parsed), tallies and their
claimants, restated figures, and find_figures, the entry point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.extract.actors import names_party, names_premises
from parley.extract.dates import is_upper_sentence
from parley.extract.events import load_trigger_lexicon
from parley.extract.figures._counted import (
    _CLAUSE_DEPS,
    _CURRENCY_CODE,
    _HELD_STATES,
    _TAKEN,
    _after_armed_harm,
    _after_compound,
    _after_violence,
    _brought_to_care,
    _counted_head,
    _counts_a_whole,
    _cue_of,
    _escaped_captivity,
    _in_care_without_wound,
    _in_medical_care,
    _is_population,
    _is_tally,
    _modifier_cue,
    _names_a_care_reason,
    _names_a_thing,
    _names_people,
    _noun_phrase,
    _own_verb_cue,
    _places_of_care,
    _plainly_medical,
    _pronoun_counted,
    _repeated_fate,
    _sought_care,
    _split_repeat_fate,
    _took_cover,
    _verb_cue,
    _went_home,
    _whole_of_part_noun,
)
from parley.extract.figures._exclusions import _is_excluded
from parley.extract.figures._expressions import (
    _ends_vote_tally,
    _expressions,
    _names_a_sum,
    _participle_cue,
    _past_repeat_prefix,
    _without_full_stop,
)
from parley.extract.figures._lexicons import _PEOPLE_CATEGORIES, _Expr, _lexicons
from parley.extract.figures._units import (
    _LEAST_UNNAMED_SUM,
    _change,
    _is_by_object,
    _is_signed_level,
    _qualifier_after,
    _qualifier_before,
    _range_change,
    _Unit,
    _unit,
)
from parley.extract.nlp import doc_text, preposition_objects, sentence_of, token_column, verb_stems
from parley.records import Figure
from parley.types import Category

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.attributions import ClaimantResolver


@dataclass
class _Context:
    """What the previous figure counted, for partitive and elliptical mentions ("30 of them")."""

    counted: str | None = None
    category: Category | None = None
    sentence_start: int = -1


def _is_among_previous(tok: Token) -> bool:
    """"Thirteen Israelis were among them": the figure is a part of the previous one and shares its category."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_ != "be":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AMONG]
    return any(g.dep_ == "pobj" and g.pos_ in ("PRON", "DET") for p in preps for g in p.children)


#: Forms of "be" before a passive participle or a predicate adjective ("were killed", "are missing").
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Auxiliaries that may stand before "been" or an intransitive verb ("have been freed", "had died").
_HAVE_FORMS = frozenset({"has", "have", "had"})
#: Intransitive verbs of death: whatever follows, their subject is what is counted ("10 workers died of").
_SUBJECT_VERBS = frozenset({"die", "perish"})
_AMONG = frozenset({"among", "amongst"})
#: Words between "among" and the participle: "were among those killed", "among the dead".
_AMONG_FILLERS = frozenset({"those", "the", "them"})
#: Words before "of" and the count that leave the event noun in front: "the killing of the 12 judges".
_EVENT_NOUN_FILLERS = frozenset({"the", "these", "those"})
#: Farthest a counted noun may stand after its number for the words after it to be its predicate
#: ("12 unarmed young men were ..."), and farthest an "of" phrase may run before its verb ("two
#: employees of the gas station were injured"), in tokens.
_NOUN_REACH = 4
_OF_PHRASE_REACH = 8
#: Words that end an "of" phrase before its verb could come: a relative clause or another count
#: ("residents of the town where soldiers were killed" says nothing of the residents).
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "that", "which", "where", "when"})
#: Relative words whose clause says something of the counted people themselves ("two women who worked for
#: them"), unlike "where" or "when", which open a clause about something else.
_SUBJECT_RELATIVES = frozenset({"who", "that", "which"})
#: Farthest the verb may stand after the counted noun when a bracket, relative clause, participle phrase or
#: coordinated noun comes between ("two policemen who were acting as her bodyguards and a citizen were
#: wounded"), in tokens.
_MODIFIER_REACH = 12
_OPENING_BRACKETS = frozenset({"(", "["})
_CLOSING_BRACKETS = frozenset({")", "]"})


def _ends_predicate(doc: Doc, k: int, sent_end: int) -> bool:
    """Nothing after token k opens an object: the end of the sentence, punctuation or a linking word."""
    return k >= sent_end or doc[k].is_punct or doc[k].lower_ in _lexicons().predicate_followers


def _phrase_at(doc: Doc, k: int) -> tuple[Category, int] | None:
    """A multi-word people cue starting at token k ("gunned down", "shot to death"), with its length.

    Reads the words from the per-Doc column of lower forms: slicing the Doc for every phrase of the
    lexicon made a Span and its Tokens per phrase and per number, a visible share of the rule time."""
    lower = token_column(doc, "LOWER")
    for phrase, category in _lexicons().cue_phrases.items():
        if category in _PEOPLE_CATEGORIES and tuple(lower[k:k + len(phrase)]) == phrase:
            return category, len(phrase)
    return None


def _is_death_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in _SUBJECT_VERBS or any(stem in _SUBJECT_VERBS for stem in verb_stems(tok.lower_))


def _predicate_after(doc: Doc, k: int, sent_end: int) -> Category | None:
    """The people category of the words from token k on: "were (seriously) wounded", "have died", "were
    among those killed", "were gunned down"; without "be", a participle, adjective or phrase that no
    object follows ("35 wounded in the blast", "7 people dead") but not an active verb ("shot dead a
    policeman")."""
    passive = False
    while k < sent_end and (doc[k].lower_ in _BE_FORMS or doc[k].lower_ in _HAVE_FORMS):
        passive = passive or doc[k].lower_ in _BE_FORMS
        k += 1
    while k < sent_end and doc[k].lower_.endswith("ly") and doc[k].pos_ in ("ADV", "ADJ", "PROPN", "NOUN"):
        k += 1  # "seriously", "slightly", "reportedly"
    k = _past_repeat_prefix(doc, k, sent_end)  # "were re-abducted"
    if k >= sent_end:
        return None
    if _is_death_verb(doc[k]):
        return "killed"
    if passive and doc[k].lower_ in _AMONG:
        return _among_cue(doc, k + 1, sent_end)
    phrase = _phrase_at(doc, k)
    category, length = phrase if phrase is not None else (_participle_cue(doc[k]), 1)
    if category is None:
        return None
    return category if passive or _ends_predicate(doc, k + length, sent_end) else None


def _own_state_end(doc: Doc, k: int, anchor: Token, sent_end: int) -> int | None:
    """Where the words after a count with no noun's verb or phrase of an own state begin ("25 million
    need assistance", "800,000 are in need of food aid", "33 million have been affected"), if it has
    one. Read off the parse (the verb the count is subject or object of) and off the words after the
    count, past "be"/"have" and adverbs, as the parser often hangs "in need" elsewhere (``own_states``)."""
    lex = _lexicons()
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.lemma_.lower() in lex.own_state_verbs:
        return anchor.head.i + 1
    k = _past_linking_words(doc, k, sent_end)
    if k >= sent_end:
        return None
    words = tuple(t.lower_ for t in doc[k:k + 2])
    stated = doc[k].lemma_.lower() in lex.own_state_verbs or words in lex.own_state_phrases
    return k + 1 if stated else None


def _past_linking_words(doc: Doc, k: int, sent_end: int, *, linking: frozenset[str] = frozenset()) -> int:
    """The first word after the count's "be"/"have" forms, "-ly" adverbs and any ``linking`` verbs
    ("are", "have been", "remain", "is still"), where its predicate begins."""
    while k < sent_end and (doc[k].lower_ in _BE_FORMS or doc[k].lower_ in _HAVE_FORMS
                            or doc[k].lemma_.lower() in linking or doc[k].lower_ == "still"
                            or (doc[k].pos_ == "ADV" and doc[k].lower_.endswith("ly"))):
        k += 1
    return k


def _states_its_own_lot(doc: Doc, k: int, anchor: Token, sent_end: int) -> bool:
    """The count with no noun is given a lot of its own that no category names ("a further 33 million
    have been affected", "800,000 are in need of food aid", "25 million need assistance", "floods
    killed 41 and affected 230,000"), so it must not take the category of the figure before; but not
    when what they need is care (see :func:`_living_lot`)."""
    end = _own_state_end(doc, k, anchor, sent_end)
    return end is not None and not _needs_care(doc, end, sent_end)


def _living_lot(doc: Doc, k: int, anchor: Token, sent_end: int) -> Category | None:
    """The category of a count named as people alive whose health is at stake, if it is: they need care
    ("another 60 need treatment"), breathed an irritant ("dozens were affected by tear gas") or are in
    a stated condition ("14 are in critical condition", "five remain in intensive care"). They are
    never the dead of the figure before; a harm to the body named makes them the wounded, and care or a
    condition does after violence (as with "admit"), or else they are in care, of no category
    (``_living_conditions_note`` in ``data/figure_categories.json``)."""
    end = _own_state_end(doc, k, anchor, sent_end)
    care = _care_needed(doc, end, sent_end) if end is not None else None
    if care is None and not _in_a_condition(doc, k, sent_end):
        return None
    harmed = care is not None and care.pos_ == "NOUN" and _names_a_bodily_harm(care)
    return "injured" if harmed or _after_violence(anchor) or _after_armed_harm(anchor) else "other"


def _after_count(counted: Token, expr: _Expr) -> int:
    """The first word after the count and the noun it counts, with the noun's own modifiers ("three
    more", "nine others", "40 students"): where what is said of them begins."""
    k = max(expr.end, counted.i + 1)
    while k < len(counted.doc) and counted.doc[k].head.i == counted.i and counted.doc[k].dep_ in ("amod", "advmod"):
        k += 1  # "Three more are in critical condition"
    return k


#: Farthest the noun of a condition may stand after "in" ("in a serious but stable condition"), in tokens.
_CONDITION_REACH = 6


def _in_a_condition(doc: Doc, k: int, sent_end: int) -> bool:
    """"are in critical condition", "remain in a serious but stable condition", "were in intensive
    care": "in", then only modifiers, then a condition noun with a modifier of its own or "intensive
    care". A bare "in condition" or anything else between ("in the condition of the road") is none."""
    lex = _lexicons()
    k = _past_linking_words(doc, k, sent_end, linking=lex.condition_linking_verbs)
    if k >= sent_end or doc[k].lower_ != "in":
        return False
    if _in_hospital(doc, k + 1, sent_end):
        return True
    modifiers: list[str] = []
    for tok in doc[k + 1:min(k + 1 + _CONDITION_REACH, sent_end)]:
        if tok.lower_ in lex.condition_nouns:
            return bool(modifiers)
        if tok.lower_ in lex.intensive_care_nouns:
            return any(m in lex.intensive_care_modifiers for m in modifiers)
        if tok.pos_ in ("ADJ", "ADV"):
            modifiers.append(tok.lower_)
        elif not (tok.pos_ == "CCONJ" or tok.lower_ in ("a", ",")):
            return False  # "in the condition of the road", "in a condition to fight"
    return False


def _in_hospital(doc: Doc, k: int, sent_end: int) -> bool:
    """"remain in hospital", "are recovering in the hospital": the place of care itself after "in", as
    the head of its phrase ("in the hospital car park" names no patients; ``condition_places``)."""
    if k < sent_end and doc[k].lower_ in ("the", "a"):
        k += 1
    place = doc[k] if k < sent_end else None
    return (place is not None and place.lemma_.lower() in _lexicons().condition_places
            and place.dep_ not in ("compound", "poss") and not (k + 1 < sent_end and doc[k + 1].tag_ == "POS"))


#: Farthest the care needed may stand after the verb or phrase of need ("need urgent medical care",
#: "are in need of specialist surgery"), in tokens.
_NEED_REACH = 6


def _needs_care(doc: Doc, k: int, sent_end: int) -> bool:
    """What the count needs or is affected by is medical care or a wound ("ten need surgery", "five
    are in need of medical care", "18 were affected by burns"): the wounded or sick the figure before
    told of, who keep its category, unlike people in need of food or shelter."""
    care = _care_needed(doc, k, sent_end)
    return care is not None and not _breathed_by(care)  # "affected by tear gas" is harm, not need


def _care_needed(doc: Doc, k: int, sent_end: int) -> Token | None:
    """The word of care or harm the count needs or is affected by, within reach and before any
    punctuation ("need urgent medical care", "affected by tear gas"), if there is one."""
    for tok in doc[k:min(k + _NEED_REACH, sent_end)]:
        if tok.is_punct:
            return None
        if tok.lemma_.lower() in _lexicons().care_purposes or (tok.pos_ == "NOUN" and (
                _plainly_medical(tok) or _names_a_bodily_harm(tok))):
            return tok
    return None


def _names_a_bodily_harm(noun: Token) -> bool:
    """A wound, an irritant breathed ("for smoke inhalation") or one the count is affected by ("by tear
    gas"): a harm to the body by itself, whether or not violence is told."""
    return _names_a_care_reason(noun) or _breathed_by(noun)


def _breathed_by(noun: Token) -> bool:
    """"affected by tear gas", "affected by the smoke": an irritant heading the "by" phrase is breathed,
    a harm to the body (``_exposures_note``); "affected by the gas shortage" is headed by "shortage"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.lemma_.lower() in _lexicons().irritants


def _among_cue(doc: Doc, k: int, sent_end: int) -> Category | None:
    """"were among those killed", "among the wounded": the group the counted people belong to."""
    while k < sent_end and doc[k].lower_ in _AMONG_FILLERS:
        k += 1
    if k >= sent_end:
        return None
    cue = _participle_cue(doc[k]) or _lexicons().cue_nouns.get(doc[k].lower_)
    opens_count = doc[k].like_num or (doc[k].lower_,) in _lexicons().before or doc[k].lower_ in _AMONG_QUALIFIERS
    if cue is None and opens_count:
        return _counted_group_cue(doc, k, sent_end)  # "were among 11 people killed", "among at least 40 dead"
    return cue if cue in _PEOPLE_CATEGORIES else None


def _among_group(counted: Token, sent: Span) -> Category | None:
    """"Four children aged between 5 and 12 were among the dead", "Six children, the youngest aged two,
    were among the wounded": the parse ties the count's noun to "among" across words that stop the
    reading of the words after it; the group after "among" tells the category, as in :func:`_among_cue`."""
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be":
        return None
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AMONG), None)
    return None if among is None else _among_cue(counted.doc, among.i + 1, sent.end)


#: Words of a qualifier before the whole's number after "among" ("among at least 40 people killed").
_AMONG_QUALIFIERS = frozenset({"at", "least", "more", "than", "over", "nearly", "almost", "some", "about", "around"})
#: Farthest the participle or cue noun may stand after the whole's number ("among the 11 young people killed").
_AMONG_REACH = 6


def _counted_group_cue(doc: Doc, k: int, sent_end: int) -> Category | None:
    """"Three children were among 11 people killed": the whole after "among" is itself counted; the part
    shares what the whole underwent, read from the first cue word of its noun phrase or the participle
    right after it. A preposition or clause ends the search ("among 11 people in the car")."""
    for j in range(k, min(k + _AMONG_REACH, sent_end)):
        tok = doc[j]
        cue = _participle_cue(tok) or _lexicons().cue_nouns.get(tok.lower_)
        if cue in _PEOPLE_CATEGORIES:
            return cue
        if not (tok.like_num or tok.pos_ in ("NUM", "ADJ", "NOUN", "PROPN", "DET", "ADV")
                or tok.lower_ in _AMONG_QUALIFIERS or tok.text == ","):
            return None
    return None


def _event_noun_before(doc: Doc, first: int, sent_start: int, head: Token | None) -> Category | None:
    """"the killing of 12 judges", "the death of 10 union members": the noun before "of" names what
    happened to those counted. "The remains of 170 people" are the dead only when people are
    counted: "the remains of 40 houses" are no one (``human_remains``)."""
    k = first - 1
    while k > sent_start and (doc[k].lower_ in _EVENT_NOUN_FILLERS or doc[k].is_bracket):
        k -= 1
    if k <= sent_start or doc[k].lower_ != "of":
        return None
    noun = doc[k - 1].lower_
    if noun in _lexicons().human_remains:
        return "killed" if head is not None and head.i >= first and _names_people(head) else None
    return _lexicons().event_nouns.get(noun)


def _group_before(doc: Doc, first: int, sent_start: int) -> Category | None:
    """The group named before the count in an inverted predicate: "among the injured are two girls",
    "those killed included 3 children": the count is part of that group and shares its category."""
    k = first - 1
    if k <= sent_start or (doc[k].lower_ not in _BE_FORMS and doc[k].lemma_.lower() != "include"
                           and "include" not in verb_stems(doc[k].lower_)):
        return None
    j = k - 1
    while j > sent_start and doc[j - 1].lower_ in _AMONG_FILLERS:
        j -= 1
    if doc[k].lower_ in _BE_FORMS:
        return _among_cue(doc, j, k) if j > sent_start and doc[j - 1].lower_ in _AMONG else None
    return _among_cue(doc, j, k) if j < k - 1 else None  # "those killed", "the wounded": a group, not a noun


def _verb_after_of_phrase(doc: Doc, k: int, sent_end: int) -> int:
    """Where the verb of "two employees of the gas station were injured" may start, given the "of" at
    ``k``: the first "be" or "have" within reach; ``k`` itself when a relative clause, a number or
    punctuation comes first, since the verb after those is another clause's."""
    for j in range(k + 1, min(k + _OF_PHRASE_REACH, sent_end)):
        tok = doc[j]
        if tok.lower_ in _BE_FORMS or tok.lower_ in _HAVE_FORMS:
            return j
        if tok.is_punct or tok.like_num or tok.lower_ in _RELATIVE_WORDS:
            break
    return k


def _after_bracket(doc: Doc, k: int, sent_end: int) -> int:
    """The token after an editorial bracket opened at k ("10 PEOPLE [NOT FURTHER IDENTIFIED] WERE"), or k."""
    if k >= sent_end or doc[k].text not in _OPENING_BRACKETS:
        return k
    for j in range(k + 1, min(k + _MODIFIER_REACH, sent_end)):
        if doc[j].text in _CLOSING_BRACKETS:
            return j + 1
    return k


def _opens_modifier(tok: Token) -> bool:
    """A relative clause ("WHO WORKED FOR THEM"), a participle phrase ("GUARDING THE CONSULATE") or a
    coordinated noun ("AND TWO WOMEN") after the counted noun: the sentence's verb may come after it."""
    return tok.lower_ in _SUBJECT_RELATIVES or tok.lower_ == "and" or (
        tok.lower_.endswith("ing") and bool(verb_stems(tok.lower_)))


def _predicate_past_modifier(doc: Doc, k: int, sent_end: int) -> Category | None:
    """The predicate of a counted noun with a modifier between it and its verb: "two policemen guarding the
    consulate were killed", "six priests and two women who worked for them were murdered", "10 people
    [not identified] were also injured". Each "be" within reach is tried; punctuation, a second relative
    clause or a number not coordinated by "and" ends the search, as the verb after those is another
    clause's."""
    j = _after_bracket(doc, k, sent_end)
    if j >= sent_end:
        return None
    if j > k and (doc[j].lower_ in _BE_FORMS or doc[j].lower_ in _HAVE_FORMS):
        return _predicate_after(doc, j, sent_end)
    if not _opens_modifier(doc[j]):
        return None
    relatives = 0
    for m in range(j, min(j + _MODIFIER_REACH, sent_end)):
        tok = doc[m]
        relatives += tok.lower_ in _SUBJECT_RELATIVES
        if (tok.is_punct and not tok.is_bracket) or relatives > 1 or (tok.like_num and doc[m - 1].lower_ != "and"):
            return None
        if tok.lower_ in _BE_FORMS and (cue := _predicate_after(doc, m, sent_end)):
            return cue
    return None


def _surface_cue(doc: Doc, expr: _Expr, head: Token | None, first: int, sent: Span) -> Category | None:
    """The people category read off the words around the count: an event noun before it ("the killing
    of 12 judges") or a predicate after the count or its noun ("12 were wounded", "four soldiers were
    killed", "35 wounded", "left 7 people dead").

    All-caps wire copy defeats the tagger, so there this comes before the parse; elsewhere it only
    fills in where the parse gives no category (see :func:`_describe`).
    """
    cue = _event_noun_before(doc, first, sent.start, head) or _group_before(doc, first, sent.start)
    if cue is not None:
        return cue
    k = expr.end
    if k + 1 < sent.end and doc[k].lower_ == "more":
        k += 1  # "and scores more wounded", "12 more were killed"
    if k < sent.end and _participle_cue(doc[k]) is not None and _ends_predicate(doc, k + 1, sent.end):
        return _participle_cue(doc[k])  # "655 DEAD AND 491 WOUNDED", whatever the parser made the head
    if head is None or head.i < k:
        return _predicate_after(doc, k, sent.end)
    if head.i - k > _NOUN_REACH or any(
            t.is_punct or t.like_num or t.pos_ == "CCONJ" or t.lower_ in _BE_FORMS for t in doc[k:head.i]):
        return None
    if head.lower_ in _lexicons().cue_adjectives:  # the count's own noun says it: "35 WOUNDED", "30 INJURED"
        return _participle_cue(head) if _ends_predicate(doc, head.i + 1, sent.end) else None
    k = head.i + 1
    if k < sent.end and doc[k].lower_ == "of":
        k = _verb_after_of_phrase(doc, k, sent.end)
    return _predicate_after(doc, k, sent.end) or _predicate_past_modifier(doc, k, sent.end)


def _verb_before(doc: Doc, first: int, sent: Span) -> Category | None:
    """The people category of a harm verb right before the count, read off its spelling: "KIDNAPPED 12
    PEASANTS", "GUNNED DOWN 2 SUSPECTS", "INJURING FIVE PEDESTRIANS". For all-caps copy, where the tagger
    reads such verbs as names or nouns and hangs the count elsewhere; the count is the verb's object, so
    what the verb says happened to it ("10 SOLDIERS KILLED 3 REBELS": the 3, not the 10)."""
    k = first - 1
    if k < sent.start:
        return None
    for phrase, category in _lexicons().cue_phrases.items():
        n = len(phrase)
        if category in _PEOPLE_CATEGORIES and tuple(t.lower_ for t in doc[max(first - n, sent.start):first]) == phrase:
            return category
    if not verb_stems(doc[k].lower_) or (k > sent.start and doc[k - 1].lower_ in _BE_FORMS):
        return None  # "WERE KILLED 3 DAYS AGO" is no object; adjectives ("DEAD") have no verb ending
    return _participle_cue(doc[k])


def _parsed_cue(counted: Token) -> Category | None:
    """The category the parse gives: the counted noun's own modifiers ("Palestinians imprisoned"),
    else the verb it depends on; a death is the fate that counts, told by the verb ("killing four
    displaced people") or after a wound ("5 soldiers who were wounded died later"); a split repeat
    ("were re-detained") is the news, as in :func:`_split_repeat_fate`."""
    repeat = _split_repeat_fate(counted)
    if repeat is not None:
        return repeat
    modifier = _modifier_cue(counted)
    if modifier is None:
        return _verb_cue(counted)
    governing = _verb_cue(counted)
    if governing == "killed" and counted.dep_ in _ARGUMENTS:
        # "killing four displaced people": the dead are counted as dead, whatever they were; a count
        # sharing another's verb keeps its own ("274 were killed and nearly 700 wounded")
        return governing
    if governing in _PEOPLE_CATEGORIES and _whole_of_part_noun(counted) and counted.head.head.head.lemma_ != "be":
        # "released 17 of the 23 abducted workers": the 17 were released; not "half ... were prisoners"
        return governing
    escaped = counted.dep_ == "nsubj" and _escaped_captivity(counted.head)  # "14 abducted students escaped"
    if governing == "released" and modifier in _TAKEN and (counted.dep_ in ("dobj", "nsubjpass") or escaped):
        # "handed over 4 captured soldiers", "freed 19 abducted schoolchildren", "five people who had
        # been taken hostage were rescued": only captives are freed, so their being taken is their past
        # and the release is the news
        return governing
    if governing in _PEOPLE_CATEGORIES and counted.dep_ in _ARGUMENTS and _repeated_fate(counted.head) is not None:
        # "nine students who were released last year were rearrested": doing it again is the news
        return governing
    gapped = counted.dep_ == "conj" and counted.head.pos_ == "VERB"  # "were killed and dozens wounded by ..."
    if (_told_by_others(counted) or _taken_before(counted, modifier)) and governing in _PEOPLE_CATEGORIES \
            and not gapped:
        return governing  # "freed 19 schoolchildren they had abducted": the freeing is the news
    return "killed" if modifier == "injured" and _dies_later(counted) else modifier


#: Relations of a verb's own participants.
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _told_by_others(counted: Token) -> bool:
    """The counted noun has a relative clause with a subject of its own ("the schoolchildren they
    abducted") or a participle with its agent ("42 detainees held by the rebels"): what it says
    befell them is their past, and the clause they stand in tells the news."""
    return any((c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ not in ("WP", "WDT") for g in c.children))
               or (c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children))
               for c in counted.children)


def _taken_before(counted: Token, modifier: Category) -> bool:
    """'freed 14 passengers seized from a bus', 'released 30 Palestinians imprisoned in Ofer': a
    verb's object whose participle phrase tells how they were taken or held: that is their past,
    and the verb tells the news. A wound or a death stays what is counted ("evacuated 200 people
    injured in the blast")."""
    return modifier in _TAKEN and counted.dep_ == "dobj" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ in ("prep", "npadvmod") for g in c.children)
        for c in counted.children)


def _dies_later(counted: Token) -> bool:
    """The counted people are the subject of a verb of death of their own ("... who were wounded
    died later"), not a count sharing another's verb ("274 were killed and 700 wounded")."""
    verb = counted.head
    return counted.dep_ == "nsubj" and verb.pos_ == "VERB" and _own_verb_cue(verb) == "killed"


def _part_of_previous(doc: Doc, first: int, sent: Span, ctx: _Context) -> Category | None:
    """"12 were wounded, including 3 police officers": a count after "including" is part of the people the
    sentence's previous figure counted, wherever the parser attached it; so is the first count of a
    list after a colon or a semicolon ("13 bodies were seen in the streets; eight guerrillas, four
    soldiers and a civilian")."""
    opens_part = doc[first - 1].lower_ == "including" or doc[first - 1].text in {":", ";"}
    if first > sent.start and opens_part and ctx.sentence_start == sent.start_char:
        return ctx.category if ctx.category in _PEOPLE_CATEGORIES else None
    return None


def _describe(doc: Doc, expr: _Expr, unit: _Unit, ctx: _Context, first: int, sent: Span) -> tuple[str | None, Category]:
    """Counted phrase and category of one figure."""
    anchor = doc[expr.end - 1]
    coordinated = _coordinated_tally(anchor)
    head = coordinated or _counted_head(doc, expr, unit)
    elliptical = head is None or head.pos_ == "PRON"
    if head is not None and head.pos_ == "PRON":
        head = _pronoun_counted(head, anchor) or head
    if head is None and anchor.dep_ == "pobj":
        verb = anchor.head.head
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        head = objects[0] if objects else None
    if head is None and anchor.dep_ in ("pobj", "dobj", "attr"):  # "the number of dead rose to 30", "... is 137"
        verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
        head = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _counts_people(c)),
                    None)  # "the death toll rose to 30"; "the total rose to 30" stays a bare count
    if head is None and anchor.dep_ == "pobj":
        head = _tally_above(anchor)  # "put the number of militants killed at 20"
    tally = head if head is not None and _is_tally(head) else None
    if tally is not None:
        head = _tallied(tally) or head  # "put the number of dead at 30": the dead are counted
    counted = None
    if head is not None and head.pos_ != "PRON":
        start, end = _noun_phrase(doc, head, _after_compound(doc, expr, unit))
        counted = doc[start:end].text
    elif elliptical and ctx.counted and unit.unit is None and (
            ctx.sentence_start == sent.start_char or not _names_its_own_class(anchor)):
        counted = ctx.counted  # "One died later" reaches back across sentences; "600 wounded were admitted" does not
    if unit.category is not None:
        return counted, unit.category
    if _counts_children_of_a_parent(anchor, head):
        return (counted if head is not None else None), "other"  # "Ahmed, a father of three, died"
    own_fate = None
    if (coordinated is not None or tally is not None) and head is not None and head is not tally:
        # "the number of missing stands at 1,700": an adjective standing for people, read as a verb ("miss")
        own_fate = _cue_of(head, as_noun=True) or _lexicons().cue_adjectives.get(head.lower_)
    if own_fate in _PEOPLE_CATEGORIES:
        return counted, own_fate  # "and the number of wounded at 140": not the first tally's dead
    if _sum_without_currency(expr, unit, head):
        return counted, "money"
    if _one_of_the_most(doc, expr):
        return counted, "other"
    if unit.unit == "percent" and head is not None and _materiel_share(head):
        return counted, "military"  # "99% of the projectiles were intercepted": a share of the materiel fired
    if (fate := _share_fate(doc, unit, head)) is not None:
        return counted, fate  # "90% of the population has been displaced": a share of people, displaced
    if unit.unit is not None:
        goods = _aid_goods(doc, unit)
        return (_goods_phrase(doc, goods), "aid") if goods is not None else (counted, "other")
    noun = head if head is not None and head.pos_ != "PRON" else None
    # "the 200 arrested were later freed": a participle standing for the noun is told of by the count
    base = anchor if noun is not None and noun.dep_ in ("acl", "amod") and noun.i == expr.end else noun or anchor
    if noun is not None and _counts_a_whole(anchor, noun):
        # "released 17 of the 23 abducted workers": 23 abducted; "released 10 of the 25 students":
        # with no word of its own the whole of a part taken or freed is of the captives the part is of
        # "half of the 4,000 detainees": failing those, a noun naming people by their lot tells it
        return counted, _modifier_cue(noun) or _captives_whole(anchor, noun, ctx, sent) or _lot_named(noun) or (
            _things_named(noun) or "other")
    if noun is not None and _is_population(noun):
        return counted, "other"  # "seized Goma, a city of around 2 million people": who live there
    shouted = is_upper_sentence(anchor)
    surface = _surface_cue(doc, expr, noun, first, sent) or _part_of_previous(doc, first, sent, ctx)
    if shouted:
        surface = surface or _verb_before(doc, first, sent)
    label = _list_label(doc, first, sent)
    if label is not None:
        return counted, label
    event = _event_noun_before(doc, first, sent.start, noun)  # "arrested 9 over the killing of two students"
    category = (surface if shouted else None) or event or _parsed_cue(base)
    if category is None and base is not anchor:
        category = _modifier_cue(anchor) or _verb_cue(anchor)
    category = category or surface or _among_group(base, sent)
    if category is None and tally is not None:
        category = _modifier_cue(tally)  # "the number of people killed rose to 30"
    if head is not None and (category is None or category in _PEOPLE_CATEGORIES):
        own = _cue_of(head, as_noun=True)
        if category is None or (own == "military" and _names_a_thing(head)):
            category = own  # "six wounded in 73 strikes": strikes are counted, not wounded
        elif _is_material(head):  # "expelled four Chinese vessels": no one was displaced
            category = "military" if own == "military" else "other"
        elif own is None and head.lemma_.lower() in load_trigger_lexicon().nouns:
            category = "other"  # "killed 16 militants in two separate operations": the operations were not killed
    if category in _PEOPLE_CATEGORIES and noun is not None and _counts_a_place(noun):
        category = "other"  # "displaced 60,000 people across 4 provinces": the provinces were not displaced
    went_home = _went_home(base) or (tally is not None and _went_home(tally))  # "the number of Syrians returning"
    if category == "released" and went_home and ctx.category not in _HELD_STATES:
        # "thousands of Syrians returned home"; but "187 pupils were missing, though 25 of them later
        # returned home": people the article has told as taken are freed when they come back
        category = None
    if category == "displaced" and base.lemma_.lower() in load_trigger_lexicon().emissaries:
        category = None  # "expelled three French diplomats": envoys sent home are no displaced people
    if category == "displaced" and not _names_the_displaced(base) and (
            _took_cover(base) or _took_cover(_clause_member(base, anchor))):
        # "400 people sheltered in the basement during the raid": under fire, not uprooted
        category = "military" if _cue_of(base, as_noun=True) == "military" else None
    raised = _raised_tally(doc, first, sent) if elliptical else None
    if raised is not None:  # "taking the death toll to 40": the toll's count, not the taking's or the last figure's
        return (None if counted == ctx.counted else counted), raised
    member = _clause_member(base, anchor)
    if _in_medical_care(member) and (_care_overrules(category, base, ctx, elliptical=elliptical)
                                     or _forces_in_care(category, base)):
        category = "injured"  # "12 people were taken to hospital": carried to care, not seized
    elif _in_care_without_wound(member) and _care_overrules(category, base, ctx, elliptical=elliptical):
        category = "other"  # "six people were taken to hospital for observation": in care, neither seized nor hurt
    elif category == "captured" and _cue_of(base, as_noun=True) == "killed" and _places_of_care(member):
        category = "killed"  # "twelve bodies were taken to hospital": carried there dead, not seized
    if _told_nothing_of_their_own(category, base) and _may_be_the_living(base, ctx, elliptical=elliptical):
        # "a bomb killed 12; another 14 are in critical condition": alive, not the dead told before
        category = _living_lot(doc, _after_count(base, expr), anchor, sent.end) or category
    elif _harmed_in_captivity(category, base) and \
            _living_lot(doc, _after_count(base, expr), anchor, sent.end) == "injured":
        category = "injured"  # "eleven inmates were affected by smoke": the harm told of them is the news
    if category is None and elliptical and _states_its_own_lot(doc, expr.end, anchor, sent.end):
        category = "other"  # "A further 33 million have been affected": not the toll told before
    category = category or _inherited(anchor, base, ctx, elliptical=elliptical)
    in_care = _brought_to_care(member) or _sought_care(member)  # "14 others are receiving treatment"
    if category == "killed" and in_care and _cue_of(base, as_noun=True) != "killed":
        category = "other"  # "cholera killed 34; 1,200 others were admitted to hospital": alive, no wound told
    if category == "captured" and _still_there(base):
        category = "held"  # "of the 251 hostages taken, 97 remain in Gaza": the ones still held
    if category == "released" and _saved_from_danger(base, ctx):
        category = "other"  # "rescued 23 people from collapsed buildings": saved, not freed
    return counted, category or "other"


def _materiel_share(whole: Token) -> bool:
    """"99% of the projectiles", "90 percent of the drones": a share of military materiel is materiel,
    as a count of it is; a share of people ("20% of the fighters") or of anything else stays other."""
    return _cue_of(whole, as_noun=True) == "military" and _names_a_thing(whole)


def _share_fate(doc: Doc, unit: _Unit, whole: Token | None) -> Category | None:
    """A percentage of people counts people, so a fate told of the share by its verb is the figure's
    ("90% of the population has been displaced", "30 percent of the fighters were killed"). A share
    of things ("40% of the territory was seized") or with no fate told ("60% of residents lack water",
    "70% of the dead were women": what the share is, not what befell it) stays other."""
    if unit.unit != "percent" or unit.unit_token is None:
        return None
    share = doc[unit.unit_token]
    whole = whole or next(iter(preposition_objects(share, ("of",))), None)
    if whole is None or not (_names_people(whole) or _lot_of(whole) is not None):
        return None
    fate = _verb_cue(share)
    return fate if fate in _PEOPLE_CATEGORIES else None


def _lot_of(whole: Token) -> Category | None:
    """The people category of a whole named by its lot, as a noun, a participle or a pronoun with its
    participle ("the victims", "the wounded", "those killed"): people, though no role noun says so."""
    if whole.pos_ == "PRON":
        lot = next((_own_verb_cue(c) for c in whole.children if c.dep_ == "acl"), None)
    else:
        lot = _lot_named(whole) if whole.pos_ == "NOUN" else _lexicons().cue_adjectives.get(whole.lower_)
    return lot if lot in _PEOPLE_CATEGORIES else None


def _counts_children_of_a_parent(anchor: Token, head: Token | None) -> bool:
    """"Ahmed, a father of three, died", "a mother of two children was wounded": the count describes a
    person by their children (``family_heads``), so it is not the dead or wounded the verb tells of,
    nor, with no noun of its own, a count of the noun before ("three people, including a father of four").
    A noun after the count is the children only after "a" ("the father of two soldiers killed" counts the dead)."""
    counted = anchor if anchor.dep_ == "pobj" else head
    if counted is None or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children):
        return False  # "the mother of three of the victims": a part of the victims, no children
    parent = counted.head.head
    described = counted is anchor or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in parent.children)
    return described and parent.lemma_.lower() in _lexicons().family_heads


def _names_the_displaced(counted: Token) -> bool:
    """The counted noun or its modifiers say the people are displaced ("300 refugees", "displaced
    families"), wherever they shelter."""
    adjectives = _lexicons().cue_adjectives
    return _cue_of(counted, as_noun=True) == "displaced" or any(
        c.dep_ == "amod" and adjectives.get(c.lower_) == "displaced" for c in counted.children)


def _clause_member(base: Token, anchor: Token) -> Token:
    """The token that fills the counted people's place in the clause: in "dozens of protesters were
    taken to hospital" or "a couple of protesters sought medical help" the parser makes the count word
    the subject and hangs the people on it by "of", so the care told of the count is theirs."""
    of = base.head
    if base.dep_ == "pobj" and of.lower_ == "of" and of.head.i == anchor.i:
        return anchor
    return base


#: Categories of the figure before that people alive and in care do not take ("a bomb killed 12; 14
#: are in critical condition"); the wounded or held of the figure before stay what they were.
_LIVING_OVERRULED = frozenset({None, "other", "killed"})


def _may_be_the_living(base: Token, ctx: _Context, *, elliptical: bool) -> bool:
    """The count may be of people whose health is told: its noun names people ("40 students"), or
    with no noun (or "others") the figure before counted the dead or nothing ("a bomb killed 12;
    another 14 ..."), since after things ("destroyed 20 houses; another 35 are in poor condition")
    it counts more things."""
    if elliptical or base.lemma_.lower() in _STAND_IN_NOUNS:
        return ctx.category in _DEAD_OR_NOTHING
    return ctx.category in _LIVING_OVERRULED and _names_people(base)


#: Categories of the figure before that a count with no noun may be the living after.
_DEAD_OR_NOTHING = frozenset({None, "killed"})
#: Nouns that stand for the counted things of the figure before, as a count with no noun does ("three
#: others were in stable condition").
_STAND_IN_NOUNS = frozenset({"other", "others"})


def _told_nothing_of_their_own(category: Category | None, base: Token) -> bool:
    """The counted people's own words give no category, or only "victims" or "casualties", who may be
    the wounded ("two victims remain in critical condition"); a verb or harm that kills ("suffered
    fatal injuries") or a noun of the dead ("bodies") is their own say."""
    return category is None or (category == "killed" and base.lemma_.lower() in _lexicons().ambiguous_dead)


def _harmed_in_captivity(category: Category | None, base: Token) -> bool:
    """The count is held only by its own noun ("eleven inmates", "12 hostages"): the stock of captives,
    which a harm to their bodies told of them ("were affected by smoke", "are in critical condition
    after the riot") overrules, as vocab.json counts the wounded, whoever they are."""
    return category == "held" and _cue_of(base, as_noun=True) == "held"


#: Categories that people brought to care are read as injured over: no category, or what the verb's
#: other sense ("taken" seized) or an ambiguous noun ("victims" dead) would make of them.
_CARE_OVERRULED = frozenset({None, "other", "captured", "killed"})


def _care_overrules(category: Category | None, base: Token, ctx: _Context, *, elliptical: bool) -> bool:
    """Being in medical care makes the counted people wounded unless their own words say otherwise:
    the dead ("12 bodies were taken to hospital"; not "victims" or "casualties", who may be wounded),
    or captives and the freed ("the 3 freed hostages were taken to hospital"; "... 2 of them were
    taken to hospital" after a release), whose care tells no wound of its own."""
    if category not in _CARE_OVERRULED:
        return False
    own = _cue_of(base, as_noun=True)
    if own == "killed" and base.lemma_.lower() not in _lexicons().ambiguous_dead:
        return False
    if own in _CAPTIVITY or _modifier_cue(base) in _CAPTIVITY:
        return False  # "45 prisoners were taken to hospital after the exchange", "14 captured fighters"
    return not (elliptical and ctx.category in ("held", "released"))


def _forces_in_care(category: Category | None, base: Token) -> bool:
    """"nine soldiers were treated in hospital after the ambush": forces are counted as military by
    their noun alone, which care for a wound overrules; care for an illness ("treated for malaria")
    leaves them what they were."""
    return category == "military" and _names_people(base)


def _sum_without_currency(expr: _Expr, unit: _Unit, head: Token | None) -> bool:
    """"took a 400m stake", "a 5m grant": millions of a singular noun that names only a sum
    (figure_units.json million_nouns) are money even when the copy names no currency; "3 grants" or
    "2 million payments" count the things."""
    if unit.unit is not None or head is None or expr.value is None or expr.value < _LEAST_UNNAMED_SUM:
        return False
    return head.tag_ == "NN" and _names_a_sum(head)  # "3 million loans" counts loans


def _list_label(doc: Doc, first: int, sent: Span) -> Category | None:
    """"Killed: 12; injured: 40; missing: 7": the category a list's label before the colon names for
    its own count (``list_labels``), which the parser would otherwise hang on the list's first label."""
    lex = _lexicons()
    k = first - 1
    if k - 1 < sent.start or doc[k].text not in lex.list_marks:
        return None
    label = doc[k - 1]
    j = k - 2
    while j >= sent.start and doc[j].pos_ == "ADV" and j >= k - 3:
        j -= 1  # "still held: 45", "later freed: 12": an adverb may open the label
    opens_item = j < sent.start or doc[j].text in (";", ",", ".") or doc[j].is_space
    if not opens_item:
        return None
    # a participle first: "Detained: 30" counts an arrest, though "detained" as an adjective says held
    return _participle_cue(label) or lex.cue_adjectives.get(label.lower_) or lex.cue_nouns.get(label.lower_)


def _saved_from_danger(base: Token, ctx: _Context) -> bool:
    """"rescued 23 people from collapsed buildings", "coastguards rescued 320 migrants": a verb of
    rescue frees only captives (``rescues``); people saved from danger are no release. Captives are
    told by the counted noun or its modifier ("rescued 12 hostages", "rescued 30 kidnapped workers"),
    the previous figure ("four soldiers were kidnapped ... the army rescued two of them") or where
    they were rescued from ("from their captors", "from a prison")."""
    lex = _lexicons()
    verb = next((t for t in [base, *base.ancestors] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in lex.rescue_verbs:
        return False
    if ctx.category in _TAKEN | {"released"} or _cue_of(base, as_noun=True) in _TAKEN \
            or _modifier_cue(base) in _TAKEN or _named_as_captives(base):
        return False  # "freed 4 hostages and rescued 9 others", "rescued 7 kidnap victims", "40 trafficked women"
    places = [o.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
              for o in p.subtree if o.dep_ == "pobj"]
    if any(place in lex.captors or place in lex.detention_places for place in places):
        return False
    # "27 crew members of a ship hijacked by pirates": the counted people's own phrase names their captors
    described = [t for t in base.subtree if t.i > base.i]
    return not any(t.lower_ in lex.captors or _participle_cue(t) in _TAKEN for t in described)


def _named_as_captives(noun: Token) -> bool:
    """"kidnap victims", "abduction survivors", "rescued 40 trafficked women": a modifier that names
    a taking (a noun whose cue is a capture) or servitude (``captive_modifiers``, which no count
    category cues) makes captives of the counted people."""
    lex = _lexicons()
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in lex.captive_modifiers:
            return True
        lemma = c.lemma_.lower()
        taking = {lex.cue_verbs.get(lemma), lex.cue_nouns.get(c.lower_), lex.event_nouns.get(lemma)}
        if c.dep_ == "compound" and _TAKEN & taking:
            return True
    return False


#: Categories of captivity a whole shares with its part: "released 10 of the 25 students".
_CAPTIVITY = frozenset({"captured", "held", "released"})


def _captives_whole(anchor: Token, noun: Token, ctx: _Context, sent: Span) -> Category | None:
    """The category of the part just read when the whole is "of" that part's number, in the same
    sentence, and the part was taken, held or freed: the whole are the captives the part is of.
    A whole of the dead or wounded is not all dead ("killed 10 of the 25 passengers")."""
    part = noun.head.head
    if part.pos_ != "NUM" or part.i >= anchor.i or ctx.sentence_start != sent.start_char:
        return None
    return ctx.category if ctx.category in _CAPTIVITY else None


def _lot_named(noun: Token) -> Category | None:
    """The people category a noun names by itself ("detainees" held, "refugees" displaced), if any."""
    own = _cue_of(noun, as_noun=True)
    return own if own in _PEOPLE_CATEGORIES else None


def _things_named(noun: Token) -> Category | None:
    """The category a noun of forces or goods names by itself in the cue nouns ("troops", "drones"
    military; "trucks" aid): the whole of a part keeps it ("half the 40 trucks", "half the 1,500
    troops"), as a count of things is what it counts, whatever befell the part."""
    cue_nouns = _lexicons().cue_nouns  # the noun list only: "stations" is no force, though "station" deploys
    own = cue_nouns.get(noun.lower_) or cue_nouns.get(noun.lemma_.lower())
    return own if own in ("military", "aid") else None


def _counts_a_place(noun: Token) -> bool:
    """A counted noun that names places or divisions of a country (figure_categories.json
    place_counts): "across 4 provinces", "in three districts"; not a people's own noun."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _lexicons().place_counts


def _still_there(subject: Token) -> bool:
    """The count is the subject of "remain" or "stay" with no state of its own ("97 remain in Gaza",
    not "200 remain missing"): captives who remain are still held."""
    verb = subject.head
    return (subject.dep_ == "nsubj" and verb.lemma_.lower() in {"remain", "stay"}
            and not any(c.dep_ in {"acomp", "attr", "oprd", "xcomp"} for c in verb.children))


def _one_of_the_most(doc: Doc, expr: _Expr) -> bool:
    """"one of the largest mass kidnappings", "one of the most violent attacks": a ranking of the
    thing, not a count of its victims, whatever the noun says happened to people."""
    k = expr.end
    if expr.end - expr.start != 1 or doc[expr.start].lower_ != "one" or k + 2 >= len(doc):
        return False
    if doc[k].lower_ != "of" or doc[k + 1].lower_ not in ("the", "its", "their", "his", "her", "our"):
        return False
    ranked = doc[k + 2]
    return ranked.tag_ in ("JJS", "RBS") or ranked.lower_ in ("most", "least")


def _aid_goods(doc: Doc, unit: _Unit) -> Token | None:
    """The aid a weight or volume measures: "flour" in "4,000 tonnes of flour" (see ``aid_goods``)."""
    lex = _lexicons()
    if unit.unit not in lex.aid_measures or unit.unit_token is None:
        return None
    measure = doc[unit.unit_token]
    goods = next(iter(preposition_objects(measure, {"of"})), None)
    if goods is None or goods.lemma_.lower() not in lex.aid_goods:
        return None
    armed = any(c.dep_ in ("amod", "compound") and c.lower_ in lex.materiel_modifiers for c in goods.children)
    return None if armed else goods  # "1,000 tonnes of military assistance" is no aid delivered


def _goods_phrase(doc: Doc, goods: Token) -> str:
    """The goods with their modifiers and conjuncts: "grain and flour", "emergency food aid"."""
    last = max([goods.i, *(c.i for c in goods.conjuncts)])
    return doc[goods.left_edge.i : last + 1].text


#: How far back from "to N" a raised tally is looked for ("raising the death toll since the
#: escalation began last month to more than 1,900").
_TALLY_REACH = 12


def _raised_tally(doc: Doc, first: int, sent: Span) -> Category | None:
    """"raising the death toll ... to more than 1,900", "bringing the number of dead to 30": the
    category of the tally a verb of raising sets to this count, read off the words, since the
    parser often hangs "to N" on a verb in between."""
    if first <= sent.start or doc[first - 1].lower_ != "to":
        return None
    lex = _lexicons()
    for k in range(first - 2, max(sent.start, first - _TALLY_REACH) - 1, -1):
        token = doc[k]
        if token.pos_ != "NOUN":
            continue
        if not any(doc[j].lemma_.lower() in lex.tally_raisers for j in range(max(sent.start, k - 4), k)):
            continue
        cue = _cue_of(token, as_noun=True)
        tallied = _tallied(token) if _is_tally(token) else None
        return cue or (_cue_of(tallied, as_noun=True) if tallied is not None else None)
    return None


#: How many steps up from a count a tally noun may govern it ("the number of militants killed at 20":
#: 20, at, killed, militants, of, number).
_TALLY_CLIMB = 6


def _tally_above(anchor: Token) -> Token | None:
    """The tally or toll a count after "at" or "to" sets, when the parser hangs the count on a
    participle below it ("put the number of militants killed at 20", "a toll later revised to 3,958"),
    not on the verb setting it: the figure counts what the tally counts, not what the previous figure did."""
    if anchor.head.lower_ not in ("at", "to"):
        return None
    for step, token in enumerate(anchor.ancestors):
        if step >= _TALLY_CLIMB or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl")):
            return None
        is_toll = token.pos_ == "NOUN" and token.lemma_.lower() == "toll"
        if is_toll or (_is_tally(token) and _tallied(token) is not None):
            return token  # "a toll later revised to 3,958" sets a toll as "the number of dead at 30" does
    return None


#: Prepositions that place a tally at its count: "put the toll at 88", "revised the number of dead to 30".
_PLACING = frozenset({"at", "to"})


def _coordinated_tally(anchor: Token) -> Token | None:
    """"put the death toll at 88 and the number of wounded at 140": a count placed after a second
    tally, coordinated with the first, counts that tally and not the verb's object. The parser hangs
    the second "at N" on the verb, on the tally or on its "of" phrase, so the tally is found by the
    words: the nearest coordinated toll, tally or "the injured" before the preposition, with no count
    between them."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in _PLACING:
        return None
    doc, sent = anchor.doc, sentence_of(anchor)
    for k in range(prep.i - 1, max(sent.start, prep.i - _OF_PHRASE_REACH) - 1, -1):
        tok = doc[k]
        if tok.like_num or tok.lower_ in _PLACING:
            return None  # the first tally's own count: "at 88 and the number of wounded"
        if tok.dep_ == "conj" and _names_a_tally(tok):
            return tok
    return None


def _names_a_tally(tok: Token) -> bool:
    """A count of people (:func:`_counts_people`: "the death toll", "the number of detainees"), or
    people named by their fate after an article ("the injured", which the parser tags a verb)."""
    if _counts_people(tok):
        return True
    named = any(c.dep_ == "det" for c in tok.children)
    return named and _cue_of(tok, as_noun=True) in _PEOPLE_CATEGORIES


def _tallies_a_fate(noun: Token) -> bool:
    """A toll or a tally of people who met a fate: "the death toll", "casualties", "the number of
    dead", "the number of people killed"; not "the number of troops"."""
    if noun.lemma_.lower() == "toll" or _cue_of(noun, as_noun=True) in _PEOPLE_CATEGORIES:
        return True
    tallied = _tallied(noun) if _is_tally(noun) else None
    if tallied is None:
        return False
    fate = _cue_of(tallied, as_noun=True) or _lexicons().cue_adjectives.get(tallied.lower_) or _modifier_cue(tallied)
    return fate in _PEOPLE_CATEGORIES


def _coordinated_claimant(anchor: Token, claimants: ClaimantResolver) -> str | None:
    """Who gives a count of a coordinated tally: whoever gives the first tally's, since "officials put
    the toll at 88 and the number of wounded at 140" is one claim (the attribution may stop at 88)."""
    tally = _coordinated_tally(anchor)
    if tally is None:
        return None
    first = tally
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ in ("VERB", "AUX"):
        objects = [c for c in first.children if c.dep_ == "dobj" and _names_a_tally(c)]
        if not objects:
            return None
        first = objects[0]
    return claimants.claimant_for(first.idx, first.idx + len(first.text))


def _toll_reviser(anchor: Token) -> str | None:
    """"a toll later revised by the WHO to 3,958", "the toll was raised by the civil defence to 22":
    the body a passive verb of revising names gives the new count. The revised thing must be a toll
    or a tally and the body a party ("the toll was raised by new strikes to 30" names no claimant)."""
    prep = anchor.head
    verb = prep.head
    if anchor.dep_ != "pobj" or prep.lower_ != "to" or verb.tag_ != "VBN":
        return None
    if verb.lemma_.lower() not in _lexicons().toll_revisers:
        return None
    revised = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if revised is None or not _tallies_a_fate(revised):
        return None  # "the number of troops was raised by the Pentagon to 5,000" is an act, not a count given
    body = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    if body is None or not names_party(body):
        return None
    return doc_text(anchor.doc)[body.left_edge.idx : body.right_edge.idx + len(body.right_edge)]


def _names_its_own_class(number: Token) -> bool:
    """"600 wounded", "12 dead": the number counts the class its participle or adjective names, not
    the people counted before (as a bare "One died later" or "two of them" does); so does a count
    a participle right after it describes ("sent 1,300 held for trial to Nasiriyah": those held)."""
    head = number.head
    participle = head.pos_ in ("VERB", "ADJ") or head.lower_ in _lexicons().cue_adjectives  # "wounded" as a noun
    described = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == number.i + 1 for c in number.children)
    return (number.dep_ == "nummod" and head.i != number.i and participle) or described


def _counts_people(noun: Token) -> bool:
    """A subject that is a count of people: a tally with an "of" phrase ("the number of dead") or a
    noun of a people category ("the death toll", "deaths")."""
    if _is_tally(noun):
        return _tallied(noun) is not None
    return noun.pos_ == "NOUN" and _cue_of(noun, as_noun=True) in _PEOPLE_CATEGORIES


def _tallied(tally: Token) -> Token | None:
    """What a tally noun counts: the object of its "of" ("the number of dead")."""
    for prep in tally.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children  # "of dead", "of displaced" (a participle: pcomp)
                         if o.dep_ in ("pobj", "pcomp") and o.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")), None)
    return None


def _names_a_part(doc: Doc, expr: _Expr, sent: Span) -> bool:
    """"863 killed, including 190 children, and 3,500 wounded": a count after "including" is a part
    of the one before, so a later bare count still counts what that one counted."""
    return expr.start > sent.start and doc[expr.start - 1].lower_ == "including"


def _ranks_among(doc: Doc, expr: _Expr) -> bool:
    """"one of the most violent days", "one of the deadliest": "one" ranks something among the
    superlative few, so what it names ("violent", "most violent days") is no group a later bare count
    ("and 12 were killed") could count, and it ends the reach of any figure's noun before it."""
    if expr.end - expr.start != 1 or doc[expr.start].lower_ != "one":
        return False
    return any(_is_superlative(whole) or any(_is_superlative(c) for c in whole.children if c.dep_ in ("amod", "advmod"))
               for whole in preposition_objects(doc[expr.start], {"of"}))


def _is_superlative(word: Token) -> bool:
    """A superlative adjective or adverb ("deadliest", "most"), as tagged."""
    return word.tag_ in ("JJS", "RBS")


def _is_material(noun: Token) -> bool:
    """A counted noun the lexicons know as a thing or a place: a conveyance, goods, arms, ground or
    premises ("four Chinese vessels", "40 vehicles", "12 villages"). People categories count people
    (vocab.json), so such a count is materiel or another quantity: trucks a militia captured were
    delivered to no one, so they are no aid either."""
    if noun.pos_ != "NOUN":
        return False
    lemma, triggers = noun.lemma_.lower(), load_trigger_lexicon()
    return (lemma in triggers.conveyances or lemma in triggers.taken_things or lemma in triggers.territory_nouns
            or names_premises(noun))


def _inherited(anchor: Token, base: Token, ctx: _Context, *, elliptical: bool) -> Category | None:
    """The category a figure takes from what it is part of: the previous figure ("30 of them"), or for
    "Thirteen Israelis were among them" with no figure before, what the previous sentence's subject underwent."""
    among = _is_among_previous(base)
    same_sentence = (ctx.sentence_start == sentence_of(anchor).start_char and not _in_clause_of_its_own(base)
                     and not _party_to_another_noun(base))
    if (elliptical or same_sentence or among or anchor.head.lemma_ == "be") and ctx.category in _PEOPLE_CATEGORIES:
        return ctx.category
    if elliptical and ctx.category in ("military", "aid"):
        return ctx.category  # "launched 120 drones on Monday and 90 on Tuesday": 90 drones, as the noun it leaves out
    of_them = any(c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children) for c in anchor.children)
    return _antecedent_cue(sentence_of(anchor)) if of_them or among else None


def _party_to_another_noun(counted: Token) -> bool:
    """The count is the agent or a party of something else: "a protest by 300 people", "condemned by
    15 countries", "criticism from 30 countries", or those who tell it ("according to two security
    sources"). Such people did not undergo the earlier figure's fate."""
    if counted.dep_ != "pobj":
        return False
    prep = counted.head
    on_noun = prep.head.pos_ in ("NOUN", "PROPN") and prep.lower_ not in ("of", "including")
    told_by = prep.lower_ == "to" and prep.head.lower_ == "according"  # "according to two security sources"
    return _is_by_object(counted) or prep.lower_ == "from" or on_noun or told_by


def _in_clause_of_its_own(counted: Token) -> bool:
    """The count is the subject or object of a verb of its own ("10 villages were hit", "destroyed 300
    buildings"): what that verb does to it, not what an earlier clause did to people, is its category.

    A count hanging on the earlier clause ("including 12 children") or linked by "be" ("3 were
    children") has no verb of its own and may still share the earlier figure's category.
    """
    verb = counted.head
    adjective_clause = counted.dep_ == "nsubj" and verb.pos_ == "ADJ" and verb.dep_ in _CLAUSE_DEPS  # "two dams burst"
    return adjective_clause or (counted.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ == "VERB"
                                and verb.lemma_.lower() not in ("be", "include", "number", "remain"))


def _antecedent_cue(sent: Span) -> Category | None:
    """What the plural subject of the previous sentence underwent: "The first hostages ... were handed over"."""
    if sent.start == 0:
        return None
    previous = sentence_of(sent.doc[sent.start - 1])
    subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")]
    # A coordinated verb without its own subject shares the sentence subject ("crossed ..., and were
    # handed to Israeli forces"), wherever the parser attached it.
    shared = [t for t in previous if t.dep_ == "conj" and t.pos_ == "VERB"
              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    for subject in subjects:
        for verb in (subject.head, *subject.head.conjuncts, *shared):
            cue = _own_verb_cue(verb) if verb.pos_ == "VERB" else None
            if cue in _PEOPLE_CATEGORIES:
                return cue
    return None


def _figure(doc: Doc, doc_id: str, sent: Span, expr: _Expr, ctx: _Context, claimants: ClaimantResolver) -> Figure:
    first, qualifier = _qualifier_before(doc, expr, sent.start)
    last, after_qualifier = _qualifier_after(doc, expr.end, sent.end)
    unit = _unit(doc, expr)
    if unit.category == "duration" and qualifier is not None and _is_time_span_preposition(doc, first):
        first, qualifier = expr.start, None  # "over four days" is a span of time, not a lower bound
    loose = expr.loose or doc[expr.start].text.startswith("~")
    qualifier = qualifier or after_qualifier or ("approx" if loose else None)
    anchor = doc[unit.unit_token] if unit.unit_token is not None and unit.category != "age" else doc[expr.end - 1]
    share = unit.unit in _RATE_UNITS or (unit.unit is not None and _CURRENCY_CODE.fullmatch(unit.unit) is not None)
    length = unit.unit in _lexicons().length_units
    change = (_change(doc, anchor, first, unit.unit is not None, share=share, length=length)
              if unit.category not in ("age",) else None)
    if expr.vague:
        qualifier = "at_least"
    elif expr.value is None:
        qualifier = change or _range_change(doc, expr) or ("approx" if qualifier == "approx" else "range")
    elif change is not None and qualifier is None:
        qualifier = change
    elif qualifier is None and not length and _passed_level(anchor) and not _ends_vote_tally(doc, expr):
        qualifier = "more_than"  # "the toll passed 2,000": a level now exceeded; "passed 200 metres from" is how near
    elif expr.sign is not None and qualifier is None and not _is_signed_level(doc, expr):
        qualifier = "up" if expr.sign == "+" else "down"
    counted, category = _describe(doc, expr, unit, ctx, first, sent)
    start_char, end_char = doc[first].idx, doc[last - 1].idx + len(_without_full_stop(doc[last - 1]))
    return Figure(
        doc_id=doc_id, start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char],
        value=expr.value, low=expr.low, high=expr.high, qualifier=qualifier or "exact", unit=unit.unit,
        counted=counted, category=category, claimant=_claimant(doc, expr, start_char, end_char, claimants),
        sentence_start=sent.start_char, sentence_end=sent.end_char,
    )


def _claimant(doc: Doc, expr: _Expr, start_char: int, end_char: int, claimants: ClaimantResolver) -> str | None:
    """Who gives the figure: the attribution covering it, else the body that revised a toll to it or
    the claimant of the tally it is coordinated with."""
    number = doc[expr.end - 1]
    return (claimants.claimant_for(start_char, end_char) or _toll_reviser(number)
            or _coordinated_claimant(number, claimants))


def _passed_level(anchor: Token) -> bool:
    """The number or its unit is the object of a verb of going past a level: "the death toll passed
    2,000", "losses topped $3 billion", "inflation exceeded 5 percent". A number counting a noun names
    things passed, not a level: "the convoy passed 3 checkpoints"."""
    tok = anchor
    lex = _lexicons()
    percent = tok.dep_ == "npadvmod" and tok.lower_ in lex.percent  # "exceeded 5 percent", misparsed
    verb = tok.head
    if not ((tok.dep_ == "dobj" or percent) and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.passing_verbs):
        return False
    if tok.lower_ in lex.time_units:
        return False  # "passed 3 days in the forest": time spent
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "passed 40 tonnes of weapons across the border": goods handed on
    # "passed $5,000 to the smuggler": a sum handed to someone
    return not any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


#: Units of a rate or of a difference of rates, which a verb right before makes a change like a sum of money.
_RATE_UNITS = frozenset({"percent", "basis point"})


def _is_time_span_preposition(doc: Doc, first: int) -> bool:
    """"over four days" (during) against "for over two years" (more than): after a preposition it is a bound."""
    if doc[first].lower_ not in ("over", "under", "around"):
        return False
    return first == 0 or doc[first - 1].pos_ != "ADP"


#: The text between two figures when the second restates the first in other units or terms:
#: "100 km (60 miles)", "224 kW / 300 PS". No digits may sit between. "N, or M" is left out: as often an
#: alternative ("25k or 40k") as a restatement ("190 points, or 0.6%").
_RESTATEMENT_GAP = re.compile(r"^[^\d.;:,()]{0,30}[(/][^\d()]{0,8}$")
#: The text between a change and its restatement in other units after a comma and "or", the way
#: market reports give every move twice: "fell 190 points, or 0.6%", "rose $1.25, or 1.4 percent".
_CHANGE_RESTATEMENT_GAP = re.compile(r"^[^\d.;:,()]{0,30}, or $")


def _restated(doc: Doc, previous: Figure | None, figure: Figure) -> Figure:
    """Carry the qualifier of a figure to its restatement ("more than 100 km (60 miles)", "lost 190
    points, or 0.6%")."""
    if previous is None or figure.qualifier not in ("exact", "range") or previous.qualifier in ("exact", "range"):
        return figure
    if (figure.value is None) != (previous.value is None) or previous.sentence_start != figure.sentence_start:
        return figure  # a range restates a range, a number a number
    gap = doc_text(doc)[previous.end:figure.start]
    if not (_RESTATEMENT_GAP.match(gap) or _restates_change(previous, figure, gap)):
        return figure
    return figure.model_copy(update={"qualifier": previous.qualifier})


def _restates_change(previous: Figure, figure: Figure, gap: str) -> bool:
    """"N units, or M%" after a change gives the same change in other units, so it is that change too.

    The units must differ: "fell 3%, or 2% without fuel" offers another figure, not the same move.
    """
    return (previous.qualifier in ("up", "down") and previous.unit != figure.unit
            and _CHANGE_RESTATEMENT_GAP.match(gap) is not None)


def find_figures(doc: Doc, doc_id: str, claimants: ClaimantResolver) -> list[Figure]:
    """Every figure of a parsed document, in document order.

    Args:
        doc: the article parsed by :func:`parley.extract.nlp.load_nlp` (tagger, parser and NER).
        doc_id: the document's id, copied into each record.
        claimants: gives the claimant of a span (the attribution that covers it), or None.

    Returns:
        Figure records; offsets index ``doc.text``.

    Example: "Hamas freed 24 hostages" gives one figure, ``24`` (exact, counted "hostages",
    category "released").
    """
    figures: list[Figure] = []
    ctx = _Context()
    for sent in doc.sents:
        for expr in _expressions(doc, sent):
            if _is_excluded(doc, expr):
                continue
            figure = _restated(doc, figures[-1] if figures else None, _figure(doc, doc_id, sent, expr, ctx, claimants))
            figures.append(figure)
            if _ranks_among(doc, expr):
                ctx = _Context(sentence_start=sent.start_char)  # nor may an older figure's noun pass over it
            elif figure.unit is None and not _names_a_part(doc, expr, sent):
                ctx = _Context(figure.counted, figure.category, sent.start_char)
    return figures
