"""Filters and totals over the fact table. Pure pandas: frames in, new frames out.

What is summed: exact and approximate amounts, and the low end of a range
("từ 2 đến 3 tỷ" counts 2 tỷ, as "at least"). Never summed: per-unit
rates ("500.000 đồng/suất"), the high end of a range, and likely
duplicates (the same figure reported by another article). Totals that
include "hơn/trên" amounts or range lows are marked at_least.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd


def filter_facts(
    facts: pd.DataFrame,
    years: Sequence[int] = (),
    provinces: Sequence[str] = (),
    province_field: str = "province",
    districts: Sequence[str] = (),
    campaigns: Sequence[str] = (),
    kinds: Sequence[str] = (),
    actions: Sequence[str] = (),
) -> pd.DataFrame:
    """Rows matching every non-empty filter.

    Args:
        province_field: "province" (as named then) or "province_2025".
    Returns:
        A new frame; the input is untouched.
    """
    mask = pd.Series(True, index=facts.index)
    for column, wanted in (("year", years), (province_field, provinces), ("district", districts),
                           ("campaign", campaigns), ("kind", kinds), ("action", actions)):  # fmt: skip
        if wanted:
            mask &= facts[column].isin(list(wanted))
    return facts[mask]  # boolean indexing already gives a new frame (copy-on-write)


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


def summable(facts: pd.DataFrame) -> pd.Series:
    """Rows that may be added up into a total."""
    return ~facts["rate"].astype(bool) & (facts["range"].fillna("") != "high") & ~facts["likely_duplicate"].astype(bool)


def totals(facts: pd.DataFrame, by: Sequence[str] = ()) -> pd.DataFrame:
    """Sum of values per group, with how many facts and articles are behind it.

    Money is summed in đồng (value_vnd; other currencies are left out),
    households as counts. Call it on one kind at a time.

    >>> df = pd.DataFrame({"kind": ["money"] * 3, "year": [2021] * 3, "value_vnd": [5, 3, 2],
    ...     "value": [5.0, 3.0, 2.0], "currency": ["VND"] * 3, "qualifier": ["over", "exact", "exact"],
    ...     "rate": [False, False, True], "range": [None] * 3, "likely_duplicate": [False] * 3,
    ...     "article_id": ["a", "b", "b"]})
    >>> totals(df, ["year"]).to_dict("records")
    [{'year': 2021, 'total': 8.0, 'facts': 2, 'articles': 2, 'at_least': True, 'duplicates_left_out': 0, 'rates_left_out': 1}]
    """
    keys = list(by)
    needed = ["kind", "value", "value_vnd", "currency", "qualifier", "rate", "range", "likely_duplicate", "article_id"]
    frame = facts[list(dict.fromkeys([*needed, *keys]))]
    is_money = frame["kind"] == "money"
    frame["amount"] = frame["value_vnd"].where(is_money, frame["value"])
    frame = frame[~is_money | (frame["currency"] == "VND")]
    frame["_sum"] = summable(frame)
    frame["_over"] = frame["_sum"] & (frame["qualifier"].eq("over") | frame["range"].eq("low"))
    frame["_dup"] = frame["likely_duplicate"].astype(bool)
    frame["_rate"] = frame["rate"].astype(bool)
    frame["_amount"] = frame["amount"].where(frame["_sum"], 0).astype(float)
    frame["_article"] = frame["article_id"].where(frame["_sum"])
    if not keys:
        frame["_all"] = "all"
        keys = ["_all"]
    grouped = frame.groupby(keys, dropna=False, sort=True)
    out = grouped.agg(
        total=("_amount", "sum"),
        facts=("_sum", "sum"),
        articles=("_article", "nunique"),
        at_least=("_over", "any"),
        duplicates_left_out=("_dup", "sum"),
        rates_left_out=("_rate", "sum"),
    ).reset_index()
    out = out.drop(columns=["_all"], errors="ignore")
    return out.astype({"facts": int, "duplicates_left_out": int, "rates_left_out": int, "at_least": bool})


def by_year(facts: pd.DataFrame) -> pd.DataFrame:
    return totals(facts, ["year"])


def by_province(facts: pd.DataFrame, province_field: str = "province") -> pd.DataFrame:
    return totals(facts, [province_field]).sort_values("total", ascending=False, ignore_index=True)


def by_district(facts: pd.DataFrame, province: str, province_field: str = "province") -> pd.DataFrame:
    inside = facts[(facts[province_field] == province) & facts["district"].notna()]
    return totals(inside, ["district"]).sort_values("total", ascending=False, ignore_index=True)


def by_campaign(facts: pd.DataFrame) -> pd.DataFrame:
    named = facts[facts["campaign"].notna()]
    return totals(named, ["campaign"]).sort_values("total", ascending=False, ignore_index=True)


def by_year_province(facts: pd.DataFrame, province_field: str = "province") -> pd.DataFrame:
    return totals(facts, ["year", province_field])
