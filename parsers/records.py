"""The extractor's public output: one JSON-ready dict per article.

These field names are a public interface read by other tools: add
fields freely, never rename or drop one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from parsers.types import Article, Campaign, Fact, Households, Money, Place


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _place_fields(place: Place | None) -> dict[str, Any]:
    place = place or Place(level="none")
    return {
        "province": place.province,
        "district": place.district,
        "ward": place.ward,
        "province_2025": place.province_2025,
        "place_precision": place.level if place.province else None,
    }


def fact_record(fact: Fact) -> dict[str, Any]:
    fig = fact.figure
    record: dict[str, Any] = {"text": fig.text, "start": fig.start, "end": fig.end}
    if isinstance(fig, Money):
        record |= {
            "value_vnd": fig.value_vnd,
            "value": _number(fig.value),
            "currency": fig.currency,
            "qualifier": fig.qualifier,
            "rate": fig.rate,
            "range": fig.range,
        }
    elif isinstance(fig, Households):
        record |= {"value": fig.value, "kind": fig.kind, "qualifier": fig.qualifier}
    period = fact.period
    record |= {
        "year": period.year if period else None,
        "period": period.label if period else None,
        "date_precision": period.kind if period else None,
        "sentence": fact.sentence,
        "sentence_start": fact.sentence_start,
        "campaign": fact.campaign,
        "action": fact.action,
        "event_date": fact.event_date,
        "in_headline": fact.in_headline,
        "counted": fact.counted,
        "not_counted": fact.not_counted,
        "part_of": fact.part_of,
        "restates": fact.restates,
        **_place_fields(fact.place),
    }
    return record


def campaign_record(c: Campaign, year: int | None) -> dict[str, Any]:
    return {"name": c.name, "head": c.head, "text": c.text, "start": c.start, "end": c.end, "year": year}


def article_record(a: Article) -> dict[str, Any]:
    """>>> from parsers.article import extract
    >>> record = article_record(extract("Tiêu đề\\nNội dung.", "a1"))
    >>> record["id"], record["title"], record["money"]
    ('a1', 'Tiêu đề', [])
    """
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "published": a.published,
        "year": a.year,
        "year_evidence": a.year_evidence,
        "scope": a.scope,
        "event_date": a.event_date,
        "relevant": a.relevant,
        "relevance_evidence": a.relevance_evidence,
        **_place_fields(a.place),
        "body_start": a.body.start if a.body else None,
        "body_end": a.body.end if a.body else None,
        "money": [fact_record(f) for f in a.facts if f.kind == "money"],
        "households": [fact_record(f) for f in a.facts if f.kind == "households"],
        "campaigns": [campaign_record(c, a.year) for c in a.campaigns],
        "skipped_figures": [{"text": k.text, "start": k.start, "reason": k.reason} for k in a.skipped],
    }
