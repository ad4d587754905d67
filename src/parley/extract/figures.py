"""Figures: every number a reader would count on, read from a parsed spaCy ``Doc``.

A figure is a number expression (digits, number words, "1.2 million", "hundreds", ranges) with
the qualifier words around it ("more than", "about", "between ... and"), its unit (percent, a
currency, a time unit), the noun phrase it counts, a category (killed, released, duration...) and
the claimant the attribution stage finds for it. Conventions follow ``FORMAT.md``.

How: tokens are grouped into number expressions with the number lexicon
(:mod:`parley.extract.numbers`); dates, years, times of day, ordinals, phone numbers and labels
("Resolution 2334") are dropped using spaCy's entity types, the neighbouring tokens and the
parse; the counted noun is the ``nummod`` head (or the object of "N of ..."); the category comes
from cue words (``data/figure_categories.json``) on the verb or nominal that governs the counted
noun, falling back on the noun itself and then on the previous figure for partitive or elliptical
mentions ("30 of them", "125 from the primary school").

Fractions and shares ("two-thirds", "one in five", "half the") are figures with their fractional
value; a whole number and a fraction are one number ("three and a half hours", "2 1/2", "one and a
half million"); a factor is a figure without a unit ("rose 30-fold", "a tenfold increase").

Qualifier conventions: a written "about"/"around" wins over a verb of change ("up about 19
per cent" is approx, as in NewsQuant); a range of amounts of change is that change ("fell by 1 to
1.5 degrees" is down) but "from X to Y" stays a range ("fell from $2,415 to $2,315"), as NewsQuant
marks it three times in four; the level reached ("rose 5% to 164p") stays exact; a restatement in
other units inside parentheses or after "/" takes the qualifier of the figure it restates ("more
than 100 km (60 miles)"), and so does a change restated after ", or" ("lost 190 points, or 0.6%",
though NewsQuant dev marks that 0.6% once a change and once exact); "nearly"/"almost" is at_most
(the reports guide; NewsQuant writes approx, a known, accepted divergence). A phrasal particle
("gave up 517 yards"), money raised as funds ("raised $5 million") and a signed level ("was -5
yards") mark no change.

Scientific notation ("2.998×10^-8", "1.6×10−19", "6.02×10²³", "3 × 10^8") is read when the exponent
is marked ("^", "**", a sign, or superscript digits), so sizes and products ("1920x1080", "4x100",
"3x3") are not; "minus 40" is negative (but "plus or minus 3" is a positive margin).

Not figures, besides dates (with the two-digit year of a dateline, "6 FEB 89") and labels: places
in a ranking ("the bottom three"), zero-padded clock times and codes ("at 0945"), house numbers
("9 E 71st St"), tied scores ("ended 2-2"), the numbers of market index names ("S&P 500 futures",
"the ftse 100"), listed in ``figure_exclusions.json`` because they also open sentences and lose case.

Limits: one sentence at a time, except that "N of them" / "N were among them" with no figure
before may take the category of what the previous sentence's plural subject underwent; a number
written inside a word ("G7", "COVID-19", "sub-7") is never a figure; a result is told from a range
only after a verb of winning or losing or before a result noun ("won 3-2", "a 3-1 win"), so "a 3-2
majority" still reads as a range; a sentence split by the parser inside "approximately 2.998×10−8"
loses the qualifier. A qualifier inside a range ("from up to 5 to 7"), a range nested in
a bound ("from 2 to 3-4 billion") and model numbers ("737 Max") are not handled: rules for them
found no support outside one dev sentence each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.extract.actors import load_actor_lexicon, names_party, names_premises, normalise_tokens, unaccented
from parley.extract.data_files import entries, read_data
from parley.extract.dates import is_upper_sentence
from parley.extract.events import load_trigger_lexicon
from parley.extract.nlp import (
    AIMED_PREPOSITIONS,
    CAPTIVE_ROLES,
    doc_text,
    entity_of,
    is_bare_captive_complement,
    is_captive_complement,
    is_misread_captive,
    sentence_of,
    token_column,
    verb_stems,
)
from parley.extract.numbers import (
    fraction_value,
    is_number_text,
    lexicon,
    parse_digits,
    parse_number,
    read_numeric_token,
    read_scientific,
    scaled,
    vague_unit,
)
from parley.records import Figure
from parley.types import Category, Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.attributions import ClaimantResolver

__all__ = ["find_figures"]

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "GPE", "LOC", "NORP"})
#: Entity types of a sentence's first word that a number after it does not complete into a name.
_NOT_NAMING_ENTITIES = frozenset(
    {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
)
_PEOPLE_CATEGORIES = frozenset({"killed", "injured", "missing", "displaced", "captured", "held", "released"})
_WALK_DEPS = frozenset(
    {"pobj", "prep", "conj", "appos", "nmod", "compound", "npadvmod", "nummod", "quantmod", "nsubj",
     "nsubjpass", "dobj", "attr", "advmod", "acl", "relcl", "dative", "agent"}
)
_COUNTED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
_NOT_COUNTED_WORDS = frozenset({"more", "other", "additional", "further", "another", "extra", "some", "new", "least"})


@dataclass(frozen=True)
class _Lexicons:
    """All cue-word lists of the figure extractor, loaded once from ``data/figure_*.json``."""

    before: dict[tuple[str, ...], Qualifier]
    after: dict[tuple[str, ...], Qualifier]
    change: dict[str, Qualifier]
    collect_verbs: frozenset[str]
    length_units: frozenset[str]
    level_nouns: frozenset[str]
    percent: frozenset[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    national_currencies: dict[tuple[str, ...], str]
    shared_currencies: dict[str, dict[str, str]]
    time_units: dict[str, str]
    measures: dict[str, str]
    unit_symbols: dict[str, str]
    currency_subunits: dict[str, str]
    glued_units: dict[str, str]
    glued_symbols: dict[str, str]
    measure_modifiers: dict[str, str]
    months: frozenset[str]
    label_nouns: frozenset[str]
    rank_words: frozenset[str]
    index_names: dict[str, frozenset[float]]
    street_words: frozenset[str]
    time_markers: frozenset[str]
    clock_prepositions: frozenset[str]
    clock_hedges: frozenset[str]
    clock_words: frozenset[str]
    day_parts: frozenset[str]
    level_verbs: frozenset[str]
    year_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    one_determiners: frozenset[str]
    cue_verbs: dict[str, Category]
    cue_nouns: dict[str, Category]
    cue_adjectives: dict[str, Category]
    cue_phrases: dict[tuple[str, ...], Category]
    exit_verbs: frozenset[str]
    detention_places: frozenset[str]
    hidden_places: frozenset[str]
    custody_places: frozenset[str]
    driving_verbs: frozenset[str]
    homes: frozenset[str]
    event_nouns: dict[str, Category]
    predicate_followers: frozenset[str]
    subject_moves: frozenset[str]
    force_verbs: frozenset[str]
    materiel_heads: frozenset[str]
    materiel_modifiers: frozenset[str]
    place_counts: frozenset[str]
    million_nouns: frozenset[str]
    holdings: frozenset[str]
    weigh_verbs: frozenset[str]
    body_weight_verbs: frozenset[str]
    pound_sums: frozenset[str]
    loss_verbs: frozenset[str]
    homecomings: frozenset[str]
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    fatal_modifiers: frozenset[str]
    tally_nouns: frozenset[str]
    aid_measures: frozenset[str]
    aid_goods: frozenset[str]
    tally_raisers: frozenset[str]
    score_verbs: frozenset[str]
    score_nouns: frozenset[str]
    race_verbs: frozenset[str]
    race_nouns: frozenset[str]
    maturity_units: frozenset[str]
    securities: frozenset[str]
    calibre_units: frozenset[str]
    weapons: frozenset[str]
    age_reach_verbs: frozenset[str]
    age_bounds: frozenset[str]
    age_people_words: frozenset[str]
    decade_owners: frozenset[str]
    decade_parts: frozenset[str]
    evacuating_verbs: frozenset[str]
    evacuation_prepositions: frozenset[str]
    evacuated_places: frozenset[str]
    passing_verbs: frozenset[str]
    non_evacuees: frozenset[str]
    age_collectives: frozenset[str]
    rescue_verbs: frozenset[str]
    captors: frozenset[str]
    captive_modifiers: frozenset[str]
    list_marks: frozenset[str]
    toll_revisers: frozenset[str]


def _invert(groups: dict[str, list[str]]) -> dict[str, Any]:
    return {word: name for name, words in entries(groups).items() for word in words}


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    qualifiers, units = read_data("figure_qualifiers.json"), read_data("figure_units.json")
    exclusions, categories = read_data("figure_exclusions.json"), read_data("figure_categories.json")
    return _Lexicons(
        before={tuple(k.split()): v for k, v in qualifiers["before"].items()},
        after={tuple(k.split()): v for k, v in qualifiers["after"].items()},
        change=_invert(qualifiers["change_verbs"]),
        collect_verbs=frozenset(qualifiers["collect_verbs"]["verbs"]),
        length_units=frozenset(qualifiers["distance_changes"]["length_units"]),
        level_nouns=frozenset(qualifiers["distance_changes"]["level_nouns"]),
        percent=frozenset(units["percent"]),
        currency_symbols=units["currency_symbols"],
        currency_words=units["currency_words"],
        national_currencies={tuple(k.split()): v for k, v in entries(units["national_currencies"]).items()},
        shared_currencies=entries(units["shared_currencies"]),
        time_units=units["time_units"],
        measures=units["measures"],
        unit_symbols=units["unit_symbols"],
        currency_subunits=units["currency_subunits"],
        glued_units=units["glued_units"],
        glued_symbols=entries(units["glued_symbols"]),
        measure_modifiers=entries(units["measure_modifiers"]),
        months=frozenset(exclusions["months"]),
        label_nouns=frozenset(exclusions["label_nouns"]),
        rank_words=frozenset(exclusions["rank_words"]),
        index_names={k: frozenset(float(n) for n in v) for k, v in entries(exclusions["index_names"]).items()},
        street_words=frozenset(exclusions["street_words"]),
        time_markers=frozenset(exclusions["time_markers"]),
        clock_prepositions=frozenset(exclusions["clock_prepositions"]),
        clock_hedges=frozenset(exclusions["clock_hedges"]),
        clock_words=frozenset(exclusions["clock_words"]),
        day_parts=frozenset(exclusions["day_parts"]),
        level_verbs=frozenset(exclusions["level_verbs"]),
        year_prepositions=frozenset(exclusions["year_prepositions"]),
        occasion_nouns=frozenset(exclusions["occasion_nouns"]),
        one_determiners=frozenset(exclusions["pronoun_one_determiners"]),
        cue_verbs=_invert(categories["verbs"]),
        cue_nouns=_invert(categories["nouns"]),
        cue_adjectives=_invert(categories["adjectives"]),
        cue_phrases={tuple(p.split()): c for c, ps in categories["phrases"].items() for p in ps},
        exit_verbs=frozenset(categories["release_exits"]["verbs"]),
        detention_places=frozenset(categories["release_exits"]["places"]),
        hidden_places=frozenset(categories["hidden_places"]["modifiers"]),
        custody_places=frozenset(categories["hidden_places"]["custody"]),
        driving_verbs=frozenset(categories["displacement_exits"]["verbs"]),
        homes=frozenset(categories["displacement_exits"]["places"]),
        event_nouns=_invert(categories["event_nouns"]),
        predicate_followers=frozenset(categories["predicate_followers"]["words"]),
        subject_moves=frozenset(categories["subject_moves"]["verbs"]),
        force_verbs=frozenset(categories["force_verbs"]["verbs"]),
        materiel_heads=frozenset(categories["materiel"]["heads"]),
        materiel_modifiers=frozenset(categories["materiel"]["modifiers"]),
        place_counts=frozenset(categories["place_counts"]["nouns"]),
        million_nouns=frozenset(units["million_nouns"]["nouns"]),
        holdings=frozenset(units["million_nouns"]["holdings"]),
        weigh_verbs=frozenset(units["pound_weights"]["weigh_verbs"]),
        body_weight_verbs=frozenset(units["pound_weights"]["body_verbs"]),
        pound_sums=frozenset(units["pound_weights"]["sum_nouns"]),
        loss_verbs=frozenset(categories["loss_verbs"]["verbs"]),
        homecomings=frozenset(categories["homecomings"]["verbs"]),
        harm_verbs=frozenset(categories["bodily_harm"]["verbs"]),
        harm_nouns=frozenset(categories["bodily_harm"]["nouns"]),
        fatal_modifiers=frozenset(categories["bodily_harm"]["fatal"]),
        tally_nouns=frozenset(categories["tally_nouns"]["nouns"]),
        aid_measures=frozenset(categories["aid_goods"]["measures"]),
        aid_goods=frozenset(categories["aid_goods"]["goods"]),
        tally_raisers=frozenset(categories["tally_nouns"]["raisers"]),
        score_verbs=frozenset(exclusions["scores"]["verbs"]),
        score_nouns=frozenset(exclusions["scores"]["nouns"]),
        race_verbs=frozenset(exclusions["race_distances"]["verbs"]),
        race_nouns=frozenset(exclusions["race_distances"]["nouns"]),
        maturity_units=frozenset(exclusions["named_kinds"]["maturity_units"]),
        securities=frozenset(exclusions["named_kinds"]["securities"]),
        calibre_units=frozenset(exclusions["named_kinds"]["calibre_units"]),
        weapons=frozenset(exclusions["named_kinds"]["weapons"]),
        age_reach_verbs=frozenset(units["age_phrases"]["reach_verbs"]),
        age_bounds=frozenset(units["age_phrases"]["bounds"]),
        age_people_words=frozenset(units["age_phrases"]["people_words"]),
        decade_owners=frozenset(units["age_phrases"]["decade_owners"]),
        decade_parts=frozenset(units["age_phrases"]["decade_parts"]),
        evacuating_verbs=frozenset(categories["evacuation_exits"]["verbs"]),
        evacuation_prepositions=frozenset(categories["evacuation_exits"]["prepositions"]),
        evacuated_places=frozenset(categories["evacuation_exits"]["places"]),
        passing_verbs=frozenset(qualifiers["passing_verbs"]["verbs"]),
        non_evacuees=frozenset(categories["evacuation_exits"]["not_evacuees"]),
        age_collectives=frozenset(units["age_phrases"]["collectives"]),
        rescue_verbs=frozenset(categories["rescues"]["verbs"]),
        captors=frozenset(categories["rescues"]["captors"]),
        captive_modifiers=frozenset(categories["rescues"]["captive_modifiers"]),
        list_marks=frozenset(categories["list_labels"]["marks"]),
        toll_revisers=frozenset(read_data("attribution_cues.json")["toll_revisers"]),
    )


@dataclass
class _Expr:
    """A number expression found in the text: token range and value, before qualifiers and units."""

    start: int  # first token of the number (index into the Doc)
    end: int  # one past the last token
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    glued_currency: str | None = None
    glued_unit: str | None = None
    sign: str | None = None  # "+" or "-" written against the digits: a change ("Dow +0.2%")


# ---------------------------------------------------------------- finding number expressions


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
    with "in" after it ("a 400m stake in the port", not "a 2m stake into the ground")."""
    lex, lower = _lexicons(), noun.lower_
    held_in = lower in lex.holdings and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ == "in"
    return lower in lex.million_nouns or held_in


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
    if nxt.pos_ not in ("NOUN", "PROPN", "ADJ") and nxt.lower_ != "of":
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
    """How many unit tokens start at ``j`` ("percent", "per cent", "miles", "dollars"); 0 if none."""
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
    scale = lexicon().scales.get(doc[second.end - 1].lower_)
    if scale and scale >= 1000 and low * scale <= high:
        low = scaled(low, scale)
    if low == high and connector != "to":
        return None  # "ended 2-2": a score, neither a range nor a figure
    if connector != "to" and _is_score(doc, first, second, limit):
        return None  # "won 3-1", "a 2-0 victory": a result, neither a range nor a figure
    return _Expr(first.start, second.end, None, low=min(low, high), high=max(low, high),
                 glued_currency=first.glued_currency or second.glued_currency,
                 glued_unit=first.glued_unit or second.glued_unit)


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
        expr = _vague(doc, i, sent.end) or _fraction(doc, i, sent.end)
        expr = expr or _scientific(doc, i, sent.end) or _decade_of_life(doc, i) or _collect(doc, i, sent.end)
        if expr is None:
            i += 1
            continue
        ranged = expr if expr.vague else _range(doc, expr, sent.end)
        if ranged is not None:
            yield ranged
        i = max((ranged or expr).end, i + 1)


