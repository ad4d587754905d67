"""The qualifier ("more than", "about") and unit of a figure: currencies named or implied by the
article, temperatures, ages, and a change told by its verb or range (up, down).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, cast

from parley.extract.actors import countries_named, load_actor_lexicon, normalise_tokens, state_named_near
from parley.extract.figures._expressions import (
    _FOLD,
    _currency_before,
    _is_decade_of_life,
    _names_a_sum,
    _noun_after,
    _unit_words,
)
from parley.extract.figures._lexicons import _Expr, _lexicons
from parley.extract.nlp import preposition_objects, sentence_of
from parley.types import Category, Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _qualifier_before(doc: Doc, expr: _Expr, sent_start: int) -> tuple[int, Qualifier | None]:
    """The qualifier phrase ending just before the number (a currency symbol may sit between)."""
    end = expr.start
    if _currency_before(doc, end):
        end -= 1
    if end > sent_start and doc[end - 1].lower_ == "between" and expr.value is None:
        return end - 1, "range"
    lex = _lexicons()
    for size in (3, 2, 1):
        first = end - size
        if first < sent_start:
            continue
        words = tuple(t.lower_ for t in doc[first:end])
        # not "handed over 700 kg": a particle of the verb, whether parsed as one or, tagged RP, as a
        # modifier of the number ("handed over 4 soldiers", "took over 4 buildings")
        if words in lex.before and not (size == 1 and (doc[first].dep_ == "prt" or doc[first].tag_ == "RP")):
            if first > sent_start and doc[first - 1].lower_ in ("just", "well") and size == 1:
                first -= 1
            return first, lex.before[words]
    return expr.start, None


def _qualifier_after(doc: Doc, end: int, sent_end: int) -> tuple[int, Qualifier | None]:
    for size in (2, 1):
        words = tuple(t.lower_ for t in doc[end:end + size])
        if end + size <= sent_end and words in _lexicons().after:
            return end + size, _lexicons().after[words]
    return end, None


@dataclass(frozen=True)
class _Unit:
    unit: str | None
    category: Category | None
    unit_token: int | None  # index of the unit token after the number, if any


def _past_hyphened_qualifier(doc: Doc, j: int) -> int:
    """"15-plus years", "a 40-odd-day siege": the unit follows the qualifier hyphened to the number."""
    if j + 1 < len(doc) and doc[j].text == "-" and (doc[j].lower_, doc[j + 1].lower_) in _lexicons().after:
        return j + 2
    return j


def _national_currency(doc: Doc, j: int) -> _Unit | None:
    """'120,000 Sudanese pounds', '50 million Congolese francs': a country's adjective (one to three
    words) before a currency word many states share names that state's currency."""
    table = _lexicons().national_currencies
    for n in (2, 3, 4):
        if j + n > len(doc):
            break
        words = [t.lower_ for t in doc[j : j + n]]
        for last in dict.fromkeys([words[-1], words[-1].removesuffix("s")]):  # "pounds", "rupees"
            code = table.get((*words[:-1], last))
            if code is not None:
                return _Unit(code, "money", j + n - 1)
    return None


def _article_currency(doc: Doc, j: int) -> _Unit | None:
    """'9 trillion dinars' in a story from Iraq: a currency word several states share (figure_units.json
    shared_currencies) is the currency of the state the article names, since copy that has set the
    country names the money by its bare word. The nearest such state named before the number decides,
    else the first named after it in its sentence; None when there is none (currency_words then decides)."""
    if j >= len(doc):
        return None
    table = _lexicons().shared_currencies
    word = doc[j].lower_
    states = table.get(word) or table.get(word.removesuffix("s"))  # "dinars", "pesos"
    if states is None:
        return None
    # the first named after it in its sentence: "..., Iraqi officials said"
    iso3 = state_named_near(countries_named(doc), j, j + 1, set(states), sentence_of(doc[j]).end)
    return _Unit(states[iso3], "money", j) if iso3 is not None else None


def _unit(doc: Doc, expr: _Expr) -> _Unit:
    """Percent, currency, age, time unit or measure, from the tokens around the number.

    The figure and several of its exclusions (race names, kinds of weapon or security) ask for the
    same expression's unit, and each reading walks the words around the number, so the answer is
    kept per Doc under the expression's fields (all plain values: the cache holds no Token).
    """
    known = doc.user_data.setdefault("parley_units", {})
    key = astuple(expr)
    unit = known.get(key)
    if unit is None:
        unit = known[key] = _read_unit(doc, expr)
    return cast(_Unit, unit)


