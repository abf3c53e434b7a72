"""Chiến dịch: campaigns over time, with amounts and the localities reporting them."""

import plotly.express as px
import streamlit as st

from app_pages import common

st.title("Chiến dịch, quỹ, phong trào")
if not common.empty_state():
    mentions = common.campaign_mentions()
    if mentions.empty:
        st.info("Không có chiến dịch nào khớp bộ lọc.")
    else:
        timeline = mentions.groupby(["name", "year"], as_index=False).agg(bai=("articles", "sum"))
        fig = px.scatter(timeline, x="year", y="name", size="bai", labels={"year": "Năm", "name": "", "bai": "Số bài"})
        fig.update_layout(separators=",.", height=max(300, 40 * timeline["name"].nunique()), margin=dict(l=10, r=10, t=30, b=10))
        st.plotly_chart(fig, width="stretch")
        money = common.totals_by_action("money", ("campaign",)).dropna(subset=["campaign"])
        places = mentions.groupby("name")["province"].agg(lambda s: ", ".join(sorted(s.dropna().unique())))
        table = common.money_cells(money.sort_values(["raised", "given"], ascending=False))
        table["Địa phương"] = table["campaign"].map(places)
        st.dataframe(
            table[["campaign", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài", "Địa phương"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ"}
            ),
            hide_index=True,
            width="stretch",
        )
