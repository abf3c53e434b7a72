"""Page rules Streamlit's own layout lacks: narrow screens, and its English words where no option sets them."""

import streamlit as st

# A table's toolbar (search, download, full screen) floats over the 44 px above the table: on a phone that is
# the heading or the sentence just above it. There, the table steps down by the toolbar's height.
# A filter's list says "No results" when nothing matches what was typed (its only option is that message).
PAGE_CSS = """<style>
@media (max-width: 640px) {
  .stElementContainer:has([data-testid="stDataFrame"]) { margin-top: 2.75rem; }
}
[data-testid="stMultiSelectDropdown"] [role="listbox"] > [role="option"] > span { font-size: 0; }
[data-testid="stMultiSelectDropdown"] [role="listbox"] > [role="option"] > span::after {
  content: "Không có lựa chọn nào khớp"; font-size: 0.875rem; }
/* Dữ liệu's grid would download only the rows it shows, as formatted text: "Tải CSV" below it gives every row. */
.st-key-dl_table [data-testid="stElementToolbar"] button[aria-label="Download as CSV"] { display: none; }
/* Streamlit's own button on every chart's toolbar has an English name and no option to set it. */
.js-plotly-plot .plotly .modebar-btn[data-title="Fullscreen"]::after { content: "Phóng to toàn màn hình"; }
.js-plotly-plot .plotly .modebar-btn[data-title="Close fullscreen"]::after { content: "Thu nhỏ lại"; }
</style>"""


def apply() -> None:
    st.html(PAGE_CSS)
