"""Kiểm tra số liệu: the figures to check first, one at a time, with their sentence; confirm and go on in one click."""

import re

import pandas as pd
import streamlit as st

from app_pages import common, review_box, safe_text, sources, url_state
from metrics import labels, review_queue, reviews
from metrics.aggregate import Filters
from metrics.formatting import group, vn_date

QUEUE_ROWS = 50
ORDERS = {"uu_tien": "Số tiền được cộng lớn nhất trước", "dang_ngo": "Chỉ số đáng ngờ"}
NATIONAL = "Toàn quốc"
RECENT_ROWS = 20
ALL_FIRST = ("số tiền được cộng lớn nhất trước, rồi các số đáng ngờ (số không hợp lý, tiền vận động/hỗ trợ không được "
             "cộng, năm hoặc tỉnh suy từ bằng chứng yếu).")  # fmt: skip
DOUBTFUL = ("chỉ các số được cộng vào tổng mà đáng ngờ: số lớn bất thường trước, rồi số có năm hoặc tỉnh suy từ bằng "
            "chứng yếu (số không được cộng không làm sai tổng nào, nằm ở hàng chờ kia).")  # fmt: skip


@st.cache_data(max_entries=32, show_spinner=False)
def _queue(target: str, version: str, filters: Filters, doubtful_only: bool) -> pd.DataFrame:
    return review_queue.queue(common.store(), filters, QUEUE_ROWS, doubtful_only)


@st.cache_data(max_entries=8, show_spinner=False)
def _log(target: str, version: str) -> pd.DataFrame:
    return reviews.log_frame(common.store())


def _article_text(article_id: str) -> str | None:
    found = common.store().rows("SELECT text FROM articles WHERE id = ?", [article_id])
    return found[0][0] if found else None


def _article_markdown(text: str, phrase: str, at: int) -> str:
    """The article as text, a paragraph per line, with the figure marked where it stands (the occurrence nearest its
    offset: offsets count in the text as the parsers normalised it)."""
    found = [m.start() for m in re.finditer(re.escape(phrase), text)] if phrase else []
    here = min(found, key=lambda i: abs(i - at)) if found else -1
    paragraphs, start = [], 0
    for line in text.split("\n"):
        i = here - start
        if 0 <= i < len(line):
            before, mark, after = (safe_text.md(part) for part in (line[:i], phrase, line[i + len(phrase) :]))
            paragraphs.append(f"{before}<mark>{mark}</mark>{after}")
        elif line.strip():
            paragraphs.append(safe_text.md(line))
        start += len(line) + 1
    return "\n\n".join(paragraphs)


def _evidence(said: str | None) -> str:
    """Where the article's year comes from, in Vietnamese ("published 2025-09-21" is the parsers' code for the
    publishing date)."""
    if not said:
        return "không có"
    if said.startswith("published "):
        return f"ngày đăng {vn_date(said.removeprefix('published '))} (không có năm trong bài)"
    return said


def year_source(row: pd.Series) -> str:
    """Where the figure's year comes from: its own sentence when the year is written there, the text around it when
    its year is not its article's, else its article's year and that year's evidence.
    NOTE: keep in sync with metrics/review_queue._doubts (which years are weak)."""
    if pd.isna(row["year"]):
        return "không có"
    year, sentence = str(int(row["year"])), str(row["sentence"] or "")
    at = sentence.find(year)
    if at >= 0:
        before = re.split(r"[,;:(]", sentence[:at])[-1].split()[-2:]  # "năm 2018", not the name before its comma
        return f"câu của số liệu («{safe_text.md(' '.join([*before, year]))}»)"
    if pd.isna(row["article_year"]) or int(row["article_year"]) != int(row["year"]):
        return f"đoạn văn quanh số liệu (năm của bài: {_article_year(row)})"
    return f"năm của bài: {safe_text.md(_evidence(row['year_evidence']))}"


def _article_year(row: pd.Series) -> str:
    if pd.isna(row["article_year"]):
        return "không rõ"
    return f"{int(row['article_year'])}, theo {safe_text.md(_evidence(row['year_evidence']))}"


def _place(row: pd.Series) -> str:
    """The figure's province, "Toàn quốc" for a national figure (which names none by right)."""
    return NATIONAL if row["level"] == "national" else (row["province"] or "không rõ")