# ---------------------------------------------------------------- what is not a figure


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
    return joint.text in ("-", "/") and not joint.whitespace_ and not before.whitespace_ and before.text.isdigit()


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


def _year_like(doc: Doc, expr: _Expr) -> bool:
    text = doc[expr.start].text
    return expr.end - expr.start == 1 and len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


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
    if expr.vague or _is_measured(doc, expr):
        return False
    tok = doc[expr.start]
    nxt = doc[expr.end] if expr.end < len(doc) else None
    if (nxt is not None and nxt.pos_ == "PROPN" and nxt.tag_ == "NNP" and nxt.is_title and len(nxt.text) > 1
            and nxt.ent_type_ not in ("NORP", "GPE", "DATE") and expr.value not in (None, 1.0)
            and expr.end - expr.start == 1 and not expr.glued_currency and tok.text[:1].isdigit()
            and tok.head.tag_ not in ("NNS", "NNPS")):
        return True
    if expr.start == 0:
        return False
    prev = doc[expr.start - 1]
    if prev.text == "-" and not prev.whitespace_ and expr.start >= 2:
        word = doc[expr.start - 2]
        return word.is_alpha and not word.whitespace_ and not is_number_text(word.text)
    counts_following = tok.dep_ == "nummod" and tok.head.i >= expr.end and tok.head.tag_ in ("NNS", "NNPS")
    if counts_following and _completes_counted_name(doc, expr):
        return True
    if counts_following or _currency_before(doc, expr.start):
        return False
    lex = _lexicons()
    if prev.lower_ in lex.label_nouns or _ends_title(doc, expr) or _split_abbreviation(doc, expr.start, lex):
        return True
    return (
        _names_with_number(prev) and prev.ent_type_ not in ("DATE", "TIME")
        and prev.lower_ not in lex.months and (prev.lower_,) not in lex.before
        and not is_number_text(prev.text)
    )


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
             or word.text in lex.unit_symbols or word.lower_ == _FOLD)
    return word.is_alpha and not known and word.lower_ not in lex.currency_words and not is_number_text(word.text)


