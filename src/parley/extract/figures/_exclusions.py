"""What is not a figure (_is_excluded): dates and years, clock times, phone numbers, labels, ranks,
market index names, addresses, measures and names with a number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.extract.actors import load_actor_lexicon
from parley.extract.dates import is_upper_sentence
from parley.extract.figures._expressions import (
    _FOLD,
    _currency_before,
    _ends_vote_tally,
    _fold_value,
    _participle_cue,
    _starts_vote_tally,
    _unit_words,
    _year_like,
)
from parley.extract.figures._lexicons import (
    _NAME_ENTITIES,
    _NOT_COUNTED_WORDS,
    _NOT_NAMING_ENTITIES,
    _ORDINAL,
    _Expr,
    _Lexicons,
    _lexicons,
)
from parley.extract.figures._units import _is_person, _qualifier_before, _unit
from parley.extract.nlp import entity_of, sentence_of, verb_stems
from parley.extract.numbers import is_number_text, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _is_excluded(doc: Doc, expr: _Expr) -> bool:
    """Dates, years, times of day, labels, pronoun "one" and numbers inside names are not figures."""
    return any(
        check(doc, expr)
        for check in (
            _is_name_entity, _is_date_chain, _is_date_part, _is_short_year, _is_year, _is_time_of_day, _is_label,
            _is_pronoun_one, _is_bare_parenthetical, _is_compound_modifier, _is_rank, _is_address,
            _is_index_name, _is_zero_padded, _is_clock_time, _is_race_name, _names_a_kind, _is_phone_number,
        )
    )


#: Words between "the" and a race distance: "the women's 400m hurdles", "the men's 100 metres".
_RACE_OWNERS = frozenset({"men", "women", "'s", "boys", "girls", "mixed", "'", "junior", "senior"})


#: Prepositions of a way covered after a distance run or raced ("ran the 2 km to the fence").
_COVERED_WAY = frozenset({"to", "from", "through", "across", "into", "towards", "toward", "along", "between"})


def _is_race_name(doc: Doc, expr: _Expr) -> bool:
    """"won the 100m", "the women's 400m hurdles": a distance after "the" that names a race.

    The distance names a race when a race word follows it or it is the object of a verb of racing;
    "ran the last 100 metres" or "the 100 metres between the lines" still measure a distance.
    """
    if expr.value is None:
        return False
    last = doc[expr.end - 1]
    if last.lower_ in ("m", "km") and expr.end - expr.start > 1 and not doc[expr.end - 2].whitespace_:
        unit_token = expr.end - 1  # "the 400m hurdles": "m" glued to the digits was read as millions
    else:
        unit = _unit(doc, expr)
        if unit.unit not in ("metre", "kilometre", "mile") or unit.unit_token is None:
            return False
        unit_token = unit.unit_token
    k = expr.start - 1
    while k >= 0 and doc[k].lower_ in _RACE_OWNERS:
        k -= 1
    if k < 0 or doc[k].lower_ != "the":
        return False
    lex = _lexicons()
    after = doc[unit_token + 1] if unit_token + 1 < len(doc) else None
    if after is not None and after.lower_ in lex.race_nouns:
        # "the 10 km final stretch": a race word that only modifies a further noun names no race
        modified = after.head if after.dep_ in ("amod", "compound") and after.head.i > after.i else None
        return modified is None or modified.lower_ in lex.race_nouns
    head = doc[unit_token]
    raced = head.dep_ == "dobj" and head.head.lemma_.lower() in lex.race_verbs
    # "ran the 2 km to the fence", "runs the 200 metres from the gate": a way covered, not a race
    covered = any(c.dep_ == "prep" and c.lower_ in _COVERED_WAY for t in (head, head.head) for c in t.children)
    return raced and not covered and (after is None or after.lower_ != "of")


def _names_a_kind(doc: Doc, expr: _Expr) -> bool:
    """A measure that names a kind of the noun it modifies, not an amount: the maturity of a security
    ("10-year Treasuries", "the two-year note yield") or the calibre of a weapon ("a 9mm pistol",
    "155mm artillery shells"). The noun is the unit's head or a noun it compounds with."""
    unit = _unit(doc, expr)
    if unit.unit_token is None or expr.value is None:
        return False
    lex = _lexicons()
    if unit.unit in lex.maturity_units and doc[unit.unit_token - 1].text == "-":
        kinds = lex.securities
    elif unit.unit in lex.calibre_units:
        kinds = lex.weapons
    else:
        return False
    head = doc[unit.unit_token]
    if head.dep_ not in ("compound", "amod", "nmod", "nummod") or head.head.i <= head.i:
        return False
    noun = head.head
    while True:  # "155mm artillery shells": the compound chain up to the noun it names
        if noun.lower_ in kinds:
            # "a 2-week prisoner swap": a compound naming people makes the noun no security
            return not any(c.dep_ == "compound" and head.i < c.i < noun.i and c.lower_ not in kinds and _is_person(c)
                           for c in noun.children)
        if noun.dep_ != "compound" or noun.head.i <= noun.i:
            return False
        noun = noun.head


