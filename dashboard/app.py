"""Parallax dashboard: `streamlit run dashboard/app.py`. A thin shell over the core."""

from pathlib import Path

import streamlit as st

VIEWS = Path(__file__).resolve().parent / "ui" / "views"

st.set_page_config(page_title="Parallax", layout="wide")
page = st.navigation([st.Page(VIEWS / "events.py", title="Events", default=True)])
page.run()
