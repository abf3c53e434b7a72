"""Dates, the publishing date, and the year a figure belongs to.

The reporting year is not the publishing date: "Hội nghị tổng kết công
tác năm 2021" published in February 2022 reports 2021.
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone

import regex as re

from parsers.patterns import WordSets, alternation, lowered, matches_at
from parsers.types import Period
from parsers.urls import host
from parsers.vocab import article_ids
from parsers.vocab import dates as v

_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year written; in every match of a pattern with _YEAR
_FULL_DATE = re.compile(rf"(?<![\d/])(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-]{_YEAR}")
_WORD_DATE = re.compile(
    rf"""(?<!\d)(?P<day>\d{{1,2}})\x20(?i:{v.MONTH})\x20
    (?P<mword>(?i:{alternation(v.MONTH_WORDS)}))\x20{_YEAR}""",
    re.VERBOSE,
)
# Dates in addresses, most precise first: "/2021/08/24/", a compact stamp "-20200918111305799"
# (Dân trí), a month folder "/2019/03/" or "/202406/", a 10-digit Unix time. "/20201/" is no date.
_URL_DATES = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>20\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?=\d{0,9}(?!\d))"),
    re.compile(r"/(?P<year>20\d{2})/(?P<month>[01]?\d)/"),
    re.compile(r"/(?P<year>20\d{2})(?P<month>[01]\d)/"),
)
_EPOCH = re.compile(r"(?<!\d)(?P<epoch>1[2-7]\d{8})(?!\d)")
_YEAR_WORD = re.compile(rf"(?<!\p{{L}})(?i:{v.YEAR})\x20{_YEAR}")
_QUARTER = re.compile(rf"(?<!\p{{L}})(?i:{v.QUARTER})\x20(?P<q>IV|III|II|I|[1-4])(?:[/.-]|\x20(?i:{v.YEAR})\x20){_YEAR}")
_HALF = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.HALF_MONTHS)})\x20(?i:{v.MONTH})\x20
    (?P<half>{alternation(v.HALF_WORDS)})\x20(?i:{v.YEAR})(?:\x20{_YEAR})?""",
    re.VERBOSE,
)
_MONTH_YEAR = re.compile(
    rf"(?<!\p{{L}})(?i:{v.MONTH})\x20(?P<month>1[0-2]|0?[1-9])(?:[/.-]|\x20(?i:{v.YEAR})\x20){_YEAR}"
)  # tháng 7-2010
_REPORT_YEAR = re.compile(rf"(?i:{alternation(v.REPORT_WORDS)})[^.\n;]{{0,60}}?(?<!\p{{L}})(?i:{v.YEAR})\x20{_YEAR}")


_EVENT_DATE = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.TIME_OF_DAY)})\x20       # Chiều · Sáng · Ngày
    (?P<day>\d{{1,2}})(?P<sep>[/-])(?P<month>\d{{1,2}})(?:(?P=sep){_YEAR})?(?![\d/-])  # 24/8 · 5/10/2021 · 9-11""",
    re.VERBOSE,
)


# Where an _EVENT_DATE may start, back from its "/" or "-": a time of day (as long in any case), a space, a day of 1 or 2 digits.
_BEFORE_SLASH = sorted({n + 1 + day for n in map(len, v.TIME_OF_DAY) for day in (1, 2)}, reverse=True)


def _event_starts(text: str) -> list[int]:
    """Sorted offsets in text where an _EVENT_DATE may start, found from the slashes and dashes (most texts have
    few)."""
    starts: set[int] = set()
    for sep in "/-":
        at = text.find(sep)
        while at >= 0:
            if text[at - 1 : at].isdigit():  # a day before it: not "đồng/suất", "Bắc - Nam"
                starts.update(at - back for back in _BEFORE_SLASH if at >= back)
            at = text.find(sep, at + 1)
    return sorted(starts)


