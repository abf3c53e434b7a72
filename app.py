"""Bảng số liệu MTTQ: entry point. Navigation, shared filters, then the page."""

from pathlib import Path

import streamlit as st

from app_pages import common, layout, safe_text, sample_notice, sources, url_state

# A file served by the app itself: a ":material/…:" page icon is fetched from fonts.gstatic.com.
st.set_page_config(page_title="Số liệu MTTQ", page_icon=str(Path(__file__).parent / "assets" / "icon.png"), layout="wide")

PAGES = [
    st.Page("app_pages/tong_quan.py", title="Tổng quan", icon=":material/dashboard:", default=True),
    st.Page("app_pages/theo_nam.py", title="Theo năm", icon=":material/calendar_month:"),
    st.Page("app_pages/theo_dia_phuong.py", title="Theo địa phương", icon=":material/map:"),
    st.Page("app_pages/chien_dich.py", title="Chiến dịch", icon=":material/campaign:"),
    st.Page("app_pages/du_lieu.py", title="Dữ liệu", icon=":material/table:"),
    st.Page("app_pages/kiem_tra.py", title="Kiểm tra số liệu", icon=":material/fact_check:"),
    st.Page("app_pages/nhap_du_lieu.py", title="Nhập dữ liệu", icon=":material/upload_file:"),
]


def _alias() -> None:
    """Never drawn: the run switches to the page the address names before it would be."""


# Addresses a person may guess or remember from a page's title (Streamlit gives a page one address): each opens its
# page, with the link's filters, instead of Streamlit's English "Page not found".
ALIASES = {"kiem_tra_so_lieu": PAGES[5]}
# Titled by their address: a Page made outside a running app (a worker process re-running this file) has no title.
page = st.navigation([*PAGES, *(st.Page(_alias, title=path, url_path=path) for path in ALIASES)],
                     position="hidden")  # our own menu (sources.menu) keeps the filters in its links  # fmt: skip
if page.url_path in ALIASES:
    st.switch_page(ALIASES[page.url_path], query_params={k: st.query_params.get_all(k) for k in st.query_params})
url_state.begin_run(page.url_path)
layout.apply()
try:
    if common.require_sign_in_to_read() and common.current_user() is None:
        st.title("Số liệu MTTQ")
        common.sign_in_box()
        st.stop()
    # One short read connection for the whole run, closed when the page is drawn: the app never holds the store.
    with common.store().reading():
        menu = st.sidebar.container()
        common.sidebar_filters()
        with menu:
            sources.menu(PAGES)
            st.divider()
        sample_notice.banner()
        page.run()
except Exception as exc:  # st.rerun/st.stop/st.switch_page are BaseException and pass through
    st.error(f"Trang gặp lỗi và không hiển thị được: {safe_text.md(exc)}. Dữ liệu trong kho không bị ảnh hưởng.")
url_state.end_run()
