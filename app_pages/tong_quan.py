"""Tổng quan: headline figures (national and local apart) with their change where it compares, charts by year
(raised and given each on its own scale), top lists."""

import streamlit as st

from app_pages import cards, charts, common, sources
from metrics import labels
from metrics.formatting import group, vnd

st.title("Tổng quan số liệu Mặt trận Tổ quốc")
if not common.empty_state():
    money = common.totals("money", ("year", "level"))
    households = common.totals("households", ("year", "level"))  # counted: supported households, not "1.500 hộ bị thiệt hại"
    years = sorted({int(y) for y in (*money["year"].dropna(), *households["year"].dropna())})
    latest = years[-1] if years else None  # the latest year with counted figures
    cards.headline(money, households, latest)

    cols = st.columns(3)
    cols[0].metric("Số bài có số liệu", group(common.count_facts(counted_only=True)["articles"]),
                   help="Số bài viết có số liệu được cộng khớp bộ lọc.")  # fmt: skip
    with cols[0]:
        sources.facts_link(cong=sources.COUNTED_ONLY)
    cols[1].metric(
        "Số chiến dịch",
        group(common.campaign_mentions()["campaign"].nunique()),
        help="Chiến dịch, quỹ của Mặt trận được nêu trong các bài khớp bộ lọc (như trang Chiến dịch).",
    )
    with cols[1]:
        st.page_link("app_pages/chien_dich.py", label="Xem các chiến dịch", icon=":material/campaign:",
                     query_params=sources.filter_params())  # fmt: skip

    st.subheader("Tiền vận động và hỗ trợ theo năm")
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    else:
        axis = charts.year_range(money["year"].dropna())  # one axis for both charts, so that years line up
        for col, action in zip(st.columns(2), ("raised", "given"), strict=True):
            part = money[money["action"] == action]
            with col:
                st.markdown(f"**{labels.ACTION_LABELS[action]}**")
                if part.empty:
                    st.caption("Không có khoản tiền nào khớp bộ lọc.")
                    continue
                clicked = charts.level_bars(part, "year", key=f"tq_years_{action}", action=action, x_order=axis)
                if clicked:
                    year, level = clicked
                    row = part[(part["year"] == year) & (part["level"] == level)].iloc[0]
                    sources.panel(f"{year} · {labels.ACTION_LABELS[action]} · {labels.LEVEL_LABELS[level]}",
                                  vnd(row["total"], row["bound"]), kinds=("money",), years=(year,), actions=(action,),
                                  levels=(level,))  # fmt: skip
        st.caption(
            "Mỗi biểu đồ một thang đo: tiền hỗ trợ thường nhỏ hơn nhiều so với tiền vận động. Cột gạch chéo: số toàn "
            "quốc, cấp Trung ương, không cộng với số các địa phương. Bấm vào một cột để xem các câu gốc."
        )
        common.undated_note(money)
        common.checked_note("money")
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
        top = common.campaign_money().sort_values(["raised", "given"], ascending=False, kind="stable").head(10)
        common.short_table(
            common.money_cells(top)[["campaign", "Cấp", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ"}
            ),
            "Không có khoản tiền nào nêu chiến dịch, quỹ khớp bộ lọc.",
        )
