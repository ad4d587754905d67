"""Finding number expressions (_expressions): digits and number words, scales, fractions and shares,
factors, scientific notation, ranges and scores, and the unit words around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.extract.dates import is_upper_sentence
from parley.extract.figures._lexicons import _ORDINAL, _PEOPLE_CATEGORIES, _Expr, _lexicons
from parley.extract.nlp import sentence_of, token_column, verb_stems
from parley.extract.numbers import (
    fraction_value,
    lexicon,
    parse_digits,
    parse_number,
    read_numeric_token,
    read_scientific,
    scaled,
    vague_unit,
)
from parley.types import Category

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _numeric(tok: Token) -> tuple[float, str | None, str | None] | None:
    """Value, currency code and unit of a digit token ("RM23.50" → 23.5, "MYR", None; "10kW" → 10, None, "kilowatt")."""
    if _ORDINAL.match(tok.text):
        return None
    scientific = read_scientific(tok.text)
    if scientific is not None:
        return scientific, None, None
    dollar_glued = tok.i > 0 and tok.nbor(-1).text == "$" and not tok.nbor(-1).whitespace_
    text = _without_full_stop(tok)
    read = read_numeric_token(text)
    if dollar_glued and text[:1].isalpha():
        read = read_numeric_token("$" + text)  # "$US5", "$A8" split by the tokenizer as "$" + "US5"
    if read is None:
        return None
    lex = _lexicons()
    currency = lex.currency_symbols.get(read.prefix.lower()) if read.prefix else None
    if read.prefix and read.prefix.isupper() and read.value < 10 and _LETTERS_AND_DIGIT.fullmatch(tok.text) \
            and not _sum_follows(tok, currency):
        return None  # "PS5", "G7": capitals glued to one digit name a product or a group
    if read.prefix and currency is None:
        return None
    unit = _glued_unit(read.suffix) if read.suffix else None
    if read.suffix and unit is None:
        return None
    if read.suffix in lex.glued_symbols and tok.i > 0 and (
            tok.nbor(-1).pos_ in ("NOUN", "PROPN") or tok.nbor(-1).lower_ in lex.label_nouns):
        return None  # "seat 14F", "Flat 12C": a letter after the number of a named thing is part of a label
    if (read.suffix in lex.glued_symbols and tok.i + 1 < len(tok.doc) and tok.nbor(1).is_title
            and tok.nbor(1).ent_type_ not in ("DATE", "TIME") and not tok.nbor(1).is_sent_start):
        return None  # "22C Kings Road", "14C Rue de la Paix": a house number before a street's name
    return read.value, currency, unit


def _glued_unit(suffix: str) -> str | None:
    """The unit a suffix glued to digits names ("10kW", "24pc", "500MWh", "5W", "40C"), or None.

    Abbreviations are matched without case, then as case-sensitive SI symbols ("MWh"); a lone capital
    is a unit only as a symbol, since "5M" is a multiplier and "12B" a label.
    """
    lex = _lexicons()
    if len(suffix) == 1 and suffix.isalpha() and suffix.isupper():
        return lex.unit_symbols.get(suffix) or lex.glued_symbols.get(suffix)
    return lex.glued_units.get(suffix.lower()) or lex.unit_symbols.get(suffix)


def _without_full_stop(tok: Token) -> str:
    """A token's text without the full stop the tokenizer leaves on digits and a glued capital that end
    a sentence ("It hit 40C." gives "40C.", read like an abbreviation's)."""
    text = tok.text
    if len(text) > 2 and text.endswith(".") and text[-2].isalpha() and _HAS_DIGIT.match(text.lstrip("+-−~")) \
            and tok.is_sent_end:
        return text[:-1]
    return text


def _is_number_token(tok: Token) -> bool:
    if tok.ent_type_ == "ORDINAL" and not tok.text[:1].isdigit():
        return False  # digits with a unit ("24pc", "100km") are sometimes tagged ORDINAL; _ORDINAL catches "7th"
    return _numeric(tok) is not None or lexicon().word_value(tok.lower_) is not None or tok.lower_ in lexicon().scales


def _scale_follows(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ in lexicon().scales


def _collect(doc: Doc, i: int, limit: int) -> _Expr | None:
    """Read one number (no range) starting at token ``i``; None if token ``i`` does not start one."""
    lex = lexicon()
    tok = doc[i]
    if (fold := _fold_value(tok.lower_)) is not None:
        return _Expr(i, i + 1, fold)  # "a tenfold rise": the word is the number
    if tok.lower_ in ("a", "an") and _scale_follows(doc, i):
        words, j = [tok.lower_], i + 1
    elif _is_number_token(tok):
        words, j = [], i
    else:
        return None
    currency: str | None = None
    unit: str | None = None
    written_sign: str | None = None
    sign = 1.0
    last_digit = False
    while j < limit:
        cur = doc[j]
        numeric = _numeric(cur)
        lower = cur.lower_
        if numeric is not None and not last_digit and unit is None and (not words or words[-1] in ("a", "an")):
            value, code, glued = numeric
            sign = -1.0 if value < 0 else 1.0
            written_sign = cur.text[:1] if cur.text[:1] in "+-−" else None
            words.append(_plain_decimal(abs(value)))
            currency, unit, last_digit = code, glued, True
            j += 1
        elif (last_digit or (words and lex.word_value(words[-1]) is not None)) and unit is None \
                and _hyphen_before_scale(doc, j, limit):
            j += 1  # "a 10-million-dollar grant", "six-million people": the hyphen joins the number to its scale
        elif lower in lex.scales and unit is None and (not words or words[-1] not in lex.scales or lower != words[-1]):
            words.append(lower)
            last_digit = False
            j += 1
        elif (numeric is None and lex.word_value(lower) is not None and not last_digit
              and _word_continues(words, lower)) or _joins_word_number(doc, j, words, limit):
            words.append(lower)
            j += 1
        elif last_digit and _is_multiplier(doc, j, glued_currency=currency is not None):
            words.append(lower.rstrip("."))
            j += 1
            break
        elif words and unit is None and words[-1] not in ("a", "an") and (part := _part_after(doc, j, limit)):
            fraction, j = part
            words.append(f"+{_plain_decimal(fraction)}")  # a scale may still follow: "one and a half million"
            last_digit = False
        else:
            break
    if not words or words[-1] in ("a", "an", "and", "-"):
        return None
    words = [_multiplied(w) for w in words]
    parsed = parse_number(words)
    if parsed is None:
        return None
    start = i
    if _minus_before(doc, i):
        sign, start = -1.0, i - 1  # "minus 387": the sign word is part of the number's span
    return _Expr(start, j, sign * parsed, glued_currency=currency, glued_unit=unit, sign=written_sign)


def _hyphen_before_scale(doc: Doc, j: int, limit: int) -> bool:
    """Token ``j`` is a hyphen glued between a number and a scale word ("10-million", "2.5-billion",
    "six-million"), as compound modifiers write a sum ("a 10-million-dollar grant"): one number, not a
    range up to a million."""
    if j + 1 >= limit or doc[j].text not in ("-", "–") or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    return doc[j + 1].lower_ in lexicon().scales


def _part_after(doc: Doc, j: int, limit: int) -> tuple[float, int] | None:
    """A fraction below one joined to the whole number before token ``j``: "three and a half",
    "two and three-quarters", "2 1/2" (a digit fraction set off by a space). Its value and the index
    past it, or None."""
    tok = doc[j]
    if _WHOLE_AND_PART.fullmatch(tok.text) and doc[j - 1].whitespace_ and doc[j - 1].like_num:
        read = read_numeric_token(tok.text)
        return (read.value, j + 1) if read is not None and 0 < read.value < 1 else None
    if tok.lower_ != "and" or j + 2 >= limit:
        return None
    den = j + 3 if doc[j + 2].text == "-" and j + 3 < limit else j + 2  # "and three-quarters"
    value = fraction_value(doc[j + 1].text, doc[den].text)
    if value is None or value >= 1 or (den + 1 < limit and doc[den + 1].lower_ == "of"):
        return None  # "3 and a third of voters": a share of its own
    return value, den + 1


#: A fraction in digits, the part after a whole number in "2 1/2 hours".
_WHOLE_AND_PART = re.compile(r"\d{1,2}/\d{1,2}")


#: The suffix of a multiplier: "tenfold", "30-fold", "a 20-fold jump" (the number is a factor, not a count).
_FOLD = "fold"


def _fold_value(lower: str) -> float | None:
    """The factor of a multiplier written as one word ("tenfold", "hundredfold", "3fold"), or None."""
    stem = lower.removesuffix(_FOLD)
    if stem == lower or not stem:
        return None
    value = parse_digits(stem)
    return value if value is not None else lexicon().word_value(stem) or lexicon().scales.get(stem)


def _minus_before(doc: Doc, i: int) -> bool:
    """"minus 40" is negative; "plus or minus 3 points" is a margin, a positive number."""
    if i == 0 or doc[i - 1].lower_ != "minus":
        return False
    return not (i >= 3 and doc[i - 3].lower_ == "plus" and doc[i - 2].lower_ == "or")


def _plain_decimal(value: float) -> str:
    """A float written as plain digits without an exponent or rounding ("2.998e-08" → "0.00000002998")."""
    return format(Decimal(repr(value)), "f")


def _multiplied(word: str) -> str:
    """A split multiplier ("3", "bn") becomes a scale parse_number knows."""
    multiplier = lexicon().suffix_multipliers.get(word)
    return f"*{multiplier}" if multiplier is not None else word


def _word_continues(words: list[str], word: str) -> bool:
    """Whether number word ``word`` continues the number read so far ("twenty" "five", "hundred" "forty")."""
    lex = lexicon()
    if not words:
        return True
    prev = words[-1]
    if prev in lex.scales or prev in ("and", "-"):
        return True
    return prev in lex.tens and word in lex.units


def _joins_word_number(doc: Doc, j: int, words: list[str], limit: int) -> bool:
    """'and' in "two hundred and forty" or the hyphen of "twenty-five"."""
    lex = lexicon()
    if not words or j + 1 >= limit:
        return False
    nxt = doc[j + 1].lower_
    if doc[j].lower_ == "and":
        return words[-1] in lex.scales and lex.word_value(nxt) is not None and words[-1] != "dozen"
    glued = not doc[j - 1].whitespace_ and not doc[j].whitespace_
    return doc[j].text == "-" and glued and words[-1] in lex.tens and nxt in lex.units


def _is_multiplier(doc: Doc, j: int, *, glued_currency: bool = False) -> bool:
    """A multiplier suffix split from its digits ("3 bn", "$3m"); a bare "m" only after a currency,
    before a plural count ("1.8m people", "3m Syrians") or before a sum's noun ("the 400m deal",
    figure_units.json million_nouns): "a 10m wall" and "8m high" are metres."""
    word = doc[j].lower_.rstrip(".")
    if word not in lexicon().suffix_multipliers:
        return False
    if word in ("m", "b", "k"):
        has_currency = glued_currency or _currency_before(doc, j - 1) is not None
        million = doc[j].text == "M" or _plural_follows(doc, j)  # "4.3M sales": a capital M is million
        noun = _noun_after(doc, j)  # "the 400m deal": a sum's noun makes it million
        million = million or (noun is not None and _names_a_sum(noun))
        return not doc[j - 1].whitespace_ and (word != "m" or has_currency or million)
    return True


def _names_a_sum(noun: Token) -> bool:
    """A noun that names only a sum ("deal", "ransom", figure_units.json million_nouns), or a holding
    with "in" after it ("a 400m stake in the port", not "a 2m stake into the ground"); a purpose
    compounded to one names the sum too ("a 500m recovery programme"), but a thing with a length
    does not ("a 20m wall plan")."""
    lex, lower = _lexicons(), noun.lower_
    held_in = lower in lex.holdings and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ == "in"
    compounded = (lower in lex.sum_purposes and noun.dep_ == "compound" and noun.head.i == noun.i + 1
                  and noun.head.lower_ in lex.million_nouns)
    return lower in lex.million_nouns or held_in or compounded


def _plural_follows(doc: Doc, j: int) -> bool:
    """The word after token j is a plural noun or a people's name ("3m Syrians"), read past one adjective."""
    noun = _noun_after(doc, j)
    return noun is not None and (noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ == "NORP")


def _noun_after(doc: Doc, j: int) -> Token | None:
    """The word after token j, read past one adjective or participle ("1.5m displaced people")."""
    k = j + 1
    if k + 1 < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN") and doc[k].text != "-":
        k += 1
    return doc[k] if k < len(doc) and doc[k].text != "-" else None


def _vague(doc: Doc, i: int, limit: int) -> _Expr | None:
    """Vague plurals: "hundreds", "tens of thousands", "several hundred" → low bound, at_least."""
    lex = lexicon()
    unit = vague_unit(doc[i].text)
    if unit is not None:
        j = i + 1
        if j + 1 < limit and doc[j].lower_ == "of" and (inner := vague_unit(doc[j + 1].text)) and inner > unit:
            unit, j = unit * inner, j + 2
        if doc[i].lower_ == "tens" and j == i + 1:
            return None
        if doc[i].lower_ in lex.of_only_plurals and not (j < limit and doc[j].lower_ == "of") and not _tells_a_fate(
                doc, j, limit):
            return None  # "test scores", "scores were settled": no count
        return _Expr(i, j, None, low=2 * unit, vague=True)
    det = doc[i].lower_
    if det in lex.vague_determiners and i + 1 < limit and doc[i + 1].lower_ in lex.scales:
        return _Expr(i, i + 2, None, low=2 * lex.scales[doc[i + 1].lower_], vague=True)
    return None


def _couple(doc: Doc, i: int, limit: int) -> _Expr | None:
    """"a couple of rockets" is two, loosely (approx); "a couple of hundred" two hundred. Only with
    "of" after it: "a couple from Leeds" and "the couple" are two people named as a pair, no count."""
    if i + 3 >= limit or [t.lower_ for t in doc[i:i + 3]] != ["a", "couple", "of"]:
        return None
    scale = lexicon().scales.get(doc[i + 3].lower_)
    if scale is not None:
        return _Expr(i, i + 4, 2.0 * scale, loose=True)
    if any(_is_number_token(t) for t in doc[i + 3:min(i + 5, limit)]):
        return None  # "a couple of the 14 wounded": a part of a counted whole, which the whole's figure tells
    return _Expr(i, i + 2, 2.0, loose=True)


_DECADE = re.compile(r"([1-9]0)'?s")


def _decade_of_life(doc: Doc, i: int) -> _Expr | None:
    """"in his 60s", "in her early 30s": a decade of someone's life after a possessive is an age range
    (60 to 69); without the possessive "the 60s" is a decade of the calendar, no figure."""
    match = _DECADE.fullmatch(doc[i].text)
    if match is None:
        return None
    lex = _lexicons()
    k = i - 1
    if k >= 0 and doc[k].lower_ in lex.decade_parts:
        k -= 1
    if k < 0 or doc[k].lower_ not in lex.decade_owners:
        return None
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "revived their 90s hits": a decade of the calendar naming a kind of thing
    low = float(match.group(1))
    return _Expr(i, i + 1, None, low=low, high=low + 9)


def _is_decade_of_life(doc: Doc, expr: _Expr) -> bool:
    return expr.value is None and expr.end - expr.start == 1 and _decade_of_life(doc, expr.start) is not None


def _tells_a_fate(doc: Doc, j: int, limit: int) -> bool:
    """"left 14 dead and scores injured", "scores more wounded": what befell people right after the
    plural makes it a count of them."""
    k = j + 1 if j < limit and doc[j].lower_ == "more" else j
    return k < limit and _participle_cue(doc[k]) is not None


def _fraction(doc: Doc, i: int, limit: int) -> _Expr | None:
    """Written fractions and proportions: "two-thirds", "one fourth", "a third of", "half the", "one in five"."""
    tok = doc[i]
    if tok.lower_ == "half":
        return _half(doc, i, limit)
    j = i + 1
    if j + 1 < limit and doc[j].text == "-" and not tok.whitespace_ and not doc[j].whitespace_:
        j += 1
    if j < limit and (value := fraction_value(tok.text, doc[j].text)) is not None:
        of_follows = j + 1 < limit and doc[j + 1].lower_ == "of"
        if tok.lower_ not in ("a", "an") or of_follows or _after_by(doc, i):
            return _Expr(i, j + 1, value)  # "a third of", "fell by a third"; not "a third term"
        return None
    return _proportion(doc, i, limit)


def _half(doc: Doc, i: int, limit: int) -> _Expr | None:
    """A bare "half" is a quantity before "of" or a determiner ("half the condos"); "the second half" is not."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    qualified = i > 0 and (doc[i - 1].ent_type_ == "ORDINAL" or doc[i - 1].pos_ == "ADJ")
    if prev in ("a", "an", "and", "the", "one") or qualified:
        return None  # "a half", "the second half", "the northern half": a part, not a share
    nxt = doc[i + 1].lower_ if i + 1 < limit else ""
    if _after_by(doc, i):
        return _Expr(i, i + 1, 0.5)  # "sales fell by half"
    scale = lexicon().scales.get(doc[i + 2].lower_) if i + 2 < limit and nxt in ("a", "an") else None
    if scale is not None:
        return _Expr(i, i + 3, 0.5 * scale)  # "half a million": a number, not a share
    return _Expr(i, i + 1, 0.5) if nxt == "of" or nxt in lexicon().fraction_determiners else None


def _after_by(doc: Doc, i: int) -> bool:
    """The fraction at token i is the amount of a change: "fell by a third", "rose by nearly half";
    not "carried out by a third party"."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in _FRACTION_HEDGES:
        k -= 1
    return k >= 0 and doc[k].lower_ == "by" and doc[k].head.lemma_.lower() in _lexicons().change


#: Words that may hedge a fraction of change: "by nearly a fifth", "by more than half".
_FRACTION_HEDGES = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than",
                              "just", "less", "at", "least", "up", "to"})