def _read_unit(doc: Doc, expr: _Expr) -> _Unit:
    """The unit of :func:`_unit`, read anew."""
    lex = _lexicons()
    currency = expr.glued_currency or _currency_before(doc, expr.start)
    if currency:
        return _Unit(currency, "money", None)
    if expr.glued_unit:
        time_unit = expr.glued_unit in lex.time_units.values()
        return _Unit(expr.glued_unit, "duration" if time_unit else None, None)
    scale = _scale_before(doc, expr)
    if scale is not None:
        return scale
    j = _past_hyphened_qualifier(doc, expr.end)
    if expr.loose and j + 1 < len(doc) and doc[j].lower_ == "of":
        j += 1  # "a couple of days": the unit follows "of"
    nxt = doc[j].lower_ if j < len(doc) else ""
    modified = _modified_measure(doc, j)
    if modified is not None:
        return modified
    if nxt in lex.percent or (nxt == "per" and j + 1 < len(doc) and doc[j + 1].lower_ == "cent"):
        points = nxt == "percentage" and j + 1 < len(doc) and doc[j + 1].lower_ in ("point", "points")
        return _Unit("percent", None, j + 1 if nxt == "per" or points else j)  # "points" heads "percentage points"
    if j + 1 < len(doc) and nxt in ("us", "u.s.") and doc[j + 1].lower_ in lex.currency_words:
        return _Unit(lex.currency_words[doc[j + 1].lower_], "money", j + 1)
    if _weighed_in_pounds(doc, expr, j):
        return _Unit("pound-mass", None, j)
    national = _national_currency(doc, j)
    if national is not None:
        return national
    weights = nxt in _POUNDS and _pounds_may_weigh(expr)
    named = None if weights else _article_currency(doc, j)
    if named is not None:
        return named
    if nxt in lex.currency_words and not weights:
        return _Unit(lex.currency_words[nxt], "money", j)
    if nxt in lex.currency_subunits:
        return _Unit(lex.currency_subunits[nxt], "money", j)
    if (_after_aged(doc, expr.start) or _appositive_age(doc, expr) or _is_decade_of_life(doc, expr)
            or _reached_age(doc, expr) or _bounded_age(doc, expr) or _extreme_age(doc, expr)
            or _predicate_age(doc, expr) or _extreme_at_age(doc, expr)):
        return _Unit("year", "age", None)
    hyphen = nxt == "-"
    k = j + 1 if hyphen else j
    word = doc[k].lower_ if k < len(doc) else ""
    if word == _FOLD:
        return _Unit(None, None, k)  # "rose 30-fold": a factor, no unit; the suffix carries the verb
    if hyphen and word in lex.strength_suffixes:
        return _Unit(None, None, k)  # "the 800-strong contingent": no unit; what it counts follows the suffix
    if hyphen and word in lex.currency_words:
        return _hyphenated_currency(doc, k)
    if word in lex.time_units:
        unit = lex.time_units[word]
        return _Unit(unit, "age" if _is_age(doc, k) or _infant_age_bound(doc, expr) else "duration", k)
    temperature = _temperature(doc, k)
    if temperature is not None:
        return temperature
    if word in lex.measures and k + 2 < len(doc) and doc[k + 1].text == "/" and doc[k + 2].lower_ in _HOURS:
        return _Unit(f"{lex.measures[word]} per hour", None, k + 2)  # "160 km/h"
    if word in lex.measures and not (word == "m" and hyphen) and not (len(word) == 1 and doc[k].text.isupper()):
        # a capital letter is no measure: "5G networks" (one letter names a kind of thing, not grams)
        return _Unit(lex.measures[word], None, k)
    if k < len(doc) and doc[k].text in lex.unit_symbols:
        return _Unit(lex.unit_symbols[doc[k].text], None, k)
    return _Unit(None, None, None)


#: Above the highest reading of the magnitude scales (the largest quake recorded was 9.5): "of a
#: similar magnitude 20 people" is no reading.
_HIGHEST_READING = 10


def _scale_before(doc: Doc, expr: _Expr) -> _Unit | None:
    """"a magnitude 6.3 earthquake": a scale named before its reading gives the unit, so the number
    is read as a measure rather than as a count of the noun after it. Not a number with a unit of
    its own ("a crisis of this magnitude 20 years ago") or too large for a reading."""
    if expr.start == 0 or expr.value is None or not 0 < expr.value < _HIGHEST_READING:
        return None
    if _unit_words(doc, expr.end, len(doc)) > 0:
        return None
    scale = _lexicons().units_before.get(doc[expr.start - 1].lower_)
    return None if scale is None else _Unit(scale, None, None)


