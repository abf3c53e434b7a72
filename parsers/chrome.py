"""Body versus page chrome in a scraped article.

Works line by line: header lines (counters, breadcrumbs, date lines)
before the title are skipped, an end marker ("Tin khác", "Xem thêm"…)
ends the body, and inside the body only prose lines give figures: a line
with no sentence end at all (fused related headlines, captions, repeated
titles) is skipped, since its figures most often belong to other articles.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from parsers.vocab.chrome_markers import END_MARKERS, HEADER_MARKERS

_SENTENCE_END = re.compile(r"[.!?…:;”\"»)]\s*$")
_INNER_BREAK = re.compile(r"[.!?…]\x20+\p{Lu}")
_FULL_STOP = re.compile(r"[.!?…][”\"»)]?\s*$")
_TITLE_WORDS = 60
_NO_LETTERS = re.compile(r"^[^\p{L}]*$")
_DATE_LINE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}(?:\x20\p{L}+){1,3}\x20\d{4}\x20\d{1,2}:\d{2}")
_HEADLINE_WORDS = 80


@dataclass(frozen=True)
class Layout:
    """Where the parts of a page are, as character offsets."""

    title: tuple[int, int] | None
    body: tuple[int, int]
    prose: tuple[tuple[int, int], ...]
    header_lines: tuple[tuple[int, int], ...]


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().casefold()


def is_end_marker(line: str) -> bool:
    """>>> is_end_marker("TIN ĐÃ ĐƯA"), is_end_marker("Tin khác về Hà Nội trong tuần qua là bài dài")
    (True, False)
    """
    key = _key(line)
    return any(key == m or (key.startswith(m) and len(key) < len(m) + 12) for m in END_MARKERS)


def is_header(line: str) -> bool:
    """Counters, breadcrumbs, bare numbers, short date lines."""
    key = _key(line)
    if not key or _NO_LETTERS.match(key):
        return True
    if any(key.startswith(m) for m in HEADER_MARKERS):
        return True
    # A short date line is a header ("14/07/2020 - 04:29 PM"); one ending a sentence is prose.
    return bool(_DATE_LINE.search(line)) and len(line.split()) <= 12 and not line.rstrip().endswith((".", "!", "?"))


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def is_sentence(line: str) -> bool:
    """A lead paragraph, not a title: ends with a full stop, holds two sentences, or is long.

    >>> is_sentence("Cán bộ Mặt trận: Phấn đấu để “Dân mến dân thương”"), is_sentence("Tuyến metro đang tăng tốc.")
    (False, True)
    """
    stripped = line.strip()
    return bool(_FULL_STOP.search(stripped) or _INNER_BREAK.search(stripped)) or len(stripped.split()) > _TITLE_WORDS


def is_prose(line: str, title: str | None) -> bool:
    """A line that reads as article sentences, not a headline or caption."""
    stripped = line.strip()
    if not stripped or _key(stripped) == _key(title or ""):
        return False
    if _SENTENCE_END.search(stripped) or _INNER_BREAK.search(stripped):
        return True
    return len(stripped.split()) > _HEADLINE_WORDS


def layout(text: str, has_title: bool = False) -> Layout:
    """Split a page into title, body and the prose lines of the body.

    has_title: the title came from metadata, so the text starts with body.
    """
    spans = line_spans(text)
    headers: list[tuple[int, int]] = []
    title: tuple[int, int] | None = None
    i = 0
    while i < len(spans) and not has_title:
        s, e = spans[i]
        if is_header(text[s:e]):
            headers.append((s, e))
            i += 1
            continue
        if is_sentence(text[s:e]):
            break  # text that starts with its lead paragraph has no title line
        title = (s, e)
        i += 1
        break
    body_start = spans[i][0] if i < len(spans) else len(text)
    body_end = len(text)
    prose = []
    title_text = text[title[0] : title[1]] if title else None
    for s, e in spans[i:]:
        line = text[s:e]
        if is_end_marker(line):
            body_end = s
            break
        if is_header(line):
            headers.append((s, e))
        elif is_prose(line, title_text):
            prose.append((s, e))
    return Layout(title, (body_start, body_end), tuple(prose), tuple(headers))
