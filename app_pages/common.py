"""Shared pieces of the pages: the store, sidebar filters, cached store queries, charts, labels.

The pages never hold a connection: each script run reads through one
short-lived read connection (app.py opens it around the page), and the
query results are cached per store version and filters, so a rerun with the
same filters touches the store only to read its version.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from app_pages import charts, safe_text, url_state
from metrics import accounts, aggregate, campaigns, compare, review_queue, schema, storage
from metrics.aggregate import Filters
from metrics.formatting import bound_of, group, vnd
from metrics.labels import ACTION_LABELS, LEVEL_LABELS
from metrics.store import Store

COLUMN_LABELS = schema.labels("vi")


def _target() -> str:
    return storage.database_url() or str(storage.data_dir() / "mttq.duckdb")


# One Store per process and place: it holds a path (DuckDB) or a connection pool (PostgreSQL), never an
# open connection shared by sessions.
@st.cache_resource(show_spinner="Đang mở kho dữ liệu…")
def _store(target: str) -> Store:
    opened = storage.open_store(target)
    storage.ensure_sample(opened)
    return opened


def store() -> Store:
    return _store(_target())


def version() -> str:
    return store().version()


@st.cache_data(max_entries=8, show_spinner=False)
def _options(target: str, version: str) -> dict[str, list]:
    return store().options()


def options() -> dict[str, list]:
    return _options(_target(), version())


@st.cache_data(max_entries=256, show_spinner=False)
def _totals(target: str, version: str, kind: str, by: tuple[str, ...], filters: Filters, wide: bool) -> pd.DataFrame:
    return store().totals_by_action(kind, by, filters) if wide else store().totals(kind, by, filters)


def totals(kind: str, by: tuple[str, ...] = (), **narrower) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """Counted totals per group and action, under the sidebar's filters (and `narrower` ones)."""
    return _totals(_target(), version(), kind, tuple(by), replace(filters(), **narrower), False)


def totals_by_action(kind: str, by: tuple[str, ...], **narrower) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """Per group: raised and given side by side (never added), and the articles behind them."""
    return _totals(_target(), version(), kind, tuple(by), replace(filters(), **narrower), True)


@st.cache_data(max_entries=64, show_spinner=False)
def _count(target: str, version: str, filters: Filters) -> dict[str, int]:
    return store().count_facts(filters)


def count_facts(**narrower) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return _count(_target(), version(), replace(filters(), **narrower))


@st.cache_data(max_entries=64, show_spinner=False)
def _facts(target: str, version: str, filters: Filters, limit: int) -> pd.DataFrame:
    return store().facts(filters, limit=limit, details=True)


def facts(limit: int, **narrower) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """The first `limit` facts under the filters, with sentence, title and link."""
    return _facts(_target(), version(), replace(filters(), **narrower), limit)


@st.cache_data(max_entries=64, show_spinner=False)
def _checked(target: str, version: str, filters: Filters) -> pd.DataFrame:
    return review_queue.checked_frame(store(), filters)


