"""Nhập dữ liệu: upload articles, see per-file results and what the store holds."""

import streamlit as st

from app_pages import common
from metrics import storage
from metrics.formatting import group

st.title("Nhập dữ liệu")
st.write(
    "Tải lên bài viết: .txt (mỗi tệp một bài), .html, .jsonl hoặc .jsonl.gz (mỗi dòng một bài, có trường `text`), hoặc .zip."
)
files = st.file_uploader(
    "Chọn tệp", accept_multiple_files=True, key="nh_files", type=["txt", "html", "htm", "jsonl", "gz", "zip"]
)
if files and st.button("Nhập vào kho", type="primary", key="nh_go"):
    bar = st.progress(0.0, text="Đang đọc…")
    try:
        result = storage.ingest_uploads(
            common.connection(),
            [(f.name, f.getvalue()) for f in files],
            lambda done, total: bar.progress(done / total, text=f"{done}/{total} bài"),
        )
    except Exception as exc:  # nothing stored is lost: the batch rolled back
        st.error(f"Nhập không thành công, dữ liệu cũ vẫn giữ nguyên: {exc}")
    else:
        st.success(
            f"Đã thêm {group(len(result.added))} bài ({group(result.facts)} số liệu); "
            f"bỏ qua {group(len(result.skipped))} bài đã có."
        )
        for problem in result.failed:
            st.error(f"Lỗi: {problem}")
st.subheader("Kho dữ liệu hiện có")
stats = storage.stats(common.connection())
c = st.columns(4)
c[0].metric("Bài viết", group(stats["articles"]))
c[1].metric("Khoản tiền", group(stats["facts"]["money"]))
c[2].metric("Số hộ", group(stats["facts"]["households"]))
last = stats["last_ingest"]
c[3].metric("Lần nhập gần nhất (UTC)", f"{last[8:10]}/{last[5:7]}/{last[:4]} {last[11:16]}" if last else "—")
if stats["years"]:
    st.caption(
        f"Các năm: {', '.join(map(str, stats['years']))}. "
        f"{group(stats['skipped_figures'])} số liệu nằm ngoài thân bài (tin liên quan, tiêu đề, chú thích) không được tính. "
        "Dữ liệu mẫu có tiêu đề bắt đầu bằng [DỮ LIỆU MẪU]."
    )