def _small_count(tok: Token) -> float | None:
    """An integer written as one word or digit token ("five", "10"), for proportions."""
    value = parse_digits(tok.text) if tok.text[:1].isdigit() else lexicon().word_value(tok.lower_)
    return value if value is not None and value == int(value) else None


def _proportion(doc: Doc, i: int, limit: int) -> _Expr | None:
    """"one in five Americans", "1 out of 3 voters": the share numerator / denominator."""
    numerator = _small_count(doc[i])
    if numerator is None or numerator == 0:
        return None
    j = i + 1
    if j + 1 < limit and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of":
        j += 2
    elif j < limit and doc[j].lower_ == "in":
        j += 1
    else:
        return None
    denominator = _small_count(doc[j]) if j < limit and doc[j].ent_type_ != "DATE" else None
    if denominator is None or not numerator < denominator <= 1000 or j + 1 >= limit:
        return None
    nxt = doc[j + 1]
    # "one in ten displaced people": a participle modifying the noun may stand where an adjective would
    if nxt.pos_ not in ("NOUN", "PROPN", "ADJ") and nxt.dep_ != "amod" and nxt.lower_ != "of":
        return None
    return _Expr(i, j + 1, numerator / denominator)


#: Multiplication signs that may stand between spaces in scientific notation ("3 × 10^8").
_TIMES = frozenset({"×", "x", "*"})


