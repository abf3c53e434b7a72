"""Theo năm: money and households by year or period, by action and campaign."""

import streamlit as st

from app_pages import charts, common, sources, url_state
from metrics import labels
from metrics.formatting import group, period_label, period_order, vnd

SPLITS = {"action": "Hoạt động", "campaign": "Chiến dịch/Quỹ"}
GRAINS = {"year": "Năm", "period": "Kỳ báo cáo (quý, 6 tháng, tháng)"}
SHOWN_CAMPAIGNS = 8  # more colours than this cannot be told apart; the rest are "Chiến dịch khác"
NOT_NAMED, OTHERS = "(không nêu)", "Chiến dịch khác"


def _axis(frame, grain):  # type: ignore[no-untyped-def]
    """The x axis: every year from first to last, or the periods in time order, as Vietnamese labels."""
    if grain == "year":
        return charts.year_range(frame["year"].dropna()), str
    return sorted(frame["period"].dropna().unique(), key=period_order), period_label


def _where(grain, at):  # type: ignore[no-untyped-def]
    """Filters for the facts behind one bar."""
    return {"years": (at,)} if grain == "year" else {"years": (int(at[:4]),), "periods": (at,)}


def _heading(grain, at, part):  # type: ignore[no-untyped-def]
    return f"{at if grain == 'year' else period_label(at)} · {part}"


st.title("Số liệu theo năm")
if not common.empty_state():
    split = url_state.radio("Chia theo", list(SPLITS), key="nam_split", url_key="chia", horizontal=True,
                            format_func=SPLITS.get)  # fmt: skip
    grain = url_state.radio("Kỳ", list(GRAINS), key="nam_grain", url_key="ky_theo", horizontal=True,
                            format_func=GRAINS.get)  # fmt: skip
    money = common.totals("money", (grain,) if split == "action" else (grain, "campaign"))
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    elif split == "action":  # side by side: raised and given are never one stacked bar
        order, label = _axis(money, grain)
        clicked = charts.bars(money, grain, key="nam_money", colour_by="action", colours=charts.ACTION_COLOURS,
                              group_label=labels.ACTION_LABELS.get, x_label=label, x_order=order, barmode="group")  # fmt: skip
        if clicked:
            at, action = clicked
            row = money[(money[grain] == at) & (money["action"] == action)].iloc[0]
            sources.panel(_heading(grain, at, labels.ACTION_LABELS[action]), vnd(row["total"], bool(row["at_least"])),
                          kinds=("money",), actions=(action,), **_where(grain, at))  # fmt: skip
    else:  # campaigns stacked within one action: one chart per action
        shown = money.groupby("campaign")["total"].sum().sort_values(ascending=False).index[:SHOWN_CAMPAIGNS]
        named = money["campaign"].where(money["campaign"].isin(shown), OTHERS).where(money["campaign"].notna(), NOT_NAMED)
        money = money.assign(campaign=named).groupby([grain, "campaign", "action"], as_index=False)
        # Articles of merged campaigns cannot be added (one article names several): the hover leaves them out.
        money = money.agg(total=("total", "sum"), at_least=("at_least", "any"),
                          articles=("articles", lambda n: n.iloc[0] if len(n) == 1 else float("nan")))  # fmt: skip
        order, label = _axis(money, grain)
        for action in [a for a in labels.ACTION_LABELS if a in set(money["action"])]:
            st.markdown(f"**{labels.ACTION_LABELS[action]}**")
            part = money[money["action"] == action]
            clicked = charts.bars(part, grain, key=f"nam_money_{action}", colour_by="campaign",
                                  colours=common.campaign_colours(), x_label=label, x_order=order)  # fmt: skip
            if clicked:
                at, campaign = clicked
                row = part[(part[grain] == at) & (part["campaign"] == campaign)].iloc[0]
                narrower = {"campaigns": (campaign,)} if campaign not in (NOT_NAMED, OTHERS) else {}
                sources.panel(_heading(grain, at, campaign), vnd(row["total"], bool(row["at_least"])),
                              kinds=("money",), actions=(action,), **_where(grain, at), **narrower)  # fmt: skip
    if not money.empty:
        st.caption(
            "Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất, đồng/hộ), đầu trên của khoảng, chỉ tiêu, "
            "phần của một tổng đã tính và tin có thể trùng. “ít nhất” khi tổng có khoản “hơn/trên”. Số của một kỳ "
            "(6 tháng, quý) đã nằm trong số cả năm khi bài nêu cả hai. Bấm vào một cột để xem các câu gốc."
        )
        common.checked_note("money")
    st.subheader("Số hộ được hỗ trợ theo năm")
    households = common.totals("households", ("year",))
    households = households[households["action"] == "given"]
    if households.empty:
        st.info("Không có số hộ nào khớp bộ lọc.")
    else:
        clicked = charts.bars(households, "year", key="nam_households", kind="households",
                              x_order=charts.year_range(households["year"].dropna()))  # fmt: skip
        st.caption("Chỉ tính hộ được trao, tặng, hỗ trợ; số hộ bị thiệt hại hay sinh sống trong vùng không cộng vào.")
        common.checked_note("households", actions=("given",))
        if clicked:
            row = households[households["year"] == clicked[0]].iloc[0]
            figure = ("ít nhất " if row["at_least"] else "") + f"{group(row['total'])} hộ"
            sources.panel(f"{clicked[0]} · Hộ được hỗ trợ", figure, kinds=("households",), actions=("given",),
                          years=(clicked[0],))  # fmt: skip