def _is_pronoun_one(doc: Doc, expr: _Expr) -> bool:
    """'one' as a pronoun ("the same one", "no one", "one another"), not a count."""
    tok = doc[expr.start]
    if expr.end - expr.start != 1 or tok.lower_ != "one":
        return False
    if expr.end < len(doc) and doc[expr.end].lower_ in ("another", "'s", "’s"):
        return True
    prev = doc[expr.start - 1].lower_ if expr.start > 0 else ""
    if tok.dep_ == "nummod" or any(c.dep_ == "prep" and c.lower_ in ("of", "out") for c in tok.children):
        return False
    if prev in _lexicons().one_determiners or tok.pos_ == "PRON":
        return True
    return tok.dep_ == "pobj" or (tok.dep_ == "dobj" and not _harms_people(tok.head))


#: Categories of the verbs whose bare object "one" is a person counted ("killing one and wounding three").
_PEOPLE_HARMED = frozenset({"killed", "injured", "captured", "released"})


def _harms_people(verb: Token) -> bool:
    """A verb that kills, wounds, takes or frees people: what it acts on is people, so "one" is one of them."""
    return verb.pos_ == "VERB" and _lexicons().cue_verbs.get(verb.lemma_.lower()) in _PEOPLE_HARMED


# ---------------------------------------------------------------- qualifier, unit