def _scientific(doc: Doc, i: int, limit: int) -> _Expr | None:
    """Scientific notation over several tokens ("6.02x10", "^", "23"; "3 × 10^8"): the longest run of
    up to six tokens that reads as one number; one token ("2.998×10−8") is read by :func:`_numeric`.

    A space may stand only beside the multiplication sign, so "won 2 x 10 - 3" is no exponent; the
    shape is strict (a multiplication sign, "10", a marked exponent), so "3 x 10" is no match.
    """
    text = doc[i].text
    found: _Expr | None = None
    for k in range(i + 1, min(i + 6, limit)):
        if doc[k - 1].whitespace_ and doc[k - 1].text not in _TIMES and doc[k].text not in _TIMES:
            break
        text += doc[k].text
        value = read_scientific(text)
        if value is not None:
            found = _Expr(i, k + 1, value)
    return found


def _unit_words(doc: Doc, j: int, limit: int) -> int:
    """How many unit tokens start at ``j`` ("percent", "per cent", "miles", "dollars"); 0 if none, and
    at the end of the text ("... killing three" with no full stop: nothing follows the number)."""
    if j >= limit:
        return 0
    lex = _lexicons()
    if j + 1 < limit and doc[j].lower_ == "per" and doc[j + 1].lower_ == "cent":
        return 2
    word = doc[j].lower_
    known = (word in lex.percent or word in lex.measures or word in lex.currency_words or word in lex.time_units
             or word in lex.currency_subunits)
    return int(known or doc[j].text in lex.unit_symbols)


