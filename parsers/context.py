"""Reading the words around a figure: its qualifier and the word before it."""

from __future__ import annotations

import regex as re

from parsers.patterns import alternation
from parsers.vocab.qualifiers import COPULAS, QUALIFIERS

_QUALIFIER_BEFORE = re.compile(
    rf"""
    (?<!\p{{L}})                          # a whole word, not the tail of one
    (?P<word>(?i:{alternation(QUALIFIERS)}))  # hơn, trên, khoảng, gần như … in any case
    (?:\x20(?i:{alternation(COPULAS)}))?      # tối thiểu là
    \x20$                                 # right before the figure
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"(\p{L}+)\P{L}*$")
_WINDOW = 24


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier just before start, and where its word begins.

    >>> qualifier_before("vận động được trên 5,3 tỷ đồng", 19)
    ('over', 14)
    >>> qualifier_before("trao 85.000.000 đồng", 5)
    ('exact', 5)
    >>> qualifier_before("Gần 12 tỷ", 4), qualifier_before("tối thiểu là 200.000 đồng", 13)
    (('under', 0), ('over', 0))
    """
    window_start = max(0, start - _WINDOW)
    match = _QUALIFIER_BEFORE.search(text, window_start, start)
    if match is None:
        return "exact", start
    return QUALIFIERS[match["word"].casefold()], match.start()


def word_before(text: str, start: int) -> str:
    """The last word before start, or "".

    >>> word_before("vào năm 2021 và ", 13)
    'năm'
    """
    match = _LAST_WORD.search(text, max(0, start - _WINDOW), start)
    return match[1] if match else ""