def _currency_before(doc: Doc, i: int) -> str | None:
    if i <= 0:
        return None
    symbols = _lexicons().currency_symbols
    code = symbols.get(doc[i - 1].lower_)
    if code and i >= 2 and doc[i - 2].text.upper() in ("US", "A", "C", "HK") and not doc[i - 2].whitespace_:
        return symbols.get(doc[i - 2].lower_ + doc[i - 1].lower_, code)
    return code


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
    mentions = [(i, iso3) for i, iso3 in _countries_named(doc) if iso3 in states]
    if not mentions:
        return None
    before = [mention for mention in mentions if mention[0] < j]
    later = [mention for mention in mentions if j < mention[0] < sentence_of(doc[j]).end]  # "..., Iraqi officials said"
    if not before and not later:
        return None
    _, iso3 = before[-1] if before else later[0]
    return _Unit(states[iso3], "money", j)


#: The longest country name, demonym or capital looked up (in tokens): "Democratic Republic of Congo" is
#: found by its last words, "Congo", which names the same state.
_COUNTRY_NAME_TOKENS = 3
_COUNTRIES_NAMED = "parley_figure_countries"


def _countries_named(doc: Doc) -> list[tuple[int, str]]:
    """Where the article names a state, as (token index, ISO3) in text order: a capitalised name,
    demonym or capital of the actor lexicon ("Iraq", "Libyan", "Baghdad"), or a place entity the
    gazetteer places ("Kassala"). Found once per Doc."""
    cached = doc.user_data.get(_COUNTRIES_NAMED)
    if isinstance(cached, list):
        return cached
    countries = load_actor_lexicon().countries
    found: dict[int, str] = {}
    i = 0
    while i < len(doc):
        size = 1
        if doc[i].text[:1].isupper():
            for n in range(_COUNTRY_NAME_TOKENS, 0, -1):
                iso3 = countries.get(tuple(unaccented(t.lower_) for t in doc[i : i + n]))
                if iso3 is not None:
                    found[i], size = iso3, n  # "South Sudan" is not also "Sudan"
                    break
        i += size
    places = read_data("place_countries.json")["places"]
    for ent in doc.ents:
        place = places.get(unaccented(ent.text).lower()) if ent.label_ == "GPE" else None
        if place is not None:
            found.setdefault(ent.start, place)
    named = sorted(found.items())
    doc.user_data[_COUNTRIES_NAMED] = named
    return named


