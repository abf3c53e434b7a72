"""Sentence boundaries, so every figure can show the sentence it came from."""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterator

import regex as re

from parsers.patterns import alternation
from parsers.vocab.abbreviations import ABBREVIATIONS

# A sentence ends at . ! ? … followed by a space and a capital or an opening quote,
# but not after "TP." or "TX.": those name a place that follows.
NOT_AN_END = rf"(?<!(?<!\p{{L}})(?:{alternation(ABBREVIATIONS)})\.)"
_BOUNDARY = re.compile(rf"(?<=[.!?…]){NOT_AN_END}[”\"»]?\x20+(?=[\p{{Lu}}“\"«\d])")

# "…trong lực sử.Mưa lũ đã làm…": pages that lost the space after a full stop (a third of one source's articles). A
# word of small letters or a date, the stop, then a capitalised word: never "TP.HCM", "85.000", "v.v." or
# "Dantri.com.vn".
# The stop is written first, the letters before it after: the engine then looks for stops only, several times faster.
_GLUED = stdlib_re.compile(r"[.!?](?<=[^\W_]{2}[.!?])(?=[^\W\d_]{2})")
_NOT_GLUED = {a.casefold() for a in ABBREVIATIONS}
_WORD_BEFORE = stdlib_re.compile(r"[^\W\d_]+$")

# What every boundary follows (a . ! ? or …, then a space, maybe after a closing quote): found fast by the
# standard engine, so that "85.000.000" and "TP.HCM" cost nothing.
_END_MARK = stdlib_re.compile(r"[.!?…](?=[”\"»]?\x20)")


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_BOUNDARY.finditer(text, start, end), tried only right after a . ! ? or …"""
    last = start
    for mark in _END_MARK.finditer(text, max(0, start - 1), end):
        at = mark.end()
        if at < last:
            continue
        found = _BOUNDARY.match(text, at, end)
        if found:
            yield found
            last = found.end()


def _glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where sentences run together at a stop with no space ("sử.Mưa", not "TP.HCM" or "tp.Hồ"), as (cut, cut)."""
    found = []
    for m in _GLUED.finditer(text, start, end):
        at = m.start()
        before, after = text[at - 2 : at], text[at + 1 : at + 3]
        if all(c.islower() or c.isdigit() for c in before) and after[0].isupper() and after[1].islower():
            word = _WORD_BEFORE.search(text, max(start, at - 12), at)
            if not (word and word[0].casefold() in _NOT_GLUED):
                found.append((at + 1, at + 1))
    return found


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] (one line or paragraph).

    >>> t = "Năm 2021 vận động 5 tỷ đồng. Đã chi 3 tỷ đồng."
    >>> [t[s:e] for s, e in sentence_spans(t, 0, len(t))]
    ['Năm 2021 vận động 5 tỷ đồng.', 'Đã chi 3 tỷ đồng.']
    >>> t = "Mưa lũ kéo dài.Ngay sau buổi quyên góp, thu được 750 triệu đồng tại TP.HCM."
    >>> [t[s:e] for s, e in sentence_spans(t, 0, len(t))]
    ['Mưa lũ kéo dài.', 'Ngay sau buổi quyên góp, thu được 750 triệu đồng tại TP.HCM.']
    """
    bounds, last = [], start
    boundary = _BOUNDARY.match
    for mark in _END_MARK.finditer(text, max(0, start - 1), end):  # _boundaries(), inlined: it runs on every marked line
        if mark.end() >= last and (found := boundary(text, mark.end(), end)) is not None:
            bounds.append(found.span())
            last = found.end()
    glued = _glued(text, start, end)
    cuts = sorted([*bounds, *glued]) if glued else bounds
    spans, pos = [], start
    for cut_start, cut_end in cuts:
        if cut_start > pos:
            spans.append((pos, cut_start))
        pos = max(pos, cut_end)
    if pos < end:
        spans.append((pos, end))
    return spans
