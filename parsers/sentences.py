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


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] (one line or paragraph).

    >>> t = "Năm 2021 vận động 5 tỷ đồng. Đã chi 3 tỷ đồng."
    >>> [t[s:e] for s, e in sentence_spans(t, 0, len(t))]
    ['Năm 2021 vận động 5 tỷ đồng.', 'Đã chi 3 tỷ đồng.']
    """
    spans, pos = [], start
    for match in _boundaries(text, start, end):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans
