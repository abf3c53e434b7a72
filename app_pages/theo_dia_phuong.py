"""Theo địa phương: ranking of provinces, drill-down to districts."""

import streamlit as st

from app_pages import common
from metrics import labels

st.title("Số liệu theo địa phương")
if not common.empty_state():
    field = common.filters().province_field
    st.caption(
        "Đơn vị hành chính " + ("sau sắp xếp 2025." if field == "province_2025" else "như tên gọi lúc đưa tin (đổi ở thanh bên).")
    )
    ranked = common.totals("money", (field,)).dropna(subset=[field])
    if ranked.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        order = common.totals_by_action("money", (field,)).sort_values(["raised", "given"])[field].tolist()
        frame = common.money_hover(ranked)
        frame["Hoạt động"] = frame["action"].map(labels.ACTION_LABELS)
        common.bar(frame, "Tỷ đồng", field, {field: "Tỉnh/thành"}, orientation="h", color="Hoạt động", barmode="group",
                   category_orders={field: order[::-1]})  # fmt: skip
        province = st.selectbox("Xem quận/huyện của", order[::-1], key="dp_province")
        districts = common.totals("money", ("district",), provinces=(province,)).dropna(subset=["district"])
        if districts.empty:
            st.info("Các bài của tỉnh/thành này không nêu quận/huyện.")
        else:
            frame = common.money_hover(districts)
            frame["Hoạt động"] = frame["action"].map(labels.ACTION_LABELS)
            common.bar(frame, "district", "Tỷ đồng", {"district": "Quận/huyện"}, color="Hoạt động", barmode="group")
