"""Nhập dữ liệu: upload articles (editors only), see per-file results and what the store holds."""

import re

import pandas as pd
import streamlit as st

from app_pages import common, safe_text, sample_notice
from metrics import storage
from metrics.formatting import group, vn_time
from metrics.ingest import ingest_files
from metrics.store import StoreError

SHOWN_REASONS = 3  # per file in the table; the rest are counted
# Streamlit's own drop zone text is English ("Drag and drop files here", "Limit … per file"): the page says it in
# Vietnamese beside the widget instead, and the button reads "Chọn tệp".
UPLOADER_CSS = """<style>
.st-key-nh_files [data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
.st-key-nh_files [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p { font-size: 0; }
.st-key-nh_files [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p::after {
  content: "Chọn tệp"; font-size: 0.875rem; }
</style>"""


def per_file(results) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """One row per uploaded file: added, already stored, not read (warnings listed, not counted), and why.

    st.table renders markdown in its cells: the file names and reasons (which quote the file) are escaped."""
    rows = []
    for name, result in results:
        reasons = [re.sub(r"^:(\d+): ", r"dòng \1: ", r.removeprefix(name)).removeprefix(": ").lstrip("/") for r in result.failed]
        shown = "; ".join(reasons[:SHOWN_REASONS]) + (
            f"; và {len(reasons) - SHOWN_REASONS} lỗi khác" if len(reasons) > SHOWN_REASONS else ""
        )
        shown = safe_text.md(shown)
        # Counts written the Vietnamese way, as in the message above the table ("1.942", not "1942").
        failed = len(result.failed) - result.warnings
        rows.append({"Tệp": safe_text.md(name), "Bài thêm": group(len(result.added)), "Bài đã có": group(len(result.skipped)),
                     "Lỗi": group(failed), "Số liệu": group(result.facts), "Lý do": shown})  # fmt: skip
    return pd.DataFrame(rows)


def _upload() -> None:
    st.html(UPLOADER_CSS)
    limit = st.get_option("server.maxUploadSize")
    st.markdown(
        "Kéo thả tệp vào ô bên dưới hoặc bấm **Chọn tệp**. Đọc được: **.txt** (mỗi tệp một bài), **.html**, "
        "**.jsonl** hoặc **.jsonl.gz** (mỗi dòng một bài, có trường `text`), và **.zip** chứa các tệp đó. "
        f"Tối đa {group(limit)} MB mỗi tệp."
    )
    # Every file is taken: Streamlit refuses other types in English ("application/pdf files are not allowed"),
    # the readers in Vietnamese, in the table of files, naming what they read.
    files = st.file_uploader("Tệp bài viết", accept_multiple_files=True, key="nh_files")
    if files and st.button("Nhập vào kho", type="primary", key="nh_go"):
        _import(files)
    _report()


def _import(files) -> None:  # type: ignore[no-untyped-def]
    bar = st.progress(0.0, text="Đang đọc…")
    user = common.current_user()
    had_sample = sample_notice.count()
    try:
        results = ingest_files(
            common.store(),
            [(f.name, f.getvalue()) for f in files],
            lambda name, done, total: bar.progress(done / total, text=f"{safe_text.md(name)}: {done}/{total} bài"),
            user=user[0] if user else "",
        )
    except StoreError as exc:  # busy: another writer; what was stored before stays
        st.error(safe_text.md(exc))
        return
    except Exception as exc:
        st.error(f"Nhập không thành công: {safe_text.md(exc)}. Các bài đã lưu trước đó vẫn giữ nguyên.")
        return
    bar.empty()
    # Kept for the reruns that follow (the sample removal's confirmation is one): the report stays until the next import.
    st.session_state["nh_results"] = (results, bool(had_sample))


def _report() -> None:
    if "nh_results" not in st.session_state:
        return
    results, had_sample = st.session_state["nh_results"]
    added = sum(len(r.added) for _, r in results)
    facts = sum(r.facts for _, r in results)
    skipped = sum(len(r.skipped) for _, r in results)
    (st.success if added else st.warning)(
        f"Đã thêm {group(added)} bài ({group(facts)} số liệu); {group(skipped)} bài đã có trong kho."
    )
    st.table(per_file(results), hide_index=True, border="horizontal")
    if added and had_sample and sample_notice.count():
        st.info("Kho vẫn còn dữ liệu mẫu trộn lẫn với bài vừa nhập. Xóa dữ liệu mẫu để các tổng chỉ gồm bài thật?")
        sample_notice.removal_button("nh_sample_remove")


st.title("Nhập dữ liệu")
common.sign_in_box()
if not common.can_write():
    st.info("Chỉ biên tập viên được nhập dữ liệu vào kho. Hãy đăng nhập bằng tài khoản biên tập viên.")
else:
    _upload()
st.subheader("Kho dữ liệu hiện có")
stats = common.store().stats()
c = st.columns(3)
c[0].metric("Bài viết", group(stats["articles"]))
c[1].metric("Khoản tiền", group(stats["facts"]["money"]), help=f"{group(stats['counted']['money'])} khoản được cộng vào tổng.")
c[2].metric("Số hộ", group(stats["facts"]["households"]))
st.markdown(f"Lần nhập gần nhất: **{vn_time(stats['last_ingest'])}** (giờ Việt Nam)")
if stats["years"]:
    st.caption(
        f"Các năm: {', '.join(map(str, stats['years']))}. "
        f"{group(stats['skipped_figures'])} số liệu nằm ngoài thân bài (tin liên quan, tiêu đề, chú thích) không được tính."
        + (f" Dữ liệu mẫu có tiêu đề bắt đầu bằng {safe_text.md(storage.SAMPLE_MARK)}." if sample_notice.count() else "")
    )
