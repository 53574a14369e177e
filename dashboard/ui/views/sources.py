"""Sources: who said what, with their grade and how many claims."""

import streamlit as st

from dashboard.ui import data, state, widgets

SHOWN = 5000

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
# Labels as options (names are unique, neutral labels too), mapped back to source ids.
ids = dict(zip(sources["source"], sources["source_id"], strict=True))
chosen = st.selectbox("Claims of", list(ids), index=None, placeholder="Choose a source")
if chosen is not None:
    mine = data.first_claims(url, role, filters, SHOWN, source_id=int(ids[chosen]))
    st.caption(
        f"Claims by {widgets.plain(chosen)} that match the filters"
        + (f" (the first {SHOWN:,})." if len(mine) == SHOWN else f": {len(mine):,}.")
    )
    widgets.claims_table(mine)
    widgets.claim_downloads(url, role, filters, key="source", source_id=int(ids[chosen]))
