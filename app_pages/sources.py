"""From a number to its sources: links that carry the filters, and the sentences behind a clicked figure."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages import common, safe_text
from metrics.formatting import group, vn_date

FACTS_PAGE = "app_pages/du_lieu.py"
PANEL_SENTENCES = 5
# The facts page's own URL keys beside the sidebar's (common.FILTERS): NOTE: keep in sync with du_lieu.py.
KIND_KEY, PERIOD_KEY, DISTRICT_KEY, COUNTED_KEY, LEVEL_KEY = "loai", "ky", "huyen", "cong", "cap"
KIND_VALUES = {"money": "Tiền", "households": "Hộ"}
COUNTED_ONLY = "duoc_cong"


def filter_params(**narrow: object) -> dict[str, list[str]]:
    """A link's URL parameters: the current filters, narrowed (for the facts behind a figure).

    narrow: URL keys (nam, tinh, cd, hd, and the facts page's loai, ky, huyen, cap) with one value or a list.
    """
    f = common.filters()
    params = {url_key: [str(v) for v in getattr(f, name)] for name, _, url_key, _ in common.FILTERS}
    if f.province_field == "province_2025":
        params["dg"] = ["2025"]
    if f.reviewed_only:
        params[common.REVIEWED_KEY] = ["1"]
    for url_key, value in narrow.items():
        params[url_key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if params["cd"]:  # a filter holds every spelling of a campaign; a link, its name
        shown = common.campaign_names()
        params["cd"] = list(dict.fromkeys(shown.get(c, c) for c in params["cd"]))
    return {k: v for k, v in params.items() if v}


def menu(pages: list) -> None:  # type: ignore[type-arg]
    """Links to the pages that keep the filters (Streamlit's own menu drops the URL's parameters)."""
    for page in pages:
        st.page_link(page, query_params=filter_params(), width="stretch")


def facts_link(label: str = "Xem các câu gốc", **narrow: object) -> None:
    st.page_link(FACTS_PAGE, label=label, icon=":material/format_quote:", query_params=filter_params(**narrow))


def sentence_markdown(sentence: str, phrase: str) -> str:
    """The sentence as a markdown quote with the figure highlighted; the article's text stays text."""
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return f"> {safe_text.md(sentence)}"
    before, after = safe_text.md(sentence[:at]), safe_text.md(sentence[at + len(phrase) :])
    return f"> {before}<mark>{safe_text.md(phrase)}</mark>{after}"


# Filters field → URL key of the facts page, for the link under a clicked figure.
_URL_KEYS = {"years": "nam", "provinces": "tinh", "campaigns": "cd", "actions": "hd", "periods": PERIOD_KEY,
             "districts": DISTRICT_KEY, "levels": LEVEL_KEY}  # fmt: skip


def panel(heading: str, figure: str, **narrower: Any) -> None:
    """What a clicked bar or bubble stands for: its total, the first counted sentences behind it, and a link
    to all of its facts on the facts page (a link, so that Back returns here).

    narrower: Filters fields (one tuple each) that select the facts behind the figure, among them kinds.
    """
    kind = narrower["kinds"][0]
    counted = {**narrower, "counted_only": True}
    with st.container(border=True, key="clicked_panel"):
        n = common.count_facts(**counted)
        st.markdown(
            f"**{safe_text.md(heading)}**: {figure} — {group(n['counted'])} số liệu được cộng, từ {group(n['articles'])} bài báo"
        )
        for _, row in common.facts(PANEL_SENTENCES, **counted).iterrows():
            st.markdown(sentence_markdown(str(row["sentence"] or ""), str(row["text"] or "")), unsafe_allow_html=True)
            published = vn_date(row["published"] if isinstance(row["published"], str) else None) or "không rõ ngày"
            st.caption(safe_text.md(f"{row['title'] or ''} — {published}"))
        link = {_URL_KEYS[k]: list(v) for k, v in narrower.items() if k in _URL_KEYS}
        link.update({KIND_KEY: KIND_VALUES[kind], COUNTED_KEY: COUNTED_ONLY})
        facts_link(f"Xem cả {group(n['counted'])} số liệu trên trang Dữ liệu (tải về được)", **link)
