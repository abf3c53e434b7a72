"""Dữ liệu: the fact table with its sentences and sources; download of exactly these rows."""

import html

import streamlit as st

from app_pages import common
from metrics.export import to_csv_bytes, to_xlsx_bytes
from metrics.formatting import exact_vnd, group


def _label(row) -> str:  # type: ignore[no-untyped-def]
    """85.000.000 đồng · 24 hộ nghèo · 10.000 USD: the figure as a manager reads it."""
    if row["kind"] == "money" and row["currency"] == "VND":
        return exact_vnd(row["value_vnd"])
    return f"{group(row['value'])} {row['unit']}"


st.title("Bảng dữ liệu gốc")
if not common.empty_state():
    kind = st.radio("Loại", ["Tất cả", "Tiền", "Hộ"], horizontal=True, key="dl_kind")
    facts = common.filtered({"Tiền": "money", "Hộ": "households"}.get(kind))
    st.write(
        f"**{group(len(facts))}** số liệu; {group(int(facts['likely_duplicate'].sum()))} có thể trùng (không cộng vào tổng)."
    )
    view = facts.assign(
        **{
            "Số liệu": facts.apply(_label, axis=1) if len(facts) else [],
            "Mức": facts["qualifier"].map(common.QUALIFIER_LABELS),
            "Hoạt động": facts["action"].map(common.ACTION_LABELS),
        }
    )
    shown = view[
        [
            "Số liệu",
            "text",
            "Mức",
            "rate",
            "year",
            "province",
            "district",
            "campaign",
            "Hoạt động",
            "likely_duplicate",
            "title",
            "published",
            "url",
        ]
    ]
    event = st.dataframe(
        shown.fillna("").rename(
            columns={
                "text": "Cụm từ",
                "rate": "Định mức",
                "year": "Năm",
                "province": "Tỉnh/thành",
                "district": "Quận/huyện",
                "campaign": "Chiến dịch/Quỹ",
                "likely_duplicate": "Có thể trùng",
                "title": "Bài",
                "published": "Ngày đăng",
                "url": "Liên kết",
            }
        ),
        hide_index=True,
        use_container_width=True,
        on_select="rerun",
        selection_mode="single-row",
        column_config={"Liên kết": st.column_config.LinkColumn()},
        key="dl_table",
    )
    rows = event.selection.rows if event else []
    row = facts.iloc[rows[0]] if rows else (facts.iloc[0] if len(facts) else None)
    if row is not None:
        st.subheader("Câu gốc")
        sentence, phrase = str(row["sentence"]), str(row["text"])
        at = sentence.find(phrase)
        marked = (
            html.escape(sentence)
            if at < 0
            else (
                html.escape(sentence[:at])
                + "<mark>"
                + html.escape(phrase)
                + "</mark>"
                + html.escape(sentence[at + len(phrase) :])
            )
        )
        st.markdown(f"> {marked}", unsafe_allow_html=True)
        st.caption(f"Bài: {row['title']} — {row['published'] or 'không rõ ngày'} — {row['url'] or row['article_source']}")
        if row["likely_duplicate"]:
            st.warning(
                f"Có thể trùng với bài {row['duplicate_of']}: cùng số liệu, chiến dịch, địa phương và năm; không cộng lần nữa."
            )
    c1, c2 = st.columns(2)
    c1.download_button("Tải CSV", to_csv_bytes(facts), "so_lieu_mttq.csv", "text/csv", on_click="ignore", key="dl_csv")
    c2.download_button(
        "Tải Excel",
        to_xlsx_bytes(facts),
        "so_lieu_mttq.xlsx",
        on_click="ignore",
        key="dl_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
