"""Building regexes from vocabulary tables."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first so a prefix never wins.

    >>> alternation(["gần", "gần như", "tỷ"])
    'gần\\\\ như|gần|tỷ'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
