"""Chiến dịch: campaigns over time, with amounts and the localities reporting them."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app_pages import charts, common, safe_text, sources
from metrics.formatting import group

SHOWN_CAMPAIGNS = 20  # on the timeline; the table lists them all
LABEL_WIDTH = 28  # characters of a name beside the timeline (the whole name is in the hover and the table)

st.title("Chiến dịch, quỹ, phong trào")
if not common.empty_state():
    mentions = common.campaign_mentions()
    if mentions.empty:
        st.info("Không có chiến dịch nào khớp bộ lọc.")
    else:
        timeline = mentions.dropna(subset=["year"]).groupby(["name", "year"], as_index=False).agg(bai=("articles", "sum"))
        colours = common.campaign_colours()
        named = timeline.groupby("name")["bai"].sum().sort_values(kind="stable").index.tolist()
        order = named[-SHOWN_CAMPAIGNS:]  # the most named, on top
        short = dict(zip(order, charts.short_labels(order, LABEL_WIDTH), strict=True))
        fig, keys = go.Figure(), []
        for name in order:
            part = timeline[timeline["name"] == name]
            label = safe_text.plot(name)
            fig.add_scatter(
                x=[str(int(y)) for y in part["year"]],
                y=[safe_text.plot(short[name])] * len(part),
                mode="markers",
                name=label,
                marker=dict(size=[8 + 22 * (b / timeline["bai"].max()) ** 0.5 for b in part["bai"]], color=colours.get(name)),
                customdata=[
                    f"<b>{label}</b><br>Năm {int(y)}: {group(b)} bài báo nêu tên<br><i>Bấm để xem các câu gốc</i>"
                    for y, b in zip(part["year"], part["bai"], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
            keys.append([(name, int(y)) for y in part["year"]])
        years = [str(y) for y in charts.year_range(timeline["year"])]
        fig.update_layout(
            # On top: the eye meets the years before a long list of campaigns.
            xaxis=dict(type="category", categoryorder="array", categoryarray=years, title_text="", side="top"),
            yaxis=dict(
                type="category", categoryorder="array", categoryarray=[safe_text.plot(short[n]) for n in order], title_text=""
            ),  # fmt: skip
        )
        charts.style(fig, max(300, 44 * len(order) + 80), legend=False)
        clicked = charts.show(fig, "cd_timeline", keys)
        st.caption(
            (f"{SHOWN_CAMPAIGNS} chiến dịch được nêu tên nhiều nhất trên {group(len(named))}; bảng dưới liệt kê tất cả. "
             if len(named) > SHOWN_CAMPAIGNS else "")
            + "Cỡ chấm: số bài nêu tên chiến dịch trong năm (cả bài không có số liệu). Bấm vào một chấm để xem các câu gốc."
        )  # fmt: skip
        if clicked:
            name, year = clicked
            amounts = common.money_cells(common.totals_by_action("money", ("campaign",), campaigns=(name,), years=(year,)))
            actions = ("Vận động, tiếp nhận", "Hỗ trợ, chi")
            figure = (
                "; ".join(f"{a.lower()} {amounts[a].iloc[0]}" for a in actions)
                if len(amounts)
                else "không có khoản tiền được cộng"
            )
            sources.panel(f"{name} · {year}", figure, kinds=("money",), campaigns=(name,), years=(year,))
        # Every campaign on the timeline has its row; one with no counted money reads "—".
        money = common.totals_by_action("money", ("campaign",)).dropna(subset=["campaign"])
        named_all = pd.DataFrame({"campaign": sorted(mentions["name"].unique())})
        money = named_all.merge(money, on="campaign", how="left").fillna(
            {"raised": 0, "given": 0, "raised_at_least": False, "given_at_least": False, "articles": 0}
        )
        places = mentions.groupby("name")["province"].agg(lambda s: ", ".join(sorted(s.dropna().unique())))
        table = common.money_cells(money.sort_values(["raised", "given"], ascending=False, kind="stable"))
        table["Địa phương"] = table["campaign"].map(places).fillna("")
        common.table(
            table[["campaign", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài", "Địa phương"]].rename(
                columns={"campaign": "Chiến dịch/Quỹ", "Số bài": "Số bài có số tiền"}
            ),
            "Không có chiến dịch nào khớp bộ lọc.",
        )
        common.checked_note("money")
