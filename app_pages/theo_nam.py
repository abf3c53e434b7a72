"""Theo năm: money and households by year or period, by action and campaign."""

import streamlit as st

from app_pages import common
from metrics import labels

st.title("Số liệu theo năm")
if not common.empty_state():
    split = st.radio("Chia theo", ["Hoạt động", "Chiến dịch/Quỹ"], horizontal=True, key="nam_split")
    grain = st.radio("Kỳ", ["Năm", "Kỳ báo cáo (quý, 6 tháng, tháng)"], horizontal=True, key="nam_grain")
    x = "year" if grain == "Năm" else "period"
    by = (x,) if split == "Hoạt động" else (x, "campaign")
    money = common.totals("money", by)
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        frame = common.money_hover(money)
        frame["Hoạt động"] = frame["action"].map(labels.ACTION_LABELS)
        if split == "Hoạt động":  # side by side: raised and given are never one stacked bar
            common.bar(frame, x, "Tỷ đồng", {"year": "Năm", "period": "Kỳ"}, color="Hoạt động", barmode="group")
        else:  # campaigns stacked within one action, one chart row per action
            frame["Chiến dịch/Quỹ"] = frame["campaign"].fillna("(không nêu)")
            common.bar(frame, x, "Tỷ đồng", {"year": "Năm", "period": "Kỳ"}, color="Chiến dịch/Quỹ", facet_row="Hoạt động")
        st.caption(
            "Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất, đồng/hộ), đầu trên của khoảng, chỉ tiêu, "
            "phần của một tổng đã tính và tin có thể trùng. “ít nhất” khi tổng có khoản “hơn/trên”."
        )
    st.subheader("Số hộ được hỗ trợ theo năm")
    households = common.totals("households", ("year",))
    if households.empty:
        st.info("Không có số hộ nào khớp bộ lọc.")
    else:
        households = households.assign(**{"Số hộ": households["total"]})
        common.bar(households, "year", "Số hộ", {"year": "Năm"})
        st.caption("Chỉ tính hộ được trao, tặng, hỗ trợ; số hộ bị thiệt hại hay sinh sống trong vùng không cộng vào.")