def event_date(text: str, default_year: int | None) -> date | None:
    """The first event date in text ("Chiều 24/8", "Sáng 9-11"), its year from the text or default_year.

    >>> event_date("Chiều 24/8, Ban Thường trực tổ chức hội nghị", 2021)
    datetime.date(2021, 8, 24)
    >>> event_date("Ngày 5/10/2020, Ủy ban trao quà", 2021), event_date("Chiều 24/8", None)
    (datetime.date(2020, 10, 5), None)
    """
    for m in matches_at(_EVENT_DATE, text, _event_starts(text)):  # tried only just before a "/" or "-"
        year = m["year"] or default_year
        found = safe_date(year, m["month"], m["day"]) if year else None
        if found:
            return found
    return None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full dates written in text: "14/07/2020", "07 Tháng Hai 2022".

    >>> [d.isoformat() for d, _, _ in find_dates("Tin tức 07 Tháng Hai 2022 3:45:00 CH; 14/07/2020")]
    ['2022-02-07', '2020-07-14']
    """
    low = lowered(text)
    return _find_dates(text, in_words=low is None or v.MONTH in low)


def _find_dates(text: str, in_words: bool = True) -> list[tuple[date, int, int]]:
    """find_dates(text); in_words: False when a cheap test rules out a date in words."""
    found = []
    if in_words:
        for match in _WORD_DATE.finditer(text):
            month = v.MONTH_WORDS[match["mword"].casefold()]
            found.append((safe_date(match["year"], month, match["day"]), match.start(), match.end()))
    for match in _FULL_DATE.finditer(text):
        found.append((safe_date(match["year"], match["month"], match["day"]), match.start(), match.end()))
    return sorted(((d, s, e) for d, s, e in found if d is not None), key=lambda f: f[1])


def safe_date(year: object, month: object, day: object) -> date | None:
    try:
        return date(int(str(year)), int(str(month)), int(str(day)))
    except ValueError:
        return None


def url_date(url: str | None) -> date | None:
    """The date an address carries, if any; a month alone gives its first day.

    >>> url_date("https://x.vn/2020/07/14/tin.html"), url_date("https://x.vn/xa-hoi/202406/tin-2218634")
    (datetime.date(2020, 7, 14), datetime.date(2024, 6, 1))
    >>> url_date("http://x.dcs.vn/Trang-chu/20201/201185") is None
    True
    """
    if not url:
        return None
    for pattern in _URL_DATES:
        for match in pattern.finditer(url):
            day = match.groupdict().get("day") or 1
            found = safe_date(match["year"], match["month"], day)
            if found and found.year in _PLAUSIBLE_YEARS:
                return found
    for match in _EPOCH.finditer(url):
        return datetime.fromtimestamp(int(match["epoch"]), tz=timezone.utc).date()
    return _numbered_date(url)


_ID_DATES = [
    (site, re.compile(number), [n for n, _ in anchors], [d.toordinal() for _, d in anchors])
    for site, (number, anchors) in article_ids.ID_DATES.items()
]


def _numbered_date(url: str) -> date | None:
    """The date a site's article number stands for (vocab/article_ids), within its anchors.

    >>> _numbered_date("http://www.baomoi.com/a/c/22508590.epi"), _numbered_date("http://baomoi.com/a/c/2541492.epi")
    (datetime.date(2017, 6, 6), None)
    """
    site_host = host(url)
    for site, number, numbers, days in _ID_DATES:
        if site_host != site and not site_host.endswith("." + site):
            continue
        match = number.search(url)
        if not match:
            return None
        n = int(match["number"])
        if not numbers[0] - article_ids.BLOCK <= n <= numbers[-1] + article_ids.BLOCK:
            return None
        i = min(max(bisect_right(numbers, n), 1), len(numbers) - 1)
        (n0, n1), (d0, d1) = numbers[i - 1 : i + 1], days[i - 1 : i + 1]
        share = min(max((n - n0) / (n1 - n0), 0.0), 1.0)
        return date.fromordinal(round(d0 + share * (d1 - d0)))
    return None


_PLAUSIBLE_YEARS = range(1975, 2101)  # "năm 1964" in a sentence is history, not the period of a figure


def _quarter(m: re.Match[str], default_year: int | None) -> Period | None:
    return Period(int(m["year"]), "quarter", f"{m['year']}-Q{v.QUARTERS[m['q']]}")


def _half(m: re.Match[str], default_year: int | None) -> Period | None:
    year = int(m["year"]) if m["year"] else default_year
    return Period(year, "half", f"{year}-{v.HALF_WORDS[m['half']]}") if year else None


def _month(m: re.Match[str], default_year: int | None) -> Period | None:
    return Period(int(m["year"]), "month", f"{m['year']}-{int(m['month']):02d}")


def _year(m: re.Match[str], default_year: int | None) -> Period | None:
    return Period(int(m["year"]), "year", m["year"])


_SPAN = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.SPAN_WORDS)})\x20(?:(?i:{v.YEAR})\x20)?(?:19|20)\d{{2}}
    (?:\x20?[-–]\x20?|\x20(?i:{alternation(v.SPAN_TO)})\x20(?:(?i:{v.YEAR})\x20)?){_YEAR}""",  # 2017-2019 · 2013 đến 2016
    re.VERBOSE,
)
# "trong 18 năm (2000-2018)": the count of years, then the span in brackets.
_BRACKET_SPAN = re.compile(rf"(?<!\d)\d{{1,3}}\x20(?i:{v.YEAR})\x20?\((?:19|20)\d{{2}}\x20?[-–]\x20?{_YEAR}\)")
_SPANS = (_SPAN, _BRACKET_SPAN)
_PERIOD_RULES = (
    (_SPAN, _year),
    (_BRACKET_SPAN, _year),
    (_QUARTER, _quarter),
    (_HALF, _half),
    (_MONTH_YEAR, _month),
    (_YEAR_WORD, _year),
)
_YEARLESS_RULES = ((_HALF, _half),)  # the rules whose matches may write no year (_HAS_YEAR)
_NO_PERIOD = Period(0, "year", "")  # a span that names no period and hides those inside it


