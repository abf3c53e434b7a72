"""Chiến dịch: campaigns over time, with amounts and the localities reporting them."""

import plotly.express as px
import streamlit as st

from app_pages import common
from metrics.aggregate import by_campaign
from metrics.formatting import vnd

st.title("Chiến dịch, quỹ, phong trào")
if not common.empty_state():
    _, campaigns = common.load()
    f = common.filters()
    if f["years"]:
        campaigns = campaigns[campaigns["year"].isin(f["years"])]
    if f["campaigns"]:
        campaigns = campaigns[campaigns["name"].isin(f["campaigns"])]
    if campaigns.empty:
        st.info("Không có chiến dịch nào khớp bộ lọc.")
    else:
        timeline = campaigns.groupby(["name", "year"], as_index=False).agg(bai=("article_id", "nunique"))
        fig = px.scatter(timeline, x="year", y="name", size="bai", labels={"year": "Năm", "name": "", "bai": "Số bài"})
        fig.update_layout(separators=",.", height=max(300, 40 * timeline["name"].nunique()), margin=dict(l=10, r=10, t=30, b=10))
        st.plotly_chart(fig, width="stretch")
        money = by_campaign(common.filtered("money"))
        places = campaigns.groupby("name")["province"].agg(lambda s: ", ".join(sorted(s.dropna().unique())))
        table = money.assign(**{"Số tiền": [vnd(t, a) for t, a in zip(money["total"], money["at_least"], strict=True)]})
        table["Địa phương"] = table["campaign"].map(places)
        st.dataframe(
            table[["campaign", "Số tiền", "articles", "Địa phương"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ", "articles": "Số bài"}
            ),
            hide_index=True,
            width="stretch",
        )
