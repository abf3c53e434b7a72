"""Dữ liệu: the fact table with its sentences and sources; download of exactly these rows."""

from dataclasses import replace
from functools import partial

import streamlit as st

from app_pages import common, safe_text
from metrics import labels
from metrics.export import to_csv_bytes, to_xlsx_bytes
from metrics.formatting import exact_vnd, group

SHOWN_ROWS = 1000  # the browser table; downloads always hold every filtered row
SHOWN = ["Số liệu", "text", "Mức", "rate", "year", "province", "district", "campaign", "Hoạt động", "counted",
         "Lý do không cộng", "title", "published", "url"]  # fmt: skip


def _labels(facts):  # type: ignore[no-untyped-def]
    """85.000.000 đồng · 24 hộ nghèo · 10.000 USD: the figure as a manager reads it."""
    vnd = (facts["kind"] == "money") & (facts["currency"] == "VND")
    return [
        exact_vnd(v) if is_vnd else f"{group(x)} {u}"
        for is_vnd, v, x, u in zip(vnd, facts["value_vnd"], facts["value"], facts["unit"], strict=True)
    ]


def _file(writer, filters) -> bytes:  # type: ignore[no-untyped-def]
    """Runs when a download is clicked (outside the script run): every filtered row with sentences and sources."""
    return writer(common.store().facts(filters, details=True))


st.title("Bảng dữ liệu gốc")
if not common.empty_state():
    left, right = st.columns(2)
    kind = left.radio("Loại", ["Tất cả", "Tiền", "Hộ"], horizontal=True, key="dl_kind")
    which = right.radio("Số liệu", ["Tất cả", "Chỉ số liệu được cộng"], horizontal=True, key="dl_counted")
    narrower = {"kinds": (("money",) if kind == "Tiền" else ("households",) if kind == "Hộ" else ()),
                "counted_only": which != "Tất cả"}  # fmt: skip
    counts = common.count_facts(**narrower)
    st.write(
        f"**{group(counts['facts'])}** số liệu; {group(counts['counted'])} được cộng vào tổng, "
        f"{group(counts['duplicates'])} có thể trùng."
    )
    if counts["facts"] > SHOWN_ROWS:
        st.caption(f"Bảng hiển thị {group(SHOWN_ROWS)} dòng đầu; tệp tải về có đủ {group(counts['facts'])} dòng.")
    facts_shown = common.facts(SHOWN_ROWS, **narrower)
    view = facts_shown.assign(
        **{
            "Số liệu": _labels(facts_shown),
            "Mức": facts_shown["qualifier"].map(labels.QUALIFIER_LABELS),
            "Hoạt động": facts_shown["action"].map(labels.ACTION_LABELS),
            "Lý do không cộng": facts_shown["not_counted"].map(labels.NOT_COUNTED_LABELS),
        }
    )
    headers = {**common.COLUMN_LABELS, "province": "Tỉnh/thành", "title": "Bài", "text": "Cụm từ", "rate": "Định mức",
               "counted": "Được cộng"}  # fmt: skip
    # Object columns before blanking: an Int64 year column refuses "" (facts without a year crashed the page).
    shown = view[SHOWN].astype(object)
    event = st.dataframe(
        shown.where(shown.notna(), "").rename(columns=headers),
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        column_config={headers["url"]: st.column_config.LinkColumn()},
        key="dl_table",
    )
    rows = event.selection.rows if event else []
    row = facts_shown.iloc[rows[0]] if rows else (facts_shown.iloc[0] if len(facts_shown) else None)
    if row is not None:
        st.subheader("Câu gốc")
        sentence, phrase = str(row["sentence"]), str(row["text"])
        at = sentence.find(phrase)
        # Article text is shown as text: markdown and HTML in it are escaped (an image or a link never loads).
        marked = (
            safe_text.md(sentence)
            if at < 0
            else safe_text.md(sentence[:at])
            + "<mark>"
            + safe_text.md(phrase)
            + "</mark>"
            + safe_text.md(sentence[at + len(phrase) :])
        )
        st.markdown(f"> {marked}", unsafe_allow_html=True)
        source = safe_text.md(row["url"] or row["article_source"])
        st.caption(f"Bài: {safe_text.md(row['title'])} — {row['published'] or 'không rõ ngày'} — {source}")
        if row["likely_duplicate"]:
            st.warning(
                f"Có thể trùng với bài {safe_text.md(row['duplicate_of'])}: cùng số liệu, chiến dịch, "
                "địa phương và năm; không cộng lần nữa."
            )
        elif not row["counted"]:
            st.info(f"Không cộng vào tổng: {labels.NOT_COUNTED_LABELS.get(row['not_counted'], row['not_counted'])}.")
        skipped = common.store().skipped(row["article_id"])
        if len(skipped):
            with st.expander(f"Số liệu trên trang này không được tính ({len(skipped)})"):
                st.dataframe(skipped.rename(columns={"text": "Cụm từ", "reason": "Lý do"}), hide_index=True, width="stretch")
    everything = replace(common.filters(), **narrower)
    c1, c2 = st.columns(2)
    # Callables: the file is built only when clicked, not on every rerun (Excel of 300 000 rows takes long).
    c1.download_button(
        "Tải CSV", partial(_file, to_csv_bytes, everything), "so_lieu_mttq.csv", "text/csv", on_click="ignore", key="dl_csv"
    )
    c2.download_button(
        "Tải Excel",
        partial(_file, to_xlsx_bytes, everything),
        "so_lieu_mttq.xlsx",
        on_click="ignore",
        key="dl_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