def periods(text: str, default_year: int | None = None, published: int | None = None) -> list[tuple[int, int, Period]]:
    """Every period a sentence names, in order; a finer one hides the coarser it contains.

    A Tết is its year's period once it has come by the publishing year (published): "Tết Ất Tỵ 2025, công đoàn đã
    trao …" in 2026 reports 2025, while the care for a coming Tết is money of the months before it ("Tết Canh Tý 2020"
    in December 2019), so its year is no period.

    >>> [p.label for _, _, p in periods("6 tháng đầu năm 2020 và năm 2021")]
    ['2020-H1', '2021']
    >>> [p.label for _, _, p in periods("Tết Ất Tỵ 2025, công đoàn đã trao 120 tỷ đồng", published=2026)]
    ['2025']
    >>> periods("Tết Giáp Thìn năm 2024, Hội trao 500 suất quà", published=2023)
    []
    """
    found: list[tuple[int, int, Period]] = []  # kept sorted and non-overlapping
    written = bool(_HAS_YEAR.search(text))
    if written and published and any(word in (lowered(text) or text.casefold()) for word in _TET_WORDS):
        for m in _TET.finditer(text):
            # a coming Tết is claimed all the same, so that its "năm 2024" is no period either
            period = Period(int(m["year"]), "year", m["year"]) if int(m["year"]) <= published else _NO_PERIOD
            insort(found, (m.start(), m.end(), period), key=lambda f: f[0])
    for pattern, make in _PERIOD_RULES if written else _YEARLESS_RULES:
        for m in pattern.finditer(text):
            if _overlaps(found, m.start(), m.end()) or _excluded(text, m.start()):
                continue
            made = make(m, default_year)
            if made and made.year in _PLAUSIBLE_YEARS:
                insort(found, (m.start(), m.end(), made), key=lambda f: f[0])
    return [f for f in found if f[2] is not _NO_PERIOD]


def _overlaps(found: list[tuple[int, int, Period]], start: int, end: int) -> bool:
    """Does [start, end) overlap a span of found (sorted, disjoint)? Two neighbours tell."""
    n = bisect_left(found, start, key=lambda f: f[0])
    return (n < len(found) and found[n][0] < end) or (n > 0 and found[n - 1][1] > start)


def period_in(text: str, default_year: int | None = None, at: int | None = None) -> Period | None:
    """The period of a figure at offset at: the nearest one named before it, else the first.

    >>> period_in("quý III/2023"), period_in("6 tháng đầu năm 2020")
    (Period(year=2023, kind='quarter', label='2023-Q3'), Period(year=2020, kind='half', label='2020-H1'))
    >>> period_in("vào tháng 5 năm 2021"), period_in("năm 2021")
    (Period(year=2021, kind='month', label='2021-05'), Period(year=2021, kind='year', label='2021'))
    >>> period_in("Năm 2025 đạt 14.500 tỷ đồng, năm 2030 là 18.200 tỷ đồng", at=45).label
    '2030'
    """
    return period_at(periods(text, default_year), at)


def paragraph_period(text: str, line_start: int) -> Period | None:
    """The year a paragraph opens with ("Năm 2022, Ban Vận động …"): its sentences' figures belong to it.

    >>> paragraph_period("Năm 2022, Ban Vận động phối hợp. Kết quả, năm qua, trao 100 tỷ đồng.", 0).label
    '2022'
    >>> paragraph_period("Ngày 5/6, Hội trao quà năm 2022.", 0) is None
    True
    """
    m = _PARAGRAPH_YEAR.match(text, line_start)
    return Period(int(m["year"]), "year", m["year"]) if m and int(m["year"]) in _PLAUSIBLE_YEARS else None


