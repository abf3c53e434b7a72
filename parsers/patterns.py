"""Building regexes from vocabulary tables."""

from __future__ import annotations

import re as stdlib_re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import regex as re
from ahocorasick_rs import AhoCorasick, Implementation
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


# Characters the regex engine matches, ignoring case, to a letter of our vocabulary whose lower case
# differs from theirs (tests/test_speed.py checks the list against every character).
CASE_RISKY = "İıſ"


# Latin letters (Vietnamese among them), as a character class of the standard engine: "not followed by one
# of these" is a looser test than the regex engine's (?!\p{L}), so a fast path may use it.
LATIN_LETTERS = "".join(
    stdlib_re.escape(ch)
    for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)])
    if ch.isalpha() and re.match(r"\p{L}", ch)
)


def lowered(text: str) -> str | None:
    """text.lower(), in which every word found in text ignoring case shows in lower case; None if one might not.

    >>> lowered("Tết Nguyên Đán"), lowered("TİNH")
    ('tết nguyên đán', None)
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = None if any(ch in text for ch in CASE_RISKY) else text.lower()
    _last_lowered = (text, low)  # a sentence is lowered for money, then for households: once
    return low


_last_lowered: tuple[str, str | None] = ("", "")


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


_RECENT_TEXTS = 4  # an article, its title, a sentence or two: looked up in turn by the patterns of one article


class _Words:
    """Where the words of every Led pattern stand in a text: one Aho-Corasick pass per text, shared by all.

    The pass reads the lowered text (lowered), so it finds each word in any case: more places than where
    it is written as registered, never fewer, and every caller checks a place with its own pattern. A
    text that lowering may not show every word in is read as written.
    """

    def __init__(self) -> None:
        self._sets: list[frozenset[str]] = []
        self._automata: dict[bool, tuple[AhoCorasick, list[tuple[int, ...]]]] = {}  # lowered? → automaton, owners
        self._lock = threading.Lock()
        self._recent: dict[int, tuple[str, dict[int, list[int]]]] = {}  # id(text) → (text, starts)
        self._last: tuple[str, dict[int, list[int]]] = ("", {})  # the text asked for last: most calls ask again

    def register(self, words: Iterable[str]) -> int:
        self._sets.append(frozenset(w for w in words if w))
        self._automata, self._recent, self._last = {}, {}, ("", {})
        return len(self._sets) - 1

    def _automaton(self, lower: bool) -> tuple[AhoCorasick, list[tuple[int, ...]]]:
        if lower not in self._automata:
            owners: dict[str, set[int]] = {}
            for n, words in enumerate(self._sets):
                for word in words:
                    owners.setdefault(word.lower() if lower else word, set()).add(n)
            self._automata[lower] = _automaton(list(owners)), [tuple(sorted(ids)) for ids in owners.values()]
        return self._automata[lower]

    def starts(self, text: str) -> dict[int, list[int]]:
        """Word set → sorted starts of its words in text; the answers for the last few texts are kept."""
        last = self._last
        if last[0] is text:
            return last[1]
        recent = self._recent.get(id(text))
        if recent is not None and recent[0] is text:
            self._last = recent
            return recent[1]
        low = lowered(text)
        automaton, owners = self._automaton(low is not None)
        found: dict[int, list[int]] = {}
        for word, start, _ in automaton.find_matches_as_indexes(text if low is None else low, overlapping=True):
            for n in owners[word]:
                found.setdefault(n, []).append(start)
        found = {n: sorted(set(at)) for n, at in found.items()}
        with self._lock:  # the dashboard may extract in several threads
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.pop(next(iter(self._recent)))  # the oldest: one article's texts at a time
            self._recent[id(text)] = self._last = (text, found)
        return found


def _automaton(words: list[str]) -> AhoCorasick:
    """Every occurrence of the words, overlapping ones too (offsets in characters); a DFA: the fastest to run."""
    return AhoCorasick(words, implementation=Implementation.DFA)


_WORDS = _Words()


class WordSets:
    """Which of some sets of words stand in a text: one Aho-Corasick pass, for cheap tests before patterns."""

    def __init__(self, sets: dict[object, Iterable[str]]) -> None:
        owners: dict[str, list[object]] = {}
        for key, words in sets.items():
            for word in words:
                owners.setdefault(word, []).append(key)
        self._automaton = _automaton(list(owners))
        self._keys = [tuple(keys) for keys in owners.values()]

    def present(self, text: str) -> set[object]:
        return set(self.starts(text))

    def starts(self, text: str) -> dict[object, list[int]]:
        """Key → sorted offsets in text where one of its words starts, for the keys whose words stand in text."""
        found: dict[object, list[int]] = {}
        for word, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            for key in self._keys[word]:
                found.setdefault(key, []).append(start)
        return {key: sorted(set(at)) for key, at in found.items()}


class Words:
    """Where some words stand in a text, from the one pass per text that Led patterns share."""

    def __init__(self, words: Iterable[str]) -> None:
        self._set = _WORDS.register(words)

    def starts(self, text: str) -> list[int]:
        """Sorted offsets in text where one of the words starts, in any case where lowering shows every word (lowered):
        where they are written as given, and maybe more."""
        return _WORDS.starts(text).get(self._set, [])


class Led:
    """A regex pattern that opens with one of some words, tried only where one of them stands.

    The regex engine tries a pattern at every position of a text. finditer and search give exactly
    the pattern's own matches, provided every match of the pattern starts with one of the words (a
    lookbehind before them is fine: it sees the text before the position tried). Where the words
    stand is found once per text for every Led pattern (Aho-Corasick, in any case: the pattern then
    checks); words that ignore case are found by the standard engine.
    """

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str], ignore_case: bool = False) -> None:
        self.pattern = pattern
        words = list(words)
        self._folded = stdlib_re.compile(alternation(words), stdlib_re.IGNORECASE) if ignore_case else None
        self._lower = stdlib_re.compile(alternation({w.lower() for w in words})) if ignore_case else None
        self._words = None if ignore_case else Words(words)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._words is None:
            return self._finditer_folded(text, pos, end)
        starts = self._words.starts(text)
        n = bisect_left(starts, pos)
        if n == len(starts) or starts[n] >= end:
            return iter(())  # none of the words stands there: most calls, answered without a generator
        return matches_at(self.pattern, text, starts, pos, end)

    def _finditer_folded(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        assert self._folded is not None and self._lower is not None
        match = self.pattern.match
        low = lowered(text)  # where a word ignoring case stands, its lower case does: found case-sensitively
        find, where = (self._folded.search, text) if low is None else (self._lower.search, low)
        while hit := find(where, pos, end):
            found = match(text, hit.start(), end)
            pos = hit.start() + 1 if found is None else max(found.end(), hit.start() + 1)
            if found is not None:
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._words is None:
            return next(self.finditer(text, pos, endpos), None)
        end = len(text) if endpos is None else min(endpos, len(text))
        starts = self._words.starts(text)
        match = self.pattern.match
        for at in starts[bisect_left(starts, pos) : bisect_left(starts, end)]:
            found = match(text, at, end)
            if found is not None:
                return found
        return None


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, pos, end), tried only at starts (sorted): the same matches, when every match starts there."""
    end = len(text) if end is None else end
    match = pattern.match
    n = bisect_left(starts, pos)
    while n < len(starts) and starts[n] < end:
        found = match(text, starts[n], end)
        if found is None:
            n += 1
        else:
            yield found
            n = bisect_left(starts, max(found.end(), starts[n] + 1), n + 1)