def _unit_name(doc: Doc, j: int) -> str:
    """The unit a unit word at ``j`` names, so "percent" and "%" or "miles" and "mile" match."""
    lex = _lexicons()
    word = doc[j].lower_
    if word in lex.percent or word == "per":
        return "percent"
    for table in (lex.measures, lex.currency_words, lex.time_units, lex.currency_subunits):
        if word in table:
            return table[word]
    return lex.unit_symbols.get(doc[j].text, word)


def _range(doc: Doc, first: _Expr, limit: int) -> _Expr | None:
    """Extend ``first`` to a range when "to"/"-"/"and" and a second number follow.

    A unit may sit after each bound ("from 4.8 percent to 4.7 percent", "between $62 and $68");
    "and" makes a range only after "between"; bounds with different units are two figures unless
    "from" opens them ("from 20 miles per gallon in 2008 to 29 mpg"). None means the digits are a
    phone number or a tied score ("2-2"), which are no figures.
    """
    if first.value is None or first.end >= limit:
        return first
    if _fold_value(doc[first.start].lower_) is not None:
        return first  # "rose tenfold to 5 tonnes": a factor, then the level reached, no range
    opener = first.start - (2 if _currency_before(doc, first.start) else 1)
    between = opener >= 0 and doc[opener].lower_ == "between"
    skipped = _unit_words(doc, first.end, limit)
    j = first.end + skipped
    if j + 1 < limit and doc[j].lower_ not in ("to", "-", "–", "—", "and"):
        j = _unit_phrase_end(doc, first.end, limit, from_opened=_opened_by_from(doc, opener)) or j
        skipped = j - first.end
    if j + 1 >= limit:
        return first
    connector = doc[j].lower_
    if connector == "up" and doc[j + 1].lower_ == "to" and _opened_by_from(doc, opener) and j + 2 < limit:
        j += 1  # "from 450 sq ft up to 900 sq ft"
        connector = "to"
    if connector not in ("to", "-", "–", "—") and not (connector == "and" and between):
        return first
    k = j + 1
    if k < limit and _currency_before(doc, k + 1) and doc[k].text in _lexicons().currency_symbols:
        k += 1
    second = _collect(doc, k, limit)
    if second is not None and _is_phone(doc, first, second):
        return None
    if second is None or second.value is None or _year_then_bound(doc, first, second, opener):
        return first
    if skipped and not (between or _unit_words(doc, second.end, limit) or _opened_by_from(doc, opener)):
        return first
    if (skipped and _unit_words(doc, second.end, limit) and not _opened_by_from(doc, opener)
            and _unit_name(doc, first.end) != _unit_name(doc, second.end)):
        return first  # "enriched to 60 percent to 182 kilograms": two amounts; "from 20 miles ... to 29 mpg" is one
    low, high = first.value, second.value
    scale = _closing_scale(doc, second)
    if scale and scale >= 1000 and low * scale <= high:
        low = scaled(low, scale)
    if low == high and connector != "to":
        return None  # "ended 2-2": a score, neither a range nor a figure
    if connector != "to" and _is_score(doc, first, second, limit):
        return None  # "won 3-1", "a 2-0 victory": a result, neither a range nor a figure
    if connector != "to" and _is_vote_tally(doc, first, second, limit):
        return first  # "passed the bill 220-207": votes for, then (read next) votes against
    return _Expr(first.start, second.end, None, low=min(low, high), high=max(low, high),
                 glued_currency=first.glued_currency or second.glued_currency,
                 glued_unit=first.glued_unit or second.glued_unit)