def _is_name_entity(doc: Doc, expr: _Expr) -> bool:
    """A number inside a named entity that also has words ("Apollo 11", "Resolution 2334")."""
    if _harm_verb_before(doc, expr.start) or _fold_value(doc[expr.start].lower_) is not None:
        return False  # a factor ("risen threefold") is never part of a name, though NER may tag it one
    if expr.glued_currency or _currency_before(doc, expr.start):
        return False  # "NIS 500 million": NER tags the code and sum as an organisation, but it is money
    for k in range(expr.start, expr.end):
        if doc[k].ent_type_ in _NAME_ENTITIES:
            entity = entity_of(doc[k])
            if entity is not None and any(t.is_alpha and not is_number_text(t.text) for t in doc[entity.start:k]):
                return True
    return False


def _harm_verb_before(doc: Doc, i: int) -> bool:
    """An all-caps verb of harm right before the number ("WOUNDED 5", "HELD 40 HOSTAGES", "INJURING FIVE
    PEDESTRIANS"): the tagger often glues it and the count into a name, but the count is its object."""
    if i == 0 or not doc[i - 1].is_upper or not verb_stems(doc[i - 1].lower_):
        return False
    return _participle_cue(doc[i - 1]) is not None


def _is_date_chain(doc: Doc, expr: _Expr) -> bool:
    """Digits glued by "-" or "/" to more digits before them: ISO dates and codes ("2023-11-30")."""
    if expr.start < 2:
        return False
    joint, before = doc[expr.start - 1], doc[expr.start - 2]
    glued = joint.text in ("-", "/") and not joint.whitespace_ and not before.whitespace_ and before.text.isdigit()
    return glued and not _ends_vote_tally(doc, expr)


