"""Tổng quan: headline figures with change against last year, chart by year, top lists."""

import streamlit as st

from app_pages import charts, common, sources
from metrics import labels
from metrics.formatting import change, group, vnd

NOT_REPORTED = "Chưa có số liệu"

st.title("Tổng quan số liệu Mặt trận Tổ quốc")
if not common.empty_state():
    money = common.totals("money", ("year",))
    households = common.totals("households", ("year",))  # counted: supported households, not "1.500 hộ bị thiệt hại"
    years = sorted({int(y) for y in (*money["year"].dropna(), *households["year"].dropna())})
    latest = years[-1] if years else None  # the latest year with counted figures

    def _year_total(frame, year, action):  # type: ignore[no-untyped-def]
        """(total, at least) of a year, or None when no article reported one: nothing reported is not 0 đồng."""
        rows = frame[(frame["year"] == year) & (frame["action"] == action)]
        return (float(rows["total"].sum()), bool(rows["at_least"].any())) if len(rows) else None

    def _card(col, label: str, frame, action: str, shown) -> None:  # type: ignore[no-untyped-def]
        now = _year_total(frame, latest, action)
        before = _year_total(frame, latest - 1 if latest else None, action)
        col.metric(
            f"{label} ({latest})",
            shown(*now) if now else NOT_REPORTED,
            change(now[0], before[0]) if now and before else None,
            help="So với năm trước. Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất), chỉ tiêu, tin trùng."
            + ("" if now else " Không bài nào khớp bộ lọc nêu số liệu này trong năm."),
        )

    cols = [*st.columns(3), *st.columns(3)]
    for col, label, action in ((cols[0], "Tiền vận động", "raised"), (cols[1], "Tiền hỗ trợ, chi", "given")):
        _card(col, label, money, action, vnd)
        with col:
            common.checked_note("money", years=(latest,) if latest else (), actions=(action,))
            sources.facts_link(nam=latest or [], hd=action, loai="Tiền", cong=sources.COUNTED_ONLY)
    _card(cols[2], "Hộ được hỗ trợ", households, "given", lambda n, at_least: ("ít nhất " if at_least else "") + group(n))
    with cols[2]:
        common.checked_note("households", years=(latest,) if latest else (), actions=("given",))
        sources.facts_link(nam=latest or [], hd="given", loai="Hộ", cong=sources.COUNTED_ONLY)
    cols[3].metric("Số bài có số liệu", group(common.count_facts(counted_only=True)["articles"]),
                   help="Số bài viết có số liệu được cộng khớp bộ lọc.")  # fmt: skip
    with cols[3]:
        sources.facts_link(cong=sources.COUNTED_ONLY)
    cols[4].metric(
        "Số chiến dịch",
        group(common.campaign_mentions()["name"].nunique()),
        help="Chiến dịch, quỹ được nêu trong các bài khớp bộ lọc.",
    )
    with cols[4]:
        st.page_link("app_pages/chien_dich.py", label="Xem các chiến dịch", icon=":material/campaign:",
                     query_params=sources.filter_params())  # fmt: skip

    st.subheader("Tiền vận động và hỗ trợ theo năm")
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        clicked = charts.bars(
            money,
            "year",
            key="tq_years",
            colour_by="action",
            colours=charts.ACTION_COLOURS,
            group_label=labels.ACTION_LABELS.get,
            x_order=charts.year_range(money["year"].dropna()),
            barmode="group",  # raised and given side by side, never one stacked bar
        )
        common.checked_note("money")
        if clicked:
            year, action = clicked
            row = money[(money["year"] == year) & (money["action"] == action)].iloc[0]
            sources.panel(f"{year} · {labels.ACTION_LABELS[action]}", vnd(row["total"], bool(row["at_least"])),
                          kinds=("money",), years=(year,), actions=(action,))  # fmt: skip
    field = common.filters().province_field
    left, right = st.columns(2)
    with left:
        st.subheader("Tỉnh/thành nhiều nhất")
        top = common.totals_by_action("money", (field,)).dropna(subset=[field])
        top = top.sort_values(["raised", "given"], ascending=False).head(10)
        common.short_table(
            common.money_cells(top)[[field, "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài"]].rename(
                columns={"province": "Tỉnh/thành", "province_2025": "Tỉnh/thành (2025)"}
            ),
            "Không có khoản tiền nào nêu tỉnh/thành khớp bộ lọc.",
        )
    with right:
        st.subheader("Chiến dịch/Quỹ nhiều nhất")
        top = common.totals_by_action("money", ("campaign",)).dropna(subset=["campaign"])
        top = top.sort_values(["raised", "given"], ascending=False).head(10)
        common.short_table(
            common.money_cells(top)[["campaign", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ"}
            ),
            "Không có khoản tiền nào nêu chiến dịch, quỹ khớp bộ lọc.",
        )
