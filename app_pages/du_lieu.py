"""Dữ liệu: the fact table with its sentences and sources; download of exactly these rows."""

from dataclasses import replace
from functools import partial

import pandas as pd
import streamlit as st

from app_pages import common, review_box, safe_text, sources, url_state
from metrics import labels
from metrics.export import to_csv_bytes, to_xlsx_bytes
from metrics.formatting import bound_of, bounded, exact_vnd, group, period_label, vn_date, vnd

SHOWN_ROWS = 1000  # the browser table; downloads always hold every filtered row
KINDS = {"Tất cả": (), "Tiền": ("money",), "Hộ": ("households",)}  # NOTE: sources.KIND_VALUES names the same
WHICH = {"tat_ca": "Tất cả", sources.COUNTED_ONLY: "Chỉ số liệu được cộng"}
NATIONAL = "Toàn quốc"  # the province cell of a national figure (a central body's, or a national report's)


def _labels(facts):  # type: ignore[no-untyped-def]
    """85.000.000 đồng · 24 hộ nghèo · 10.000 USD: the figure as a manager reads it."""
    vnd = (facts["kind"] == "money") & (facts["currency"] == "VND")
    return [
        exact_vnd(v) if is_vnd else f"{group(x)} {u}"
        for is_vnd, v, x, u in zip(vnd, facts["value_vnd"], facts["value"], facts["unit"], strict=True)
    ]


def _text(column: pd.Series) -> pd.Series:
    """Text cells, empty where the value is missing (never "nan", "None" or "<NA>")."""
    return column.astype(object).where(column.notna(), "").astype(str)


def _table(facts: pd.DataFrame) -> pd.DataFrame:
    """The rows as the browser shows them: every cell text or a tick box (a column of numbers and blanks is
    neither, and made Arrow fail on every rerun), in Vietnamese."""
    years = facts["year"].astype("Int64")
    return pd.DataFrame(
        {
            "Số liệu": _labels(facts),
            "Cụm từ": _text(facts["text"]),
            "Mức": _text(facts["qualifier"].map(labels.QUALIFIER_LABELS)),
            "Định mức": facts["rate"].fillna(False).astype(bool),
            "Năm": years.astype(str).where(years.notna(), ""),
            "Kỳ": [period_label(p) if isinstance(p, str) else "" for p in facts["period"]],
            "Tỉnh/thành": _text(facts["province"].where(facts["level"] != "national", NATIONAL)),
            "Quận/huyện": _text(facts["district"]),
            "Chiến dịch/Quỹ": _text(facts["campaign"]),
            "Hoạt động": _text(facts["action"].map(labels.ACTION_LABELS)),
            "Được cộng": facts["counted"].fillna(False).astype(bool),
            "Lý do không cộng": _text(facts["not_counted"].map(labels.NOT_COUNTED_LABELS)),
            "Kiểm tra": [review_box.cell(s, r) for s, r in zip(facts["review_state"], facts["reviewed_by"], strict=True)],
            "Bài": _text(facts["title"]),
            "Ngày đăng": [vn_date(d) if isinstance(d, str) else "" for d in facts["published"]],
            "Liên kết": [safe_text.link(u) or "" for u in facts["url"]],
        }
    )


def _file(writer, filters) -> bytes:  # type: ignore[no-untyped-def]
    """Runs when a download is clicked (outside the script run): every filtered row with sentences and sources."""
    return writer(common.store().facts(filters, details=True))


def _sentence(row: pd.Series) -> None:
    """The source sentence with the figure highlighted, where it comes from, and why it is not counted."""
    st.subheader("Câu gốc")
    st.markdown(sources.sentence_markdown(str(row["sentence"] or ""), str(row["text"] or "")), unsafe_allow_html=True)
    published = vn_date(row["published"] if isinstance(row["published"], str) else None) or "không rõ ngày"
    url = safe_text.link(row["url"])
    origin = "" if url else (row["url"] if isinstance(row["url"], str) else row["article_source"]) or ""
    st.caption(f"Bài: {safe_text.md(row['title'] or '')} — {published}" + (f" — {safe_text.md(origin)}" if origin else ""))
    if url:
        st.link_button("Mở bài gốc", url, icon=":material/open_in_new:")
    if row["likely_duplicate"]:
        st.warning(
            f"Có thể trùng với bài {safe_text.md(row['duplicate_of'])}: cùng số liệu, chiến dịch, "
            "địa phương và năm; không cộng lần nữa."
        )
    elif not row["counted"]:
        reason = labels.NOT_COUNTED_LABELS.get(row["not_counted"], row["not_counted"])
        st.info(f"Không cộng vào tổng: {safe_text.md(reason)}.")


