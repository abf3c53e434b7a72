"""Theo năm: money and households by year or period, by action (each on its own scale) and campaign; national and
local figures apart."""

import streamlit as st

from app_pages import charts, common, sources, url_state
from metrics import labels
from metrics.formatting import bound_of, bounded, group, period_label, period_order, vnd

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


def _by_level(money, grain):  # type: ignore[no-untyped-def]
    """Raised and given each on its own chart (given is often a hundredth of raised), national and local side by
    side: never one stacked bar."""
    order, label = _axis(money, grain)
    for action in ("raised", "given"):
        part = money[money["action"] == action]
        st.markdown(f"**{labels.ACTION_LABELS[action]}**")
        if part.empty:
            st.caption("Không có khoản tiền nào khớp bộ lọc.")
            continue
        clicked = charts.level_bars(part, grain, key=f"nam_money_{action}", action=action, x_label=label, x_order=order)
        if clicked:
            at, level = clicked
            row = part[(part[grain] == at) & (part["level"] == level)].iloc[0]
            sources.panel(_heading(grain, at, f"{labels.ACTION_LABELS[action]} · {labels.LEVEL_LABELS[level]}"),
                          vnd(row["total"], row["bound"]), kinds=("money",), actions=(action,), levels=(level,),
                          **_where(grain, at))  # fmt: skip


def _by_campaign(money, grain):  # type: ignore[no-untyped-def]
    """Campaigns stacked within one action and one level: a chart per action and level."""
    shown_names = common.campaign_names()
    money = money.assign(campaign=money["campaign"].map(lambda n: shown_names.get(n, n), na_action="ignore"))
    shown = money.groupby("campaign")["total"].sum().sort_values(ascending=False).index[:SHOWN_CAMPAIGNS]
    named = money["campaign"].where(money["campaign"].isin(shown), OTHERS).where(money["campaign"].notna(), NOT_NAMED)
    money = money.assign(campaign=named).groupby([grain, "campaign", "action", "level"], as_index=False)
    # Articles of merged campaigns cannot be added (one article names several): the hover leaves them out.
    money = money.agg(total=("total", "sum"), bound=("bound", bound_of),
                      articles=("articles", lambda n: n.iloc[0] if len(n) == 1 else float("nan")))  # fmt: skip
    order, label = _axis(money, grain)
    for action, level in [(a, v) for a in labels.ACTION_LABELS for v in labels.LEVEL_LABELS]:
        part = money[(money["action"] == action) & (money["level"] == level)]
        if part.empty:
            continue
        st.markdown(f"**{labels.ACTION_LABELS[action]} · {labels.LEVEL_LABELS[level]}**")
        clicked = charts.bars(part, grain, key=f"nam_money_{action}_{level}", colour_by="campaign",
                              colours=common.campaign_colours(), x_label=label, x_order=order)  # fmt: skip
        if clicked:
            at, campaign = clicked
            row = part[(part[grain] == at) & (part["campaign"] == campaign)].iloc[0]
            narrower = {"campaigns": common.campaign_variants(campaign)} if campaign not in (NOT_NAMED, OTHERS) else {}
            sources.panel(_heading(grain, at, f"{campaign} · {labels.LEVEL_LABELS[level]}"), vnd(row["total"], row["bound"]),
                          kinds=("money",), actions=(action,), levels=(level,), **_where(grain, at), **narrower)  # fmt: skip


st.title("Số liệu theo năm")
if not common.empty_state():
    split = url_state.radio("Chia theo", list(SPLITS), key="nam_split", url_key="chia", horizontal=True,
                            format_func=SPLITS.get)  # fmt: skip
    grain = url_state.radio("Kỳ", list(GRAINS), key="nam_grain", url_key="ky_theo", horizontal=True,
                            format_func=GRAINS.get)  # fmt: skip
    money = common.totals("money", (grain, "level") if split == "action" else (grain, "campaign", "level"))
    if money.empty:
        st.info("Không có khoản tiền nào khớp bộ lọc.")
    elif split == "action":
        _by_level(money, grain)
    else:
        _by_campaign(money, grain)
    if not money.empty:
        st.caption(
            "Chỉ cộng số liệu được tính: không cộng định mức (đồng/suất, đồng/hộ), đầu trên của khoảng, chỉ tiêu, "
            "phần của một tổng đã tính và tin có thể trùng. “ít nhất” khi tổng có khoản “hơn/trên”, “gần” khi có khoản "
            "“gần”, “khoảng” khi có cả hai hoặc khoản “khoảng”. Số của một kỳ (6 tháng, quý) đã nằm trong số cả năm khi "
            "bài nêu cả hai. Số toàn quốc, cấp Trung ương (cột gạch chéo) không cộng với số các địa phương: số toàn quốc "
            "có thể đã gồm số của các tỉnh, thành. Bấm vào một cột để xem các câu gốc."
        )
        if grain == "year":
            common.undated_note(money)
        common.checked_note("money")
    st.subheader("Số hộ được hỗ trợ theo năm")
    households = common.totals("households", ("year", "level"))
    households = households[households["action"] == "given"]
    if households.empty:
        st.info("Không có số hộ nào khớp bộ lọc.")
    else:
        clicked = charts.level_bars(households, "year", key="nam_households", action="given", kind="households",
                                    x_order=charts.year_range(households["year"].dropna()))  # fmt: skip
        st.caption("Chỉ tính hộ được trao, tặng, hỗ trợ; số hộ bị thiệt hại hay sinh sống trong vùng không cộng vào.")
        common.checked_note("households", actions=("given",))
        if clicked:
            year, level = clicked
            row = households[(households["year"] == year) & (households["level"] == level)].iloc[0]
            sources.panel(f"{year} · Hộ được hỗ trợ · {labels.LEVEL_LABELS[level]}",
                          bounded(f"{group(row['total'])} hộ", row["bound"]), kinds=("households",), actions=("given",),
                          years=(year,), levels=(level,))  # fmt: skip
