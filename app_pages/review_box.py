"""One figure's review: its state and reviewer for everyone; Đúng, Sửa, Loại, Hoàn tác for an editor.

Used by the Kiểm tra số liệu page and under the Dữ liệu page's selected row. Each action names the review the
editor saw (`review_id` of the row), so a review stored by someone else meanwhile is shown, not overwritten.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from app_pages import common, safe_text
from metrics import labels, reviews
from metrics.formatting import exact_vnd, group
from parsers import gazetteer
from parsers.money import find_money

FIELD_LABELS = {"value": "Giá trị", "value_vnd": "Số tiền", "qualifier": "Mức chính xác", "action": "Hoạt động",
                "counted": "Được cộng", "not_counted": "Lý do không cộng", "year": "Năm", "province": "Tỉnh/thành",
                "district": "Quận/huyện", "campaign": "Chiến dịch/Quỹ"}  # fmt: skip
SHOWN_FIELDS = ("value_vnd", "value", "qualifier", "action", "counted", "not_counted", "year", "province", "district",
                "campaign")  # fmt: skip
CHOOSE = "Chọn…"  # a list's placeholder: Streamlit's own is the English "Choose an option"
# "other" first: the form opens on it when the figure counts now.
REASONS_TO_CHOOSE = ["other", *(r for r in labels.NOT_COUNTED_LABELS if r not in ("other", "duplicate", "misread"))]


def _plain(value: Any) -> Any:
    return None if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)) else value


def figure(row: pd.Series) -> str:
    """85.000.000 đồng · 24 hộ nghèo · 10.000 USD."""
    if row["kind"] == "money" and row["currency"] == "VND" and _plain(row["value_vnd"]) is not None:
        return exact_vnd(row["value_vnd"])
    return f"{group(float(row['value']))} {row['unit'] or ''}".strip()


def _shown(field: str, value: Any) -> str:
    value = _plain(value)
    if value is None:
        return "—"
    if field == "value_vnd":
        return exact_vnd(value)
    if field == "value":
        return group(float(value))
    if field == "counted":
        return labels.YES_NO[bool(value)]
    table = {"qualifier": labels.QUALIFIER_LABELS, "action": labels.ACTION_LABELS, "not_counted": labels.NOT_COUNTED_LABELS}
    return str(table.get(field, {}).get(value, value))


def _same(field: str, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return float(a) == float(b) if field in ("value", "value_vnd", "year") else a == b


def changes_text(row: pd.Series) -> str:
    """What a review changed against the parsers' reading: "Số tiền: 5.000.000.000 đồng → 6.000.000.000 đồng"."""
    extracted = _plain(row.get("extracted"))
    if not extracted:
        return ""
    before = json.loads(extracted)
    skip = "value" if row["kind"] == "money" and before.get("value_vnd") is not None else "value_vnd"  # one amount
    return "; ".join(
        f"{FIELD_LABELS[f]}: {_shown(f, before.get(f))} → {_shown(f, row[f])}"
        for f in SHOWN_FIELDS
        if f != skip and not _same(f, _plain(row[f]), before.get(f))
    )


def state(row: pd.Series) -> None:
    """Who checked the figure and what they decided (everyone sees this)."""
    verdict = _plain(row.get("review_state"))
    if not verdict:
        st.caption("Chưa ai kiểm tra số liệu này.")
        return
    at = _plain(row.get("reviewed_at"))
    when = f", {at:%H:%M %d/%m/%Y}" if isinstance(at, (datetime, pd.Timestamp)) else ""
    text = f"**{labels.REVIEW_LABELS[verdict]}** — kiểm tra bởi {safe_text.md(row['reviewed_by'])}{when}"
    changed = changes_text(row)
    if verdict == "excluded":
        text += f". Lý do: {safe_text.md(labels.NOT_COUNTED_LABELS.get(row['not_counted'], row['not_counted']))}"
    elif changed:
        text += f". Đã sửa: {safe_text.md(changed)}"
    (st.warning if verdict == "excluded" else st.success)(text, icon=":material/verified:")


def _user() -> str:
    user = common.current_user()
    return user[0] if user else "không rõ"


def _ref(row: pd.Series) -> reviews.FactRef:
    return reviews.FactRef(str(row["article_id"]), str(row["kind"]), int(row["start_offset"]))


