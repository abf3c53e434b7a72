"""Accuracy against gold annotations: precision, recall, F1 per field.

Gold rows follow ../shared/seeds/gold.jsonl: money (text, value_vnd,
qualifier, currency), households (text, value, kind), campaigns (name,
head), and article-level year, province, district. Figures are matched
as multisets of keys; campaigns by name, then head, case-insensitively.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Counter[Any], gold: Counter[Any]) -> None:
        hit = sum((predicted & gold).values())
        self.tp += hit
        self.fp += sum(predicted.values()) - hit
        self.fn += sum(gold.values()) - hit

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


_KEYS = {
    "money": lambda m: (m.get("value_vnd") if m.get("currency", "VND") == "VND" else m.get("value"), m.get("currency", "VND")),
    "money_qualifier": lambda m: (m.get("value_vnd"), m.get("qualifier")),
    "money_text": lambda m: m.get("text"),
    "households": lambda h: (h.get("value"), h.get("kind")),
    "campaigns": lambda c: c["name"].casefold(),
    "campaign_heads": lambda c: (c["name"].casefold(), (c.get("head") or "").casefold()),
}
_SOURCE = {"money_qualifier": "money", "money_text": "money", "campaign_heads": "campaigns"}
ARTICLE_FIELDS = ("year", "province", "district")


def score(gold: list[dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Scores of predicted records (by id) against gold rows.

    >>> g = [{"id": "a", "money": [{"value_vnd": 5, "qualifier": "over"}], "households": [], "campaigns": [], "year": 2021}]
    >>> money = [{"value_vnd": 5, "currency": "VND", "qualifier": "over"}]
    >>> p = {"a": {"money": money, "households": [], "campaigns": [], "year": 2021}}
    >>> score(g, p)["money"]["f1"], score(g, p)["year"]["accuracy"]
    (1.0, 1.0)
    """
    tallies = {name: Tally() for name in _KEYS}
    right = Counter[str]()
    wrong: list[str] = []
    for row in gold:
        pred = predicted.get(row["id"], {})
        for name, key in _KEYS.items():
            field = _SOURCE.get(name, name)
            tallies[name].add(Counter(map(key, pred.get(field, []))), Counter(map(key, row.get(field, []))))
        for field in ARTICLE_FIELDS:
            if field not in row:
                continue
            if pred.get(field) == row[field]:
                right[field] += 1
            else:
                wrong.append(f"{row['id']} {field}: expected {row[field]!r}, got {pred.get(field)!r}")
    result: dict[str, Any] = {name: t.scores() for name, t in tallies.items()}
    for field in ARTICLE_FIELDS:
        total = sum(1 for row in gold if field in row)
        result[field] = {"accuracy": round(right[field] / total, 4) if total else 1.0, "right": right[field], "of": total}
    result["errors"] = wrong
    return result
