"""Chiến dịch: the Front's campaigns over time, with their amounts and the places that report figures in them."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app_pages import charts, common, safe_text, sources
from metrics.formatting import group
from metrics.labels import LEVEL_LABELS

SHOWN_CAMPAIGNS = 20  # on the timeline; the table lists them all
NATIONAL = "Toàn quốc"  # the places of a national row
LABEL_WIDTH = 28  # characters of a name beside the timeline (the whole name is in the hover and the table)
WHICH = ("Chỉ liệt kê chiến dịch, quỹ của Mặt trận: tên được nêu trong bài về Mặt trận, và có số liệu được cộng hoặc "
         "tên gắn với Mặt trận, các đoàn thể, quỹ của Mặt trận. Các cách viết của một chiến dịch (thêm năm, năm âm "
         "lịch, phần trong ngoặc) là một.")  # fmt: skip


def _timeline(mentions: pd.DataFrame) -> None:
    """The most named campaigns by year; a click shows the counted sentences behind a dot."""
    timeline = mentions.dropna(subset=["year"]).groupby(["campaign", "year"], as_index=False).agg(bai=("articles", "sum"))
    if timeline.empty:
        return
    colours = common.campaign_colours()
    named = timeline.groupby("campaign")["bai"].sum().sort_values(kind="stable").index.tolist()
    order = named[-SHOWN_CAMPAIGNS:]  # the most named, on top
    short = dict(zip(order, charts.short_labels(order, LABEL_WIDTH), strict=True))
    fig, keys = go.Figure(), []
    for name in order:
        part = timeline[timeline["campaign"] == name]
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
        (f"{SHOWN_CAMPAIGNS} chiến dịch được nêu tên nhiều nhất trong số {group(mentions['campaign'].nunique())}; "
         "bảng dưới liệt kê tất cả. " if len(named) > SHOWN_CAMPAIGNS else "")
        + "Cỡ chấm: số bài nêu tên chiến dịch trong năm (cả bài không có số liệu). Bấm vào một chấm để xem các câu gốc."
    )  # fmt: skip
    if clicked:
        name, year = clicked
        spellings = common.campaign_variants(name)
        amounts = common.money_cells(common.totals_by_action("money", ("level",), campaigns=spellings, years=(year,)))
        figure = "; ".join(
            f"{LEVEL_LABELS[row['level']].lower()}: {a.lower()} {row[a]}"
            for _, row in amounts.iterrows()
            for a in ("Vận động, tiếp nhận", "Hỗ trợ, chi")
            if row[a] != "—"
        )
        sources.panel(f"{name} · {year}", figure or "không có khoản tiền được cộng", kinds=("money",),
                      campaigns=spellings, years=(year,))  # fmt: skip


def _table(mentions: pd.DataFrame) -> None:
    """Every campaign listed, a row per level of its money (national and local never added); one with no counted
    money reads "—". The places are those with figures in the campaign, never those that only name it."""
    money = common.campaign_money()
    money = money[money["campaign"].isin(set(mentions["campaign"]))]
    silent = sorted(set(mentions["campaign"]) - set(money["campaign"]))
    rows = pd.concat([money, pd.DataFrame({"campaign": silent})], ignore_index=True).fillna(
        {"raised": 0.0, "given": 0.0, "raised_bound": "exact", "given_bound": "exact", "articles": 0}
    )
    rows = rows.sort_values(["raised", "given"], ascending=False, kind="stable")
    table = common.money_cells(rows)
    table["Địa phương"] = [
        NATIONAL if level == "national" else ", ".join(places) if isinstance(places, list) else ""
        for level, places in zip(rows["level"], rows["places"], strict=True)
    ]
    common.table(
        table[["campaign", "Cấp", "Vận động, tiếp nhận", "Hỗ trợ, chi", "Số bài", "Địa phương"]].rename(
            columns={"campaign": "Chiến dịch/Quỹ", "Số bài": "Số bài có số tiền"}
        ),
        "Không có chiến dịch nào khớp bộ lọc.",
        column_config={
            # the whole row fits a 1440-pixel screen: a long name is read in full in its cell's tooltip
            "Chiến dịch/Quỹ": st.column_config.TextColumn(width="medium"),
            "Cấp": st.column_config.TextColumn(width="medium"),
        },  # fmt: skip
    )


st.title("Chiến dịch, quỹ, phong trào")
if not common.empty_state():
    mentions = common.campaign_mentions()
    if mentions.empty:
        st.info("Không có chiến dịch nào của Mặt trận khớp bộ lọc.")
    else:
        st.caption(f"{group(mentions['campaign'].nunique())} chiến dịch, quỹ. {WHICH}")
        _timeline(mentions)
        _table(mentions)
        st.caption("Địa phương: nơi có số liệu được cộng trong chiến dịch. Số toàn quốc, cấp Trung ương và số các địa "
                   "phương không cộng với nhau: số toàn quốc có thể đã gồm số của các tỉnh, thành.")  # fmt: skip
        common.checked_note("money")
