"""Data: the filtered claims in a table, and downloads (CSV, Parquet, JSON lines) of every one."""

import streamlit as st

from dashboard.ui import data, state, widgets

SHOWN = 5000

st.title("Data")
url, role = data.current()
filters = state.current_filters()
total = data.count_claims(url, role, filters)
st.caption(
    f"{total:,} claims match {filters.describe()}. The downloads hold all of them, in the "
    "interchange columns that `python -m dashboard import` reads back; protected sources "
    "appear by their neutral label."
)
if total == 0:
    st.info("No claims match these filters.")
    st.stop()
widgets.claim_downloads(url, role, filters, key="data")
widgets.claims_table(data.first_claims(url, role, filters, SHOWN))
if total > SHOWN:
    st.caption(f"The table shows the first {SHOWN:,} by date; the downloads have all {total:,}.")
