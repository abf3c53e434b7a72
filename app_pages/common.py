"""Shared pieces of the pages: the store, sidebar filters, cached store queries, charts, labels.

The pages never hold a connection: each script run reads through one
short-lived read connection (app.py opens it around the page), and the
query results are cached per store version and filters, so a rerun with the
same filters touches the store only to read its version.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pandas as pd
import plotly.express as px
import streamlit as st

from app_pages import safe_text
from metrics import accounts, schema, storage
from metrics.aggregate import Filters
from metrics.formatting import exact_vnd, group, vnd
from metrics.labels import ACTION_LABELS
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
def _campaigns(target: str, version: str, filters: Filters) -> pd.DataFrame:
    return store().campaign_mentions(filters)


def campaign_mentions() -> pd.DataFrame:
    return _campaigns(_target(), version(), filters())


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


def _from_url(key: str, cast=str) -> list:  # type: ignore[no-untyped-def]
    values = st.query_params.get_all(key)
    try:
        return [cast(v) for v in values]
    except ValueError:
        return []


def sidebar_filters() -> None:
    """Years, provinces, campaigns, action: kept in the URL so a view can be shared."""
    try:
        values = options()
    except Exception as exc:  # a broken or busy store is a message, not a traceback
        st.sidebar.error(f"Không mở được kho dữ liệu: {exc}")
        return
    st.sidebar.header("Bộ lọc")
    province_field = (
        "province_2025"
        if st.sidebar.toggle(
            "Địa giới sau sắp xếp 2025",
            key="f_2025",
            value=st.query_params.get("dg") == "2025",
            help="Tỉnh/thành theo đơn vị hành chính sau ngày 1/7/2025, để so sánh trước và sau sắp xếp.",
        )
        else "province"
    )
    # (filter, label, URL key, options, URL value → option)
    specs = [
        ("years", "Năm", "nam", values["year"], int),
        ("provinces", "Tỉnh/thành", "tinh", values[province_field], str),
        ("campaigns", "Chiến dịch/Quỹ", "cd", values["campaign"], str),
        ("actions", "Hoạt động", "hd", list(ACTION_LABELS), str),
    ]
    chosen = {
        name: st.sidebar.multiselect(
            label,
            options,
            default=[v for v in _from_url(url_key, cast) if v in options],
            key=f"f_{name}",
            placeholder="Tất cả",
            format_func=ACTION_LABELS.get if name == "actions" else str,
        )
        for name, label, url_key, options, cast in specs
    }
    st.query_params.from_dict(
        {
            **{url_key: [str(v) for v in chosen[name]] for name, _, url_key, _, _ in specs},
            **({"dg": "2025"} if province_field == "province_2025" else {}),
        }
    )
    st.session_state["filters"] = Filters(**{k: tuple(v) for k, v in chosen.items()}, province_field=province_field)
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


def money_hover(frame: pd.DataFrame, column: str = "total", at_least: str = "at_least") -> pd.DataFrame:
    """Adds the Vietnamese texts a chart's hover shows."""
    frame = frame.copy()
    frame["Số tiền"] = [vnd(t, a) for t, a in zip(frame[column], frame[at_least], strict=True)]
    frame["Chính xác"] = [exact_vnd(t) for t in frame[column]]
    frame["Số bài"] = frame["articles"].map(group)
    frame["Tỷ đồng"] = frame[column] / 1e9
    return frame


def money_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Raised and given of a by-action frame as Vietnamese text, side by side."""
    return frame.assign(
        **{
            "Vận động, tiếp nhận": [
                vnd(t, a) if t else "—" for t, a in zip(frame["raised"], frame["raised_at_least"], strict=True)
            ],
            "Hỗ trợ, chi": [vnd(t, a) if t else "—" for t, a in zip(frame["given"], frame["given_at_least"], strict=True)],
            "Số bài": frame["articles"].map(group),
        }
    )


def bar(frame: pd.DataFrame, x: str, y: str, labels: dict, **kw) -> None:  # type: ignore[no-untyped-def]
    # Names from articles (campaigns, places) as text: Plotly renders <a>, <b> and entities in labels.
    text_columns = [c for c in (x, y, kw.get("color")) if c in frame and frame[c].dtype == object]
    frame = frame.assign(**{c: frame[c].map(lambda v: safe_text.plot(v) if isinstance(v, str) else v) for c in text_columns})
    fig = px.bar(
        frame, x=x, y=y, labels=labels, hover_data={c: True for c in ("Số tiền", "Chính xác", "Số bài") if c in frame}, **kw
    )
    fig.update_layout(separators=",.", margin=dict(l=10, r=10, t=30, b=10), height=380, legend_title_text="")
    st.plotly_chart(fig, width="stretch")