def _closing_scale(doc: Doc, expr: _Expr) -> float | None:
    """The scale that ends a number ("3 million", "5 m", "4bn"), which a range's bare first bound shares:
    "between 2 and 3 million", "4-5m pounds" and "$3-4bn" all start in the millions or billions.

    A glued suffix is read off the token's letters; the caller still checks that the scaled low bound
    stays under the high one, so "4-5m" read as metres (5, no multiplier) is left alone."""
    last = doc[expr.end - 1].lower_.rstrip(".")
    scale = lexicon().scales.get(last)
    if scale is not None:
        return scale
    return lexicon().suffix_multipliers.get(last.lstrip("0123456789.,"))


#: Farthest a verb of winning or losing may stand before a result ("beat Real Madrid 2-0"), in tokens.
_SCORE_VERB_REACH = 4
#: Highest bound a result may have: goals, sets, games and frames stay small.
_HIGHEST_SCORE = 30


def _is_score(doc: Doc, first: _Expr, second: _Expr, limit: int) -> bool:
    """A hyphenated pair of small whole numbers is a result when a result noun follows it ("a 3-1 win")
    or, with no noun after it to count, a verb of winning or losing stands just before it ("won 3-1",
    "beat Lyon 2-0", "lost 4-2 to the leaders"). "beat 3-4 protesters" counts protesters: a range."""
    bounds = (first.value, second.value)
    if any(v is None or v != int(v) or v > _HIGHEST_SCORE for v in bounds):
        return False
    if first.glued_unit or second.glued_unit or first.glued_currency or second.glued_currency:
        return False
    if any(doc[k].whitespace_ for k in range(first.start, second.end - 1)):
        return False  # "3 - 1" with spaces is no written result
    lex = _lexicons()
    nxt = doc[second.end] if second.end < limit else None
    if nxt is not None and nxt.lower_ in lex.score_nouns:
        return True
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct:
        return False
    if (nxt is not None and nxt.lower_ == "of") or float(first.value or 0) <= float(second.value or 0):
        return False  # "won 2-3 of the seats", "lost 10-15 in the ambush": a range, low to high, of what is elided
    start = sentence_of(doc[first.start]).start
    return any(doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_.lower() in lex.score_verbs
               for k in range(max(start, first.start - _SCORE_VERB_REACH), first.start))


