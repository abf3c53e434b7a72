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

from parsers.sentences import NOT_AN_END
from parsers.urls import slug_overlap, slug_words
from parsers.vocab.chrome_markers import CONTACT_MARKERS, END_MARKERS, HEADER_MARKERS, RELATED_MARKERS

# Last characters of a stripped line (endswith: far cheaper than a pattern searched over the whole line).
_SENTENCE_END = tuple('.!?…:;”"»)')
_INNER_BREAK = re.compile(rf"[.!?…]{NOT_AN_END}\x20+\p{{Lu}}")
_FULL_STOP, _CLOSING = tuple(".!?…"), tuple('”"»)')  # a full stop, maybe inside a closing quote
_TITLE_WORDS = 60
_NO_LETTERS = re.compile(r"^[^\p{L}]*$")
_DATE_LINE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}(?:\x20\p{L}+){1,3}\x20\d{4}\x20\d{1,2}:\d{2}")
_HEADLINE_WORDS = 80
# An excerpt cut off mid-sentence: its last line, this long and with a clause break, is a paragraph, not a caption;
# elsewhere a line with no stop needs more words and clause breaks than a caption has ("Chiếm đoạt hơn 21 tỷ đồng
# rồi bỏ trốn, Nguyễn Hồ Anh, cựu Giám đốc … về tội Lạm dụng tín nhiệm chiếm đoạt tài sản").
_CUT_WORDS = 20
_UNENDED = (35, 2)  # words, commas
_END_MARKERS = tuple(END_MARKERS)
_END_MARKER_CHARS = max(map(len, END_MARKERS)) + 16
# A crawler's stamp before the first line: " date 2021-01 Sau gần nửa tháng…" (not part of the title).
STAMP = re.compile(r"^\s*date\x20(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?\x20")
_SLUG_MATCH = 0.6  # share of a line's words found in the address's slug: that line is the headline
_LABEL_WORDS = 3  # "Tin địa phương", "TIN HOẠT ĐỘNG": section labels, not headlines
_TITLE_SEARCH = 8  # lines looked at for the headline before the first paragraph


@dataclass(frozen=True)
class Layout:
    """Where the parts of a page are, as character offsets."""

    title: tuple[int, int] | None
    body: tuple[int, int]
    prose: tuple[tuple[int, int], ...]
    header_lines: tuple[tuple[int, int], ...]
    stamp: tuple[int, int] | None = None
    lines: tuple[tuple[int, int], ...] = ()  # every line (line_spans), so that callers split the page once


def _key(line: str) -> str:
    return _core(line).casefold()


def _core(line: str) -> str:
    """The line compared with markers and titles, before case folding: stripped, without a final colon."""
    return line.strip().rstrip(":").strip()


_HEADER_CHARS = max(map(len, HEADER_MARKERS))
# The one character that case folds to a letter without being one (tests/test_speed.py checks it).
_FOLDS_TO_LETTER = "\u0345"


def is_end_marker(line: str) -> bool:
    """>>> is_end_marker("TIN ĐÃ ĐƯA"), is_end_marker("Tin khác về Hà Nội trong tuần qua là bài dài")
    (True, False)
    """
    if len(line) > _END_MARKER_CHARS:
        return False  # a marker line is short: long lines are prose, checked in one comparison
    key = _key(line)
    if not key.startswith(_END_MARKERS):
        return False  # one C call rules out most lines
    return any(key == m or (key.startswith(m) and len(key) < len(m) + 12) for m in END_MARKERS)


def is_header(line: str) -> bool:
    """Counters, breadcrumbs, bare numbers, short date lines."""
    return _is_header(line, _core(line))


def _is_header(line: str, core: str) -> bool:
    """is_header(line); core: _core(line). Case folds at most the start of a line: folding keeps letters letters
    and never shortens a text, and folding a text's start gives the start of the folded text."""
    if not core or _NO_LETTERS.match(core) and _FOLDS_TO_LETTER not in core:
        return True
    if core[:_HEADER_CHARS].casefold().startswith(HEADER_MARKERS):
        return True
    # A short date line is a header ("14/07/2020 - 04:29 PM"); one ending a sentence is prose.
    return not line.rstrip().endswith((".", "!", "?")) and len(line.split(maxsplit=12)) <= 12 and bool(_DATE_LINE.search(line))


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded; a crawler's stamp is not part of the first line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    stamp = STAMP.match(text)
    if stamp and spans and stamp.end() <= spans[0][1]:
        spans[0] = (stamp.end(), spans[0][1])
    return spans


