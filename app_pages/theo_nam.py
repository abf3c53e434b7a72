"""Theo năm: money and households by year or period, by action and campaign."""

import streamlit as st

from app_pages import common
from metrics.aggregate import totals

st.title("Số liệu theo năm")
if not common.empty_state():
    money = common.filtered("money")
    split = st.radio("Chia theo", ["Hoạt động", "Chiến dịch/Quỹ"], horizontal=True, key="nam_split")
    grain = st.radio("Kỳ", ["Năm", "Kỳ báo cáo (quý, 6 tháng, tháng)"], horizontal=True, key="nam_grain")
    x = "year" if grain == "Năm" else "period"
    column = "action" if split == "Hoạt động" else "campaign"
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        frame = common.money_hover(totals(money.fillna({"campaign": "(không nêu)"}), [x, column]))
        frame["Nhóm"] = frame[column].map(common.ACTION_LABELS) if column == "action" else frame[column]
        common.bar(frame, x, "Tỷ đồng", {"year": "Năm", "period": "Kỳ"}, color="Nhóm")
        st.caption(
            "Tổng không cộng định mức (đồng/suất, đồng/hộ), đầu trên của khoảng và tin có thể trùng. "
            "“ít nhất” khi tổng có khoản “hơn/trên”."
        )
    st.subheader("Số hộ được hỗ trợ theo năm")
    households = common.filtered("households")
    households = households[households["action"] == "given"]
    if households.empty:
        st.info("Không có số hộ nào khớp bộ lọc.")
    else:
        frame = totals(households, ["year"])
        frame["Số hộ"] = frame["total"]
        common.bar(frame, "year", "Số hộ", {"year": "Năm"})
        st.caption("Chỉ tính hộ được trao, tặng, hỗ trợ; số hộ bị thiệt hại hay sinh sống trong vùng không cộng vào.")