#: The currency word that is also a weight (figure_units.json pound_weights).
_POUNDS = frozenset({"pound", "pounds"})
#: The most a person's own weight is said to change by, in pounds: "he lost 20 pounds"; "lost 150
#: pounds" is more likely money.
_MOST_BODY_WEIGHT_CHANGE = 100


def _weighed_in_pounds(doc: Doc, expr: _Expr, j: int) -> bool:
    """"weighed 500 pounds", "seized 300 pounds of cocaine", "he lost 20 pounds": "pounds" after the
    number is a weight, not sterling, when a verb of weighing governs it, when an "of" phrase names a
    thing weighed (not "pounds of public money"; in the millions only aid goods, since "10 million
    pounds of weapons" is a sale), or when a person loses or gains it."""
    if j >= len(doc) or doc[j].lower_ not in _POUNDS:
        return False
    lex, pound = _lexicons(), doc[j]
    if pound.head.lemma_.lower() in lex.weigh_verbs:
        return True
    weighed = next(iter(preposition_objects(pound, {"of"})), None)
    if weighed is not None and not _names_a_currency_sum(weighed):
        return (expr.value or 0) < _LEAST_UNNAMED_SUM or weighed.lemma_.lower() in lex.aid_goods
    changer = pound.head
    return (pound.dep_ == "dobj" and changer.lemma_.lower() in lex.body_weight_verbs
            and expr.value is not None and expr.value <= _MOST_BODY_WEIGHT_CHANGE
            and any(c.dep_ == "nsubj" and _is_person(c) and c.lower_ not in lex.age_collectives
                    for c in changer.children))  # not "the family lost 20 pounds when the bank collapsed"


def _pounds_may_weigh(expr: _Expr) -> bool:
    """"hundreds of pounds", "10-15 pounds": a vague count or a small range of pounds is weight as often
    as money; a range in the millions ("4-5 million pounds") is sterling, as an exact sum that size is."""
    return expr.value is None and (expr.high is None or expr.high < _LEAST_UNNAMED_SUM)


def _hyphenated_currency(doc: Doc, k: int) -> _Unit:
    """"a 10-dollar bill", "new 200-pound notes": a currency word hyphenated to its number names a sum,
    but "a 2,000-pound bomb" or "a 40-pound warhead" is the weight of the thing it modifies."""
    noun = _noun_after(doc, k)
    if doc[k].lower_ in _POUNDS and not (noun is not None and _names_a_currency_sum(noun)):
        return _Unit("pound-mass", None, k)
    return _article_currency(doc, k) or _Unit(_lexicons().currency_words[doc[k].lower_], "money", k)


def _names_a_currency_sum(noun: Token) -> bool:
    """A noun an amount of currency is of or modifies: a sum's noun ("funding", "a 400m stake in"), money
    itself or its notes and coins (figure_units.json pound_weights sum_nouns)."""
    return _names_a_sum(noun) or noun.lower_ in _lexicons().pound_sums


def _temperature(doc: Doc, k: int) -> _Unit | None:
    """'1.48°C', '104 °F', '12 degrees Fahrenheit': a degree sign or the word, then the scale."""
    if k >= len(doc) or doc[k].text not in _DEGREE_WORDS:
        return None
    scale = doc[k + 1].lower_.rstrip(".") if k + 1 < len(doc) else ""
    if scale in _SCALES:
        return _Unit(_SCALES[scale], None, k + 1)
    return _Unit("degree", None, k) if doc[k].text == "°" else None  # "degrees" alone: the measures' own


#: The degree sign and words, and the temperature scales after them.
_DEGREE_WORDS = frozenset({"°", "degree", "degrees"})
_SCALES = {"c": "celsius", "celsius": "celsius", "centigrade": "celsius", "f": "fahrenheit", "fahrenheit": "fahrenheit"}


def _modified_measure(doc: Doc, k: int) -> _Unit | None:
    """A measure named by a modifier and a unit word: "1,000 square km", "55bn cubic metres", "70 nautical
    miles", "15 basis points"."""
    lex = _lexicons()
    if k + 1 >= len(doc) or doc[k].lower_ not in lex.measure_modifiers or doc[k + 1].lower_ not in lex.measures:
        return None
    return _Unit(f"{lex.measure_modifiers[doc[k].lower_]} {lex.measures[doc[k + 1].lower_]}", None, k + 1)


