"""Numbers the Vietnamese way: "5,3 tỷ đồng", "85.000.000 đồng"."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from metrics.labels import BOUND_LABELS

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

_SCALES = ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu"))


def group(value: float) -> str:
    """>>> group(85000000), group(1250)
    ('85.000.000', '1.250')
    """
    return f"{round(value):,}".replace(",", ".")


def decimal(value: float, places: int = 1) -> str:
    """>>> decimal(5.3), decimal(5.0), decimal(2.96, 2)
    ('5,3', '5', '2,96')
    """
    text = f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def bounded(text: str, bound: str = "exact") -> str:
    """A total as text with the word of its bound ("ít nhất", "gần", "khoảng").

    >>> bounded("5 tỷ đồng", "at_least"), bounded("64 tỷ đồng", "under"), bounded("12 hộ")
    ('ít nhất 5 tỷ đồng', 'gần 64 tỷ đồng', '12 hộ')
    """
    word = BOUND_LABELS[bound]
    return f"{word} {text}" if word else text


def bound_of(bounds: Iterable[str]) -> str:
    """The bound of a sum of totals with these bounds: "hơn" and "gần" parts together are only "khoảng".

    >>> bound_of(["exact", "at_least", "at_least"]), bound_of(["at_least", "under"]), bound_of([])
    ('at_least', 'about', 'exact')
    """
    found = set(bounds) - {"exact"}
    return found.pop() if len(found) == 1 else ("about" if found else "exact")


def vnd(value: float | None, bound: str = "exact") -> str:
    """Short Vietnamese money text.

    >>> vnd(5_300_000_000), vnd(85_000_000), vnd(500_000), vnd(2_000_000_000, "at_least")
    ('5,3 tỷ đồng', '85 triệu đồng', '500.000 đồng', 'ít nhất 2 tỷ đồng')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    for size, word in _SCALES:
        if abs(value) >= size:
            return bounded(f"{decimal(value / size, 2 if abs(value) < 10 * size else 1)} {word} đồng", bound)
    return bounded(f"{group(value)} đồng", bound)


def exact_vnd(value: float) -> str:
    """>>> exact_vnd(5_300_000_000)
    '5.300.000.000 đồng'
    """
    return f"{group(value)} đồng"


def signed_percent(value: float) -> str:
    """A change in per cent, with its sign (the card's arrow follows it).

    >>> signed_percent(20.0), signed_percent(-32.4), signed_percent(0.2)
    ('+20%', '-32%', '+0%')
    """
    return f"{value:+.0f}%"


_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_HALVES = {"H1": "6 tháng đầu", "H2": "6 tháng cuối"}


def period_label(period: str | None) -> str:
    """A reporting period as a Vietnamese reader writes it.

    >>> [period_label(p) for p in ("2021", "2019-H1", "2023-Q3", "2021-05", None, "2019-x")]
    ['Năm 2021', '6 tháng đầu 2019', 'Quý III/2023', 'Tháng 5/2021', 'Không rõ kỳ', '2019-x']
    """
    if not period:
        return "Không rõ kỳ"
    year, _, part = period.partition("-")
    if not year.isdigit():
        return period
    if not part:
        return f"Năm {year}"
    if part in _HALVES:
        return f"{_HALVES[part]} {year}"
    if part[:1] == "Q" and part[1:] in _ROMAN:
        return f"Quý {_ROMAN[part[1:]]}/{year}"
    return f"Tháng {int(part)}/{year}" if part.isdigit() else period


def period_order(period: str | None) -> tuple[int, int, int]:
    """Sort key: by year, then by first month, the longer period first (the year before its halves).

    >>> sorted(["2020-Q2", "2020-H1", "2019-H2", "2020", "2020-01"], key=period_order)
    ['2019-H2', '2020', '2020-H1', '2020-01', '2020-Q2']
    """
    if not period or not period[:4].isdigit():
        return (9999, 99, 0)
    year, _, part = period.partition("-")
    if not part:
        return (int(year), 1, -12)
    if part in _HALVES:
        return (int(year), 1 if part == "H1" else 7, -6)
    if part[:1] == "Q" and part[1:] in _ROMAN:
        return (int(year), 3 * int(part[1:]) - 2, -3)
    return (int(year), int(part), -1) if part.isdigit() else (int(year), 99, 0)


def vn_date(iso: str | None) -> str:
    """An ISO date as dd/mm/yyyy; anything else unchanged, nothing as "".

    >>> vn_date("2020-01-16"), vn_date("2020-01-16T08:30:00"), vn_date(None)
    ('16/01/2020', '16/01/2020', '')
    """
    text = str(iso or "")
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return text


def vn_time(stored: object) -> str:
    """A store timestamp (UTC, without zone) as Vietnam's local time.

    >>> vn_time("2026-11-22 03:17:52.5"), vn_time("2026-12-31 20:00:00"), vn_time(None)
    ('22/11/2026 10:17', '01/01/2027 03:00', '—')
    """
    if not stored:
        return "—"
    moment = datetime.fromisoformat(str(stored)).replace(tzinfo=timezone.utc).astimezone(VIETNAM)
    return moment.strftime("%d/%m/%Y %H:%M")
