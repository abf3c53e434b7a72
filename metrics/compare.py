"""The headline cards' change against the year before, made only where the two years can be compared.

A year's figures come from whatever the articles reported. Two years compare only over what both hold:
- the same part of the year: when the latest year's figures reach only to some day (no report of it was dated
  after the year ended), the year before counts only its figures dated up to the same day; a figure of the year
  before that cannot be placed in that part (a whole-year total reported later, a figure of no known date) is left
  out, and with nothing left there is no change to show;
- the same places: only provinces (or the national level) with figures in both years, so that one province's
  gifts are never set against another's memorial park.
A figure's date is the end of its own period (a half, a quarter, a month), else the day of its event, else its
article's event or publishing date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from metrics import aggregate
from metrics.aggregate import Filters

if TYPE_CHECKING:
    from metrics.store import Store

NATIONAL_PLACE = "(toàn quốc)"  # the place of a national figure, for matching the two years
_SUB_YEAR = ("half", "quarter", "month", "day")


@dataclass(frozen=True)
class Change:
    """A card's change against the year before, or why there is none.

    why_not: None (compared), "no_previous" (nothing the year before), "no_dates" (no date of either year is
    known), "previous_short" (the year before reaches less far), "no_same_part" (nothing of the year before is
    dated in the part compared), "no_same_places" (no place has figures in both years).
    cutoff: the last day compared when the latest year is not over (None: whole years); reach: how far the latest
    year's figures go, when known; places: how many places were compared, and whether they are all of both years';
    all_dated: False when figures of the latest year with no known day were left out of a part-year comparison.
    """

    percent: float | None
    why_not: str | None = None
    cutoff: date | None = None
    reach: date | None = None
    previous_reach: date | None = None
    places: int = 0
    all_places: bool = True
    all_dated: bool = True


def period_end(period: str | None) -> date | None:
    """The last day of a reporting period finer than a year.

    >>> period_end("2019-H1"), period_end("2023-Q3"), period_end("2020-02"), period_end("2021-08-24"), period_end("2019")
    (datetime.date(2019, 6, 30), datetime.date(2023, 9, 30), datetime.date(2020, 2, 29), datetime.date(2021, 8, 24), None)
    """
    if not period or len(period) < 6:
        return None
    year, part = int(period[:4]), period[5:]
    month = {"H1": 6, "H2": 12}.get(part) or (3 * int(part[1]) if part[:1] == "Q" else int(part[:2]))
    day = int(part[3:5]) if len(part) == 5 else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if isinstance(text, str) else None
    except ValueError:
        return None


def as_of(row: Any) -> date | None:
    """The day a figure is known to run to (see the module's docstring), or None."""
    if row.date_precision in _SUB_YEAR:
        end = period_end(row.period)
        if end:
            return end
    for text in (row.event_date, row.article_event_date, row.published):
        found = _day(text)
        if found:
            return found
    return None


def compare_query(filters: Filters, years: tuple[int, ...]) -> tuple[str, list[Any]]:
    """The counted figures of these years under the filters, with what dates and places them."""
    condition, params = aggregate.where(Filters(**{**aggregate._as_dict(filters), "years": years}))
    return (
        f"""SELECT f.kind, f.action, f.year, {aggregate.level_sql()} AS level, f.{filters.province_field} AS place,
                   CAST(CASE WHEN f.kind = 'money' THEN f.value_vnd ELSE f.value END AS DOUBLE PRECISION) AS amount,
                   f.period, f.date_precision, f.event_date, a.event_date AS article_event_date, a.published
            FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE {condition} AND f.counted AND (f.kind <> 'money' OR f.currency = 'VND')""",
        params,
    )


def dated(store: Store, filters: Filters, year: int) -> pd.DataFrame:
    """The counted figures of `year` and the year before, each with its day (`as_of`) and place key."""
    frame = store.query(*compare_query(filters, (year - 1, year)))
    days = [as_of(row) for row in frame.itertuples()]
    places = frame["place"].astype(object).where(frame["level"] != "national", NATIONAL_PLACE)
    return frame.assign(as_of=pd.Series(days, index=frame.index, dtype=object), place=places)


def reach(frame: pd.DataFrame, year: int) -> date | None:
    """How far the figures of a year are known to run: the latest day among them, None when none is dated."""
    days = [d for d in frame.loc[frame["year"] == year, "as_of"] if d is not None]
    return max(days) if days else None


def _same_day(day: date, year: int) -> date:
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def change(frame: pd.DataFrame, year: int, **card: str) -> Change:
    """The change of one card (card: kind, action, level) in `year` against the year before.

    frame: dated() of the page, every card's figures (how far a year runs is the whole page's, not one card's).
    """
    now_reach, before_reach = reach(frame, year), reach(frame, year - 1)
    mine = frame
    for column, value in card.items():
        mine = mine[mine[column] == value]
    now, before = mine[mine["year"] == year], mine[mine["year"] == year - 1]

    def none(why: str, cutoff: date | None = None) -> Change:
        return Change(None, why, cutoff, reach=now_reach, previous_reach=before_reach)

    if before.empty:
        return none("no_previous")
    if now_reach is None or before_reach is None:
        return none("no_dates")
    cutoff, all_dated = None, True
    if now_reach >= date(year, 12, 31):  # reported after the year ended: a whole year
        if before_reach < date(year - 1, 12, 31):
            return none("previous_short")
    else:
        cutoff = now_reach
        if before_reach < _same_day(cutoff, year - 1):
            return none("previous_short", cutoff)
        all_dated = bool(now["as_of"].notna().all())
        now = now[now["as_of"].notna()]
        before = before[[d is not None and d <= _same_day(cutoff, year - 1) for d in before["as_of"]]]
        if before.empty:
            return none("no_same_part", cutoff)
    now_places, before_places = set(now["place"].dropna()), set(before["place"].dropna())
    common = now_places & before_places
    if not common:
        return none("no_same_places", cutoff)
    then = float(before.loc[before["place"].isin(common), "amount"].sum())
    if not then:
        return none("no_previous", cutoff)
    total = float(now.loc[now["place"].isin(common), "amount"].sum())
    whole = common == now_places == before_places and now["place"].notna().all() and before["place"].notna().all()
    return Change((total - then) / then * 100, None, cutoff, now_reach, before_reach, len(common), bool(whole), all_dated)
