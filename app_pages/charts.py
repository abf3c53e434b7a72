"""Charts: one colour per action, kind and campaign; Vietnamese axes and hover text; a click returns what
was clicked so that the page can open the facts behind it.

Every text from an article (campaign and place names) goes through safe_text.plot: Plotly renders
links and tags in its labels.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app_pages import safe_text
from metrics.formatting import bounded, exact_vnd, group, vnd
from metrics.labels import ACTION_LABELS, LEVEL_LABELS

# The one declaration of colours. Actions and kinds are fixed; a campaign takes the colour of its rank
# in the whole store (common.campaign_colours), so it keeps it whatever the filters leave on screen.
ACTION_COLOURS = {"raised": "#B71C1C", "given": "#1565C0", "target": "#F9A825", "other": "#8D8D8D"}
KIND_COLOURS = {"money": "#B71C1C", "households": "#2E7D32"}
CAMPAIGN_PALETTE = ("#6A1B9A", "#00838F", "#EF6C00", "#2E7D32", "#AD1457", "#283593", "#827717", "#4E342E",
                    "#00695C", "#D84315", "#5E35B1", "#0277BD", "#C62828", "#558B2F", "#F9A825", "#37474F")  # fmt: skip
NO_GROUP_COLOUR = "#BDBDBD"  # "(không nêu)", "Chiến dịch khác"
# A national figure's bar is hatched in its action's colour, a local one's solid: the two are never one bar.
LEVEL_PATTERNS = {"national": "/", "local": ""}
HOUSEHOLDS = "Hộ được hỗ trợ"

# Plotly's toolbar: only the picture download stays, with a Vietnamese tooltip; nothing zooms by dragging,
# so that a finger scrolls the page on a phone.
CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": [
        "zoom2d",
        "pan2d",
        "select2d",
        "lasso2d",
        "zoomIn2d",
        "zoomOut2d",
        "autoScale2d",
        "resetScale2d",
        "zoom",
        "pan",
        "select",
        "lasso",
    ],
    "toImageButtonOptions": {"filename": "bieu_do_mttq", "scale": 2},
    "locale": "vi",
    # NOTE: keys are Plotly's own words, as the bundled plotly.js spells them (it changed "png" to "PNG").
    "locales": {
        "vi": {
            "dictionary": {
                "Download plot as a PNG": "Tải ảnh biểu đồ (PNG)",
                "Download plot as a png": "Tải ảnh biểu đồ (PNG)",
                "Download plot": "Tải ảnh biểu đồ",
                "Preparing image - this may take a few seconds": "Đang tạo ảnh, xin chờ vài giây",
            }
        }
    },  # fmt: skip
}
FEW_BARS = 6  # a chart of fewer categories keeps the width of this many
_TICKS = ",~r"  # d3: grouped, no "k"/"M" suffix; layout.separators makes it 1.234,5


def money_unit(largest: float) -> tuple[float, str]:
    """The unit an amount axis counts in.

    >>> money_unit(3e14), money_unit(27.6e9), money_unit(85e6), money_unit(500_000)
    ((1000000000000.0, 'Nghìn tỷ đồng'), (1000000000.0, 'Tỷ đồng'), (1000000.0, 'Triệu đồng'), (1, 'Đồng'))
    """
    for size, word in ((1e12, "Nghìn tỷ đồng"), (1e9, "Tỷ đồng"), (1e6, "Triệu đồng")):
        if largest >= size:
            return size, word
    return 1, "Đồng"


def amount_text(kind: str, total: float, bound: str) -> str:
    """The hover's figure: the short amount, and the exact one when the total is exact.

    >>> amount_text("money", 105_312_000_000, "exact"), amount_text("money", 2e9, "at_least")
    ('105,3 tỷ đồng<br>(105.312.000.000 đồng)', 'ít nhất 2 tỷ đồng')
    >>> amount_text("households", 2308, "exact"), amount_text("money", 64e9, "under")
    ('2.308 hộ', 'gần 64 tỷ đồng')
    """
    if kind != "money":
        return bounded(f"{group(total)} hộ", bound)
    short = vnd(total, bound)
    return short if bound != "exact" or short == exact_vnd(total) else f"{short}<br>({exact_vnd(total)})"


def _hover(title: str, kind: str, row: Any) -> str:
    articles = "" if pd.isna(row.articles) else f"{group(row.articles)} bài báo<br>"
    return f"<b>{title}</b><br>{amount_text(kind, row.total, row.bound)}<br>{articles}<i>Bấm để xem các câu gốc</i>"


def style(fig: go.Figure, height: int, legend: bool) -> None:
    fig.update_layout(
        separators=",.",
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        dragmode=False,
        hovermode="closest",
        showlegend=legend,
        # Below the chart at every width: beside it, the legend took 40 % of a phone's screen.
        legend=dict(
            orientation="h", yref="container", y=0, yanchor="bottom", x=0, xanchor="left", title_text="", traceorder="normal"
        ),
        font=dict(size=13),
    )


def _plain(value: Any) -> Any:
    """A numpy scalar as Python's own (int32 years do not go into SQL parameters or cache keys as they are)."""
    return value.item() if hasattr(value, "item") else value


