"""Tổng quan: headline figures with change against last year, chart by year, top lists."""

import pandas as pd
import streamlit as st

from app_pages import common
from metrics.aggregate import by_campaign, by_province, totals
from metrics.formatting import change, group, vnd

st.title("Tổng quan số liệu Mặt trận Tổ quốc")
if not common.empty_state():
    money = common.filtered("money")
    households = common.filtered("households")
    households = households[households["action"] == "given"]  # supported, not "1.500 hộ bị thiệt hại"
    _, campaigns = common.load()
    years = sorted(money["year"].dropna().unique())
    latest = int(years[-1]) if years else None

    def _year_total(frame, year):  # type: ignore[no-untyped-def]
        t = totals(frame[frame["year"] == year]) if year else None
        return (float(t["total"].iloc[0]), bool(t["at_least"].iloc[0])) if t is not None and len(t) else (0.0, False)

    cols = [*st.columns(3), *st.columns(3)]
    for col, label, frame in (
        (cols[0], "Tiền vận động", money[money["action"] == "raised"]),
        (cols[1], "Tiền hỗ trợ, chi", money[money["action"] == "given"]),
    ):
        now, at_least = _year_total(frame, latest)
        before, _ = _year_total(frame, latest - 1 if latest else None)
        col.metric(
            f"{label} ({latest})",
            vnd(now, at_least),
            change(now, before),
            help="So với năm trước. Không cộng định mức (đồng/suất) và tin trùng.",
        )
    h_now, h_least = _year_total(households, latest)
    h_before, _ = _year_total(households, latest - 1 if latest else None)
    cols[2].metric(f"Hộ được hỗ trợ ({latest})", ("ít nhất " if h_least else "") + group(h_now), change(h_now, h_before))
    with_figures = pd.concat([money["article_id"], households["article_id"]]).nunique()
    cols[3].metric("Số bài có số liệu", group(with_figures), help="Số bài viết có số liệu khớp bộ lọc.")
    cols[4].metric("Số chiến dịch", group(campaigns["name"].nunique()))

    st.subheader("Tiền vận động và hỗ trợ theo năm")
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        per_year = common.money_hover(totals(money, ["year", "action"]))
        per_year["Hoạt động"] = per_year["action"].map(common.ACTION_LABELS)
        common.bar(per_year, "year", "Tỷ đồng", {"year": "Năm"}, color="Hoạt động", barmode="group")
    left, right = st.columns(2)
    with left:
        st.subheader("Tỉnh/thành nhiều nhất")
        top = by_province(money, common.filters()["province_field"]).head(10)
        st.dataframe(
            top.assign(**{"Số tiền": [vnd(t, a) for t, a in zip(top["total"], top["at_least"], strict=True)]})[
                [common.filters()["province_field"], "Số tiền", "articles"]
            ].rename(columns={"province": "Tỉnh/thành", "province_2025": "Tỉnh/thành (2025)", "articles": "Số bài"}),
            hide_index=True,
            width="stretch",
        )
    with right:
        st.subheader("Chiến dịch/Quỹ nhiều nhất")
        top = by_campaign(money).head(10)
        st.dataframe(
            top.assign(**{"Số tiền": [vnd(t, a) for t, a in zip(top["total"], top["at_least"], strict=True)]})[
                ["campaign", "Số tiền", "articles"]
            ].rename(columns={"campaign": "Chiến dịch/Quỹ", "articles": "Số bài"}),
            hide_index=True,
            width="stretch",
        )