#: Farthest a verb of deciding by vote may stand before its tally ("passed the aid bill 311-112"), in tokens.
_VOTE_VERB_REACH = 5
#: Highest count a side of a vote tally may have: the largest chambers seat a few hundred members.
_HIGHEST_VOTE = 1000


def _is_vote_tally(doc: Doc, first: _Expr, second: _Expr, limit: int) -> bool:
    """A hyphenated pair of whole numbers, the larger first, is a tally of votes for and against when
    a vote noun follows it ("a 5-4 ruling"), "a vote of" precedes it ("by a vote of 7-2") or a verb of
    deciding by vote stands just before it ("the Senate voted 52-48", "approved the treaty 68-1").
    Tallies put the winners first, so an ascending pair ("approved 10-15 projects") stays a range;
    after a verb, a pair that counts a noun after it ("passed 25-20 burned vehicles") is a range too."""
    if not _tally_shaped(doc, first, second):
        return False
    lex = _lexicons()
    start = sentence_of(doc[first.start]).start
    nxt = doc[second.end] if second.end < limit else None
    before = [t.lower_ for t in doc[max(start, first.start - 2) : first.start]]
    if (nxt is not None and nxt.lower_ in lex.vote_nouns) or (
            len(before) == 2 and before[1] == "of" and before[0] in lex.vote_nouns):
        return True
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of"):
        return False
    if any(t.head.i >= second.end and t.head.pos_ in ("NOUN", "PROPN") for t in doc[first.start : second.end]):
        return False
    return any(doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_.lower() in lex.vote_verbs
               for k in range(max(start, first.start - _VOTE_VERB_REACH), first.start))


