"""Tổng quan's headline cards: the latest year's totals, national and local apart, each with its change against
the year before only where the two years compare (metrics/compare.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from app_pages import common, sources
from metrics import compare
from metrics.formatting import bound_of, bounded, group, signed_percent, vnd
from metrics.labels import LEVEL_LABELS, NOT_COMPARED

NOT_REPORTED = "Chưa có số liệu"
CARDS = (("Tiền vận động", "money", "raised"), ("Tiền hỗ trợ, chi", "money", "given"),
         ("Hộ được hỗ trợ", "households", "given"))  # fmt: skip
COUNTED_HELP = "Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất), chỉ tiêu, tin trùng."
COMPARE_HELP = (
    "So với năm trước chỉ khi so được: khi năm nay chưa hết, chỉ so với cùng kỳ năm trước (số liệu có ngày đến cùng "
    "ngày đó); và chỉ so các tỉnh/thành có số liệu cả hai năm."
)
NATIONAL_NOTE = (
    "Số toàn quốc, cấp Trung ương và số các địa phương không cộng với nhau: một số toàn quốc (như “63 tỉnh, thành "
    "tiếp nhận …”) có thể đã gồm số của các tỉnh, thành, cộng lại sẽ tính một khoản hai lần."
)


def _day(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def reach_note(figures: pd.DataFrame, year: int) -> None:
    """How far the latest year's figures run: a year not over is said so."""
    reach = compare.reach(figures, year)
    if reach is None:
        st.caption(f"Không rõ số liệu năm {year} tính đến ngày nào: các bài không ghi ngày.")
    elif reach < date(year, 12, 31):
        st.caption(f"Số liệu năm {year} mới đến ngày {_day(reach)}: chưa đủ cả năm.")


def delta(change: compare.Change, year: int) -> tuple[str | None, str | None, str | None]:
    """(the change, what it is against, and what the card must say under it: what the change leaves out, or why
    there is none), in Vietnamese. What it is against stays short: the card cuts a long one."""
    if change.percent is None:
        reason = NOT_COMPARED[str(change.why_not)].format(
            year=year, previous=year - 1, cutoff=_day(change.cutoff), previous_reach=_day(change.previous_reach)
        )
        return None, None, f"Không so sánh với năm {year - 1}: {reason}."
    against = f"so với cùng kỳ {year - 1} (đến {change.cutoff:%d/%m})" if change.cutoff else f"so với năm {year - 1}"
    left_out = [f"chỉ gồm {group(change.places)} tỉnh/thành có số liệu cả hai năm"] if not change.all_places else []
    left_out += [] if change.all_dated else ["không gồm số liệu không rõ ngày"]
    return signed_percent(change.percent), against, f"Phép so sánh {', '.join(left_out)}." if left_out else None


def _card(col, label: str, kind: str, action: str, level: str, latest: int | None, frame, figures) -> None:  # type: ignore[no-untyped-def]
    rows = frame[(frame["year"] == latest) & (frame["action"] == action) & (frame["level"] == level)]
    shown, change, against, reason = NOT_REPORTED, None, None, None
    if len(rows) and latest:
        total, bound = float(rows["total"].sum()), bound_of(rows["bound"])
        shown = vnd(total, bound) if kind == "money" else bounded(group(total), bound)
        change, against, reason = delta(compare.change(figures, latest, kind=kind, action=action, level=level), latest)
    col.metric(
        f"{label} ({latest})" if latest else label,
        shown,
        change,
        delta_description=against,
        help=f"{LEVEL_LABELS[level]}. {COUNTED_HELP} {COMPARE_HELP}"
        + ("" if len(rows) else " Không bài nào khớp bộ lọc nêu số liệu này trong năm."),
    )
    with col:
        if reason:
            st.caption(reason)
        common.checked_note(kind, years=(latest,) if latest else (), actions=(action,), levels=(level,))
        sources.facts_link(nam=latest or [], hd=action, loai=sources.KIND_VALUES[kind], cong=sources.COUNTED_ONLY,
                           cap=level)  # fmt: skip


def headline(money: pd.DataFrame, households: pd.DataFrame, latest: int | None) -> None:
    """A row of cards per level with figures (money by year and level, households by year and level)."""
    levels = [v for v in LEVEL_LABELS if v in {*money["level"], *households["level"]}] or ["local"]
    figures = common.dated_figures(latest) if latest else None
    if latest:
        reach_note(figures, latest)  # type: ignore[arg-type]
    for level in levels:
        with st.container(border=True):
            st.markdown(f"**{LEVEL_LABELS[level]}**")
            for col, (label, kind, action) in zip(st.columns(3), CARDS, strict=True):
                _card(col, label, kind, action, level, latest, money if kind == "money" else households, figures)
    if "national" in levels:
        st.caption(NATIONAL_NOTE)
