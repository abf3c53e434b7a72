"""Dates, the publishing date, and the year a figure belongs to.

The reporting year is not the publishing date: "Hội nghị tổng kết công
tác năm 2021" published in February 2022 reports 2021.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import regex as re

from parsers.patterns import alternation
from parsers.types import Period
from parsers.vocab import dates as v

_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_FULL_DATE = re.compile(rf"(?<![\d/])(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-]{_YEAR}")
_WORD_DATE = re.compile(
    rf"""(?<!\d)(?P<day>\d{{1,2}})\x20(?i:{v.MONTH})\x20
    (?P<mword>(?i:{alternation(v.MONTH_WORDS)}))\x20{_YEAR}""",
    re.VERBOSE,
)
# "/2021/08/24/" or a compact stamp "-20200918111305799" (Dân trí style).
_URL_DATE = re.compile(
    r"(?<!\d)(?P<year>20\d{2})(?:[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?!\d)|(?P<cm>[01]\d)(?P<cd>[0-3]\d))"
)
_YEAR_WORD = re.compile(rf"(?<!\p{{L}})(?i:{v.YEAR})\x20{_YEAR}")
_QUARTER = re.compile(rf"(?<!\p{{L}})(?i:{v.QUARTER})\x20(?P<q>IV|III|II|I|[1-4])(?:/|\x20(?i:{v.YEAR})\x20){_YEAR}")
_HALF = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.HALF_MONTHS)})\x20(?i:{v.MONTH})\x20
    (?P<half>{alternation(v.HALF_WORDS)})\x20(?i:{v.YEAR})(?:\x20{_YEAR})?""",
    re.VERBOSE,
)
_MONTH_YEAR = re.compile(rf"(?<!\p{{L}})(?i:{v.MONTH})\x20(?P<month>1[0-2]|0?[1-9])(?:/|\x20(?i:{v.YEAR})\x20){_YEAR}")
_REPORT_YEAR = re.compile(rf"(?i:{alternation(v.REPORT_WORDS)})[^.\n;]{{0,60}}?(?<!\p{{L}})(?i:{v.YEAR})\x20{_YEAR}")


_EVENT_DATE = re.compile(
    rf"""(?<!\p{{L}})(?i:{alternation(v.TIME_OF_DAY)})\x20       # Chiều · Sáng · Ngày
    (?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})(?:/{_YEAR})?(?![\d/])  # 24/8 · 5/10/2021""",
    re.VERBOSE,
)


def event_date(text: str, default_year: int | None) -> date | None:
    """The first event date in text ("Chiều 24/8"), its year from the text or default_year.

    >>> event_date("Chiều 24/8, Ban Thường trực tổ chức hội nghị", 2021)
    datetime.date(2021, 8, 24)
    >>> event_date("Ngày 5/10/2020, Ủy ban trao quà", 2021), event_date("Chiều 24/8", None)
    (datetime.date(2020, 10, 5), None)
    """
    for m in _EVENT_DATE.finditer(text):
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
    found = []
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
    """>>> url_date("https://x.vn/2020/07/14/tin.html")
    datetime.date(2020, 7, 14)
    """
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        found = safe_date(match["year"], match["month"] or match["cm"], match["day"] or match["cd"])
        if found:
            return found
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


_PERIOD_RULES = ((_QUARTER, _quarter), (_HALF, _half), (_MONTH_YEAR, _month), (_YEAR_WORD, _year))


def periods(text: str, default_year: int | None = None) -> list[tuple[int, int, Period]]:
    """Every period a sentence names, in order; a finer one hides the coarser it contains.

    >>> [p.label for _, _, p in periods("6 tháng đầu năm 2020 và năm 2021")]
    ['2020-H1', '2021']
    """
    found: list[tuple[int, int, Period]] = []
    for pattern, make in _PERIOD_RULES:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            period = make(m, default_year)
            if period and period.year in _PLAUSIBLE_YEARS:
                found.append((m.start(), m.end(), period))
    return sorted(found, key=lambda f: f[0])


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


def period_at(found: list[tuple[int, int, Period]], at: int | None) -> Period | None:
    """From periods(), the one nearest before offset at, else the first."""
    if not found:
        return None
    before = [p for _, end, p in found if at is not None and end <= at]
    return before[-1] if before else found[0][2]


def reporting_year(body: str, published: date | None) -> tuple[int | None, str | None]:
    """The year an article's figures belong to, and the words that say so.

    >>> reporting_year("Hội nghị tổng kết công tác năm 2021. Năm 2022 sẽ...", date(2022, 2, 7))
    (2021, 'tổng kết công tác năm 2021')
    """
    latest = published.year if published else None
    for pattern in (_REPORT_YEAR, _QUARTER, _HALF):
        for m in pattern.finditer(body):
            if m["year"] and (latest is None or int(m["year"]) <= latest):
                return int(m["year"]), m[0]
    if published:
        return published.year, f"published {published.isoformat()}"
    years = Counter(d.year for d, _, _ in find_dates(body))
    if years:
        year = years.most_common(1)[0][0]
        return year, f"dates in the text ({year})"
    words = Counter(int(m["year"]) for m in _YEAR_WORD.finditer(body))
    if words:
        year = words.most_common(1)[0][0]
        return year, f"năm {year}"
    return None, None