def _tally_shaped(doc: Doc, first: _Expr, second: _Expr) -> bool:
    """Two whole numbers written as one word ("220-207", not "52 - 48"), with no unit or currency, the
    larger first and neither above the seats of the largest chambers."""
    ayes, noes = first.value, second.value
    if ayes is None or noes is None or ayes <= noes or any(v != int(v) or v > _HIGHEST_VOTE for v in (ayes, noes)):
        return False
    if first.glued_unit or second.glued_unit or first.glued_currency or second.glued_currency:
        return False
    return not any(doc[k].whitespace_ for k in range(first.start, second.end - 1))


def _starts_vote_tally(doc: Doc, expr: _Expr) -> bool:
    """The votes for of a tally ("141" in "adopted the resolution 141-5"): a count, though a label noun
    ("resolution", "article") stands before it as before "Resolution 2334"."""
    after = expr.end + 1
    if after >= len(doc) or doc[expr.end].text != "-":
        return False
    limit = sentence_of(doc[expr.start]).end
    second = _collect(doc, after, limit)
    return second is not None and _is_vote_tally(doc, expr, second, limit)


def _ends_vote_tally(doc: Doc, expr: _Expr) -> bool:
    """The votes against of a tally ("207" in "passed the bill 220-207"): a count of its own, though
    glued by "-" to the digits before it as a date or code would be."""
    if expr.start < 2 or doc[expr.start - 1].text != "-":
        return False
    first = _collect(doc, expr.start - 2, expr.start - 1)
    limit = sentence_of(doc[expr.start]).end
    return first is not None and _is_vote_tally(doc, first, expr, limit)


def _year_then_bound(doc: Doc, first: _Expr, second: _Expr, opener: int) -> bool:
    """"in 2008 to 29 mpg": a year after its preposition, then a smaller number that bounds another range."""
    after_preposition = opener >= 0 and doc[opener].lower_ in _lexicons().year_prepositions
    return after_preposition and _year_like(doc, first) and second.value is not None and second.value < 1000


def _unit_phrase_end(doc: Doc, start: int, limit: int, *, from_opened: bool) -> int | None:
    """Index of the "to"/"up to" that closes a unit phrase written after a range's first bound.

    After "from" the phrase may be any short run of words without verbs, clauses or other numbers
    than a year after "in" ("from 20 miles per gallon in 2008 to 29 mpg", "from $75 U.S. per barrel
    to $45.88"); without "from" the same words must follow the second bound too ("1.3 A/cm2 to
    0.03 A/cm2"), so "5 people to 10" is not read as a range.
    """
    for j in range(start + 1, min(start + _MAX_UNIT_PHRASE + 1, limit - 1)):
        tok = doc[j]
        if tok.lower_ == "to" or (tok.lower_ == "up" and doc[j + 1].lower_ == "to"):
            if not from_opened and not _unit_repeated(doc, start, j):
                return None
            return j
        if not _may_sit_in_unit_phrase(tok):
            return None
    return None


def _may_sit_in_unit_phrase(tok: Token) -> bool:
    if tok.like_num:
        return tok.i > 0 and tok.nbor(-1).lower_ == "in" and len(tok.text) == 4  # "in 2008"
    if tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET") or tok.lower_ in ("from", "and", "or"):
        return False
    return not tok.is_punct or tok.text in ("/", ".")


def _unit_repeated(doc: Doc, start: int, connector: int) -> bool:
    """Whether the words between the first bound and "to" come again after the second number."""
    unit = [t.text for t in doc[start:connector]]
    second = _collect(doc, connector + 1, len(doc))
    if second is None or not unit:
        return False
    return [t.text for t in doc[second.end:second.end + len(unit)]] == unit


_MAX_UNIT_PHRASE = 6


def _opened_by_from(doc: Doc, opener: int) -> bool:
    return opener >= 0 and doc[opener].lower_ == "from"


def _is_phone(doc: Doc, first: _Expr, second: _Expr) -> bool:
    """Digit groups joined by hyphens in the shape of a phone number (555-1234, 020-7946-0000)."""
    a, b = doc[first.start].text, doc[second.start].text
    if doc[first.end].text != "-" or not (a.isdigit() and b.isdigit()):
        return False
    more = second.end + 1 < len(doc) and doc[second.end].text == "-" and doc[second.end + 1].text.isdigit()
    return more or (len(a) >= 3 and len(b) >= 4)


_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _starting_words() -> frozenset[str]:
    """Every word (lower case) other than digits that :func:`_vague`, :func:`_fraction` or :func:`_collect` start on."""
    lex = lexicon()
    return frozenset(
        {"a", "an", "half", *lex.units, *lex.tens, *lex.scales, *lex.vague_plurals, *lex.vague_determiners}
    )


