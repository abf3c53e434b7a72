"""What the review page reads: the queue of figures to check first, and how much of a total has been checked.

Both are SQL over the facts table (the same on DuckDB and PostgreSQL); reviews themselves are in metrics/reviews.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from metrics import aggregate, schema
from metrics.aggregate import ALL, Filters

if TYPE_CHECKING:
    from metrics.store import Store

# Beyond these one figure is unlikely: such figures are checked before the other doubtful ones.
LARGE_VND = 10**12
LARGE_HOUSEHOLDS = 100_000


def checked_frame(store: Store, filters: Filters = ALL) -> pd.DataFrame:
    """Per kind, year, action and level, of the counted figures under the filters: their total and count, and how
    much of it is reviewed (columns total, checked, facts, checked_facts). One scan serves every card of a page."""
    condition, params = aggregate.where(filters)
    amount = "CASE WHEN f.kind = 'money' THEN f.value_vnd ELSE f.value END"
    level = aggregate.level_sql()
    return store.query(
        f"""SELECT f.kind, f.year, f.action, {level} AS level, CAST(coalesce(sum({amount}), 0) AS DOUBLE PRECISION) AS total,
                   CAST(coalesce(sum({amount}) FILTER (WHERE f.review_state IS NOT NULL), 0) AS DOUBLE PRECISION) AS checked,
                   count(*) AS facts, count(*) FILTER (WHERE f.review_state IS NOT NULL) AS checked_facts
            FROM facts f WHERE {condition} AND f.counted AND (f.kind <> 'money' OR f.currency = 'VND')
            GROUP BY f.kind, f.year, f.action, {level}""",
        params,
    )


def share_of(
    frame: pd.DataFrame, years: Sequence[int] = (), actions: Sequence[str] = (), levels: Sequence[str] = ()
) -> dict[str, dict[str, float]]:
    """checked_frame's rows of these years, actions and levels (all when empty), added up per kind."""
    wanted = pd.Series(True, index=frame.index)
    for column, values in (("year", years), ("action", actions), ("level", levels)):
        if values:
            wanted &= frame[column].isin(values)
    rows = frame[wanted]
    out = {k: {"total": 0.0, "checked": 0.0, "facts": 0, "checked_facts": 0} for k in ("money", "households")}
    for kind, part in rows.groupby("kind"):
        out[str(kind)] = {"total": float(part["total"].sum()), "checked": float(part["checked"].sum()),
                          "facts": int(part["facts"].sum()), "checked_facts": int(part["checked_facts"].sum())}  # fmt: skip
    return out


def checked_share(store: Store, filters: Filters = ALL) -> dict[str, dict[str, float]]:
    """Per kind, of the counted figures under the filters: their total and count, and how much of it is reviewed."""
    return share_of(checked_frame(store, filters))


# Why a figure waits in the queue, most important first. NOTE: keep in sync with the CASE in queue_query.
QUEUE_REASONS = {
    1: "số tiền lớn được cộng vào tổng",
    2: "số không hợp lý",
    3: "có động từ vận động/hỗ trợ nhưng không được cộng",
    4: "năm hoặc tỉnh suy từ bằng chứng yếu",
    5: "chưa kiểm tra",
}


def _doubts() -> tuple[str, str]:
    """SQL conditions of an implausible figure, and of a year or place read from weak evidence.

    A year is weak when the figure has none, or has its article's year read from the publishing date (or from
    nothing) and not written in its own sentence; a figure whose year differs from its article's has its own.
    A place is weak when a local figure has no province (a national figure has none by right).
    NOTE: keep in sync with app_pages/kiem_tra.year_source, which says where the year comes from.
    """
    implausible = (f"f.not_counted IN ('implausible_value', 'implausible_year') OR (f.kind = 'money' AND f.value_vnd >= "
                   f"{LARGE_VND}) OR (f.kind = 'households' AND f.value >= {LARGE_HOUSEHOLDS})")  # fmt: skip
    article_year = "a.year_evidence IS NULL OR a.year_evidence LIKE 'published%'"
    own_year = "position(CAST(f.year AS VARCHAR) IN coalesce(f.sentence, '')) > 0"
    weak = (f"f.year IS NULL OR (f.year = a.year AND ({article_year}) AND NOT {own_year}) "
            f"OR (f.province IS NULL AND NOT {aggregate.national_sql()})")  # fmt: skip
    return implausible, weak


def queue_query(filters: Filters = ALL, limit: int = 50, doubtful_only: bool = False) -> tuple[str, list[Any]]:
    """Facts not yet reviewed, the ones to check first at the top: counted money, largest first; then figures the
    parsers were least sure of (implausible values, money raised or given but not counted, other than a rate or a
    duplicate, which are read surely; year or place from weak evidence). doubtful_only: counted figures only (a
    figure that adds nothing is not worth a reviewer's time there), implausible ones first, then those of weak
    evidence."""
    condition, params = aggregate.where(filters)
    implausible, weak = _doubts()
    if doubtful_only:
        tier = f"CASE WHEN {implausible} THEN 2 WHEN {weak} THEN 4 END"
        keep, first = "WHERE tier IS NOT NULL AND counted", "value_vnd DESC NULLS LAST"
    else:
        tier = f"""CASE WHEN f.counted AND f.kind = 'money' THEN 1 WHEN {implausible} THEN 2
                        WHEN NOT f.counted AND f.action IN ('raised', 'given')
                             AND f.not_counted NOT IN ('duplicate', 'rate') THEN 3
                        WHEN {weak} THEN 4 ELSE 5 END"""
        keep, first = "", "CASE WHEN tier = 1 THEN value_vnd END DESC NULLS LAST"
    columns = ", ".join(f"f.{c}" for c in schema.names("facts"))
    sql = f"""SELECT * FROM (SELECT {columns}, a.title, a.url, a.published, a.relevant, a.source AS article_source,
                                    a.year_evidence, a.year AS article_year, {aggregate.level_sql()} AS level, {tier} AS tier
                             FROM facts f JOIN articles a ON a.id = f.article_id
                             WHERE f.review_id IS NULL AND {condition}) q
              {keep}
              ORDER BY tier, {first}, value DESC, article_id, start_offset
              LIMIT {int(limit)}"""
    return sql, params


def queue(store: Store, filters: Filters = ALL, limit: int = 50, doubtful_only: bool = False) -> pd.DataFrame:
    frame = store.query(*queue_query(filters, limit, doubtful_only))
    return frame.assign(why=frame["tier"].map(QUEUE_REASONS))