def _unit(doc: Doc, expr: _Expr) -> _Unit:
    """Percent, currency, age, time unit or measure, from the tokens around the number."""
    lex = _lexicons()
    currency = expr.glued_currency or _currency_before(doc, expr.start)
    if currency:
        return _Unit(currency, "money", None)
    if expr.glued_unit:
        time_unit = expr.glued_unit in lex.time_units.values()
        return _Unit(expr.glued_unit, "duration" if time_unit else None, None)
    j = expr.end
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
    weights = nxt in ("pound", "pounds") and expr.value is None  # "hundreds of pounds": weight as often as money
    named = None if weights else _article_currency(doc, j)
    if named is not None:
        return named
    if nxt in lex.currency_words and not weights:
        return _Unit(lex.currency_words[nxt], "money", j)
    if nxt in lex.currency_subunits:
        return _Unit(lex.currency_subunits[nxt], "money", j)
    if (_after_aged(doc, expr.start) or _appositive_age(doc, expr) or _is_decade_of_life(doc, expr)
            or _reached_age(doc, expr) or _bounded_age(doc, expr)):
        return _Unit("year", "age", None)
    hyphen = nxt == "-"
    k = j + 1 if hyphen else j
    word = doc[k].lower_ if k < len(doc) else ""
    if word == _FOLD:
        return _Unit(None, None, k)  # "rose 30-fold": a factor, no unit; the suffix carries the verb
    if hyphen and word in lex.currency_words:
        return _hyphenated_currency(doc, k)
    if word in lex.time_units:
        unit = lex.time_units[word]
        return _Unit(unit, "age" if _is_age(doc, k) else "duration", k)
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
    weighed = next((o for p in pound.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
    if weighed is not None and not _names_a_currency_sum(weighed):
        return (expr.value or 0) < _LEAST_UNNAMED_SUM or weighed.lemma_.lower() in lex.aid_goods
    changer = pound.head
    return (pound.dep_ == "dobj" and changer.lemma_.lower() in lex.body_weight_verbs
            and expr.value is not None and expr.value <= _MOST_BODY_WEIGHT_CHANGE
            and any(c.dep_ == "nsubj" and _is_person(c) and c.lower_ not in lex.age_collectives
                    for c in changer.children))  # not "the family lost 20 pounds when the bank collapsed"


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
    by commas after a person or a noun for one is that person's age, as news style writes it."""
    if expr.end - expr.start != 1 or expr.value is None or not 0 < expr.value < _OLDEST or expr.value % 1:
        return False
    token = doc[expr.start]
    if not (expr.start > 0 and expr.end < len(doc)) or doc[expr.start - 1].text != "," or doc[expr.end].text != ",":
        return False
    if token.dep_ != "appos" or token.head.i != expr.start - 2:
        return False
    person = token.head  # a name (tagged a person or, as often, a place), or a role noun ("the suspect")
    if person.pos_ == "PROPN":
        return person.ent_type_ != "ORG"
    actors, lemma = load_actor_lexicon(), person.lemma_.lower()
    role = actors.roles.get((lemma,))
    return person.tag_ == "NN" and role is not None and role != "BUS" and lemma not in actors.bodies


def _is_person(tok: Token) -> bool:
    """A word for a person or people: a personal pronoun, a person's name, a role noun that is no body
    ("the soldier", "children"; not "the company"), or a pronoun for people ("those", "anyone")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL_PRONOUNS or tok.lower_ in _lexicons().age_people_words
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    actors, lemma = load_actor_lexicon(), tok.lemma_.lower()
    role = actors.roles.get((lemma,)) or actors.roles.get((tok.lower_,))
    return (tok.lower_ in _lexicons().age_people_words
            or (tok.pos_ == "NOUN" and role is not None and role != "BUS" and lemma not in actors.bodies))


_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you", "who"})


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
    if not _whole_age(expr) or expr.start < 2 or _counts_a_noun(doc, expr.start):
        return False
    nxt = doc[expr.end] if expr.end < len(doc) else None
    if nxt is not None and (nxt.text == "-" or nxt.lower_ in _lexicons().time_units or nxt.like_num):
        return False
    bound, owner = doc[expr.start - 1], doc[expr.start - 2]  # read on the surface: the parser hangs "under"
    if owner.lemma_.lower() in _lexicons().age_collectives:
        return False  # "families under 3": the size of a group, not an age
    return bound.lower_ in _lexicons().age_bounds and _is_person(owner)  # on the verb as often as on the noun


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
    change = _lexicons().change
    if (first > 0 and doc[first - 1].lower_ in ("up", "down")
            and not _is_particle_object(doc[first - 1], anchor, measured)):
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
            qualifier = change.get(head.lemma_.lower())
            return None if qualifier is None else (qualifier, head)
    # the parser may hang the unit elsewhere ("rose 0.4 per cent", "gained 150% year to date"): the verb
    # just before the number (or its "by") still tells the change
    k = first - 1
    if k >= 0 and doc[k].lower_ == "by":
        k -= 1
    if measured and share and k >= 0 and doc[k].pos_ == "VERB" and not _is_amount_object(doc[k], anchor):
        qualifier = change.get(doc[k].lemma_.lower())
        return None if qualifier is None else (qualifier, doc[k])
    return None


def _is_by_object(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def _is_particle_object(particle: Token, anchor: Token, measured: bool) -> bool:
    """"gave up 517 yards", "put down 5,000 dollars": the particle belongs to a phrasal verb whose
    object is the figure, so it marks no change (against "shares were up 5%").

    The parser also makes the particle an adverb ("shot down 31 of 36 drones", "gunned down 12
    villagers"). Then only a plain count marks the phrasal verb: a measured amount after an adverb
    stays a change ("closed down 2%"), as does any amount after a verb of being, going or change.
    """
    verb = particle.head
    takes_figure = verb.i in (anchor.head.i, anchor.head.head.i, _governing_word(anchor).head.i)
    if particle.dep_ == "prt":
        return takes_figure
    lemma = verb.lemma_.lower()
    moves = lemma in ("be", "go", "come") or lemma in _lexicons().change
    return particle.dep_ == "advmod" and verb.pos_ == "VERB" and takes_figure and not measured and not moves


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
    return _lexicons().change.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None


# ---------------------------------------------------------------- counted noun and category


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
    if _counts_after_day_and_month(doc, expr):  # the parser hangs "12" on "May" in "5 May 12 people"
        return _compound_top(doc[expr.end])
    for tok in reversed(doc[expr.start:expr.end]):
        head = tok.head
        if _DESIGNATION.fullmatch(head.text) and head.dep_ in _COUNTED_MODIFIER_DEPS | {"nummod"} \
                and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "40 AK-47 rifles": the parser hangs the count on the model's name
        modifies = tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.i >= expr.end
        if modifies and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lexicon().scales \
                and not _is_time_after(head, expr):
            return _compound_top(head)
    whole = _whole_of_part(doc, expr) or _noun_past_participle(anchor)
    if whole is not None:
        return whole
    if anchor.lower_ in lexicon().suffix_multipliers:  # "1.8m people": the parser takes "m" for the head
        noun = _noun_after(doc, expr.end - 1)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS"):
            return _compound_top(noun)
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _noun_past_participle(anchor: Token) -> Token | None:
    """"detained 18 wanted suspects": the parser may make the count the subject of the participle that
    modifies the noun after it; the count still counts that noun."""
    participle = anchor.head
    noun = participle.head
    if anchor.dep_ != "nsubj" or participle.i != anchor.i + 1 or participle.dep_ not in ("amod", "compound"):
        return None
    return _compound_top(noun) if noun.pos_ in ("NOUN", "PROPN") and noun.i > participle.i else None


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
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and not as_noun):
        return lex.cue_verbs.get(lemma)
    if tok.pos_ == "ADJ":
        return lex.cue_adjectives.get(lower)
    if lemma in lex.materiel_heads and any(
            c.dep_ in ("amod", "compound") and c.lower_ in lex.materiel_modifiers for c in tok.children):
        return "military"  # "12 armoured vehicles", "seven air defence systems"
    return lex.cue_nouns.get(lower) or lex.cue_nouns.get(lemma) or lex.cue_verbs.get(lemma)


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


#: A currency's ISO code, as figures give their unit: "USD", "GBP".
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
#: A name of capitals and one digit: "PS5", "G7", "F1".
_LETTERS_AND_DIGIT = re.compile(r"[A-Z]+\d")
#: A model's designation: letters, an optional hyphen, digits ("AK-47", "T-72", "Su-25", "M1").
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?")
#: Words for an hour after a slash: "km/h".
_HOURS = frozenset({"h", "h.", "hr", "hr.", "hour"})  # "h." ends a sentence

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
            victim = _object_of_act(cur, head)
            harm = _harm_suffered(cur, head, victim)
            if harm is not None:
                return harm  # "four people have bullet wounds": the subject is harmed, not harming
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
            if found == "military" and _names_people(cur) and head.lemma_.lower() not in lex.force_verbs:
                return None  # "intercepted 3,000 migrants", "shot 12 protesters": people are no materiel
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
        if head.pos_ == "NOUN" and (cue := lex.cue_verbs.get(head.lemma_.lower())):
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
    return anchor.head.i == noun.i and _whole_of_part_noun(noun)


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
    if harm.lemma_.lower() not in lex.harm_nouns and harm.lower_.rstrip("s") not in lex.harm_nouns:
        return None
    if harm.i + 1 < len(harm.doc) and harm.doc[harm.i + 1].pos_ == "NOUN":
        return None  # "received injuries compensation": the harm word qualifies another noun
    if (any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ == "no" for c in harm.children)
            or subject.lower_ in ("none", "neither", "nobody")):
        return "other"
    return "killed" if any(_is_fatal(c) for c in harm.children if c.dep_ in ("amod", "compound")) else "injured"


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
    cue = lex.cue_verbs.get(verb.lemma_.lower())
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
    if (cue is None and verb.lemma_.lower() in lex.evacuating_verbs
            and any(c.dep_ in ("dobj", "nsubjpass") and (_is_person(c) or c.like_num) and not _not_evacuee(c)
                    for c in verb.children)
            and _leaves_one_of(verb, lex.evacuated_places, objects=False, through=lex.evacuation_prepositions)):
        cue = "displaced"  # "troops escorted 150 civilians out of the city": an evacuation
    return cue


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
        owner = next((g for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)  # "the headquarters of the Red Crescent"
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
    if subject is not None and normalise_tokens([t for t in subject.subtree if t.i <= subject.i])[1] in {"MIL", "REB"}:
        return True  # with its modifiers: "armed men" are an armed party, "men" alone are not
    return first is not verb and _lexicons().cue_verbs.get(first.lemma_.lower()) == "captured"


#: Prepositions that give where people are taken: "to hospital", "into Jordan", "towards the border".
_DESTINATION_PREPOSITIONS = frozenset({"to", "into", "towards", "toward"})


def _taken_as_captive(verb: Token) -> bool:
    """'... and 251 taken hostage': a gapped passive whose bare "hostage", parsed as the object, says
    what its subject was taken as; the subject underwent the taking."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and verb.tag_ == "VBN" and is_bare_captive_complement(obj)


# ---------------------------------------------------------------- assembling records


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


def _ends_predicate(doc: Doc, k: int, sent_end: int) -> bool:
    """Nothing after token k opens an object: the end of the sentence, punctuation or a linking word."""
    return k >= sent_end or doc[k].is_punct or doc[k].lower_ in _lexicons().predicate_followers


def _phrase_at(doc: Doc, k: int) -> tuple[Category, int] | None:
    """A multi-word people cue starting at token k ("gunned down", "shot to death"), with its length."""
    for phrase, category in _lexicons().cue_phrases.items():
        if category in _PEOPLE_CATEGORIES and tuple(t.lower_ for t in doc[k:k + len(phrase)]) == phrase:
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


def _event_noun_before(doc: Doc, first: int, sent_start: int) -> Category | None:
    """"the killing of 12 judges", "the death of 10 union members": the noun before "of" names what
    happened to those counted."""
    k = first - 1
    while k > sent_start and (doc[k].lower_ in _EVENT_NOUN_FILLERS or doc[k].is_bracket):
        k -= 1
    if k <= sent_start or doc[k].lower_ != "of":
        return None
    return _lexicons().event_nouns.get(doc[k - 1].lower_)


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
    cue = _event_noun_before(doc, first, sent.start) or _group_before(doc, first, sent.start)
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
    displaced people") or after a wound ("5 soldiers who were wounded died later")."""
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
    if governing == "released" and modifier in _TAKEN and counted.dep_ == "dobj":
        # "handed over 4 captured soldiers", "freed 19 abducted schoolchildren": only captives are freed,
        # so their being taken is their past and the release is the news
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


#: Categories of people taken or held.
_TAKEN = frozenset({"captured", "held"})


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
    own_fate = None
    if coordinated is not None and head is not None:  # "the number of missing": a participle read as its adjective
        own_fate = _cue_of(head, as_noun=True) or _lexicons().cue_adjectives.get(head.lower_)
    if own_fate in _PEOPLE_CATEGORIES:
        return counted, own_fate  # "and the number of wounded at 140": not the first tally's dead
    if _sum_without_currency(expr, unit, head):
        return counted, "money"
    if _one_of_the_most(doc, expr):
        return counted, "other"
    if unit.unit is not None:
        goods = _aid_goods(doc, unit)
        return (_goods_phrase(doc, goods), "aid") if goods is not None else (counted, "other")
    noun = head if head is not None and head.pos_ != "PRON" else None
    base = noun or anchor
    if noun is not None and _counts_a_whole(anchor, noun):
        # "released 17 of the 23 abducted workers": 23 abducted; "released 10 of the 25 students":
        # with no word of its own the whole of a part taken or freed is of the captives the part is of
        return counted, _modifier_cue(noun) or _captives_whole(anchor, noun, ctx, sent) or "other"
    if noun is not None and _is_population(noun):
        return counted, "other"  # "seized Goma, a city of around 2 million people": who live there
    shouted = is_upper_sentence(anchor)
    surface = _surface_cue(doc, expr, noun, first, sent) or _part_of_previous(doc, first, sent, ctx)
    if shouted:
        surface = surface or _verb_before(doc, first, sent)
    label = _list_label(doc, first, sent)
    if label is not None:
        return counted, label
    event = _event_noun_before(doc, first, sent.start)  # "arrested 9 over the killing of two students"
    category = (surface if shouted else None) or event or _parsed_cue(base)
    if category is None and base is not anchor:
        category = _modifier_cue(anchor) or _verb_cue(anchor)
    category = category or surface
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
    raised = _raised_tally(doc, first, sent) if elliptical else None
    if raised is not None:  # "taking the death toll to 40": the toll's count, not the taking's or the last figure's
        return (None if counted == ctx.counted else counted), raised
    category = category or _inherited(anchor, base, ctx, elliptical=elliptical)
    if category == "captured" and _still_there(base):
        category = "held"  # "of the 251 hostages taken, 97 remain in Gaza": the ones still held
    if category == "released" and _saved_from_danger(base, ctx):
        category = "other"  # "rescued 23 people from collapsed buildings": saved, not freed
    return counted, category or "other"


#: The least a count of a sum's noun is read as money without a currency: "a 5m grant", "the 2 million loan".
_LEAST_UNNAMED_SUM = 1_000_000


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
    goods = next((o for p in measure.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
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


def _raises_a_tally(verb: Token) -> bool:
    """A verb of raising whose object is a tally or a toll ("taking the total to", "bringing the toll to")."""
    lex = _lexicons()
    return verb.lemma_.lower() in lex.tally_raisers and any(
        c.dep_ == "dobj" and (_is_tally(c) or c.lemma_.lower() == "toll") for c in verb.children)


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
    the people counted before (as a bare "One died later" or "two of them" does)."""
    head = number.head
    participle = head.pos_ in ("VERB", "ADJ") or head.lower_ in _lexicons().cue_adjectives  # "wounded" as a noun
    return number.dep_ == "nummod" and head.i != number.i and participle


def _counts_people(noun: Token) -> bool:
    """A subject that is a count of people: a tally with an "of" phrase ("the number of dead") or a
    noun of a people category ("the death toll", "deaths")."""
    if _is_tally(noun):
        return _tallied(noun) is not None
    return noun.pos_ == "NOUN" and _cue_of(noun, as_noun=True) in _PEOPLE_CATEGORIES


def _is_tally(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _lexicons().tally_nouns


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
    dictionary's roles; only materiel is overruled so ("15 trucks captured" stays captured)."""
    lexicon = load_actor_lexicon()
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma,) not in lexicon.roles and lemma not in lexicon.collectives


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
    qualifier = qualifier or after_qualifier or ("approx" if doc[expr.start].text.startswith("~") else None)
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
    elif qualifier is None and not length and _passed_level(anchor):
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
            if figure.unit is None and not _names_a_part(doc, expr, sent):
                ctx = _Context(figure.counted, figure.category, sent.start_char)
    return figures