def period_at(found: list[tuple[int, int, Period]], at: int | None) -> Period | None:
    """From periods(), the one nearest before offset at, else the first."""
    if not found:
        return None
    if at is None:
        return found[0][2]
    # Periods are in order and do not overlap, so their ends are sorted too.
    n = bisect_right(found, at, key=lambda f: f[1])
    return found[n - 1][2] if n else found[0][2]


_TET = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.TET)})
    (?:\x20(?i:{alternation(v.CAN)})\x20(?i:{alternation(v.CHI)})|(?:\x20\p{{Ll}}+){{1,3}})?   # Canh Tý · sum vầy
    (?:\x20\(?(?i:{v.YEAR}))?\x20{_YEAR}""",
    re.VERBOSE,
)
# The standard engine: this runs over every body, and almost none names a lunar year.
_LUNAR = stdlib_re.compile(
    rf"(?<!\w)(?:{alternation(v.TET)})\x20(?P<can>{alternation(v.CAN)})\x20(?P<chi>{alternation(v.CHI)})(?!\w)"
    rf"(?!\x20\(?(?:{v.YEAR}\x20)?\d)",  # "Tết Canh Tý 2020" is read by _TET
    stdlib_re.IGNORECASE,
)
_PLAN = re.compile(rf"^,?\x20(?i:{alternation(v.PLAN_AFTER)})")
_PLAN_SENTENCE = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.PLAN_SENTENCE)})(?!\p{{L}})")
_SENTENCE_END = stdlib_re.compile(r"\. |\n")
_OPENER_YEAR = re.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.PERIOD_OPENERS)})(?:[^.\n;]{{0,50}}?(?<!\p{{L}})(?i:{v.YEAR}))?\x20{_YEAR}"
)
_CONGRESS = re.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.CONGRESS)})(?!\p{{L}})[^\n;]{{0,120}}?(?i:{v.TERM})\x20{_YEAR}\x20?[-–]\x20?(?:19|20)\d{{2}}"
)
_AHEAD = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.CONGRESS_AHEAD)})(?!\p{{L}})")
_AHEAD_REACH = 40  # "chào mừng " before the congress, "sẽ diễn ra" after its term
_LEAD_YEAR = re.compile(rf"(?:^|[.!?]\x20|\n)(?i:{v.YEAR})\x20{_YEAR}\x20?,")  # "Năm 2022, Quỹ…"
_PARAGRAPH_YEAR = re.compile(rf"\W*(?:(?i:{alternation(v.PARAGRAPH_YEAR_OPENERS)})\x20)?(?i:{v.YEAR})\x20{_YEAR}\x20?,")
_DOCUMENT = re.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.DOCUMENTS)})\x20(?:số\x20)?[\w/.\-]{{0,20}}\x20?(?:(?i:{v.YEAR})\x20)?/?$"
)
_FUND_OF = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.FUND_SOURCE)})[^.,;\n]{{0,30}}$")
_COUNTED_FROM = re.compile(rf"(?i:{alternation(v.NOT_A_PERIOD)})\x20(?:(?i:{v.YEAR})\x20)?$")
# "so với lúc đỉnh điểm ở quý 1-2013": the compared period, a few words after the comparison
_COMPARED = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.COMPARED)})\x20[^,;.\n]{{0,30}}$")

_TET_WEIGHT = 2.0
_ANNIVERSARY_WEIGHT = 2.0  # "kỷ niệm 87 năm Ngày truyền thống MTTQ": the year of the event reported
_ANNIVERSARY = re.compile(
    rf"""(?<!\p{{L}})(?:(?i:{alternation(v.ANNIVERSARY_WORDS)})\x20(?:lần\x20thứ\x20)?(?P<n>\d{{1,3}})\x20năm
    |(?P<n2>\d{{1,3}})\x20năm\x20(?i:{alternation(v.ANNIVERSARY_WORDS)}))
    \x20(?:(?i:ngày)\x20)?(?P<what>[^.;\n]{{0,80}})""",
    re.VERBOSE,
)
_ANNIVERSARY_BASE = {k.casefold(): y for k, y in v.ANNIVERSARIES.items()}
_KNOWN_DAY = re.compile(rf"(?i:{alternation(v.ANNIVERSARIES)})(?!\p{{L}})")
_NEXT_COUNT = re.compile(r"\x20và\x20|\d+\x20năm(?!\p{L})")
_BASE_YEAR = re.compile(r"(?<!\d)(?P<year>1[89]\d\d|20[0-2]\d)(?!\d)")
_FOUNDED = re.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.FOUNDED)})(?!\p{{L}})[^.\n]{{0,60}}?(?<!\d)(?P<year>1[89]\d\d|20[0-2]\d)(?!\d)"
)
# What each kind of evidence weighs in the vote for the reporting year.
_WEIGHTS = (
    (_REPORT_YEAR, 3.0),
    (_QUARTER, 3.0),
    (_HALF, 3.0),
    (_SPAN, 2.0),
    (_BRACKET_SPAN, 2.0),
    (_OPENER_YEAR, 2.0),
    (_CONGRESS, 2.0),
    (_LEAD_YEAR, 2.0),
    (_TET, _TET_WEIGHT),
    (_MONTH_YEAR, 1.5),
    (_YEAR_WORD, 0.5),
)
# Words one of which every match of a pattern opens with, ignoring case: the pattern is tried only where one
# stands in the lowered text (patterns.lowered, matches_at). tests/test_fast_paths.py checks each against its pattern.
_NEEDS_WORDS = {
    pattern: {w.lower() for w in words}
    for pattern, words in (
        (_REPORT_YEAR, v.REPORT_WORDS),
        (_OPENER_YEAR, v.PERIOD_OPENERS),
        (_TET, v.TET),
        (_HALF, [f"{h} {v.MONTH}" for h in v.HALF_MONTHS]),
        (_SPAN, v.SPAN_WORDS),
        (_CONGRESS, v.CONGRESS),
    )
}
_WORD_SETS = WordSets(_NEEDS_WORDS)  # type: ignore[arg-type]
# The Tết words that hold no other ("tết nguyên đán" holds "tết"): where one of these stands, _LUNAR and _TET may match.
_TET_WORDS = {w for w in _NEEDS_WORDS[_TET] if not any(other != w and other in w for other in _NEEDS_WORDS[_TET])}


_TITLE_WEIGHT = 1.5  # the headline's years weigh more than one body sentence
_PUBLISHED_WEIGHT = 2.0  # as one opener "Năm 2015, …" (history in a 2017 story: a tie goes to the later year), below one
# reporting-period phrase ("tính đến cuối năm 2019" published in 2020 reports 2019)
_DATE_WEIGHT = 1.0
_LEAD_DATE_WEIGHT, _LEAD_CHARS = 2.0, 40
_LEAD_MONTH_CHARS = 200  # the lead's "Ngày 23-9", after a dateline or a headline's line
_SCHOOL_YEAR = re.compile(rf"(?i:{alternation(v.SCHOOL_YEAR)})\x20")
_FIGURE_WEIGHT = 1.0
_EDITION_WEIGHT = 1.5  # as a month named with its year: "Mùa hè xanh 2019" is the campaign of that summer
# " 2019", " năm 2019" right after a campaign's name, not the start of a span ("Chương trình 2016-2020").
_EDITION = re.compile(rf"\x20(?:(?i:{v.YEAR})\x20)?{_YEAR}(?!\x20?[-–]\x20?\d)")
_HISTORY_YEARS, _HISTORY_WEIGHT = 10, 0.5
_REVIEW_MONTHS = 2  # "Riêng năm 2016, …" published in February 2017 reviews 2016
_SPAN_MARK = "\x00"  # a period named beside a figure is the figure's own year


def _excluded(text: str, start: int) -> bool:
    """ "sinh năm 1955", "nhiệm kỳ 2020-2025", "đến năm 2030", "từ nguồn quỹ … năm 2020": no reporting period."""
    window = max(0, start - 40)
    return bool(
        _COUNTED_FROM.search(text, window, start)
        or _FUND_OF.search(text, window, start)
        or _DOCUMENT.search(text, window, start)
        or _COMPARED.search(text, window, start)
    )


def _ahead(text: str, start: int, end: int) -> bool:
    before = max(text.rfind("\n", 0, start) + 1, start - _AHEAD_REACH)
    stop = min(x for x in (text.find("\n", end), text.find(". ", end), end + _AHEAD_REACH) if x >= 0)
    return bool(_AHEAD.search(text, before, start) or _AHEAD.search(text, end, stop))


def _school_years(votes: list[tuple[int, float, str]], lead: str) -> list[tuple[int, float, str]]:
    """A school year's span votes for its first calendar year when the lead's event falls in its autumn ("Ngày 23-9"
    with "năm học 2017-2018" is 2017), else for its end."""
    if not any(_SCHOOL_YEAR.match(said.removeprefix(_SPAN_MARK)) for _, _, said in votes):
        return votes  # most articles name no school year
    month = _EVENT_DATE.search(lead)
    if not month or int(month["month"]) < v.SCHOOL_YEAR_STARTS:
        return votes
    return [(y - 1, w, said) if _SCHOOL_YEAR.match(said.removeprefix(_SPAN_MARK)) else (y, w, said) for y, w, said in votes]


def _year_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of text that hold a year, in order."""
    spans: list[tuple[int, int]] = []
    if "20" not in text and "19" not in text:
        return spans  # every year starts so: two fast scans rule out most titles and captions
    pos = 0
    while (m := _HAS_YEAR.search(text, pos)) is not None:
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if end < 0:
            spans.append((start, len(text)))
            break
        spans.append((start, end))
        pos = end + 1
    return spans


def _word_starts(words: Iterable[str], low: str) -> list[int]:
    """Sorted offsets in low where one of the words starts."""
    found = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


def _planner(text: str, low: str | None = None) -> Callable[[int], bool]:
    """A test of whether the year at an offset is in a sentence that sets a target, before it ("phấn đấu … Tết
    năm 2024"). Sentence starts and target words are found once: searching back from each year rescanned a
    long line for every year in it."""
    low = text.lower() if low is None else low  # (patterns.lowered keeps offsets)
    if not any(word in low for word in v.PLAN_SENTENCE):
        return lambda at: False  # most texts set no target: no scan for sentence starts
    plans = [(m.start(), m.end()) for m in _PLAN_SENTENCE.finditer(text)]
    ends = [end for _, end in plans]
    stops = sorted({m.end() for m in _SENTENCE_END.finditer(text)})

    def planned(at: int) -> bool:
        i = bisect_right(stops, at) - 1
        start = stops[i] if i >= 0 else 0
        j = bisect_right(ends, at) - 1
        return j >= 0 and plans[j][0] >= start

    return planned


def _votes(text: str, weight: float, latest: int | None) -> list[tuple[int, float, str]]:
    """One vote per year written: the heaviest reading of it ("tổng kết … Tết … năm 2024" once)."""
    whole = lowered(text)
    # "Tết …" opens both _LUNAR and _TET: tried only where such a word stands
    tet = _TET_WORDS
    if whole is None:
        lunar: Iterable[stdlib_re.Match[str]] = _LUNAR.finditer(text)
    else:
        lunar = matches_at(_LUNAR, text, _word_starts(tet, whole)) if any(word in whole for word in tet) else ()
    # The coming Tết is named months before it ("Tết Đinh Dậu" in October 2016 is 2017's).
    upto = (latest or date.today().year) + 1
    votes = [(lunar_year(m["can"], m["chi"], upto), _TET_WEIGHT * weight, m[0]) for m in lunar]
    votes = [vote for vote in votes if vote[0] in _PLAUSIBLE_YEARS]
    dated = anniversaries(text) if whole is None or "niệm" in whole else []
    votes += [(year, _ANNIVERSARY_WEIGHT * weight, said) for year, _, said in dated if latest is None or year <= latest]
    # Only lines that hold a year can vote: most lines hold none, so the patterns read far less.
    lines = _year_lines(text)
    if not lines:
        return _founding_struck(votes, dated)  # most titles and captions, many bodies: no year written
    text = "\n".join(text[s:e] for s, e in lines)
    # Lowering keeps offsets (patterns.lowered) and stops at a line end: the lines' lowered are those of the whole.
    low = lowered(text) if whole is None else "\n".join(whole[s:e] for s, e in lines)
    starts = {} if low is None else _WORD_SETS.starts(low)
    best: dict[int, tuple[int, float, str]] = {}
    spans: set[int] = set()
    for pattern, w in _WEIGHTS:
        if low is None:
            found = pattern.finditer(text)
        elif pattern in _NEEDS_WORDS:
            found = matches_at(pattern, text, starts.get(pattern, []))  # each match opens with one of the words
        else:
            found = pattern.finditer(text)
        for m in found:
            if not m["year"] or _excluded(text, m.start("year") if pattern is _YEAR_WORD else m.start()):
                continue
            if pattern not in (*_SPANS, _YEAR_WORD, _CONGRESS) and _excluded(text, m.start("year")):  # (read above)
                continue  # "6 tháng đầu năm 2016, thiệt hại đã lớn hơn cả năm 2015": the compared year
            if pattern is _CONGRESS and _ahead(text, m.start(), m.end()):
                continue  # "thi đua chào mừng Đại hội … nhiệm kỳ 2024-2029": not held yet
            if pattern in _SPANS and _PLAN.match(text[m.end() : m.end() + 12]):
                continue  # "giai đoạn 2017-2020 tầm nhìn 2030": a plan
            year = int(m["year"])
            if year in _PLAUSIBLE_YEARS and (latest is None or year <= latest):
                if w * weight > best.get(m.start("year"), (0, 0.0, ""))[1]:
                    best[m.start("year")] = (year, w * weight, m[0].strip(" ,.\n"))
                    if pattern in _SPANS:
                        spans.add(m.start("year"))
    # A span's end may be a plan ("giai đoạn 2021-2026"): it is marked so that it sets no "latest" year.
    planned = _planner(text, low)
    votes += [(y, w, f"{_SPAN_MARK}{t}" if at in spans else t) for at, (y, w, t) in best.items() if not planned(at)]
    for d, s, e in _find_dates(text, in_words=low is None or v.MONTH in low):
        if d.year in _PLAUSIBLE_YEARS and (latest is None or d.year <= latest):
            votes.append((d.year, _DATE_WEIGHT * weight, text[s:e]))
    return _founding_struck(votes, dated)


def _founding_struck(votes: list[tuple[int, float, str]], dated: list[tuple[int, int, str]]) -> list[tuple[int, float, str]]:
    """The year a body or a day was founded in is history, wherever else it is written (dated: anniversaries())."""
    founded = {base for _, base, _ in dated}
    return [vote for vote in votes if vote[0] not in founded or vote[2] in {said for _, _, said in dated}]


def anniversaries(text: str) -> list[tuple[int, int, str]]:
    """(year, founding year, words) of every anniversary whose founding year is known: from the years after it
    ("(21-6-1925 - 21-6-2017)", "(1910 - 1945)": the last, unless a pair agrees with the count), from a known day
    ("Ngày truyền thống MTTQ Việt Nam"), or for a bare "ngày thành lập" from where the text says its body was founded.

    >>> anniversaries("dừng tổ chức kỷ niệm 87 năm ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11.")
    [(2017, 1930, 'kỷ niệm 87 năm ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11')]
    >>> anniversaries("Cty thành lập ngày 27/6/1977. Ngày 27/6, Cty tổ chức kỷ niệm 40 năm ngày thành lập.")[0][:2]
    (2017, 1977)
    >>> anniversaries("kỷ niệm 20 năm tái lập tỉnh và 42 năm ngày giải phóng Quảng Nam (24/3/1975)")
    []
    """
    found = []
    for m in _ANNIVERSARY.finditer(text):
        what = _NEXT_COUNT.split(m["what"], maxsplit=1)[0]  # "20 năm tái lập tỉnh và 42 năm …": the first only
        count = int(m["n"] or m["n2"])
        written = [int(y) for y in _BASE_YEAR.findall(what)]
        known = _KNOWN_DAY.match(what)
        if written:
            base = next((y for y in written if y + count in written), max(written))
        elif known:
            base = _ANNIVERSARY_BASE[known[0].casefold()]
        elif what.strip(" ,").casefold() in v.FOUNDED and (founded := _FOUNDED.search(text)):
            base = int(founded["year"])
        else:
            continue
        if base + count in _PLAUSIBLE_YEARS:
            found.append((base + count, base, m[0].strip(" ,")))
    return found


def lunar_year(can: str, chi: str, latest: int) -> int:
    """The latest year up to latest with that name in the sixty-year cycle.

    >>> lunar_year("Ất", "Mùi", 2017), lunar_year("Canh", "Tý", 2026), lunar_year("Kỷ", "Hợi", 2019)
    (2015, 2020, 2019)
    """
    can_at, chi_at = v.CAN.index(can.casefold()), v.CHI_ORDER[chi.casefold()]
    return next(
        y for y in range(latest, latest - 60, -1) if (y - v.CYCLE_START) % 10 == can_at and (y - v.CYCLE_START) % 12 == chi_at
    )


def _reviews_last_year(votes: list[tuple[int, float, str]], published: date, lead: str = "") -> bool:
    """Published in the first months, naming last year and not this one: the review of last year; unless the lead
    dates its event in those months ("… trao học bổng vào ngày 10/2": the event is this year's).

    >>> votes = [(2016, 0.5, "năm 2016")]
    >>> _reviews_last_year(votes, date(2017, 2, 5)), _reviews_last_year(votes, date(2017, 2, 5), "Hội trao quà vào ngày 10/2.")
    (True, False)
    """
    years = {y for y, _, _ in votes}
    if not (published.month <= _REVIEW_MONTHS and published.year - 1 in years and published.year not in years):
        return False
    event = event_date(lead, published.year) if lead else None
    return not (event and event.month <= _REVIEW_MONTHS + 1)


def edition_years(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, str]]:
    """The years written right after the campaign names at spans (start, end), with the words.

    >>> edition_years("Chiến dịch Mùa hè xanh 2019 ra quân", [(11, 22)]), edition_years("Chương trình 2016-2020", [(0, 12)])
    ([(2019, 'Mùa hè xanh 2019')], [])
    """
    return [(int(m["year"]), text[start : m.end()]) for start, end in spans if (m := _EDITION.match(text, end))]