def _headline_like(line: str) -> bool:
    """Not a section label, a contact line, a related headline or a run of one word."""
    words = line.split()
    key = _key(line)
    if len(words) <= _LABEL_WORDS or len(set(w.casefold() for w in words)) <= len(words) // 2:
        return False
    return not any(m in key for m in CONTACT_MARKERS) and not any(key.startswith(m) for m in RELATED_MARKERS)


def is_sentence(line: str) -> bool:
    """A lead paragraph, not a title: ends with a full stop, holds two sentences, or is long.

    >>> is_sentence("Cán bộ Mặt trận: Phấn đấu để “Dân mến dân thương”"), is_sentence("Tuyến metro đang tăng tốc.")
    (False, True)
    """
    stripped = line.strip()
    full_stop = stripped.endswith(_FULL_STOP) or stripped.endswith(_CLOSING) and stripped.endswith(_FULL_STOP, 0, -1)
    return bool(full_stop or _INNER_BREAK.search(stripped)) or len(stripped.split(maxsplit=_TITLE_WORDS)) > _TITLE_WORDS


def is_prose(line: str, title: str | None) -> bool:
    """A line that reads as article sentences, not a headline or caption."""
    return _is_prose(line, _core(line), _key(title or ""))


def _is_prose(line: str, core: str, title_key: str) -> bool:
    """is_prose(line, title); core: _core(line), title_key: _key(title). A line longer than the title is not it."""
    stripped = line.strip()
    if not stripped or len(core) <= len(title_key) and core.casefold() == title_key:
        return False
    if stripped.endswith(_SENTENCE_END) or _INNER_BREAK.search(stripped):
        return True
    return len(stripped.split(maxsplit=_HEADLINE_WORDS)) > _HEADLINE_WORDS or _cut_off(stripped, *_UNENDED)


def _cut_off(line: str, words: int = _CUT_WORDS, commas: int = 1) -> bool:
    """A paragraph with no stop at its end: the last line of an excerpt cut off mid-sentence ("…, các tổ chức … với số
    tiền là hơn 945 tỷ đồng và ủng hộ trực tiế"), or a lead a source left without one; long, with clause breaks."""
    return line.count(",") >= commas and len(line.split(maxsplit=words)) > words


def _find_title(text: str, spans: list[tuple[int, int]], url: str | None) -> int | None:
    """Index of the headline among the lines before the first paragraph.

    The line whose words the address's slug repeats wins; else the first
    line that reads as a headline.
    """
    candidates = []
    for i, (s, e) in enumerate(spans[:_TITLE_SEARCH]):
        line = text[s:e]
        if is_header(line):
            continue
        if is_sentence(line):
            break
        candidates.append(i)
    if not candidates:
        return None  # the page opens with a paragraph: no address needs reading
    slug = slug_words(url)
    scored = [(slug_overlap(text[spans[i][0] : spans[i][1]], slug), -i) for i in candidates]
    if scored and max(scored)[0] >= _SLUG_MATCH:
        return -max(scored)[1]
    for i in candidates:
        if _headline_like(text[spans[i][0] : spans[i][1]]):
            return i
    return candidates[0] if candidates and not slug else None


def layout(text: str, url: str | None = None, title_line: bool = False) -> Layout:
    """Split a page into title, body and the prose lines of the body.

    url: the article's address; its slug names the headline among page lines.
    title_line: the first line is the title (given apart and put there by the caller).
    """
    spans = line_spans(text)
    stamp = STAMP.match(text)
    headers: list[tuple[int, int]] = []
    title: tuple[int, int] | None = None
    i = 0
    if title_line and spans:
        title, i = spans[0], 1
    else:
        found = _find_title(text, spans, url)
        if found is not None:
            title = spans[found]
            headers.extend(spans[:found])
            i = found + 1
        else:
            while i < len(spans) and is_header(text[spans[i][0] : spans[i][1]]):
                headers.append(spans[i])
                i += 1
    body_start = spans[i][0] if i < len(spans) else len(text)
    body_end = len(text)
    prose = []
    title_key = _key(text[title[0] : title[1]]) if title else ""
    for s, e in spans[i:]:
        line = text[s:e]
        if is_end_marker(line):
            body_end = s
            break
        core = _core(line)
        if _is_header(line, core):
            headers.append((s, e))
        elif _is_prose(line, core, title_key) or (s, e) == spans[-1] and _cut_off(line):
            prose.append((s, e))
    return Layout(title, (body_start, body_end), tuple(prose), tuple(headers), stamp.span() if stamp else None, tuple(spans))
