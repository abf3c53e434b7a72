"""Household counts: "24 hộ nghèo", "hơn 300 hộ gia đình", "1.250 lượt hộ".

Only a figure directly before "hộ" counts: "cứu hộ", "bảo hộ" and
"không còn hộ nghèo" have none, and "3 hộ chiếu" is a passport.
"""

from __future__ import annotations

import re as stdlib_re

import regex as re

from parsers.context import qualifier_before, word_before
from parsers.numerals import DIGITS_PATTERN, WORDS_PATTERN, parse_number
from parsers.patterns import alternation, lowered
from parsers.types import Households
from parsers.vocab import household_words as hw
from parsers.vocab import number_words as nw
from parsers.vocab.qualifiers import YEAR_CONTEXT

_HOUSEHOLDS = re.compile(
    rf"""
    (?<![\p{{L}}\d.,/])                                 # not inside a word or number
    (?P<num>{DIGITS_PATTERN}|{WORDS_PATTERN})\x20
    (?P<kind>
        (?:(?:{alternation(hw.COUNT_PREFIXES)})\x20)?  # lượt
        {re.escape(hw.HOUSEHOLD)}                       # hộ
        (?:\x20(?:{alternation(hw.KINDS)})(?!\p{{L}}))?  # nghèo · cận nghèo · gia đình
    )
    (?!\p{{L}})
    (?!\x20(?:{alternation(hw.NOT_HOUSEHOLD)})(?!\p{{L}}))  # hộ chiếu · hộ khẩu
    """,
    re.VERBOSE,
)
# What stands before "hộ" in every _HOUSEHOLDS match, in the lowered text: a digit or a number word, a space.
_NUMBER_BEFORE = stdlib_re.compile(
    rf"(?:\d|{alternation({w.lower() for w in (*nw.START_WORDS, *nw.DIGITS, nw.TEN, nw.TENS, nw.HUNDRED, *nw.ZERO_TENS)})})"
    rf"\x20(?:(?:{alternation({w.lower() for w in hw.COUNT_PREFIXES})})\x20)?{stdlib_re.escape(hw.HOUSEHOLD)}"
)
_SINGULAR = "một"  # "một hộ dân" is an article, not a count
# How far before its "hộ" a match of _NUMBER_BEFORE starts at most: a number word, a space, a count prefix, a space.
_NUMBER_REACH = (
    max(map(len, (*nw.START_WORDS, *nw.DIGITS, nw.TEN, nw.TENS, nw.HUNDRED, *nw.ZERO_TENS)))
    + 2
    + max(map(len, hw.COUNT_PREFIXES), default=0)
)


def _counted(low: str) -> bool:
    """_NUMBER_BEFORE.search(low), looked for only before each "hộ" (every match ends with one; few texts hold many)."""
    at = low.find(hw.HOUSEHOLD)
    while at >= 0:
        if _NUMBER_BEFORE.search(low, max(0, at - _NUMBER_REACH), at + len(hw.HOUSEHOLD)):
            return True
        at = low.find(hw.HOUSEHOLD, at + 1)
    return False


def household_marks(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where "hộ" stands, in order."""
    marks, at = [], text.find(hw.HOUSEHOLD, start, end)
    while at >= 0:
        marks.append(at)
        at = text.find(hw.HOUSEHOLD, at + 1, end)
    return marks


def may_hold_households(text: str, start: int, end: int) -> bool:
    """Might text[start:end] hold a household count? False only when find_households of it, or of any part, finds none."""
    return text.find(hw.HOUSEHOLD, start, end) >= 0


def counted_households(text: str, start: int, end: int) -> list[int] | None:
    """Offsets in text[start:end] where "hộ" (in any case) stands with a number before it, in order: a sentence with
    none holds no household count ("ủng hộ" has no number). None when lowering may hide one (patterns.lowered)."""
    low = lowered(text)
    if low is None:
        return None
    return [
        at
        for at in household_marks(low, start, end)
        if _NUMBER_BEFORE.search(low, max(0, at - _NUMBER_REACH), at + len(hw.HOUSEHOLD))
    ]


def find_households(text: str) -> list[Households]:
    """Every household count in text, in order.

    >>> [(h.text, h.value, h.kind) for h in find_households("xây 90 nhà ở cho 90 hộ nghèo")]
    [('90 hộ nghèo', 90, 'hộ nghèo')]
    >>> [(h.value, h.qualifier) for h in find_households("hơn 300 hộ gia đình")]
    [(300, 'over')]
    """
    found: list[Households] = []
    if hw.HOUSEHOLD not in text:
        return found
    low = lowered(text)
    if low is not None and not _counted(low):
        return found  # "ủng hộ", "bảo hộ": no number before it
    for match in _HOUSEHOLDS.finditer(text):
        if match["num"] == _SINGULAR or word_before(text, match.start()) in YEAR_CONTEXT:
            continue  # "năm 2020 hộ nghèo giảm" is a year
        number = parse_number(match["num"])
        if number is None or number != number.to_integral_value() or number <= 0:
            continue
        qualifier, start = qualifier_before(text, match.start())
        found.append(
            Households(
                text=text[start : match.end()],
                start=start,
                end=match.end(),
                value=int(number),
                kind=match["kind"],
                qualifier=qualifier,
            )
        )
    return found
