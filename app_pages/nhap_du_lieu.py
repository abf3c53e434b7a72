"""Nhập dữ liệu: upload articles (editors only), see per-file results and what the store holds."""

import streamlit as st

from app_pages import common, safe_text
from metrics.formatting import group
from metrics.ingest import ingest_uploads
from metrics.store import StoreError

st.title("Nhập dữ liệu")
common.sign_in_box()
if not common.can_write():
    st.info("Chỉ biên tập viên được nhập dữ liệu vào kho. Hãy đăng nhập bằng tài khoản biên tập viên.")
else:
    st.write(
        "Tải lên bài viết: .txt (mỗi tệp một bài), .html, .jsonl hoặc .jsonl.gz (mỗi dòng một bài, có trường `text`), hoặc .zip."
    )
    files = st.file_uploader(
        "Chọn tệp", accept_multiple_files=True, key="nh_files", type=["txt", "html", "htm", "jsonl", "gz", "zip"]
    )
    if files and st.button("Nhập vào kho", type="primary", key="nh_go"):
        bar = st.progress(0.0, text="Đang đọc…")
        user = common.current_user()
        try:
            result = ingest_uploads(
                common.store(),
                [(f.name, f.getvalue()) for f in files],
                lambda done, total: bar.progress(done / total, text=f"{done}/{total} bài"),
                user=user[0] if user else "",
            )
        except StoreError as exc:  # busy: another writer; what was stored before stays
            st.error(safe_text.md(exc))
        except Exception as exc:
            st.error(f"Nhập không thành công: {safe_text.md(exc)}. Các bài đã lưu trước đó vẫn giữ nguyên.")
        else:
            st.success(
                f"Đã thêm {group(len(result.added))} bài ({group(result.facts)} số liệu); "
                f"bỏ qua {group(len(result.skipped))} bài đã có."
            )
            for problem in result.failed:
                st.error(f"Lỗi: {safe_text.md(problem)}")
st.subheader("Kho dữ liệu hiện có")
stats = common.store().stats()
c = st.columns(4)
c[0].metric("Bài viết", group(stats["articles"]))
c[1].metric("Khoản tiền", group(stats["facts"]["money"]), help=f"{group(stats['counted']['money'])} khoản được cộng vào tổng.")
c[2].metric("Số hộ", group(stats["facts"]["households"]))
last = stats["last_ingest"]
c[3].metric("Lần nhập gần nhất (UTC)", f"{last[8:10]}/{last[5:7]}/{last[:4]} {last[11:16]}" if last else "—")
if stats["years"]:
    st.caption(
        f"Các năm: {', '.join(map(str, stats['years']))}. "
        f"{group(stats['skipped_figures'])} số liệu nằm ngoài thân bài (tin liên quan, tiêu đề, chú thích) không được tính. "
        "Dữ liệu mẫu có tiêu đề bắt đầu bằng [DỮ LIỆU MẪU]."
    )
