"""Theo địa phương: ranking of provinces, drill-down to districts."""

import streamlit as st

from app_pages import common
from metrics.aggregate import by_district, by_province

st.title("Số liệu theo địa phương")
if not common.empty_state():
    field = common.filters()["province_field"]
    money = common.filtered("money")
    st.caption(
        "Đơn vị hành chính " + ("sau sắp xếp 2025." if field == "province_2025" else "như tên gọi lúc đưa tin (đổi ở thanh bên).")
    )
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        ranked = common.money_hover(by_province(money.dropna(subset=[field]), field))
        common.bar(ranked.sort_values("total"), "Tỷ đồng", field, {field: "Tỉnh/thành"}, orientation="h")
        province = st.selectbox("Xem quận/huyện của", ranked[field].tolist(), key="dp_province")
        districts = by_district(money, province, field)
        if districts.empty:
            st.info("Các bài của tỉnh/thành này không nêu quận/huyện.")
        else:
            common.bar(common.money_hover(districts), "district", "Tỷ đồng", {"district": "Quận/huyện"})
