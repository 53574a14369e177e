"""Events: every event in the store, with its region, period and claims by voice."""

import streamlit as st

from dashboard.ui import data

st.title("Events")
url, role = data.current()
try:
    data.store().require_schema()
    counts = data.counts(url, role)
except data.StoreUnavailable as exc:
    st.error(f"The database cannot be used. {exc}")
    st.stop()

if counts["claims"] == 0:
    st.info(
        "The database holds no claims yet. Load the cited demo data with "
        "`python -m dashboard init --demo`, or import a claims file with "
        "`python -m dashboard import FILE`."
    )
    st.stop()

columns = st.columns(3)
columns[0].metric("Events", f"{counts['events']:,}")
columns[1].metric("Claims", f"{counts['claims']:,}")
columns[2].metric("Sources", f"{counts['sources']:,}")

events = data.events(url, role)
st.dataframe(
    events[
        [
            "title",
            "region_code",
            "region_name",
            "topic",
            "period_from",
            "period_to",
            "official",
            "local",
            "independent",
        ]
    ],
    hide_index=True,
    width="stretch",
    column_config={
        "title": "Event",
        "region_code": "Region code",
        "region_name": "Region",
        "topic": "Topic",
        "period_from": st.column_config.DateColumn("From"),
        "period_to": st.column_config.DateColumn("To"),
        "official": st.column_config.NumberColumn("Official claims"),
        "local": st.column_config.NumberColumn("Local accounts"),
        "independent": st.column_config.NumberColumn("Independent"),
    },
)
st.caption(
    "Every claim is traced to the document it was read in; see data/README.md for the "
    "sources and licences of the demo data."
)