def _is_month(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in _lexicons().months


def _is_date_part(doc: Doc, expr: _Expr) -> bool:
    """Day of month next to a month name ("October 7", "7 October", "Nov. 30").

    After a month that already has its day, a number counting the plural noun after it is a
    count: "On 5 May 12 people died".
    """
    before = doc[expr.start - 1] if expr.start > 0 else None
    after = doc[expr.end] if expr.end < len(doc) else None
    if expr.value is None or expr.value > 31 or expr.vague:
        return False
    if after is not None and _is_month(after):
        return True
    return before is not None and _is_month(before) and not _counts_after_day_and_month(doc, expr)


def _counts_after_day_and_month(doc: Doc, expr: _Expr) -> bool:
    """The number follows "<day> <Month>" and a plural noun follows it: "5 May 12 people"."""
    if expr.start < 2 or expr.end >= len(doc) or doc[expr.end].tag_ not in ("NNS", "NNPS"):
        return False
    day = doc[expr.start - 2].text
    return _is_month(doc[expr.start - 1]) and day.isdigit() and 1 <= int(day) <= 31


def _is_short_year(doc: Doc, expr: _Expr) -> bool:
    """A two-digit year closing a day and month ("SAN SALVADOR, 6 FEB 89 --", "on 7 October 23"),
    as datelines write it; "on 5 May 12 people died" still counts the people after it."""
    tok = doc[expr.start]
    if expr.end - expr.start != 1 or len(tok.text) != 2 or not tok.text.isdigit() or expr.start < 2:
        return False
    day = doc[expr.start - 2].text
    if not (_is_month(doc[expr.start - 1]) and day.isdigit() and 1 <= int(day) <= 31):
        return False
    after = doc[expr.end] if expr.end < len(doc) else None
    if after is not None and after.tag_ in ("NNS", "NNPS"):
        return False  # "On 6 May 89 people were killed": a count, whatever the parse hangs it on
    return not (tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"))


def _is_year(doc: Doc, expr: _Expr) -> bool:
    """A bare four-digit number used as a year: "in 2011", "the 2011 exchange", "Nov. 30, 2023".

    Counted as a year when spaCy calls it a DATE or it lies in 1900-2100, unless a currency comes
    before it or a plural noun or unit right after it ("2000 people", "1988 votes").
    """
    if not _year_like(doc, _Expr(expr.start, expr.start + 1, 0.0)) or expr.glued_unit or expr.glued_currency:
        return False
    tok = doc[expr.start]
    if _currency_before(doc, expr.start) is not None:
        return False
    if tok.ent_type_ != "DATE" and not 1900 <= int(tok.text) <= 2100:
        return False
    nxt = doc[expr.end] if expr.end < len(doc) else None
    if nxt is None or (nxt.lower_ == "'s" and not tok.whitespace_):  # a decade: "the 1960's"
        return True
    lex = _lexicons()
    counts = nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in lex.time_units and not _names_occasion(doc, expr)
    return not (counts or _unit_words(doc, expr.end, len(doc)) or nxt.lower_ in lexicon().scales)


def _names_occasion(doc: Doc, expr: _Expr) -> bool:
    """A year naming which occasion a plural noun means: "the 2014 elections", "Obama's 2012
    bundlers", "Republican 2016 hopefuls", "in the 2012 attacks", "the February 1990 elections".

    The noun must be one a year names (an election, an attack, talks, levels: ``occasion_nouns``),
    after "the", a possessive or a capitalised modifier: "the 2000 soldiers", "its 1999 prisoners"
    still count, however the outlet writes its thousands. After a month, four digits are a year
    whatever follows ("a 29 JULY 1989 COMMUNIQUE", which all-caps copy tags as a plural).
    """
    if expr.start == 0 or expr.end >= len(doc):
        return False
    prev = doc[expr.start - 1]
    if _is_month(prev):
        return True
    if doc[expr.end].lower_ not in _lexicons().occasion_nouns:
        return False
    return prev.lower_ == "the" or prev.tag_ in ("PRP$", "POS") or (
        prev.is_title and prev.pos_ in ("ADJ", "PROPN") and prev.i != sentence_of(prev).start
    )


_DIGIT_GROUP = re.compile(r"\+?\d+")


def _is_phone_number(doc: Doc, expr: _Expr) -> bool:
    """"+961 1 234 567", "0800 123 4567": three or more groups of digits apart by single spaces, the first
    with a country code's plus sign or a trunk prefix's leading zero, are one phone number; no part counts."""
    if not _DIGIT_GROUP.fullmatch(doc[expr.start].text):
        return False
    first = expr.start
    while first > 0 and _DIGIT_GROUP.fullmatch(doc[first - 1].text) and doc[first - 1].whitespace_ == " ":
        first -= 1
    last = expr.end - 1
    while last + 1 < len(doc) and _DIGIT_GROUP.fullmatch(doc[last + 1].text) and doc[last].whitespace_ == " ":
        last += 1
    opener = doc[first].text
    return last - first >= 2 and (opener.startswith("+") or _padded(opener))  # not "at 0630 12 soldiers"


def _is_zero_padded(doc: Doc, expr: _Expr) -> bool:
    """Digits written with a leading zero ("at 0945", "code 007", "06" of a scraped date, "between
    0630 and 0700") are a clock time, a code or a date part: no one writes a quantity with a leading
    zero, so a range with such an end is not one either."""
    return any(_padded(doc[k].text) for k in range(expr.start, expr.end))


def _padded(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text.isdigit()


def _is_clock_time(doc: Doc, expr: _Expr) -> bool:
    """A 24-hour clock time as wire and military reports write it: "at 0600 hours", "at
    approximately 2200 last night", "after 1400 this afternoon", "AT 2230 [0330 GMT]".

    Four digits that read as hours and minutes, after a clock preposition (an "approximately" may
    stand between), followed by a clock word, a part of the day or a date. Without one, only
    all-caps wire copy reads "AT 2230, REBELS ..." as a time, and not where "at" gives a level:
    "put the toll at 1500," and "at 1500 meters" measure.
    """
    text = doc[expr.start].text
    if expr.end - expr.start != 1 or len(text) != 4 or not text.isdigit() or expr.glued_unit or expr.glued_currency:
        return False
    if int(text[:2]) > 23 or int(text[2:]) > 59 or _currency_before(doc, expr.start):
        return False
    preposition = _clock_preposition(doc, expr.start)
    if preposition is None:
        return False
    if _clock_word_at(doc, expr.end):
        return True
    nxt = doc[expr.end] if expr.end < len(doc) else None
    ends_phrase = nxt is None or nxt.is_punct or nxt.tag_ in ("DT", "CC", "WRB")
    head, lex = preposition.head, _lexicons()
    level = (head.pos_ == "NOUN" and head.lower_ not in lex.clock_words) or head.lemma_.lower() in lex.level_verbs
    return ends_phrase and not level and is_upper_sentence(doc[expr.start])


def _clock_preposition(doc: Doc, i: int) -> Token | None:
    """The clock preposition before token ``i`` ("at", "shortly after"), skipping one hedge word."""
    lex = _lexicons()
    k = i - 1
    if k > 0 and doc[k].lower_ in lex.clock_hedges:
        k -= 1
    return doc[k] if k >= 0 and doc[k].lower_ in lex.clock_prepositions else None


def _clock_word_at(doc: Doc, i: int) -> bool:
    """A clock word at token ``i``: "hours", "GMT", "today", "last night", "this afternoon", "on 12
    January", or wire copy's bracketed GMT time ("[0330 GMT]")."""
    if i >= len(doc):
        return False
    lex, tok = _lexicons(), doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    if tok.lower_ in lex.clock_words:
        return True
    if after is None:
        return False
    if tok.lower_ in ("this", "last"):
        return after.lower_ in lex.day_parts
    if tok.lower_ == "on":
        return after.text.isdigit() or _is_month(after) or after.ent_type_ == "DATE"
    return tok.text == "[" and after.text.isdigit() and len(after.text) == 4


def _is_time_of_day(doc: Doc, expr: _Expr) -> bool:
    after = doc[expr.end] if expr.end < len(doc) else None
    return after is not None and after.lower_ in _lexicons().time_markers


def _is_label(doc: Doc, expr: _Expr) -> bool:
    """A number naming something: "Resolution 2334", "page 5", "Big 12", "F-16", "iPhone 11", "787 Dreamliner"."""
    if expr.vague or _is_measured(doc, expr) or _is_hedged_amount(doc, expr):
        return False
    tok = doc[expr.start]
    nxt = doc[expr.end] if expr.end < len(doc) else None
    if (nxt is not None and nxt.pos_ == "PROPN" and nxt.tag_ == "NNP" and nxt.is_title and len(nxt.text) > 1
            and nxt.ent_type_ not in ("NORP", "GPE", "DATE") and expr.value not in (None, 1.0)
            and expr.end - expr.start == 1 and not expr.glued_currency and tok.text[:1].isdigit()
            and tok.head.tag_ not in ("NNS", "NNPS") and not _names_a_people(nxt)):
        return True
    if expr.start == 0:
        return False
    prev = doc[expr.start - 1]
    if prev.text == "-" and not prev.whitespace_ and expr.start >= 2:
        word = doc[expr.start - 2]
        return word.is_alpha and not word.whitespace_ and not is_number_text(word.text)
    if _after_unnamed_acronym(prev, tok):
        return True
    counts_following = tok.dep_ == "nummod" and tok.head.i >= expr.end and tok.head.tag_ in ("NNS", "NNPS")
    if counts_following and _completes_counted_name(doc, expr):
        return True
    if counts_following or _currency_before(doc, expr.start) or _starts_vote_tally(doc, expr):
        return False
    lex = _lexicons()
    if prev.lower_ in lex.label_nouns or _ends_title(doc, expr) or _split_abbreviation(doc, expr.start, lex):
        return True
    return (
        _names_with_number(prev) and prev.ent_type_ not in ("DATE", "TIME")
        and prev.lower_ not in lex.months and (prev.lower_,) not in lex.before
        and not is_number_text(prev.text)
    )


def _names_a_people(word: Token) -> bool:
    """"left 1,500 Rohingya homeless", "3,000 Uyghur were detained": a people or a nation's demonym
    (the actor dictionary's) after a number is who is counted, though the tagger may call it a name
    (ORG, PERSON) and the parser hang the number on another word."""
    lexicon = load_actor_lexicon()
    return (word.lower_,) in lexicon.peoples or (word.lower_,) in lexicon.demonyms


#: Qualifier words that are also prepositions of place: "over 10 Downing Street" may be a place, not an amount.
_PLACE_PREPOSITIONS = frozenset({"over", "above", "under", "below", "north", "south", "around"})


def _after_unnamed_acronym(prev: Token, number: Token) -> bool:
    """"progress on SDG 16", "under SSP 2": a short number that the parser hangs on the acronym before
    it completes the acronym's name (a goal, a scenario), though the tagger calls the acronym a
    common noun. A number that counts a noun after the acronym stays a count ("in the DRC 12 people
    died", "the ICC 3 judges"), and so does "SDG 4 targets", which the parse cannot tell from them; so
    does an acronym the tagger reads as a place, people or organisation, or one opening the sentence,
    where the parse hangs a count on it ("DRC 30 soldiers were tried")."""
    return (prev.is_alpha and prev.is_upper and len(prev.text) > 1 and number.dep_ == "nummod"
            and number.head.i == prev.i and not is_upper_sentence(prev) and prev.i != sentence_of(prev).start
            and prev.ent_type_ not in _NOT_NAMING_ENTITIES and prev.ent_type_ != "ORG"
            and number.text.isdigit() and len(number.text) <= 2)


def _is_hedged_amount(doc: Doc, expr: _Expr) -> bool:
    """"fewer than 100 Rohingya", "at least 40 Wagner fighters": a name is not hedged, so a qualifier
    before the number makes it an amount even when a capitalised noun follows it. Qualifiers that are
    also prepositions of place are not enough ("under 1 Kings Road"), nor a word the parser reads as a
    preposition taking the name as its object ("concerns about 787 Dreamliner safety")."""
    first, qualifier = _qualifier_before(doc, expr, sentence_of(doc[expr.start]).start)
    if qualifier is None or doc[first].lower_ in _PLACE_PREPOSITIONS:
        return False
    return doc[expr.start - 1].dep_ != "prep"


def _completes_counted_name(doc: Doc, expr: _Expr) -> bool:
    """"18 Leopard 2 tanks", "two Patriot 3 batteries": a number after a name, with a count of the same
    noun before the name, is the model's number; the first number already counts the noun."""
    if expr.start < 2:
        return False
    name, count = doc[expr.start - 1], doc[expr.start - 2]
    noun = doc[expr.start].head
    return (name.pos_ == "PROPN" and name.is_title and count.like_num and count.dep_ == "nummod"
            and count.head.i == noun.i and name.head.i == noun.i)


def _split_abbreviation(doc: Doc, i: int, lex: _Lexicons) -> bool:
    """A label abbreviation the tokenizer split from its full stop, as it does in all-caps copy ("BLOCK NO. 3")."""
    return i >= 2 and doc[i - 1].text == "." and f"{doc[i - 2].lower_}." in lex.label_nouns


def _names_with_number(prev: Token) -> bool:
    """A capitalised word that a number after it completes into a name: "Stoxx 50", "Planet 9".

    Mid-sentence, a proper noun or a capitalised common noun (the tagger calls "Planet" a noun); at
    the start of a sentence only a proper noun that is no place, people or person ("Gaza 5" is not
    a name, "Apollo 11" is), since every first word is capitalised; in all-caps copy, where every
    word looks like a name, none (the label nouns still name: "FLIGHT 17").
    """
    if is_upper_sentence(prev):
        return False  # all-caps copy tags its verbs as names: "THE BLAST LEFT 7 DEAD"
    if prev.i != sentence_of(prev).start:
        return prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.is_title)
    return prev.pos_ == "PROPN" and prev.ent_type_ not in _NOT_NAMING_ENTITIES and not prev.is_upper


def _is_rank(doc: Doc, expr: _Expr) -> bool:
    """"slipped towards the bottom three", "finished in the top 10": a place in a ranking, counting nothing.

    "the top 10 companies" still counts companies, so the number must not modify a noun after it.
    """
    if expr.start < 2 or doc[expr.start - 2].lower_ != "the":
        return False
    if doc[expr.start - 1].lower_ not in _lexicons().rank_words:
        return False
    tok = doc[expr.end - 1]
    return not (tok.dep_ == "nummod" and tok.head.i >= expr.end and tok.head.pos_ in ("NOUN", "PROPN"))


def _is_index_name(doc: Doc, expr: _Expr) -> bool:
    """The number of a market index's name ("S&P 500 futures rose", "the FTSE 100", "S&P/ASX 200").

    The capitalised-name rule of :func:`_is_label` misses these at the start of a sentence (where
    "S&P" or "FTSE" is any first word) and in lower-cased copy, so the names are listed with their
    numbers in ``figure_exclusions.json``; a number with a unit or sign ("Nasdaq +0.8%") measures.
    """
    if expr.start == 0 or expr.end - expr.start != 1 or not doc[expr.start].text.isdigit():
        return False
    numbers = _lexicons().index_names.get(doc[expr.start - 1].lower_)
    return numbers is not None and expr.value in numbers and not _is_measured(doc, expr)


def _is_address(doc: Doc, expr: _Expr) -> bool:
    """A house number: digits before a street name ending in a street word ("9 E 71st St", "22 Ave Foch",
    "10 Downing Street"); the words between must be capitalised or ordinals."""
    if expr.end - expr.start != 1 or not doc[expr.start].text.isdigit() or expr.glued_unit or expr.glued_currency:
        return False
    streets = _lexicons().street_words
    for k in range(expr.end, min(expr.end + 3, len(doc))):
        tok = doc[k]
        if tok.text in streets or (tok.is_upper and tok.text.title() in streets):  # all-caps wire copy
            return True
        named = tok.is_title or tok.is_upper or _ORDINAL.match(tok.text)
        if not named or tok.is_punct or (tok.is_stop and len(tok) > 1):
            return False  # "KILLED 9 ON AIRPORT ROAD": words between are a street name's ("123 A AVENUE")
    return False


def _ends_title(doc: Doc, expr: _Expr) -> bool:
    """"the Big 12", "the Fortune 500": a number closing a capitalised name after "the" is part of the name."""
    k = expr.start - 1
    while k > 0 and doc[k].is_title and doc[k].lower_ not in _lexicons().months:
        k -= 1
    return k < expr.start - 1 and doc[k].lower_ == "the" and expr.end - expr.start == 1


def _is_measured(doc: Doc, expr: _Expr) -> bool:
    """A number with a unit, currency or sign written with it measures something; it names nothing ("Dow +0.2%")."""
    if expr.glued_unit or expr.glued_currency or expr.sign:
        return True
    return expr.end < len(doc) and _unit_words(doc, expr.end, len(doc)) > 0


def _is_bare_parenthetical(doc: Doc, expr: _Expr) -> bool:
    """"(4)" after a name: a jersey or list number, not a quantity."""
    before = doc[expr.start - 1].text if expr.start > 0 else ""
    after = doc[expr.end].text if expr.end < len(doc) else ""
    return before == "(" and after == ")" and not expr.glued_unit and not expr.glued_currency


def _is_compound_modifier(doc: Doc, expr: _Expr) -> bool:
    """"three-bed", "six-speed": a number hyphenated to a noun that is no unit describes a kind, not a count."""
    if expr.end + 1 >= len(doc) or doc[expr.end].text != "-" or doc[expr.end - 1].whitespace_:
        return False
    word = doc[expr.end + 1]
    lex = _lexicons()
    known = (word.lower_ in lex.time_units or word.lower_ in lex.measures or word.lower_ in lex.percent
             or word.text in lex.unit_symbols or word.lower_ == _FOLD
             or word.lower_ in lex.strength_suffixes or ("-", word.lower_) in lex.after)  # "2,000-strong", "100-plus"
    return word.is_alpha and not known and word.lower_ not in lex.currency_words and not is_number_text(word.text)


def _is_pronoun_one(doc: Doc, expr: _Expr) -> bool:
    """'one' as a pronoun ("the same one", "no one", "one another", "a crucial one"), not a count."""
    tok = doc[expr.start]
    if expr.end - expr.start != 1 or tok.lower_ != "one":
        return False
    if expr.end < len(doc) and doc[expr.end].lower_ in ("another", "'s", "’s"):
        return True
    prev = doc[expr.start - 1].lower_ if expr.start > 0 else ""
    if tok.dep_ == "nummod" or any(c.dep_ == "prep" and c.lower_ in ("of", "out") for c in tok.children):
        return False
    if prev in _lexicons().one_determiners or tok.pos_ == "PRON" or _determined_with_adjective(tok):
        return True
    return tok.dep_ == "pobj" or (tok.dep_ == "dobj" and not _harms_people(tok.head))


def _determined_with_adjective(one: Token) -> bool:
    """"the financial channel is a crucial one", "called the truce a shaky one": a determiner and an
    adjective before a predicate "one" make it a noun standing for a thing named before, not a
    count; left alone, an elliptical count would give it the previous figure's noun. As a subject
    it may still be a person counted ("an elderly one died in hospital"), so that is left be."""
    lex = _lexicons()
    modifiers = [c for c in one.children if c.i < one.i]
    return one.dep_ in _PREDICATE_DEPS and any(
        c.dep_ == "det" and c.lower_ in lex.one_determiners for c in modifiers) and any(
        c.dep_ == "amod" and _describes_a_kind(c) for c in modifiers)


#: A predicate nominal after "be" ("was a crucial one") or of a verb of naming ("called it a shaky one").
_PREDICATE_DEPS = frozenset({"attr", "oprd"})


def _describes_a_kind(adjective: Token) -> bool:
    """A plain adjective of quality ("crucial", "fragile", "largest"), not one that adds to a count ("a
    further one", "a fifth one") or tells a person's lot ("the wounded one", "the missing one"), which
    leave "one" a count of people."""
    return (adjective.tag_ in ("JJ", "JJR", "JJS") and adjective.ent_type_ != "ORDINAL"
            and adjective.lower_ not in _NOT_COUNTED_WORDS and adjective.lower_ not in _lexicons().cue_adjectives)


#: Categories of the verbs whose bare object "one" is a person counted ("killing one and wounding three").
_PEOPLE_HARMED = frozenset({"killed", "injured", "captured", "released"})


def _harms_people(verb: Token) -> bool:
    """A verb that kills, wounds, takes or frees people: what it acts on is people, so "one" is one of them."""
    return verb.pos_ == "VERB" and _lexicons().cue_verbs.get(verb.lemma_.lower()) in _PEOPLE_HARMED