def _run(key: str, done: str, action: Callable[[], int], row: pd.Series | None = None) -> None:
    """A review action; its outcome is told on the next run (actions run in callbacks, before the page).
    row: the figure reviewed, kept so that the review can be undone once the next figure is shown."""
    try:
        review_id = action()
        st.session_state[f"{key}_said"] = ("success", done)
        st.session_state[f"{key}_last"] = (_ref(row), review_id, figure(row)) if row is not None else None
    except reviews.ReviewError as exc:
        st.session_state[f"{key}_said"] = ("error", str(exc))


def _undo_last(key: str) -> None:
    ref, review_id, shown = st.session_state[f"{key}_last"]
    _run(key, f"Đã hoàn tác lần kiểm tra {shown}.", lambda: reviews.undo(common.store(), ref, _user(), review_id))


def confirm(row: pd.Series, key: str) -> None:
    _run(key, f"Đã xác nhận {figure(row)}.", lambda: reviews.review(common.store(), _ref(row), "confirmed", _user(),
                                                                     row["review_id"]), row)  # fmt: skip


def undo(row: pd.Series, key: str) -> None:
    _run(key, f"Đã hoàn tác lần kiểm tra {figure(row)}.",
         lambda: reviews.undo(common.store(), _ref(row), _user(), row["review_id"]))  # fmt: skip


def _amount(text: str, money: bool) -> int:
    """A figure as typed: 6.000.000.000, 6000000000, "6 tỷ" or "6,5 tỷ đồng" (money)."""
    raw = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", raw):
        return int(raw.replace(".", ""))
    if money:
        found = find_money(raw if "đ" in raw.lower() else f"{raw} đồng")
        if len(found) == 1 and found[0].value_vnd is not None:
            return int(found[0].value_vnd)
    example = "6.000.000.000 hoặc 6 tỷ đồng" if money else "1.200"
    raise reviews.ReviewError(f"Không đọc được số “{raw}”: hãy viết như {example}.")


def _correct(row: pd.Series, key: str, wk: str) -> None:
    s = st.session_state
    money = row["kind"] == "money" and _plain(row["value_vnd"]) is not None

    def apply() -> int:
        counted = bool(s[f"{wk}_counted"])
        changes = {
            "value": _amount(s[f"{wk}_value"], money),
            "qualifier": s[f"{wk}_qualifier"],
            "action": s[f"{wk}_action"],
            "counted": counted,
            "not_counted": None if counted else s[f"{wk}_reason"],
            "year": int(s[f"{wk}_year"]) if s[f"{wk}_year"] else None,
            "province": s[f"{wk}_province"] or None,
            "district": s[f"{wk}_district"],
            "campaign": s[f"{wk}_campaign"],
        }
        return reviews.review(common.store(), _ref(row), "corrected", _user(), row["review_id"], changes, s[f"{wk}_note"])

    _run(key, f"Đã lưu sửa đổi cho {figure(row)}.", apply, row)


def _exclude(row: pd.Series, key: str, wk: str) -> None:
    s = st.session_state
    reason, note = {"not_counted": s[f"{wk}_why"]}, s[f"{wk}_why_note"]
    _run(key, f"Đã loại {figure(row)} khỏi tổng.",
         lambda: reviews.review(common.store(), _ref(row), "excluded", _user(), row["review_id"], reason, note), row)  # fmt: skip


def said(key: str) -> None:
    """The outcome of the last action on this box, once; after a review, a button that undoes it (the figure itself
    may have left the queue)."""
    found = st.session_state.pop(f"{key}_said", None)
    if not found:
        return
    (st.success if found[0] == "success" else st.error)(safe_text.md(found[1]))
    if found[0] == "success" and st.session_state.get(f"{key}_last") and common.can_write():
        st.button("Hoàn tác lần vừa rồi", key=f"{key}_undo_last", on_click=_undo_last, args=(key,), icon=":material/undo:")


def panel(row: pd.Series, key: str) -> None:
    """The figure's review state, and the editor's actions on it."""
    said(key)
    state(row)
    actions(row, key)


def cell(state_: Any, reviewer: Any) -> str:
    """The review in a table cell: "Đã sửa — lan", or empty."""
    return f"{labels.REVIEW_LABELS[state_]} — {reviewer}" if _plain(state_) else ""


def _index(options: list[Any], value: Any) -> int:
    return options.index(value) if value in options else 0


