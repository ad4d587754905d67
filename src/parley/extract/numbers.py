"""Reading English numbers written as digits, words or a mix ("1,200", "two hundred and forty", "1.2 million").

Pure string functions with no spaCy dependency: :mod:`parley.extract.figures` decides which tokens
form a number and hands their texts here. The vocabulary (cardinal words, scales, suffix
multipliers such as ``15k`` or ``$3bn``, vague plurals, fractions) is data, in
``data/figure_numbers.json``.

Why not a library: text2num, word2number and number-parser read pure number words, but none reads
the mixed forms wire copy uses (``1.2 million``, ``15k``, ``$3bn``) or vague plurals, so every
call would need the same wrapping this module does anyway; the grammar of English cardinals is
small enough to state here in full.

Limits: no ordinals (they are not figures), no Roman numerals. Fractions ("two-thirds") are read
by :func:`fraction_value` from a numerator and a denominator word; a whole number and a fraction
("three and a half", "2 1/2", "2½") reach :func:`parse_number` as the whole number's words and a
``+0.5`` word, so a scale after them scales both ("one and a half million" is 1500000).

    >>> parse_number(["two", "hundred", "and", "forty"])
    240.0
    >>> parse_number(["1.2", "million"])
    1200000.0
    >>> parse_number(["15k"])
    15000.0
    >>> parse_number(["one", "+0.5", "million"])
    1500000.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from parley.extract.data_files import read_data

__all__ = [
    "NumberLexicon",
    "NumericToken",
    "fraction_value",
    "is_number_text",
    "lexicon",
    "parse_digits",
    "parse_number",
    "read_numeric_token",
    "read_scientific",
    "scaled",
    "vague_unit",
]

#: Digits with optional thousands separators and decimals, optionally glued to a multiplier
#: suffix ("15k", "1.2bn"); a leading "~" is a written "approximately".
_DIGITS = re.compile(r"^~?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<suffix>[a-z]{0,3})$")
#: One token that carries a number with things glued to it: a currency before ("RM23.50", "$US5",
#: "EUR50m", the Kenyan "KSh1.2bn"), a sign ("-1.3"), a unit or multiplier after ("10kW", "24pc",
#: "4.3M", "1/16"); a leading "~" (a written "approximately", "~45g") is skipped here and read as a
#: qualifier by the caller.
_NUMERIC_TOKEN = re.compile(
    r"^~?(?P<prefix>[A-Z]{1,3}\$|\$[A-Z]{1,2}|[$£€¥₪₹₽₴₦]|[A-Z]{2,3}(?=\d)|Rs\.?|KShs?)?\s?"
    r"(?P<sign>[+\-−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:[/⁄](?P<den>\d+)|(?P<vulgar>[½¼¾⅓⅔]))?(?P<suffix>[A-Za-z][A-Za-z0-9/]*|″|′|%)?$"
)
#: The vulgar-fraction characters written against a whole number: "2½ years", "3¾ miles".
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

#: Scientific notation written as one token: "2.998×10^8", "6.02x10²³", "1.6×10−19" (a superscript
#: minus flattened to "−" or "-" when the text was scraped). The exponent must be marked: superscript
#: digits, or ASCII digits after "^", "**" or a sign. Bare ASCII digits after "x10" are a size, a
#: product or a model ("1920x1080", "4x100 relay", "5x102"), never an exponent.
_SCIENTIFIC = re.compile(
    r"^(?P<mantissa>\d+(?:\.\d+)?)[×x*]10"
    r"(?:(?:\^|\*\*)?(?P<sup_sign>[+\-−⁺⁻])?(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|(?:(?:\^|\*\*)(?P<sign>[+\-−])?|(?P<bare_sign>[+\-−]))(?P<exp>\d{1,3}))$"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MINUS_SIGNS = frozenset({"-", "−", "⁻"})


@dataclass(frozen=True)
class NumericToken:
    """What one digit token says: its value and the raw prefix (currency) and suffix (unit) glued to it."""

    value: float
    prefix: str | None
    suffix: str | None


@dataclass(frozen=True)
class NumberLexicon:
    """The number vocabulary of ``data/figure_numbers.json``."""

    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    suffix_multipliers: dict[str, float]
    glued_scales: frozenset[str]
    vague_plurals: dict[str, float]
    of_only_plurals: frozenset[str]
    vague_determiners: tuple[str, ...]
    fractions: dict[str, float]
    fraction_determiners: tuple[str, ...]

    def word_value(self, word: str) -> float | None:
        """The value of one cardinal word ("seven", "forty"), or None."""
        return self.units.get(word, self.tens.get(word))


@lru_cache(maxsize=1)
def lexicon() -> NumberLexicon:
    """Load the number vocabulary once per process."""
    raw = read_data("figure_numbers.json")
    return NumberLexicon(
        units={k: float(v) for k, v in raw["units"].items()},
        tens={k: float(v) for k, v in raw["tens"].items()},
        scales={k: float(v) for k, v in raw["scales"].items()},
        suffix_multipliers={k: float(v) for k, v in raw["suffix_multipliers"].items()},
        glued_scales=frozenset(raw["glued_scales"]),
        vague_plurals={k: float(v) for k, v in raw["vague_plurals"].items()},
        of_only_plurals=frozenset(raw["of_only_plurals"]),
        vague_determiners=tuple(raw["vague_determiners"]),
        fractions={k: float(v) for k, v in raw["fractions"].items()},
        fraction_determiners=tuple(raw["fraction_determiners"]),
    )


def parse_digits(text: str) -> float | None:
    """The value of a digit token ("1,200", "2.5", "15k", "1.2bn"), or None if it is not one."""
    match = _DIGITS.match(text.lower())
    if match is None:
        return None
    value = float(match["num"].replace(",", ""))
    suffix = match["suffix"]
    if not suffix:
        return value
    multiplier = lexicon().suffix_multipliers.get(suffix)
    return None if multiplier is None else scaled(value, multiplier)


def read_numeric_token(text: str) -> NumericToken | None:
    """Read a token of digits with glued currency, sign, multiplier or unit; None if it is not one.

    Multiplier suffixes are applied ("4.3M" → 4300000, "15k" → 15000) except a lower-case "m"
    without a currency prefix, which is metres. Other suffixes are returned for the caller to
    interpret as units. A fraction "1/16" is read as its value.

        >>> read_numeric_token("EUR50m")
        NumericToken(value=50000000.0, prefix='EUR', suffix=None)
    """
    match = _NUMERIC_TOKEN.match(text.strip())
    if match is None:
        return None
    value = float(match["num"].replace(",", ""))
    if match["den"]:
        if float(match["den"]) == 0 or match["suffix"]:
            return None
        value /= float(match["den"])
    if match["vulgar"]:
        value += _VULGAR_FRACTIONS[match["vulgar"]]  # "2½"
    if match["sign"] in ("-", "−"):
        value = -value
    prefix, suffix = match["prefix"], match["suffix"]
    multiplier = _glued_multiplier(suffix.lower()) if suffix else None
    if suffix and multiplier is not None and (suffix != "m" or prefix):
        return NumericToken(scaled(value, multiplier), prefix, None)
    return NumericToken(value, prefix, suffix)


def _glued_multiplier(suffix: str) -> float | None:
    """The multiplier of a suffix glued to digits: an abbreviation ("3bn", "15k") or a whole scale word,
    as local outlets write sums ("$5million", "N5billion"); the whole words count only when glued, so
    they stay out of ``suffix_multipliers``, which also reads multipliers standing apart."""
    lex = lexicon()
    if suffix in lex.glued_scales:
        return lex.scales[suffix]
    return lex.suffix_multipliers.get(suffix)


def read_scientific(text: str) -> float | None:
    """The value of a number in scientific notation written as one token ("2.998×10−8"), or None.

        >>> read_scientific("6.02×10^23")
        6.02e+23
    """
    match = _SCIENTIFIC.match(text.strip())
    if match is None:
        return None
    digits = match["sup"].translate(_SUPERSCRIPTS) if match["sup"] else match["exp"]
    sign = match["sup_sign"] or match["sign"] or match["bare_sign"]
    minus = "-" if sign in _MINUS_SIGNS else ""
    return float(f"{match['mantissa']}e{minus}{digits}")  # one rounding: 1.6×10−19 is 1.6e-19 exactly


def is_number_text(text: str) -> bool:
    """Whether one token's text is (part of) a cardinal number: digits, a number word or a scale."""
    lower = text.lower()
    lex = lexicon()
    return parse_digits(lower) is not None or lex.word_value(lower) is not None or lower in lex.scales


