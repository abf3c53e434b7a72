"""Page rules for narrow screens that Streamlit's own layout lacks."""

import streamlit as st

# A table's toolbar (search, download, full screen) floats over the 44 px above the table: on a phone that is
# the heading or the sentence just above it. There, the table steps down by the toolbar's height.
PHONE_CSS = """<style>
@media (max-width: 640px) {
  .stElementContainer:has([data-testid="stDataFrame"]) { margin-top: 2.75rem; }
}
</style>"""


def narrow_screens() -> None:
    st.html(PHONE_CSS)