def actions(row: pd.Series, key: str, confirm_label: str = "Đúng", shortcut: str | None = None) -> None:
    """Đúng, Sửa, Loại, Hoàn tác for an editor; a note for everyone else. shortcut: the key that presses Đúng."""
    if not common.can_write():
        st.caption("Chỉ biên tập viên đã đăng nhập mới kiểm tra, sửa hoặc loại số liệu.")
        return
    # Widgets keyed by the figure and the review seen: the next figure's form starts from its own values.
    seen = _plain(row.get("review_id"))
    wk = f"{key}:{row['article_id']}:{row['kind']}:{int(row['start_offset'])}:{seen}"
    left, right = st.columns(2)
    left.button(confirm_label, type="primary", key=f"{key}_ok", on_click=confirm, args=(row, key), width="stretch",
                icon=":material/check:", shortcut=shortcut, help="Số liệu đúng như đã đọc")  # fmt: skip
    if _plain(row.get("review_state")):
        right.button("Hoàn tác", key=f"{key}_undo", on_click=undo, args=(row, key), width="stretch", icon=":material/undo:",
                     help="Bỏ lần kiểm tra gần nhất của số liệu này")  # fmt: skip
    money = row["kind"] == "money" and _plain(row["value_vnd"]) is not None
    with st.expander("Sửa số liệu", icon=":material/edit:"):
        with st.form(f"{wk}_fix", border=False):
            value = row["value_vnd"] if money else row["value"]
            st.text_input("Số tiền (đồng)" if money else "Giá trị", f"{int(value):,}".replace(",", ".") if float(value) == int(
                value) else str(value), key=f"{wk}_value", help="Ví dụ 6.000.000.000 hoặc 6 tỷ đồng")  # fmt: skip
            # Pairs of fields row by row: on a phone the columns stack, and each pair stays together.
            a, b = st.columns(2)
            qualifiers, actions_ = list(labels.QUALIFIER_LABELS), list(labels.ACTION_LABELS)
            a.selectbox("Mức chính xác", qualifiers, _index(qualifiers, row["qualifier"]), key=f"{wk}_qualifier",
                        format_func=labels.QUALIFIER_LABELS.get, placeholder=CHOOSE)  # fmt: skip
            b.selectbox("Hoạt động", actions_, _index(actions_, row["action"]), key=f"{wk}_action",
                        format_func=labels.ACTION_LABELS.get, placeholder=CHOOSE)  # fmt: skip
            a, b = st.columns(2, vertical_alignment="bottom")
            a.checkbox("Được cộng vào tổng", bool(row["counted"]), key=f"{wk}_counted")
            reasons = REASONS_TO_CHOOSE + [r for r in [_plain(row["not_counted"])] if r and r not in REASONS_TO_CHOOSE]
            b.selectbox("Nếu không cộng, vì sao", reasons, _index(reasons, row["not_counted"]), key=f"{wk}_reason",
                        format_func=labels.NOT_COUNTED_LABELS.get, placeholder=CHOOSE)  # fmt: skip
            a, b = st.columns(2)
            year, last = _plain(row["year"]), datetime.now().year + 1
            shown = int(year) if year is not None and reviews.FIRST_YEAR <= int(year) <= last else None  # else: to type
            a.number_input("Năm", reviews.FIRST_YEAR, last, shown, 1, key=f"{wk}_year", placeholder="Nhập năm")
            # The stored name stays among the choices even when the gazetteer spells it otherwise: saving keeps it.
            province, known = _plain(row["province"]), gazetteer.province_names()
            provinces = ["", *known, *([province] if province and province not in known else [])]
            b.selectbox("Tỉnh/thành (lúc đó)", provinces, _index(provinces, row["province"]), key=f"{wk}_province",
                        format_func=lambda p: p or "(không rõ)", placeholder=CHOOSE)  # fmt: skip
            a, b = st.columns(2)
            a.text_input("Quận/huyện", _plain(row["district"]) or "", key=f"{wk}_district")
            b.text_input("Chiến dịch/Quỹ", _plain(row["campaign"]) or "", key=f"{wk}_campaign")
            st.text_input("Ghi chú", key=f"{wk}_note", placeholder="Vì sao sửa (ghi vào nhật ký)")
            st.form_submit_button("Lưu sửa đổi", type="primary", on_click=_correct, args=(row, key, wk))
    with st.expander("Loại khỏi tổng", icon=":material/block:"):
        with st.form(f"{wk}_out", border=False):
            st.selectbox("Lý do", reviews.EXCLUDE_REASONS, key=f"{wk}_why", format_func=labels.NOT_COUNTED_LABELS.get,
                         placeholder=CHOOSE)  # fmt: skip
            st.text_input("Ghi chú", key=f"{wk}_why_note", placeholder="Không bắt buộc")
            st.form_submit_button("Loại số liệu", on_click=_exclude, args=(row, key, wk))