def reporting_year(
    body: str,
    published: date | None,
    title: str = "",
    asides: str = "",
    figure_years: list[int] | None = None,
    editions: list[tuple[int, str]] | None = None,
) -> tuple[int | None, str | None]:
    """The year an article's figures belong to, and the words that say so.

    Evidence is weighed, then the heaviest year wins: reporting periods
    ("tổng kết công tác năm 2021", "quý III/2023", "Tết Canh Tý 2020"), years
    in the headline, dated events, then the publishing date. A year after the
    publishing date, a birth year, a term or a deadline never counts.
    asides: body lines that are not prose (captions), weighed less.
    figure_years: the periods named in the sentences that hold figures.
    editions: the years written after a campaign's name ("Mùa hè xanh 2019"), with the words (edition_years).

    >>> reporting_year("Hội nghị tổng kết công tác năm 2021. Năm 2022 sẽ...", date(2022, 2, 7))
    (2021, 'tổng kết công tác năm 2021')
    >>> reporting_year("Dịp Tết Nguyên đán Canh Tý 2020, Ủy ban trao 900 suất quà.", None)
    (2020, 'Tết Nguyên đán Canh Tý 2020')
    >>> reporting_year("Bà A, sinh năm 1955, nhận 5 triệu đồng.", date(2021, 3, 1))
    (2021, 'published 2021-03-01')
    """
    # Nothing reports a year still to come: without a publishing date, today bounds the year.
    latest = published.year if published else date.today().year
    votes = [*_votes(body, 1.0, latest), *_votes(title, _TITLE_WEIGHT, latest), *_votes(asides, 0.5, latest)]
    # "Ngày 29/6/2018, tại UBND thành phố…": the date the story opens with is its event's.
    lead = find_dates(body[:_LEAD_CHARS])
    if lead and lead[0][0].year in _PLAUSIBLE_YEARS and lead[0][0].year <= latest:
        votes.append((lead[0][0].year, _LEAD_DATE_WEIGHT, body[lead[0][1] : lead[0][2]]))
    votes = _school_years(votes, body[:_LEAD_MONTH_CHARS])
    if published and not _reviews_last_year(votes, published, body[:_LEAD_MONTH_CHARS]):
        votes.append((published.year, _PUBLISHED_WEIGHT, f"published {published.isoformat()}"))
    votes.extend((y, _FIGURE_WEIGHT, f"năm {y} của số liệu") for y in figure_years or [] if latest is None or y <= latest)
    votes.extend((y, _EDITION_WEIGHT, said) for y, said in editions or [] if y in _PLAUSIBLE_YEARS and y <= latest)
    if not votes:
        return None, None
    score: dict[int, float] = {}
    latest_said = max((y for y, _, t in votes if not t.startswith(_SPAN_MARK)), default=0)
    for year, w, said in votes:
        # "Năm 1998, nhân tưởng niệm…" in a 2018 report: a year long before the latest is history.
        if year < latest_said - _HISTORY_YEARS:
            w *= _HISTORY_WEIGHT
        # "giai đoạn 2018-2023" in a report whose other years end in 2018: a plan or a term, not the period reported.
        elif said.startswith(_SPAN_MARK) and latest_said and year > latest_said:
            w *= _HISTORY_WEIGHT
        score[year] = score.get(year, 0.0) + w
    best = max(score, key=lambda y: (score[y], y))
    evidence = max((v for v in votes if v[0] == best), key=lambda v: v[1])
    return best, evidence[2].removeprefix(_SPAN_MARK)
