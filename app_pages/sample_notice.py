"""The sample corpus announced on every page while the store holds it, and its removal by an editor."""

from __future__ import annotations

import streamlit as st

from app_pages import common, safe_text
from metrics import storage
from metrics.formatting import group


@st.cache_data(max_entries=8, show_spinner=False)
def _sample_count(version: str) -> int:
    return storage.sample_count(common.store())


def count() -> int:
    return _sample_count(common.version())


def _remove(key: str) -> None:
    user = common.current_user()
    try:
        st.session_state["sample_removed"] = storage.remove_sample(common.store(), who=user[0] if user else "")
    except Exception as exc:  # busy (another writer) or broken: nothing was removed, the transaction rolled back
        st.session_state["sample_remove_failed"] = str(exc)
    st.session_state[f"{key}_confirm"] = False


def _ask(key: str, value: bool) -> None:
    st.session_state[f"{key}_confirm"] = value


def removal_button(key: str) -> None:
    """The removal, asked then confirmed, for an editor; anyone else is told who can remove the sample."""
    stored = count()
    if not stored:
        return
    if not common.can_write():
        # Short enough for one line on a phone (a page link is cut, not wrapped); who may is in its help.
        st.page_link("app_pages/nhap_du_lieu.py", label="Đăng nhập để xóa dữ liệu mẫu", icon=":material/login:",
                     help="Chỉ biên tập viên được xóa dữ liệu mẫu: đăng nhập ở trang Nhập dữ liệu.")  # fmt: skip
    elif not st.session_state.get(f"{key}_confirm"):
        st.button("Xóa dữ liệu mẫu…", key=key, icon=":material/delete:", on_click=_ask, args=(key, True))
    else:
        st.error(
            f"Xóa {group(stored)} bài mẫu (tiêu đề bắt đầu bằng {safe_text.md(storage.SAMPLE_MARK)}) cùng mọi số liệu "
            "của chúng khỏi kho? Các bài đã nhập khác giữ nguyên; dữ liệu mẫu sẽ không được nạp lại vào kho này."
        )
        yes, no = st.columns(2)
        yes.button("Xác nhận xóa", type="primary", key=f"{key}_yes", on_click=_remove, args=(key,), width="stretch")
        no.button("Hủy", key=f"{key}_no", on_click=_ask, args=(key, False), width="stretch")


def banner() -> None:
    """A warning above every page while the sample articles are in the store: their figures are invented."""
    removed = st.session_state.pop("sample_removed", None)
    if removed:
        st.success(f"Đã xóa {group(removed)} bài mẫu và số liệu của chúng.")
    failed = st.session_state.pop("sample_remove_failed", None)
    if failed:
        st.error(f"Chưa xóa được dữ liệu mẫu, kho giữ nguyên: {safe_text.md(failed)}")
    try:
        stored = count()
    except Exception:  # a broken store is reported by the sidebar; the banner stays quiet
        return
    if not stored:
        return
    with st.container(border=True, key="sample_banner"):
        st.warning(
            f"**Dữ liệu mẫu.** Kho đang chứa {group(stored)} bài mẫu do nhóm phát triển tự soạn (tiêu đề bắt đầu "
            f"bằng {safe_text.md(storage.SAMPLE_MARK)}): số liệu của chúng là bịa, không phải tin thật, "
            "và đang được cộng vào các tổng.",
            icon=":material/science:",
        )
        removal_button("sample_remove")
