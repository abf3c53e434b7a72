"""The development set's metrics: what a manager reads, measured as ../shared/gold/score.py does.

Money and households as value multisets; campaigns by normalised name with a
fuzzy ratio of 0.85 (optional gold names neither required nor wrong); year
and province accuracy; counted F1 over (value, action) of the figures totals
add; article totals right within 0.5 %; and cells, the (year, province,
action) totals of all articles together. NOTE: keep in sync with the
reference scorer; tests/test_cli.py compares the two on the dev set.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from typing import Any

import regex as re

COUNT_ACTIONS = ("raised", "given")
_PREFIX = re.compile(r"^(thành phố|thanh pho|tỉnh|tinh|tp\.?|tp|t\.p\.?)\s*", re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”'‘’«»]")
_SEPARATORS = re.compile(r"[\s\-–—,.:;!?…]+")
_TOLERANCE = 0.005
_FUZZY = 0.85


def _place(name: str | None) -> str | None:
    s = _PREFIX.sub("", unicodedata.normalize("NFC", name or "").strip().casefold()).strip()
    s = s.replace("hcm", "hồ chí minh")
    return "hồ chí minh" if s in ("hồ chí minh", "hồ chí minh city") else (s or None)


def _name(name: str) -> str:
    return _SEPARATORS.sub(" ", _QUOTES.sub("", unicodedata.normalize("NFC", name).casefold())).strip()


def _money_key(m: dict[str, Any]) -> tuple[str, float] | None:
    currency = (m.get("currency") or "VND").upper()
    if currency in ("VND", "VNĐ", "ĐỒNG", "DONG"):
        value, currency = m.get("value_vnd", m.get("value")), "VND"
    else:
        value = m.get("value", m.get("value_vnd"))
    try:
        return None if value is None else (currency, round(float(value), 2))
    except (TypeError, ValueError):
        return None


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _matches(gold: list[Any], pred: list[Any]) -> tuple[int, int, int]:
    g, p = Counter(k for k in gold if k is not None), Counter(k for k in pred if k is not None)
    return sum((g & p).values()), sum(g.values()), sum(p.values())


def _campaigns(gold: list[dict[str, Any]], predicted: list[str]) -> tuple[int, int, int]:
    names = list(dict.fromkeys(_name(x) for x in predicted if x))
    used: set[int] = set()
    tp = required = optional_hits = 0
    for c in gold:
        wanted = [_name(c["name"])] + ([_name(c["alt_name"])] if c.get("alt_name") else [])
        best, at = 0.0, None
        for i, name in enumerate(names):
            if i not in used:
                ratio = max(difflib.SequenceMatcher(None, w, name).ratio() for w in wanted)
                if ratio > best:
                    best, at = ratio, i
        hit = at is not None and best >= _FUZZY
        if hit:
            used.add(at)  # type: ignore[arg-type]
        if c.get("optional"):
            optional_hits += hit
        else:
            required += 1
            tp += hit
    return tp, required, len(names) - optional_hits


def _gold_counted(m: dict[str, Any]) -> bool:
    return (
        m.get("action") in COUNT_ACTIONS
        and not m.get("rate")
        and not m.get("per_unit")
        and not m.get("part_of")
        and not m.get("restates")
        and m.get("range") not in ("max", "high")
    )


def _pred_counted(m: dict[str, Any]) -> bool:
    if "counted" in m:
        return bool(m["counted"]) and m.get("action") in COUNT_ACTIONS
    return m.get("action") in COUNT_ACTIONS and not m.get("rate") and m.get("range") not in ("max", "high")


def _vnd(m: dict[str, Any]) -> float | None:
    key = _money_key(m)
    return key[1] if key and key[0] == "VND" else None


def _counted_items(g: dict[str, Any], p: dict[str, Any]) -> tuple[list[tuple], list[tuple]]:
    year, province = g.get("year"), _place(g.get("province"))
    gold = [
        (_vnd(m), m["action"], m.get("year", year), _place(m["province"]) if "province" in m else province)
        for m in g.get("money", [])
        if _vnd(m) is not None and _gold_counted(m)
    ]
    pred = [
        (_vnd(m), m["action"], m.get("year", p.get("year")), _place(m.get("province")) if m.get("province") else None)
        for m in p.get("money", []) or []
        if _vnd(m) is not None and _pred_counted(m)
    ]
    return gold, pred


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(a, b)


def metrics(gold: list[dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The reference scorer's figures for predicted records (by id) against gold rows."""
    tally = {k: [0, 0, 0] for k in ("money", "households", "campaigns", "counted")}
    qualifier = [0, 0]
    year = [0, 0]
    province = [0, 0]
    totals = [0, 0]
    gold_cells: Counter[tuple] = Counter()
    pred_cells: Counter[tuple] = Counter()
    labelled = 0
    for g in gold:
        p = predicted.get(str(g.get("id")), {})
        gm = [_money_key(m) for m in g.get("money", [])]
        pm = [_money_key(m) for m in p.get("money", []) or []]
        for i, n in enumerate(_matches(gm, pm)):
            tally["money"][i] += n
        said = Counter((_money_key(m), m.get("qualifier") or "exact") for m in p.get("money", []) or [])
        for m in g.get("money", []):
            if _money_key(m) in set(pm):
                qualifier[1] += 1
                qualifier[0] += said[(_money_key(m), m.get("qualifier", "exact"))] > 0
        if "counted_totals" in g or any("action" in m for m in g.get("money", [])):
            labelled += 1
            gi, pi = _counted_items(g, p)
            for i, n in enumerate(_matches([(v, a) for v, a, _, _ in gi], [(v, a) for v, a, _, _ in pi])):
                tally["counted"][i] += n
            for action in COUNT_ACTIONS:
                totals[1] += 1
                totals[0] += _close(sum(v for v, a, _, _ in gi if a == action), sum(v for v, a, _, _ in pi if a == action))
            for v, a, y, pr in gi:
                gold_cells[(y, pr, a)] += v
            for v, a, y, pr in pi:
                pred_cells[(y, pr, a)] += v
        gh = [float(h["value"]) for h in g.get("households", [])]
        ph = []
        for h in p.get("households", []) or []:
            try:
                ph.append(float(h.get("value")))
            except (TypeError, ValueError):
                pass
        for i, n in enumerate(_matches(gh, ph)):
            tally["households"][i] += n
        found = [str(c["name"]) for c in p.get("campaigns", []) or [] if isinstance(c, dict) and c.get("name")]
        for i, n in enumerate(_campaigns(g.get("campaigns", []), found)):
            tally["campaigns"][i] += n
        if g.get("year") is not None:
            year[1] += 1
            year[0] += p.get("year") == g["year"]
        province[1] += 1
        province[0] += _place(g.get("province")) == (_place(p.get("province")) if p.get("province") else None)
    cells = set(gold_cells) | set(pred_cells)
    right = sum(_close(gold_cells[k], pred_cells[k]) for k in cells)
    result: dict[str, Any] = {k: _prf(*t) for k, t in tally.items()}
    result |= {
        "qualifier": round(qualifier[0] / qualifier[1], 4) if qualifier[1] else 1.0,
        "year": round(year[0] / year[1], 4) if year[1] else 1.0,
        "province": round(province[0] / province[1], 4) if province[1] else 1.0,
        "article_totals": round(totals[0] / totals[1], 4) if totals[1] else 1.0,
        "cells": round(right / len(cells), 4) if cells else 1.0,
        "labelled": labelled,
    }
    return result