def checked_share(**narrower) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Per kind: the counted total and count under the filters, and how much of it a person has checked.
    Years, actions and levels narrow the cached per-year-action-level frame: the cards of a page share one query."""
    years, actions, levels = narrower.pop("years", ()), narrower.pop("actions", ()), narrower.pop("levels", ())
    frame = _checked(_target(), version(), replace(filters(), **narrower))
    return review_queue.share_of(frame, years, actions, levels)


def checked_percent(kind: str = "money", **narrower) -> str:  # type: ignore[no-untyped-def]
    """ "62 %": the share of the counted amount (or households) under the filters that a person has checked."""
    share = checked_share(**narrower)[kind]
    pct = 100 * share["checked"] / share["total"] if share["total"] else 0.0
    return ("dưới 1" if 0 < pct < 1 else "trên 99" if 99 < pct < 100 else f"{pct:.0f}") + " %"


def checked_text(kind: str = "money", **narrower) -> str:  # type: ignore[no-untyped-def]
    """ "Đã kiểm tra 62 % số tiền (12/80 số liệu được cộng)": how much of what a card or chart shows has been checked."""
    share = checked_share(**narrower)[kind]
    what = "số tiền" if kind == "money" else "số hộ"
    if not share["facts"]:
        return f"Chưa có {what} được cộng để kiểm tra."
    counts = f"{group(share['checked_facts'])}/{group(share['facts'])} số liệu được cộng"
    return f"Đã kiểm tra {checked_percent(kind, **narrower)} {what} ({counts})."


def checked_note(kind: str = "money", **narrower) -> None:  # type: ignore[no-untyped-def]
    st.caption(checked_text(kind, **narrower), help=CHECKED_HELP)


@st.cache_data(max_entries=64, show_spinner=False)
def _campaigns(target: str, version: str, filters: Filters) -> pd.DataFrame:
    return store().campaign_mentions(filters)


@st.cache_data(max_entries=8, show_spinner=False)
def _counted_campaigns(target: str, version: str) -> set[str]:
    return {n for (n,) in store().rows("SELECT DISTINCT campaign FROM facts WHERE counted AND campaign IS NOT NULL")}


def campaign_mentions() -> pd.DataFrame:
    """Mentions of the Front's campaigns (metrics/campaigns.py) under the sidebar's filters, with the campaign's
    shown name in `campaign` and the province in the units the sidebar shows. The overview's count and the
    Chiến dịch page both list these.

    A mention has no action of its own: with actions chosen, a campaign stays when a fact of those actions
    names it under the same filters."""
    f = filters()
    mentions = _campaigns(_target(), version(), f)
    if f.province_field == "province_2025":
        mentions = mentions.assign(province=mentions["province"].map(_province_2025(_target(), version())))
    if f.actions:
        mentions = mentions[mentions["name"].isin(_named(_target(), version(), f))]
    shown = campaigns.front_mentions(mentions, _counted_campaigns(_target(), version()))
    return shown.assign(campaign=shown["name"].map(lambda n: campaign_names().get(n, n)))


@st.cache_data(max_entries=64, show_spinner=False)
def _named(target: str, version: str, filters: Filters) -> set[str]:
    condition, params = aggregate.where(filters)
    return {n for (n,) in store().rows(f"SELECT DISTINCT f.campaign FROM facts f WHERE {condition}", params)}


@st.cache_data(max_entries=8, show_spinner=False)
def _campaign_names(target: str, version: str) -> dict[str, str]:
    found = store().rows("SELECT campaign FROM facts WHERE campaign IS NOT NULL UNION SELECT name FROM campaigns")
    return campaigns.names(n for (n,) in found)


def campaign_names() -> dict[str, str]:
    """Every campaign name in the store → the name it is shown under (spellings of one campaign are one)."""
    return _campaign_names(_target(), version())


def _shown_name(name: str) -> str:
    return campaign_names().get(name, name)


def campaign_variants(shown: str) -> tuple[str, ...]:
    """The stored spellings of a campaign shown under this name (the name itself among them)."""
    return tuple(dict.fromkeys([shown, *(n for n, s in campaign_names().items() if s == shown)]))


def campaign_money() -> pd.DataFrame:
    """Per campaign and level, under the filters: raised and given, their articles and places with figures."""
    field = filters().province_field
    rows = totals("money", ("campaign", "level", field, "article_id")).dropna(subset=["campaign"])
    return campaigns.money_by_campaign(rows, campaign_names(), field)


@st.cache_data(max_entries=32, show_spinner=False)
def _dated(target: str, version: str, filters: Filters, year: int) -> pd.DataFrame:
    return compare.dated(store(), filters, year)


def dated_figures(year: int) -> pd.DataFrame:
    """The counted figures of `year` and the year before under the filters, dated (metrics/compare.py)."""
    return _dated(_target(), version(), replace(filters(), years=()), year)


@st.cache_data(max_entries=8, show_spinner=False)
def _province_2025(target: str, version: str) -> dict[str, str]:
    pairs = store().rows("SELECT DISTINCT province, province_2025 FROM facts WHERE province_2025 IS NOT NULL")
    return {old: new for old, new in pairs if old}


@st.cache_data(max_entries=8, show_spinner=False)
def _campaign_colours(target: str, version: str) -> dict[str, str]:
    ranked = store().rows(
        """SELECT name, count(*) FROM (SELECT campaign AS name FROM facts UNION ALL SELECT name FROM campaigns) n
           WHERE name IS NOT NULL GROUP BY name"""
    )
    shown = campaign_names()
    counts: dict[str, int] = {}
    for name, n in ranked:
        counts[shown.get(name, name)] = counts.get(shown.get(name, name), 0) + int(n)
    palette = charts.CAMPAIGN_PALETTE
    order = sorted(counts, key=lambda name: (-counts[name], name))
    return {name: palette[i % len(palette)] for i, name in enumerate(order)}


def campaign_colours() -> dict[str, str]:
    """Each campaign's colour, by its rank in the whole store: the same on every page and under every filter."""
    return _campaign_colours(_target(), version())