def vague_unit(word: str) -> float | None:
    """The unit of a vague plural ("hundreds" → 100), or None."""
    return lexicon().vague_plurals.get(word.lower())


def parse_number(words: Sequence[str]) -> float | None:
    """The value of a sequence of number tokens, or None if they do not read as one number.

    Accepts digits, cardinal words, "and" inside word numbers, "a"/"an" before a scale
    ("a dozen", "a hundred") and scales after digits ("1.2 million"). Uses the usual
    accumulate-and-scale reading: a scale multiplies what precedes it since the last larger scale.
    """
    lex = lexicon()
    # Decimal arithmetic: in binary floats 4.1 * 1e9 is 4099999999.9999995, not 4.1 billion.
    total = Decimal(0)
    current: Decimal | None = None
    last_big: Decimal | None = None  # what the last large scale added: "2.5 lakh" before "crore"
    for raw in words:
        word = raw.lower()
        if word in ("and", "-", "a", "an"):
            if word in ("a", "an"):
                current = Decimal(1)
            continue
        if word.startswith("+"):  # a fraction after a whole number, resolved by the caller ("and a half")
            if current is None:
                return None
            current += Decimal(word[1:])
            continue
        if word.startswith("*"):  # a multiplier already resolved by the caller ("3 bn")
            if current is None:
                return None
            current *= Decimal(word[1:])
            continue
        digit = parse_digits(word)
        small = digit if digit is not None else lex.word_value(word)
        if small is not None:
            current = (current or Decimal(0)) + _exact(small)
            last_big = None
        elif word in lex.scales:
            scale = _exact(lex.scales[word])
            base = current if current is not None else Decimal(1)
            if current is None and last_big is not None and scale >= 1000:
                total += last_big * scale - last_big  # "2.5 lakh crore", "a thousand million": scales multiply
                last_big = last_big * scale
            elif scale < 1000:
                current = base * scale
            else:
                total += base * scale
                last_big = base * scale
                current = None
        else:
            return None
    if current is None and total == 0:
        return None
    return float(total + (current or Decimal(0)))


def _exact(value: float) -> Decimal:
    """A float as the decimal it was written as (4.1, not 4.0999999999999996447...)."""
    return Decimal(repr(value))


def scaled(value: float, multiplier: float) -> float:
    """``value * multiplier`` as written: 4.1 by a billion is 4100000000.0, as floats it is not."""
    return float(_exact(value) * _exact(multiplier))


def fraction_value(numerator: str, denominator: str) -> float | None:
    """The value of a written fraction ("two", "thirds" → 0.667; "a", "quarter" → 0.25), or None.

    A singular denominator takes "one"/"a"/"an" ("one fourth"), a plural one a numerator above one
    ("three quarters"), so "the third" or "two third" are not read as fractions.
    """
    lex = lexicon()
    share = lex.fractions.get(denominator.lower())
    if share is None:
        return None
    word = numerator.lower()
    digits = parse_digits(word)
    count = 1.0 if word in ("a", "an") else digits if digits is not None else lex.word_value(word)
    if count is None or count <= 0 or count >= 100:
        return None
    plural = denominator.lower().endswith("s")
    if plural != (count > 1):
        return None
    return count * share
