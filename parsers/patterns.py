"""Building regexes from vocabulary tables."""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterable, Iterator

import regex as re
from retrie.trie import Trie


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first so a prefix never wins.

    Written as a trie ("gần(?: như)?"): both engines try the alternatives of a flat
    alternation one after another at every position, a trie reads each character once.
    It matches what the flat alternation matches, the longest word first. Under IGNORECASE
    two words that differ in case within a common prefix could sit on two branches and the
    shorter be tried first: such words stay flat, unless they come from cased(), whose
    forms are meant for case-sensitive patterns.

    >>> alternation(["gần", "gần như", "tỷ"])
    '(?:gần(?:\\\\ như)?|tỷ)'
    >>> alternation(["Quỹ", "quỹ vì người nghèo"])
    'quỹ\\\\ vì\\\\ người\\\\ nghèo|Quỹ'
    """
    words = words if isinstance(words, Cased) else set(words)
    if not words:
        return ""
    if not isinstance(words, Cased) and _case_clash(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = Trie()
    trie.add(*words)
    return trie.pattern()


def _case_clash(words: set[str]) -> bool:
    """Does one word match the start of another only when case is ignored?"""
    for fold in (str.casefold, str.lower):
        ordered = sorted(words, key=fold)
        for i, word in enumerate(ordered):
            for longer in ordered[i + 1 :]:
                if not fold(longer).startswith(fold(word)):
                    break
                if len(longer) != len(word) and not longer.startswith(word):
                    return True
    return False


class Cased(frozenset[str]):
    """Word forms for a case-sensitive pattern (from cased())."""


def cased(words: Iterable[str]) -> Cased:
    """Each word as written, capitalised and in capitals.

    A case-sensitive alternation of these is several times faster than an
    IGNORECASE one in the regex engine, and the hot patterns run on every line.

    >>> sorted(cased(["tỉnh"]))
    ['TỈNH', 'Tỉnh', 'tỉnh']
    """
    return Cased(form for w in words for form in (w, w[:1].upper() + w[1:], w.upper()))


class Led:
    """A regex pattern that opens with one of some words, searched only where one of them stands.

    The regex engine tries a pattern at every position of a text; the standard engine finds
    a literal alternation several times faster. finditer and search give exactly the pattern's
    own matches, provided every match of the pattern starts with one of the words (a lookbehind
    before them is fine: it sees the text before the position tried).
    """

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str], ignore_case: bool = False) -> None:
        self.pattern = pattern
        self._words = stdlib_re.compile(alternation(words), stdlib_re.IGNORECASE if ignore_case else 0)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        find, match = self._words.search, self.pattern.match
        while hit := find(text, pos, end):
            found = match(text, hit.start(), end)
            if found is None:
                pos = hit.start() + 1
            else:
                yield found
                pos = max(found.end(), hit.start() + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