# --- sign-in: reading is open (unless MTTQ_READ_REQUIRES_SIGN_IN=1); writing needs an editor -----------------
def _oidc_configured() -> bool:
    """True when .streamlit/secrets.toml has an [auth] section: then st.login (OpenID Connect) signs users in."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def _oidc_editors() -> set[str]:
    """E-mail addresses that may write, from [mttq] editors = [...] in secrets.toml."""
    try:
        return {str(e).lower() for e in st.secrets.get("mttq", {}).get("editors", [])}
    except Exception:
        return set()


def current_user() -> tuple[str, str] | None:
    """(name, role) of whoever is signed in to this session, or None."""
    if _oidc_configured():
        if not st.user.is_logged_in:
            return None
        email = str(st.user.get("email") or "")
        return (str(st.user.get("name") or email), "editor" if email.lower() in _oidc_editors() else "viewer")
    return st.session_state.get("signed_in")


def can_write() -> bool:
    """Whether this session may change the store (import, remove, review)."""
    user = current_user()
    return user is not None and accounts.can_write(user[1])


def sign_in_box() -> None:
    """Sign-in (or sign-out) for this session, in Vietnamese."""
    user = current_user()
    if user:
        st.caption(f"Đã đăng nhập: **{user[0]}** ({'biên tập viên' if accounts.can_write(user[1]) else 'người xem'}).")
        if st.button("Đăng xuất", key="auth_out"):
            if _oidc_configured():
                st.logout()
            st.session_state.pop("signed_in", None)
            st.rerun()
        return
    if _oidc_configured():
        if st.button("Đăng nhập", type="primary", key="auth_oidc"):
            st.login()
        return
    with st.form("auth_form"):
        name = st.text_input("Tài khoản", key="auth_name")
        password = st.text_input("Mật khẩu", type="password", key="auth_password")
        if st.form_submit_button("Đăng nhập", type="primary"):
            role = accounts.sign_in(store(), name, password)
            if role is None:
                st.error("Sai tài khoản hoặc mật khẩu.")
            else:
                st.session_state["signed_in"] = (name.strip(), role)
                st.rerun()
    st.caption("Chưa có tài khoản? Người quản trị tạo bằng lệnh `python -m metrics user add TÊN --role editor`.")


def require_sign_in_to_read() -> bool:
    """MTTQ_READ_REQUIRES_SIGN_IN=1 closes the dashboard to visitors who have not signed in."""
    return os.environ.get("MTTQ_READ_REQUIRES_SIGN_IN", "") not in ("", "0")


# (filter, label, URL key, URL value → option); links between pages (sources.filter_params) carry the same keys.
FILTERS = [("years", "Năm", "nam", int), ("provinces", "Tỉnh/thành", "tinh", str),
           ("campaigns", "Chiến dịch/Quỹ", "cd", str), ("actions", "Hoạt động", "hd", str)]  # fmt: skip


REVIEWED_KEY = "kt"  # "Chỉ số liệu đã kiểm tra" in the URL: kt=1
CHECKED_HELP = "Số liệu đã được biên tập viên xác nhận, sửa hoặc loại trên trang Kiểm tra số liệu."


def _carry_provinces(values: list[str], options: list[str], field: str, switched: bool) -> tuple[list[str], str | None]:
    """Provinces chosen under one set of units, in the other: Hải Dương becomes Hải Phòng after 2025, and
    Hải Phòng back before it becomes every province merged into it. Returns them and what was changed."""
    pairs = _province_2025(_target(), version())
    carried: list[str] = []
    notes = []
    for value in values:
        if value in options and not switched:
            found = [value]
        elif field == "province_2025":
            found = [pairs[value]] if value in pairs else []
        else:
            found = sorted(old for old, new in pairs.items() if new == value)
        if found != [value]:
            notes.append(f"{value} → {', '.join(found) or 'không còn số liệu'}")
        carried += [v for v in found if v in options and v not in carried]
    if not notes:
        return carried, None
    when = "sau sắp xếp 1/7/2025" if field == "province_2025" else "trước sắp xếp 1/7/2025"
    return carried, f"Tỉnh/thành đã chọn được đổi sang đơn vị {when}: {'; '.join(notes)}."


def sidebar_filters() -> None:
    """Years, provinces, campaigns, action: kept in the URL so a view can be shared (see url_state)."""
    try:
        values = options()
    except Exception as exc:  # a broken or busy store is a message, not a traceback
        st.sidebar.error(f"Không mở được kho dữ liệu: {safe_text.md(exc)}")
        return
    st.sidebar.header("Bộ lọc")
    url_state.prepare("f_2025", "dg", [False, True], False, cast=lambda v: v == "2025")
    new_units = st.sidebar.toggle(
        "Địa giới sau sắp xếp 2025",
        key="f_2025",
        help="Tỉnh/thành theo đơn vị hành chính sau ngày 1/7/2025, để so sánh trước và sau sắp xếp.",
    )
    url_state.write("dg", "2025" if new_units else "", "")
    field = "province_2025" if new_units else "province"
    switched = st.session_state.get("_f_field", field) != field
    st.session_state["_f_field"] = field
    chosen = {}
    shown = campaign_names()
    for name, label, url_key, cast in FILTERS:
        options_ = {"years": values["year"], "provinces": values[field],
                    "campaigns": sorted({shown.get(c, c) for c in values["campaign"]}),
                    "actions": list(ACTION_LABELS)}[name]  # fmt: skip
        key = f"f_{name}"
        if name == "provinces":
            wanted = st.query_params.get_all(url_key) if url_state.url_leads() else st.session_state.get(key, [])
            st.session_state[key], note = _carry_provinces(list(wanted), options_, field, switched)
            if note:
                st.session_state["_f_note"] = (note, st.session_state[key], field)
        else:  # a link may name a campaign by any of its spellings
            url_state.prepare(key, url_key, options_, [], cast=_shown_name if name == "campaigns" else cast, multi=True)
        # No "Select all" (Streamlit's English): choosing every option is what an empty filter, "Tất cả", does.
        chosen[name] = st.sidebar.multiselect(label, options_, key=key, placeholder="Tất cả", select_all=False,
                                              format_func=ACTION_LABELS.get if name == "actions" else str)  # fmt: skip
        url_state.write(url_key, chosen[name])
    note = st.session_state.get("_f_note")
    if note and (note[1], note[2]) == (chosen["provinces"], field):
        st.sidebar.info(safe_text.md(note[0]))
    url_state.prepare("f_reviewed", REVIEWED_KEY, [False, True], False, cast=lambda v: v == "1")
    reviewed = st.sidebar.toggle("Chỉ số liệu đã kiểm tra", key="f_reviewed",
                                 help=CHECKED_HELP)  # fmt: skip
    url_state.write(REVIEWED_KEY, "1" if reviewed else "", "")
    chosen["campaigns"] = [v for c in chosen["campaigns"] for v in campaign_variants(c)]
    st.session_state["filters"] = Filters(**{k: tuple(v) for k, v in chosen.items()}, province_field=field,
                                          reviewed_only=reviewed)  # fmt: skip
    st.sidebar.caption("Liên kết trên thanh địa chỉ giữ nguyên bộ lọc để chia sẻ.")


def filters() -> Filters:
    return st.session_state.get("filters", Filters())


@st.cache_data(max_entries=8, show_spinner=False)
def _has_facts(target: str, version: str) -> bool:
    return bool(store().rows("SELECT count(*) FROM (SELECT 1 FROM facts LIMIT 1) x")[0][0])


def empty_state() -> bool:
    """True (after telling the user what to do) when there is nothing to show."""
    if not _has_facts(_target(), version()):
        st.info("Chưa có dữ liệu. Hãy vào trang **Nhập dữ liệu** để tải bài viết lên.")
        st.page_link("app_pages/nhap_du_lieu.py", label="Đi tới Nhập dữ liệu", icon=":material/upload_file:")
        return True
    return False


def undated_note(money: pd.DataFrame) -> None:
    """Counted money whose article names no year stands in the all-years rankings but on no year's bar: say so, and
    how much (money: totals by year and action, and any other key)."""
    undated = money[money["year"].isna()] if "year" in money else money.iloc[0:0]
    if undated.empty:
        return
    parts = [
        f"{label} {vnd(rows['total'].sum(), bound_of(rows['bound']))}"
        for action, label in ACTION_LABELS.items()
        if not (rows := undated[undated["action"] == action]).empty
    ]
    st.caption(
        f"Không rõ năm ({'; '.join(parts)}): bài không ghi năm nên các khoản "
        "này không có trên biểu đồ theo năm và thẻ của năm; chúng vẫn có trong các bảng xếp hạng tính mọi năm. "
        "Xem và ghi năm cho chúng ở trang Kiểm tra số liệu (mục số liệu đáng ngờ)."
    )


def money_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Raised and given of a by-action frame as Vietnamese text, side by side; the level, when it has one."""
    cells = {
        "Vận động, tiếp nhận": [vnd(t, b) if t else "—" for t, b in zip(frame["raised"], frame["raised_bound"], strict=True)],
        "Hỗ trợ, chi": [vnd(t, b) if t else "—" for t, b in zip(frame["given"], frame["given_bound"], strict=True)],
        "Số bài": frame["articles"].map(group),
    }
    if "level" in frame:
        cells["Cấp"] = frame["level"].map(LEVEL_LABELS).fillna("")
    return frame.assign(**cells)


def table(frame: pd.DataFrame, empty: str, **kwargs: Any) -> Any:
    """st.dataframe, or the Vietnamese sentence `empty` where an empty table would say "empty"."""
    if frame.empty:
        st.caption(empty)
        return None
    return st.dataframe(frame, hide_index=True, width="stretch", **kwargs)


def short_table(frame: pd.DataFrame, empty: str) -> None:
    """A short list (a top ten) as a plain table: a long amount wraps where a data grid would cut it off.

    st.table renders markdown in its cells: every cell, from the articles or not, is escaped."""
    if frame.empty:
        st.caption(empty)
        return
    cells = frame.astype(str).map(safe_text.md)
    st.table(cells.rename(columns=safe_text.md), hide_index=True, border="horizontal")
