"""Sources: who said what, with their grade and how many claims."""

import streamlit as st

from dashboard.ui import data, state, widgets

st.title("Sources")
url, role = data.current()
filters = state.current_filters()
sources = data.sources(url, role)
st.caption(
    "Grades are the Admiralty scale: A reliable … E unreliable, F cannot be judged. "
    "Protected sources appear only by a neutral label unless you are an editor."
)
st.dataframe(
    sources[["source", "voice", "reliability", "claims", "source_region_name"]],
    hide_index=True,
    column_config={
        "source": "Source",
        "voice": "Voice",
        "reliability": "Grade",
        "claims": st.column_config.NumberColumn("Claims"),
        "source_region_name": "Region",
    },
)
names = dict(zip(sources["source_id"], sources["source"], strict=True))
chosen = st.selectbox(
    "Claims of", list(names), format_func=names.get, index=None, placeholder="Choose a source"
)
if chosen is not None:
    claims = data.claims(url, role, filters)
    mine = claims[claims["source_id"] == chosen]
    st.caption(f"{len(mine):,} claims by {widgets.plain(names[chosen])} match the filters.")
    widgets.claims_table(mine)
