"""Money amounts: "trên 5,3 tỷ đồng", "85.000.000 đồng", "10.000 USD".

A figure counts as money only when a currency word follows it, so
"1 triệu sáng kiến" and "hàng tỷ đồng" (no figure) yield nothing.
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_left
from decimal import Decimal

import regex as re

from parsers.context import qualifier_before, word_before
from parsers.numerals import (
    NUMBER_PATTERN,
    SCALE_PATTERN,
    parse_number,
    scale_value,
)
from parsers.patterns import LATIN_LETTERS, Words, alternation, cased, lowered
from parsers.types import Money
from parsers.vocab import number_words as nw
from parsers.vocab import qualifiers as q
from parsers.vocab.units import CURRENCIES, NOT_AFTER_DONG, SCALED_ONLY, SCALES

# Above this no Front report goes ("20 tỷ tỷ đồng" would read 2×10^19): not a figure.
MAX_VND = 10**15

_SCALES = rf"(?:{SCALE_PATTERN}(?:\x20{SCALE_PATTERN}){{0,3}}+)"
# Not inside a word or number; after a slash only when an amount stands before it ("…928 đồng/2,2 tỷ").
_BOUNDARY = r"(?:(?<![\p{L}\d.,/])|(?<=(?:\d|đồng|đ)\x20?/\x20?))"

# "<number> [<scale>...] [<number> <scale>...] <currency> [/<unit>...]"
_AMOUNT = re.compile(
    rf"""
    {_BOUNDARY}                                   # not inside a word or number
    (?P<amount>
        {NUMBER_PATTERN}(?:\x20?{_SCALES})?+      # 1 · 5,3 tỷ · năm trăm triệu
        (?:\x20{NUMBER_PATTERN}\x20?{_SCALES}){{0,4}}+  # compound tail: 1 tỷ 200 triệu
    )
    \x20?(?P<currency>(?i:{alternation(CURRENCIES)}))(?!\p{{L}})   # đồng · đ · VNĐ · USD, any case
    (?P<rate>(?:\x20?/\x20?(?:\d{{1,3}}\x20?)?\p{{L}}{{1,20}}+){{1,3}}+)?   # /suất · /người/năm
    """,
    re.VERBOSE,
)
# One "<number> [<scale>...]" part of an amount.
_PART = re.compile(rf"(?P<num>{NUMBER_PATTERN})\x20?(?P<scale>{_SCALES})?", re.VERBOSE)
# A bare figure sharing the next amount's unit: "2,5 và" · "từ 2 đến" · "2-".
_SHARED_UNIT = re.compile(
    rf"""
    {_BOUNDARY}
    (?P<amount>{NUMBER_PATTERN}(?:\x20?{_SCALES})?+)
    \x20?(?P<sep>{alternation(q.RANGE_SEPARATORS | q.LIST_SEPARATORS)})\x20?$
    """,
    re.VERBOSE,
)
# Achieved over target, "14.714.669.968/9,5 tỷ đồng": the first number, grouped in thousands, is đồng.
_ACHIEVED_BEFORE = re.compile(r"(?<![\p{L}\d.,/])(?P<num>\d{1,3}(?:\.\d{3}){2,4})\x20?/\x20?$")
_RANGE_GAP = re.compile(rf"\x20?(?:{alternation(q.RANGE_SEPARATORS)})\x20?$")
# The fast path: a digit right before a scale or currency word ("5,3 tỷ", "85.000 đ"), or a scale word
# after a space (number words always take one: "năm trăm triệu"); most sentences have neither. The
# standard engine with case-sensitive forms: every alternative starts with a literal, so it is cheap.
_ANY_CURRENCY = stdlib_re.compile(
    rf"\d\x20?(?:{alternation(cased([*CURRENCIES, *SCALES]))})|\x20(?:{alternation(cased(SCALES))})(?!\w)"
)
# An amount's currency word follows a digit, a scale word or a number word: its second fast path, for the
# texts the first lets through ("hàng triệu người", "5 điểm"). Read in the lowered text, where every word
# _AMOUNT finds ignoring case shows (patterns.lowered): case-sensitive, it is many times faster.
_NUMBER_ENDS = (*SCALES, *nw.START_WORDS, *nw.DIGITS, nw.TEN, nw.TENS, nw.HUNDRED, *nw.ZERO_TENS)
# The currency word is not followed by a Latin letter ("2 đội"): a subset of the letters _AMOUNT rules out.
_CURRENCY_AFTER_NUMBER = stdlib_re.compile(
    rf"(?:\d|{alternation({w.lower() for w in _NUMBER_ENDS})})\x20?(?:{alternation({w.lower() for w in CURRENCIES})})"
    rf"(?![{LATIN_LETTERS}])"
)
# The same test, line by line, from where its currency words stand (Aho-Corasick): the pattern would try every
# position of a long line. What must stand right before such a word, and how far back that reaches:
# The words from the pass Led patterns share; "đ" alone, a letter of most words, by the standard engine where no
# letter follows it.
_ONE_LETTER = {w.lower() for w in CURRENCIES if len(w) == 1}
_CURRENCY_WORDS = Words({w.lower() for w in CURRENCIES} - _ONE_LETTER)
_CURRENCY_AT = stdlib_re.compile(rf"(?:{alternation({w.lower() for w in CURRENCIES} - _ONE_LETTER)})(?![{LATIN_LETTERS}])")
_CURRENCY_LETTER = stdlib_re.compile(rf"(?:{alternation(_ONE_LETTER)})(?![{LATIN_LETTERS}])")
_NUMBER_END = stdlib_re.compile(rf"(?:\d|{alternation({w.lower() for w in _NUMBER_ENDS})})\x20?$")
_NUMBER_END_REACH = max(map(len, _NUMBER_ENDS)) + 1
# The fast path's two halves, for may_hold_money: a digit before a currency or scale word (the standard
# engine finds digits fast), and a scale word after a space (found with the words of the Led patterns).
_DIGIT_BEFORE = stdlib_re.compile(rf"\d\x20?(?:{alternation(cased([*CURRENCIES, *SCALES]))})")
_SCALE_WORDS = Words(cased(SCALES))
# The same for money_marks, run over all the prose: the regex engine is faster at it, and its \d holds every digit
# of the standard engine's, so no mark is lost.
_DIGIT_MARK = re.compile(_DIGIT_BEFORE.pattern)
_CURRENCY_CODE = {word.casefold(): code for word, code in CURRENCIES.items()}
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]")
_NEXT_WORD = re.compile(r"\x20?(\p{L}+)")
_PER_UNIT_AFTER = re.compile(rf"\x20?(?:{alternation(q.PER_UNIT_AFTER)})(?!\p{{L}})", re.IGNORECASE)
_OPENING = 24
_OPENS_PER_UNIT = re.compile(rf"^\W*(?i:{alternation(q.PER_UNIT_WORDS)})(?!\p{{L}})")
_TOTAL = re.compile(rf"(?<!\p{{L}})(?i:{alternation(q.TOTAL_WORDS)})(?!\p{{L}})")
_PER_UNIT_BEFORE = re.compile(rf"(?<!\p{{L}})(?:{alternation(q.PER_UNIT_WORDS)})(?!\p{{L}})")
# "mỗi xã, phường 300 triệu đồng": the units listed after "mỗi" run on past their commas, in lower case
_PER_UNIT_LIST = re.compile(
    rf"(?<!\p{{L}})(?:{alternation(q.PER_UNIT_WORDS)})(?:\x20\p{{Ll}}+){{1,2}}(?:,\x20\p{{Ll}}+(?:\x20\p{{Ll}}+)?){{1,3}}\x20$"
)
_PER_UNIT_LIST_REACH = 60


def find_money(text: str) -> list[Money]:
    """Every money amount in text, in order.

    >>> [(m.text, m.value_vnd, m.qualifier) for m in find_money("vận động được trên 5,3 tỷ đồng")]
    [('trên 5,3 tỷ đồng', 5300000000, 'over')]
    >>> [(m.text, m.value_vnd, m.range) for m in find_money("từ 2 đến 3 tỷ đồng")]
    [('từ 2', 2000000000, 'low'), ('3 tỷ đồng', 3000000000, 'high')]
    """
    found: list[Money] = []
    if not _ANY_CURRENCY.search(text):
        return found  # fast path: most text has no currency word at all
    low = lowered(text)
    if low is not None and not _CURRENCY_AFTER_NUMBER.search(low):
        return found
    for match in _AMOUNT.finditer(text):
        money = _read_amount(text, match)
        if money is None:
            continue
        shared = _shared_unit_figure(text, match, money)
        if shared is not None:
            found.append(shared[0])
            money = shared[1]
        achieved = _ACHIEVED_BEFORE.search(text, max(0, money.start - 24), money.start)
        if achieved and money.currency == "VND":
            value = parse_number(achieved["num"])
            if value is not None:
                found.append(Money(achieved["num"], achieved.start(), achieved.end("num"), value, "VND"))
        found.append(money)
    return _mark_ranges(text, found)


def money_marks(text: str, start: int, end: int) -> list[int]:
    """Sorted offsets in text[start:end] where a text may_hold_money holds its digit or its space before a scale."""
    marks = [m.start() for m in _DIGIT_MARK.finditer(text, start, end)]  # "5 tỷ": no digit inside another
    scales = _SCALE_WORDS.starts(text)
    marks += [at - 1 for at in scales[bisect_left(scales, start + 1) : bisect_left(scales, end)] if text[at - 1] == " "]
    return sorted(marks)


def currency_after_number(text: str, start: int = 0, end: int | None = None) -> list[int] | None:
    """Sorted offsets in text[start:end] where find_money's second fast path finds a currency word after a number
    (_CURRENCY_AFTER_NUMBER, in the lowered text): a sentence with none holds no amount (no match stands across a
    sentence's end). None when lowering may hide one (patterns.lowered).

    >>> currency_after_number("Xã có 5 đội, trao 2 triệu đồng, 3 tỷ đ."), currency_after_number("5 đội")
    ([26, 37], [])
    """
    low = lowered(text)
    if low is None:
        return None
    end = len(low) if end is None else end
    words = _CURRENCY_WORDS.starts(text)  # where a currency word stands, in any case
    found = [at for at in words[bisect_left(words, start) : bisect_left(words, end)] if _CURRENCY_AT.match(low, at)]
    found += [m.start() for m in _CURRENCY_LETTER.finditer(low, start, end)]
    return sorted({s for s in found if _NUMBER_END.search(low, max(0, s - _NUMBER_END_REACH), s)})


def may_hold_money(text: str, start: int, end: int) -> bool:
    """Might text[start:end] hold an amount? False only when find_money of it, or of any part of it, finds none.

    >>> may_hold_money("Giá lúa tăng.", 0, 13), may_hold_money("trao 5 tỷ đồng", 0, 14)
    (False, True)
    """
    if _DIGIT_BEFORE.search(text, start, end):
        return True
    scales = _SCALE_WORDS.starts(text)
    n = bisect_left(scales, start + 1)
    while n < len(scales) and scales[n] < end:
        if text[scales[n] - 1] == " ":
            return True
        n += 1
    return False


def _amount_value(amount: str) -> tuple[Decimal, bool] | None:
    """Value of "1 tỷ 200 triệu", and whether a scale word was used."""
    total, last_scale, scaled = Decimal(0), None, False
    for part in _PART.finditer(amount):
        number = parse_number(part["num"])
        if number is None:
            return None
        scale = scale_value(part["scale"] or "")
        if last_scale is not None and scale >= last_scale:
            return None  # "5 triệu 3 tỷ" is not one amount
        if part["scale"] is None and not part["num"][:1].isdigit():
            return None  # words need a scale: "năm đồng" is no figure
        total += number * scale
        last_scale, scaled = scale, scaled or part["scale"] is not None
    return _plain(total), scaled


def _plain(value: Decimal) -> Decimal:
    """5300000000.0 → 5300000000, 2.50 → 2.5: no trailing zeros to print."""
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def _read_amount(text: str, match: re.Match[str]) -> Money | None:
    currency_word = match["currency"]
    after = _NEXT_WORD.match(text, match.end("currency"))
    if currency_word.lower() in ("đồng", *SCALED_ONLY) and after and after[1].lower() in NOT_AFTER_DONG:
        return None  # "1 triệu đồng bào" counts people
    read = _amount_value(match["amount"])
    if read is None:
        return None
    value, scaled = read
    if currency_word.lower() in SCALED_ONLY and not scaled:
        return None
    if currency_word.casefold() == "đ" and not scaled and value < 1000:
        return None  # "điểm 5 đ" in legal text, not money
    qualifier, start = qualifier_before(text, match.start())
    rate = bool(match["rate"]) or _is_per_unit(text, match.start(), match.end())
    return Money(
        text=text[start : match.end()],
        start=start,
        end=match.end(),
        value=value,
        currency=_CURRENCY_CODE[currency_word.casefold()],
        qualifier=qualifier,
        rate=rate,
    )


def _is_per_unit(text: str, start: int, end: int) -> bool:
    """ "mỗi suất quà trị giá 1 triệu đồng", "500.000 đồng mỗi tháng"."""
    clause_start = max(0, start - 80)
    for brk in _CLAUSE_BREAK.finditer(text, clause_start, start):
        clause_start = brk.end()
    if _PER_UNIT_BEFORE.search(text, clause_start, start):
        return True
    listed = _PER_UNIT_LIST.search(text, max(0, start - _PER_UNIT_LIST_REACH), start)
    if listed and not _TOTAL.search(text, listed.start(), start):
        return True
    # "Mỗi tin nhắn, người gửi góp 18.000 đồng": a sentence that opens with "mỗi" speaks per unit, unless a total is named.
    # (the opening is read from a short slice: a match on the whole of a long text costs its length)
    if _OPENS_PER_UNIT.match(text[:_OPENING]) and not _TOTAL.search(text, max(0, start - 200), start):
        return True
    return bool(_PER_UNIT_AFTER.match(text, end))


def _shared_unit_figure(text: str, match: re.Match[str], money: Money) -> tuple[Money, Money] | None:
    """The bare figure before an amount that shares its unit ("2,5 và 3 tỷ đồng")."""
    if money.start != match.start():
        return None  # a qualifier stands between them
    before = _SHARED_UNIT.search(text, max(0, money.start - 40), money.start)
    if before is None or word_before(text, before.start()) in q.YEAR_CONTEXT:
        return None
    read = _amount_value(before["amount"])
    if read is None:
        return None
    value, scaled = read
    if not scaled:
        main_scale = _PART.match(match["amount"])
        value = _plain(value * (scale_value(main_scale["scale"] or "") if main_scale else 1))
    if value <= 0 or value > money.value * 1000:
        return None
    is_range = before["sep"] in q.RANGE_SEPARATORS
    if is_range and value >= money.value:
        return None  # "từ 500 đến 1 triệu" would read 500 triệu
    opener_start = before.start()
    word = word_before(text, before.start())
    if is_range and word in q.RANGE_OPENERS:
        opener_start = before.start() - len(word) - 1
    # The two ends of a range take the qualifier written before it ("khoảng 4 - 5 tỷ"), else exact.
    qualifier, qualifier_start = qualifier_before(text, opener_start) if is_range else ("exact", opener_start)
    opener_start = min(opener_start, qualifier_start)
    first = Money(
        text=text[opener_start : before.end("amount")],
        start=opener_start,
        end=before.end("amount"),
        value=value,
        currency=money.currency,
        qualifier=qualifier,
        rate=money.rate,
        range="low" if is_range else None,
    )
    if is_range:
        money = Money(**{**money.__dict__, "qualifier": qualifier, "range": "high"})
    return first, money


def _mark_ranges(text: str, found: list[Money]) -> list[Money]:
    """ "từ 500.000 đồng đến 1 triệu đồng": two full amounts joined as a range."""
    marked = list(found)
    for i in range(len(marked) - 1):
        low, high = marked[i], marked[i + 1]
        if low.range or high.range or low.currency != high.currency:
            continue
        gap = _RANGE_GAP.match(text, low.end, high.start)
        if gap and low.value < high.value:  # the gap regex ends at high.start ($ at endpos)
            marked[i] = Money(**{**low.__dict__, "range": "low"})
            marked[i + 1] = Money(**{**high.__dict__, "qualifier": low.qualifier, "range": "high"})
    return marked
