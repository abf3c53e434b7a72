"""Reading numbers the Vietnamese way: digits and words.

"." groups thousands and "," is the decimal mark ("2,96" = 2.96,
"85.000.000" = 85000000). The reverse is read only where it cannot be
the Vietnamese form: several comma groups ("1,500,000") or a dot before
one or two digits ("2.5").
"""

from __future__ import annotations

from decimal import Decimal

from parsers.patterns import alternation
from parsers.vocab import number_words as nw
from parsers.vocab.units import SCALES

# Possessive and bounded quantifiers: no backtracking into digit runs and no
# run that can swallow the rest of a long input at every start (ReDoS guard).
DIGITS_PATTERN = r"""
(?>                                               # atomic: once read, a number is not re-split
    \d{1,3}(?:\.\d{3}){1,5}+(?:,\d{1,6}+)?(?![.,]?\d)  # 85.000.000 · 5.120 · 1.250,5
  | \d{1,3}(?:,\d{3}){2,5}+(?![.,]?\d)           # 1,500,000 (English grouping, 2+ groups)
  | \d{1,3}(?:\x20\d{3}){1,5}+(?![\d.,])          # 1 500 000 (space grouping)
  | \d{1,15}+(?:[.,]\d{1,6}+)?+(?![.,]?\d)        # 5 · 2,96 · 2.5
)
"""

_WORD_ANY = alternation(set(nw.DIGITS) | {nw.TEN, nw.TENS, nw.HUNDRED} | set(nw.ZERO_TENS))
WORDS_PATTERN = rf"""
(?i:(?:{alternation(nw.START_WORDS)})(?:\x20(?:{_WORD_ANY})){{0,8}}+(?!\w))
"""
SCALE_PATTERN = rf"(?i:{alternation(SCALES)})(?!\w)"
NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{WORDS_PATTERN})"


def parse_digits(text: str) -> Decimal:
    """Value of a number written in digits.

    >>> parse_digits("85.000.000"), parse_digits("2,96"), parse_digits("1,500,000")
    (Decimal('85000000'), Decimal('2.96'), Decimal('1500000'))
    >>> parse_digits("5.120"), parse_digits("2.5"), parse_digits("1 500 000")
    (Decimal('5120'), Decimal('2.5'), Decimal('1500000'))
    """
    text = text.replace(" ", "")
    if text.count(",") >= 2 or ("," in text and "." in text and text.index(",") < text.index(".")):
        return Decimal(text.replace(",", ""))
    if "." in text:
        whole, _, frac = text.rpartition(".")
        if len(frac) == 3 or "," in text:
            return Decimal(text.replace(".", "").replace(",", "."))
        return Decimal(whole.replace(".", "") + "." + frac)
    return Decimal(text.replace(",", "."))


def parse_words(text: str) -> int | None:
    """Value of a number below a thousand written in words, or None.

    >>> parse_words("hai mươi lăm"), parse_words("năm trăm"), parse_words("một trăm linh năm")
    (25, 500, 105)
    """
    value, last = 0, 0
    for word in text.casefold().split():
        if word in nw.DIGITS:
            last = nw.DIGITS[word]
        elif word == nw.TEN:
            value += 10
        elif word == nw.TENS:
            value, last = value + last * 10, 0
        elif word == nw.HUNDRED:
            value, last = value + last * 100, 0
        elif word not in nw.ZERO_TENS:
            return None
    return value + last


def parse_number(text: str) -> Decimal | None:
    """Digits or words, whichever the text is.

    >>> parse_number("18,799"), parse_number("mười lăm")
    (Decimal('18.799'), Decimal('15'))
    """
    if text[:1].isdigit():
        return parse_digits(text)
    words = parse_words(text)
    return None if words is None else Decimal(words)


def scale_value(words: str) -> int:
    """Product of a run of scale words ("nghìn tỷ" = 10**12).

    >>> scale_value("nghìn tỷ"), scale_value("trăm triệu"), scale_value("")
    (1000000000000, 100000000, 1)
    """
    product = 1
    for word in words.split():
        product *= SCALES[word.casefold()]
    return product
