"""Filters and totals over the fact table, as SQL the store runs (the same on DuckDB and PostgreSQL).

What is summed: counted facts only (the `counted` field, set at ingest):
money raised or given by the Front system, each figure once. Never summed:
per-unit rates, the high end of a range, parts of a stated total, repeats,
targets, other actors' money, likely duplicates (the same figure reported by
another article). Raised and given are never added together: every total is
per action. A total's `bound` says how sure it is: "at_least" when its
inexact parts are all "hơn/trên" amounts or range lows, "under" when they are
all "gần", "about" otherwise (metrics/labels.BOUND_LABELS).

A figure's `level` is "national" (a national or central body's: it names no
province, and may hold the provinces' own figures) or "local". The dashboard
never adds the two: totals can be grouped by level, and Filters.levels picks one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from metrics import schema

FACT_COLUMNS = frozenset(schema.names("facts"))
PROVINCE_FIELDS = ("province", "province_2025")


@dataclass(frozen=True)
class Filters:
    """What the sidebar (or the command line) selects; empty means all. Hashable, so it can key a cache."""

    years: tuple[int, ...] = ()
    provinces: tuple[str, ...] = ()
    province_field: str = "province"
    districts: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    counted_only: bool = False
    reviewed_only: bool = False  # only figures a person has checked (metrics/reviews.py)
    periods: tuple[str, ...] = ()  # "2019-H1": the facts behind one bar of the dashboard's period chart
    levels: tuple[str, ...] = ()  # "national", "local" (see national_sql)

    def __post_init__(self) -> None:
        if self.province_field not in PROVINCE_FIELDS:
            raise ValueError(f"province_field must be one of {PROVINCE_FIELDS}")
        for f in fields(self):  # lists from widgets become tuples
            value = getattr(self, f.name)
            if isinstance(value, list):
                object.__setattr__(self, f.name, tuple(value))


ALL = Filters()
LEVELS = ("national", "local")


def national_sql(alias: str = "f") -> str:
    """The condition of a national figure: no province, in a national report or in a local report whose own place is
    known (the parsers give a central body's money no province, wherever it is reported). A local report of unknown
    place keeps its figures local.

    >>> national_sql("g")
    "(g.province IS NULL AND g.article_id IN (SELECT id FROM articles WHERE scope = 'national' OR province IS NOT NULL))"
    """
    return (f"({alias}.province IS NULL AND {alias}.article_id IN "
            "(SELECT id FROM articles WHERE scope = 'national' OR province IS NOT NULL))")  # fmt: skip


def level_sql(alias: str = "f") -> str:
    return f"CASE WHEN {national_sql(alias)} THEN 'national' ELSE 'local' END"


def _key(column: str, alias: str = "f") -> str:
    """A grouping key as SQL: a fact column, or the derived level."""
    return level_sql(alias) if column == "level" else f"{alias}.{column}"


def where(filters: Filters, alias: str = "f") -> tuple[str, list[Any]]:
    """A WHERE condition over facts (as `alias`) and its parameters.

    >>> where(Filters(years=(2021,), provinces=("Hà Nội", "Huế"), counted_only=True))
    ('f.year IN (?) AND f.province IN (?, ?) AND f.counted', [2021, 'Hà Nội', 'Huế'])
    >>> where(Filters())
    ('TRUE', [])
    >>> where(Filters(reviewed_only=True))
    ('f.review_state IS NOT NULL', [])
    """
    parts, params = [], []
    for column, wanted in (("year", filters.years), (filters.province_field, filters.provinces),
                           ("district", filters.districts), ("campaign", filters.campaigns),
                           ("kind", filters.kinds), ("action", filters.actions), ("period", filters.periods)):  # fmt: skip
        if wanted:
            parts.append(f"{alias}.{column} IN ({', '.join('?' * len(wanted))})")
            params += list(wanted)
    if filters.counted_only:
        parts.append(f"{alias}.counted")
    if filters.reviewed_only:
        parts.append(f"{alias}.review_state IS NOT NULL")
    if set(LEVELS) - set(filters.levels) and filters.levels:  # one level of the two
        parts.append(("" if filters.levels == ("national",) else "NOT ") + national_sql(alias))
    return " AND ".join(parts) or "TRUE", params


def _group_columns(by: Sequence[str]) -> list[str]:
    unknown = [c for c in by if c not in FACT_COLUMNS | {"level"}]
    if unknown:
        raise ValueError(f"cannot group by {unknown}")
    return list(dict.fromkeys([*by, "action"]))


def _folded(name: str) -> str:
    """A name as typed without accents: "Hà Nội" and "ha  noi" give "ha noi"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return " ".join(bare.replace("đ", "d").replace("Đ", "D").casefold().split())


def match_names(wanted: Iterable[str], known: Iterable[str]) -> tuple[list[str], list[str]]:
    """Names as stored for names as typed, exactly or without accents; and those matching none.

    Only for names a user types against a closed list (provinces, campaigns):
    the parsers never strip accents, since "năm" and "nam" differ in prose.

    >>> match_names(["Ha Noi", "Nghệ An", "Hà Tây"], ["Hà Nội", "Nghệ An", "Hà Nam"])
    (['Hà Nội', 'Nghệ An'], ['Hà Tây'])
    """
    known = [k for k in known if isinstance(k, str)]
    matched: list[str] = []
    missing: list[str] = []
    for name in wanted:
        found = [k for k in known if k == name] or [k for k in known if _folded(k) == _folded(name)]
        matched.extend(found)
        if not found:
            missing.append(name)
    return list(dict.fromkeys(matched)), missing


def totals_query(kind: str, by: Sequence[str] = (), filters: Filters = ALL) -> tuple[str, list[Any]]:
    """Sums of counted facts of one kind per group of `by` and action.

    Money is summed in đồng (value_vnd; other currencies are left out),
    households as counts. Each row: the group, action, total, facts,
    articles, bound, duplicates_left_out, rates_left_out. A group with
    nothing counted is left out. `by` may hold "level" beside fact columns.
    """
    keys = _group_columns(by)
    condition, params = _kind_condition(kind, filters)
    amount = "f.value_vnd" if kind == "money" else "f.value"
    group = ", ".join(keys)
    inner = ", ".join(f"{_key(k)} AS {k}" for k in dict.fromkeys([*keys, "article_id"]))
    flags = {"over": "f.qualifier = 'over' OR f.range = 'low'", "under": "f.qualifier = 'under'",
             "about": "f.qualifier = 'about'"}  # fmt: skip
    # Two steps (per group and article, then per group): hash aggregations both, where count(DISTINCT) sorts.
    sql = f"""SELECT {group}, CAST(sum(total) AS DOUBLE PRECISION) AS total, sum(facts) AS facts,
        count(*) FILTER (WHERE facts > 0) AS articles,
        CASE WHEN bool_or(about) OR (bool_or(over) AND bool_or(under)) THEN 'about' WHEN bool_or(over) THEN 'at_least'
             WHEN bool_or(under) THEN 'under' ELSE 'exact' END AS bound,
        sum(duplicates) AS duplicates_left_out, sum(rates) AS rates_left_out
        FROM (SELECT {inner},
                     sum({amount}) FILTER (WHERE f.counted) AS total, count(*) FILTER (WHERE f.counted) AS facts,
                     {", ".join(f"bool_or({c}) FILTER (WHERE f.counted) AS {name}" for name, c in flags.items())},
                     count(*) FILTER (WHERE f.not_counted = 'duplicate') AS duplicates,
                     count(*) FILTER (WHERE f.not_counted = 'rate') AS rates
              FROM facts f WHERE {condition} GROUP BY {", ".join(_key(k) for k in keys)}, f.article_id) per_article
        GROUP BY {group} HAVING sum(facts) > 0 ORDER BY {group}"""
    return sql, params


def _kind_condition(kind: str, filters: Filters) -> tuple[str, list[Any]]:
    if kind not in ("money", "households"):
        raise ValueError(f"unknown kind {kind!r}")
    condition, params = where(Filters(**{**_as_dict(filters), "kinds": (kind,), "counted_only": False}))
    return condition + (" AND f.currency = 'VND'" if kind == "money" else ""), params


def articles_query(kind: str, by: Sequence[str] = (), filters: Filters = ALL) -> tuple[str, list[Any]]:
    """How many articles are behind the counted facts of each group, whatever their action."""
    condition, params = _kind_condition(kind, filters)
    keys = [k for k in _group_columns(by) if k != "action"]
    inner = ", ".join([*(f"{_key(k)} AS {k}" for k in keys), "f.article_id"])
    group = ", ".join(keys)
    sql = f"""SELECT {group + ", " if keys else ""}count(*) AS articles
        FROM (SELECT DISTINCT {inner} FROM facts f WHERE {condition} AND f.counted) per_article
        {"GROUP BY " + group if keys else ""}"""
    return sql, params


def facts_query(filters: Filters = ALL, limit: int | None = None, details: bool = False) -> tuple[str, list[Any]]:
    """Facts with their article's fields, in article order; details adds the sentence, title and link."""
    condition, params = where(filters)
    columns = [f"f.{c}" for c in schema.names("facts") if details or c != "sentence"]
    article = [
        "a.published",
        "a.relevant",
        "a.source AS article_source",
        "a.province AS article_province",
        f"{level_sql()} AS level",
    ]
    if details:
        article += ["a.title", "a.url"]
    order = "ORDER BY f.article_id, f.kind, f.start_offset"
    # The first rows are picked before the join: joining a million facts to their articles to keep 1 000 is slow.
    chosen = f"(SELECT * FROM facts f WHERE {condition} {order}{f' LIMIT {int(limit)}' if limit is not None else ''}) f"
    return f"SELECT {', '.join(columns + article)} FROM {chosen} JOIN articles a ON a.id = f.article_id {order}", params


def campaign_where(filters: Filters) -> tuple[str, list[Any]]:
    """The filters that apply to campaign mentions (years, campaign names, provinces)."""
    parts, params = [], []
    for column, wanted in (("c.year", filters.years), ("c.name", filters.campaigns),
                           (f"a.{filters.province_field}", filters.provinces)):  # fmt: skip
        if wanted:
            parts.append(f"{column} IN ({', '.join('?' * len(wanted))})")
            params += list(wanted)
    return " AND ".join(parts) or "TRUE", params


def _as_dict(filters: Filters) -> dict[str, Any]:
    return {f.name: getattr(filters, f.name) for f in fields(filters)}


def by_action(totals: pd.DataFrame, keys: Sequence[str], articles: pd.DataFrame) -> pd.DataFrame:
    """Totals per group with raised and given side by side (never added together).

    >>> t = pd.DataFrame({"province": ["A", "A", "B"], "action": ["raised", "given", "given"], "total": [5.0, 3.0, 2.0],
    ...                   "bound": ["at_least", "exact", "under"], "articles": [2, 1, 1]})
    >>> by_action(t, ["province"], pd.DataFrame({"province": ["A", "B"], "articles": [2, 1]})).to_dict("records")
    [{'province': 'A', 'raised': 5.0, 'given': 3.0, 'raised_bound': 'at_least', 'given_bound': 'exact', 'articles': 2},
     {'province': 'B', 'raised': 0.0, 'given': 2.0, 'raised_bound': 'exact', 'given_bound': 'under', 'articles': 1}]
    """
    keys = list(keys)
    columns = [*keys, "raised", "given", "raised_bound", "given_bound", "articles"]
    frame = articles.astype({k: object for k in keys})
    for action in ("raised", "given"):
        rows = totals.loc[totals["action"] == action, [*keys, "total", "bound"]].astype({k: object for k in keys})
        frame = frame.merge(rows.rename(columns={"total": action, "bound": f"{action}_bound"}), on=keys, how="left")
    frame = frame.fillna({"raised": 0.0, "given": 0.0, "raised_bound": "exact", "given_bound": "exact"})
    return frame.astype({"raised": float, "given": float})[columns]
