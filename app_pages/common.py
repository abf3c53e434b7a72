"""Shared pieces of the pages: data loading, sidebar filters, charts, labels."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from metrics import storage
from metrics.aggregate import filter_facts
from metrics.formatting import exact_vnd, group, vnd

ACTION_LABELS = {"raised": "Vận động, tiếp nhận", "given": "Hỗ trợ, chi", "other": "Khác"}
KIND_LABELS = {"money": "Tiền", "households": "Hộ"}
QUALIFIER_LABELS = {"exact": "chính xác", "over": "hơn/trên", "under": "gần/dưới", "about": "khoảng"}


@st.cache_resource
def _connection():  # type: ignore[no-untyped-def]
    con = storage.connect()
    storage.ensure_sample(con)
    return con


def connection():  # type: ignore[no-untyped-def]
    return _connection()


# cache_resource, not cache_data: cache_data would unpickle a fresh copy of 300 000 rows on every
# rerun (seconds); the pages never modify these frames, filters and totals return new ones.
@st.cache_resource(max_entries=2, show_spinner="Đang tải số liệu…")
def _load(version: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    con = connection()
    return storage.facts_frame(con), storage.campaigns_frame(con)


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Facts and campaign mentions; reloaded only when the store changes."""
    return _load(storage.version(connection()))


def _from_url(key: str, cast=str) -> list:  # type: ignore[no-untyped-def]
    values = st.query_params.get_all(key)
    try:
        return [cast(v) for v in values]
    except ValueError:
        return []


def sidebar_filters() -> None:
    """Years, provinces, campaigns, action: kept in the URL so a view can be shared."""
    try:
        facts, _ = load()
    except Exception as exc:  # a broken store is a message, not a traceback
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
        ("years", "Năm", "nam", sorted(int(y) for y in facts["year"].dropna().unique()), int),
        ("provinces", "Tỉnh/thành", "tinh", sorted(facts[province_field].dropna().unique()), str),
        ("campaigns", "Chiến dịch/Quỹ", "cd", sorted(facts["campaign"].dropna().unique()), str),
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
    st.session_state["filters"] = {**chosen, "province_field": province_field}
    st.sidebar.caption("Liên kết trên thanh địa chỉ giữ nguyên bộ lọc để chia sẻ.")


def filters() -> dict:
    return st.session_state.get(
        "filters", {"years": [], "provinces": [], "campaigns": [], "actions": [], "province_field": "province"}
    )


def filtered(kind: str | None = None) -> pd.DataFrame:
    f = filters()
    facts, _ = load()
    return filter_facts(
        facts,
        years=f["years"],
        provinces=f["provinces"],
        province_field=f["province_field"],
        campaigns=f["campaigns"],
        actions=f["actions"],
        kinds=[kind] if kind else [],
    )


def empty_state() -> bool:
    """True (after telling the user what to do) when there is nothing to show."""
    facts, _ = load()
    if facts.empty:
        st.info("Chưa có dữ liệu. Hãy vào trang **Nhập dữ liệu** để tải bài viết lên.")
        st.page_link("app_pages/nhap_du_lieu.py", label="Đi tới Nhập dữ liệu", icon=":material/upload_file:")
        return True
    return False


def money_hover(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds the Vietnamese texts a chart's hover shows."""
    frame = frame.copy()
    frame["Số tiền"] = [vnd(t, a) for t, a in zip(frame["total"], frame["at_least"], strict=True)]
    frame["Chính xác"] = [exact_vnd(t) for t in frame["total"]]
    frame["Số bài"] = frame["articles"].map(group)
    frame["Tỷ đồng"] = frame["total"] / 1e9
    return frame


def bar(frame: pd.DataFrame, x: str, y: str, labels: dict, **kw) -> None:  # type: ignore[no-untyped-def]
    fig = px.bar(
        frame, x=x, y=y, labels=labels, hover_data={c: True for c in ("Số tiền", "Chính xác", "Số bài") if c in frame}, **kw
    )
    fig.update_layout(separators=",.", margin=dict(l=10, r=10, t=30, b=10), height=380, legend_title_text="")
    st.plotly_chart(fig, width="stretch")