#: The oldest age read from a bare number after a person ("Maddon, 66,").
_OLDEST = 120


def _appositive_age(doc: Doc, expr: _Expr) -> bool:
    """'Maddon, 66, has used the downtime', 'the suspect, 34, had been arrested': a whole number set off
    by commas after a person or a noun for one is that person's age, as news style writes it; so it is
    when a word of time dates it ("Mr. Sperling, then 38, said", "the commander, now 52,")."""
    if not _whole_age(expr) or expr.end >= len(doc) or doc[expr.end].text != ",":
        return False
    comma = _age_opening_comma(doc, expr.start)
    if comma is None or comma == 0:
        return False
    token, person = doc[expr.start], _one_of_them(doc[comma - 1])
    set_off = token.dep_ == "appos" and token.head == person
    dated = comma + 1 <= token.head.i < expr.start  # "at the time 40": parsed as a count of "time"
    return (set_off or dated) and _names_one_person(person, token)


def _one_of_them(word: Token) -> Token:
    """"one of them, then 16,": the apposition before the comma ends on the people "one" is taken from,
    but sets off "one", which the age belongs to; any other word stands for itself."""
    of = word.head
    part = of.head
    if word.dep_ == "pobj" and of.lower_ == "of" and part.lower_ == "one" and of.dep_ == "prep":
        return part
    return word


def _age_opening_comma(doc: Doc, start: int) -> int | None:
    """The comma that opens an apposition before the number at ``start``, right before it or before a
    word of time dating the age ("then 38", "at the time 40"; figure_units.json apposition_times)."""
    for words in ((), *_lexicons().age_apposition_times):
        comma = start - len(words) - 1
        if comma >= 0 and doc[comma].text == "," and tuple(t.lower_ for t in doc[comma + 1 : start]) == words:
            return comma
    return None


def _names_one_person(person: Token, age: Token) -> bool:
    """A name (tagged a person or, as often, a place), a singular role noun ("the suspect"), or "one of"
    people ("one of them, then 16,"). A name tagged an organisation is a person when a role follows the
    age ("Smith, 45, a teacher,")."""
    if person.lower_ == "one":
        wholes = preposition_objects(person, {"of"})
        return any(_is_person(whole) or whole.lower_ in _OBJECT_PRONOUNS for whole in wholes)
    if person.pos_ == "PROPN":
        return person.ent_type_ != "ORG" or any(
            c.dep_ == "appos" and c.i > age.i and c.tag_ == "NN" and _is_role_noun(c) for c in person.children)
    return person.tag_ == "NN" and _is_role_noun(person)


def _is_role_noun(tok: Token) -> bool:
    """A noun the actor lexicon knows as a person's role, not a business or a body ("the soldier", not
    "the company" or "the ministry"), or as one of its civilian collectives, whose singular is one person
    ("the activist, now 29,")."""
    actors, lemma = load_actor_lexicon(), tok.lemma_.lower()
    if lemma in actors.civilian_collectives:
        return True
    role = actors.roles.get((lemma,)) or actors.roles.get((tok.lower_,))
    return role is not None and role != "BUS" and lemma not in actors.bodies


