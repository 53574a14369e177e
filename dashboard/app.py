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

if counts["claims"] == 0:
    st.title("Parallax")
    st.info(
        "The database holds no claims yet. Load the cited demo data with "
        "`python -m dashboard init --demo` (or `make demo`), or import a claims file with "
        "`python -m dashboard import FILE`."
    )
    st.stop()

filters = sidebar()
state.write_url(filters, st.session_state.get(state.EVENT) if page.url_path == "event" else None)
page.run()
