"""Reviewed articles as gold rows, so that a batch of corrections becomes an accuracy test (`python -m parsers score`).

The rows follow ../shared/gold/dev.jsonl (see its README): the article's text, year, province and district; money
items with `action`, `rate`, `part_of`, `restates`, `range`; households; campaigns; `counted_totals`. Each item
carries its review state and reviewer (`review`, `reviewer`: null for figures nobody checked, as the parsers read
them). A figure a reviewer left out as "not a figure of this article" (misread) is no item at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from metrics import schema

if TYPE_CHECKING:
    from metrics.store import Store

COUNT_ACTIONS = ("raised", "given")
# A reason not to count → the gold label that says it (the rest keep the item's own action and flags).
_OTHER = ("other", "not_front", "implausible_value", "implausible_year")
_RANGE = {"low": "min", "high": "max"}


def _money_item(f: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """One money fact as a gold item: its labels follow from whether it counts and why not.

    >>> a = {"year": 2021, "province": "Huế"}
    >>> f = {"text": "5 tỷ đồng", "value": Decimal(5e9), "value_vnd": 5_000_000_000, "currency": "VND", "qualifier": "exact",
    ...      "action": "raised", "rate": False, "range": None, "counted": False, "not_counted": "part", "part_of": 3,
    ...      "restates": None, "year": 2021, "province": "Huế", "review_state": "corrected", "reviewed_by": "lan"}
    >>> item = _money_item(f, a)
    >>> item["action"], item["part_of"], item["rate"], item["review"], "year" in item
    ('raised', True, False, 'corrected', False)
    """
    code = None if f["counted"] else f["not_counted"]
    item: dict[str, Any] = {"text": f["text"]}
    if f["currency"] == "VND" and f["value_vnd"] is not None:
        item["value_vnd"] = int(f["value_vnd"])
    else:
        item["value"] = _number(f["value"])
    item.update(
        qualifier=f["qualifier"] or "exact",
        currency=f["currency"] or "VND",
        action="target" if code == "target" else "other" if code in _OTHER else f["action"] or "other",
        rate=code == "rate" or (code is not None and bool(f["rate"])),
        part_of=code == "part" or (code is not None and f["part_of"] is not None),
        restates=code == "restates" or (code is not None and f["restates"] is not None),
    )
    if code == "range_high" or f["range"] in _RANGE:
        item["range"] = "max" if code == "range_high" else _RANGE[f["range"]]
    return {**item, **_own_place_and_year(f, article), "review": f["review_state"], "reviewer": f["reviewed_by"]}


def _own_place_and_year(f: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """An item's year and province, only where they differ from the article's (the gold convention)."""
    return {k: f[k] for k in ("year", "province") if f[k] is not None and f[k] != article[k]}


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def rows(store: Store, complete_only: bool = False) -> Iterator[dict[str, Any]]:
    """Gold rows of the articles with a reviewed figure (complete_only: every figure reviewed), in id order.
    Articles stored before the store kept texts have none; they are left out (re-import them to add it)."""
    facts_cols = schema.names("facts")
    art_cols = ("id", "url", "title", "text", "year", "year_evidence", "province", "district", "scope")
    have = "HAVING count(*) = count(review_state)" if complete_only else "HAVING count(review_state) > 0"
    with store.reading():
        chosen = [i for (i,) in store.rows(f"SELECT article_id FROM facts GROUP BY article_id {have} ORDER BY article_id")]
        for article_id in chosen:
            found = store.rows(f"SELECT {', '.join(art_cols)} FROM articles WHERE id = ?", [article_id])
            article = dict(zip(art_cols, found[0], strict=True))
            query = f"SELECT {', '.join(facts_cols)} FROM facts WHERE article_id = ? ORDER BY kind, start_offset"
            facts = [dict(zip(facts_cols, r, strict=True)) for r in store.rows(query, [article_id])]
            campaigns = store.rows("SELECT DISTINCT name, head FROM campaigns WHERE article_id = ? ORDER BY name", [article_id])
            yield _row(article, facts, campaigns)


def _row(article: dict[str, Any], facts: list[dict[str, Any]], campaigns: list[tuple]) -> dict[str, Any]:
    kept = [f for f in facts if f["not_counted"] != "misread"]
    money = [_money_item(f, article) for f in kept if f["kind"] == "money"]
    households = [{"text": f["text"], "value": _number(f["value"]), "kind": f["unit"], **_own_place_and_year(f, article),
                   "review": f["review_state"], "reviewer": f["reviewed_by"]}
                  for f in kept if f["kind"] == "households"]  # fmt: skip
    totals = dict.fromkeys(COUNT_ACTIONS, 0)
    for f in kept:
        if f["kind"] == "money" and f["counted"] and f["currency"] == "VND" and f["action"] in totals:
            totals[f["action"]] += int(f["value_vnd"] or 0)
    reviewers = sorted({f["reviewed_by"] for f in facts if f["reviewed_by"]})
    return {
        "id": article["id"], "url": article["url"], "text": article["text"], "year": article["year"],
        "year_evidence": article["year_evidence"], "province": article["province"], "district": article["district"],
        "scope": article["scope"], "money": money, "households": households,
        "campaigns": [{"name": n, "head": h} for n, h in campaigns], "counted_totals": totals,
        "reviewed": {"facts": len(facts), "reviewed": sum(1 for f in facts if f["review_state"]), "reviewers": reviewers},
    }  # fmt: skip
