"""Tổng quan: headline figures with change against last year, chart by year, top lists."""

import streamlit as st

from app_pages import common
from metrics import labels
from metrics.formatting import change, group, vnd

st.title("Tổng quan số liệu Mặt trận Tổ quốc")
if not common.empty_state():
    money = common.totals("money", ("year",))
    households = common.totals("households", ("year",))  # counted: supported households, not "1.500 hộ bị thiệt hại"
    years = sorted({int(y) for y in (*money["year"].dropna(), *households["year"].dropna())})
    latest = years[-1] if years else None  # the latest year with counted figures

    def _year_total(frame, year, action):  # type: ignore[no-untyped-def]
        rows = frame[(frame["year"] == year) & (frame["action"] == action)]
        return (float(rows["total"].sum()), bool(rows["at_least"].any())) if len(rows) else (0.0, False)

    cols = [*st.columns(3), *st.columns(3)]
    for col, label, action in ((cols[0], "Tiền vận động", "raised"), (cols[1], "Tiền hỗ trợ, chi", "given")):
        now, at_least = _year_total(money, latest, action)
        before, _ = _year_total(money, latest - 1 if latest else None, action)
        col.metric(
            f"{label} ({latest})",
            vnd(now, at_least),
            change(now, before),
            help="So với năm trước. Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất), chỉ tiêu, tin trùng.",
        )
    h_now, h_least = _year_total(households, latest, "given")
    h_before, _ = _year_total(households, latest - 1 if latest else None, "given")
    cols[2].metric(f"Hộ được hỗ trợ ({latest})", ("ít nhất " if h_least else "") + group(h_now), change(h_now, h_before))
    cols[3].metric("Số bài có số liệu", group(common.count_facts(counted_only=True)["articles"]),
                   help="Số bài viết có số liệu được cộng khớp bộ lọc.")  # fmt: skip
    cols[4].metric("Số chiến dịch", group(common.campaign_mentions()["name"].nunique()))

    st.subheader("Tiền vận động và hỗ trợ theo năm")
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        per_year = common.money_hover(money)
        per_year["Hoạt động"] = per_year["action"].map(labels.ACTION_LABELS)
        common.bar(per_year, "year", "Tỷ đồng", {"year": "Năm"}, color="Hoạt động", barmode="group")
    field = common.filters().province_field
    left, right = st.columns(2)
    with left:
        st.subheader("Tỉnh/thành nhiều nhất")
        top = common.totals_by_action("money", (field,)).dropna(subset=[field])
        top = top.sort_values(["raised", "given"], ascending=False).head(10)
        st.dataframe(
            common.money_cells(top)[[field, "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài"]].rename(
                columns={"province": "Tỉnh/thành", "province_2025": "Tỉnh/thành (2025)"}
            ),
            hide_index=True,
            width="stretch",
        )
    with right:
        st.subheader("Chiến dịch/Quỹ nhiều nhất")
        top = common.totals_by_action("money", ("campaign",)).dropna(subset=["campaign"])
        top = top.sort_values(["raised", "given"], ascending=False).head(10)
        st.dataframe(
            common.money_cells(top)[["campaign", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ"}
            ),
            hide_index=True,
            width="stretch",
        )