def _is_person(tok: Token) -> bool:
    """A word for a person or people: a personal pronoun, a person's name, a role noun that is no body
    ("the soldier", "children"; not "the company"), or a pronoun for people ("those", "anyone")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL_PRONOUNS or tok.lower_ in _lexicons().age_people_words
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    return tok.lower_ in _lexicons().age_people_words or (tok.pos_ == "NOUN" and _is_role_noun(tok))


_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you", "who"})
#: Pronouns for one person, whose bare number after "be" is an age ("she is 29"); "they were 20" may count them.
_SINGULAR_PRONOUNS = frozenset({"he", "she", "i"})
#: Prepositions that take a person as a part of a whole: "one of 12 nurses", "one among millions".
_PART_PREPOSITIONS = frozenset({"of", "among", "amongst"})
#: Object pronouns for people a part is taken from ("one of them").
_OBJECT_PRONOUNS = frozenset({"them", "us"})


def _predicate_age(doc: Doc, expr: _Expr) -> bool:
    """"the gunman was 22", "she is 29", "who was then 17", "the youngest was 3": a bare whole number
    that "be" takes as its attribute after one person is that person's age, since one person is no
    count; after people ("the dead were 20") it may count them, so it stays a count. A number taken
    from a whole ("she was one of 12 nurses", "one among millions") ranks the person among others, and
    a predicate "one" is that far more often than an age, so neither is read as one."""
    token = doc[expr.start]
    if token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be" or not _bare_age_number(doc, expr):
        return False
    if token.lower_ == "one" or preposition_objects(token, _PART_PREPOSITIONS):
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and _is_one_person(subject)


def _is_one_person(subject: Token) -> bool:
    """The subject names one person: "he", a person's name, a singular role noun ("the suspect"), the
    youngest or oldest of people ("the youngest", "the oldest victim"), or "who" for any of these."""
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Ahmed, who was then 17,"
    if subject.pos_ == "PRON":
        return subject.lower_ in _SINGULAR_PRONOUNS
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "PERSON"
    if _is_age_extreme(subject):
        return True  # "the youngest was 3"
    singular = subject.tag_ == "NN" and subject.lower_ not in _lexicons().age_collectives
    extreme = any(_is_age_extreme(c) for c in subject.children if c.dep_ == "amod")  # "the oldest victim"
    return singular and (_is_role_noun(subject) or extreme)


def _is_age_extreme(word: Token) -> bool:
    """"youngest", "oldest": a superlative of age (``age_phrases`` extremes), which singles out a person."""
    return word.tag_ == "JJS" and word.lemma_.lower() in _lexicons().age_extremes


def _whole_age(expr: _Expr) -> bool:
    return expr.end - expr.start == 1 and expr.value is not None and 0 < expr.value < _OLDEST and not expr.value % 1


def _reached_age(doc: Doc, expr: _Expr) -> bool:
    """"she turned 100", "he will turn 18 next month": a bare whole number that a verb of reaching an age
    takes from a person is that person's age; "the index turned 100 points" counts points."""
    if not _whole_age(expr) or expr.start == 0 or _counts_a_noun(doc, expr.start):
        return False
    verb = doc[expr.start - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _lexicons().age_reach_verbs or doc[expr.start].head != verb:
        return False
    return any(c.dep_ == "nsubj" and _is_person(c) for c in verb.children)


def _bounded_age(doc: Doc, expr: _Expr) -> bool:
    """"children under 18", "those over 65": a bound after a word for people, with no noun counted after
    the bare number, gives their age; "towns under 5,000" or "under 18 months" are no ages."""
    if expr.start < 2 or not _bare_age_number(doc, expr):
        return False
    bound, owner = doc[expr.start - 1], _described_by_copula(doc[expr.start - 2])  # read on the surface
    return bound.lower_ in _lexicons().age_bounds and _aged_people(owner)  # on the verb as often as on the noun


def _infant_age_bound(doc: Doc, expr: _Expr) -> bool:
    """"infants under 6 months", "babies under six months": a bound and a number of time units right
    after a word for the very young (``age_phrases`` infant_words) is their age, not a span of time
    ("the truce lasted under 6 months", "prisoners under 18 months into their sentence")."""
    if expr.start < 2:
        return False
    bound, owner = doc[expr.start - 1], doc[expr.start - 2]
    return bound.lower_ in _lexicons().age_bounds and owner.lemma_.lower() in _lexicons().age_infant_words


def _extreme_age(doc: Doc, expr: _Expr) -> bool:
    """"girls as young as 12 were abducted", "conscripts as old as 60": the youngest or oldest age of
    the people named before "as ... as" (``age_phrases`` extremes), not a count of them."""
    if expr.start < 4 or not _bare_age_number(doc, expr):
        return False
    opener, adjective, closer = doc[expr.start - 3 : expr.start]
    return (opener.lower_ == closer.lower_ == "as" and adjective.lower_ in _lexicons().age_extremes
            and _aged_people(doc[expr.start - 4]))


def _extreme_at_age(doc: Doc, expr: _Expr) -> bool:
    """"He was one of the oldest, at 82", "the youngest victim, at nine": "at" and a bare number set off
    after the oldest or youngest of people (``age_phrases`` extremes) give that person's age; "the
    largest, at 40" or "the highest, at 12%" name no age."""
    if expr.start < 3 or not _bare_age_number(doc, expr):
        return False
    at, comma, extreme = doc[expr.start - 1], doc[expr.start - 2], doc[expr.start - 3]
    if at.lower_ != "at" or comma.text != ",":
        return False
    return _is_age_extreme(extreme) or (
        _is_person(extreme) and any(_is_age_extreme(c) for c in extreme.children if c.dep_ == "amod"))


def _bare_age_number(doc: Doc, expr: _Expr) -> bool:
    """A whole number that may be an age in years: no noun it counts, unit of time, hyphen or number after
    it ("under 18", not "under 18 months", "under 5,000 people" or "under 3-4")."""
    if not _whole_age(expr) or (_counts_a_noun(doc, expr.start) and not _misread_predicate(doc, expr)):
        return False
    nxt = doc[expr.end] if expr.end < len(doc) else None
    return nxt is None or not (nxt.text == "-" or nxt.lower_ in _lexicons().time_units or nxt.like_num)


def _misread_predicate(doc: Doc, expr: _Expr) -> bool:
    """"children under 5 account for a third": the tagger reads the verb after an age bound as a noun the
    number counts; a number above one counts no singular noun, unless it is a measure ("under 5 kg")."""
    noun = doc[expr.end]
    return noun.tag_ == "NN" and expr.value != 1 and noun.lower_ not in _lexicons().measures


def _aged_people(owner: Token) -> bool:
    """The word an age bound follows names people whose age it gives ("children", "those", "the dead"),
    not a group whose size it may be ("families under 3")."""
    if owner.lemma_.lower() in _lexicons().age_collectives:
        return False
    return _is_person(owner) or _people_by_their_fate(owner)


def _described_by_copula(word: Token) -> Token:
    """"most of the victims were under 18": a bound after "be" describes the people a share subject is
    of; "the protesters were under 50" may count them as well as age them, so "be" alone is no person."""
    if word.lemma_ != "be":
        return word
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return word
    whole = next(iter(preposition_objects(subject, {"of"})), None)
    share = (subject.pos_ != "NOUN" or subject.ent_type_ in ("CARDINAL", "PERCENT")
             or subject.lower_ in _lexicons().percent)  # "most", "a quarter", "40 percent"
    return whole if whole is not None and share else word


def _people_by_their_fate(word: Token) -> bool:
    """"the dead", "the displaced": an adjective or participle of what befell people, after "the"."""
    return word.lower_ in _lexicons().cue_adjectives and any(c.lower_ == "the" for c in word.children)


#: Words between "aged" and the number that leave it an age: "aged between 2 and 11", "aged about 30".
_AGE_RANGE_WORDS = frozenset({"between", "from", "about", "around", "roughly", "approximately", "nearly", "over",
                              "under"})


def _after_aged(doc: Doc, first: int) -> bool:
    """The number follows "aged" ("aged 2 to 11", "aged between 2 and 11"), or is listed after one
    that does ("aged 4, 7 and 9", "aged 22, 25, 31 and 40"), read on the surface since the parser
    links such lists in many ways. A number counting a noun of its own ends the list ("aged 18 and
    20 soldiers")."""
    if _counts_a_noun(doc, first) and not (first > 0 and doc[first - 1].lower_ in _AGED):
        return False
    if first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in _AGED:
        return True  # "under the age of five"
    i = first - 1
    for _ in range(_LONGEST_AGE_LIST):
        if i < 0:
            return False
        word = doc[i]
        if word.lower_ in _AGED:
            return True
        if word.like_num and _counts_a_noun(doc, i):
            return False
        if not (word.like_num or word.lower_ in _AGE_LIST_WORDS or word.lower_ in _AGE_RANGE_WORDS):
            return False
        i -= 1
    return False


_AGED = frozenset({"aged", "age", "ages"})
#: Words that join the numbers of a list of ages.
_AGE_LIST_WORDS = frozenset({",", "and", "or", "to", "-", "&"})
#: How many tokens back a list of ages is followed to its "aged".
_LONGEST_AGE_LIST = 16


def _counts_a_noun(doc: Doc, i: int) -> bool:
    """The number at ``i`` is followed by a noun it counts ("20 soldiers"), not by a unit of age."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and after.pos_ in {"NOUN", "PROPN"} and after.lower_ not in _lexicons().time_units


def _is_age(doc: Doc, k: int) -> bool:
    """"10-month-old", "three years old"."""
    rest = [t.lower_ for t in doc[k + 1:k + 3]]
    return rest[:1] == ["old"] or rest[:2] == ["-", "old"]


def _change(doc: Doc, anchor: Token, first: int, measured: bool, *, share: bool = False,
            length: bool = False) -> Qualifier | None:
    """'up'/'down' when a verb of change takes the number ("rose 5%", "fell by 3") or "up"/"down" precede it.

    Only the amount of change counts: the level reached ("rose 5% to 164p") and nominal changes
    ("a 4.2 percent drop") stay exact, as in NewsQuant. ``measured`` says the number has a unit,
    ``share`` that it is a percentage or a sum of money, whose verb right before it tells a change
    even when the parse does not link them (a time or a length there tells when or how far: "lost
    four years later", "fell 15 metres"). ``length`` says the unit is a length, which the verbs of
    change also take as the distance something moves: see :func:`_moves_a_distance`.
    """
    # a length, like a share, may hang off a misparsed word ("the river rose 3 metres overnight", with
    # "metres" under "overnight"): the verb right before it is still read, and only a level's verb changes
    found = _verb_change(doc, anchor, first, measured, share=share or length)
    if found is None or not length:
        return None if found is None else found[0]
    qualifier, verb = found
    return None if _moves_a_distance(verb) else qualifier


def _moves_a_distance(verb: Token) -> bool:
    """"A worker fell 15 metres", "the bus plunged 50 metres", "troops advanced 5 km": a length after a
    verb of motion is how far its subject went, not a change of a quantity; only a level ("the river
    rose 2 metres", "sea levels have risen 20 cm", "the glacier retreated 2 km") changes by a length.
    The subject is found through a relative pronoun or a participle's noun; without one it is a distance."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is None or subject.tag_ in ("WDT", "WP")) and verb.dep_ in ("acl", "relcl"):
        subject = verb.head  # "floodwaters rising 2 metres", "the river, which rose 3 feet"
    if subject is None and verb.dep_ == "conj":
        return _moves_a_distance(verb.head)  # "the river burst its banks and rose 3 feet"
    return subject is None or not _is_level(subject)


def _is_level(subject: Token) -> bool:
    """A level noun ("the river", "sea levels"), or a body of water by its name: "Lake Chad", or
    "the Danube", "the Mekong" (a singular name after "the" that names no party, which the tagger
    may still call a person or an organisation, unlike "the Taliban" or "the IDF")."""
    levels = _lexicons().level_nouns
    if subject.lemma_.lower() in levels or subject.ent_type_ == "LOC":
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in levels for c in subject.children):
        return True  # "Lake Chad", "the Red Sea"
    return (subject.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and normalise_tokens([subject]) == (None, None))


def _verb_change(doc: Doc, anchor: Token, first: int, measured: bool, *,
                 share: bool) -> tuple[Qualifier, Token] | None:
    """The change a verb or an "up"/"down" before the number marks, with the verb that tells it."""
    if (first > 0 and doc[first - 1].lower_ in ("up", "down")
            and not _is_particle_object(doc[first - 1], anchor, measured, doc[first])):
        return ("up" if doc[first - 1].lower_ == "up" else "down"), doc[first - 1].head
    tok = anchor
    if tok.dep_ == "nummod" and (tok.head.lower_ in _lexicons().measures or _is_by_object(tok.head)):
        tok = tok.head  # "loses 286 gigatonnes", "cut by 25 basis points": the amount is the verb's
    if _is_by_object(tok):
        tok = tok.head
    if tok.dep_ in ("dobj", "npadvmod", "advmod", "prep", "attr", "agent", "acomp"):
        # "agent": a "by" the parser took for a passive's ("narrowed by three points"); "acomp": a
        # factor tagged an adjective ("grew fourfold")
        head = tok.head
        if head.pos_ == "VERB" and head.i != tok.i and not _is_amount_object(head, tok):
            qualifier = _change_of(head)
            return None if qualifier is None else (qualifier, head)
    # the parser may hang the unit elsewhere ("rose 0.4 per cent", "gained 150% year to date"): the verb
    # just before the number (or its "by") still tells the change
    k = first - 1
    if k >= 0 and doc[k].lower_ == "by":
        k -= 1
    if measured and share and k >= 0 and doc[k].pos_ == "VERB" and not _is_amount_object(doc[k], anchor):
        qualifier = _change_of(doc[k])
        return None if qualifier is None else (qualifier, doc[k])
    return None


def _is_by_object(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def _is_particle_object(particle: Token, anchor: Token, measured: bool, first: Token) -> bool:
    """"gave up 517 yards", "put down 5,000 dollars": the particle belongs to a phrasal verb whose
    object is the figure, so it marks no change (against "shares were up 5%").

    The parser also makes the particle an adverb ("shot down 31 of 36 drones", "gunned down 12
    villagers"). Then only a plain count marks the phrasal verb: a measured amount after an adverb
    stays a change ("closed down 2%"), as does any amount after a verb of being, going or change;
    but a share of things ("shot down 80% of the missiles") counts what the verb took down.
    ``first`` is the figure's first word: in "shot down 24 out of 31 drones" it hangs from the
    particle while the figure's last number counts the drones.
    """
    verb = particle.head
    takes_figure = (verb.i in (anchor.head.i, anchor.head.head.i, _governing_word(anchor).head.i)
                    or first.head.i in (particle.i, verb.i))
    if particle.dep_ == "prt":
        return takes_figure
    lemma = verb.lemma_.lower()
    moves = lemma in ("be", "go", "come") or lemma in _lexicons().change
    plain = not measured or _share_of_things(anchor)
    return particle.dep_ == "advmod" and verb.pos_ == "VERB" and takes_figure and plain and not moves


def _share_of_things(anchor: Token) -> bool:
    """A percentage of counted things ("80% of the missiles"): a part of them, not an amount of change."""
    things = (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of")
    return anchor.lower_ in ("%", "percent", "cent") and any(
        g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for c in things for g in c.children)


def _governing_word(anchor: Token) -> Token:
    """The word a number's phrase hangs from: the number itself, or the noun it counts, found through
    the number words the parser chains ("41 of 52 drones": 41 hangs from 52, which counts drones)."""
    tok = anchor
    while tok.dep_ in ("quantmod", "nummod", "compound") and tok.head.i != tok.i and tok.head.like_num:
        tok = tok.head
    return tok.head if tok.dep_ == "nummod" else tok


def _names_money(tok: Token) -> bool:
    """A money amount: spaCy's MONEY entity, or a currency symbol or word next to its number."""
    words = _lexicons().currency_words
    return any(t.ent_type_ == "MONEY" or t.lower_ in words or (t.like_num and _currency_before(t.doc, t.i))
               for t in tok.subtree)


def _is_amount_object(verb: Token, tok: Token) -> bool:
    """Objects of a verb of change that name an amount, not the change: a second object after the one
    the verb moves ("doubling it to 256GB instead of the 128GB"), and money raised as funds
    ("has raised $280 million"), where "raise" means collect."""
    if tok.dep_ != "dobj":
        return False
    if any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children):
        return True
    return verb.lemma_.lower() in _lexicons().collect_verbs and _names_money(tok)


def _is_signed_level(doc: Doc, expr: _Expr) -> bool:
    """A signed number that is a level, not a change: the complement of "be" ("was -5 yards") or the
    object of "of"/"at"/"to" ("a low of -12 degrees"); "Dow -0.2%" in a market list stays a change."""
    tok = doc[expr.start]
    if expr.start > 0 and doc[expr.start - 1].lower_ in ("of", "at", "to", "from"):
        return True
    head = tok.head.head if tok.dep_ == "nummod" else tok.head
    return head.lemma_ == "be" and head.i < tok.i


def _range_change(doc: Doc, expr: _Expr) -> Qualifier | None:
    """A range of amounts of change is that change: "dropped by 1 to 1.5 degrees" is down.

    A "from X to Y" range stays a range even after a verb of change ("dropping from 208 pounds to
    193"): its bounds are levels, not amounts, and NewsQuant marks it so three times in four.
    """
    opener = expr.start - (2 if _currency_before(doc, expr.start) else 1)
    if opener < 0 or doc[opener].lower_ != "by":
        return None
    verb = doc[opener].head
    return _change_of(verb) if verb.pos_ == "VERB" else None


def _change_of(verb: Token) -> Qualifier | None:
    """The change a verb's lemma marks ("fell" down, "rose" up).

    "Down" changes only as written ("shares down 3%", tagged a verb in headline style); "downed",
    "downs" and "downing" bring something down ("downed 150 of the 210 drones", "downed Chelsea 2-1"):
    the number counts what fell, it is no decrease.
    """
    lemma = verb.lemma_.lower()
    if lemma == "down" and verb.lower_ != "down":
        return None
    return _lexicons().change.get(lemma)


#: Words for an hour after a slash: "km/h".
_HOURS = frozenset({"h", "h.", "hr", "hr.", "hour"})  # "h." ends a sentence


#: The least a count of a sum's noun is read as money without a currency: "a 5m grant", "the 2 million loan".
_LEAST_UNNAMED_SUM = 1_000_000