def _counted_totals(narrower: dict) -> str:  # type: ignore[type-arg]
    """What the counted rows add up to, as the cards and charts add them (raised and given apart, national and local
    apart): a total seen elsewhere can be checked against its rows here."""
    rest = {k: v for k, v in narrower.items() if k not in ("kinds", "counted_only")}
    frames = {kind: common.totals(kind, ("level",), **rest) for kind in narrower["kinds"] or ("money", "households")}
    levels = [v for v in labels.LEVEL_LABELS if any((f["level"] == v).any() for f in frames.values())]
    out = []
    for level in levels:
        parts = []
        for kind, frame in frames.items():
            for action in ("raised", "given") if kind == "money" else ("given",):
                rows = frame[(frame["action"] == action) & (frame["level"] == level)]
                if not len(rows):
                    continue
                total, bound = float(rows["total"].sum()), bound_of(rows["bound"])
                if kind == "money":
                    parts.append(f"{labels.ACTION_LABELS[action].lower()} {vnd(total, bound)}")
                else:
                    parts.append(bounded(f"{group(total)} hộ được hỗ trợ", bound))
        out.append(("" if len(levels) == 1 else f"{labels.LEVEL_LABELS[level]}: ") + "; ".join(parts))
    return " — ".join(out)


st.title("Bảng dữ liệu gốc")
if not common.empty_state():
    left, right = st.columns(2)
    with left:
        kind = url_state.radio("Loại", list(KINDS), key="dl_kind", url_key=sources.KIND_KEY, horizontal=True)
    with right:
        which = url_state.radio("Số liệu", list(WHICH), key="dl_counted", url_key=sources.COUNTED_KEY, horizontal=True,
                                format_func=WHICH.get)  # fmt: skip
    narrower = {"kinds": KINDS[kind], "counted_only": which == sources.COUNTED_ONLY}
    # What a click on a chart narrowed the view to: kept in the URL, each with a button that drops it.
    for url_key, field, label in ((sources.PERIOD_KEY, "periods", "Kỳ"), (sources.DISTRICT_KEY, "districts", "Quận/huyện"),
                                  (sources.LEVEL_KEY, "levels", "Cấp")):  # fmt: skip
        value = url_state.kept(url_key)
        if field == "levels" and value not in labels.LEVEL_LABELS:
            value = None
        if value:
            narrower[field] = (value,)
            shown = {"periods": period_label, "levels": labels.LEVEL_LABELS.get}.get(field, str)(value)
            st.button(f"{label}: {safe_text.md(shown)} ✕", key=f"dl_drop_{url_key}", on_click=url_state.drop,
                      args=(url_key,), help="Bỏ điều kiện này")  # fmt: skip
    counts = common.count_facts(**narrower)
    st.write(
        f"**{group(counts['facts'])}** số liệu; {group(counts['counted'])} được cộng vào tổng, "
        f"{group(counts['duplicates'])} có thể trùng."
    )
    added = _counted_totals(narrower)
    if added:
        st.caption(f"Tổng các số liệu được cộng: {added} (vận động và hỗ trợ không cộng với nhau; số toàn quốc, cấp "
                   "Trung ương và số các địa phương cũng không).")  # fmt: skip
    if counts["facts"] > SHOWN_ROWS:
        st.caption(f"Bảng hiển thị {group(SHOWN_ROWS)} dòng đầu; tệp tải về có đủ {group(counts['facts'])} dòng.")
    facts_shown = common.facts(SHOWN_ROWS, **narrower)
    event = common.table(
        _table(facts_shown),
        "Không có số liệu nào khớp bộ lọc.",
        on_select="rerun",
        selection_mode="single-row",
        column_config={"Liên kết": st.column_config.LinkColumn(display_text="Mở")},
        key="dl_table",
    )
    rows = event.selection.rows if event else []
    row = facts_shown.iloc[rows[0]] if rows else (facts_shown.iloc[0] if len(facts_shown) else None)
    if row is not None:
        _sentence(row)
        review_box.panel(row, "dl")
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
