"""Theo địa phương: a map and a ranking of provinces, drill-down to districts."""

import streamlit as st

from app_pages import charts, common, safe_text, sources, url_state
from metrics import labels
from metrics.formatting import group, vnd
from parsers.gazetteer import province_points

SHOWN_PROVINCES = 20


MAP_ACTIONS = ("raised", "given")  # never added together: the map shows one at a time


def _map(ranked, field: str) -> None:  # type: ignore[no-untyped-def]
    """Bubbles at the provinces' coordinates, for one action; a click shows the sentences behind a bubble."""
    present = [a for a in MAP_ACTIONS if (ranked["action"] == a).any()]
    if not present:
        return
    action = url_state.radio("Bản đồ", present, key="dp_map", url_key="ban_do", horizontal=True,
                             format_func=labels.ACTION_LABELS.get, label_visibility="collapsed")  # fmt: skip
    choice = labels.ACTION_LABELS[action]
    points = province_points(after_2025=field == "province_2025")
    shown = ranked[ranked["action"] == action].rename(columns={field: "place"})
    clicked = charts.bubble_map(shown, points, key="dp_map_chart", action=action, title=choice)
    unplaced = sorted(set(shown["place"]) - set(points))
    largest = shown.sort_values("total").iloc[-1]  # a yardstick: the other bubbles read against it
    st.caption(
        f"Diện tích bong bóng theo số tiền được cộng; lớn nhất: {safe_text.md(largest['place'])}, "
        f"{vnd(largest['total'], largest['bound'])}. Chấm xám: tỉnh/thành chưa có số liệu. "
        "Bấm vào một bong bóng để xem các câu gốc."
        + (f" Chưa có tọa độ: {safe_text.md(', '.join(unplaced))}." if unplaced else "")
    )
    if clicked:
        row = shown[shown["place"] == clicked].iloc[0]
        sources.panel(f"{clicked} · {choice}", vnd(row["total"], row["bound"]), kinds=("money",),
                      actions=(action,), provinces=(clicked,))  # fmt: skip


def _chart(frame, column, key, order, **narrower):  # type: ignore[no-untyped-def]
    """Raised and given side by side per place; a click shows the sentences behind a bar."""
    clicked = charts.bars(frame, column, key=key, colour_by="action", colours=charts.ACTION_COLOURS,
                          group_label=labels.ACTION_LABELS.get, x_order=order, horizontal=True, barmode="group")  # fmt: skip
    if clicked:
        place, action = clicked
        row = frame[(frame[column] == place) & (frame["action"] == action)].iloc[0]
        where = {"provinces": (place,)} if column != "district" else {"districts": (place,)}
        sources.panel(f"{place} · {labels.ACTION_LABELS[action]}", vnd(row["total"], row["bound"]),
                      kinds=("money",), actions=(action,), **where, **narrower)  # fmt: skip


st.title("Số liệu theo địa phương")
if not common.empty_state():
    field = common.filters().province_field
    st.caption(
        "Đơn vị hành chính " + ("sau sắp xếp 2025." if field == "province_2025" else "như tên gọi lúc đưa tin (đổi ở thanh bên).")
    )
    by_level = common.totals("money", ("level",))
    if (by_level["level"] == "national").any():
        st.caption("Số liệu toàn quốc, cấp Trung ương không gắn với tỉnh/thành nào nên không có trên bản đồ và các "
                   "bảng dưới (xem trang Tổng quan); các tỉnh/thành ở đây chỉ gồm số của địa phương.")  # fmt: skip
    ranked = common.totals("money", (field,), levels=("local",)).dropna(subset=[field])
    if ranked.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        order = common.totals_by_action("money", (field,), levels=("local",)).dropna(subset=[field])
        order = order.sort_values(["raised", "given"], ascending=False)[field].tolist()
        on_map, in_bars = st.columns([2, 3], gap="large")
        with on_map:
            st.subheader("Bản đồ")
            _map(ranked, field)
        with in_bars:
            st.subheader("Tỉnh/thành theo số tiền")
            top = order[:SHOWN_PROVINCES]
            # Each action on its own scale: given is often a hundredth of raised, a sliver on a shared axis.
            for action in MAP_ACTIONS:
                part = ranked[ranked[field].isin(top) & (ranked["action"] == action)]
                if part.empty:
                    continue
                st.markdown(f"**{labels.ACTION_LABELS[action]}**")
                _chart(part, field, f"dp_provinces_{action}", part.sort_values("total")[field].tolist())  # largest on top
            st.caption(
                (f"{SHOWN_PROVINCES} trên {group(len(order))} tỉnh/thành có số liệu. " if len(order) > SHOWN_PROVINCES else "")
                + "Mỗi hoạt động một thang đo. Bấm vào một cột để xem các câu gốc."
            )
            common.checked_note("money")
        st.subheader("Quận/huyện")
        province = url_state.selectbox("Xem quận/huyện của", order, key="dp_province", url_key="xem",
                                       placeholder="Chọn tỉnh/thành")  # fmt: skip
        districts = common.totals("money", ("district",), provinces=(province,)).dropna(subset=["district"])
        if districts.empty:
            st.info("Các bài của tỉnh/thành này không nêu quận/huyện.")
        else:
            by_total = districts.groupby("district")["total"].max().sort_values(ascending=False).index.tolist()
            _chart(districts, "district", "dp_districts", by_total[::-1], provinces=(province,))
            common.checked_note("money", provinces=(province,))