def _may_start(lower: str) -> bool:
    """A cheap test that lets most tokens skip the three readers: none of them starts on a token
    without a digit (every numeric pattern needs one) unless it is one of :func:`_starting_words`.
    It reads the lower-case column, so skipped words never become Token objects."""
    return lower in _starting_words() or _HAS_DIGIT.search(lower) is not None or lower.endswith(_FOLD)


def _expressions(doc: Doc, sent: Span) -> Iterator[_Expr]:
    lower = token_column(doc, "LOWER")
    i = sent.start
    while i < sent.end:
        if not _may_start(lower[i]):
            i += 1
            continue
        expr = _vague(doc, i, sent.end) or _couple(doc, i, sent.end) or _fraction(doc, i, sent.end)
        expr = expr or _scientific(doc, i, sent.end) or _decade_of_life(doc, i) or _collect(doc, i, sent.end)
        if expr is None:
            i += 1
            continue
        ranged = expr if expr.vague else _range(doc, expr, sent.end)
        if ranged is not None:
            yield ranged
        i = max((ranged or expr).end, i + 1)


def _year_like(doc: Doc, expr: _Expr) -> bool:
    text = doc[expr.start].text
    return expr.end - expr.start == 1 and len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _currency_before(doc: Doc, i: int) -> str | None:
    """The currency a symbol or code right before the number at ``i`` names ("$5", "NIS 500 million")."""
    if i <= 0:
        return None
    symbols = _lexicons().currency_symbols
    code = symbols.get(doc[i - 1].lower_)
    if code and i >= 2 and doc[i - 2].text.upper() in ("US", "A", "C", "HK") and not doc[i - 2].whitespace_:
        return symbols.get(doc[i - 2].lower_ + doc[i - 1].lower_, code)
    return code or _sum_only_code_before(doc, i)


def _sum_only_code_before(doc: Doc, i: int) -> str | None:
    """"SDG 787 million", "ILS 50,000": a capitalised code that also spells a label ("SDG 4") names its
    currency only before a sum no label reaches, a scale word after the digits or comma-grouped digits."""
    code = _lexicons().sum_only_currency_codes.get(doc[i - 1].text)
    if code is None or i >= len(doc) or is_upper_sentence(doc[i - 1]):
        return None
    number = doc[i]
    scaled = i + 1 < len(doc) and doc[i + 1].lower_ in lexicon().scales
    counts_a_noun = i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")  # "GHS 2,000 nurses"
    grouped = bool(_COMMA_GROUPED.fullmatch(number.text)) and not counts_a_noun
    return code if scaled or grouped else None


#: Digits grouped in thousands by commas: "50,000", "1,250,000.50".
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _sum_follows(tok: Token, currency: str | None) -> bool:
    """'USD5 billion', 'RM9 billion', 'PS6m': a currency glued to one digit with a scale after it (or
    an ISO code, which names nothing else) is a sum of money, not a product's name."""
    if currency is None:
        return False
    if len(tok.text) == 4 and tok.text[:3] == currency:
        return True  # "USD5", "EUR7"
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    glued = after is not None and not tok.whitespace_ and not after.is_punct  # "PS6m"
    return glued or (after is not None and after.lower_ in lexicon().scales)


#: A name of capitals and one digit: "PS5", "G7", "F1".
_LETTERS_AND_DIGIT = re.compile(r"[A-Z]+\d")


def _after_repeat_prefix(tok: Token) -> bool:
    """"re-detained", "re-abducted": the tokenizer splits a hyphenated "re-" from its verb, so the verb
    is read with the "re" and "-" glued before it; the two parts are doing the verb again."""
    doc, i = tok.doc, tok.i
    return (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "re"
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_)


def _past_repeat_prefix(doc: Doc, k: int, end: int) -> int:
    """Token k, or the verb after a split "re-" at k ("were re-arrested"): see :func:`_after_repeat_prefix`."""
    return k + 2 if k + 2 < end and _after_repeat_prefix(doc[k + 2]) else k


def _participle_cue(tok: Token) -> Category | None:
    """The people category of a participle or predicate adjective read off its spelling, not its tag:
    all-caps text is often tagged as names ("WOUNDED/PROPN"), so "-ed" forms are matched against the verb
    lemmas first ("MURDERED" → murder, "detained" → detain, captured), then the adjectives ("DEAD")."""
    lex = _lexicons()
    lower = tok.lower_
    cue = next((lex.cue_verbs[stem] for stem in verb_stems(lower) if stem in lex.cue_verbs), None)
    if cue is None or not lower.endswith("ed"):
        cue = lex.cue_adjectives.get(lower, cue)
    return cue if cue in _PEOPLE_CATEGORIES else None
