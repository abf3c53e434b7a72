"""Dữ liệu: the fact table with its sentences and sources; download of exactly these rows."""

import html
from functools import partial

import streamlit as st

from app_pages import common
from metrics import storage
from metrics.export import to_csv_bytes, to_xlsx_bytes
from metrics.formatting import exact_vnd, group

SHOWN_ROWS = 1000  # the browser table; downloads always hold every filtered row


def _labels(facts):  # type: ignore[no-untyped-def]
    """85.000.000 đồng · 24 hộ nghèo · 10.000 USD: the figure as a manager reads it."""
    vnd = (facts["kind"] == "money") & (facts["currency"] == "VND")
    return [
        exact_vnd(v) if is_vnd else f"{group(x)} {u}"
        for is_vnd, v, x, u in zip(vnd, facts["value_vnd"], facts["value"], facts["unit"], strict=True)
    ]


def _file(writer, con, facts) -> bytes:  # type: ignore[no-untyped-def]
    """Runs when a download is clicked (outside the script run): the filtered rows with sentences and sources."""
    return writer(storage.with_details(con, facts))


st.title("Bảng dữ liệu gốc")
if not common.empty_state():
    kind = st.radio("Loại", ["Tất cả", "Tiền", "Hộ"], horizontal=True, key="dl_kind")
    facts = common.filtered({"Tiền": "money", "Hộ": "households"}.get(kind))
    st.write(
        f"**{group(len(facts))}** số liệu; {group(int(facts['likely_duplicate'].sum()))} có thể trùng (không cộng vào tổng)."
    )
    if len(facts) > SHOWN_ROWS:
        st.caption(f"Bảng hiển thị {group(SHOWN_ROWS)} dòng đầu; tệp tải về có đủ {group(len(facts))} dòng.")
    con = common.connection()
    facts_shown = storage.with_details(con, facts.head(SHOWN_ROWS))
    view = facts_shown.assign(
        **{
            "Số liệu": _labels(facts_shown),
            "Mức": facts_shown["qualifier"].map(common.QUALIFIER_LABELS),
            "Hoạt động": facts_shown["action"].map(common.ACTION_LABELS),
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
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        column_config={"Liên kết": st.column_config.LinkColumn()},
        key="dl_table",
    )
    rows = event.selection.rows if event else []
    row = facts_shown.iloc[rows[0]] if rows else (facts_shown.iloc[0] if len(facts_shown) else None)
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
        skipped = storage.skipped_frame(con, row["article_id"])
        if len(skipped):
            with st.expander(f"Số liệu trên trang này không được tính ({len(skipped)})"):
                st.dataframe(skipped.rename(columns={"text": "Cụm từ", "reason": "Lý do"}), hide_index=True, width="stretch")
    c1, c2 = st.columns(2)
    # Callables: the file is built only when clicked, not on every rerun (Excel of 300 000 rows takes long).
    c1.download_button(
        "Tải CSV", partial(_file, to_csv_bytes, con, facts), "so_lieu_mttq.csv", "text/csv", on_click="ignore", key="dl_csv"
    )
    c2.download_button(
        "Tải Excel",
        partial(_file, to_xlsx_bytes, con, facts),
        "so_lieu_mttq.xlsx",
        on_click="ignore",
        key="dl_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