def _figure_card(row: pd.Series) -> None:
    """The figure, why it waits, its sentence with the figure marked, the buttons, then its article one click away."""
    with st.container(border=True, key="kt_card"):
        st.markdown(f"### {safe_text.md(review_box.figure(row))}")
        st.caption(f"Cần kiểm tra vì: {safe_text.md(row['why'])}")
        st.markdown(sources.sentence_markdown(str(row["sentence"] or ""), str(row["text"] or "")), unsafe_allow_html=True)
        facts = {
            "Mức": labels.QUALIFIER_LABELS.get(row["qualifier"], "—"),
            "Hoạt động": labels.ACTION_LABELS.get(row["action"], "—"),
            "Được cộng": "Có" if row["counted"] else f"Không ({labels.NOT_COUNTED_LABELS.get(row['not_counted'], '')})",
            "Năm": str(int(row["year"])) if pd.notna(row["year"]) else "không rõ",
            "Tỉnh/thành": _place(row),
            "Quận/huyện": row["district"] or "—",
            "Chiến dịch/Quỹ": row["campaign"] or "—",
        }
        st.markdown(" · ".join(f"{k}: **{safe_text.md(v)}**" for k, v in facts.items()))
        review_box.state(row)
        review_box.actions(row, "kt", confirm_label="Đúng — sang số tiếp theo", shortcut="Ctrl+Enter")
        published = vn_date(row["published"] if isinstance(row["published"], str) else None) or "không rõ ngày"
        st.caption(f"Bài: {safe_text.md(row['title'] or row['article_id'])} — {published}. "
                   f"Năm lấy từ: {year_source(row)}.")  # fmt: skip
        url = safe_text.link(row["url"])
        if url:
            st.link_button("Mở bài gốc", url, icon=":material/open_in_new:")
        text = _article_text(row["article_id"])
        if text:
            with st.expander("Đọc cả bài"):
                st.markdown(_article_markdown(text, str(row["text"] or ""), int(row["start_offset"])), unsafe_allow_html=True)


def _queue_table(queue: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Số liệu": [review_box.figure(r) for _, r in queue.iterrows()],
            "Vì sao cần kiểm tra": queue["why"].astype(str),
            "Bài": queue["title"].astype(object).where(queue["title"].notna(), "").astype(str),
            "Năm": [str(int(y)) if pd.notna(y) else "" for y in queue["year"]],
            "Tỉnh/thành": [
                NATIONAL if level == "national" else place or ""
                for level, place in zip(queue["level"], queue["province"], strict=True)
            ],  # fmt: skip
        }
    )


def _progress(log: pd.DataFrame) -> None:
    share = common.checked_share()
    c1, c2, c3 = st.columns(3)
    for col, kind, label in ((c1, "money", "Số tiền được cộng đã kiểm tra"), (c2, "households", "Số hộ được cộng đã kiểm tra")):
        col.metric(label, common.checked_percent(kind),
                   help=f"{group(share[kind]['checked_facts'])}/{group(share[kind]['facts'])} số liệu được cộng")  # fmt: skip
    c3.metric("Lượt kiểm tra", group(len(log)))


def _recent(log: pd.DataFrame) -> None:
    with st.expander(f"Nhật ký kiểm tra ({group(len(log))} lượt)"):
        recent = log.tail(RECENT_ROWS).iloc[::-1]
        common.table(
            pd.DataFrame(
                {
                    "Lúc": [f"{t:%H:%M %d/%m/%Y}" for t in recent["made_at"]],
                    "Người kiểm tra": recent["user_name"].astype(str),
                    "Kết quả": recent["verdict"].map(reviews.VERDICTS).astype(str),
                    "Cụm từ": recent["text"].astype(str),
                    "Bài": recent["article_id"].astype(str),
                    "Ghi chú": recent["note"].astype(object).where(recent["note"].notna(), "").astype(str),
                    "Không còn số liệu": recent["orphaned"].astype(bool),
                }
            ),
            "Chưa có lượt kiểm tra nào.",
        )
        st.caption("Toàn bộ nhật ký: `python -m metrics reviews --since 2026-01-01`.")
    orphaned = log[log["orphaned"]]
    if len(orphaned):
        st.warning(f"{group(len(orphaned))} lượt kiểm tra không còn số liệu tương ứng (bài đã bị xoá hoặc được đọc lại "
                   "mà không còn số đó). Các lượt này vẫn được giữ trong nhật ký.")  # fmt: skip


st.title("Kiểm tra số liệu")
if not common.empty_state():
    if not common.can_write():
        st.info("Bạn đang xem: trạng thái kiểm tra và người kiểm tra hiện ở từng số liệu. "
                "Biên tập viên đăng nhập để xác nhận, sửa hoặc loại số liệu.")  # fmt: skip
        with st.expander("Đăng nhập"):
            common.sign_in_box()
    review_box.said("kt")
    log = _log(common._target(), common.version())
    order = url_state.radio("Hàng chờ", list(ORDERS), key="kt_order", url_key="hang_cho", horizontal=True,
                            format_func=ORDERS.get)  # fmt: skip
    queue = _queue(common._target(), common.version(), common.filters(), order == "dang_ngo")
    if queue.empty:
        st.success("Không còn số liệu nào chờ kiểm tra trong bộ lọc này.")
    else:
        chosen = st.session_state.get("kt_queue")
        rows = chosen.selection.rows if chosen else []
        current = queue.iloc[rows[0]] if rows and rows[0] < len(queue) else queue.iloc[0]
        _figure_card(current)
    _progress(log)
    if not queue.empty:
        st.subheader("Hàng chờ kiểm tra")
        st.caption(f"{group(len(queue))} số liệu đầu tiên chưa kiểm tra: "
                   + (DOUBTFUL if order == "dang_ngo" else ALL_FIRST) + " Chọn một dòng để kiểm tra số đó.")  # fmt: skip
        common.table(_queue_table(queue), "", on_select="rerun", selection_mode="single-row", key="kt_queue")
    _recent(log)
