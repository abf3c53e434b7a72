"""Theo địa phương: ranking of provinces, drill-down to districts."""

import streamlit as st

from app_pages import charts, common, sources, url_state
from metrics import labels
from metrics.formatting import vnd

SHOWN_PROVINCES = 20


def _chart(frame, column, key, order, **narrower):  # type: ignore[no-untyped-def]
    """Raised and given side by side per place; a click shows the sentences behind a bar."""
    clicked = charts.bars(frame, column, key=key, colour_by="action", colours=charts.ACTION_COLOURS,
                          group_label=labels.ACTION_LABELS.get, x_order=order, horizontal=True, barmode="group")  # fmt: skip
    if clicked:
        place, action = clicked
        row = frame[(frame[column] == place) & (frame["action"] == action)].iloc[0]
        where = {"provinces": (place,)} if column != "district" else {"districts": (place,)}
        sources.panel(f"{place} · {labels.ACTION_LABELS[action]}", vnd(row["total"], bool(row["at_least"])),
                      kinds=("money",), actions=(action,), **where, **narrower)  # fmt: skip


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
        order = common.totals_by_action("money", (field,)).dropna(subset=[field])
        order = order.sort_values(["raised", "given"], ascending=False)[field].tolist()
        st.subheader("Tỉnh/thành theo số tiền")
        top = order[:SHOWN_PROVINCES]
        _chart(ranked[ranked[field].isin(top)], field, "dp_provinces", top[::-1])
        st.caption(
            (f"{SHOWN_PROVINCES} trên {len(order)} tỉnh/thành có số liệu. " if len(order) > SHOWN_PROVINCES else "")
            + "Bấm vào một cột để xem các câu gốc."
        )
        st.subheader("Quận/huyện")
        province = url_state.selectbox("Xem quận/huyện của", order, key="dp_province", url_key="xem")
        districts = common.totals("money", ("district",), provinces=(province,)).dropna(subset=["district"])
        if districts.empty:
            st.info("Các bài của tỉnh/thành này không nêu quận/huyện.")
        else:
            by_total = districts.groupby("district")["total"].max().sort_values(ascending=False).index.tolist()
            _chart(districts, "district", "dp_districts", by_total[::-1], provinces=(province,))
