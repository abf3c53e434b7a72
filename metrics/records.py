"""From the extractor's public record to store rows: the one place facts are flattened.

Records from a parser that predates a field get its default: `counted` is
true for raised or given money (and supported households) that is neither a
rate nor the high end of a range, in an article about the Front; an article
is `relevant` unless the parser says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from metrics.schema import MAX_BIGINT, MAX_VALUE

COUNTED_ACTIONS = ("raised", "given")
TOO_LARGE = "số quá lớn, vượt giới hạn lưu trữ: không thể là số liệu thật"


@dataclass
class ArticleRows:
    """One article ready for the store; article_id is filled in when it is stored."""

    content_hash: str
    article: dict[str, Any]
    facts: list[dict[str, Any]] = field(default_factory=list)
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.article["id"])

    def with_id(self, article_id: str) -> ArticleRows:
        rows = (self.facts, self.campaigns, self.skipped)
        facts, campaigns, skipped = ([{**r, "article_id": article_id} for r in part] for part in rows)
        return ArticleRows(self.content_hash, {**self.article, "id": article_id}, facts, campaigns, skipped)


def counted(fact: dict[str, Any], relevant: bool = True) -> tuple[bool, str | None]:
    """Whether a fact is added into totals, and if not, the reason code.

    >>> counted({"action": "raised", "rate": False}), counted({"action": "given", "rate": True})
    ((True, None), (False, 'rate'))
    >>> counted({"action": "target"}), counted({"action": "raised", "range": "high"}), counted({"action": "given"}, False)
    ((False, 'target'), (False, 'range_high'), (False, 'not_front'))
    >>> counted({"action": "raised", "counted": False, "not_counted": "part"}), counted({"counted": True}, relevant=False)
    ((False, 'part'), (False, 'not_front'))
    """
    if "counted" in fact and not (fact["counted"] and not relevant):
        return bool(fact["counted"]), (None if fact["counted"] else fact.get("not_counted") or "other")
    if not relevant:  # an article not about the Front adds nothing, whatever its figures say
        return False, "not_front"
    if fact.get("rate"):
        return False, "rate"
    if fact.get("range") == "high":
        return False, "range_high"
    if fact.get("action") not in COUNTED_ACTIONS:
        return False, "target" if fact.get("action") == "target" else "other"
    return True, None


def duplicate_key(fact: dict[str, Any]) -> str:
    """The same figure, campaign, province and year in two articles: one report, counted once.

    NOTE: keep in sync with DUPLICATE_KEY_SQL in metrics/migrations.py.

    >>> duplicate_key({"kind": "money", "value": 5e9, "currency": "VND", "unit": "VND", "campaign": None,
    ...                "province": "Nghệ An", "year": 2021, "rate": False})
    'money|5000000000.000000|VND|VND||Nghệ An|2021|0'
    """
    value = "" if fact.get("value") is None else format(Decimal(str(fact["value"])).quantize(Decimal("0.000001")), "f")
    parts = [fact["kind"], value, fact.get("currency"), fact.get("unit"), fact.get("campaign"), fact.get("province"),
             fact.get("year"), "1" if fact.get("rate") else "0"]  # fmt: skip
    return "|".join("" if p is None else str(p) for p in parts)


def _fact(kind: str, f: dict[str, Any], relevant: bool) -> dict[str, Any]:
    is_counted, reason = counted(f, relevant)
    row = {
        "kind": kind,
        "text": f["text"],
        "value": Decimal(str(f["value"])),
        "value_vnd": f.get("value_vnd") if kind == "money" else None,
        "currency": f.get("currency"),
        "unit": f.get("kind") if kind == "households" else f.get("currency"),
        "qualifier": f.get("qualifier"),
        "rate": bool(f.get("rate")),
        "range": f.get("range"),
        "start_offset": f["start"],
        "end_offset": f["end"],
        "counted": is_counted,
        "not_counted": reason,
        "part_of": f.get("part_of"),
        "restates": f.get("restates"),
        "in_headline": bool(f.get("in_headline")),
        "likely_duplicate": False,
        "reports": 1,
        **{k: f.get(k) for k in ("year", "period", "date_precision", "campaign", "action", "province", "district",
                                 "ward", "province_2025", "place_precision", "event_date", "sentence")},
    }  # fmt: skip
    return {**row, "duplicate_key": duplicate_key(row)}


def _too_large(f: dict[str, Any]) -> bool:
    vnd = f.get("value_vnd")
    return abs(Decimal(str(f["value"]))) >= MAX_VALUE or (vnd is not None and abs(vnd) > MAX_BIGINT)


def article_rows(record: dict[str, Any], content_hash: str) -> ArticleRows:
    """The rows of one article record (parsers.records.article_record).

    A figure too large for the store is listed among the skipped figures with
    the reason, so the article and its other figures are still stored.
    """
    relevant = bool(record.get("relevant", True))
    article = {k: record.get(k) for k in ("id", "source", "url", "title", "published", "year", "year_evidence", "scope",
                                          "province", "district", "ward", "province_2025", "event_date",
                                          "relevance_evidence")}  # fmt: skip
    rows = ArticleRows(content_hash, {**article, "content_hash": content_hash, "relevant": relevant})
    for kind in ("money", "households"):
        for f in record[kind]:
            if _too_large(f):
                rows.skipped.append({"text": f["text"], "start_offset": f["start"], "reason": TOO_LARGE})
            else:
                rows.facts.append(_fact(kind, f, relevant))
    rows.campaigns = [{"name": c["name"], "head": c["head"], "text": c["text"], "year": c["year"],
                       "start_offset": c["start"], "end_offset": c["end"]} for c in record["campaigns"]]  # fmt: skip
    rows.skipped += [{"text": k["text"], "start_offset": k["start"], "reason": k["reason"]} for k in record["skipped_figures"]]
    return rows