def _clicked(event: Any, keys: list[list[Hashable]]) -> Hashable | None:
    """The key of the bar or bubble the user clicked, from the chart's selection."""
    points = event.selection.points if event else []
    for point in points:
        curve, index = point.get("curve_number"), point.get("point_index", point.get("point_number"))
        if curve is not None and index is not None and curve < len(keys) and index < len(keys[curve]):
            return keys[curve][index]
    return None


def show(fig: go.Figure, key: str, keys: list[list[Hashable]]) -> Hashable | None:
    """Draws the chart; returns the key of what the user clicked, if anything."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points", config=CONFIG, width="stretch")
    return _clicked(event, keys)


def bars(
    frame: pd.DataFrame,
    x: str,
    *,
    key: str,
    kind: str = "money",
    colour_by: str | None = None,
    colours: dict[Any, str] | None = None,
    group_label: Callable[[Any], str] = str,
    x_label: Callable[[Any], str] = str,
    x_order: Sequence[Any] | None = None,
    horizontal: bool = False,
    barmode: str = "stack",
    patterns: dict[Any, str] | None = None,
    hover_label: Callable[[Any], str] | None = None,
) -> tuple[Any, Any] | None:
    """Bars of totals() output (columns x, colour_by, total, bound, articles) on a category axis.

    patterns: a hatch per group (plotly's pattern shapes), for groups of one colour; hover_label: a group's name in
    the hover, when the legend's is not enough. Returns (x value, group value) of the clicked bar, or None.
    """
    order = list(x_order) if x_order is not None else sorted(frame[x].dropna().unique())
    labels = {v: safe_text.plot(x_label(v)) for v in order}
    scale, unit = money_unit(frame["total"].max()) if kind == "money" else (1, "Số hộ")
    rank = {g: i for i, g in enumerate(colours or {})}  # legend in the declaration's order, the unnamed last
    groups = [None] if colour_by is None else sorted(dict.fromkeys(frame[colour_by]), key=lambda g: rank.get(g, len(rank)))
    fig, keys = go.Figure(), []
    for g in groups:
        part = frame if g is None else frame[frame[colour_by] == g]
        part = part[part[x].isin(labels)]
        name = safe_text.plot(group_label(g)) if g is not None else unit
        positions = [labels[v] for v in part[x]]
        values = (part["total"] / scale).tolist()
        named = safe_text.plot(hover_label(g)) if hover_label and g is not None else name
        hover = [
            _hover(labels[v] + (f" · {named}" if g is not None else ""), kind, row)
            for v, row in zip(part[x], part.itertuples(), strict=True)
        ]
        fig.add_bar(
            x=values if horizontal else positions,
            y=positions if horizontal else values,
            orientation="h" if horizontal else "v",
            name=name,
            marker_color=(colours or {}).get(g, KIND_COLOURS[kind] if g is None else NO_GROUP_COLOUR),
            marker_pattern=dict(shape=(patterns or {}).get(g, ""), fgcolor="white", fillmode="overlay", solidity=0.35),
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
        )
        keys.append([(_plain(v), g) for v in part[x]])
    category = dict(type="category", categoryorder="array", categoryarray=[labels[v] for v in order], title_text="")
    if len(order) < FEW_BARS:  # one year's or province's bar would fill the chart: keep room for FEW_BARS
        pad = (FEW_BARS - len(order)) / 2
        category["range"] = [-0.5 - pad, len(order) - 0.5 + pad]
    value_axis = dict(title_text=unit, tickformat=_TICKS, rangemode="tozero")
    fig.update_layout(barmode=barmode, xaxis=value_axis if horizontal else category,
                      yaxis=category if horizontal else value_axis)  # fmt: skip
    height = max(320, 26 * len(order) + 120) if horizontal else 400
    style(fig, height, legend=colour_by is not None)
    return show(fig, key, keys)  # type: ignore[return-value]


def level_bars(
    frame: pd.DataFrame,
    x: str,
    *,
    key: str,
    action: str,
    kind: str = "money",
    x_label: Callable[[Any], str] = str,
    x_order: Sequence[Any] | None = None,
) -> tuple[Any, Any] | None:
    """One action's totals by x on a scale of its own, national and local bars side by side (never one bar: a
    national figure may hold the provinces'). frame: totals() by x and level, of this action.
    Returns (x value, level) of the clicked bar, or None."""
    colour = ACTION_COLOURS[action] if kind == "money" else KIND_COLOURS[kind]
    what = ACTION_LABELS[action] if kind == "money" else HOUSEHOLDS
    return bars(frame, x, key=key, kind=kind, colour_by="level", colours=dict.fromkeys(LEVEL_LABELS, colour),
                group_label=LEVEL_LABELS.get, x_label=x_label, x_order=x_order, barmode="group",
                patterns=LEVEL_PATTERNS, hover_label=lambda level: f"{what} · {LEVEL_LABELS[level]}")  # fmt: skip


def short_labels(names: Sequence[str], width: int) -> list[str]:
    """Names cut to width characters with "…" (a phone has room for the chart too); names that would read
    alike are cut longer, until they differ.

    >>> short_labels(["Vì người nghèo", "Chung tay vì người nghèo, không ai bị bỏ lại", "Chung tay vì người nghèo 2020"], 20)
    ['Vì người nghèo', 'Chung tay vì người nghèo,…', 'Chung tay vì người nghèo…']
    """

    def cut(name: str, at: int) -> str:
        return name if len(name) <= at else name[: at - 1].rstrip() + "…"

    widths = [width] * len(names)
    while True:
        labels = [cut(n, w) for n, w in zip(names, widths, strict=True)]
        alike = [i for i, label in enumerate(labels) if labels.count(label) > 1 and len(names[i]) > widths[i]]
        if not alike:
            return labels
        for i in alike:
            widths[i] += 1


LONGEST_GAP = 4  # empty years shown one by one; a longer run of them is one narrow slot named by its span


def year_range(years: Sequence[int]) -> list[int | str]:
    """Every year from the first to the last, so that a gap reads as a gap; a run of more than LONGEST_GAP
    empty years is one slot ("1991–2014"), so that one old figure does not squeeze the rest.

    >>> year_range([2019, 2021]), year_range([])
    ([2019, 2020, 2021], [])
    >>> year_range([1990, 2016, 2017])
    [1990, '1991–2015', 2016, 2017]
    """
    present = sorted({int(y) for y in years})
    axis: list[int | str] = present[:1]
    for year, after in zip(present, present[1:], strict=False):
        if after - year - 1 > LONGEST_GAP:
            axis.append(f"{year + 1}–{after - 1}")
        else:
            axis.extend(range(year + 1, after))
        axis.append(after)
    return axis


# Vietnam's mainland and near islands in longitude and latitude; one degree of longitude is cos(16°) of a degree
# of latitude there, so that the country keeps its shape.
MAP_LON, MAP_LAT, MAP_LON_SCALE = (102.0, 110.0), (8.3, 23.6), 0.96
BUBBLE_PX = (7.0, 46.0)  # the smallest and the largest bubble's diameter
LABELLED_BUBBLES = 8  # the largest bubbles get their province's name beside them…
LABEL_ROOM = (1.6, 0.45)  # …unless a larger one's name is this near (degrees of longitude, latitude): the hover has it


def labelled(points: Sequence[tuple[float, float]]) -> list[bool]:
    """Which points, largest first, get a name: at most LABELLED_BUBBLES, none within LABEL_ROOM of one named.

    >>> labelled([(105.8, 21.0), (106.3, 20.9), (106.7, 20.9), (108.2, 16.1)])  # Hà Nội, Hải Dương, Hải Phòng, Đà Nẵng
    [True, False, False, True]
    """
    named: list[tuple[float, float]] = []
    for lon, lat in points:
        if len(named) < LABELLED_BUBBLES and all(
            abs(lon - x) >= LABEL_ROOM[0] or abs(lat - y) >= LABEL_ROOM[1] for x, y in named
        ):
            named.append((lon, lat))
    return [p in named for p in points]


def bubble_sizes(totals: Sequence[float]) -> list[float]:
    """Diameters whose areas follow the amounts (a bubble twice the area holds twice the money).

    >>> bubble_sizes([100, 25, 0])
    [46.0, 23.0, 7.0]
    """
    largest = max(totals, default=0) or 1
    return [max(BUBBLE_PX[0], BUBBLE_PX[1] * (t / largest) ** 0.5) for t in totals]


def bubble_map(frame: pd.DataFrame, points: dict[str, tuple[float, float]], *, key: str, action: str, title: str) -> Any:
    """Provinces as bubbles at the gazetteer's coordinates, their area by the counted amount: no base map, so
    it draws without internet; every province of the period is a grey dot, so that the country's shape shows.

    frame: totals() output for one action, with the province in column "place". Returns the clicked place.
    """
    placed = frame[frame["place"].isin(points)].sort_values("total", ascending=False)
    fig = go.Figure()
    lon, lat = zip(*sorted(set(points.values())), strict=True)  # a province under two names is one dot
    fig.add_scatter(x=lon, y=lat, mode="markers", marker=dict(size=5, color="#D6D6D6"), hoverinfo="skip", showlegend=False)
    names = [safe_text.plot(p) for p in placed["place"]]
    at = [points[p] for p in placed["place"]]
    fig.add_scatter(
        x=[lon for lon, _ in at],
        y=[lat for _, lat in at],
        mode="markers+text",
        text=[n if named else "" for n, named in zip(names, labelled(at), strict=True)],
        textposition="top center",
        textfont=dict(size=12, color="#424242"),
        marker=dict(
            size=bubble_sizes(placed["total"].tolist()),
            color=ACTION_COLOURS[action],
            opacity=0.7,
            line=dict(width=1, color="white"),
        ),  # fmt: skip
        customdata=[_hover(f"{n} · {title}", "money", row) for n, row in zip(names, placed.itertuples(), strict=True)],
        hovertemplate="%{customdata}<extra></extra>",
        showlegend=False,
    )
    hidden = dict(visible=False, fixedrange=True)
    fig.update_layout(xaxis=dict(range=MAP_LON, constrain="domain", **hidden),
                      yaxis=dict(range=MAP_LAT, scaleanchor="x", scaleratio=1 / MAP_LON_SCALE, **hidden),
                      plot_bgcolor="white")  # fmt: skip
    style(fig, 620, legend=False)
    return show(fig, key, [[], [_plain(p) for p in placed["place"]]])
