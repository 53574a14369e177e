"""Parallax dashboard: `streamlit run dashboard/app.py`. A thin shell over the core."""

import streamlit as st

from dashboard.ui import data, pages, state
from dashboard.ui.filters import sidebar

st.set_page_config(page_title="Parallax", layout="wide")
page = st.navigation(pages.ALL)

try:
    counts = data.check()
except data.StoreUnavailable as exc:
    st.title("Parallax")
    st.error(f"The database cannot be used. {exc}")
    st.stop()

# The Review page works on an empty database: it is where the first claims can come from.
if counts["claims"] == 0 and page.url_path != pages.REVIEW.url_path:
    st.title("Parallax")
    st.info(
        "The database holds no claims yet. Load the cited demo data with "
        "`python -m dashboard init --demo` (or `make demo`), import a claims file with "
        "`python -m dashboard import FILE`, or add an article on the Review page."
    )
    st.page_link(pages.REVIEW, label="Review page", icon="📝")
    st.stop()

filters = sidebar()
state.write_url(filters, st.session_state.get(state.EVENT) if page.url_path == "event" else None)
page.run()
